/**
 * Exercise `playground` (practice exercise 1): a parameter playground.
 *
 * You write the brain of a small command-line tool for trying the request parameters: it keeps the
 * current settings and understands a few slash commands. The terminal app around it is ready:
 *   npm run playground -- --yours
 * runs it on your code (`npm run playground` runs the reference solution), sends every prompt with
 * your settings and shows the reply with its finish_reason, usage and parameters.
 *
 * Check your work with
 *   npm run grade -- playground
 * The notebook 06-practice-exercises.ipynb tries it too; after you save,
 * re-run the cell that imports this file (or restart the kernel).
 */
// Imported for you: the contract below says where each one is used.
import { DEFAULT_MODEL, findModel, samplingOptions, todo } from "../workbook";

/** Everything the playground sends with a prompt. The names are the API's own parameter names. (Given: nothing to do here.) */
export interface PlaygroundState {
  model: string;
  temperature: number;
  top_p: number;
  max_completion_tokens: number;
  presence_penalty: number;
  frequency_penalty: number;
  n: number;
  /** Deprecated by OpenAI and only best effort; absent means "not sent". [task: stop-and-seed] */
  seed?: number;
  /** Up to 4 stop sequences; absent means "not sent". [task: stop-and-seed] */
  stop?: string[];
}

/** Where the playground starts: the API's defaults, and a modest reply length. (Given: nothing to do here.) */
export const DEFAULT_PLAYGROUND_STATE: PlaygroundState = Object.freeze({
  model: DEFAULT_MODEL,
  temperature: 1,
  top_p: 1,
  max_completion_tokens: 256,
  presence_penalty: 0,
  frequency_penalty: 0,
  n: 1,
});

/**
 * Applies one line the user typed to the playground's state and says what happened.
 *
 * Returns `{ state, reply, prompt? }`: the new state, a message for the user (may be ""), and,
 * when the line is a prompt to send, `prompt`.
 *
 * - Never change the `state` you are given (the default state is frozen): return a new object when
 *   something changes. [task: set, model-switch]
 * - A line that does not start with "/" is a prompt: `{ state, reply: "", prompt: <the line, trimmed> }`.
 *   A blank line is not a prompt (no `prompt`; a reply like "Type a prompt, or /help" is fine). [task: prompt]
 * - `/set <setting> <value>` changes one setting and the reply confirms it, e.g. "temperature = 1.2". [task: set]
 * - The valid values are the API's: temperature 0 to 2 · top_p 0 to 1 · presence_penalty and
 *   frequency_penalty -2 to 2 · n a whole number from 1 to 128 · max_completion_tokens a whole
 *   number from 1 up to the model's `maxOutputTokens` in the catalog (`findModel(model)`; no upper
 *   bound when the catalog does not know the model) · seed a whole number (0 and negative ones
 *   too) · model any name. Both ends of every range are valid. [task: set, out-of-range, not-a-number]
 * - `stop` takes 1 to 4 sequences separated by spaces (`/set stop` with none is refused);
 *   `/set seed off` and `/set stop off` remove those two settings. [task: stop-and-seed]
 * - A value out of range: the state comes back unchanged and the reply says the valid range, e.g.
 *   "temperature must be a number from 0 to 2". [task: out-of-range]
 * - A value that is not a number, or not whole where it must be: the same. [task: not-a-number]
 * - A model that takes only the default sampling settings refuses any other temperature, top_p,
 *   presence_penalty or frequency_penalty, as the API would: state unchanged, and the reply says
 *   that the model, by its name, takes only the default (e.g. "gpt-5 takes only temperature 1").
 *   Those are the reasoning models (`findModel(model).reasoning`)
 *   such as gpt-5, except the ones that take sampling at an effort the app sends with
 *   `...samplingOptions(model)` (the default model is one) or already run at by default. [task: model-sampling]
 * - `/set model <name>` checks the other settings again for the new model: a max_completion_tokens
 *   above its maxOutputTokens comes down to that maximum, sampling settings it takes only at their
 *   defaults (temperature, top_p, both penalties) go back to the defaults, and the reply says what changed. A model the catalog does not
 *   know keeps every setting. [task: model-switch]
 * - An unknown setting (`/set temprature 1`): state unchanged, and the reply lists the settings. [task: unknown-setting]
 * - `/reset`: every parameter back to DEFAULT_PLAYGROUND_STATE, but the model stays. [task: reset]
 * - `/show`: state unchanged, the reply lists every setting with its value, each on its own line
 *   (seed and stop when they are set). `/help`: state
 *   unchanged, the reply lists the commands (/set, /show, /reset, /help). Any other "/..." command:
 *   state unchanged, and the reply says it is unknown. [task: show-help]
 *
 * @example
 * let { state, reply } = applyPlaygroundCommand(DEFAULT_PLAYGROUND_STATE, "/set temperature 1.2");
 * // state.temperature === 1.2, reply "temperature = 1.2 (was 1)"
 * applyPlaygroundCommand(state, "/set temperature 5").reply;
 * // "temperature must be a number from 0 to 2 (you gave 5). Nothing changed."
 * applyPlaygroundCommand(state, "Write a haiku").prompt;   // "Write a haiku"
 */
export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  return todo("Turn the line into a prompt to send, or apply the command it names to a copy of the settings.");
}
