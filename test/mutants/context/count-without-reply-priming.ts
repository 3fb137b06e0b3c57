// Mistake: forgets the 3 tokens that prime the assistant's reply.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { contentText, countTokens } from "../../../src/api/tokens";
export * from "../../../solutions/context";

export function countChatTokens(messages: ChatCompletionMessageParam[], model: string): number {
  let total = 0;
  for (const m of messages) {
    total += 3 + countTokens(m.role, model) + countTokens(contentText(m.content), model);
    if ("name" in m && m.name) total += 1 + countTokens(m.name, model);
  }
  return total;
}
