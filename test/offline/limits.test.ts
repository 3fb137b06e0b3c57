/**
 * Requests that once crashed, hung or stalled the offline model, and requests the real API
 * refuses: each gets a 4xx envelope that names what is wrong. (How fast is measured by the soak
 * script, not here; a hang shows as the test's timeout.)
 */
import { describe, expect, it } from "vitest";
import { countMessageTokens } from "../../src/api/tokens";
import { handleRequest } from "../../src/offline/http/handler";
import { countPromptTokens, slices, SLICE_CHARS } from "../../src/offline/http/prompt-size";
import { GENERATION_CAPS, SCHEMA_LIMITS } from "../../src/offline/request/schema-limits";
import { post, user, URL_CHAT } from "./helpers";

const ask = [user("Give me a product code as JSON")];
const closed = (props: Record<string, unknown>) => ({
  type: "object",
  properties: props,
  required: Object.keys(props),
  additionalProperties: false,
});
const format = (schema: unknown, strict = true) => ({
  type: "json_schema",
  json_schema: { name: "answer", strict, schema },
});

async function refused(body: unknown, message: RegExp, param?: string | null, status = 400) {
  const reply = await post(body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.body.error.type).toBe("invalid_request_error");
  expect(reply.body.error.message).toMatch(message);
  if (param !== undefined) expect(reply.body.error.param).toBe(param);
  return reply.body.error;
}

/** Objects nested `levels` deep (the root counts as level 1), built as text. */
function nestedObjects(levels: number): string {
  return `${'{"type":"object","additionalProperties":false,"required":["a"],"properties":{"a":'.repeat(levels)}{"type":"string"}${"}}".repeat(levels)}`;
}

describe("structured output limits (the API's documented ones)", () => {
  it("accepts 10 levels of nesting and refuses 11, naming the limit", async () => {
    const ok = await post(
      `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"json please"}],"response_format":{"type":"json_schema","json_schema":{"name":"deep","strict":true,"schema":${nestedObjects(10)}}}}`,
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(() => JSON.parse(ok.body.choices[0].message.content)).not.toThrow();
    const deep = await post(
      `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"json please"}],"response_format":{"type":"json_schema","json_schema":{"name":"deep","strict":true,"schema":${nestedObjects(11)}}}}`,
    );
    expect(deep.status).toBe(400);
    expect(deep.body.error.message).toMatch(
      /^Invalid schema for response_format 'deep': In context=\(.*\), 11 levels of nesting exceeds limit of 10\.$/,
    );
    expect(deep.body.error.param).toBe("response_format");
  });

  it("refuses tool parameters nested 5,000 deep with a 400, not a stack overflow", async () => {
    const body = `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":${nestedObjects(5000)}}}]}`;
    const e = (await post(body)).body.error;
    expect(e.message).toMatch(/^Invalid schema for function 'f': .*levels of nesting exceeds limit of 10\.$/);
    expect(e.param).toBe("tools[0].function.parameters");
    const unions = `{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"tools":[{"type":"function","function":{"name":"f","parameters":${'{"anyOf":['.repeat(5000)}{"type":"string"}${"]}".repeat(5000)}}}]}`;
    expect((await post(unions)).body.error.message).toMatch(/nested more than 100 levels deep/);
  });

  it("refuses more than 5,000 properties, 1,000 enum values, or 120,000 characters of names", async () => {
    const many = (n: number, width = 1) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`.padEnd(width, "x"), { type: "string" }]));
    await refused(
      { model: "gpt-4o-mini", messages: ask, response_format: format(closed(many(SCHEMA_LIMITS.properties + 1))) },
      /5001 object properties exceeds limit of 5000\.$/,
    );
    const enumOf = (n: number) => ({ type: "string", enum: Array.from({ length: n }, (_, i) => `v${i}`) });
    await refused(
      { model: "gpt-4o-mini", messages: ask, response_format: format(closed({ a: enumOf(600), b: enumOf(401) })) },
      /1001 enum values exceeds limit of 1000\.$/,
    );
    await refused(
      { model: "gpt-4o-mini", messages: ask, response_format: format(closed(many(1300, 100))) },
      /total string length .* exceeds limit of 120000\.$/,
    );
    const bigEnum = { type: "string", enum: Array.from({ length: 300 }, (_, i) => `value-${i}`.padEnd(60, "x")) };
    await refused(
      { model: "gpt-4o-mini", messages: ask, response_format: format(closed({ a: bigEnum })) },
      /enum of 300 string values has 18000 characters .* exceeds limit of 15000/,
    );
  });
});

describe("generation caps (the offline model writes what the schema demands)", () => {
  it("refuses minItems and minLength it would have to write a billion of", async () => {
    const e1 = await refused(
      {
        model: "gpt-4o-mini",
        messages: ask,
        response_format: format(closed({ codes: { type: "array", items: { type: "string" }, minItems: 1e9 } })),
      },
      /minItems 1000000000 exceeds limit of 1000/,
    );
    expect(e1.message).toContain("In context=('properties', 'codes')");
    await refused(
      {
        model: "gpt-4o-mini",
        messages: ask,
        response_format: format(closed({ code: { type: "string", minLength: 1e9 } })),
      },
      /minLength 1000000000 exceeds limit of 10000/,
    );
    // Within the caps, but multiplying: 1000 x 1000 x 1000 items.
    let cube: unknown = { type: "string" };
    for (let i = 0; i < 3; i++) cube = { type: "array", items: cube, minItems: GENERATION_CAPS.minItems };
    await refused(
      { model: "gpt-4o-mini", messages: ask, response_format: format(closed({ cube })) },
      /longer than 400000 characters/,
    );
    // A cap hidden behind a $ref the limit check does not walk is still caught while writing.
    const hidden = { type: "object", properties: { a: { $ref: "#/x" } }, x: { type: "string", minLength: 1e9 } };
    await refused(
      { model: "gpt-4o-mini", messages: ask, response_format: format(hidden, false) },
      /minLength 1000000000 exceeds limit of 10000/,
    );
  });

  it("refuses patterns it cannot run in linear time, and still fills the ones it can", async () => {
    for (const [pattern, why] of [
      ["^a{1000000000}$", /invalid repeat count/],
      ["^(?=x)x$", /Perl syntax|lookaround/],
      ["^(a)\\1$", /backreferences/],
      ["x".repeat(1001), /at most 1000/],
    ] as const) {
      await refused(
        { model: "gpt-4o-mini", messages: ask, response_format: format(closed({ code: { type: "string", pattern } })) },
        why,
        "response_format",
      );
    }
    // Catastrophic for a backtracking engine, linear for RE2: answered, and quickly enough not to time out.
    const evil = await post({
      model: "gpt-4o-mini",
      messages: ask,
      response_format: format(closed({ code: { type: "string", pattern: "^(x+)+y$", minLength: 5000 } })),
    });
    expect(evil.status).toBe(200);
    const reply = await post({
      model: "gpt-4o-mini",
      messages: ask,
      response_format: format(closed({ code: { type: "string", pattern: "^[A-Z]{3}-\\d{4}$" } })),
    });
    expect(JSON.parse(reply.body.choices[0].message.content).code).toMatch(/^[A-Z]{3}-\d{4}$/);
  });
});

describe("requests the real API refuses", () => {
  it("an assistant's tool_calls without the tool replies", async () => {
    const call = { id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } };
    await refused(
      {
        model: "gpt-4o-mini",
        messages: [user("Weather in Paris?"), { role: "assistant", content: null, tool_calls: [call] }, user("Well?")],
      },
      /^An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'\. The following tool_call_ids did not have response messages: call_1$/,
      "messages.[1].role",
    );
    const answered = await post({
      model: "gpt-4o-mini",
      messages: [
        user("Weather in Paris?"),
        { role: "assistant", content: null, tool_calls: [call] },
        { role: "tool", tool_call_id: "call_1", content: "18°C, sunny" },
      ],
    });
    expect(answered.status).toBe(200);
  });

  it("an empty content array, an image part without its image, metadata that is not strings", async () => {
    await refused(
      { model: "gpt-4o-mini", messages: [{ role: "user", content: [] }] },
      /^Invalid 'messages\[0\]\.content': empty array\./,
      "messages[0].content",
    );
    await refused(
      { model: "gpt-4o-mini", messages: [{ role: "user", content: [{ type: "image_url" }] }] },
      /^Missing required parameter: 'messages\[0\]\.content\[0\]\.image_url'\.$/,
      "messages[0].content[0].image_url",
    );
    await refused(
      { model: "gpt-4o-mini", messages: [{ role: "user", content: [{ type: "image_url", image_url: {} }] }] },
      /image_url\.url/,
    );
    await refused(
      { model: "gpt-4o-mini", messages: ask, metadata: { run: 1 } },
      /^Invalid type for 'metadata\.run': expected a string, but got an integer instead\.$/,
      "metadata.run",
    );
    await refused(
      {
        model: "gpt-4o-mini",
        messages: ask,
        metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, "v"])),
      },
      /at most 16 properties/,
    );
    expect((await post({ model: "gpt-4o-mini", messages: ask, metadata: { run: "1" } })).status).toBe(200);
  });

  it("paths that merely end in chat/completions, broken model ids, and bodies that are not JSON", async () => {
    const body = JSON.stringify({ model: "gpt-4o-mini", messages: ask });
    const at = (path: string, init: RequestInit = {}) =>
      handleRequest(new Request(`https://api.openai.com${path}`, init));
    const wrongPath = await at("/v1/anything/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
    });
    expect(wrongPath.status).toBe(404);
    expect(((await wrongPath.json()) as any).error.message).toBe("Invalid URL (POST /v1/anything/chat/completions)");
    const broken = await at("/v1/models/%E0%A4%A");
    expect(broken.status).toBe(404);
    expect(((await broken.json()) as any).error.code).toBe("model_not_found");
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const r = await handleRequest(new Request(URL_CHAT, { method: "POST", headers: { "content-type": type }, body }));
      expect(r.status).toBe(400);
      const e = ((await r.json()) as any).error;
      expect(e.code).toBe("unsupported_content_type");
      expect(e.message).toBe(
        `Unsupported content type: '${type}'. This API method only accepts 'application/json' requests, but you specified the header 'Content-Type: ${type}'. Please try again with a supported content type.`,
      );
    }
    const charset = await handleRequest(
      new Request(URL_CHAT, { method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body }),
    );
    expect(charset.status).toBe(200);
  });

  it("a body over 8 MB is a 413, refused before it is parsed", async () => {
    const huge = JSON.stringify({ model: "gpt-4o-mini", messages: [user("x ".repeat(4_500_000))] });
    const r = await handleRequest(
      new Request(URL_CHAT, { method: "POST", headers: { "content-type": "application/json" }, body: huge }),
    );
    expect(r.status).toBe(413);
    expect(((await r.json()) as any).error.code).toBe("request_too_large");
  });
});

describe("counting prompt tokens without stalling", () => {
  it("gives the Cookbook count to the token, however the prompt is sliced", async () => {
    const words = [
      "recursion",
      "naïve",
      "日本語",
      "emoji🙂",
      "x",
      "  ",
      "\n",
      "Hello",
      "it's",
      "1234567",
      "—",
      "\t",
      "URL/path",
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const model of ["gpt-4o-mini", "gpt-3.5-turbo"]) {
      const text = Array.from({ length: 40_000 }, () => words[Math.floor(next() * words.length)]).join(
        next() < 0.5 ? " " : "",
      );
      const messages = [
        { role: "system" as const, content: "Be brief." },
        user(text),
        { role: "user" as const, content: text.slice(1000), name: "ada" },
      ];
      expect([...slices(text)].length).toBeGreaterThan(2);
      expect([...slices(text)].join("")).toBe(text);
      const counted = await countPromptTokens(messages, model, 10_000_000);
      expect(counted).toEqual({ tokens: countMessageTokens(messages, model), exact: true });
    }
  });

  it("lets other work run while a big prompt is counted, and stops early far over the limit", async () => {
    const big = [user("word ".repeat(200_000))];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const counted = await countPromptTokens(big, "gpt-4o-mini", 10_000_000);
    clearInterval(timer);
    expect(counted.exact).toBe(true);
    expect(ticks, "timers fired while counting: the event loop was not held").toBeGreaterThan(0);
    // Far over: counting stops within a slice of the limit.
    const over = await countPromptTokens([user("word ".repeat(100_000))], "gpt-3.5-turbo", 16_385);
    expect(over.exact).toBe(false);
    expect(over.tokens).toBeGreaterThan(16_385);
    expect(over.tokens).toBeLessThan(16_385 + SLICE_CHARS);
    // Beyond what even 128-character tokens could fit: refused on its length alone, a true lower bound.
    const huge = [user("word ".repeat(1_000_000))];
    const bound = await countPromptTokens(huge, "gpt-3.5-turbo", 16_385);
    expect(bound.exact).toBe(false);
    expect(bound.tokens).toBeGreaterThan(16_385);
    expect(bound.tokens).toBeLessThanOrEqual(countMessageTokens(huge, "gpt-3.5-turbo"));
    const reply = await post({ model: "gpt-4o-mini", messages: [user("word ".repeat(1_000_000))] });
    expect(reply.body.error.message).toMatch(
      /^This model's maximum context length is 128000 tokens\. However, your messages resulted in more than \d+ tokens\./,
    );
  });
});
