// validateParams checks only the maximum of each range, so negative temperatures and penalties pass.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const lowered = { ...params };
  for (const name of ["temperature", "top_p", "presence_penalty", "frequency_penalty"] as const) {
    if (lowered[name] != null && lowered[name]! < 0) lowered[name] = undefined;
  }
  return reference(lowered);
}
