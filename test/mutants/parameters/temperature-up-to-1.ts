// validateParams believes temperature goes from 0 to 1 (it is 0 to 2).
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference({ ...params, temperature: undefined });
  const t = params.temperature;
  if (t != null && (t < 0 || t > 1)) problems.unshift(`temperature must be between 0 and 1, got ${t}.`);
  return problems;
}
