// Mistake: summarizes everything and keeps no recent message after the summary.
import { SmartContextManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class SmartContextManager extends Base {
  override async summarize(): Promise<void> {
    const recent = this.messages.slice(-2);
    await super.summarize();
    // Drop the two messages the solution kept.
    if (
      this.summary !== null &&
      this.messages.length >= 2 &&
      this.messages.slice(-2).every((m, i) => m === recent[i])
    ) {
      this.messages.splice(-2);
    }
  }
}
