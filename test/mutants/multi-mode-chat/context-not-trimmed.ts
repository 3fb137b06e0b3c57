// Mistake: sends the whole history every time, however long it gets.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override context(branch: Parameters<Reference["context"]>[0]): ChatCompletionMessageParam[] {
    return this.messagesOf(branch);
  }
}
