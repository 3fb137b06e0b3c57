// Mistake: any format other than "markdown" gets the JSON export, so "xml" quietly saves JSON.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override exportConversation(format: "json" | "markdown"): string {
    return super.exportConversation(format === "markdown" ? "markdown" : "json");
  }
}
