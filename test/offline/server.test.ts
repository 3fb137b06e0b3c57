import * as http from "node:http";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOfflineServer, type OfflineServer } from "../../src/offline/http/server";
import { countMessageTokens } from "../../src/api/tokens";
import { user } from "./helpers";

let server: OfflineServer;

beforeAll(async () => {
  server = await startOfflineServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe("offline model over HTTP", () => {
  it("listens on the loopback interface and answers the official SDK", async () => {
    expect(server.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const client = new OpenAI({ apiKey: "anything", baseURL: server.baseURL, maxRetries: 0 });
    const messages = [user("What's the capital of France?")];
    const reply = await client.chat.completions.create({ model: "gpt-4o-mini", messages, temperature: 0 });
    expect(reply.choices[0].message.content).toContain("Paris");
    expect(reply.usage?.prompt_tokens).toBe(countMessageTokens(messages, "gpt-4o-mini"));
    const { data, response } = await client.chat.completions.create({ model: "gpt-4o-mini", messages }).withResponse();
    expect(data.object).toBe("chat.completion");
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toContain("gpt-4o-mini");
    expect((await client.models.retrieve("gpt-4.1-mini")).id).toBe("gpt-4.1-mini");
    await expect(
      client.models.retrieve("gpt-4.1-nano"),
      "shut down 2026-10-23, before the pinned test date",
    ).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(client.models.retrieve("gpt-nope")).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it("streams to the SDK and to plain fetch", async () => {
    const client = new OpenAI({ apiKey: "anything", baseURL: server.baseURL, maxRetries: 0 });
    const final = await client.chat.completions
      .stream({ model: "gpt-4o-mini", messages: [user("Write a haiku about programming")] })
      .finalChatCompletion();
    expect(final.choices[0].message.content?.split("\n")).toHaveLength(3);
    const response = await fetch(`${server.baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [user("Hello")], stream: true }),
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const text = await response.text();
    expect(text.trimEnd().endsWith("data: [DONE]")).toBe(true);
  });

  it("answers errors with the real envelope over HTTP, and survives a broken body", async () => {
    const bad = await fetch(`${server.baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{oops",
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { param: unknown } }).error.param).toBeNull();
    const client = new OpenAI({ apiKey: "anything", baseURL: server.baseURL, maxRetries: 0 });
    await expect(
      client.chat.completions.create({ model: "gpt-4o-mini", messages: [user("x")], temperature: 3 }),
    ).rejects.toMatchObject({
      status: 400,
      code: "decimal_above_max_value",
      param: "temperature",
    });
    const missing = await fetch(`${server.baseURL}/v1/unknown`.replace("/v1/v1", "/v1"));
    expect(missing.status).toBe(404);
  });

  it("passes the SDK's retries through a fault header, and drops a cut stream's connection", async () => {
    const client = new OpenAI({ apiKey: "anything", baseURL: server.baseURL, maxRetries: 2 });
    const reply = await client.chat.completions.create(
      { model: "gpt-4o-mini", messages: [user("Retry over HTTP")] },
      { headers: { "x-workbook-fault": "500*2; retry-after=0.01" } },
    );
    expect(reply.choices[0].finish_reason).toBe("stop");
    const stream = await client.chat.completions.create(
      { model: "gpt-4o-mini", messages: [user("Explain machine learning")], stream: true },
      { headers: { "x-workbook-fault": "cut-stream" } },
    );
    await expect(
      (async () => {
        for await (const _ of stream) void _;
      })(),
    ).rejects.toThrow();
  });

  it("answers a malformed Host, a broken model id and a huge body with a 4xx envelope, never a 500", async () => {
    const raw = (path: string, headers: Record<string, string | number>, body?: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: "127.0.0.1",
            port: server.port,
            path,
            method: body === undefined ? "GET" : "POST",
            headers,
            setHost: false,
          },
          (res) => {
            let text = "";
            res.on("data", (c) => (text += c));
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    for (const host of ["exa mple:80", "[::1", "evil.example:8787", "%"]) {
      const r = await raw("/v1/models", { host });
      expect(r.status, `Host: ${host}`).toBe(400);
      expect(JSON.parse(r.body).error.code).toBe("invalid_host");
    }
    expect((await raw("/v1/models", { host: `localhost:${server.port}` })).status).toBe(200);
    const broken = await raw("/v1/models/%E0%A4%A", { host: `127.0.0.1:${server.port}` });
    expect(broken.status).toBe(404);
    expect(JSON.parse(broken.body).error.code).toBe("model_not_found");
    // Refused on its Content-Length, before 50 MB are read.
    const huge = await raw(
      "/v1/chat/completions",
      { host: `127.0.0.1:${server.port}`, "content-type": "application/json", "content-length": 50 * 1024 * 1024 },
      "{}",
    );
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body).error.code).toBe("request_too_large");
    const form = await fetch(`${server.baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ model: "gpt-4o-mini", messages: [user("hi")] }),
    });
    expect(form.status).toBe(400);
    expect(((await form.json()) as { error: { code: string } }).error.code).toBe("unsupported_content_type");
  });
});
