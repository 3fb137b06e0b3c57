/**
 * The reference `advanced` exercise, one overridable method per decision, so each wrong solution in
 * test/mutants/advanced changes one of them and nothing else.
 */
import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { DEFAULT_MODEL, samplingOptions } from "../../src/api/catalog";

export type Format = "json" | "markdown" | "bullet" | "code";

export const FORMAT_INSTRUCTIONS: Record<Format, string> = {
  json: "Respond with a single valid JSON object and nothing else: no prose, no code fences.",
  markdown: "Format your response as Markdown, with headings and lists where they help.",
  bullet: "Respond with bullet points only, one idea per bullet, no introduction or conclusion.",
  code: "Respond with code only, in a single fenced code block, with no explanation around it.",
};

export class StructuredRequest {
  constructor(
    protected readonly client: OpenAI,
    protected readonly prompt: string,
    protected readonly format: Format,
  ) {}

  async run(): Promise<string> {
    const response = await this.client.chat.completions.create(this.request());
    const content = response.choices[0]?.message.content ?? "";
    if (this.format === "json") this.checkJson(content, response.choices[0]?.finish_reason ?? null);
    return content;
  }

  protected request(): ChatCompletionCreateParamsNonStreaming {
    return {
      model: DEFAULT_MODEL,
      messages: this.messages(),
      // A low temperature keeps the model close to the format it was asked for; a reasoning model
      // takes it only at the effort samplingOptions names.
      temperature: 0.3,
      ...samplingOptions(DEFAULT_MODEL),
      ...this.responseFormat(),
    };
  }

  protected messages(): ChatCompletionCreateParamsNonStreaming["messages"] {
    return [
      { role: "system", content: FORMAT_INSTRUCTIONS[this.format] },
      { role: "user", content: this.prompt },
    ];
  }

  protected responseFormat(): Pick<ChatCompletionCreateParamsNonStreaming, "response_format"> {
    return this.format === "json" ? { response_format: { type: "json_object" } } : {};
  }

  /** JSON mode promises syntax, not completeness: a reply cut off at the token limit is still broken. */
  protected checkJson(content: string, finishReason: string | null): void {
    try {
      JSON.parse(content);
    } catch (error) {
      const why = finishReason === "length" ? " (the reply was cut off by the token limit)" : "";
      throw new Error(
        `The model's reply is not valid JSON${why}: ${(error as Error).message}. Reply: ${content.slice(0, 200)}`,
      );
    }
  }
}

export interface RetryOptions {
  maxRetries?: number;
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits the server asks for are honoured up to a minute, as openai-node 7.5 does; a longer one gets the backoff. */
const MAX_SERVER_WAIT_MS = 60_000;

export class RetryLoop {
  protected readonly maxRetries: number;
  protected readonly baseDelayMs: number;
  protected readonly sleep: (ms: number) => Promise<void>;
  protected readonly random: () => number;

  constructor(
    protected readonly client: OpenAI,
    protected readonly params: ChatCompletionCreateParamsNonStreaming,
    options: RetryOptions = {},
  ) {
    this.maxRetries = options.maxRetries ?? 3;
    this.baseDelayMs = options.baseDelayMs ?? 500;
    this.sleep = options.sleep ?? defaultSleep;
    this.random = options.random ?? Math.random;
  }

  async run(): Promise<ChatCompletion> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.send();
      } catch (error) {
        if (this.givesUp(attempt) || !this.isRetryable(error)) throw error;
        await this.sleep(this.serverWaitMs(error) ?? this.backoffMs(attempt));
      }
    }
  }

  /** This loop owns the retries: with the SDK's own on as well, every attempt here would be three. */
  protected send(): Promise<ChatCompletion> {
    return this.client.chat.completions.create(this.params, { maxRetries: 0 });
  }

  protected givesUp(attempt: number): boolean {
    return attempt >= this.maxRetries;
  }

  /**
   * Timeouts, conflicts, rate limits, server errors and lost connections can pass; other 4xx will
   * fail again, and so will a 429 that means the account is out of credit (it lasts until someone pays).
   */
  protected isRetryable(error: unknown): boolean {
    if (error instanceof OpenAI.APIConnectionError) return true;
    if (!(error instanceof OpenAI.APIError) || error.status === undefined) return false;
    if (error.code === "insufficient_quota") return false;
    return error.status === 408 || error.status === 409 || error.status === 429 || error.status >= 500;
  }

  /** Jitter spreads out clients that failed together, so they do not all come back at once. */
  protected backoffMs(attempt: number): number {
    return this.baseDelayMs * 2 ** attempt + this.random() * this.baseDelayMs;
  }

  /** How long the server asked us to wait, in ms, when it is 0 to 60 s; otherwise undefined (use the backoff). */
  protected serverWaitMs(error: unknown): number | undefined {
    const ms = this.requestedWaitMs(error);
    return ms !== undefined && ms >= 0 && ms <= MAX_SERVER_WAIT_MS ? ms : undefined;
  }

  /** retry-after-ms (milliseconds), else retry-after (seconds or an HTTP date). */
  protected requestedWaitMs(error: unknown): number | undefined {
    if (!(error instanceof OpenAI.APIError) || !error.headers) return undefined;
    const ms = Number.parseFloat(error.headers.get("retry-after-ms") ?? "");
    if (Number.isFinite(ms)) return ms;
    const raw = error.headers.get("retry-after");
    if (!raw) return undefined;
    const seconds = Number.parseFloat(raw);
    if (Number.isFinite(seconds)) return seconds * 1000;
    const date = Date.parse(raw);
    return Number.isNaN(date) ? undefined : date - Date.now();
  }
}
