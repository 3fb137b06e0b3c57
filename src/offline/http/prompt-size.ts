/**
 * Prompt tokens, counted without stalling the event loop. Counting is synchronous work of about a
 * microsecond per character, so a 160k-token prompt would hold up every other request for most of
 * a second. Here:
 * - a cheap bound first: no token is longer than MAX_TOKEN_CHARS characters, so a prompt of more
 *   than limit x MAX_TOKEN_CHARS characters is over the limit without counting anything;
 * - then exact counting in slices cut where the tokenizer would cut anyway (between a letter and
 *   " word", or after a line break), yielding to the event loop between slices and stopping as
 *   once the running total passes the limit (for prompts far over it). A prompt under one slice is
 *   counted at once.
 * The total is the one countMessageTokens gives (the Cookbook's formula), to the token.
 */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { contentText, countTokens, REPLY_PRIMING_TOKENS, TOKENS_PER_MESSAGE, TOKENS_PER_NAME } from "../../api/tokens";

/** The longest token of cl100k_base and o200k_base is 128 bytes, so at most 128 UTF-16 characters. */
export const MAX_TOKEN_CHARS = 128;
/** Characters counted between two yields: a few milliseconds of work. */
export const SLICE_CHARS = 16_384;

/** Prompts of up to this many characters per token of the limit are counted exactly even when over it. */
const EXACT_CHARS_PER_LIMIT_TOKEN = 8;

export interface PromptCount {
  tokens: number;
  /** False when counting stopped early because the prompt was already over the limit. */
  exact: boolean;
}

/** The prompt tokens of `messages`, or a lower bound above `limit` as soon as that is certain. */
export async function countPromptTokens(
  messages: readonly ChatCompletionMessageParam[],
  model: string,
  limit: number,
): Promise<PromptCount> {
  const parts: string[] = [];
  let fixed = REPLY_PRIMING_TOKENS;
  let chars = 0;
  for (const message of messages) {
    fixed += TOKENS_PER_MESSAGE;
    parts.push(message.role, contentText(message.content));
    if ("name" in message && typeof message.name === "string") {
      fixed += TOKENS_PER_NAME;
      parts.push(message.name);
    }
  }
  for (const p of parts) chars += p.length;
  const lowerBound = fixed + parts.reduce((sum, p) => sum + Math.ceil(p.length / MAX_TOKEN_CHARS), 0);
  if (lowerBound > limit) return { tokens: lowerBound, exact: false };
  if (chars <= SLICE_CHARS)
    return { tokens: fixed + parts.reduce((sum, p) => sum + countTokens(p, model), 0), exact: true };

  // A prompt not far over the limit is counted to the end, so the error can give the exact count.
  const stopEarly = chars > limit * EXACT_CHARS_PER_LIMIT_TOKEN;
  let total = fixed;
  let sinceYield = 0;
  for (const part of parts) {
    for (const slice of slices(part)) {
      total += countTokens(slice, model);
      if (stopEarly && total > limit) return { tokens: total, exact: false };
      sinceYield += slice.length;
      if (sinceYield >= SLICE_CHARS) {
        sinceYield = 0;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  }
  return { tokens: total, exact: true };
}

/**
 * `text` in pieces of about SLICE_CHARS whose token counts add up to the count of the whole: each
 * cut is before " " between two letters, or after a line break before a letter, where both
 * encodings' pre-tokenizers start a new piece anyway. A stretch with no such place for
 * 4 x SLICE_CHARS characters (one enormous "word") is cut there regardless: its count may then be
 * a token or two high, a price paid only by inputs no tokenizer-exact answer could be fast for.
 */
export function* slices(text: string): Generator<string> {
  let start = 0;
  const boundary = /\p{L}(?= \p{L})|\n(?=\p{L})/u;
  while (text.length - start > SLICE_CHARS) {
    // Search a bounded window (plus one character of look-ahead), never the rest of the text.
    const from = start + SLICE_CHARS;
    const found = boundary.exec(text.slice(from, start + 4 * SLICE_CHARS + 1));
    let cut =
      found && from + found.index + found[0].length < start + 4 * SLICE_CHARS
        ? from + found.index + found[0].length
        : Math.min(text.length, start + 4 * SLICE_CHARS);
    // Never split a surrogate pair.
    if (cut < text.length && /[\uDC00-\uDFFF]/.test(text[cut]!)) cut += 1;
    yield text.slice(start, cut);
    start = cut;
  }
  if (start < text.length || text.length === 0) yield text.slice(start);
}
