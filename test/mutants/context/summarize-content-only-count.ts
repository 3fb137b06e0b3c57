// Mistake: the lesson's should_summarize: sums the contents' tokens with gpt-3.5-turbo's encoding, no overhead.
import { contentText, countTokens } from "../../../src/api/tokens";
import { SmartContextManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class SmartContextManager extends Base {
  override shouldSummarize(): boolean {
    const tokens = this.messages.reduce((n, m) => n + countTokens(contentText(m.content), "gpt-3.5-turbo"), 0);
    return tokens > 0.7 * this.maxTokens;
  }
}
