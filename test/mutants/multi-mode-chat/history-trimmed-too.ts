// Mistake: keeps the context budget by deleting old turns from the history itself, so exports lose them.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override context(branch: Parameters<Reference["context"]>[0]): ChatCompletionMessageParam[] {
    const sent = super.context(branch);
    const keep = sent.length - (this.systemMessage === null ? 0 : 1);
    branch.entries.splice(0, branch.entries.length - keep);
    return sent;
  }
}
