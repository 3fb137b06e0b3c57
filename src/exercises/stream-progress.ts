/**
 * Exercise `stream-progress` (practice exercise 3): a streamed reply the reader watches being
 * written, with a live status line beside it, then a summary.
 *
 * Streaming only helps if the text reaches the screen while it arrives: collecting the pieces and
 * printing them at the end makes the user wait exactly as long as without streaming. So each piece
 * goes out at once, and a status line (tokens, time, speed) is kept up to date next to it.
 *
 * Replace the `todo(...)` with your own code, then check your work with
 *   npm run grade -- stream-progress
 * The notebook 06-practice-exercises.ipynb tries it; after you save,
 * re-run the cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import { countTokens, DEFAULT_MODEL, todo } from "../workbook";

export interface StreamProgressOptions {
  /**
   * Where the reply's text goes, piece by piece, and at the end the summary.
   * Default: the terminal's standard output. [task: defaults]
   */
  write?: (text: string) => void;
  /**
   * Shows the status line; each call replaces the line shown before, so the display keeps one status
   * line in place beside the reply (a notebook cell below it, a terminal on the line under it).
   * Default: the terminal display given at the end of this file. [task: defaults]
   */
  status?: (line: string) => void;
  /** When set: sent as `max_completion_tokens`, and the status line shows a bar. [task: bar] */
  maxTokens?: number;
  /** The model. Default: DEFAULT_MODEL (imported above from "../workbook"). [task: request] */
  model?: string;
  /** A clock in milliseconds. Default: `() => performance.now()`. Tests pass their own. [task: clock] */
  now?: () => number;
}

/**
 * Streams the reply to `prompt` so the reader sees it being written, keeps a status line up to date
 * beside it, ends with a summary, and returns `{ content, tokens, seconds }`.
 *
 * The request
 * - `model`, one user message `prompt`, `stream: true` and `stream_options: { include_usage: true }`
 *   (the stream then ends with a chunk that has `choices: []` and the exact `usage`). [task: request]
 * - With `maxTokens`, also `max_completion_tokens: maxTokens`. [task: bar]
 *
 * While the reply streams
 * - A chunk's new text is `chunk.choices[0]?.delta?.content`. It can be missing, "" or null (the
 *   first chunk carries only the role, the last ones only finish_reason or usage): such a chunk adds
 *   nothing, and neither "null" nor "undefined" ever reaches the output. [task: content]
 * - Each piece of text goes to `write` as soon as it arrives, before the next chunk is read: not
 *   collected and written at the end. Only the reply's text goes to `write` while it streams. [task: live-text]
 * - After each piece, `status` gets the new status line with the tokens so far written as
 *   "<n> tokens" (count one token per piece of text: the exact count only comes at the end), the
 *   time since the request was sent written as "<seconds>s" (e.g. "0.4s"), and the speed written as
 *   "<rate> tokens/s" (tokens so far divided by seconds so far). [task: status]
 * - With `maxTokens`, the status line also has a bar and the percentage of tokens so far out of
 *   maxTokens, e.g. "[##########----------] 50% · 5 tokens · 2.5s · 2.0 tokens/s". [task: bar]
 * - When no time has passed yet, the speed is 0 tokens/s, never Infinity or NaN (in the status line
 *   and in the summary). [task: no-time]
 *
 * When the stream has ended
 * - `content` is the whole reply: every piece of text, joined in order. [task: content]
 * - `tokens` is `usage.completion_tokens` of the usage chunk, what the API counted (and bills), not
 *   the number of pieces. [task: usage-tokens]
 * - Only when no usage came (some compatible servers ignore include_usage), `tokens` is the count of
 *   the content's tokens, `countTokens(content, model)` (imported above from "../workbook"). [task: fallback-tokens]
 * - `seconds` runs from just before the request is sent to the end of the stream, on the clock
 *   `now()` (milliseconds), divided by 1000. [task: clock]
 * - Then `write` gets the summary on a line of its own after the reply: the tokens, the seconds and
 *   the speed, e.g. "42 tokens in 1.30s (32.3 tokens/s)". [task: summary]
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
    "Stream the reply: write each piece as it arrives, update the status line after each one, then write the summary and return the numbers.",
  );
}

/**
 * (Given: nothing to do here; use it for the defaults, e.g. `const screen = terminalDisplay()`.)
 * In a terminal, the reply on standard output and the status line on the line under it: ESC D and
 * ESC M make room below without moving the cursor, ESC 7 and ESC 8 save and restore the cursor, and
 * ESC [J erases the old status line before the reply goes on. Elsewhere (a pipe, a notebook) the
 * status line is not shown, since only a terminal can redraw a line that is not the last one.
 */
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
