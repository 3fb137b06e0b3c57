// Mistake: trims with the default model's encoding, whatever `model` is.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
import { trimToTokenBudget as reference } from "../../../solutions/context";
export * from "../../../solutions/context";

export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  _model: string,
): ChatCompletionMessageParam[] {
  return reference(messages, maxTokens, DEFAULT_MODEL);
}
