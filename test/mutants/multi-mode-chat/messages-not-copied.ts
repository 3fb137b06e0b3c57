// Mistake: messages hands out the history array itself.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  private live: ChatCompletionMessageParam[] | null = null;
  override get messages(): ChatCompletionMessageParam[] {
    const fresh = super.messages;
    if (this.live && this.live.length > fresh.length) return this.live;
    this.live = fresh;
    return fresh;
  }
}
