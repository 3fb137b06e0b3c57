// Mistake: compares the number of messages, not tokens, with 70% of maxTokens.
import { SmartContextManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class SmartContextManager extends Base {
  override shouldSummarize(): boolean {
    return this.messages.length > 0.7 * this.maxTokens;
  }
}
