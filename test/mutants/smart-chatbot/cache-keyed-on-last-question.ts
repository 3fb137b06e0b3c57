// Mistake: the cache key is the last question, so the same words in another conversation get a stale reply.
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override cacheKey(request: ChatCompletionCreateParamsNonStreaming): string {
    const { messages, ...rest } = request;
    return JSON.stringify({ ...rest, question: messages.at(-1)?.content });
  }
}
