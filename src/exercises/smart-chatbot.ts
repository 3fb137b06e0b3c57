/**
 * Exercise `smart-chatbot` (practice exercise 2): a chatbot that manages its own context.
 *
 * Four ideas of the lesson in one class: it remembers the conversation (the API remembers nothing),
 * counts its tokens the way the API bills them, summarizes old turns before the context gets too
 * long, and answers a request it has seen before from a cache instead of paying for it again.
 *
 * Replace each `todo(...)` with your own code (you will add fields to the class too), then check
 * your work with
 *   npm run grade -- smart-chatbot
 * The notebook 06-practice-exercises.ipynb tries it; after you save,
 * re-run the cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
// Imported for you: the contract below says where each one is used.
import { countMessageTokens, DEFAULT_MODEL, todo } from "../workbook";

export interface SmartChatbotOptions {
  /** The model of every request. Default: DEFAULT_MODEL (imported above from "../workbook"). [task: defaults] */
  model?: string;
  /** The most prompt tokens one request may have. Default 4000: a budget, not the model's limit. [task: defaults, fits-budget] */
  maxContextTokens?: number;
  /** Summarize once the context passes this fraction of maxContextTokens. Default 0.7. [task: defaults, summarize] */
  summarizeAt?: number;
  /** How many replies the cache keeps. Default 100. [task: defaults, cache-lru] */
  cacheSize?: number;
  /** The system message. Default: DEFAULT_SYSTEM_MESSAGE. [task: defaults, history] */
  systemMessage?: string;
}

/** Parameters a caller may add to one chat() request. (Given: nothing to do here.) */
export type ChatParameters = Pick<
  ChatCompletionCreateParamsNonStreaming,
  "temperature" | "top_p" | "max_completion_tokens" | "presence_penalty" | "frequency_penalty" | "seed" | "stop"
>;

/** (Given: nothing to do here.) */
export const DEFAULT_SYSTEM_MESSAGE = "You are a helpful assistant.";

/**
 * A chatbot with memory, a token budget, summaries and a response cache.
 *
 * - `messages` is exactly what the next request sends, as a copy: the system message first (always:
 *   it is never trimmed or summarized away), then the summary message when there is one, then the
 *   turns. [task: history, summarize]
 * - `chat(input, parameters?)` adds the user message, makes the context fit (below), asks the model
 *   with `{ ...parameters, model, messages }`, adds the reply as an assistant message and returns
 *   its text (`choices[0].message.content`). [task: history]
 * - When the request fails, chat() rejects and the history is as it was before the call (no
 *   question without an answer). [task: failed-request]
 * - Making the context fit, step 1: when `tokenCount` is above `summarizeAt * maxContextTokens`,
 *   summarize. One extra request asks the model to summarize every turn except the newest three
 *   messages (the last exchange and the new question); those older turns are replaced by ONE
 *   user message holding the summary, labelled (e.g. "Previous conversation summary: ..."), right
 *   after the system message. The system message stays the one set of instructions; a summary is
 *   what was said, so it travels as a user message and gains no authority over them. `summary`
 *   becomes the summary's text. A later summary folds in the earlier one. [task: summarize]
 * - Making the context fit, step 2: while `tokenCount` is still above `maxContextTokens`, drop the
 *   oldest turn (never the system message, the summary or the new question). Every request stays
 *   within maxContextTokens, with the system message first. [task: fits-budget]
 * - `tokenCount` counts `messages` the way the API bills a prompt: 3 tokens of framing per
 *   message, the tokens of role and content, and 3 to prime the reply. `countMessageTokens`
 *   (imported above) does exactly that; counting only the text is the classic mistake. [task: token-count]
 * - The cache: before a request, look its key up; on a hit, use the stored reply, add 1 to
 *   `cacheHits`, and send nothing. [task: cache-hit]
 * - The key holds everything that decides the reply: model, parameters and the WHOLE message list,
 *   not only the last question. [task: cache-key-parameters, cache-key-conversation]
 * - The cache keeps at most `cacheSize` replies and forgets the least recently USED one first (an
 *   LRU: a hit counts as a use). [task: cache-lru]
 * - `reset()` starts a new conversation (only the system message left, no summary) and keeps the
 *   cache: asking the same first question again is then a cache hit. [task: cache-hit, summarize]
 *
 * @example
 * const bot = new SmartChatbot(client, { maxContextTokens: 1000 });
 * await bot.chat("What is a token?");
 * bot.tokenCount;   // e.g. 87
 * bot.reset();
 * await bot.chat("What is a token?");   // answered from the cache
 * bot.cacheHits;    // 1
 */
export class SmartChatbot {
  constructor(client: OpenAI, options: SmartChatbotOptions = {}) {
    todo(
      "Keep the client and the options (with their defaults), and start a conversation that holds only the system message.",
    );
  }

  get messages(): ChatCompletionMessageParam[] {
    return todo("Return what the next request would send.");
  }

  get tokenCount(): number {
    return todo("Return what the messages cost, the way the API bills a prompt.");
  }

  get summary(): string | null {
    return todo("Return the latest summary, or null before the first one.");
  }

  get cacheHits(): number {
    return todo("Return how many chat() calls the cache answered.");
  }

  async chat(input: string, parameters: ChatParameters = {}): Promise<string> {
    return todo("Answer the question in the conversation, within the budget, from the cache when it can.");
  }

  reset(): void {
    todo("Start a new conversation; keep the cache.");
  }
}
