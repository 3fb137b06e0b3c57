import { describe, expect, it } from "vitest";
import { handleRequest } from "../../src/offline/http/handler";
import { post, user } from "./helpers";

const ok = { model: "gpt-4o-mini", messages: [user("Hello")] };

/** Sends `body`, expects an error with this status and these envelope fields. */
async function expectError(
  body: unknown,
  status: number,
  error: { message?: string | RegExp; type?: string; param?: string | null; code?: string | null },
) {
  const reply = await post(body);
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(Object.keys(reply.body)).toEqual(["error"]);
  expect(Object.keys(reply.body.error).sort()).toEqual(["code", "message", "param", "type"]);
  expect(reply.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{32}$/);
  expect(reply.headers.get("content-type")).toContain("application/json");
  const e = reply.body.error;
  if (error.message instanceof RegExp) expect(e.message).toMatch(error.message);
  else if (error.message !== undefined) expect(e.message).toBe(error.message);
  expect(e.type).toBe(error.type ?? "invalid_request_error");
  if (error.param !== undefined) expect(e.param).toBe(error.param);
  if (error.code !== undefined) expect(e.code).toBe(error.code);
  return e;
}

describe("offline model: errors like the real API", () => {
  it("rejects sampling parameters out of range", async () => {
    await expectError({ ...ok, temperature: 2.1 }, 400, {
      message: "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 2.1 instead.",
      param: "temperature",
      code: "decimal_above_max_value",
    });
    await expectError({ ...ok, temperature: -1 }, 400, { param: "temperature", code: "decimal_below_min_value" });
    await expectError({ ...ok, top_p: 1.5 }, 400, { param: "top_p", code: "decimal_above_max_value" });
    await expectError({ ...ok, presence_penalty: -3 }, 400, {
      param: "presence_penalty",
      code: "decimal_below_min_value",
    });
    await expectError({ ...ok, frequency_penalty: 2.5 }, 400, {
      param: "frequency_penalty",
      code: "decimal_above_max_value",
    });
    await expectError({ ...ok, n: 0 }, 400, { param: "n", code: "integer_below_min_value" });
    await expectError({ ...ok, n: 129 }, 400, { param: "n", code: "integer_above_max_value" });
    await expectError({ ...ok, logprobs: true, top_logprobs: 21 }, 400, {
      param: "top_logprobs",
      code: "integer_above_max_value",
    });
    await expectError({ ...ok, logit_bias: { "1234": 101 } }, 400, {
      param: "logit_bias",
      code: "decimal_above_max_value",
    });
    await expectError({ ...ok, logit_bias: { abc: 1 } }, 400, { param: "logit_bias" });
    await expectError({ ...ok, max_completion_tokens: 0 }, 400, {
      param: "max_completion_tokens",
      code: "integer_below_min_value",
    });
    await expectError({ ...ok, temperature: "hot" }, 400, {
      message: "Invalid type for 'temperature': expected a decimal, but got a string instead.",
      code: "invalid_type",
    });
  });

  it("rejects more than 4 stop sequences, and top_logprobs without logprobs", async () => {
    await expectError({ ...ok, stop: ["a", "b", "c", "d", "e"] }, 400, {
      message:
        "Invalid 'stop': array too long. Expected an array with maximum length 4, but got an array with length 5 instead.",
      param: "stop",
      code: "array_above_max_length",
    });
    await expectError({ ...ok, top_logprobs: 3 }, 400, { param: "top_logprobs" });
  });

  it("rejects missing or empty messages, unknown roles and messages without content", async () => {
    await expectError({ model: "gpt-4o-mini" }, 400, {
      message: "Missing required parameter: 'messages'.",
      param: "messages",
      code: "missing_required_parameter",
    });
    await expectError({ model: "gpt-4o-mini", messages: [] }, 400, {
      message:
        "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      param: "messages",
      code: "empty_array",
    });
    await expectError({ model: "gpt-4o-mini", messages: [{ role: "robot", content: "hi" }] }, 400, {
      message:
        "Invalid value: 'robot'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.",
      param: "messages[0].role",
      code: "invalid_value",
    });
    await expectError({ model: "gpt-4o-mini", messages: [user("hi"), { role: "user" }] }, 400, {
      message: "Missing required parameter: 'messages[1].content'.",
      param: "messages[1].content",
      code: "missing_required_parameter",
    });
    await expectError({ model: "gpt-4o-mini", messages: "hello" }, 400, { param: "messages", code: "invalid_type" });
    await expectError({ messages: [user("hi")] }, 400, { message: "you must provide a model parameter", param: null });
    await expectError({ ...ok, temprature: 1 }, 400, {
      message: "Unrecognized request argument supplied: temprature",
      param: null,
      code: null,
    });
  });

  it("rejects json_object mode when no message mentions JSON", async () => {
    await expectError({ ...ok, response_format: { type: "json_object" } }, 400, {
      message: "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
      param: "messages",
      code: null,
    });
  });

  it("answers 404 model_not_found for a model the catalog does not know", async () => {
    await expectError({ ...ok, model: "gpt-nonexistent" }, 404, {
      message: "The model `gpt-nonexistent` does not exist or you do not have access to it.",
      param: null,
      code: "model_not_found",
    });
    // Dated snapshots of known models are fine.
    expect((await post({ ...ok, model: "gpt-4o-mini-2024-07-18" })).status).toBe(200);
  });

  it("rejects a prompt over the context window with the counts", async () => {
    const long = "word ".repeat(17_000);
    const old = { body: { model: "gpt-3.5-turbo", messages: [user(long)] }, options: { today: "2026-10-22" } }; // its last day
    const reply = await post(old.body, { options: old.options });
    expect(reply.status, JSON.stringify(reply.body)).toBe(400);
    const e = reply.body.error;
    expect(e).toMatchObject({ param: "messages", code: "context_length_exceeded" });
    expect(e.message).toMatch(
      /^This model's maximum context length is 16385 tokens\. However, your messages resulted in \d+ tokens\. Please reduce the length of the messages\.$/,
    );
    await expectError({ ...ok, max_completion_tokens: 20_000 }, 400, {
      param: "max_tokens",
      message: /^max_tokens is too large: 20000\. This model supports at most 16384 completion tokens/,
    });
  });

  it("makes reasoning models reject non-default sampling parameters and max_tokens", async () => {
    const gpt5 = { model: "gpt-5-mini", messages: [user("Hello")] };
    await expectError({ ...gpt5, temperature: 0.3 }, 400, {
      message:
        "Unsupported value: 'temperature' does not support 0.3 with this model. Only the default (1) value is supported.",
      param: "temperature",
      code: "unsupported_value",
    });
    // top_p and the penalties are refused outright, whatever their value: only temperature has a default form.
    for (const [param, value] of [
      ["top_p", 0.5],
      ["top_p", 1],
      ["presence_penalty", 1],
      ["frequency_penalty", 0],
    ] as const)
      await expectError({ ...gpt5, [param]: value }, 400, {
        message: `Unsupported parameter: '${param}' is not supported with this model.`,
        param,
        code: "unsupported_parameter",
      });
    await expectError({ ...gpt5, max_tokens: 100 }, 400, {
      param: "max_tokens",
      code: "unsupported_parameter",
      message: /Use 'max_completion_tokens' instead/,
    });
    expect((await post({ ...gpt5, temperature: 1 })).status).toBe(200);
    // Reasoning tokens count against max_completion_tokens: a tiny budget leaves no visible answer.
    const tiny = await post({ ...gpt5, max_completion_tokens: 50 });
    expect(tiny.body.choices[0].finish_reason).toBe("length");
    expect(tiny.body.choices[0].message.content).toBe("");
    expect(tiny.body.usage.completion_tokens_details.reasoning_tokens).toBe(50);
  });

  it("answers malformed JSON with the real parse error, and unknown paths with Invalid URL", async () => {
    await expectError("{not json", 400, {
      message: /^We could not parse the JSON body of your request\./,
      param: null,
      code: null,
    });
    const response = await handleRequest(
      new Request("https://api.openai.com/v1/embeddingz", { method: "POST", body: "{}" }),
    );
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "Invalid URL (POST /v1/embeddingz)",
    );
  });

  it("never answers 500, whatever the body", async () => {
    const junk: unknown[] = [
      "",
      "null",
      "[]",
      "42",
      '"text"',
      { model: null, messages: null },
      { model: 42, messages: [user("hi")] },
      { ...ok, messages: [null] },
      { ...ok, messages: [{ role: "user", content: [{ type: "text" }] }] },
      { ...ok, messages: [{ role: "user", content: [{ type: "video", text: "x" }] }] },
      { ...ok, messages: [{ role: "user", content: { text: "x" } }] },
      { ...ok, messages: [{ role: "tool", content: "x", tool_call_id: "1" }] },
      { ...ok, stop: [1, 2] },
      { ...ok, stop: "" },
      { ...ok, logit_bias: [] },
      { ...ok, logit_bias: { "999999999": 5 } },
      { ...ok, response_format: { type: "json_schema" } },
      {
        ...ok,
        response_format: { type: "json_schema", json_schema: { name: "x", schema: { type: "array" }, strict: true } },
      },
      { ...ok, response_format: { type: "json_schema", json_schema: { name: "x", schema: { $ref: "#" } } } },
      { ...ok, response_format: "json" },
      { ...ok, stream_options: { include_usage: true } },
      { ...ok, n: 1.5 },
      { ...ok, seed: "x" },
      { ...ok, tools: [{ type: "function" }] },
      { ...ok, tool_choice: "required" },
      { ...ok, messages: [user("\u0000\uffff\ud800 <|endoftext|> <|im_start|>")] },
      { ...ok, messages: [user("x".repeat(50_000))], max_completion_tokens: 3 },
      {
        ...ok,
        logprobs: true,
        top_logprobs: 20,
        logit_bias: { "0": -100, "1": 100 },
        max_completion_tokens: 3,
        n: 3,
        stop: ["\n"],
      },
    ];
    for (const body of junk) {
      const reply = await post(body);
      expect(
        reply.status,
        `${JSON.stringify(body).slice(0, 80)} -> ${JSON.stringify(reply.body).slice(0, 200)}`,
      ).toBeLessThan(500);
      if (reply.status >= 400) expect(reply.body.error.type).toBeTypeOf("string");
    }
  });
});
