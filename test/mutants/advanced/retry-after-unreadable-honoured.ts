// Mistake: an unreadable retry-after ("soon") becomes NaN, and NaN goes to sleep(), since NaN > 60000 is false.
import OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { RetryLoop, type RetryOptions } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends RetryLoop {
  protected override serverWaitMs(error: unknown): number | undefined {
    const raw = error instanceof OpenAI.APIError ? error.headers?.get("retry-after") : null;
    if (raw && error instanceof OpenAI.APIError && !error.headers?.get("retry-after-ms")) {
      const ms = Number(raw) * 1000;
      return ms > 60_000 || ms < 0 ? undefined : ms;
    }
    return super.serverWaitMs(error);
  }
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: RetryOptions = {},
) {
  return new Wrong(client, params, options).run();
}
