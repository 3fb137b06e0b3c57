/**
 * Exercise "advanced" (notebook 05-advanced-patterns): asking the model for a format, JSON mode,
 * and a retry loop that survives rate limits and server errors.
 *
 * Replace every todo(...) with your own code, then run `npm run grade -- advanced`.
 * After you save, re-run the notebook cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
// Imported for you: the contract below says where each one is used.
import { DEFAULT_MODEL, samplingOptions, todo } from "../workbook";

/**
 * Step 1. Asks for `prompt` in one of four formats and returns the reply's text.
 *
 * - Send two messages: a system message with an instruction that names the format (it contains
 *   the word "JSON", "Markdown", "bullet" or "code", as the case may be), then the user's prompt
 *   as it was given. Return the reply's text. [task: format-instruction]
 * - Use DEFAULT_MODEL with a low temperature (0.5 at most; 0.3 is a good choice) and
 *   `...samplingOptions(DEFAULT_MODEL)`: a reasoning model takes a temperature only at the effort
 *   that function names. [task: low-temperature]
 * - For "json", also ask for JSON mode: `response_format: { type: "json_object" }`. The API
 *   rejects JSON mode (400) unless the word "json" appears somewhere in the messages, which your
 *   instruction takes care of. Return the text itself, not the parsed value. The other formats
 *   send no response_format. [task: format-instruction, json-mode]
 * - JSON mode promises syntax, not completeness: a reply cut off by the token limit is still
 *   broken. So check a "json" reply with JSON.parse and throw an Error whose message says the reply
 *   is not valid JSON. [task: json-checked]
 * - For the other formats, a reply without text (`content` is null) returns "". [task: empty-reply]
 */
export async function getStructuredResponse(
  client: OpenAI,
  prompt: string,
  format: "json" | "markdown" | "bullet" | "code",
): Promise<string> {
  return todo("Ask for the reply in the format `format`, and for json make sure it is JSON.");
}

/**
 * Step 2. `client.chat.completions.create(params)` with retries: exponential backoff, jitter,
 * and the wait the server asks for.
 *
 * - Try once and return the ChatCompletion of the first success, sent with `params` as they
 *   were given. [task: first-success]
 * - On an error that can pass, wait and try again, at most `maxRetries` times more (default 3):
 *   that is 1 + maxRetries requests in all. When they are used up, rethrow the last error, the
 *   SDK's own. `maxRetries: 0` means one request and no wait. [task: retries-then-rethrows, default-retries]
 * - Errors that can pass: status 408, 409, 429 and 500 or more (`error instanceof OpenAI.APIError`,
 *   `error.status`), and lost connections (`error instanceof OpenAI.APIConnectionError`).
 *   [task: retries-429-500, retries-408-409-5xx, retries-lost-connection]
 * - Any other error (400 bad request, 401 bad key, 404, 422...) will fail again: rethrow it at
 *   once. [task: no-retry-4xx]
 * - A 429 whose `error.code` is "insufficient_quota" means the account is out of credit, not busy:
 *   it lasts until someone pays, so rethrow it at once too. [task: no-retry-quota]
 * - The wait before retry number k+1 (k = 0, 1, 2, ...) is `baseDelayMs * 2 ** k + random() * baseDelayMs`
 *   milliseconds (default baseDelayMs 500): the delay doubles each time, and the random part (jitter)
 *   keeps many clients from retrying in lockstep. [task: backoff-doubles, jitter, default-delay, retries-429-500]
 * - When the error response says how long to wait, wait exactly that instead: header
 *   `retry-after-ms` (milliseconds), else `retry-after` (seconds); read them with
 *   `error.headers.get("retry-after")`. [task: retry-after]
 * - Honour such a wait only from 0 to 60 seconds (both included). A longer one (or a negative or
 *   unreadable one) gets the usual backoff: like openai-node 7.5, you would rather give up sooner and
 *   tell the user than hang for minutes. [task: retry-after-cap]
 * - Wait with `await sleep(ms)` and draw jitter with `random()` (defaults: a setTimeout promise and
 *   Math.random), so tests can record the waits instead of sitting through them. [task: jitter, backoff-doubles]
 * - The SDK retries by itself too (2 retries by default): pass `{ maxRetries: 0 }` as the second
 *   argument of create(), or with a default client your 3 attempts become 9 requests. [task: sdk-retries-off]
 */
export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: {
    maxRetries?: number;
    baseDelayMs?: number;
    sleep?: (ms: number) => Promise<void>;
    random?: () => number;
  } = {},
): Promise<ChatCompletion> {
  return todo("Send the request; when an error can pass, wait and try again, up to maxRetries times.");
}
