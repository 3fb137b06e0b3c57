// Mistake: reads retry-after (seconds) before retry-after-ms, so the coarser header wins when both are sent.
import type OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { RetryLoop, type RetryOptions } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends RetryLoop {
  protected override requestedWaitMs(error: unknown): number | undefined {
    const headers = (error as { headers?: Headers }).headers;
    const seconds = Number.parseFloat(headers?.get("retry-after") ?? "");
    if (Number.isFinite(seconds)) return seconds * 1000;
    return super.requestedWaitMs(error);
  }
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: RetryOptions = {},
) {
  return new Wrong(client, params, options).run();
}
