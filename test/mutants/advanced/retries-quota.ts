// Mistake: retries every 429, insufficient_quota included.
import OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { RetryLoop, type RetryOptions } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends RetryLoop {
  protected override isRetryable(error: unknown): boolean {
    if (error instanceof OpenAI.APIError && error.code === "insufficient_quota") return true;
    return super.isRetryable(error);
  }
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: RetryOptions = {},
) {
  return new Wrong(client, params, options).run();
}
