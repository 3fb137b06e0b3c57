// Mistake: keeps the newest messages that fit, treating the system message like any other.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { countMessageTokens } from "../../../src/api/tokens";
export * from "../../../solutions/context";

export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  let start = messages.length;
  while (start > 0 && countMessageTokens(messages.slice(start - 1), model) <= maxTokens) start -= 1;
  return messages.slice(start);
}
