import { HttpResponse } from "msw";
import type OpenAI from "openai";
import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import { describe, expect } from "vitest";
import { streamResponse, streamWithStats } from "#exercises/streaming";
import { DEFAULT_MODEL } from "../../src/api/catalog";
import { countTokens } from "../../src/api/tokens";
import { encodingForModel } from "../../src/api/catalog";
import { exercise, task } from "../support/grading";
import {
  onChatCompletions,
  replyWithStream,
  sentBodies,
  streamChunks,
  testClient,
  useMockServer,
  type SentRequest,
} from "../support/server";

useMockServer();

const show = (value: unknown) => JSON.stringify(value);

const usage = (completionTokens: number): OpenAI.CompletionUsage => ({
  prompt_tokens: 12,
  completion_tokens: completionTokens,
  total_tokens: 12 + completionTokens,
});

/** A stream the way servers really send one: role-only first chunk, a null delta, a role-only delta, an empty piece. */
const haikuDeltas = ["Code ", null, { role: "assistant" as const }, "flows like ", "", "water"];
const HAIKU = "Code flows like water";
const HAIKU_PIECES = ["Code ", "flows like ", "water"];

/** Real servers send the usage chunk only when the request asks for it. */
const usageIfAsked = (body: SentRequest["body"], tokens: number) =>
  (body as { stream_options?: { include_usage?: boolean } }).stream_options?.include_usage ? usage(tokens) : undefined;

/**
 * A stream whose chunks are handed over one at a time, as the reader asks for them, each moving the
 * test's clock to the moment that chunk "arrives". Chunks are grouped in threes with the same time,
 * so that the one or two chunks the HTTP layers read ahead do not change what the exercise measures.
 *
 * Timeline (ms): request sent at 1000, headers at 1250, role chunks at 1300, first text at 1600, end at 2000.
 */
function replyWithTimedStream(clock: { now: number }, completionTokens: number): void {
  onChatCompletions(async ({ request }) => {
    const body = (await request.json()) as SentRequest["body"];
    clock.now = 1250;
    const chunks = streamChunks([null, "", "Recursion", " is a function", " calling itself", "."], {
      usage: usageIfAsked(body, completionTokens) ?? null,
    });
    // streamChunks adds the role chunk first and the finish (and usage) chunks last.
    const times = chunks.map((chunk, i) => {
      if (i <= 2) return 1300; // role chunk, null delta, empty delta
      if (i <= 5) return 1600; // "Recursion", " is a function", " calling itself"
      if (i === 6) return 1800; // "."
      return 2000; // finish and usage
    });
    const frames = chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`);
    frames.push("data: [DONE]\n\n");
    times.push(2000);
    const encoder = new TextEncoder();
    let next = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (next >= frames.length) {
            controller.close();
            return;
          }
          clock.now = times[next]!;
          controller.enqueue(encoder.encode(frames[next]!));
          next += 1;
        },
      },
      { highWaterMark: 0 },
    );
    return new HttpResponse(stream, { headers: { "content-type": "text/event-stream" } });
  });
}

const RECURSION = "Recursion is a function calling itself.";

exercise("streaming", () => {
  describe("step 1: streamResponse", () => {
    task("streamResponse sends one streaming request [stream-request]", async () => {
      replyWithStream(streamChunks(haikuDeltas));
      await streamResponse(testClient(), "Write a haiku about programming");
      const sent = sentBodies();
      expect(sent.length, `streamResponse should send exactly one request; it sent ${sent.length}`).toBe(1);
      expect(sent[0]!.stream, "the request should ask for a stream: stream: true").toBe(true);
      expect(
        sent[0]!.model,
        `use the default model DEFAULT_MODEL (${DEFAULT_MODEL}); got ${show(sent[0]!.model)}`,
      ).toBe(DEFAULT_MODEL);
      expect(sent[0]!.messages, `send the prompt as one user message; got ${show(sent[0]!.messages)}`).toEqual([
        { role: "user", content: "Write a haiku about programming" },
      ]);
    });

    task("streamResponse joins the text of every chunk and skips deltas without text [stream-joins]", async () => {
      replyWithStream(streamChunks(haikuDeltas));
      const text = await streamResponse(testClient(), "Write a haiku about programming");
      expect(
        text,
        "a delta's content can be null or missing (the role chunk, the finish chunk): skip it, never add it as text",
      ).not.toMatch(/null|undefined/);
      expect(
        text,
        `the stream's pieces are ${show(HAIKU_PIECES)} (plus chunks without text): streamResponse should return ${show(HAIKU)}`,
      ).toBe(HAIKU);
    });

    task("streamResponse calls onDelta once per piece of text, in order [stream-on-delta]", async () => {
      replyWithStream(streamChunks(haikuDeltas));
      const calls: string[] = [];
      const text = await streamResponse(testClient(), "Write a haiku about programming", (piece) => calls.push(piece));
      const pieces = calls.filter((piece) => piece !== "");
      expect(
        pieces,
        `onDelta should be called with each piece of text as it arrives (${show(HAIKU_PIECES)}), not with null, not once with the whole text; it got ${show(calls)}`,
      ).toEqual(HAIKU_PIECES);
      expect(text, `and streamResponse should still return the whole text ${show(HAIKU)}`).toBe(HAIKU);
    });

    task("streamResponse skips chunks that have no choices at all [stream-no-choices]", async () => {
      // Usage chunks have `choices: []`, and some providers (Azure OpenAI) send a first chunk with none either.
      const chunks = streamChunks(haikuDeltas, { usage: usage(5) });
      const noChoices: ChatCompletionChunk = { ...chunks[0]!, choices: [] };
      replyWithStream([noChoices, ...chunks]);
      const text = await streamResponse(testClient(), "Write a haiku about programming");
      expect(
        text,
        `a chunk with choices: [] has no text: read chunk.choices[0]?.delta?.content carefully; expected ${show(HAIKU)}`,
      ).toBe(HAIKU);
    });
  });

  describe("step 2: streamWithStats", () => {
    task("streamWithStats asks for the usage chunk with stream_options.include_usage [stats-request]", async () => {
      replyWithStream((body) => streamChunks(haikuDeltas, { usage: usageIfAsked(body, 9) ?? null }));
      await streamWithStats(testClient(), "Write a haiku about programming");
      const sent = sentBodies();
      expect(sent.length, `streamWithStats should send exactly one request; it sent ${sent.length}`).toBe(1);
      expect(sent[0]!.stream, "the request should ask for a stream: stream: true").toBe(true);
      expect(
        (sent[0] as { stream_options?: unknown }).stream_options,
        "ask for the exact token count with stream_options: { include_usage: true }: without it the server sends no usage in a stream",
      ).toEqual({ include_usage: true });
      expect(
        sent[0]!.model,
        `use the default model DEFAULT_MODEL (${DEFAULT_MODEL}); got ${show(sent[0]!.model)}`,
      ).toBe(DEFAULT_MODEL);
    });

    task(
      "streamWithStats takes completionTokens from the usage chunk, not from counting chunks [stats-usage]",
      async () => {
        replyWithStream((body) => streamChunks(haikuDeltas, { usage: usageIfAsked(body, 42) ?? null }));
        const stats = await streamWithStats(testClient(), "Write a haiku about programming");
        expect(stats.content, `content should be the whole text ${show(HAIKU)}; got ${show(stats.content)}`).toBe(
          HAIKU,
        );
        expect(
          stats.completionTokens,
          "the usage chunk says completion_tokens: 42, and that is exact; the stream had 3 pieces of text, but a chunk is not a token " +
            `(and the text alone is ${countTokens(HAIKU)} tokens). Expected 42, got ${stats.completionTokens}`,
        ).toBe(42);
      },
    );

    task("streamWithStats counts the tokens of the text when the server sends no usage [stats-fallback]", async () => {
      replyWithStream(streamChunks(haikuDeltas)); // a server that ignores include_usage
      const stats = await streamWithStats(testClient(), "Write a haiku about programming");
      const expected = countTokens(HAIKU, DEFAULT_MODEL);
      expect(
        stats.completionTokens,
        `with no usage chunk, count the tokens of the text with countTokens(content, DEFAULT_MODEL) = ${expected} (the stream had ${HAIKU_PIECES.length} pieces: chunks are not tokens); got ${stats.completionTokens}`,
      ).toBe(expected);

      // Text that the two encodings count differently: the count must use DEFAULT_MODEL's.
      const pieces = ["東京タワーは", "とても高いです。", "नमस्ते दुनिया", ", आप कैसे हैं?"];
      const text = pieces.join("");
      const own = countTokens(text, DEFAULT_MODEL);
      const other = countTokens(text, encodingForModel(DEFAULT_MODEL) === "o200k_base" ? "gpt-4" : "gpt-4o");
      expect(own, "the grader's text must count differently in o200k_base and cl100k_base").not.toBe(other);
      replyWithStream(streamChunks(pieces));
      const multilingual = await streamWithStats(testClient(), "Say hello in Japanese and Hindi");
      expect(
        multilingual.completionTokens,
        `count with DEFAULT_MODEL's encoding (${encodingForModel(DEFAULT_MODEL)}): countTokens(content, DEFAULT_MODEL) = ${own}; another encoding gives ${other}; got ${multilingual.completionTokens}`,
      ).toBe(own);
    });

    task(
      "streamWithStats times the whole request and the first token from the moment it was sent [stats-timing]",
      async () => {
        const clock = { now: 1000 };
        replyWithTimedStream(clock, 30);
        const calls: string[] = [];
        const stats = await streamWithStats(testClient(), "Explain recursion with an example", {
          now: () => clock.now,
          onDelta: (piece) => calls.push(piece),
        });
        expect(stats.content, `content should be ${show(RECURSION)}; got ${show(stats.content)}`).toBe(RECURSION);
        expect(
          stats.seconds,
          "by the test's clock (milliseconds), the request was sent at 1000 and the stream ended at 2000: seconds should be 1. " +
            "Read now() once before creating the request and once after the last chunk, and divide by 1000",
        ).toBeCloseTo(1, 6);
        expect(
          stats.timeToFirstTokenSeconds,
          "the request was sent at 1000, the response headers arrived at 1250, the role-only chunks at 1300 and the first text at 1600: " +
            "time to first token is 0.6 s. Start the clock before create() (not after it returns), and stop it at the first chunk that has text",
        ).toBeCloseTo(0.6, 6);
        expect(stats.completionTokens, `the usage chunk says 30 completion tokens; got ${stats.completionTokens}`).toBe(
          30,
        );
        expect(
          stats.tokensPerSecond,
          `30 tokens in 1 second is 30 tokens per second; got ${stats.tokensPerSecond}`,
        ).toBeCloseTo(30, 6);
        expect(
          calls.filter((c) => c !== ""),
          `onDelta should get each piece of text in order; it got ${show(calls)}`,
        ).toEqual(["Recursion", " is a function", " calling itself", "."]);
      },
    );

    task(
      "streamWithStats reports 0 tokens per second, not Infinity or NaN, when no time passed [stats-no-time]",
      async () => {
        replyWithStream((body) => streamChunks(haikuDeltas, { usage: usageIfAsked(body, 9) ?? null }));
        const stats = await streamWithStats(testClient(), "Write a haiku about programming", { now: () => 5000 });
        expect(stats.seconds, `a clock that never moves gives seconds: 0; got ${stats.seconds}`).toBe(0);
        expect(
          stats.tokensPerSecond,
          `when seconds is 0, tokensPerSecond should be 0 (dividing by 0 gives Infinity); got ${stats.tokensPerSecond}`,
        ).toBe(0);
        expect(
          stats.timeToFirstTokenSeconds,
          `a clock that never moves gives timeToFirstTokenSeconds: 0; got ${stats.timeToFirstTokenSeconds}`,
        ).toBe(0);
      },
    );

    task(
      "streamWithStats gives a reply without text a time to first token of the whole time [stats-no-text]",
      async () => {
        let t = 1000;
        onChatCompletions(async ({ request }) => {
          const body = (await request.json()) as SentRequest["body"];
          t = 1400;
          const chunks = streamChunks([], { usage: usageIfAsked(body, 0) ?? null });
          const encoder = new TextEncoder();
          const stream = new ReadableStream<Uint8Array>({
            start(controller) {
              for (const c of chunks) controller.enqueue(encoder.encode(`data: ${JSON.stringify(c)}\n\n`));
              controller.enqueue(encoder.encode("data: [DONE]\n\n"));
              controller.close();
            },
          });
          return new HttpResponse(stream, { headers: { "content-type": "text/event-stream" } });
        });
        const stats = await streamWithStats(testClient(), "Say nothing", { now: () => t });
        expect(stats.content, 'a reply without text has content ""').toBe("");
        expect(
          stats.seconds,
          "the request was sent at 1000 and the stream ended at 1400: seconds should be 0.4",
        ).toBeCloseTo(0.4, 6);
        expect(
          stats.timeToFirstTokenSeconds,
          `no chunk had text: timeToFirstTokenSeconds should be the whole time, 0.4 s (seconds); got ${stats.timeToFirstTokenSeconds}`,
        ).toBeCloseTo(0.4, 6);
      },
    );
  });
});
