// Mistake: only a system message counts as the instructions: a developer message at index 0 is trimmed like a turn.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { trimToTokenBudget as reference } from "../../../solutions/context";
export * from "../../../solutions/context";

export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  if (messages[0]?.role !== "developer") return reference(messages, maxTokens, model);
  // Seen as a user turn, the developer message competes with the others for the budget.
  const asTurn = [{ ...messages[0], role: "user" } as ChatCompletionMessageParam, ...messages.slice(1)];
  const kept = reference(asTurn, maxTokens, model);
  return kept[0] === asTurn[0] ? [messages[0], ...kept.slice(1)] : kept;
}
