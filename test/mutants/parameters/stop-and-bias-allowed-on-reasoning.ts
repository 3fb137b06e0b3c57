// Checks only temperature, top_p, penalties and logprobs on reasoning models: stop and logit_bias pass.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return reference(params).filter((p) => !/^(stop|logit_bias) is not supported/.test(p));
}
