// Rejects logprobs on a model that refuses it even when it is false.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference(params);
  if (
    params.logprobs === false &&
    reference({ ...params, logprobs: true }).some((p) => p.startsWith("logprobs is not supported"))
  )
    problems.push(`logprobs is not supported by ${params.model}.`);
  return problems;
}
