// Mistake: always uses its own backoff, even when the server says how long to wait.
import type OpenAI from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { RetryLoop, type RetryOptions } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends RetryLoop {
  protected override serverWaitMs(): number | undefined {
    return undefined;
  }
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: RetryOptions = {},
) {
  return new Wrong(client, params, options).run();
}
