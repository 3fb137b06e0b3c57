// Mistake: counts every model with cl100k_base, the encoding of gpt-3.5-turbo and gpt-4.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { contentText, countTokens } from "../../../src/api/tokens";
export * from "../../../solutions/context";

export function countChatTokens(messages: ChatCompletionMessageParam[], _model: string): number {
  const model = "gpt-3.5-turbo";
  let total = 3;
  for (const m of messages) {
    total += 3 + countTokens(m.role, model) + countTokens(contentText(m.content), model);
    if ("name" in m && m.name) total += 1 + countTokens(m.name, model);
  }
  return total;
}
