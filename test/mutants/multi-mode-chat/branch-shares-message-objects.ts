// Mistake: copies the array but not the messages, and regenerate edits the last reply in place.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override fork(): string {
    const id = `branch-${++this.branchCounter}`;
    const from = this.current();
    this.branchMap.set(id, { id, parent: from.id, entries: [...from.entries] });
    this.currentBranch = id;
    return id;
  }
  override async regenerate(options: Parameters<Reference["chat"]>[1] = {}): Promise<string> {
    const branch = this.current();
    const last = branch.entries.at(-1);
    if (!last || last.message.role !== "assistant") throw new Error("Nothing to regenerate.");
    const text = await super.regenerate(options);
    branch.entries.pop();
    last.message.content = text;
    branch.entries.push(last);
    return text;
  }
}
