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
// Imported for you: the contract below says where each one is used.
import { contentText, countTokens, DEFAULT_MODEL, samplingOptions, todo } from "../workbook";

/**
 * Step 1. The prompt tokens the API bills for `messages`, by the OpenAI Cookbook's formula.
 *
 * - 3 tokens for every message (the framing around it), plus the tokens of its role and of its
 *   content. [task: count-framing, count-cookbook, count-real-request]
 * - A message with a name costs the tokens of the name and 1 more. [task: count-name]
 * - 3 more tokens at the end, because every reply is primed with `<|start|>assistant<|message|>`:
 *   even an empty list costs 3. [task: count-priming]
 * - Count with the encoding of `model`: `countTokens(text, model)` (imported above from "../workbook") picks it
 *   (o200k_base for gpt-4o and later, cl100k_base for gpt-3.5-turbo and gpt-4; dated snapshots like
 *   their family; o200k_base for a model the catalog does not know). [task: count-encoding]
 * - Content can be a string or a list of text parts: `contentText(content)` (imported above from "../workbook")
 *   gives its text, which counts like the same string. [task: count-text-parts]
 * - The result equals `usage.prompt_tokens` of a request that sends exactly these messages. [task: count-real-request, count-cookbook]
 */
export function countChatTokens(messages: ChatCompletionMessageParam[], model: string): number {
  return todo("Step 1: add up what the API bills for these messages.");
}

/**
 * Step 2. The longest most-recent stretch of `messages` that fits in `maxTokens`, counted with
 * countChatTokens (reply priming included).
 *
 * - When everything fits, every message is kept. The result is a NEW array, and `messages` is
 *   never changed. [task: trim-fits]
 * - A system (or developer) message at index 0 holds the instructions: it is always kept, first.
 *   Without one, only turns are kept. [task: trim-newest, trim-developer]
 * - If the instructions alone are over the budget, return just them: trimming never drops the
 *   instructions. [task: trim-system-over]
 * - The other messages kept are the newest ones that fit, in their original order. [task: trim-newest]
 * - They are contiguous: walk back from the last message and stop at the first one that does not
 *   fit; never skip it to squeeze in an older one (a conversation with a hole in it confuses the
 *   model). [task: trim-contiguous]
 * - Never split or shorten a message: each is kept whole or left out. [task: trim-whole]
 * - Count with the encoding of `model`. [task: trim-encoding]
 */
export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  return todo("Step 2: keep the instructions and the newest whole messages that fit in the budget.");
}

/**
 * Step 3. Keeps a conversation with the model: the lesson's ConversationManager.
 *
 * - `messages` is the list sent with every request: an optional system message first, then the
 *   turns. `setSystemMessage` replaces the system message, or puts one first when there is none:
 *   there is never more than one. [task: cm-system]
 * - `getResponse(userInput)` adds the user turn, sends the whole list, stores the assistant's reply
 *   as an assistant turn (the API remembers nothing: a reply you do not store is gone from the next
 *   request), and returns the reply's text. [task: cm-history]
 * - Every request uses `model` (default DEFAULT_MODEL). [task: cm-model, cm-history]
 * - After every add, `messages` holds the system message plus at most `maxHistory` other messages,
 *   the newest ones: maxHistory does NOT count the system message. [task: cm-max-history]
 * - maxHistory defaults to 10, and trimming works without a system message too. [task: cm-default-max]
 * - `tokenCount()` is what the messages cost right now, countChatTokens(messages, model), after any
 *   change. A long conversation is counted after every turn: remembering each message's count
 *   is a good idea. [task: cm-token-count]
 * - `reset()` clears the turns but keeps the system message. [task: cm-reset]
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
    todo("Step 3: make `content` the one system message, first.");
  }

  addUserMessage(content: string): void {
    todo("Step 3: add a user turn, keeping at most maxHistory turns.");
  }

  addAssistantMessage(content: string): void {
    todo("Step 3: add an assistant turn, keeping at most maxHistory turns.");
  }

  async getResponse(userInput: string): Promise<string> {
    return todo("Step 3: ask the model with the whole conversation, remember its reply and return it.");
  }

  tokenCount(): number {
    return todo("Step 3: return what the messages cost right now.");
  }

  reset(): void {
    todo("Step 3: forget the turns, keep the system message.");
  }
}

/**
 * Step 4. A manager that summarizes old turns when the context grows: the lesson's SmartContextManager.
 *
 * The instructions are the one system or developer message at index 0 (developer is today's name
 * for system; they mean the same). A summary of older turns is not an instruction: it is what was
 * said, so it travels as a USER message right after the instructions, labelled so the model reads
 * it as a summary. (Written from the user's own words, it must not gain the authority of the
 * instructions.)
 *
 * - `addMessage` appends a message to `messages` as given. [task: smart-add]
 * - `shouldSummarize()` is true when the messages cost MORE than 70% of `maxTokens`. [task: smart-threshold]
 * - It counts in tokens with the Cookbook formula (countChatTokens), not in messages or
 *   characters, with the encoding of `model`. [task: smart-tokens, smart-encoding]
 * - `summarize()` keeps a system or developer message at index 0 (the instructions) as it is; it
 *   takes no part in what follows. [task: smart-instructions]
 * - With fewer than 4 other messages, `summarize()` does nothing (no request). [task: smart-few]
 * - Otherwise it sends ONE request (with `model`, and `...samplingOptions(model)` so that a
 *   reasoning model spends the reply on the summary, not on hidden reasoning) asking for a concise
 *   summary of a transcript of every other message except the last two: one line per message,
 *   "role: content" (e.g. "user: What are decorators?"). It stores the reply's text in `summary`. [task: smart-summary, smart-transcript]
 * - Those messages are replaced by one user message "Previous conversation summary: <summary>",
 *   right after the instructions (first when there are none); the last two messages stay as they
 *   were, after it. Example: [system, u1, a1, u2, a2, u3] becomes
 *   [system, user "Previous conversation summary: ...", a2, u3]. [task: smart-summary]
 * - An earlier summary is one of the other messages, so it is part of the next transcript and
 *   summaries roll up into one; this works without instructions too. [task: smart-roll-up]
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
    todo("Step 4: add the message to the conversation.");
  }

  shouldSummarize(): boolean {
    return todo("Step 4: say whether the conversation has grown past 70% of its budget.");
  }

  async summarize(): Promise<void> {
    return todo("Step 4: replace the older turns with one summary the model writes.");
  }
}
