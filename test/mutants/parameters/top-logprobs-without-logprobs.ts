// validateParams checks top_logprobs' range but not that it needs logprobs: true.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return reference({ ...params, logprobs: params.top_logprobs != null ? true : params.logprobs });
}
