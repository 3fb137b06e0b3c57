import OpenAI from "openai";
import { describe, expect, it, vi } from "vitest";
import { createClient } from "../../src/workbook/client";
import { post, sdk, user } from "./helpers";

const body = (content: string) => ({ model: "gpt-4o-mini", messages: [user(content)] });

describe("offline model: fault injection for teaching retries", () => {
  it("a 429 fault carries retry-after and the x-ratelimit headers", async () => {
    const reply = await post(body("Hello"), { headers: { "x-workbook-fault": "429" } });
    expect(reply.status).toBe(429);
    expect(reply.body.error).toMatchObject({ type: "requests", code: "rate_limit_exceeded", param: null });
    expect(reply.body.error.message).toMatch(/^Rate limit reached for gpt-4o-mini .* Please try again in 1s\./);
    expect(reply.headers.get("retry-after")).toBe("1");
    for (const h of [
      "limit-requests",
      "remaining-requests",
      "reset-requests",
      "limit-tokens",
      "remaining-tokens",
      "reset-tokens",
    ]) {
      expect(reply.headers.get(`x-ratelimit-${h}`), h).toBeTruthy();
    }
    expect(reply.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("'429*2' fails the first two attempts of the same request, then succeeds, then starts over", async () => {
    const headers = { "x-workbook-fault": "429*2" };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(body("Count my attempts"), { headers })).status);
    expect(statuses).toEqual([429, 429, 200, 429]);
    // A different request is counted on its own.
    expect((await post(body("Another request"), { headers })).status).toBe(429);
  });

  it("500 and 503 faults, and a helpful 400 for a malformed fault header", async () => {
    const e500 = await post(body("Hello"), { headers: { "x-workbook-fault": "500" } });
    expect(e500.status).toBe(500);
    expect(e500.body.error.type).toBe("server_error");
    const e503 = await post(body("Hello"), { headers: { "x-workbook-fault": "503" } });
    expect(e503.status).toBe(503);
    const bad = await post(body("Hello"), { headers: { "x-workbook-fault": "teapot" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/x-workbook-fault/);
  });

  it("the SDK's own retries get through a '429*2' fault", async () => {
    const client = sdk({ maxRetries: 2 });
    const reply = await client.chat.completions.create(
      { model: "gpt-4o-mini", messages: [user("SDK retry demo")] },
      { headers: { "x-workbook-fault": "429*2; retry-after=0.01" } },
    );
    expect(reply.choices[0].message.content).toBeTruthy();
    const noRetries = sdk({ maxRetries: 0 });
    await expect(
      noRetries.chat.completions.create(
        { model: "gpt-4o-mini", messages: [user("SDK retry demo 2")] },
        { headers: { "x-workbook-fault": "503*1; retry-after=0.01" } },
      ),
    ).rejects.toBeInstanceOf(OpenAI.InternalServerError);
  });

  it("an options fault makes the first N requests through that client fail (createClient passes it through)", async () => {
    const client = createClient({
      backend: "offline",
      maxRetries: 0,
      offline: { fault: { kind: "429", times: 2, retryAfterSeconds: 0.01 } },
    });
    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      try {
        await client.chat.completions.create({ model: "gpt-4o-mini", messages: [user("Hello")] });
        outcomes.push("ok");
      } catch (error) {
        expect(error).toBeInstanceOf(OpenAI.RateLimitError);
        outcomes.push(String((error as InstanceType<typeof OpenAI.RateLimitError>).status));
      }
    }
    expect(outcomes).toEqual(["429", "429", "ok"]);
  });

  it("'cut-stream' breaks a stream after a few tokens, and drops a plain request's connection", async () => {
    const client = sdk({ fault: "cut-stream*1" });
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [user("Explain machine learning")],
      stream: true,
    });
    let received = "";
    await expect(
      (async () => {
        for await (const chunk of stream) received += chunk.choices[0]?.delta.content ?? "";
      })(),
    ).rejects.toThrow();
    expect(received.length).toBeGreaterThan(0);
    // The next stream through the same client is whole.
    const again = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [user("Explain machine learning")],
      stream: true,
    });
    let finish = null;
    for await (const chunk of again) finish = chunk.choices[0]?.finish_reason ?? finish;
    expect(finish).toBe("stop");
    const plain = sdk({ fault: "cut-stream*1" });
    await expect(
      plain.chat.completions.create({ model: "gpt-4o-mini", messages: [user("Hello")] }),
    ).rejects.toBeInstanceOf(OpenAI.APIConnectionError);
  });

  it("remembers a fault until it has fired its count, however long the client waits (retry-after=120)", async () => {
    const headers = { "x-workbook-fault": "429*1; retry-after=120" };
    const first = await post(body("Wait two minutes"), { headers });
    expect(first.status).toBe(429);
    expect(first.headers.get("retry-after")).toBe("120");
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + 121_000);
      expect((await post(body("Wait two minutes"), { headers })).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a cut stream through createClient is the SDK's APIConnectionError, as over HTTP", async () => {
    const client = createClient({ backend: "offline", maxRetries: 0, offline: { fault: "cut-stream*1" } });
    const stream = await client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [user("Explain machine learning")],
      stream: true,
    });
    const failure = await (async () => {
      for await (const _ of stream) void _;
    })().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OpenAI.APIConnectionError);
  });
});
