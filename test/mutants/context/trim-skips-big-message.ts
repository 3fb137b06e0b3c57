// Mistake: skips a message that does not fit and keeps squeezing in older ones, leaving a hole.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { countMessageTokens } from "../../../src/api/tokens";
export * from "../../../solutions/context";

export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  const pinned = messages[0]?.role === "system" || messages[0]?.role === "developer" ? 1 : 0;
  const kept = messages.slice(0, pinned);
  const rest: ChatCompletionMessageParam[] = [];
  for (let i = messages.length - 1; i >= pinned; i--) {
    if (countMessageTokens([...kept, messages[i], ...rest], model) <= maxTokens) rest.unshift(messages[i]);
  }
  return [...kept, ...rest];
}
