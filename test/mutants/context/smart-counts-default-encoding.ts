// Mistake: shouldSummarize counts with the default model's encoding, whatever the manager's model is.
import { DEFAULT_MODEL } from "../../../src/api/catalog";
import { countMessageTokens } from "../../../src/api/tokens";
import { SmartContextManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class SmartContextManager extends Base {
  override shouldSummarize(): boolean {
    return countMessageTokens(this.messages, DEFAULT_MODEL) > 0.7 * this.maxTokens;
  }
}
