/**
 * Junk at the request handler, seeded and bounded: random JSON, mutations of good requests (a
 * field removed, retyped, nested deep, made huge), odd paths, methods and content types. Every
 * answer must be a proper reply: a completion (JSON or a stream that ends in [DONE]) or a 4xx
 * error envelope. Never a 5xx, never a throw, never a hang.
 */
import { describe, expect, it } from "vitest";
import { handleRequest } from "../../src/offline/http/handler";

/** mulberry32: a small seeded generator, so a failure replays exactly. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const STRINGS = [
  "",
  "user",
  "assistant",
  "tool",
  "system",
  "developer",
  "gpt-4o-mini",
  "gpt-5-nano",
  "json",
  "__proto__",
  "constructor",
  "💥",
  "\u0000",
  "a".repeat(5000),
  "%E0%A4%A",
  "null",
  "[]",
  "{}",
  "\ud800",
  "é".repeat(300),
  "Tell me a joke about recursion",
];
const NUMBERS = [0, -1, 1, 0.5, 1e308, -1e308, 2 ** 53, 1e9, 128, 129, -0, 3.7, 2];

function junk(r: Rng, depth = 0): unknown {
  switch (r.int(depth > 3 ? 4 : 7)) {
    case 0:
      return r.pick(STRINGS);
    case 1:
      return r.pick(NUMBERS);
    case 2:
      return r.pick([true, false, null]);
    case 3:
      return r.pick(STRINGS).slice(0, r.int(20));
    case 4:
      return Array.from({ length: r.int(4) }, () => junk(r, depth + 1));
    case 5: {
      const o: Record<string, unknown> = {};
      for (let i = r.int(4); i > 0; i--)
        put(
          o,
          r.pick([...STRINGS, "type", "content", "role", "properties", "items", "enum", "pattern", "minItems", "$ref"]),
          junk(r, depth + 1),
        );
      return o;
    }
    default:
      return nested(r.int(3000), r.pick(["[", '{"a":', '{"anyOf":[']));
  }
}

/** An own property even for "__proto__" (plain assignment would change the prototype). */
function put(o: object, key: string | number, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A value nested `depth` deep, built as text (JSON.stringify itself would overflow the stack). */
function nested(depth: number, open: string): unknown {
  const close = open === "[" ? "]" : open === '{"a":' ? "}" : "]}";
  return { __raw: `${open.repeat(depth)}1${close.repeat(depth)}` };
}

function toJson(value: unknown): string {
  if (value && typeof value === "object" && "__raw" in value) return (value as { __raw: string }).__raw;
  if (Array.isArray(value)) return `[${Array.from({ length: value.length }, (_, i) => toJson(value[i])).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

const schemaObject = (props: Record<string, unknown>) => ({
  type: "object",
  properties: props,
  required: Object.keys(props),
  additionalProperties: false,
});

function goodRequest(r: Rng): Record<string, unknown> {
  const base: Record<string, unknown> = {
    model: r.pick(["gpt-4o-mini", "gpt-4.1-mini", "gpt-5-nano", "gpt-6-luna", "gpt-3.5-turbo"]),
    messages: [
      { role: "system", content: "Be brief." },
      { role: "user", content: r.pick(["What is recursion?", "Give me JSON about Paris", "Say hello in 3 words"]) },
    ],
    max_completion_tokens: 1 + r.int(40),
  };
  if (r.next() < 0.3) base.stream = true;
  if (r.next() < 0.3) {
    base.response_format = {
      type: "json_schema",
      json_schema: {
        name: "answer",
        strict: true,
        schema: schemaObject({
          title: {
            type: "string",
            pattern: r.pick(["^[A-Z][a-z]+$", "^(x+)+y$", "a{1000}", "(?=x)", "\\1", "[", "^\\d{3}$"]),
            minLength: r.pick([0, 3, 10_001]),
          },
          items: { type: "array", items: { type: "string" }, minItems: r.pick([0, 2, 1001]) },
        }),
      },
    };
  }
  if (r.next() < 0.3) {
    base.tools = [
      { type: "function", function: { name: "get_weather", parameters: schemaObject({ city: { type: "string" } }) } },
    ];
    base.tool_choice = r.pick(["auto", "required", "none"]);
  }
  return base;
}

/** One change to a good request: a key removed, a value replaced by junk, or junk added. */
function mutate(r: Rng, request: Record<string, unknown>): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (path.length > 6 || v === null || typeof v !== "object") return;
    for (const [k, child] of Object.entries(v)) walk(child, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(request, []);
  const path = r.pick(paths.slice(1));
  let parent: any = request;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1]!;
  const action = r.int(3);
  if (action === 0) delete parent[last];
  else if (action === 1) put(parent, last, junk(r));
  else if (parent && typeof parent === "object" && !Array.isArray(parent)) put(parent, r.pick(STRINGS), junk(r));
  return request;
}

interface Outcome {
  status: number;
  proper: boolean;
  why?: string;
}

async function answer(request: Request): Promise<Outcome> {
  const response = await handleRequest(request);
  const text = await response.text();
  if (response.status === 200) {
    if ((response.headers.get("content-type") ?? "").startsWith("text/event-stream")) {
      const events = text.split("\n\n").filter(Boolean);
      const ok =
        events.at(-1) === "data: [DONE]" &&
        events
          .slice(0, -1)
          .every((e) => e.startsWith("data: ") && JSON.parse(e.slice(6)).object === "chat.completion.chunk");
      return { status: 200, proper: ok, why: ok ? undefined : "a stream that does not end in [DONE]" };
    }
    const body = JSON.parse(text);
    const ok = ["chat.completion", "list", "model"].includes(body.object);
    return { status: 200, proper: ok, why: ok ? undefined : `200 with object ${body.object}` };
  }
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return { status: response.status, proper: false, why: "an error body that is not JSON" };
  }
  const e = body?.error;
  const ok =
    response.status >= 400 &&
    response.status < 500 &&
    typeof e?.message === "string" &&
    e.message.length > 0 &&
    typeof e.type === "string" &&
    (e.param === null || typeof e.param === "string") &&
    (e.code === null || typeof e.code === "string");
  return {
    status: response.status,
    proper: ok,
    why: ok ? undefined : `status ${response.status}: ${text.slice(0, 300)}`,
  };
}

function randomRequest(r: Rng, i: number): Request {
  const json = { "content-type": "application/json" };
  const chat = "https://api.openai.com/v1/chat/completions";
  switch (i % 6) {
    case 0:
      return new Request(chat, { method: "POST", headers: json, body: toJson(junk(r)) });
    case 1:
    case 2:
    case 3: {
      const request = goodRequest(r);
      for (let n = 1 + r.int(3); n > 0; n--) mutate(r, request);
      return new Request(chat, { method: "POST", headers: json, body: toJson(request) });
    }
    case 4: {
      const text = toJson(goodRequest(r));
      const cut = r.int(text.length);
      // Truncated, spliced or raw-byte bodies.
      const body = r.pick([
        text.slice(0, cut),
        text.slice(cut),
        `${text}${text}`,
        "\ufeff" + text,
        text.replace(/"/g, "'"),
      ]);
      return new Request(chat, { method: "POST", headers: json, body });
    }
    default: {
      const path = r.pick([
        "/v1/models",
        "/v1/models/gpt-4o-mini",
        "/v1/models/%E0%A4%A",
        "/v1/models/%",
        "/v1/x/chat/completions",
        "/chat/completions",
        "/v1/chat/completions/",
        "/v1//chat/completions",
        "/v1/models/a/b",
        "/",
      ]);
      const method = r.pick(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]);
      const type = r.pick([
        "application/json",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=utf-8",
        "",
      ]);
      const hasBody = method !== "GET";
      return new Request(`https://api.openai.com${path}`, {
        method,
        headers: type ? { "content-type": type } : {},
        body: hasBody ? toJson(goodRequest(r)) : undefined,
      });
    }
  }
}

describe("the handler under fuzzing", () => {
  it("answers 600 seeded junk requests with proper envelopes or completions, never a 5xx", {
    timeout: 120_000,
  }, async () => {
    const r = rng(20261201);
    const statuses = new Map<number, number>();
    const improper: string[] = [];
    for (let i = 0; i < 600; i++) {
      const request = randomRequest(r, i);
      const copy = request.clone();
      let outcome: Outcome;
      try {
        outcome = await answer(request);
      } catch (error) {
        outcome = { status: -1, proper: false, why: `threw ${(error as Error).message}` };
      }
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      if (!outcome.proper)
        improper.push(
          `#${i} ${copy.method} ${new URL(copy.url).pathname} ${(await copy.text()).slice(0, 200)}\n  -> ${outcome.why}`,
        );
    }
    expect(improper, improper.join("\n")).toEqual([]);
    const fiveHundreds = [...statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    expect(fiveHundreds).toBe(0);
    // The mix reaches both sides: some requests are answered, most are refused.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(20);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(200);
  });
});
