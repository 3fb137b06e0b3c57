/**
 * Exercise "advanced" (notebook 05-advanced-patterns): asking the model for a format, JSON mode,
 * and a retry loop that survives rate limits and server errors.
 *
 * Replace every todo(...) with your own code, then run `npm run grade -- advanced`.
 * After you save, re-run the notebook cell that imports this file (or restart the kernel).
 */
import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { todo } from "../workbook";

/**
 * Asks for `prompt` in one of four formats and returns the reply's text ("" when content is null).
 *
 * - Send two messages: a system message with an instruction that names the format (it must
 *   contain the word "JSON", "Markdown", "bullet" or "code", as the case may be), then the user's
 *   prompt. Use the default model (gpt-4o-mini) and a low temperature such as 0.3.
 * - For "json", also ask for JSON mode: `response_format: { type: "json_object" }`. The API
 *   rejects JSON mode (400) unless the word "json" appears somewhere in the messages, which your
 *   instruction takes care of. JSON mode promises syntax, not completeness: a reply cut off by the
 *   token limit is still broken, so check it with JSON.parse and throw an Error whose message says
 *   the reply is not valid JSON. Return the text itself, not the parsed value.
 * - The other formats send no response_format.
 */
export async function getStructuredResponse(client: OpenAI, prompt: string, format: "json" | "markdown" | "bullet" | "code"): Promise<string> {
  return todo("Pick an instruction for the format, send [system instruction, user prompt]; for json add response_format { type: \"json_object\" } and JSON.parse the reply.");
}

/**
 * `client.chat.completions.create(params)` with retries: exponential backoff, jitter, retry-after.
 *
 * - Try once; on an error that can pass, wait and try again, at most `maxRetries` times more
 *   (default 3): that is 1 + maxRetries requests in all. When they are used up, rethrow the last error.
 * - Errors that can pass: status 408, 409, 429 and 500 or more (`error instanceof OpenAI.APIError`,
 *   `error.status`), and lost connections (`error instanceof OpenAI.APIConnectionError`).
 *   Any other error (400 bad request, 401 bad key, 404, ...) will fail again: rethrow it at once.
 * - The wait before retry number k+1 (k = 0, 1, 2, ...) is `baseDelayMs * 2 ** k + random() * baseDelayMs`
 *   milliseconds (default baseDelayMs 500): the delay doubles each time, and the random part (jitter)
 *   keeps many clients from retrying in lockstep.
 * - When the error response says how long to wait, wait exactly that instead: header `retry-after-ms`
 *   (milliseconds) or `retry-after` (seconds). Read them with `error.headers.get("retry-after")`.
 * - Wait with `await sleep(ms)` and draw jitter with `random()` (defaults: a setTimeout promise and
 *   Math.random), so tests can record the waits instead of sitting through them.
 * - The SDK retries by itself too (2 retries by default). Pass `{ maxRetries: 0 }` as the second
 *   argument of create() so the two loops do not multiply.
 */
export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: { maxRetries?: number; baseDelayMs?: number; sleep?: (ms: number) => Promise<void>; random?: () => number } = {},
): Promise<ChatCompletion> {
  return todo("Loop: try create(params); catch a retryable error, sleep baseDelayMs * 2 ** attempt + random() * baseDelayMs (or retry-after), and give up after maxRetries retries.");
}
