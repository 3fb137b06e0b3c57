// Mistake: regenerate asks again with the old reply still in the history and appends a second reply.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override async regenerate(options: Parameters<Reference["chat"]>[1] = {}): Promise<string> {
    const branch = this.current();
    if (branch.entries.at(-1)?.message.role !== "assistant") throw new Error("Nothing to regenerate.");
    return this.reply(branch, options);
  }
}
