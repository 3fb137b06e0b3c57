// Mistake: the JSON export keeps only the user's messages (the replies are "not needed").
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override exportConversation(format: "json" | "markdown"): string {
    if (format !== "json") return super.exportConversation(format);
    const data = JSON.parse(super.exportConversation("json"));
    for (const b of data.branches) b.messages = b.messages.filter((m: { role: string }) => m.role === "user");
    return JSON.stringify(data);
  }
}
