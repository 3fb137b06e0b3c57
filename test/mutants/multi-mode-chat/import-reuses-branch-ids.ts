// Mistake: after an import, new branches are numbered from 1 again, so branch() can reuse an existing id.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  static override fromJSON(client: Parameters<typeof Reference.fromJSON>[0], json: string): MultiModeChatApp {
    const loaded = Reference.fromJSON(client, json);
    const app = Object.setPrototypeOf(loaded, MultiModeChatApp.prototype) as MultiModeChatApp;
    app.branchCounter = 0;
    return app;
  }
  protected override fork(): string {
    const id = `branch-${++this.branchCounter}`;
    this.branchMap.set(id, { id, parent: this.currentBranch, entries: structuredClone(this.current().entries) });
    this.currentBranch = id;
    return id;
  }
}
