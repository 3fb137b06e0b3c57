// Mistake: the JSON export does not record the mode, so an import is always balanced.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override exportConversation(format: "json" | "markdown"): string {
    if (format !== "json") return super.exportConversation(format);
    const data = JSON.parse(super.exportConversation("json"));
    data.mode = "balanced";
    return JSON.stringify(data);
  }
}
