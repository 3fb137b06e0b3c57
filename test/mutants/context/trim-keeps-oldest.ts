// Mistake: fills the budget from the start of the conversation, so the newest turns are lost.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { countMessageTokens } from "../../../src/api/tokens";
export * from "../../../solutions/context";

export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  const kept: ChatCompletionMessageParam[] = [];
  for (const m of messages) {
    if (countMessageTokens([...kept, m], model) > maxTokens) break;
    kept.push(m);
  }
  return kept.length === 0 && messages.length > 0 ? [messages[0]] : kept;
}
