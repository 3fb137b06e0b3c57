// Checks max_completion_tokens is a whole number of at least 1, but not the model's maxOutputTokens.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return reference(params).filter((p) => !p.includes("writes at most"));
}
