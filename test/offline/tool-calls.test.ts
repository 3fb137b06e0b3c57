import { describe, expect, it } from "vitest";
import { complete, sdk, user } from "./helpers";

const weather = {
  type: "function" as const,
  function: {
    name: "get_weather",
    description: "Get the current weather for a city",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};
const catalogue = {
  type: "function" as const,
  function: {
    name: "search_products",
    description: "Search the shop's catalogue",
    parameters: {
      type: "object",
      properties: { query: { type: "string" }, max_price: { type: "number" } },
      required: ["query"],
    },
  },
};

async function callOf(content: string, tools: unknown[]) {
  const r = await complete({
    model: "gpt-6-luna",
    reasoning_effort: "none",
    seed: 7,
    messages: [user(content)],
    tools: tools as never,
  });
  const call = r.choices[0].message.tool_calls?.[0];
  return call && call.type === "function"
    ? { name: call.function.name, args: JSON.parse(call.function.arguments) }
    : null;
}

/** With tools on offer, a question in everyday words calls the tool that answers it, with the values it asked. */
describe("tool calls from everyday words", () => {
  it("calls the weather tool for rain, with the city", async () => {
    expect(await callOf("Will I need an umbrella in Bergen today?", [weather, catalogue])).toEqual({
      name: "get_weather",
      args: { city: "Bergen" },
    });
  });

  it("searches the catalogue for the thing asked, the price in its own field", async () => {
    const call = await callOf("Can you find me a rain jacket under $120?", [catalogue]);
    expect(call?.name).toBe("search_products");
    expect(call?.args.query).toBe("rain jacket");
    expect(call?.args.max_price).toBe(120);
  });

  it("calls nothing when no tool fits", async () => {
    expect(await callOf("What's 12 times 12?", [weather, catalogue])).toBeNull();
  });
});

const argsOf = (calls: { type: string; function?: { arguments: string } }[] | undefined) =>
  (calls ?? []).map((c) => (c.type === "function" && c.function ? JSON.parse(c.function.arguments) : null));

/** "Weather in Lyon and Turin?" asks one thing twice: the API answers with one call per city, in one reply. */
describe("parallel tool calls", () => {
  const request = (content: string, extra: Record<string, unknown> = {}) => ({
    model: "gpt-6-luna",
    reasoning_effort: "none" as const,
    seed: 11,
    messages: [user(content)],
    tools: [weather] as never,
    ...extra,
  });

  it("makes one call per city the user lists, each with its own id", async () => {
    const r = await complete(request("Do I need a coat in Lyon, Turin and Graz tomorrow?"));
    const calls = r.choices[0].message.tool_calls ?? [];
    expect(r.choices[0].finish_reason).toBe("tool_calls");
    expect(argsOf(calls)).toEqual([{ city: "Lyon" }, { city: "Turin" }, { city: "Graz" }]);
    expect(new Set(calls.map((c) => c.id)).size).toBe(3);
  });

  it("streams the same calls the SDK puts back together, and counts every call's tokens", async () => {
    const client = sdk();
    const body = request("Is it sunny in Lyon or Turin?");
    const whole = await client.chat.completions.create({ ...body, stream: false });
    const streamed = await client.chat.completions.stream(body).finalChatCompletion();
    expect(argsOf(streamed.choices[0].message.tool_calls)).toEqual([{ city: "Lyon" }, { city: "Turin" }]);
    expect(argsOf(whole.choices[0].message.tool_calls)).toEqual(argsOf(streamed.choices[0].message.tool_calls));
    const single = await complete(request("Is it sunny in Lyon?"));
    expect(whole.usage?.completion_tokens ?? 0).toBeGreaterThan(single.usage?.completion_tokens ?? 0);
  });

  it("parallel_tool_calls: false asks for one call at most", async () => {
    const r = await complete(request("Weather in Lyon and Turin?", { parallel_tool_calls: false }));
    expect(r.choices[0].message.tool_calls).toHaveLength(1);
  });

  it("a tool that takes a list gets the cities in one call", async () => {
    const many = {
      type: "function" as const,
      function: {
        name: "get_weather",
        description: "The weather in several cities at once",
        parameters: {
          type: "object",
          properties: { cities: { type: "array", items: { type: "string" } } },
          required: ["cities"],
        },
      },
    };
    const r = await complete(request("Weather in Lyon and Turin?", { tools: [many] }));
    expect(r.choices[0].message.tool_calls).toHaveLength(1);
  });
});
