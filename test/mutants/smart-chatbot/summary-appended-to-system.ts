// Mistake: folds the summary into the system message, so the instructions change with every summary.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override async summarize(): Promise<void> {
    await super.summarize();
    const summary = this.history[1];
    if (summary?.role !== "user" || this.summary === null) return;
    this.history = [
      { role: "system", content: `${String(this.system.content)}\n${String(summary.content)}` },
      ...this.history.slice(2),
    ];
  }
}
