// Mistake: the JSON export holds only the current branch.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override exportConversation(format: "json" | "markdown"): string {
    if (format !== "json") return super.exportConversation(format);
    const data = JSON.parse(super.exportConversation("json"));
    data.branches = data.branches
      .filter((b: { id: string }) => b.id === data.currentBranch)
      .map((b: object) => ({ ...b, id: "main", parent: null }));
    data.currentBranch = "main";
    return JSON.stringify(data);
  }
}
