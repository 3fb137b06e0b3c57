// Mistake: regenerate() puts back the usage as it was before, as if a replaced reply cost nothing.
import { type ChatOptions, MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override async regenerate(options: ChatOptions = {}): Promise<string> {
    const before = { ...this.totals };
    const text = await super.regenerate(options);
    this.totals = before;
    return text;
  }
}
