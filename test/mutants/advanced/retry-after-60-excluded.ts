// Mistake: a wait of exactly 60 s is treated as too long (the range includes 60).
import type OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { RetryLoop, type RetryOptions } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends RetryLoop {
  protected override serverWaitMs(error: unknown): number | undefined {
    const ms = this.requestedWaitMs(error);
    return ms !== undefined && ms >= 0 && ms < 60_000 ? ms : undefined;
  }
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: RetryOptions = {},
) {
  return new Wrong(client, params, options).run();
}
