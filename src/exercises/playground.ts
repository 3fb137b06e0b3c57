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
import { DEFAULT_MODEL } from "../api/catalog";
import { todo } from "../workbook";

/** Everything the playground sends with a prompt. The names are the API's own parameter names. */
export interface PlaygroundState {
  model: string;
  temperature: number;
  top_p: number;
  max_completion_tokens: number;
  presence_penalty: number;
  frequency_penalty: number;
  n: number;
  /** Deprecated by OpenAI and only best effort; absent means "not sent". */
  seed?: number;
  /** Up to 4 stop sequences; absent means "not sent". */
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
 * when the line is a prompt to send, `prompt`. Never change the `state` you are given (the default
 * state is frozen): return a new object when something changes, or the same one when nothing does.
 *
 * - A line that does not start with "/" is a prompt: `{ state, reply: "", prompt: <the line, trimmed> }`.
 *   A blank line is not a prompt (no `prompt`; a reply like "Type a prompt, or /help" is fine).
 * - `/set <setting> <value>` changes one setting and the reply confirms it, e.g. "temperature = 1.2".
 *   The valid values are the API's:
 *     temperature 0 to 2 · top_p 0 to 1 · presence_penalty and frequency_penalty -2 to 2 ·
 *     n a whole number from 1 to 128 · max_completion_tokens a whole number from 1 up to the
 *     model's `maxOutputTokens` in the catalog (`findModel(model)` from "../api/catalog";
 *     no upper bound when the catalog does not know the model) · seed a whole number ·
 *     model any name · stop 1 to 4 sequences separated by spaces.
 *     `/set seed off` and `/set stop off` remove those two settings.
 * - A value out of range, not a number, or not whole where it must be: the state comes back
 *   unchanged and the reply says the valid range, e.g. "temperature must be a number from 0 to 2".
 * - An unknown setting (`/set temprature 1`): state unchanged, and the reply lists the settings.
 * - `/reset`: every parameter back to DEFAULT_PLAYGROUND_STATE, but the model stays.
 * - `/show`: state unchanged, the reply lists every setting with its value.
 * - `/help`: state unchanged, the reply lists the commands (/set, /show, /reset, /help).
 * - Any other "/..." command: state unchanged, and the reply says it is unknown.
 *
 * @example
 * let { state, reply } = applyPlaygroundCommand(DEFAULT_PLAYGROUND_STATE, "/set temperature 1.2");
 * // state.temperature === 1.2, reply "temperature = 1.2 (was 1)"
 * applyPlaygroundCommand(state, "/set temperature 5").reply;
 * // "temperature must be a number from 0 to 2 (you gave 5). Nothing changed."
 * applyPlaygroundCommand(state, "Write a haiku").prompt;   // "Write a haiku"
 */
export function applyPlaygroundCommand(state: PlaygroundState, line: string): { state: PlaygroundState; reply: string; prompt?: string } {
  return todo(
    "Trim the line; no leading \"/\" means a prompt. Otherwise split it on spaces and switch on the command; for /set, check the setting name against a table of ranges before you build { ...state, [name]: value }.",
  );
}
