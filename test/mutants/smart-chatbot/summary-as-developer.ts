// Mistake: carries the summary as a developer message, a second set of instructions with their authority.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override async summarize(): Promise<void> {
    await super.summarize();
    const summary = this.history[1];
    if (summary?.role === "user") this.history[1] = { role: "developer", content: summary.content as string };
  }
}
