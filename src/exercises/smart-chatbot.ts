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
import type { ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { todo } from "../workbook";

export interface SmartChatbotOptions {
  /** Default: DEFAULT_MODEL (gpt-4o-mini) from "../api/catalog". */
  model?: string;
  /** The most prompt tokens one request may have. Default 4000: a budget, not the model's limit. */
  maxContextTokens?: number;
  /** Summarize once the context passes this fraction of maxContextTokens. Default 0.7. */
  summarizeAt?: number;
  /** How many replies the cache keeps. Default 100. */
  cacheSize?: number;
  /** Default: DEFAULT_SYSTEM_MESSAGE. */
  systemMessage?: string;
}

/** Parameters a caller may add to one chat() request. */
export type ChatParameters = Pick<
  ChatCompletionCreateParamsNonStreaming,
  "temperature" | "top_p" | "max_completion_tokens" | "presence_penalty" | "frequency_penalty" | "seed" | "stop"
>;

export const DEFAULT_SYSTEM_MESSAGE = "You are a helpful assistant.";

/**
 * A chatbot with memory, a token budget, summaries and a response cache.
 *
 * - `messages` is exactly what the next request sends: the system message first (always, it is
 *   never trimmed or summarized away), then a summary message when there is one, then the turns.
 * - `chat(input, parameters?)` adds the user message, makes the context fit (below), asks the model
 *   with `{ ...parameters, model, messages }`, adds the reply as an assistant message and returns
 *   its text (`choices[0].message.content`, "" when null). When the request fails, the history is
 *   left as it was before the call (no question without an answer).
 * - Making the context fit, before every request:
 *   1. When `tokenCount` is above `summarizeAt * maxContextTokens`, summarize: one extra request
 *      asks the model to summarize every turn except the newest three messages (the last exchange
 *      and the new question), and those older turns are replaced by ONE system message holding the
 *      summary; `summary` becomes its text. A later summary folds in the earlier one.
 *   2. While `tokenCount` is still above `maxContextTokens`, drop the oldest turn (never the system
 *      message, the summary or the new question). Every request stays within maxContextTokens.
 * - `tokenCount` counts `messages` the way the API bills a prompt: 3 tokens of framing per
 *   message, the tokens of role and content, and 3 to prime the reply. `countMessageTokens` from
 *   "../api/tokens" does exactly that; counting only the text is the classic mistake.
 * - The cache: before a request, look its key up; on a hit, use the stored reply, add 1 to
 *   `cacheHits`, and send nothing. The key must hold everything that decides the reply: model,
 *   parameters and the WHOLE message list (not only the last question). The cache keeps at most
 *   `cacheSize` replies and forgets the least recently USED one first (an LRU: a hit counts as a use).
 * - `reset()` starts a new conversation (only the system message left, no summary) and keeps the
 *   cache: asking the same first question again is then a cache hit.
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
    todo("Store the client, the options with their defaults, the history (starting with the system message), the summary (null), the cache (a Map) and a hit counter.");
  }

  get messages(): ChatCompletionMessageParam[] {
    return todo("Return a copy of the history: [system, summary?, ...turns].");
  }

  get tokenCount(): number {
    return todo("countMessageTokens(history, model) counts the way the API bills: per-message framing included.");
  }

  get summary(): string | null {
    return todo("Return the latest summary's text, or null before the first summary.");
  }

  get cacheHits(): number {
    return todo("Return how many chat() calls were answered from the cache.");
  }

  async chat(input: string, parameters: ChatParameters = {}): Promise<string> {
    return todo(
      "Add the user message, fit the context (summarize, then trim), build the request, look its key (model + parameters + messages) up in the cache, and only on a miss call client.chat.completions.create.",
    );
  }

  reset(): void {
    todo("Put the history back to just the system message and forget the summary; keep the cache.");
  }
}
