/**
 * The assignment `multi-mode-chat`: a chat application with conversation modes.
 *
 * Everything the lesson taught, in one class: message history, sampling parameters (each mode is
 * a temperature and a top_p), streaming, a token budget for the context, exports, and the bonus
 * features: regenerating a reply, branching a conversation, and tracking what it costs.
 *
 * Build it in eight steps, in order; each method below says its step. Grade one step at a time:
 *   npm run grade -- multi-mode-chat          (shows every step, and the next one to do)
 * or, in the notebook 07-assignment-multi-mode-chat.ipynb, `gradeExercise("multi-mode-chat", { step: 2 })`.
 * A step whose methods still reach todo() is "not started", not failing, so step 1 grades as soon
 * as the constructor, `mode` and `setMode` are written. Then use it for real in the terminal:
 *   npm run chat -- --yours        (`npm run chat` runs the reference solution)
 * After you save, re-run the notebook cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
// Imported for you: the contract below says where each one is used.
import { costUsd, countMessageTokens, DEFAULT_MODEL, findModel, samplingOptions, todo } from "../workbook";

/** The three modes and the parameters each one sends. (Given: nothing to do here.) */
export const MODES = {
  creative: { temperature: 1.2, top_p: 0.95 },
  precise: { temperature: 0.3, top_p: 0.5 },
  balanced: { temperature: 0.7, top_p: 0.85 },
} as const;

export type ModeName = keyof typeof MODES;

export interface MultiModeChatOptions {
  /** The model of every request. Default: DEFAULT_MODEL. [task: history] */
  model?: string;
  /** The most prompt tokens one request may have. Default 4000. [task: context-budget] */
  maxContextTokens?: number;
  /** When set, every request starts with this system message; when not, there is none. [task: history, no-system] */
  systemMessage?: string;
}

export interface ChatOptions {
  /** Stream the reply (and call onDelta for every piece) instead of waiting for the whole of it. [task: stream-history] */
  stream?: boolean;
  /**
   * Called with each piece of text (a string) as it arrives; an empty piece may be passed on or
   * skipped, since the pieces joined are the reply. Without streaming, once with the whole reply. [task: stream-history, on-delta-plain]
   */
  onDelta?: (text: string) => void;
  /**
   * Passed to the SDK as a request option, `create(body, { signal })`: aborting it stops the reply
   * (Ctrl-C in `npm run chat`). A stream stopped after some text arrived keeps that text as the
   * reply; stopped before any text, it is a failed request. [task: stop-keeps-text]
   */
  signal?: AbortSignal;
}

export interface ChatUsage {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

/**
 * A chat with three modes, branches, usage tracking and exports.
 *
 * Step 1: the constructor and the modes
 * - `mode` starts as "balanced". [task: starts-balanced]
 * - `setMode(name)` switches to one of MODES. Any other name throws an Error whose message names
 *   the valid modes (creative, precise, balanced), and the mode stays what it was. [task: set-mode-unknown]
 *
 * Step 2: chat and history
 * - `chat(input)` adds the user message, sends the conversation with `model`, adds the reply as
 *   `{ role: "assistant", content }` and returns its text. [task: history]
 * - EVERY request sends the current mode's `temperature` and `top_p` (from MODES), plus
 *   `...samplingOptions(model)` (imported above from "../workbook"): a reasoning model takes sampling settings
 *   only at one reasoning effort (`reasoning_effort: "none"`), other models need nothing more. [task: mode-parameters]
 * - `messages` is the current branch: the system message first when one is set, then the turns.
 *   It returns a copy: a caller who changes that array does not change the conversation. [task: history, no-system, messages-copy]
 * - When a request fails, chat() rejects and the conversation is as it was before the call. [task: failed-request]
 *
 * Step 3: streaming
 * - `chat(input, { stream: true, onDelta })` sends `stream: true` and calls `onDelta` with every
 *   piece of text as it arrives (a string; passing on an empty one is fine, a null is not);
 *   streaming or not, the returned text and the history end up exactly the same. [task: stream-history]
 * - `options.signal` goes to the SDK, `create(body, { signal })`: when it aborts mid-stream, the
 *   text that arrived stays as the reply; aborted before any text, chat() rejects and the
 *   conversation is as it was. [task: stop-keeps-text]
 * - Without streaming, `onDelta` (when given) is called once, with the whole reply. [task: on-delta-plain]
 *
 * Step 4: usage, cost and the context budget
 * - `usage` starts at zero and adds up what the API REPORTED in `usage` (prompt_tokens,
 *   completion_tokens) for every request: never your own token estimate. [task: usage-totals]
 * - `usage.costUsd` prices each request with `costUsd(model, usage)`, imported above (prices
 *   are USD per 1M tokens). A model the catalog does not know (`findModel(model)` is undefined, say a
 *   local server) adds its tokens but no cost. [task: usage-cost, usage-unknown-model]
 * - A streamed request asks for its usage, `stream_options: { include_usage: true }`, and counts the
 *   usage of the stream's last chunk (`choices: []`). [task: stream-usage]
 * - No request has more than `maxContextTokens` prompt tokens, counted the way the API bills them
 *   (`countMessageTokens`, imported above): send the system message plus the newest messages
 *   that fit, the new question always last. The history itself keeps everything. [task: context-budget]
 *
 * Step 5: regenerate
 * - `regenerate()` asks again for the last reply and REPLACES it: the request is the conversation
 *   without the old reply, sent with the current mode, and afterwards there is still one reply to
 *   the last question; it returns the new reply. [task: regenerate-replaces]
 * - It throws when there is no reply to regenerate yet. If its request fails, the old reply is
 *   back in place. [task: regenerate-edges]
 * - `regenerate(options)` takes chat()'s options: with `{ stream: true, onDelta }` it streams the
 *   new reply, and its request's usage is added to `usage` like any other. [task: regenerate-options]
 *
 * Step 6: branches
 * - `branches` lists every branch id, "main" first; a new app has just "main". `branch()` forks
 *   the conversation at this point, switches to the new branch and returns its id, one no other
 *   branch has. [task: branch-fork]
 * - The branches share their past but not their future: a new turn or a regenerated reply on one
 *   branch never shows up on another (copy the messages, not only the array). [task: branch-isolated]
 * - `switchBranch(id)` moves to another branch; an unknown id throws. [task: branch-fork]
 *
 * Step 7: export
 * - `exportConversation("json")` returns JSON text with everything needed to continue: every
 *   branch with its id and messages, which branch is current, the mode, the model,
 *   maxContextTokens, the system message and the usage. The layout is yours, with three fixed
 *   points: a top-level `mode` (the mode's name), a top-level `usage` (as `usage` returns it), and
 *   each message as the API's `{ role, content }`. [task: export-json]
 * - Neither export ever contains the API key. [task: export-json]
 * - `exportConversation("markdown")` returns a readable transcript: the system message and every
 *   message of the current branch, the mode, the branch ids and the usage. [task: export-markdown]
 * - Any other format (say "xml") throws an Error that names the two formats. [task: export-unknown-format]
 *
 * Step 8: import
 * - `MultiModeChatApp.fromJSON(client, json)` loads such an export back with nothing lost: the
 *   same model, mode, branches, current branch, messages of every branch and usage, so that
 *   exporting the loaded app again gives exactly the same JSON text. [task: import-round-trip]
 * - The loaded app continues where the exported one stopped: its next request carries the model,
 *   the mode's parameters and the conversation, and a new branch gets an id no branch has. [task: import-continues]
 * - Anything else (not JSON, not an object, an unknown mode, a missing usage, a message with an
 *   unknown role...) throws an Error that says what is wrong and names the field ("mode", "usage",
 *   "role"; "JSON" for text that does not parse), not a TypeError from deep inside: check each
 *   field before you use it. [task: import-refuses]
 *
 * @example
 * const app = new MultiModeChatApp(client, { systemMessage: "You are a friendly tutor." });
 * app.setMode("creative");
 * await app.chat("Invent a name for a robot cat.", { stream: true, onDelta: (t) => process.stdout.write(t) });
 * const id = app.branch();          // "branch-1"
 * await app.regenerate();           // a different name, on branch-1 only
 * app.switchBranch("main");
 * app.usage;                        // { promptTokens: 58, completionTokens: 21, costUsd: 0.0000213 }
 */
export class MultiModeChatApp {
  constructor(client: OpenAI, options: MultiModeChatOptions = {}) {
    todo('Step 1: keep the client and the options (with their defaults), and start in mode "balanced".');
  }

  get mode(): ModeName {
    return todo("Step 1: return the current mode.");
  }

  setMode(mode: string): void {
    todo("Step 1: switch to the mode `mode`, or refuse a name that is not a mode.");
  }

  async chat(input: string, options: ChatOptions = {}): Promise<string> {
    return todo("Step 2: add the question, ask the model with the current mode, keep the reply and return it.");
  }

  get messages(): ChatCompletionMessageParam[] {
    return todo("Step 2: return the conversation of the current branch.");
  }

  get usage(): ChatUsage {
    return todo("Step 4: return the tokens the API reported so far, and what they cost.");
  }

  async regenerate(options: ChatOptions = {}): Promise<string> {
    return todo("Step 5: replace the last reply with a new one.");
  }

  get branches(): string[] {
    return todo("Step 6: return every branch id.");
  }

  branch(): string {
    return todo("Step 6: fork the conversation into a new branch and move to it.");
  }

  switchBranch(id: string): void {
    todo("Step 6: move to the branch `id`.");
  }

  exportConversation(format: "json" | "markdown"): string {
    return todo("Step 7: turn the conversation into JSON or Markdown text.");
  }

  static fromJSON(client: OpenAI, json: string): MultiModeChatApp {
    return todo("Step 8: rebuild an app from a JSON export, refusing anything that is not one.");
  }
}
