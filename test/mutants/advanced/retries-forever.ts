// Mistake: never gives up while the errors are retryable.
import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
export * from "../../../solutions/advanced";

const mistakes: Record<string, boolean> = { ignoreMaxRetries: true };

type Options = { maxRetries?: number; baseDelayMs?: number; sleep?: (ms: number) => Promise<void>; random?: () => number };

export async function robustCompletion(client: OpenAI, params: ChatCompletionCreateParamsNonStreaming, options: Options = {}): Promise<ChatCompletion> {
  const { maxRetries = 3, baseDelayMs = 500, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms)), random = Math.random } = options;
  const attempts = mistakes.ignoreMaxRetries ? Infinity : mistakes.maxRetriesCountsAttempts ? maxRetries : maxRetries + 1;
  for (let attempt = 0; ; attempt++) {
    try {
      return await client.chat.completions.create(params, { maxRetries: 0 });
    } catch (error) {
      const retryable =
        error instanceof OpenAI.APIConnectionError ||
        (error instanceof OpenAI.APIError &&
          error.status !== undefined &&
          (mistakes.retryEveryError || [408, 409, 429].includes(error.status) || error.status >= 500));
      if (!retryable || attempt + 1 >= attempts) throw error;
      const headers = error instanceof OpenAI.APIError ? error.headers : undefined;
      const ms = headers?.get("retry-after-ms");
      const s = headers?.get("retry-after");
      const told = mistakes.ignoreRetryAfter ? undefined : ms ? Number(ms) : s ? Number(s) * 1000 : undefined;
      const backoff = mistakes.noGrowth ? baseDelayMs : baseDelayMs * 2 ** attempt;
      const jitter = mistakes.noJitter ? 0 : mistakes.jitterInSeconds ? random() * 1000 : random() * baseDelayMs;
      await sleep(told ?? backoff + jitter);
    }
  }
}
