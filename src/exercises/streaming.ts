/**
 * Exercise `streaming`: reading a reply while it is being written.
 *
 * Replace each `todo(...)` with your own code, then check your work with
 *   npm run grade -- streaming
 * (`npm run watch` re-grades every time you save). The notebook 03-streaming.ipynb shows
 * these functions in use; after you save, re-run the cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import { todo } from "../workbook";

/**
 * Streams the reply to `prompt` and returns its whole text once the stream has ended.
 *
 * - One request: model `DEFAULT_MODEL` (gpt-4o-mini, from "../api/catalog"), one user message
 *   `prompt`, `stream: true`. The SDK then returns an async iterable of chunks: `for await` over it.
 * - The new text of a chunk is `chunk.choices[0].delta.content`, and it is not always there:
 *   the first chunk usually carries only the role (`content: ""`), the last one only the
 *   `finish_reason` (an empty delta), a usage chunk has no choices at all (`choices: []`), and
 *   content can be `null`. Skip all of those: the result must never contain "null" or "undefined".
 * - Calls `onDelta(text)` once for every piece of text, as it arrives and in order, so a caller
 *   can print the reply while it grows. (Calling it for an empty piece is harmless but useless.)
 * - Returns all the pieces joined, once the stream is done.
 *
 * @example
 * const haiku = await streamResponse(client, "Write a haiku about programming", (text) => process.stdout.write(text));
 */
export async function streamResponse(client: OpenAI, prompt: string, onDelta?: (text: string) => void): Promise<string> {
  return todo("Create the request with stream: true, then for await (const chunk of stream) { const text = chunk.choices[0]?.delta?.content; ... }.");
}

/**
 * Streams the reply to `prompt` and measures it: how many tokens, how long, how fast, and how long
 * before the first word appeared.
 *
 * - One request like streamResponse's, plus `stream_options: { include_usage: true }`, which asks the
 *   server for one extra chunk at the end with `choices: []` and the exact `usage` of the request.
 * - Calls `options.onDelta(text)` for every piece of text, like streamResponse.
 * - Time comes from `options.now()`, a clock in **milliseconds** (default `() => performance.now()`):
 *   tests pass their own clock. Read it once just BEFORE sending the request (the start), when the
 *   first piece of text arrives, and once after the stream has ended (the end).
 * - `content`: the whole text.
 * - `completionTokens`: `usage.completion_tokens` from the usage chunk. Not the number of chunks: one
 *   chunk can hold several tokens, and a chunk can hold none. Only when the server sends no usage
 *   (some OpenAI-compatible servers ignore `include_usage`), count the tokens of `content` with
 *   `countTokens(content, DEFAULT_MODEL)` from "../api/tokens".
 * - `seconds`: from the start to the end, in seconds.
 * - `tokensPerSecond`: completionTokens / seconds, or 0 when `seconds` is 0 (never Infinity or NaN).
 * - `timeToFirstTokenSeconds`: from the start (before the request, not when the stream object came
 *   back) to the first chunk that carries text (not the role-only first chunk), in seconds. When the
 *   reply has no text at all, it is `seconds`.
 *
 * @example
 * const stats = await streamWithStats(client, "Explain recursion with an example");
 * // => { content: "...", completionTokens: 180, seconds: 2.4, tokensPerSecond: 75, timeToFirstTokenSeconds: 0.3 }
 */
export async function streamWithStats(
  client: OpenAI,
  prompt: string,
  options?: { now?: () => number; onDelta?: (text: string) => void },
): Promise<{ content: string; completionTokens: number; seconds: number; tokensPerSecond: number; timeToFirstTokenSeconds: number }> {
  return todo("const now = options?.now ?? (() => performance.now()); read now() before the request, at the first text, and after the loop; keep chunk.usage when a chunk has it.");
}
