// Mistake: the cache key is the model and the messages only, so a reply at one temperature answers another.
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override cacheKey(request: ChatCompletionCreateParamsNonStreaming): string {
    return JSON.stringify({ model: request.model, messages: request.messages });
  }
}
