import { describe, expect, it } from "vitest";
import { handleRequest } from "../../src/offline/http/handler";
import { countMessageTokens } from "../../src/api/tokens";
import { URL_CHAT, complete, post, sdk, user } from "./helpers";

/** The raw SSE events of a streamed request. */
async function events(body: Record<string, unknown>): Promise<{ response: Response; data: string[] }> {
  const response = await handleRequest(
    new Request(URL_CHAT, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-4o-mini", stream: true, ...body }),
    }),
  );
  const text = await response.text();
  const data = text
    .split("\n\n")
    .filter(Boolean)
    .map((e) => {
      expect(e.startsWith("data: ")).toBe(true);
      return e.slice(6);
    });
  return { response, data };
}

const HAIKU = [user("Write a haiku about programming")];

describe("offline model: streaming is real SSE", () => {
  it("sends the role chunk, the text chunks, the finish chunk, the usage chunk and [DONE]", async () => {
    const { response, data } = await events({
      messages: HAIKU,
      seed: 1,
      temperature: 0,
      stream_options: { include_usage: true },
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
    expect(data[data.length - 1]).toBe("[DONE]");
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
    const ids = new Set(chunks.map((c) => c.id));
    expect(ids.size).toBe(1);
    for (const c of chunks) {
      expect(c.object).toBe("chat.completion.chunk");
      expect(c.model).toBe("gpt-4o-mini");
      expect(c.system_fingerprint).toMatch(/^fp_/);
    }
    expect(chunks[0].choices[0].delta).toEqual({ role: "assistant", content: "", refusal: null });
    const content = chunks.slice(1, -2);
    expect(content.every((c) => typeof c.choices[0].delta.content === "string" && c.usage === null)).toBe(true);
    const finish = chunks[chunks.length - 2];
    expect(finish.choices[0]).toMatchObject({ delta: {}, finish_reason: "stop" });
    const usageChunk = chunks[chunks.length - 1];
    expect(usageChunk.choices).toEqual([]);
    // Most chunks carry one token, some two or three, as on the real API: counting chunks underestimates.
    expect(content.length).toBeLessThanOrEqual(usageChunk.usage.completion_tokens);
    // A chunk carries at most three tokens (which chunks do is drawn per request, so only that bound is sure).
    expect(content.length).toBeGreaterThanOrEqual(Math.ceil(usageChunk.usage.completion_tokens / 3));
    expect(usageChunk.usage.prompt_tokens).toBe(countMessageTokens(HAIKU, "gpt-4o-mini"));
    const text = content.map((c) => c.choices[0].delta.content).join("");
    const whole = await complete({ messages: HAIKU, seed: 1, temperature: 0 });
    expect(text).toBe(whole.choices[0].message.content);
  });

  it("sends no usage field without include_usage, and refuses stream_options without stream", async () => {
    const { data } = await events({ messages: HAIKU, max_completion_tokens: 5 });
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
    expect(chunks.every((c) => !("usage" in c))).toBe(true);
    expect(chunks[chunks.length - 1].choices[0].finish_reason).toBe("length");
    const refused = await post({ model: "gpt-4o-mini", messages: HAIKU, stream_options: { include_usage: true } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({
      message: "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
      param: "stream_options",
    });
  });

  it("streams n choices, each with its index, role and finish chunk", async () => {
    const { data } = await events({ messages: HAIKU, n: 3, seed: 4 });
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
    for (const index of [0, 1, 2]) {
      const mine = chunks.filter((c) => c.choices[0].index === index);
      expect(mine[0].choices[0].delta.role).toBe("assistant");
      expect(mine[mine.length - 1].choices[0].finish_reason).toBe("stop");
    }
  });

  it("a chunk that carries several tokens carries the logprobs of each, so they add up to the usage", async () => {
    let multi = 0;
    for (const seed of [1, 2, 3]) {
      const { data } = await events({
        messages: [user("Explain how a hash map works")],
        seed,
        logprobs: true,
        stream_options: { include_usage: true },
      });
      const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
      const perChunk = chunks.filter((c) => c.choices[0]?.logprobs).map((c) => c.choices[0].logprobs.content.length);
      multi += perChunk.filter((n) => n > 1).length;
      const usage = chunks[chunks.length - 1].usage;
      expect(perChunk.reduce((a, n) => a + n, 0)).toBe(usage.completion_tokens);
    }
    expect(multi, "chunks that carry more than one token, over three replies").toBeGreaterThan(0);
  });

  it("reports logprobs per chunk", async () => {
    const { data } = await events({ messages: HAIKU, logprobs: true, top_logprobs: 2, max_completion_tokens: 6 });
    const content = data.slice(1, -2).map((d) => JSON.parse(d));
    for (const c of content) {
      expect(c.choices[0].logprobs.content.map((t: { token: string }) => t.token).join("")).toBe(
        c.choices[0].delta.content,
      );
      expect(c.choices[0].logprobs.content[0].top_logprobs).toHaveLength(2);
    }
  });

  it("is parsed by the SDK: async iteration and the stream helper", async () => {
    const client = sdk();
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: HAIKU,
      stream: true,
      temperature: 0,
    });
    let text = "";
    let finish: string | null = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? "";
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect(finish).toBe("stop");
    const runner = client.chat.completions.stream({
      model: "gpt-4o-mini",
      messages: HAIKU,
      temperature: 0,
      stream_options: { include_usage: true },
    });
    const deltas: string[] = [];
    runner.on("content", (delta) => deltas.push(delta));
    const final = await runner.finalChatCompletion();
    expect(final.choices[0].message.content).toBe(text);
    expect(deltas.join("")).toBe(text);
    expect(final.usage?.prompt_tokens).toBe(countMessageTokens(HAIKU, "gpt-4o-mini"));
  });

  it("paces tokens when asked (time to first token and tokens per second)", async () => {
    const client = sdk({ timeToFirstTokenMs: 60, tokensPerSecond: 200 });
    const started = performance.now();
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: HAIKU,
      stream: true,
      max_completion_tokens: 10,
    });
    let first = 0;
    for await (const chunk of stream)
      if (!first && chunk.choices[0]?.delta.content) first = performance.now() - started;
    const total = performance.now() - started;
    // Lower bounds only: a slow machine may be slower, never faster.
    expect(first).toBeGreaterThanOrEqual(55);
    expect(total).toBeGreaterThanOrEqual(55 + 9 * 5 - 10);
  });

  it("stops generating when the client aborts the stream", async () => {
    const client = sdk({ tokensPerSecond: 1000 });
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [user("Explain machine learning")],
      stream: true,
    });
    let n = 0;
    for await (const chunk of stream) {
      if (chunk.choices[0]?.delta.content && ++n === 3) stream.controller.abort();
    }
    expect(n).toBe(3);
  });

  it("a refused structured-output request answers in refusal, with content null, whole and streamed", async () => {
    const body = {
      messages: [user("How do I build a pipe bomb? Reply in JSON.")],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "answer",
          strict: true,
          schema: {
            type: "object",
            properties: { answer: { type: "string" } },
            required: ["answer"],
            additionalProperties: false,
          },
        },
      },
    };
    const whole = await complete(body as Record<string, unknown>);
    const message = whole.choices[0].message;
    expect(message.content).toBeNull();
    expect(message.refusal).toMatch(/\bcan(no|')t\b/i);
    const { data } = await events(body);
    const chunks = data.slice(0, -1).map((d) => JSON.parse(d));
    expect(chunks[0].choices[0].delta).toEqual({ role: "assistant", content: null, refusal: "" });
    const refusal = chunks.map((c) => c.choices[0]?.delta?.refusal ?? "").join("");
    expect(refusal.length).toBeGreaterThan(10);
    expect(
      chunks.some((c) => typeof c.choices[0]?.delta?.content === "string" && c.choices[0].delta.content.length > 0),
    ).toBe(false);
    // The same words in a text request are plain content, as the API answers them.
    const plain = await complete({ messages: body.messages });
    expect(plain.choices[0].message.content).toMatch(/\bcan(no|')t\b/i);
    expect(plain.choices[0].message.refusal).toBeNull();
  });
});
