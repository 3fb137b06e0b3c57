// Mistake: waits until the context is full (100% of maxTokens) instead of 70%.
import { countMessageTokens } from "../../../src/api/tokens";
import { SmartContextManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class SmartContextManager extends Base {
  override shouldSummarize(): boolean {
    return countMessageTokens(this.messages, this.model) > this.maxTokens;
  }
}
