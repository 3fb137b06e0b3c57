// Mistake: carries the summary as a second system message, which a helper that keeps one system message deletes.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override async summarize(): Promise<void> {
    await super.summarize();
    const summary = this.history[1];
    if (summary?.role === "user") this.history[1] = { role: "system", content: summary.content as string };
  }
}
