// Mistake: the JSON export carries the moment it was made, so a loaded app never exports the same JSON again.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

let exports = 0;

export class MultiModeChatApp extends Reference {
  override exportConversation(format: "json" | "markdown"): string {
    const text = super.exportConversation(format);
    if (format !== "json") return text;
    exports += 1;
    return JSON.stringify(
      { ...JSON.parse(text), exportedAt: `2026-12-01T00:00:${String(exports % 60).padStart(2, "0")}Z` },
      null,
      2,
    );
  }
}
