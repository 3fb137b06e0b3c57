// Checks max_tokens only against the model's cap: 0 goes through.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const zero = params.max_tokens === 0;
  return reference(params).filter(
    (p) => !(zero && p.startsWith("max_tokens") && !p.includes("not supported") && !p.includes("both")),
  );
}
