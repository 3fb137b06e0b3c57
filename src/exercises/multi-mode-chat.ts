/**
 * The assignment `multi-mode-chat`: a chat application with conversation modes.
 *
 * Everything the lesson taught, in one class: message history, sampling parameters (each mode is
 * a temperature and a top_p), streaming, a token budget for the context, exports, and the bonus
 * features: regenerating a reply, branching a conversation, and tracking what it costs.
 *
 * Replace each `todo(...)` with your own code (add the fields you need), then check your work with
 *   npm run grade -- multi-mode-chat
 * and use it for real in the terminal:
 *   npm run chat -- --yours        (`npm run chat` runs the reference solution)
 * The notebook 07-assignment-multi-mode-chat.ipynb builds it step by step; after you
 * save, re-run the cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { todo } from "../workbook";

/** The three modes and the parameters each one sends. (Given: nothing to do here.) */
export const MODES = {
  creative: { temperature: 1.2, top_p: 0.95 },
  precise: { temperature: 0.3, top_p: 0.5 },
  balanced: { temperature: 0.7, top_p: 0.85 },
} as const;

export type ModeName = keyof typeof MODES;

export interface MultiModeChatOptions {
  /** Default: DEFAULT_MODEL (gpt-4o-mini) from "../api/catalog". */
  model?: string;
  /** The most prompt tokens one request may have. Default 4000. */
  maxContextTokens?: number;
  /** When set, every request starts with this system message. */
  systemMessage?: string;
}

export interface ChatOptions {
  /** Stream the reply (and call onDelta for every piece) instead of waiting for the whole of it. */
  stream?: boolean;
  /** Called with each piece of text as it arrives (with stream: false, once with the whole reply). */
  onDelta?: (text: string) => void;
  /**
   * For the terminal app (`npm run chat -- --yours`), optional for the grade: pass it to the SDK
   * as a request option, `create(body, { signal })`, and Ctrl-C stops a reply. When a stream is
   * stopped after some text arrived, keep that text as the reply.
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
 * Modes
 * - `mode` starts as "balanced". `setMode(name)` switches to one of MODES; any other name throws an
 *   Error whose message names the valid modes (creative, precise, balanced), and the mode stays.
 * - EVERY request sends the current mode's `temperature` and `top_p` (from MODES).
 *
 * Chatting
 * - `chat(input, options?)` adds the user message, sends the conversation, adds the reply as
 *   `{ role: "assistant", content }` and returns its text. With `stream: true` it streams
 *   (`stream: true, stream_options: { include_usage: true }`) and calls `onDelta` for every
 *   piece; streaming or not, the history ends up exactly the same. When a request fails, the
 *   conversation is left as it was before the call.
 * - `messages` is the current branch: the system message first when one is set, then the turns.
 *   Return a copy: a caller who changes that array must not change the conversation.
 * - Context: no request may have more than `maxContextTokens` prompt tokens, counted the way the
 *   API bills (`countMessageTokens` from "../api/tokens"). Send the system message plus the
 *   newest messages that fit (the history itself may keep everything, so exports lose nothing).
 *
 * Bonus
 * - `regenerate()` asks again for the last reply and REPLACES it: the request is the conversation
 *   without the old reply, and afterwards there is still one reply to the last question. It
 *   throws when there is no reply yet.
 * - `branch()` forks the conversation at this point, switches to the new branch and returns its
 *   id. `branches` lists every id, "main" first. `switchBranch(id)` moves to another branch (an
 *   unknown id throws). The branches share their past but not their future: a new turn or a
 *   regenerated reply on one branch must never show up on another (copy the messages, not the array).
 * - `usage` adds up what the API REPORTED in `usage` (prompt_tokens, completion_tokens) for every
 *   request, and prices it with `costUsd(model, usage)` from "../api/catalog" (prices are USD
 *   per 1M tokens). Never your own token estimate.
 *
 * Export and import
 * - `exportConversation("json")` returns a JSON string with everything: every branch and its
 *   messages, the current branch, the mode, the model, the settings and the usage. It must never
 *   contain the API key. `exportConversation("markdown")` returns a readable transcript with the
 *   mode, the branches, every message of the current branch, and the usage.
 * - `MultiModeChatApp.fromJSON(client, json)` loads such an export back with nothing lost: same
 *   mode, branches, current branch, messages and usage, ready to continue. Anything else (not
 *   JSON, a missing field, an unknown mode or role, a current branch that does not exist) throws
 *   an Error that says what is wrong: check each field before you use it.
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
    todo("Store the client and the options (with defaults), start in mode \"balanced\" on branch \"main\" with no messages and zero usage.");
  }

  get mode(): ModeName {
    return todo("Return the current mode.");
  }

  setMode(mode: string): void {
    todo("Check that `mode` is a key of MODES; if not, throw new Error(...) naming the modes.");
  }

  async chat(input: string, options: ChatOptions = {}): Promise<string> {
    return todo(
      "Add the user message, build the request (model, the messages that fit, ...MODES[mode]), send it (streaming or not), add up the reported usage, add the reply and return it.",
    );
  }

  async regenerate(options: ChatOptions = {}): Promise<string> {
    return todo("Remove the last assistant message, then ask again exactly as chat() does, and add the new reply.");
  }

  branch(): string {
    return todo("Copy the current branch's messages (a deep copy) into a new branch with a new id, switch to it, return the id.");
  }

  switchBranch(id: string): void {
    todo("Throw when there is no branch `id`; otherwise make it the current branch.");
  }

  get branches(): string[] {
    return todo("Return every branch id, \"main\" first.");
  }

  get messages(): ChatCompletionMessageParam[] {
    return todo("Return the current branch's messages, the system message first when one is set.");
  }

  get usage(): ChatUsage {
    return todo("Return the totals of the usage the API reported, and their cost from costUsd().");
  }

  exportConversation(format: "json" | "markdown"): string {
    return todo("For \"json\", JSON.stringify an object with every field fromJSON needs; for \"markdown\", build a transcript.");
  }

  static fromJSON(client: OpenAI, json: string): MultiModeChatApp {
    return todo("JSON.parse inside try/catch, check every field (throw an Error that says which is wrong), then rebuild the app.");
  }
}
