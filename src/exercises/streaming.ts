/**
 * Exercise `streaming`: reading a reply while it is being written.
 *
 * Replace each `todo(...)` with your own code, then check your work with
 *   npm run grade -- streaming
 * (`npm run watch` re-grades every time you save). The notebook 03-streaming.ipynb shows
 * these functions in use; after you save, re-run the cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
// Imported for you: the contract below says where each one is used.
import { countTokens, DEFAULT_MODEL, todo } from "../workbook";

/**
 * Step 1. Streams the reply to `prompt` and returns its whole text once the stream has ended.
 *
 * - One request: model `DEFAULT_MODEL`, one user message `prompt`, `stream: true`. The SDK then
 *   returns an async iterable of chunks: `for await` over it. [task: stream-request]
 * - The new text of a chunk is in its first choice's delta, and it is not always there: the first
 *   chunk usually carries only the role (`content: ""`), the last one only the `finish_reason` (an
 *   empty delta), and content can be `null`. Skip those: the result never contains "null" or
 *   "undefined". [task: stream-joins]
 * - A usage chunk has no choices at all (`choices: []`): skip it too. [task: stream-no-choices]
 * - Calls `onDelta(text)` once for every piece of text, as it arrives and in order, so a caller
 *   can print the reply while it grows. [task: stream-on-delta]
 * - Returns all the pieces joined, once the stream is done. [task: stream-joins, stream-on-delta]
 *
 * @example
 * const haiku = await streamResponse(client, "Write a haiku about programming", (text) => process.stdout.write(text));
 */
export async function streamResponse(
  client: OpenAI,
  prompt: string,
  onDelta?: (text: string) => void,
): Promise<string> {
  return todo("Step 1: stream the reply, pass each piece of text on, and return the whole text.");
}

/**
 * Step 2. Streams the reply to `prompt` and measures it: how many tokens, how long, how fast, and
 * how long before the first word appeared.
 *
 * - One request like streamResponse's, plus `stream_options: { include_usage: true }`, which asks the
 *   server for one extra chunk at the end with `choices: []` and the exact `usage`. [task: stats-request]
 * - Calls `options.onDelta(text)` for every piece of text, like streamResponse; `content` is the
 *   whole text. [task: stats-timing, stats-usage]
 * - `completionTokens` is `usage.completion_tokens` from the usage chunk. Not the number of chunks:
 *   one chunk can hold several tokens, and a chunk can hold none. [task: stats-usage]
 * - Only when the server sends no usage (some OpenAI-compatible servers ignore `include_usage`),
 *   count the tokens of `content` with `countTokens(content, DEFAULT_MODEL)`. [task: stats-fallback]
 * - Time comes from `options.now()`, a clock in **milliseconds** (default `() => performance.now()`;
 *   tests pass their own). `seconds` runs from just BEFORE the request is sent to the end of the
 *   stream. [task: stats-timing]
 * - `timeToFirstTokenSeconds` runs from the same start (before the request, not when the stream
 *   object came back) to the first chunk that carries text (not the role-only first chunk).
 *   [task: stats-timing]
 * - When the reply has no text at all, `timeToFirstTokenSeconds` is `seconds`. [task: stats-no-text]
 * - `tokensPerSecond` is completionTokens / seconds. On a reasoning model `completion_tokens`
 *   includes the hidden reasoning tokens, which never stream: this is the billed speed, faster than
 *   the visible text appears. [task: stats-timing]
 * - When no time has passed, `tokensPerSecond` is 0, never Infinity or NaN. [task: stats-no-time]
 *
 * @example
 * const stats = await streamWithStats(client, "Explain recursion with an example");
 * // => { content: "...", completionTokens: 180, seconds: 2.4, tokensPerSecond: 75, timeToFirstTokenSeconds: 0.3 }
 */
export async function streamWithStats(
  client: OpenAI,
  prompt: string,
  options?: { now?: () => number; onDelta?: (text: string) => void },
): Promise<{
  content: string;
  completionTokens: number;
  seconds: number;
  tokensPerSecond: number;
  timeToFirstTokenSeconds: number;
}> {
  return todo("Step 2: stream the reply like streamResponse, and measure its tokens, its time and its speed.");
}
