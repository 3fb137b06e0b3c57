// Says that a logit_bias is out of range without naming the token id.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return reference(params).map((p) =>
    p.startsWith("logit_bias for token") ? "logit_bias values must be between -100 and 100." : p,
  );
}
