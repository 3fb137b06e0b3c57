/** The offline model follows the catalog: which models it serves on a day, and each model's parameter rules. */
import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL } from "../../src/api/catalog";
import { handleRequest } from "../../src/offline/http/handler";
import { post, user } from "./helpers";

const hi = [user("Hi!")];

async function get(path: string, today: string) {
  const response = await handleRequest(new Request(`https://api.openai.com/v1/${path}`), { today });
  return { status: response.status, body: (await response.json()) as any };
}

async function errorOf(body: Record<string, unknown>, today = "2026-12-01") {
  const reply = await post(body, { options: { today } });
  expect(reply.status, JSON.stringify(reply.body)).not.toBe(200);
  return { status: reply.status, ...reply.body.error };
}

async function accepted(body: Record<string, unknown>, today = "2026-12-01") {
  const reply = await post(body, { options: { today } });
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

describe("offline model: model lifecycle", () => {
  it("answers a model up to the day before its shutdown date, and 404 model_not_found from that day on", async () => {
    await accepted({ model: "gpt-5-nano", messages: hi }, "2026-12-10");
    expect(await errorOf({ model: "gpt-5-nano", messages: hi }, "2026-12-11")).toMatchObject({
      status: 404,
      message: "The model `gpt-5-nano` does not exist or you do not have access to it.",
      type: "invalid_request_error",
      code: "model_not_found",
    });
    expect(await errorOf({ model: "gpt-4o-mini-2024-07-18", messages: hi }, "2027-01-14")).toMatchObject({
      status: 404,
      code: "model_not_found",
    });
  });

  it("lists the models served on the day, with their shutdown_date, and 404s a shut-down one", async () => {
    const dec = await get("models", "2026-12-01");
    const ids = dec.body.data.map((m: { id: string }) => m.id);
    expect(ids).toContain(DEFAULT_MODEL);
    expect(ids).toContain("gpt-5");
    expect(ids).not.toContain("gpt-3.5-turbo");
    expect(dec.body.data.find((m: { id: string }) => m.id === "gpt-4o-mini")).toMatchObject({
      object: "model",
      shutdown_date: "2027-01-14",
    });
    expect(dec.body.data.find((m: { id: string }) => m.id === DEFAULT_MODEL).shutdown_date).toBeNull();
    const jan = await get("models", "2027-01-14");
    expect(jan.body.data.map((m: { id: string }) => m.id)).not.toContain("gpt-4o-mini");
    expect(await get("models/gpt-4o-mini", "2027-01-14")).toMatchObject({
      status: 404,
      body: { error: { code: "model_not_found" } },
    });
    expect(await get("models/gpt-4o-mini", "2027-01-13")).toMatchObject({ status: 200, body: { id: "gpt-4o-mini" } });
  });
});

describe("offline model: per-model parameter rules", () => {
  it("refuses both max_tokens and max_completion_tokens with the API's exact error", async () => {
    expect(
      await errorOf({ model: "gpt-4.1-mini", messages: hi, max_tokens: 50, max_completion_tokens: 50 }),
    ).toMatchObject({
      status: 400,
      message: "Setting 'max_tokens' and 'max_completion_tokens' at the same time is not supported.",
      param: "max_tokens",
      code: "invalid_parameter_combination",
    });
  });

  it("refuses stop, logprobs and logit_bias on gpt-5, and non-default sampling at any effort", async () => {
    for (const [param, value] of [
      ["stop", ["END"]],
      ["logprobs", true],
      ["logit_bias", { "15339": -100 }],
    ] as const) {
      expect(await errorOf({ model: "gpt-5-mini", messages: hi, [param]: value })).toMatchObject({
        status: 400,
        message: `Unsupported parameter: '${param}' is not supported with this model.`,
        param,
        code: "unsupported_parameter",
      });
    }
    expect(
      await errorOf({ model: "gpt-5", messages: hi, reasoning_effort: "minimal", temperature: 0.2 }),
    ).toMatchObject({
      message:
        "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
      code: "unsupported_value",
    });
    await accepted({ model: "gpt-5", messages: hi, temperature: 1 });
    // top_p and the penalties are refused even at their default value: only temperature has a "default only" form.
    expect(await errorOf({ model: "gpt-5", messages: hi, top_p: 1 })).toMatchObject({
      message: "Unsupported parameter: 'top_p' is not supported with this model.",
      code: "unsupported_parameter",
    });
  });

  it("lets the default model sample with reasoning_effort none only, and reports no reasoning tokens then", async () => {
    const none = await accepted({
      model: DEFAULT_MODEL,
      messages: hi,
      reasoning_effort: "none",
      temperature: 0.2,
      top_p: 0.9,
      logprobs: true,
    });
    expect(none.usage.completion_tokens_details.reasoning_tokens).toBe(0);
    const medium = await accepted({ model: DEFAULT_MODEL, messages: hi });
    expect(medium.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    expect(await errorOf({ model: DEFAULT_MODEL, messages: hi, temperature: 0.2 })).toMatchObject({
      param: "temperature",
      code: "unsupported_value",
    });
    // stop is refused at every effort, "none" included, as gpt-5.1 and gpt-5.2 refuse it.
    for (const reasoning_effort of ["low", "none"])
      expect(await errorOf({ model: DEFAULT_MODEL, messages: hi, reasoning_effort, stop: "END" })).toMatchObject({
        message: "Unsupported parameter: 'stop' is not supported with this model.",
        param: "stop",
        code: "unsupported_parameter",
      });
    expect(
      await errorOf({ model: DEFAULT_MODEL, messages: hi, reasoning_effort: "none", max_tokens: 20 }),
    ).toMatchObject({
      message:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    });
  });

  it("checks reasoning_effort and verbosity against what each model takes", async () => {
    expect(await errorOf({ model: "gpt-5", messages: hi, reasoning_effort: "none" })).toMatchObject({
      message:
        "Unsupported value: 'none' is not supported with the 'gpt-5' model. Supported values are: 'minimal', 'low', 'medium', and 'high'.",
      param: "reasoning_effort",
      code: "unsupported_value",
    });
    expect(await errorOf({ model: "gpt-4o-mini", messages: hi, reasoning_effort: "low" })).toMatchObject({
      param: "reasoning_effort",
      code: "unsupported_parameter",
    });
    await accepted({ model: "gpt-5-nano", messages: hi, verbosity: "low" });
    await accepted({ model: "gpt-4o-mini", messages: hi, verbosity: "medium" });
    expect(await errorOf({ model: "gpt-4o-mini", messages: hi, verbosity: "low" })).toMatchObject({
      message: "Unsupported value: 'verbosity' does not support 'low' with this model. Supported values are: 'medium'.",
      param: "verbosity",
      code: "unsupported_value",
    });
    expect(await errorOf({ model: "gpt-5", messages: hi, verbosity: "loud" })).toMatchObject({
      param: "verbosity",
      code: "invalid_value",
    });
  });

  it("takes function tools on the default model only with reasoning_effort none", async () => {
    const tools = [
      {
        type: "function",
        function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
      },
    ];
    expect(await errorOf({ model: DEFAULT_MODEL, messages: [user("Weather in Paris?")], tools })).toMatchObject({
      status: 400,
      param: "reasoning_effort",
    });
    const reply = await accepted({
      model: DEFAULT_MODEL,
      messages: [user("Weather in Paris?")],
      tools,
      reasoning_effort: "none",
      tool_choice: "required",
    });
    expect(reply.choices[0].finish_reason).toBe("tool_calls");
  });

  it("words an over-long prompt per model: gpt-5's input limit differs from gpt-4o's context length", async () => {
    const long = "word ".repeat(272_100);
    const e = await errorOf({ model: "gpt-5-nano", messages: [user(long)] });
    expect(e).toMatchObject({ status: 400, param: "messages", code: "context_length_exceeded" });
    expect(e.message).toMatch(
      /^Input tokens exceed the configured limit of 272000 tokens\. Your messages resulted in \d+ tokens\. Please reduce the length of the messages\.$/,
    );
  });
});
