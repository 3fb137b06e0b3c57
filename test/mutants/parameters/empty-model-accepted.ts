// Checks `params.model === undefined` instead of "missing or empty": model "" goes through.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference(params);
  return params.model === "" ? problems.filter((p) => !p.startsWith("model")) : problems;
}
