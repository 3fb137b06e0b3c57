// Mistake: when the instructions alone are over the budget, returns an empty list.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { countMessageTokens } from "../../../src/api/tokens";
import { trimToTokenBudget as reference } from "../../../solutions/context";
export * from "../../../solutions/context";

export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  const first = messages[0];
  if (
    first &&
    (first.role === "system" || first.role === "developer") &&
    countMessageTokens([first], model) > maxTokens
  )
    return [];
  return reference(messages, maxTokens, model);
}
