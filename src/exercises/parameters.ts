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
// Imported for you: the contract below says where each one is used.
import { DEFAULT_MODEL, findModel, SAMPLING_DEFAULTS, samplingOptions, samplingRules, todo } from "../workbook";

/**
 * Step 1. Asks the same question once per temperature and returns every answer, labelled with its
 * temperature.
 *
 * - One request per temperature, in the order given, each with model `DEFAULT_MODEL`, one user
 *   message `prompt`, that `temperature`, and `...samplingOptions(DEFAULT_MODEL)` (a reasoning model
 *   takes a temperature only at the effort that function names). [task: one-per-temperature]
 * - Each request allows at most 50 completion tokens, sent as `max_completion_tokens`:
 *   `max_tokens` is its deprecated old name, which reasoning models reject. [task: limit-50]
 * - Returns one `{ temperature, content }` per temperature, in the same order as `temperatures`,
 *   each with the text of the reply to THAT temperature's request. [task: answers-paired]
 * - `temperatures` defaults to `[0, 0.5, 1, 1.5]`. [task: default-temperatures]
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
  return todo("Step 1: ask the question once at each temperature and pair every answer with its temperature.");
}

/**
 * Step 2. Asks `prompt` with a cap on the reply's length and reports whether the cap cut the reply short.
 *
 * - One request: model `DEFAULT_MODEL`, one user message `prompt`, `max_completion_tokens: limit`
 *   (not the deprecated `max_tokens`). [task: limit-sent]
 * - `truncated` is true exactly when `finish_reason` is "length": the reply was cut off. [task: truncated]
 * - Do not guess truncation from the text (its length, a missing full stop): the API tells you. A
 *   reasoning model can even spend the whole budget thinking and return `""` with finish_reason
 *   "length", and a reply can stop naturally without punctuation. [task: truncated-from-finish-reason]
 * - `finishReason` is `choices[0].finish_reason` exactly as the API sent it ("stop", "length",
 *   "content_filter"...), and `content` is the reply's text, `""` when it is null. [task: other-finish-reasons, truncated]
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
  return todo("Step 2: ask with a length limit, and report the reply and whether the limit cut it short.");
}

/**
 * Step 3. Checks request parameters the way the API does, without sending anything.
 *
 * - Returns `[]` when the API would accept the request, including values at the edges of every
 *   range (the ranges include both ends). A parameter that is missing, `undefined` or `null` means
 *   "use the default", which is always valid. [task: accepts-valid]
 * - Returns every problem it finds, not just the first, each as a sentence that names the
 *   parameter. [task: every-problem, ranges]
 *
 * Check these rules [task: ranges, stop-limit, top-logprobs, clashes, reasoning-models, model-rules]:
 *
 * | parameter | the API rejects |
 * |---|---|
 * | `model` | missing or "" (the empty string) |
 * | `messages` | missing, or an empty list |
 * | `temperature` | below 0 or above 2 |
 * | `top_p` | below 0 or above 1 |
 * | `n` | not a whole number from 1 to 128 |
 * | `presence_penalty`, `frequency_penalty` | below -2 or above 2 |
 * | `stop` | a list of more than 4 sequences (a single string is fine) |
 * | `logprobs` / `top_logprobs` | `top_logprobs` not a whole number from 0 to 20, or set without `logprobs: true` |
 * | `logit_bias` | a bias below -100 or above 100 (the sentence names the token id, e.g. "1734") |
 * | `max_completion_tokens`, `max_tokens` | not a whole number of at least 1; above the model's `maxOutputTokens` (catalog); both set at once |
 * | `stream_options` | set while `stream` is not true (missing or `false`) |
 * | `response_format` | `{ type: "json_object" }` while no message contains the word "json" (any case) |
 * | `verbosity` | a value not in the catalog entry's `verbosity` (older models take only "medium") |
 * | `reasoning_effort` | set at all for a model that does not reason (the entry's `reasoning: false`); a value not in the entry's `reasoningEfforts` |
 * | what the model takes at its effort | `samplingRules(model, effort)` (the effort sent, else the model's default) names each parameter "accepted", "default only" or "rejected". "default only": `temperature`, `top_p`, `presence_penalty`, `frequency_penalty` other than their value in `SAMPLING_DEFAULTS` (1, 1, 0, 0). "rejected": the parameter set at all (`stop`, `logit_bias`, `max_tokens`, a sampling parameter), and for `logprobs`, `logprobs: true`. Skip this row when `reasoning_effort` is itself a problem. So today gpt-5 takes temperature only at 1 and refuses `top_p`, the penalties and `stop`, and the default model takes a temperature with `reasoning_effort: "none"` |
 *
 * The catalog rows (`maxOutputTokens`, `verbosity`, `reasoning_effort`, `samplingRules`) apply to the
 * models the catalog knows: `findModel(params.model)` is their entry.
 *
 * - Do not report what the API accepts, although people often think it does not: `temperature`
 *   and `top_p` together (OpenAI advises changing one, but both are allowed), and `stream: true`
 *   with `n > 1` (every chunk says which choice it belongs to in `choices[i].index`). [task: allowed-combinations]
 * - Models the catalog does not know are not a problem here (`findModel` returns undefined for
 *   them): only the server knows which models your account may use. [task: accepts-valid]
 *
 * @example
 * validateParams({ model: "gpt-4.1-mini", messages: [{ role: "user", content: "Hi" }], temperature: 2.5, top_logprobs: 5 });
 * // => ["temperature must be between 0 and 2, got 2.5.", "top_logprobs needs logprobs: true."]
 */
export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return todo("Step 3: list every problem the API would find with these parameters.");
}
