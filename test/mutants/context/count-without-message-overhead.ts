// Mistake: counts the text of every message but not the 3 tokens of framing around each one.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { contentText, countTokens } from "../../../src/api/tokens";
export * from "../../../solutions/context";

export function countChatTokens(messages: ChatCompletionMessageParam[], model: string): number {
  let total = 3;
  for (const m of messages) {
    total += countTokens(m.role, model) + countTokens(contentText(m.content), model);
    if ("name" in m && m.name) total += 1 + countTokens(m.name, model);
  }
  return total;
}
