/**
 * Exercise `parameters`: the sampling and length parameters, and the rules the API checks them by.
 *
 * Replace each `todo(...)` with your own code, then check your work with
 *   npm run grade -- parameters
 * (`npm run watch` re-grades every time you save). The notebook 02-key-parameters.ipynb shows
 * these functions in use; after you save, re-run the cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { todo } from "../workbook";

/**
 * Asks the same question once per temperature and returns every answer, labelled with its temperature.
 *
 * - `temperatures` defaults to `[0, 0.5, 1, 1.5]`.
 * - One request per temperature, in the order given, each with: model `DEFAULT_MODEL` (gpt-4o-mini,
 *   from "../api/catalog"), one user message `prompt`, that `temperature`, and at most 50
 *   completion tokens. Send the limit as `max_completion_tokens`: `max_tokens` is its deprecated
 *   old name, which reasoning models reject.
 * - Returns one `{ temperature, content }` per temperature, in the same order as `temperatures`,
 *   each with the text of the reply to THAT temperature's request (`""` when the content is null).
 *
 * Sending the requests one after the other is the simplest way to keep answers and temperatures
 * paired. If you send them in parallel, make sure each answer still lands next to its temperature.
 *
 * @example
 * const rows = await compareTemperatures(client, "Write a tagline for a coffee shop");
 * // => [{ temperature: 0, content: "..." }, { temperature: 0.5, content: "..." }, { temperature: 1, ... }, { temperature: 1.5, ... }]
 */
export async function compareTemperatures(
  client: OpenAI,
  prompt: string,
  temperatures?: number[],
): Promise<{ temperature: number; content: string }[]> {
  return todo("Loop over the temperatures (default [0, 0.5, 1, 1.5]); for each, await client.chat.completions.create({ model, messages, temperature, max_completion_tokens: 50 }).");
}

/**
 * Asks `prompt` with a cap on the reply's length and reports whether the cap cut the reply short.
 *
 * - One request: model `DEFAULT_MODEL`, one user message `prompt`, `max_completion_tokens: limit`
 *   (not the deprecated `max_tokens`).
 * - `content`: the reply's text (`""` when it is null).
 * - `finishReason`: `choices[0].finish_reason` exactly as the API sent it ("stop", "length", ...).
 * - `truncated`: true exactly when `finish_reason` is "length". Do not guess from the text (its length,
 *   a missing full stop): the API tells you. A reasoning model can even spend the whole budget
 *   thinking and return `""` with finish_reason "length", and a reply can stop naturally without
 *   punctuation.
 *
 * @example
 * await completeWithLimit(client, "Explain machine learning", 10);
 * // => { content: "Machine learning is a branch of artificial intelligence that", finishReason: "length", truncated: true }
 */
export async function completeWithLimit(
  client: OpenAI,
  prompt: string,
  limit: number,
): Promise<{ content: string; finishReason: string; truncated: boolean }> {
  return todo("Send max_completion_tokens: limit, then read choices[0].finish_reason: truncated is finish_reason === \"length\".");
}

/**
 * Checks request parameters the way the API does, without sending anything, and returns every
 * problem it finds (not just the first), each as a sentence that names the parameter.
 * Returns `[]` when the API would accept the request.
 *
 * A parameter that is missing, `undefined` or `null` means "use the default", which is always valid.
 * Check these rules (the ranges include both ends):
 *
 * | parameter | the API rejects |
 * |---|---|
 * | `model` | missing or "" |
 * | `messages` | missing, or an empty list |
 * | `temperature` | below 0 or above 2 |
 * | `top_p` | below 0 or above 1 |
 * | `n` | not a whole number from 1 to 128 |
 * | `presence_penalty`, `frequency_penalty` | below -2 or above 2 |
 * | `stop` | a list of more than 4 sequences (a single string is fine) |
 * | `logprobs` / `top_logprobs` | `top_logprobs` not a whole number from 0 to 20, or set without `logprobs: true` |
 * | `logit_bias` | a bias below -100 or above 100 (name the token id in the sentence) |
 * | `max_completion_tokens`, `max_tokens` | not a whole number of at least 1; above the model's `maxOutputTokens` (catalog); both set at once |
 * | `stream_options` | set while `stream` is not true |
 * | `response_format` | `{ type: "json_object" }` while no message contains the word "json" (any case) |
 * | reasoning models | the catalog's `reasoning: true` (gpt-5, ...): `temperature` or `top_p` other than 1, a penalty other than 0, `max_tokens` or `logprobs: true` at all |
 *
 * What the API accepts, although people often think it does not: `temperature` and `top_p` together
 * (OpenAI advises changing one, but both are allowed), and `stream: true` with `n > 1` (every chunk
 * says which choice it belongs to in `choices[i].index`). Do not report those.
 * Models the catalog does not know are not a problem here (`findModel` from "../api/catalog"
 * returns undefined for them): only the server knows which models your account may use.
 *
 * @example
 * validateParams({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }], temperature: 2.5, top_logprobs: 5 });
 * // => ["temperature must be between 0 and 2, got 2.5.", "top_logprobs needs logprobs: true."]
 */
export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return todo("Start with const problems: string[] = []; check one rule at a time, push a sentence naming the parameter, return problems.");
}
