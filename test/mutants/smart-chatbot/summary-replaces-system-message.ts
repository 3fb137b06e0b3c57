// Mistake: the summary takes the system message's place, so the bot forgets its instructions.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override async summarize(): Promise<void> {
    await super.summarize();
    if (this.latestSummary !== null) this.history = this.history.slice(1);
  }
  protected override pinnedCount(): number {
    return 1;
  }
}
