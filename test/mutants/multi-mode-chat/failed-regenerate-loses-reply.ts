// Mistake: regenerate removes the old reply first and does not put it back when the request fails.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override async regenerate(options: Parameters<Reference["chat"]>[1] = {}): Promise<string> {
    const branch = this.current();
    if (branch.entries.at(-1)?.message.role !== "assistant") throw new Error("Nothing to regenerate.");
    branch.entries.pop();
    return this.reply(branch, options);
  }
}
