// Mistake: never asks for stream_options.include_usage, so the count is always an estimate.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
import { countTokens } from "../../../src/api/tokens";

export interface StreamProgressOptions {
  write?: (text: string) => void;
  now?: () => number;
  maxTokens?: number;
  model?: string;
}

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const BAR_WIDTH = 20;

function bar(tokens: number, maxTokens: number): string {
  const ratio = Math.min(1, tokens / maxTokens);
  const filled = Math.round(ratio * BAR_WIDTH);
  return `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}%`;
}

/** The last few words, on one line: a status line that wraps can no longer be redrawn with \r. */
function preview(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 30 ? `…${flat.slice(-29)}` : flat;
}

export async function streamWithProgress(
  client: OpenAI,
  prompt: string,
  options: StreamProgressOptions = {},
): Promise<{ content: string; tokens: number; seconds: number }> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const now = options.now ?? (() => performance.now());
  const model = options.model ?? DEFAULT_MODEL;
  const { maxTokens } = options;

  const started = now();
  let shown = 0;
  let frame = 0;
  const status = (tokens: number, content: string, done: boolean) => {
    const seconds = (now() - started) / 1000;
    const indicator = maxTokens ? bar(tokens, maxTokens) : done ? "✓" : SPINNER[frame++ % SPINNER.length];
    const counter = maxTokens ? `${tokens}/${maxTokens} tokens` : `${tokens} tokens`;
    const line = `${indicator} ${counter} · ${seconds.toFixed(1)}s${done ? "" : ` · ${preview(content)}`}`;
    // Pad over the previous line's tail: \r only moves the cursor, it does not erase.
    write(`\r${line.padEnd(shown)}`);
    shown = Math.max(shown, line.length);
  };

  const stream = await client.chat.completions.create({
    model,
    messages: [{ role: "user", content: prompt }],
    stream: true,
    ...(maxTokens !== undefined ? { max_completion_tokens: maxTokens } : {}),
  });

  let content = "";
  let pieces = 0;
  let reported: number | null = null;
  let finishReason: string | null = null;
  status(0, content, false);
  for await (const chunk of stream) {
    if (chunk.usage) reported = chunk.usage.completion_tokens;
    const choice = chunk.choices[0];
    if (choice?.finish_reason) finishReason = choice.finish_reason;
    const text = choice?.delta?.content;
    if (!text) continue;
    content += text;
    // While streaming, one chunk is about one token; the exact count comes with the usage chunk.
    pieces += 1;
    status(pieces, content, false);
  }

  const seconds = (now() - started) / 1000;
  const tokens = reported ?? countTokens(content, model);
  status(tokens, content, true);
  const rate = seconds > 0 ? tokens / seconds : 0;
  const notes = [
    reported === null ? "estimated: the server sent no usage" : "",
    finishReason === "length" ? `cut off at max_completion_tokens=${maxTokens ?? "?"}` : "",
  ].filter(Boolean);
  write(`\n\n${content}\n\n${tokens} tokens in ${seconds.toFixed(2)}s (${rate.toFixed(1)} tokens/s)${notes.length ? ` (${notes.join("; ")})` : ""}\n`);
  return { content, tokens, seconds };
}
