import OpenAI from "openai";
import { describe, expect, it, vi } from "vitest";
import { createClient } from "../src/workbook/client";
import { showWire, wire } from "../src/workbook/index";
import type { WireLog, WireExchange } from "../src/workbook/wire";
import { wireHtml, wireText } from "../src/workbook/wireview";

const KEY = "sk-proj-SECRET0123456789abcdefXYZ";
const URL = "https://api.openai.com/v1/chat/completions";

const completion = (content: string) => ({
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1,
  model: "gpt-4o-mini",
  choices: [
    { index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null },
  ],
  usage: { prompt_tokens: 9, completion_tokens: 2, total_tokens: 11 },
});

const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
  JSON.stringify({
    id: "chatcmpl-2",
    object: "chat.completion.chunk",
    created: 1,
    model: "gpt-4o-mini",
    choices: [{ index: 0, delta, finish_reason: finish }],
  });

const WORDS = ["Par", "is", " is", " the", " capital", "."];
const SSE = [chunk({ role: "assistant", content: "" }), ...WORDS.map((w) => chunk({ content: w })), chunk({}, "stop")]
  .map((data) => `data: ${data}\n\n`)
  .concat("data: [DONE]\n\n");

interface FakeStream {
  pieces: string[];
  delayMs?: number;
  cancelled?: boolean;
}

/** A fake network: a JSON reply, or an SSE stream sent in the given pieces, one every `delayMs`. */
function fakeFetch(stream: FakeStream = { pieces: SSE }): typeof fetch {
  return async (_input, init) => {
    const body = JSON.parse(String(init?.body));
    if (!body.stream) return Response.json(completion("Paris."), { headers: { "x-request-id": "req_json" } });
    const encoder = new TextEncoder();
    let i = 0;
    const readable = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (stream.delayMs) await new Promise((r) => setTimeout(r, stream.delayMs));
        if (i < stream.pieces.length) controller.enqueue(encoder.encode(stream.pieces[i++]));
        else controller.close();
      },
      cancel() {
        stream.cancelled = true;
      },
    });
    return new Response(readable, { headers: { "content-type": "text/event-stream", "x-request-id": "req_stream" } });
  };
}

function clientFor(log: WireLog, fetch: typeof globalThis.fetch = fakeFetch(), maxRetries = 0): OpenAI {
  return new OpenAI({ apiKey: KEY, fetch: log.wrap(fetch), maxRetries });
}

function expectNoKey(log: WireLog): void {
  const everything = [JSON.stringify(log.exchanges), wireHtml(log.exchanges), wireText(log.exchanges)].join("\n");
  expect(everything).not.toContain(KEY);
  expect(everything).not.toContain("SECRET");
}

async function collect(stream: AsyncIterable<OpenAI.Chat.Completions.ChatCompletionChunk>): Promise<string> {
  let text = "";
  for await (const c of stream) text += c.choices[0]?.delta.content ?? "";
  return text;
}

describe("wire(): a JSON exchange", () => {
  it("records method, URL, headers with the key redacted, both bodies and the timing", async () => {
    const log = wire();
    const reply = await clientFor(log).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Capital of France?" }],
    });
    expect(reply.choices[0].message.content).toBe("Paris.");

    expect(log.exchanges).toHaveLength(1);
    const x = log.last!;
    expect(x.method).toBe("POST");
    expect(x.url).toBe(URL);
    expect(x.request.headers.authorization).toBe("Bearer [redacted]");
    expect(x.request.headers["content-type"]).toBe("application/json");
    expect(x.request.body).toEqual({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Capital of France?" }],
    });
    expect(x.response).toMatchObject({ status: 200, statusText: "OK", body: completion("Paris.") });
    expect(x.response!.headers["x-request-id"]).toBe("req_json");
    expect(x.response!.stream).toBeUndefined();
    expect(x.timing.headersMs).toBeGreaterThanOrEqual(0);
    expect(x.timing.totalMs).toBeGreaterThanOrEqual(x.timing.headersMs!);
    expectNoKey(log);
  });

  it("records an error reply, and a retry as a new exchange", async () => {
    const log = wire();
    const envelope = {
      error: { message: "Rate limit reached", type: "requests", param: null, code: "rate_limit_exceeded" },
    };
    const replies = [
      () => Response.json(envelope, { status: 429, headers: { "retry-after-ms": "1" } }),
      () => Response.json(completion("ok")),
    ];
    const client = clientFor(log, async () => replies.shift()!(), 1);
    await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] });
    expect(log.exchanges.map((x) => [x.seq, x.response?.status])).toEqual([
      [1, 429],
      [2, 200],
    ]);
    expect(log.exchanges[0].response!.statusText).toBe("Too Many Requests");
    expect(log.exchanges[0].response!.body).toEqual(envelope);
    expect(log.exchanges[1].request.headers["x-stainless-retry-count"]).toBe("1");
  });

  it("records a network failure and lets the SDK raise its own error", async () => {
    const log = wire();
    const client = clientFor(log, async () => {
      throw new TypeError("fetch failed");
    });
    await expect(
      client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] }),
    ).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
    expect(log.last!.error).toBe("TypeError: fetch failed");
    expect(log.last!.response).toBeUndefined();
  });

  it("works through createClient({ wire }), on the offline backend", async () => {
    const log = wire();
    const client = createClient({ backend: "offline", wire: log, maxRetries: 0 });
    // What the offline model answers is its own tests' business; the wire must record whatever it is.
    await client.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Say hello." }] })
      .catch(() => {});
    expect(log.exchanges).toHaveLength(1);
    expect(log.last!.url).toBe(URL);
    expect(log.last!.request.body).toEqual({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Say hello." }],
    });
    expect(log.last!.response!.status).toBeGreaterThanOrEqual(200);
    expect(log.last!.response!.body).toBeTypeOf("object");
    // The SDK's URL still names api.openai.com: the view must say that nothing went there.
    expect(wireText([log.last!])).toMatch(
      /→ POST https:\/\/api\.openai\.com\S+ +\(answered in this process by the offline model: nothing left this machine\)/,
    );
  });

  it("has `last` and `clear()`", async () => {
    const log = wire();
    expect(log.last).toBeUndefined();
    const client = clientFor(log);
    await client.chat.completions.create({ model: "a", messages: [] });
    await client.chat.completions.create({ model: "b", messages: [] });
    expect((log.last!.request.body as { model: string }).model).toBe("b");
    log.clear();
    expect(log.exchanges).toHaveLength(0);
  });
});

describe("wire(): a stream", () => {
  it("records every SSE frame as it arrives while the SDK still receives the whole stream", async () => {
    const log = wire();
    const feed: FakeStream = { pieces: SSE, delayMs: 15 };
    const stream = await clientFor(log, fakeFetch(feed)).chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "hi" }],
      stream: true,
    });
    expect(await collect(stream)).toBe(WORDS.join(""));

    // Complete as soon as the SDK's loop ends: no waiting for a second reader.
    const x = log.last!;
    const frames = x.response!.stream!.frames;
    expect(x.response!.stream!.state).toBe("done");
    expect(frames.map((f) => f.text)).toEqual(SSE.map((s) => s.trimEnd()));
    expect(frames.at(-1)!.text).toBe("data: [DONE]");
    // Each frame is timed by its arrival: the fake network spaces them ~15 ms apart.
    for (let i = 1; i < frames.length; i++) expect(frames[i].atMs - frames[i - 1].atMs).toBeGreaterThanOrEqual(8);
    expect(x.timing.firstFrameMs).toBe(frames[0].atMs);
    expect(x.response!.bodyBytes).toBe(new TextEncoder().encode(SSE.join("")).byteLength);
    expect(x.request.body).toMatchObject({ stream: true });
    expectNoKey(log);
  });

  it("reassembles frames split across network reads, even inside a multi-byte character", async () => {
    const text = SSE.join("").replace("capital", "capitâl 👋");
    const bytes = new TextEncoder().encode(text);
    const pieces: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 7) pieces.push(bytes.slice(i, i + 7));
    const feed = async () =>
      new Response(
        new ReadableStream({
          start(c) {
            pieces.forEach((p) => c.enqueue(p));
            c.close();
          },
        }),
        { headers: { "content-type": "text/event-stream" } },
      );
    const log = wire();
    const stream = await clientFor(log, feed).chat.completions.create({ model: "m", messages: [], stream: true });
    expect(await collect(stream)).toBe("Paris is the capitâl 👋.");
    expect(log.last!.response!.stream!.frames.map((f) => f.text)).toEqual(text.split("\n\n").filter(Boolean));
  });

  it("when the SDK stops early, the stream is cancelled upstream and the record says so", async () => {
    const log = wire();
    const feed: FakeStream = { pieces: SSE, delayMs: 2 };
    const stream = await clientFor(log, fakeFetch(feed)).chat.completions.create({
      model: "m",
      messages: [],
      stream: true,
    });
    for await (const c of stream) if (c.choices[0]?.delta.content === "is") break;
    await vi.waitFor(() => expect(feed.cancelled).toBe(true));
    expect(log.last!.response!.stream!.state).toBe("cancelled");
    expect(log.last!.response!.stream!.frames.length).toBeLessThan(SSE.length);
  });

  it("keeps the response URL the SDK reports in errors and logs", async () => {
    const log = wire();
    let seen: Response | undefined;
    const inner: typeof fetch = async (input, init) => {
      const res = await fakeFetch()(input, init);
      Object.defineProperty(res, "url", { value: URL });
      return res;
    };
    const wrapped = log.wrap(inner);
    seen = await wrapped(URL, { method: "POST", body: JSON.stringify({ stream: true }) });
    expect(seen.url).toBe(URL);
    await seen.text();
  });
});

describe("redaction", () => {
  it("hides credentials in headers, URLs and anything shaped like a key", async () => {
    const log = wire();
    const echo: typeof fetch = async () =>
      Response.json(
        { note: `your key is ${KEY}` },
        { headers: { "set-cookie": "__cf_bm=abc", "x-ratelimit-remaining-tokens": "149990" } },
      );
    await log.wrap(echo)(
      `https://example.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21&api-key=azure-secret-value`,
      {
        method: "POST",
        headers: {
          "api-key": "azure-secret-value",
          "x-api-key": "other-secret",
          Authorization: `Bearer ${KEY}`,
          "OpenAI-Organization": "org-123",
        },
        body: JSON.stringify({ messages: [{ role: "user", content: `my key: ${KEY} and azure-secret-value` }] }),
      },
    );
    const x = log.last!;
    expect(x.request.headers).toMatchObject({
      "api-key": "[redacted]",
      "x-api-key": "[redacted]",
      authorization: "Bearer [redacted]",
      "openai-organization": "org-123",
    });
    expect(x.url).toBe(
      "https://example.openai.azure.com/openai/deployments/d/chat/completions?api-version=2024-10-21&api-key=%5Bredacted%5D",
    );
    expect(JSON.stringify(x.request.body)).toBe(
      JSON.stringify({ messages: [{ role: "user", content: "my key: [redacted] and [redacted]" }] }),
    );
    expect(x.response!.body).toEqual({ note: "your key is [redacted]" });
    expect(x.response!.headers["set-cookie"]).toBe("[redacted]");
    expect(x.response!.headers["x-ratelimit-remaining-tokens"]).toBe("149990");
    expect(JSON.stringify(x)).not.toMatch(/azure-secret-value|other-secret|SECRET/);
  });
});

describe("showWire", () => {
  async function streamed(): Promise<WireLog> {
    const log = wire();
    const client = clientFor(log);
    await client.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "<b>hi</b>" }] });
    await collect(
      await client.chat.completions.create({
        model: "gpt-4o-mini",
        messages: [{ role: "user", content: "hi" }],
        stream: true,
      }),
    );
    return log;
  }

  it("shows the first N frames and the last two of a stream, with the count between", async () => {
    const log = await streamed();
    const text = wireText([log.last!], { frames: 2 });
    expect(text).toContain("#2 → POST https://api.openai.com/v1/chat/completions");
    expect(text).toContain("authorization: Bearer [redacted]");
    expect(text).toMatch(/#2 ← 200 OK .*9 events/);
    expect(text.match(/\[\+[\d.]+ m?s\] data:/g)).toHaveLength(4);
    expect(text).toContain("… 5 more events …");
    expect(text).toContain("data: [DONE]");
  });

  it("renders HTML with collapsible headers, escaped bodies and the frames", async () => {
    const log = await streamed();
    const html = wireHtml(log.exchanges, { frames: 3 });
    expect(html.match(/class="wb-wire-exchange"/g)).toHaveLength(2);
    expect(html).toContain("<details");
    expect(html).toContain("&lt;b&gt;hi&lt;/b&gt;");
    expect(html).not.toContain("<b>hi</b>");
    expect(html.match(/class="wb-wire-frame"/g)).toHaveLength(5);
    expectNoKey(log);
  });

  it("folds long bodies away", () => {
    const long: WireExchange = {
      seq: 1,
      method: "POST",
      url: URL,
      startedAt: 0,
      timing: {},
      request: {
        headers: {},
        body: { messages: Array.from({ length: 60 }, (_, i) => ({ role: "user", content: `message ${i}` })) },
        bodyBytes: 3000,
      },
    };
    expect(wireHtml([long])).toMatch(/<details class="wb-details" style="margin:2px 0;"><summary[^>]*>body · 64 lines/);
  });

  it("prints the latest exchange outside a notebook, and says how to record when the log is empty", async () => {
    const log = await streamed();
    const print = vi.spyOn(console, "log").mockImplementation(() => {});
    showWire(log);
    showWire(wire());
    expect(String(print.mock.calls[0][0])).toMatch(/^#2 → POST/);
    expect(String(print.mock.calls[1][0])).toContain("createClient({ wire: log })");
    print.mockRestore();
  });
});
