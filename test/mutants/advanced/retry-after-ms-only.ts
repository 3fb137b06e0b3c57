// Mistake: reads retry-after-ms but not retry-after (seconds).
import OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { RetryLoop, type RetryOptions } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends RetryLoop {
  protected override requestedWaitMs(error: unknown): number | undefined {
    if (!(error instanceof OpenAI.APIError) || !error.headers) return undefined;
    const ms = Number.parseFloat(error.headers.get("retry-after-ms") ?? "");
    return Number.isFinite(ms) ? ms : undefined;
  }
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: RetryOptions = {},
) {
  return new Wrong(client, params, options).run();
}
