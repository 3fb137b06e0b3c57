// Mistake: the lesson's estimate: encodes the contents joined by spaces, no overhead at all.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { contentText, countTokens } from "../../../src/api/tokens";
export * from "../../../solutions/context";

export function countChatTokens(messages: ChatCompletionMessageParam[], model: string): number {
  return countTokens(messages.map((m) => contentText(m.content)).join(" "), model);
}
