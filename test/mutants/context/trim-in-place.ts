// Mistake: trims by splicing the caller's list in place and returning it.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { trimToTokenBudget as reference } from "../../../solutions/context";
export * from "../../../solutions/context";

export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  const kept = reference(messages, maxTokens, model);
  messages.splice(0, messages.length, ...kept);
  return messages;
}
