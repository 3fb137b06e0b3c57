/** The reply to a chat completion: one JSON body, or server-sent events token by token. */
import { usage, type LogprobEntry, type PreparedChoice } from "./chat";
import type { ChatRequest } from "../request/chat-request";
import { hash32 } from "../model/rng";
import { ArgumentSplitter, splitArguments } from "./tool-calls";

export interface ReplyContext {
  id: string;
  created: number;
  fingerprint: string;
  promptTokens: number;
  tokensPerSecond: number;
  timeToFirstTokenMs: number;
  signal: AbortSignal | null;
  /** Fault injection: the stream breaks after a few tokens. */
  cutStream: boolean;
  headers: Record<string, string>;
}

/** Waits, unless the client has gone away. */
export function sleep(ms: number, signal: AbortSignal | null): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error("aborted"));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error("aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** The "thinking" time of a reasoning model, a quarter of a token's time per reasoning token. */
function firstTokenDelay(ctx: ReplyContext, choices: readonly PreparedChoice[]): number {
  const reasoning = Math.max(0, ...choices.map((c) => c.reasoningTokens));
  const perToken = ctx.tokensPerSecond > 0 ? 1000 / ctx.tokensPerSecond : 0;
  return ctx.timeToFirstTokenMs + (reasoning * perToken) / 4;
}

function logprobsObject(req: ChatRequest, entries: LogprobEntry[] | null, refusal = false) {
  if (!req.logprobs || !entries) return null;
  return refusal ? { content: null, refusal: entries } : { content: entries, refusal: null };
}

export async function completionResponse(
  req: ChatRequest,
  choices: PreparedChoice[],
  ctx: ReplyContext,
): Promise<Response> {
  const results = choices.map((c) => ({ c, ...c.output.run() }));
  if (ctx.tokensPerSecond > 0 || ctx.timeToFirstTokenMs > 0) {
    const longest = Math.max(0, ...choices.map((c) => c.output.tokens));
    await sleep(
      firstTokenDelay(ctx, choices) + (ctx.tokensPerSecond > 0 ? (longest * 1000) / ctx.tokensPerSecond : 0),
      ctx.signal,
    );
  }
  const body = {
    id: ctx.id,
    object: "chat.completion",
    created: ctx.created,
    model: req.model,
    choices: results.map(({ c, text, logprobs }) => ({
      index: c.index,
      message: c.toolCalls.length
        ? {
            role: "assistant",
            content: null,
            refusal: null,
            annotations: [],
            tool_calls: splitArguments(text, c.toolCalls.length).map((args, i) => ({
              id: c.toolCalls[i].id,
              type: "function",
              function: { name: c.toolCalls[i].name, arguments: args },
            })),
          }
        : c.refusal
          ? { role: "assistant", content: null, refusal: text, annotations: [] }
          : { role: "assistant", content: text, refusal: null, annotations: [] },
      logprobs: logprobsObject(req, logprobs, c.refusal),
      finish_reason: c.output.finish,
    })),
    usage: usage(ctx.promptTokens, choices),
    service_tier: req.serviceTier,
    system_fingerprint: ctx.fingerprint,
  };
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    status: 200,
    headers: { "content-type": "application/json", ...ctx.headers },
  });
}

export function streamResponse(req: ChatRequest, choices: PreparedChoice[], ctx: ReplyContext): Response {
  const events = sseEvents(req, choices, ctx);
  const encoder = new TextEncoder();
  const paced = ctx.tokensPerSecond > 0 || ctx.timeToFirstTokenMs > 0;
  let pulls = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      // Unpaced, events are batched per pull (the client still sees one event per token), except
      // the role chunk and the first token, which leave at once: time to first token stays short.
      const batched = !paced && pulls++ >= 2;
      let batch = "";
      try {
        do {
          const { value, done } = await events.next();
          if (done) {
            if (batch) controller.enqueue(encoder.encode(batch));
            controller.close();
            return;
          }
          batch += value;
        } while (batched && batch.length < 16_384);
        controller.enqueue(encoder.encode(batch));
      } catch (error) {
        // What was generated before the failure still reaches the client, as on a real broken connection.
        if (batch) controller.enqueue(encoder.encode(batch));
        controller.error(error);
      }
    },
    async cancel() {
      await events.return(undefined);
    },
  });
  return new Response(stream, {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      connection: "keep-alive",
      ...ctx.headers,
    },
  });
}

async function* sseEvents(
  req: ChatRequest,
  choices: PreparedChoice[],
  ctx: ReplyContext,
): AsyncGenerator<string, void, undefined> {
  const base = {
    id: ctx.id,
    object: "chat.completion.chunk",
    created: ctx.created,
    model: req.model,
    service_tier: req.serviceTier,
    system_fingerprint: ctx.fingerprint,
  };
  // Every chunk shares its head and tail: serialize them once, then only the choice per token.
  const head = `data: ${JSON.stringify(base).slice(0, -1)},"choices":[`;
  const tail = req.includeUsage ? '],"usage":null}\n\n' : "]}\n\n";
  const event = (choice: object | null, extra?: object) =>
    extra
      ? `data: ${JSON.stringify({ ...base, choices: [], ...extra })}\n\n`
      : `${head}${choice ? JSON.stringify(choice) : ""}${tail}`;
  const perToken = ctx.tokensPerSecond > 0 ? 1000 / ctx.tokensPerSecond : 0;
  let contentChunks = 0;
  const cutAfter = 8;
  const cut = () => new Error("offline model: the stream was cut short (fault injection: cut-stream)");

  await sleep(firstTokenDelay(ctx, choices), ctx.signal);
  const callHead = (c: PreparedChoice, i: number) => ({
    index: i,
    id: c.toolCalls[i].id,
    type: "function",
    function: { name: c.toolCalls[i].name, arguments: "" },
  });
  const splitters = new Map(choices.map((c) => [c, new ArgumentSplitter()]));
  for (const c of choices) {
    const delta = c.toolCalls.length
      ? { role: "assistant", content: null, tool_calls: [callHead(c, 0)], refusal: null }
      : c.refusal
        ? { role: "assistant", content: null, refusal: "" }
        : { role: "assistant", content: "", refusal: null };
    yield event({ index: c.index, delta, logprobs: null, finish_reason: null });
  }
  const live = new Set(choices);
  // Paced against the clock, not by chained sleeps: each timer wakes a little late, and on a loaded
  // machine those delays added up to a stream well below the pace asked for.
  let due = performance.now();
  while (live.size) {
    for (const c of [...live]) {
      const tokensBefore = c.output.tokens;
      const d = c.output.step();
      // As on the real API, a chunk now and then carries two or three tokens, not always one.
      for (let more = extraTokens(ctx.id, c.index, contentChunks); more > 0 && !c.output.finish; more--) {
        const next = c.output.step();
        d.text += next.text;
        d.logprobs.push(...next.logprobs);
      }
      if (d.text || d.logprobs.length) {
        if (ctx.cutStream && contentChunks >= cutAfter) throw cut();
        const delta = c.toolCalls.length
          ? {
              // A new call's head (its id and name) comes with the first piece of its arguments.
              tool_calls: (splitters.get(c)?.push(d.text) ?? []).map(({ call, text, begins }) => {
                const i = Math.min(call, c.toolCalls.length - 1);
                return begins && i > 0
                  ? { ...callHead(c, i), function: { name: c.toolCalls[i].name, arguments: text } }
                  : { index: i, function: { arguments: text } };
              }),
            }
          : c.refusal
            ? { refusal: d.text }
            : { content: d.text };
        yield event({
          index: c.index,
          delta,
          logprobs: logprobsObject(req, d.logprobs, c.refusal),
          finish_reason: null,
        });
        contentChunks++;
      }
      if (c.output.finish) {
        if (ctx.cutStream) throw cut();
        yield event({ index: c.index, delta: {}, logprobs: null, finish_reason: c.output.finish });
        live.delete(c);
      }
      const made = c.output.tokens - tokensBefore;
      if (perToken > 0 && made > 0) {
        due += (perToken * made) / choices.length;
        // Behind schedule, still wait a millisecond: the reader gets its turn and sees an abort at once.
        await sleep(Math.max(1, due - performance.now()), ctx.signal);
      }
    }
  }
  if (req.includeUsage) yield event(null, { usage: usage(ctx.promptTokens, choices) });
  yield "data: [DONE]\n\n";
}

/** How many tokens beyond the first this chunk carries: none in most chunks, one in about 1 of 8, two in 1 of 32. */
function extraTokens(id: string, index: number, chunk: number): number {
  if (chunk === 0) return 0; // the first text arrives as soon as it exists
  const roll = hash32(`${id}#${index}#${chunk}`) % 32;
  return roll === 0 ? 2 : roll < 4 ? 1 : 0;
}
