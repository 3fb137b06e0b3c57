import { expect, vi } from "vitest";
import { HttpResponse } from "msw";
import type OpenAI from "openai";
import { streamWithProgress } from "#exercises/stream-progress";
import { DEFAULT_MODEL } from "../../src/api/catalog";
import { countTokens } from "../../src/api/tokens";
import { exercise, task } from "../support/grading";
import { onChatCompletions, streamChunks, testClient, useMockServer, type SentRequest } from "../support/server";

useMockServer();

const show = (x: unknown) => JSON.stringify(x);
const USAGE = { prompt_tokens: 12, completion_tokens: 42, total_tokens: 54 };
const PIECES = ["Recursion", " is", " a", " function", " calling", " itself"];
const REPLY = PIECES.join("");

/** What streamWithProgress shows: the text it writes and the status lines it sets. */
function display() {
  const writes: string[] = [];
  const statuses: string[] = [];
  return {
    write: (text: string) => void writes.push(text),
    status: (line: string) => void statuses.push(line),
    writes,
    statuses,
    get text() {
      return writes.join("");
    },
  };
}

/**
 * A clock that reads 10 000 ms until the request reaches the server and 12 500 ms from then on: a
 * start read before sending and an end read after the stream give 2.5 s; a start read after
 * create() gives 0 s. Every status line, drawn after the request arrived, reads 2.5 s.
 */
function clock(moving = true) {
  let t = 10_000;
  return { now: () => t, arrive: () => void (moving && (t = 12_500)) };
}

interface Served {
  body: SentRequest["body"] | null;
  /** What had been written, and the status lines set, when the last text chunk had been sent and the stream was still open. */
  textBeforeEnd: string | null;
  statusesBeforeEnd: string[];
}

/**
 * Streams `deltas` (then the finish chunk and, with `usage`, the usage chunk), but holds the end of
 * the stream until the text has reached the display (at most 2 s): what was written by then is
 * what a reader saw while the reply was still coming.
 */
function serve(
  shown: { readonly text: string; readonly statuses: readonly string[] },
  time: ReturnType<typeof clock>,
  deltas: Parameters<typeof streamChunks>[0],
  usage?: OpenAI.CompletionUsage,
): Served {
  const served: Served = { body: null, textBeforeEnd: null, statusesBeforeEnd: [] };
  const texts = deltas.filter((d): d is string => typeof d === "string" && d !== "");
  const expected = texts.join("");
  onChatCompletions(async ({ request }) => {
    served.body = (await request.json()) as SentRequest["body"];
    time.arrive();
    const chunks = streamChunks(deltas, usage ? { usage } : {});
    const head = chunks.slice(0, deltas.length + 1);
    const tail = chunks.slice(deltas.length + 1);
    const encoder = new TextEncoder();
    const sse = (c: unknown) => encoder.encode(`data: ${JSON.stringify(c)}\n\n`);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of head) controller.enqueue(sse(c));
        void (async () => {
          for (let waited = 0; waited < 2000; waited += 5) {
            if (shown.text.includes(expected) && shown.statuses.length >= texts.length) break;
            await new Promise((r) => setTimeout(r, 5));
          }
          served.textBeforeEnd = shown.text;
          served.statusesBeforeEnd = [...shown.statuses];
          for (const c of tail) controller.enqueue(sse(c));
          controller.enqueue(encoder.encode("data: [DONE]\n\n"));
          controller.close();
        })();
      },
    });
    return new HttpResponse(body, { headers: { "content-type": "text/event-stream" } });
  });
  return served;
}

/** The tokens of a status line: "6 tokens" gives 6. */
const tokensOf = (line: string) => Number(/(\d+) tokens\b/.exec(line)?.[1] ?? NaN);

exercise("stream-progress", () => {
  task(
    "sends one streaming request for the prompt, asking for usage, with the default model or the one given [request]",
    async () => {
      const shown = display();
      const time = clock();
      const served = serve(shown, time, PIECES, USAGE);
      await streamWithProgress(testClient(), "Explain recursion", {
        write: shown.write,
        status: shown.status,
        now: time.now,
      });
      const body = served.body;
      expect(body?.stream, "the request should set stream: true").toBe(true);
      expect(
        body?.stream_options,
        `the request should set stream_options: { include_usage: true }; it sent ${show(body?.stream_options)}`,
      ).toEqual({ include_usage: true });
      expect(
        body?.messages,
        `the request should send one user message with the prompt; it sent ${show(body?.messages)}`,
      ).toEqual([{ role: "user", content: "Explain recursion" }]);
      expect(
        body?.model,
        `without a model option, the request should use DEFAULT_MODEL (${DEFAULT_MODEL}); it sent ${show(body?.model)}`,
      ).toBe(DEFAULT_MODEL);
      expect(body?.max_completion_tokens, "without maxTokens, no max_completion_tokens should be sent").toBeUndefined();

      const other = display();
      const served2 = serve(other, clock(), PIECES, USAGE);
      await streamWithProgress(testClient(), "Explain recursion", {
        write: other.write,
        status: other.status,
        now: clock().now,
        model: "gpt-4.1-mini",
      });
      expect(
        served2.body?.model,
        `with model "gpt-4.1-mini", the request should send that model; it sent ${show(served2.body?.model)}`,
      ).toBe("gpt-4.1-mini");
    },
  );

  task("returns the whole text, and skips chunks that carry no text [content]", async () => {
    const shown = display();
    const time = clock();
    serve(shown, time, ["Hel", null, "lo", {}, " wor", "", "ld"], USAGE);
    const result = await streamWithProgress(testClient(), "Say hello", {
      write: shown.write,
      status: shown.status,
      now: time.now,
    });
    expect(
      result.content,
      `content should be the pieces joined: "Hello world"; got ${show(result.content)} (a delta's content can be null or missing: skip it)`,
    ).toBe("Hello world");
    expect(shown.text, 'the output should never show "null" or "undefined": skip the chunks without text').not.toMatch(
      /null|undefined/,
    );
    expect(shown.statuses.join("\n"), 'the status line should never show "null" or "undefined"').not.toMatch(
      /null|undefined/,
    );
  });

  task("writes each piece of text as it arrives, before the stream has ended [live-text]", async () => {
    const shown = display();
    const time = clock();
    const served = serve(shown, time, PIECES, USAGE);
    await streamWithProgress(testClient(), "Explain recursion", {
      write: shown.write,
      status: shown.status,
      now: time.now,
    });
    expect(
      served.textBeforeEnd,
      `the reply's text should be written while it streams, piece by piece: when the last text chunk had been sent and the stream was still open, the output was ${show(served.textBeforeEnd)} instead of ${show(REPLY)} (write each piece as it arrives, not at the end)`,
    ).toBe(REPLY);
    expect(
      shown.writes.slice(0, PIECES.length),
      `each piece should be written on its own as it arrives, and only the reply's text while it streams (the status line goes to status); the first writes were ${show(shown.writes.slice(0, PIECES.length))}`,
    ).toEqual(PIECES);
  });

  task(
    "after each piece, the status line shows the tokens so far, the elapsed time and the speed [status]",
    async () => {
      const shown = display();
      const time = clock();
      const served = serve(shown, time, PIECES, USAGE);
      await streamWithProgress(testClient(), "Explain recursion", {
        write: shown.write,
        status: shown.status,
        now: time.now,
      });
      const live = served.statusesBeforeEnd;
      expect(
        live.length,
        `status should be called after every piece of text (${PIECES.length}) while the reply streams; before the stream ended it was called ${live.length} time(s)`,
      ).toBeGreaterThanOrEqual(PIECES.length);
      for (const line of live) {
        expect(line, `every status line should count the tokens like "3 tokens"; got ${show(line)}`).toMatch(
          /\d+ tokens\b/,
        );
        expect(
          line,
          `every status line should show the time since the request was sent like "0.4s"; got ${show(line)}`,
        ).toMatch(/\d+(\.\d+)?\s?s\b/);
        expect(line, `every status line should show the speed like "12.5 tokens/s"; got ${show(line)}`).toMatch(
          /\d+(\.\d+)?\s?tokens\/s/,
        );
      }
      const counts = live.map(tokensOf);
      expect(
        counts,
        `the counter should go up by one per piece of text (1, 2, ... ${PIECES.length}); the status lines counted ${show(counts)}`,
      ).toEqual(expect.arrayContaining(PIECES.map((_, i) => i + 1)));
      const last = live.at(-1)!;
      expect(
        tokensOf(last),
        `after the ${PIECES.length} pieces, the status should read "${PIECES.length} tokens"; got ${show(last)}`,
      ).toBe(PIECES.length);
      expect(
        last,
        `2.5 s had passed since the request was sent: the status should read "2.5s"; got ${show(last)}`,
      ).toMatch(/\b2\.50*\s?s\b/);
      expect(
        last,
        `${PIECES.length} tokens in 2.5 s is 2.4 tokens/s: the status should read "2.4 tokens/s"; got ${show(last)}`,
      ).toMatch(/\b2\.40*\s?tokens\/s/);
    },
  );

  task("with maxTokens, the limit is sent and the status line has a bar with a percentage [bar]", async () => {
    const shown = display();
    const time = clock();
    const served = serve(shown, time, ["one", " two", " three", " four", " five"], {
      prompt_tokens: 9,
      completion_tokens: 5,
      total_tokens: 14,
    });
    await streamWithProgress(testClient(), "Count to five", {
      write: shown.write,
      status: shown.status,
      now: time.now,
      maxTokens: 10,
    });
    expect(
      served.body?.max_completion_tokens,
      `maxTokens: 10 should be sent as max_completion_tokens: 10; it sent ${show(served.body?.max_completion_tokens)}`,
    ).toBe(10);
    const live = served.statusesBeforeEnd;
    expect(
      live.at(-1),
      `the status should show a percentage (tokens so far / maxTokens); got ${show(live.at(-1))}`,
    ).toMatch(/\d+\s?%/);
    expect(live.at(-1), `after 5 of 10 tokens, the status should read 50%; got ${show(live.at(-1))}`).toMatch(
      /\b50\s?%/,
    );
    expect(live.at(-1), `the status should show a bar, e.g. "[#####-----]"; got ${show(live.at(-1))}`).toMatch(
      /[#=█■▓]{2,}[-. ░·□]{2,}/,
    );
  });

  task("the final token count is the usage the API reported, not the number of pieces [usage-tokens]", async () => {
    const shown = display();
    const time = clock();
    serve(shown, time, PIECES, USAGE);
    const result = await streamWithProgress(testClient(), "Explain recursion", {
      write: shown.write,
      status: shown.status,
      now: time.now,
    });
    expect(
      result.tokens,
      `tokens should be usage.completion_tokens from the last chunk (42), not the number of pieces (${PIECES.length}); got ${result.tokens}`,
    ).toBe(42);
  });

  task("counts the tokens itself only when the server sends no usage [fallback-tokens]", async () => {
    const shown = display();
    const time = clock();
    serve(shown, time, PIECES);
    const result = await streamWithProgress(testClient(), "Explain recursion", {
      write: shown.write,
      status: shown.status,
      now: time.now,
    });
    const expected = countTokens(REPLY, DEFAULT_MODEL);
    expect(
      result.tokens,
      `with no usage chunk, tokens should be countTokens(content, model) = ${expected}; got ${result.tokens}`,
    ).toBe(expected);

    // On another model, with text its encoding counts differently: count with THAT model.
    const pieces = ["東京タワーは", "とても高いです。", "नमस्ते दुनिया", ", आप कैसे हैं?"];
    const text = pieces.join("");
    const legacy = countTokens(text, "gpt-4");
    expect(legacy, "the grader's text must count differently in cl100k_base and o200k_base").not.toBe(
      countTokens(text, DEFAULT_MODEL),
    );
    const other = display();
    const otherTime = clock();
    serve(other, otherTime, pieces);
    const onGpt4 = await streamWithProgress(testClient(), "Say hello in Japanese and Hindi", {
      write: other.write,
      status: other.status,
      now: otherTime.now,
      model: "gpt-4",
    });
    expect(
      onGpt4.tokens,
      `with model "gpt-4" (cl100k_base), count with countTokens(content, model) = ${legacy}; got ${onGpt4.tokens}`,
    ).toBe(legacy);
  });

  task("measures the time from just before the request, on the clock it is given [clock]", async () => {
    const shown = display();
    const time = clock();
    serve(shown, time, PIECES, USAGE);
    const result = await streamWithProgress(testClient(), "Explain recursion", {
      write: shown.write,
      status: shown.status,
      now: time.now,
    });
    expect(
      result.seconds,
      `the clock read 10000 ms before the request and 12500 ms once it was sent: seconds should be 2.5; got ${result.seconds} (read now() before create(), and use the now you were given)`,
    ).toBeCloseTo(2.5, 6);
  });

  task("writes the summary after the reply: tokens, seconds and tokens/s [summary]", async () => {
    const shown = display();
    const time = clock();
    serve(shown, time, PIECES, USAGE);
    await streamWithProgress(testClient(), "Explain recursion", {
      write: shown.write,
      status: shown.status,
      now: time.now,
    });
    const at = shown.text.indexOf(REPLY);
    expect(at, `the output should contain the reply ${show(REPLY)}; it was ${show(shown.text)}`).toBeGreaterThanOrEqual(
      0,
    );
    const after = shown.text.slice(at + REPLY.length);
    expect(
      after,
      `after the reply, the summary should give the 42 tokens the API reported; got ${show(after)}`,
    ).toMatch(/\b42 tokens\b/);
    expect(after, `the summary should give the 2.5 seconds; got ${show(after)}`).toMatch(/\b2\.50*\s?s\b/);
    expect(after, `the summary should give the speed in tokens/s (42 / 2.5 = 16.8); got ${show(after)}`).toMatch(
      /\b16\.80*\s?tokens\/s/,
    );
    expect(
      after.slice(0, after.indexOf("42")),
      `the summary should start on a new line, after the reply; got ${show(after)}`,
    ).toContain("\n");
  });

  task("reports a speed of 0, not Infinity or NaN, when no time passed [no-time]", async () => {
    const shown = display();
    const time = clock(false);
    serve(shown, time, PIECES, USAGE);
    const result = await streamWithProgress(testClient(), "Explain recursion", {
      write: shown.write,
      status: shown.status,
      now: time.now,
    });
    expect(result.seconds, "with a clock that never moves, seconds should be 0").toBe(0);
    const everything = [shown.text, ...shown.statuses].join("\n");
    expect(
      everything,
      `with no time passed, the speed should be 0, never Infinity or NaN; the output was ${show(everything)}`,
    ).not.toMatch(/Infinity|NaN/);
    expect(shown.text, `the summary should give a speed of 0 tokens/s; got ${show(shown.text)}`).toMatch(
      /\b0(\.0+)?\s?tokens\/s/,
    );
  });

  task(
    "without write and status, the reply goes to the terminal's standard output [defaults]",
    async () => {
      const time = clock();
      const written: string[] = [];
      const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
        written.push(String(chunk));
        return true;
      });
      try {
        serve(
          {
            get text() {
              return written.join("");
            },
            statuses: PIECES,
          },
          time,
          PIECES,
          USAGE,
        );
        await streamWithProgress(testClient(), "Explain recursion", { now: time.now });
      } finally {
        spy.mockRestore();
      }
      const out = written.join("");
      expect(out, `without options.write, the reply should go to process.stdout; it received ${show(out)}`).toContain(
        REPLY,
      );
      expect(out, "the summary should go to process.stdout too").toMatch(/\b42 tokens\b/);
    },
    10_000,
  );
});
