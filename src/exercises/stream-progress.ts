/**
 * Exercise `stream-progress` (practice exercise 3): a streaming reply with a live progress line.
 *
 * A terminal can rewrite its current line: "\r" (carriage return) moves the cursor back to the start
 * of the line without starting a new one, so writing "\r" + new status over and over keeps ONE line
 * up to date. Jupyter understands "\r" the same way in a cell's output.
 *
 * Replace the `todo(...)` with your own code, then check your work with
 *   npm run grade -- stream-progress
 * The notebook 06-practice-exercises.ipynb tries it; after you save,
 * re-run the cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import { todo } from "../workbook";

export interface StreamProgressOptions {
  /** Where output goes. Default: `(text) => process.stdout.write(text)`. Tests collect it. */
  write?: (text: string) => void;
  /** A clock in milliseconds. Default: `() => performance.now()`. Tests pass their own. */
  now?: () => number;
  /** When set: sent as max_completion_tokens, and the indicator becomes a real progress bar. */
  maxTokens?: number;
  /** Default: DEFAULT_MODEL (gpt-4o-mini) from "../api/catalog". */
  model?: string;
}

/**
 * Streams the reply to `prompt` while one status line shows how it is going, then prints the
 * reply and its final stats, and returns `{ content, tokens, seconds }`.
 *
 * The request: `model`, one user message `prompt`, `stream: true`, and
 * `stream_options: { include_usage: true }` (the server then ends the stream with a chunk that has
 * `choices: []` and the exact `usage`); with `maxTokens`, also `max_completion_tokens: maxTokens`.
 *
 * While the reply streams:
 * - The text of a chunk is `chunk.choices[0]?.delta?.content`. It can be missing, "" or `null`
 *   (the first chunk has only the role, the last ones only finish_reason or usage): skip those.
 * - After each piece of text, redraw the status line IN PLACE: write "\r" followed by the status,
 *   never "\n" (a newline would start a new line for every chunk). Pad it with spaces when it
 *   is shorter than the previous one, or the old line's tail stays visible.
 * - The status has a progress indicator, a token counter written as "<n> tokens", and the
 *   elapsed time written as "<seconds>s" (e.g. "⠹ 12 tokens · 0.4s"). While streaming, count one
 *   token per piece of text: that is close, and the exact number only comes at the end.
 * - With `maxTokens`, the indicator is a bar and a percentage of tokens-so-far / maxTokens,
 *   e.g. "[##########----------]  50% 5/10 tokens · 0.4s".
 *
 * When the stream has ended:
 * - `tokens` is `usage.completion_tokens` from the usage chunk: what the API counted (and bills),
 *   not the number of chunks. Only when no usage came (some compatible servers ignore
 *   include_usage), count the tokens of the content with `countTokens(content, model)` from
 *   "../api/tokens".
 * - `seconds` runs from just before the request to the end of the stream: read `now()` once before
 *   sending and once after the last chunk, and divide the difference by 1000.
 * - Write a newline (leave the status line as it is), the whole reply, and a line with the final
 *   stats: the tokens, the seconds and the speed in "tokens/s", e.g. "42 tokens in 1.30s (32.3 tokens/s)".
 *
 * @example
 * const { tokens, seconds } = await streamWithProgress(client, "Explain recursion with an example", { maxTokens: 200 });
 */
export async function streamWithProgress(
  client: OpenAI,
  prompt: string,
  options: StreamProgressOptions = {},
): Promise<{ content: string; tokens: number; seconds: number }> {
  return todo(
    "Read now() once, create the stream (stream: true, stream_options: { include_usage: true }), and for each chunk with text: add it to the content and write(\"\\r\" + status). At the end use usage.completion_tokens and write the final stats.",
  );
}
