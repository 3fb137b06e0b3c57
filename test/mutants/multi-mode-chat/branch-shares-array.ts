// Mistake: the new branch gets the same array as its parent, so both see every later edit.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override fork(): string {
    const id = `branch-${++this.branchCounter}`;
    const from = this.current();
    this.branchMap.set(id, { id, parent: from.id, entries: from.entries });
    this.currentBranch = id;
    return id;
  }
}
