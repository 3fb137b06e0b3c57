// Mistake: reset() clears the turns but keeps the summary of the old conversation.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  override reset(): void {
    const summary = this.history[1];
    super.reset();
    if (this.latestSummary === null && summary?.role === "user" && String(summary.content).startsWith("Previous")) {
      this.history = [this.system, summary];
    }
  }
}
