// Summarizing keeps only the newest two messages (the new question and the reply before it), not three.
/** Reference solution of the `smart-chatbot` exercise (see src/exercises/smart-chatbot.ts for the task). */
import type OpenAI from "openai";
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import { DEFAULT_MODEL, samplingOptions } from "../../../src/api/catalog";
import { contentText, countMessageTokens } from "../../../src/api/tokens";

export interface SmartChatbotOptions {
  model?: string;
  maxContextTokens?: number;
  summarizeAt?: number;
  cacheSize?: number;
  systemMessage?: string;
}

export type ChatParameters = Pick<
  ChatCompletionCreateParamsNonStreaming,
  "temperature" | "top_p" | "max_completion_tokens" | "presence_penalty" | "frequency_penalty" | "seed" | "stop"
>;

export const DEFAULT_SYSTEM_MESSAGE = "You are a helpful assistant.";
const SUMMARY_PREFIX = "Previous conversation summary: ";
/** The newest messages a summary never swallows: the last exchange and the new question. */
const KEEP_RECENT = 2;

export class SmartChatbot {
  readonly model: string;
  readonly maxContextTokens: number;
  readonly summarizeAt: number;
  readonly cacheSize: number;
  protected readonly client: OpenAI;
  protected readonly system: ChatCompletionMessageParam;
  /** [system, summary?, ...turns]: exactly what the next request sends. */
  protected history: ChatCompletionMessageParam[];
  protected latestSummary: string | null = null;
  /** A Map remembers insertion order: re-inserting on a hit makes its first key the least recently used. */
  protected readonly cache = new Map<string, string>();
  protected hits = 0;

  constructor(client: OpenAI, options: SmartChatbotOptions = {}) {
    this.client = client;
    this.model = options.model ?? DEFAULT_MODEL;
    this.maxContextTokens = options.maxContextTokens ?? 4000;
    this.summarizeAt = options.summarizeAt ?? 0.7;
    this.cacheSize = options.cacheSize ?? 100;
    this.system = { role: "system", content: options.systemMessage ?? DEFAULT_SYSTEM_MESSAGE };
    this.history = [this.system];
  }

  get messages(): ChatCompletionMessageParam[] {
    return [...this.history];
  }

  get tokenCount(): number {
    return countMessageTokens(this.history, this.model);
  }

  get summary(): string | null {
    return this.latestSummary;
  }

  get cacheHits(): number {
    return this.hits;
  }

  async chat(input: string, parameters: ChatParameters = {}): Promise<string> {
    const before = this.history;
    const beforeSummary = this.latestSummary;
    this.history = [...this.history, { role: "user", content: input }];
    try {
      await this.fitContext();
      const request: ChatCompletionCreateParamsNonStreaming = {
        ...parameters,
        model: this.model,
        messages: this.history,
      };
      const key = this.cacheKey(request);
      let reply = this.cacheGet(key);
      if (reply === undefined) {
        const response = await this.client.chat.completions.create(request);
        reply = response.choices[0]?.message.content ?? "";
        this.cacheSet(key, reply);
      } else {
        this.hits += 1;
      }
      this.history = [...this.history, { role: "assistant", content: reply }];
      return reply;
    } catch (error) {
      // A failed request must not leave a question without an answer in the history.
      this.history = before;
      this.latestSummary = beforeSummary;
      throw error;
    }
  }

  /** Starts a new conversation; the cache stays, so a question asked before is answered at once. */
  reset(): void {
    this.history = [this.system];
    this.latestSummary = null;
  }

  /** Everything that decides the reply: the same key means the API would get the very same request. */
  protected cacheKey(request: ChatCompletionCreateParamsNonStreaming): string {
    const { model, messages, ...parameters } = request;
    const sorted = Object.fromEntries(Object.entries(parameters).sort(([a], [b]) => a.localeCompare(b)));
    return JSON.stringify({ model, parameters: sorted, messages });
  }

  protected cacheGet(key: string): string | undefined {
    const reply = this.cache.get(key);
    if (reply !== undefined) {
      this.cache.delete(key);
      this.cache.set(key, reply);
    }
    return reply;
  }

  protected cacheSet(key: string, reply: string): void {
    this.cache.set(key, reply);
    while (this.cache.size > this.cacheSize) {
      this.cache.delete(this.cache.keys().next().value as string);
    }
  }

  /** Summarize once the context passes summarizeAt of the budget; drop the oldest turns if it still does not fit. */
  protected async fitContext(): Promise<void> {
    if (this.tokenCount > this.summarizeAt * this.maxContextTokens) {
      await this.summarize();
    }
    const pinned = this.pinnedCount();
    while (this.tokenCount > this.maxContextTokens && this.history.length - pinned > 1) {
      this.history = [...this.history.slice(0, pinned), ...this.history.slice(pinned + 1)];
    }
    if (this.tokenCount > this.maxContextTokens) {
      throw new Error(
        `This message needs ${this.tokenCount} tokens with the system message and summary, more than maxContextTokens (${this.maxContextTokens}). Send a shorter message.`,
      );
    }
  }

  /** The system message, and the summary message when there is one, are never trimmed. */
  protected pinnedCount(): number {
    return this.latestSummary === null ? 1 : 2;
  }

  protected async summarize(): Promise<void> {
    const pinned = this.pinnedCount();
    const turns = this.history.slice(pinned);
    const older = turns.slice(0, -KEEP_RECENT);
    if (older.length === 0) return;
    const transcript = older.map((m) => `${m.role}: ${contentText(m.content)}`).join("\n");
    const earlier = this.latestSummary ? `Summary so far: ${this.latestSummary}\n\n` : "";
    const response = await this.client.chat.completions.create({
      model: this.model,
      messages: [
        {
          role: "system",
          content:
            "You summarize conversations for the assistant that continues them. Keep names, facts, decisions and open questions. At most 120 words.",
        },
        { role: "user", content: `${earlier}Summarize this conversation:\n\n${transcript}` },
      ],
      max_completion_tokens: 200,
      // A summary needs no deliberation, and reasoning would eat the 200 tokens before any text.
      ...samplingOptions(this.model),
    });
    const summary = response.choices[0]?.message.content ?? "";
    this.latestSummary = summary;
    // What was said, not an instruction: a user message after the one system message, so text from
    // the conversation never gains the authority of the instructions.
    this.history = [this.system, { role: "user", content: SUMMARY_PREFIX + summary }, ...turns.slice(-KEEP_RECENT)];
  }
}
