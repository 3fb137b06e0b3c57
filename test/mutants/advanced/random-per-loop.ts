// Mistake: draws the jitter once per loop and reuses it for every retry.
import type OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { RetryLoop, type RetryOptions } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends RetryLoop {
  private jitter: number | undefined;
  protected override backoffMs(attempt: number): number {
    this.jitter ??= this.random();
    return this.baseDelayMs * 2 ** attempt + this.jitter * this.baseDelayMs;
  }
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: RetryOptions = {},
) {
  return new Wrong(client, params, options).run();
}
