// validateParams excludes the upper end: temperature 2 is valid, but this rejects it.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference({ ...params, temperature: undefined });
  const t = params.temperature;
  if (t != null && (t < 0 || t >= 2)) problems.unshift(`temperature must be between 0 and 2, got ${t}.`);
  return problems;
}
