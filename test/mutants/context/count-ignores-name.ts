// Mistake: counts role and content only, as if messages never had a name.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { contentText, countTokens } from "../../../src/api/tokens";
export * from "../../../solutions/context";

export function countChatTokens(messages: ChatCompletionMessageParam[], model: string): number {
  let total = 3;
  for (const m of messages) total += 3 + countTokens(m.role, model) + countTokens(contentText(m.content), model);
  return total;
}
