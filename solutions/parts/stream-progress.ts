/**
 * The reference `streamWithProgress`, one overridable method per decision, so each wrong solution in
 * test/mutants/stream-progress changes one of them and nothing else.
 */
import type OpenAI from "openai";
import type { ChatCompletionChunk, ChatCompletionCreateParamsStreaming } from "openai/resources/chat/completions";
import { DEFAULT_MODEL } from "../../src/api/catalog";
import { countTokens } from "../../src/api/tokens";

export interface StreamProgressOptions {
  write?: (text: string) => void;
  status?: (line: string) => void;
  maxTokens?: number;
  model?: string;
  now?: () => number;
}

export interface StreamProgressResult {
  content: string;
  tokens: number;
  seconds: number;
}

/** In a terminal: the reply on stdout and the status line kept on the line under it (see the stub). */
export function terminalDisplay(out: NodeJS.WriteStream = process.stdout): {
  write: (text: string) => void;
  status: (line: string) => void;
} {
  let shown = false;
  const erase = () => {
    if (shown) out.write("\x1b[J");
    shown = false;
  };
  return {
    write(text) {
      erase();
      out.write(text);
    },
    status(line) {
      if (!out.isTTY) return;
      erase();
      const fits = line.slice(0, Math.max(1, (out.columns ?? 80) - 1));
      out.write(`\x1bD\x1bM\x1b7\x1bD\r${fits}\x1b8`);
      shown = true;
    },
  };
}

const BAR_WIDTH = 20;

export class ProgressStream {
  protected write: (text: string) => void;
  protected status: (line: string) => void;
  protected readonly now: () => number;
  protected readonly model: string;
  protected readonly maxTokens: number | undefined;

  constructor(
    protected readonly client: OpenAI,
    protected readonly prompt: string,
    options: StreamProgressOptions = {},
  ) {
    const screen = options.write && options.status ? null : terminalDisplay();
    this.write = options.write ?? screen!.write;
    this.status = options.status ?? screen!.status;
    this.now = options.now ?? (() => performance.now());
    this.model = options.model ?? DEFAULT_MODEL;
    this.maxTokens = options.maxTokens;
  }

  async run(): Promise<StreamProgressResult> {
    // The user waits from the moment they ask, so the clock starts before the request.
    this.startClock();
    const stream = await this.client.chat.completions.create(this.request());
    let content = "";
    let pieces = 0;
    let reported: number | null = null;
    for await (const chunk of stream) {
      if (chunk.usage) reported = chunk.usage.completion_tokens;
      const text = this.textOf(chunk);
      if (text === "") continue;
      content += text;
      pieces += 1;
      this.showPiece(text);
      // One piece is about one token; the exact count only comes with the usage chunk.
      this.status(this.statusLine(pieces, this.elapsedSeconds()));
    }
    const seconds = this.elapsedSeconds();
    const tokens = this.finalTokens(reported, content);
    this.write(`\n\n${this.summaryLine(tokens, seconds)}\n`);
    return { content, tokens, seconds };
  }

  protected startedAt = 0;

  protected startClock(): void {
    this.startedAt = this.now();
  }

  protected elapsedSeconds(): number {
    return (this.now() - this.startedAt) / 1000;
  }

  protected request(): ChatCompletionCreateParamsStreaming {
    return {
      model: this.model,
      messages: [{ role: "user", content: this.prompt }],
      stream: true,
      stream_options: { include_usage: true },
      ...(this.maxTokens !== undefined ? { max_completion_tokens: this.maxTokens } : {}),
    };
  }

  /** The new text of a chunk; "" for the role chunk, the finish chunk and the usage chunk. */
  protected textOf(chunk: ChatCompletionChunk): string {
    return chunk.choices[0]?.delta?.content ?? "";
  }

  protected showPiece(text: string): void {
    this.write(text);
  }

  protected speed(tokens: number, seconds: number): number {
    return seconds > 0 ? tokens / seconds : 0;
  }

  protected statusLine(tokens: number, seconds: number): string {
    const parts = [`${tokens} tokens`, `${seconds.toFixed(1)}s`, `${this.speed(tokens, seconds).toFixed(1)} tokens/s`];
    if (this.maxTokens) parts.unshift(this.bar(tokens, this.maxTokens));
    return parts.join(" · ");
  }

  protected bar(tokens: number, maxTokens: number): string {
    const ratio = Math.min(1, tokens / maxTokens);
    const filled = Math.round(ratio * BAR_WIDTH);
    return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${Math.round(ratio * 100)}%`;
  }

  protected finalTokens(reported: number | null, content: string): number {
    return reported ?? countTokens(content, this.model);
  }

  protected summaryLine(tokens: number, seconds: number): string {
    return `${tokens} tokens in ${seconds.toFixed(2)}s (${this.speed(tokens, seconds).toFixed(1)} tokens/s)`;
  }
}
