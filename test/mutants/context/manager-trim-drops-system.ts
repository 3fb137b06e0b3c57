// Mistake: trims with messages.slice(-maxHistory), which drops the system message once history is full.
import { ConversationManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class ConversationManager extends Base {
  override addUserMessage(content: string): void {
    this.messages.push({ role: "user", content });
    this.trim();
  }
  override addAssistantMessage(content: string): void {
    this.messages.push({ role: "assistant", content });
    this.trim();
  }
  private trim(): void {
    if (this.messages.length > this.maxHistory) this.messages.splice(0, this.messages.length - this.maxHistory);
  }
}
