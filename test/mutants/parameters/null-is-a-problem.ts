// Treats a parameter sent as null as a value out of range instead of "use the default".
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference(params);
  if ((params as Record<string, unknown>).temperature === null)
    problems.push("temperature must be between 0 and 2, got null.");
  return problems;
}
