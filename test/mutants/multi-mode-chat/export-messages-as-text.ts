// Mistake: the JSON export stores each message as one "role: content" line, not as { role, content }.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override exportConversation(format: "json" | "markdown"): string {
    if (format !== "json") return super.exportConversation(format);
    const data = JSON.parse(super.exportConversation("json"));
    for (const b of data.branches)
      b.messages = b.messages.map((m: { role: string; content: string }) => `${m.role}: ${m.content}`);
    return JSON.stringify(data);
  }
}
