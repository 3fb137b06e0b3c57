// Mistake: trims by keeping the newest messages that fit, the system message included in the cut.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { countMessageTokens } from "../../../src/api/tokens";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override context(branch: Parameters<Reference["context"]>[0]): ChatCompletionMessageParam[] {
    const all = this.messagesOf(branch);
    let start = all.length - 1;
    while (start > 0 && countMessageTokens(all.slice(start - 1), this.model) <= this.maxContextTokens) start -= 1;
    return all.slice(start);
  }
}
