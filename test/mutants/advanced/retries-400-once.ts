// Mistake: retries a 400 like a server error.
import type OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { RetryLoop, type RetryOptions } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends RetryLoop {
  protected override isRetryable(error: unknown): boolean {
    return super.isRetryable(error) || (error as { status?: number }).status === 400;
  }
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: RetryOptions = {},
) {
  return new Wrong(client, params, options).run();
}
