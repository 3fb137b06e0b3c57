/**
 * A streamed reply rendered in place, with its numbers: tokens so far, elapsed time, speed and time
 * to first token while it streams, then the exact usage once the server sends it.
 */
import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import { DEFAULT_MODEL } from "../api/catalog";
import { frame } from "./display";
import { formatNumber } from "./format";
import { el, escapeHtml, FAINT_LINE, HUES, pill, PRE_STYLE, textLines } from "./html";
import { liveDisplay } from "./live";
import { countTokens } from "../api/tokens";

export interface StreamStats {
  /** The text of choice 0. */
  content: string;
  /** From the usage chunk when the server sent one (`exactUsage`), else counted with the tokenizer. */
  completionTokens: number;
  exactUsage: boolean;
  promptTokens: number | null;
  /** Every chunk received, and how many of them carried text. */
  chunks: number;
  textChunks: number;
  finishReason: string | null;
  /** From the start (see showStream) to the end of the stream. */
  seconds: number;
  /** From the start to the first chunk with text; null when no text came. */
  timeToFirstTokenSeconds: number | null;
  /** completionTokens / seconds; 0 when no time passed. Reasoning tokens count: this is the billed speed. */
  tokensPerSecond: number;
  /** Reasoning tokens from the usage chunk (never streamed, billed as output); null until usage arrives. */
  reasoningTokens: number | null;
  /** Tokens of the text you saw: completionTokens less reasoning tokens, or counted while streaming. */
  visibleTokens: number;
  /** visibleTokens over the time after the first token: how fast the text appeared; 0 before it did. */
  visibleTokensPerSecond: number;
}

export interface ShowStreamOptions {
  /** For counting tokens while the stream runs; default DEFAULT_MODEL. */
  model?: string;
  title?: string;
  /** A clock in milliseconds; default performance.now. */
  now?: () => number;
}

type ChunkStream = AsyncIterable<ChatCompletionChunk>;

/**
 * Reads a Chat Completions stream to the end, showing the text as it grows with live stats, and
 * returns the stats. Pass a function that creates the stream, `() => client.chat.completions.create({ ..., stream: true })`,
 * so the clock starts before the request is sent (time to first token then includes the wait for
 * the server); a stream object that already exists is timed from the moment it is passed in.
 */
export async function showStream(
  source: ChunkStream | (() => Promise<ChunkStream>),
  options: ShowStreamOptions = {},
): Promise<StreamStats> {
  const now = options.now ?? (() => performance.now());
  const model = options.model ?? DEFAULT_MODEL;
  // Loading the tokenizer takes about a second: do it before the clock starts, not inside the first token's time.
  countTokens("", model);
  const start = now();
  const live = liveDisplay();
  const stats: StreamStats = {
    content: "",
    completionTokens: 0,
    exactUsage: false,
    promptTokens: null,
    chunks: 0,
    textChunks: 0,
    finishReason: null,
    seconds: 0,
    timeToFirstTokenSeconds: null,
    tokensPerSecond: 0,
    reasoningTokens: null,
    visibleTokens: 0,
    visibleTokensPerSecond: 0,
  };
  const refresh = (state: StreamState) => {
    stats.seconds = (now() - start) / 1000;
    if (!stats.exactUsage) stats.completionTokens = countTokens(stats.content, model);
    stats.tokensPerSecond = stats.seconds > 0 ? stats.completionTokens / stats.seconds : 0;
    stats.visibleTokens =
      stats.exactUsage && stats.reasoningTokens !== null
        ? stats.completionTokens - stats.reasoningTokens
        : countTokens(stats.content, model);
    const writing = stats.timeToFirstTokenSeconds === null ? 0 : stats.seconds - stats.timeToFirstTokenSeconds;
    // The first token's own chunk opens the clock, so the tokens after it are the ones timed.
    stats.visibleTokensPerSecond = writing > 0 ? Math.max(0, stats.visibleTokens - 1) / writing : 0;
    live.update(`${stats.content}\n\n${statsLine(stats, state)}`, streamHtml(stats, state, options.title));
  };

  let state: StreamState = "waiting";
  refresh(state);
  try {
    const stream = typeof source === "function" ? await source() : source;
    state = "streaming";
    for await (const chunk of stream) {
      stats.chunks += 1;
      if (chunk.usage) {
        stats.completionTokens = chunk.usage.completion_tokens;
        stats.promptTokens = chunk.usage.prompt_tokens;
        stats.reasoningTokens = chunk.usage.completion_tokens_details?.reasoning_tokens ?? 0;
        stats.exactUsage = true;
      }
      const choice = chunk.choices.find((c) => c.index === 0);
      if (choice?.finish_reason) stats.finishReason = choice.finish_reason;
      const text = choice?.delta?.content;
      if (!text) continue;
      stats.textChunks += 1;
      stats.timeToFirstTokenSeconds ??= (now() - start) / 1000;
      stats.content += text;
      refresh(state);
    }
    state = "done";
  } catch (error) {
    state = "failed";
    throw error;
  } finally {
    refresh(state);
    live.done();
  }
  return stats;
}

type StreamState = "waiting" | "streaming" | "done" | "failed";

const STATE_HUE = { waiting: HUES.slate, streaming: HUES.amber, done: HUES.green, failed: HUES.red } as const;

function facts(stats: StreamStats): string[] {
  const reasoning = stats.reasoningTokens ?? 0;
  const tokens = !stats.exactUsage
    ? `~${formatNumber(stats.completionTokens)} tokens`
    : reasoning > 0
      ? `${formatNumber(stats.visibleTokens)} visible + ${formatNumber(reasoning)} reasoning = ${formatNumber(stats.completionTokens)} tokens (usage)`
      : `${formatNumber(stats.completionTokens)} tokens (usage)`;
  const ttft =
    stats.timeToFirstTokenSeconds === null
      ? "first token: not yet"
      : `first token after ${formatNumber(stats.timeToFirstTokenSeconds, 2)} s`;
  // The text's own pace, beside the billed rate once reasoning tokens (never streamed) are known.
  const speed =
    stats.timeToFirstTokenSeconds === null
      ? `${formatNumber(stats.tokensPerSecond, 1)} tokens/s`
      : `text at ${formatNumber(stats.visibleTokensPerSecond, 1)} tokens/s`;
  const parts = [tokens, `${formatNumber(stats.seconds, 2)} s`, speed];
  if (stats.exactUsage && reasoning > 0) parts.push(`${formatNumber(stats.tokensPerSecond, 1)} billed tokens/s`);
  parts.push(ttft);
  if (stats.finishReason) parts.push(`finish_reason: ${stats.finishReason}`);
  return parts;
}

function statsLine(stats: StreamStats, state: StreamState): string {
  return `[${state}] ${facts(stats).join(" · ")}`;
}

function streamHtml(stats: StreamStats, state: StreamState, title: string | undefined): string {
  const cursor = state === "streaming" || state === "waiting" ? el("span", "", "opacity:0.6;", "▍") : "";
  const text = el(
    "div",
    "wb-stream-text",
    `${PRE_STYLE}padding:6px 0;min-height:1.45em;`,
    textLines(stats.content) + cursor,
  );
  const bar = el(
    "div",
    "wb-stream-stats",
    `display:flex;flex-wrap:wrap;gap:4px 12px;align-items:center;border-top:1px solid ${FAINT_LINE};padding-top:4px;font-variant-numeric:tabular-nums;opacity:0.9;`,
    pill(state, STATE_HUE[state]) +
      facts(stats)
        .map((f) => el("span", "", "", escapeHtml(f)))
        .join(""),
  );
  return frame("wb-stream", title, text + bar);
}
