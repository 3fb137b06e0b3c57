// Mistake: `messages` hands out the bot's own list, so a caller who pushes to it changes the next request.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  override get messages(): ChatCompletionMessageParam[] {
    return this.history;
  }
}
