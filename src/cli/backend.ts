/** The client an app talks to: the workbook's own backend choice, with pacing that makes the offline model visibly stream. */
import type OpenAI from "openai";
import { createClient, currentBackend, type Backend } from "../workbook/client";
import { envVar } from "../workbook/env";
import { countTokens } from "../api/tokens";

/** Tokens per second the offline model streams at in the apps, unless WORKBOOK_OFFLINE_TPS says otherwise. */
const APP_TOKENS_PER_SECOND = 60;
const APP_TIME_TO_FIRST_TOKEN_MS = 250;

export function createAppClient(): { client: OpenAI; backend: Backend } {
  const backend = currentBackend();
  const client = createClient({
    // An unpaced offline reply appears all at once, which hides what streaming is for.
    offline: {
      tokensPerSecond: envVar("WORKBOOK_OFFLINE_TPS") === undefined ? APP_TOKENS_PER_SECOND : undefined,
      timeToFirstTokenMs: envVar("WORKBOOK_OFFLINE_TTFT_MS") === undefined ? APP_TIME_TO_FIRST_TOKEN_MS : undefined,
    },
    // A terminal user waits for an answer: fail within a minute rather than the SDK's ten.
    timeout: 60_000,
  });
  return { client, backend };
}

/**
 * Loads the tokenizer (a second or more, and it blocks) before the first prompt, so that the first
 * reply's live status is not frozen; on the offline backend, also its model. Says so while it waits.
 */
export async function warmUp(
  client: OpenAI,
  backend: Backend,
  model: string,
  say: (text: string) => void,
): Promise<void> {
  say(backend.kind === "offline" ? "Loading the tokenizer and the offline model…" : "Loading the tokenizer…");
  // Let the message reach the terminal before the event loop is blocked.
  await new Promise((resolve) => setImmediate(resolve));
  countTokens("warm up", model);
  if (backend.kind === "offline") {
    await client.chat.completions
      .create({ model, messages: [{ role: "user", content: "hi" }], max_completion_tokens: 1 })
      .catch(() => undefined);
  }
}
