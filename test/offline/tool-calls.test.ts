import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

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
