/**
 * The kinds blind13 showed in memory, structured and tools: a number field holds a number said for
 * that field (or none: the reply declines), a recipe asked to be rescaled is not filled with the
 * unscaled amounts, an address field holds the street the text gives, equipment is named by what it
 * is; after a tool, "enough for N?" is weighed against the stock and a frost question is answered in
 * its own word; a total of one thing adds only that thing's counts, over every message. Prompts are
 * this file's own.
 */
import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

async function schema(prompt: string, fields: Record<string, object>): Promise<Record<string, unknown> | string> {
  const r = await complete({
    messages: [user(prompt)],
    temperature: 0,
    seed: 5,
    response_format: {
      type: "json_schema",
      json_schema: {
        name: "answer",
        strict: true,
        schema: { type: "object", properties: fields, required: Object.keys(fields), additionalProperties: false },
      },
    },
  });
  const m = r.choices[0].message;
  return m.content ? (JSON.parse(m.content) as Record<string, unknown>) : (m.refusal ?? "");
}

async function afterTool(question: string, result: unknown): Promise<string> {
  const r = await complete({
    messages: [
      user(question),
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "t1", type: "function", function: { name: "lookup", arguments: "{}" } }],
      },
      { role: "tool", tool_call_id: "t1", content: JSON.stringify(result) },
    ],
    temperature: 0,
    seed: 5,
  });
  return r.choices[0].message.content ?? "";
}

async function text(messages: (ReturnType<typeof user> | ReturnType<typeof assistant>)[]): Promise<string> {
  const r = await complete({ messages: messages as never, temperature: 0, seed: 5 });
  return r.choices[0].message.content ?? "";
}

describe("structured: a number is the field's own", () => {
  it("never copies the per-item count into a used or left-over field", async () => {
    const out = await schema(
      "We're packing 9 hampers with 4 jars each, and there are 50 jars in the store room. How many go in and how many stay behind?",
      {
        hampers: { type: "integer" },
        jars_each: { type: "integer" },
        jars_used: { type: "integer" },
        jars_left: { type: "integer" },
      },
    );
    if (typeof out === "string") expect(out).toMatch(/can(?:no|')t/i);
    else {
      expect(out.jars_used).not.toBe(4);
      expect(out.jars_left).not.toBe(4);
    }
  });

  it("does not fill a rescaled recipe with the amounts before scaling", async () => {
    const out = await schema("Brine: 80 g salt and 1 litre water for every 2 kg of pork. Scale it for 3 kg of pork.", {
      pork_kg: { type: "number" },
      salt_g: { type: "number" },
      water_l: { type: "number" },
    });
    if (typeof out === "string") expect(out).toMatch(/can(?:no|')t/i);
    else {
      expect(out.salt_g).toBe(120);
      expect(out.pork_kg).toBe(3);
    }
  });

  it("reads a pickup address from the street the booking gives", async () => {
    const out = await schema("Book it: collect from 27 Orchard Road at 17:20, 2 passengers, to the station.", {
      pickup_address: { type: "string" },
      passengers: { type: "integer" },
    });
    expect(out).toMatchObject({ pickup_address: "27 Orchard Road", passengers: 2 });
  });

  it("says equipment is mentioned when the text names broken machines", async () => {
    const out = await schema("Tag this gym comment: 'Half the rowing machines are out of order again.'", {
      mentions_equipment: { type: "boolean" },
    });
    expect(out).toMatchObject({ mentions_equipment: true });
  });
});

describe("tools: the result weighed against the question", () => {
  it("answers 'enough for N dozen' against the stock", async () => {
    const reply = await afterTool("Do we have enough tulips for the Fox party? They need 3 dozen.", {
      item: "tulips",
      stems: 40,
    });
    expect(reply).toMatch(/^Yes\b/);
    expect(reply).toMatch(/\b36\b/);
    expect(reply).toMatch(/\b4 stems to spare/);
  });

  it("says when the stock falls short", async () => {
    const reply = await afterTool("Is there enough compost for the beds? The customer wants 12 bags.", {
      item: "compost",
      bags: 9,
    });
    expect(reply).toMatch(/^No\b/);
    expect(reply).toMatch(/\b3 bags short/);
  });

  it("answers a frost question with the word frost", async () => {
    const reply = await afterTool("any frost on the way tonight? do I need to fleece the beans?", {
      place: "Elm Street plots",
      min_temp_c: -1,
      frost: true,
    });
    expect(reply).toMatch(/frost/i);
    expect(reply).toMatch(/-1 °C/);
  });
});

describe("memory: a total of one thing", () => {
  it("adds only the counts of the thing asked, from every message", async () => {
    const reply = await text([
      user("At lunch we served 31 soups and 14 salads."),
      assistant("Busy lunch!"),
      user("and at dinner 27 soups and 8 salads. how many soups in total today?"),
    ]);
    expect(reply).toMatch(/\b58 soups\b/);
    expect(reply).not.toMatch(/\b35\b/);
  });
});
