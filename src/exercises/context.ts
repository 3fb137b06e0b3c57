/**
 * Exercise "context" (notebook 04-context-management): the API remembers nothing between requests,
 * so the message list you send IS the conversation's memory. Here you count what that memory costs
 * in tokens, keep it inside a budget, and build two managers that look after it for you.
 *
 * Replace every todo(...) with your own code, then run `npm run grade -- context`.
 * After you save, re-run the notebook cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { DEFAULT_MODEL } from "../api/catalog";
import { todo } from "../workbook";

/**
 * The prompt tokens the API bills for `messages`, by the OpenAI Cookbook's formula:
 *
 *   3 tokens for every message (the framing around it)
 *   + the tokens of every string field of the message: its role, its content and, when present, its name
 *   + 1 more token for every message that has a name
 *   + 3 tokens at the end, because every reply is primed with `<|start|>assistant<|message|>`.
 *
 * Count with the encoding of `model`: `encodingForModel(model)` from the helper module says which
 * (o200k_base for gpt-4o, gpt-4.1 and gpt-5; cl100k_base for gpt-3.5-turbo and gpt-4).
 * `countTokens(text, model)` from "../api/tokens" counts one string with the right encoding.
 * Content can be a string or a list of text parts: `contentText(content)` gives its text.
 * The result must equal `usage.prompt_tokens` of a request that sends exactly these messages.
 */
export function countChatTokens(messages: ChatCompletionMessageParam[], model: string): number {
  return todo("Start with 3 for the reply priming, then add 3 + tokens(role) + tokens(content) for every message (+1 + tokens(name) when it has a name).");
}

/**
 * The longest most-recent stretch of `messages` that fits in `maxTokens` (counted with
 * countChatTokens, reply priming included), as a NEW array; `messages` stays unchanged.
 *
 * - A system (or developer) message at index 0 holds the instructions: it is always kept, first.
 *   If it alone is over the budget, return just it: trimming never drops the instructions.
 * - The other messages kept are the newest ones, contiguous, in their original order: walk back
 *   from the last message and stop at the first one that does not fit (do not skip over it to
 *   squeeze in an older one, a conversation with a hole in it confuses the model).
 * - Never split or shorten a message: each is kept whole or left out.
 */
export function trimToTokenBudget(messages: ChatCompletionMessageParam[], maxTokens: number, model: string): ChatCompletionMessageParam[] {
  return todo("Keep messages[0] if it is a system message, then walk from the newest message backwards adding whole messages while the total fits.");
}

/**
 * Keeps a conversation with the model: the lesson's ConversationManager.
 *
 * - `messages` is the list sent with every request: an optional system message first, then the
 *   turns. After every add, it holds the system message plus at most `maxHistory` other messages
 *   (the newest ones): maxHistory does NOT count the system message.
 * - `setSystemMessage` replaces the system message, or puts one first when there is none.
 * - `getResponse(userInput)` adds the user turn, sends the whole list (with `model`), stores the
 *   assistant's reply as an assistant turn, and returns the reply's text ("" when content is null).
 * - `tokenCount()` is what the messages cost right now, by the Cookbook formula (countChatTokens).
 *   A long conversation is counted after every turn: remembering each message's count is a good idea.
 * - `reset()` clears the turns but keeps the system message.
 */
export class ConversationManager {
  readonly messages: ChatCompletionMessageParam[] = [];
  readonly model: string;
  readonly maxHistory: number;
  private readonly client: OpenAI;

  constructor(client: OpenAI, options: { model?: string; maxHistory?: number } = {}) {
    this.client = client;
    this.model = options.model ?? DEFAULT_MODEL;
    this.maxHistory = options.maxHistory ?? 10;
  }

  setSystemMessage(content: string): void {
    todo("If messages[0] is a system message, replace it; otherwise put { role: \"system\", content } first.");
  }

  addUserMessage(content: string): void {
    todo("Push { role: \"user\", content }, then drop the oldest turns beyond maxHistory (never the system message).");
  }

  addAssistantMessage(content: string): void {
    todo("Push { role: \"assistant\", content }, then trim the history the same way as addUserMessage.");
  }

  async getResponse(userInput: string): Promise<string> {
    return todo("Add the user turn, call this.client.chat.completions.create({ model: this.model, messages }), store the reply as an assistant turn, return it.");
  }

  tokenCount(): number {
    return todo("Return countChatTokens(this.messages, this.model).");
  }

  reset(): void {
    todo("Remove every message except a leading system message.");
  }
}

/**
 * A manager that summarizes old turns when the context grows: the lesson's SmartContextManager.
 *
 * - `addMessage` appends a message to `messages` as given.
 * - `shouldSummarize()` is true when the messages cost MORE than 70% of `maxTokens`, counted in
 *   tokens with the Cookbook formula (countChatTokens) for `model`; not in messages, not in characters.
 * - `summarize()`:
 *   - A system (or developer) message at index 0 that is not an earlier summary holds the
 *     instructions: it is kept as it is and takes no part in what follows.
 *   - With fewer than 4 other messages, it does nothing (no request).
 *   - Otherwise it sends ONE request (with `model`) asking for a concise summary of a transcript of
 *     every message except the last two (one line per message, "role: content"; an earlier summary is
 *     part of it, so summaries roll up), stores the reply's text in `summary`, and replaces those
 *     messages by a single system message "Previous conversation summary: <summary>".
 *     The last two messages stay as they were, after the summary.
 *     Example: [system, u1, a1, u2, a2, u3] becomes [system, summary of u1 a1 u2, a2, u3].
 */
export class SmartContextManager {
  readonly messages: ChatCompletionMessageParam[] = [];
  readonly model: string;
  readonly maxTokens: number;
  private readonly client: OpenAI;
  summary: string | null = null;

  constructor(client: OpenAI, options: { model?: string; maxTokens?: number } = {}) {
    this.client = client;
    this.model = options.model ?? DEFAULT_MODEL;
    this.maxTokens = options.maxTokens ?? 4000;
  }

  addMessage(message: ChatCompletionMessageParam): void {
    todo("Push the message onto this.messages.");
  }

  shouldSummarize(): boolean {
    return todo("Compare countChatTokens(this.messages, this.model) with 0.7 * this.maxTokens.");
  }

  async summarize(): Promise<void> {
    return todo("Build a transcript of all but the last two messages, ask the model for a summary, then splice in one system message \"Previous conversation summary: ...\".");
  }
}
