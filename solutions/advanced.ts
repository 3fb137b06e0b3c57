/**
 * Reference solution of the "advanced" exercise (lesson section 5): asking for a format, JSON mode,
 * and a retry loop with exponential backoff, jitter and retry-after.
 */
import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { DEFAULT_MODEL, samplingOptions } from "../src/api/catalog";

const FORMAT_INSTRUCTIONS = {
  json: "Respond with a single valid JSON object and nothing else: no prose, no code fences.",
  markdown: "Format your response as Markdown, with headings and lists where they help.",
  bullet: "Respond with bullet points only, one idea per bullet, no introduction or conclusion.",
  code: "Respond with code only, in a single fenced code block, with no explanation around it.",
} as const;

export async function getStructuredResponse(client: OpenAI, prompt: string, format: "json" | "markdown" | "bullet" | "code"): Promise<string> {
  const response = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [
      { role: "system", content: FORMAT_INSTRUCTIONS[format] },
      { role: "user", content: prompt },
    ],
    // A low temperature keeps the model close to the format it was asked for (with reasoning off:
    // the default model takes a temperature only with reasoning_effort "none").
    temperature: 0.3,
    ...samplingOptions(DEFAULT_MODEL),
    ...(format === "json" ? { response_format: { type: "json_object" as const } } : {}),
  });
  const content = response.choices[0]?.message.content ?? "";
  if (format === "json") {
    try {
      JSON.parse(content);
    } catch (error) {
      const finish = response.choices[0]?.finish_reason;
      const why = finish === "length" ? " (the reply was cut off by the token limit)" : "";
      throw new Error(`The model's reply is not valid JSON${why}: ${(error as Error).message}. Reply: ${content.slice(0, 200)}`);
    }
  }
  return content;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Timeouts, conflicts, rate limits, server errors and lost connections can pass; other 4xx will fail again. */
function isRetryable(error: unknown): boolean {
  if (error instanceof OpenAI.APIConnectionError) return true;
  if (!(error instanceof OpenAI.APIError) || error.status === undefined) return false;
  return error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500;
}

/** How long the server asked us to wait, in ms: retry-after-ms, else retry-after (seconds or an HTTP date). */
function retryAfterMs(error: unknown): number | undefined {
  if (!(error instanceof OpenAI.APIError) || !error.headers) return undefined;
  const ms = Number.parseFloat(error.headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = error.headers.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: { maxRetries?: number; baseDelayMs?: number; sleep?: (ms: number) => Promise<void>; random?: () => number } = {},
): Promise<ChatCompletion> {
  const { maxRetries = 3, baseDelayMs = 500, sleep = defaultSleep, random = Math.random } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      // This loop owns the retries: with the SDK's own on as well, every attempt here would be three.
      return await client.chat.completions.create(params, { maxRetries: 0 });
    } catch (error) {
      if (attempt >= maxRetries || !isRetryable(error)) throw error;
      // Jitter spreads out clients that failed together, so they do not all come back at once.
      await sleep(retryAfterMs(error) ?? baseDelayMs * 2 ** attempt + random() * baseDelayMs);
    }
  }
}
