// Never checks reasoning_effort against the model's reasoningEfforts (nor against a classic model).
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return reference(params).filter((p) => !p.startsWith("reasoning_effort"));
}
