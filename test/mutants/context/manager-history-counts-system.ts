// Mistake: counts the system message in maxHistory, so one turn fewer is kept than asked.
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
    const keep = this.messages[0]?.role === "system" ? 1 : 0;
    const excess = this.messages.length - this.maxHistory;
    if (excess > 0) this.messages.splice(keep, excess);
  }
}
