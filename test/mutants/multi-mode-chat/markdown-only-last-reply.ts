// Mistake: the Markdown export shows only the last exchange.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override exportConversation(format: "json" | "markdown"): string {
    if (format !== "markdown") return super.exportConversation(format);
    return this.messages
      .slice(-2)
      .map((m) => `**${m.role}:** ${String(m.content)}`)
      .join("\n\n");
  }
}
