// Checks a logit_bias only against 100: -101 goes through.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const tooLow = Object.entries(params.logit_bias ?? {})
    .filter(([, b]) => b < -100)
    .map(([t]) => t);
  return reference(params).filter((p) => !tooLow.some((t) => p.startsWith(`logit_bias for token ${t} `)));
}
