// Mistake: trims by dropping the first message, which is the system message.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override async fitContext(): Promise<void> {
    if (this.tokenCount > this.summarizeAt * this.maxContextTokens) await this.summarize();
    while (this.tokenCount > this.maxContextTokens && this.history.length > 1) this.history = this.history.slice(1);
  }
}
