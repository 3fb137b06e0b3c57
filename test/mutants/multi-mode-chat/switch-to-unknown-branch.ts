// Mistake: switchBranch accepts any id, and the app then has no current branch.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override switchBranch(id: string): void {
    this.currentBranch = id;
  }
}
