/**
 * What a learner relies on after a tool result: the reply answers the question asked, in words from
 * the result (will it freeze, did the run pass, is it free and when next, how many of what), and a
 * few asks of other kinds read as the learner meant them (a count said last, a building's name, a
 * one-line summary of an email, a couple named in a booking note).
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

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

async function reply(prompt: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await complete({ messages: [user(prompt)], temperature: 0, seed: 5, ...extra });
  return r.choices[0].message.content ?? "";
}

describe("offline model: a tool result answers the question", () => {
  it("reads a forecast's low as freezing or not", async () => {
    const cold = await afterTool("will the pond freeze over tonight in Leeds?", { city: "Leeds", tonight_low_c: -4 });
    expect(cold).toMatch(/^Yes\b/);
    expect(cold).toContain("-4 °C");
    const mild = await afterTool("Any chance of frost tonight?", { low_f: 48, high_f: 61, conditions: "cloudy" });
    expect(mild).toMatch(/^No\b.*above freezing/);
  });

  it("says a high, a low and the chance of rain", async () => {
    const text = await afterTool("is it going to rain in Cork tomorrow?", {
      city: "Cork",
      day: "tomorrow",
      high_c: 13,
      low_c: 8,
      rain_chance_pct: 90,
    });
    expect(text).toMatch(/^Yes, rain is likely/);
    expect(text).toMatch(/high of 13 °C.*low of 8 °C/);
  });

  it("says how many tests failed and which, not the total", async () => {
    const text = await afterTool("did the smoke tests pass?", {
      total: 30,
      passed: 28,
      failed: 2,
      failed_tests: ["cart_total", "signup_email"],
    });
    expect(text).toMatch(/^No\. 2 of 30 tests failed \(cart_total and signup_email\)/);
    expect(await afterTool("Did the build pass?", { passed: 12, failed: 0 })).toMatch(/^Yes\. All 12/);
  });

  it("answers a yes-or-no flag and says the field left, such as the next free date", async () => {
    const text = await afterTool("Is the sports hall free on Sunday?", {
      venue: "Riverside Hall",
      date: "Sunday",
      available: false,
      next_free_date: "2027-03-14",
    });
    expect(text).toMatch(/^No\. Riverside Hall is not available on Sunday\./);
    expect(text).toContain("2027-03-14");
  });

  it("counts what the question names, and one of a total as such", async () => {
    expect(await afterTool("how many unread messages do I have?", { unread: 7, total: 311 })).toMatch(/\b7 unread\b/);
    const copies = await afterTool("Is there a copy of Matilda I can borrow?", {
      title: "Matilda",
      copies: 4,
      available: 2,
    });
    expect(copies).toMatch(/^Yes\. Matilda: 2 of 4 copies available/);
  });

  it("does not read a count as money, and says a value with its unit", async () => {
    expect(await afterTool("how many parcels went out today?", { total: 64, day: "today" })).not.toMatch(/[$€£]/);
    expect(await afterTool("what is 3 miles in km?", { value: 4.83, unit: "km" })).toMatch(/4\.83 km/);
  });
});

describe("offline model: other asks read as meant", () => {
  it("reads a count said last with 'need'", async () => {
    const text = await reply("names for my five-a-side team? need 4");
    expect(text.split("\n")).toHaveLength(4);
  });

  it("names a house or a converted building as a building, not a shop", async () => {
    const text = await reply(
      "We're turning an old textile mill into flats. Could you suggest 3 names for the building?",
    );
    expect(text.split("\n")).toHaveLength(3);
    expect(text).not.toMatch(/\b(?:cup|grind|roast|bean|co)\b/i);
  });

  it("sums up an email's news in one line, past its greeting", async () => {
    const text = await reply(
      "tl;dr in one line: Hi Omar, just a short note from the garage. The brakes are done, but the mechanic found a cracked exhaust pipe on the old van, so he wants to replace it before the inspection next Tuesday at 10am. Could you send me your approval by Monday so I can order the part? Thanks, Lina",
    );
    expect(text).not.toMatch(/short note/i);
    expect(text).toMatch(/exhaust/);
    expect(text).toMatch(/approval by Monday/);
  });

  it("fills a couple field with the couple a booking note names", async () => {
    const schema = {
      type: "object",
      properties: { couple: { type: "string" }, venue: { type: "string" } },
      required: ["couple", "venue"],
      additionalProperties: false,
    };
    const text = await reply("Fill in the booking: 'The Adeyemi-Clarke wedding is at Fernhill Barn on 3 July 2027.'", {
      response_format: { type: "json_schema", json_schema: { name: "booking", strict: true, schema } },
    });
    expect(JSON.parse(text)).toEqual({ couple: "Adeyemi-Clarke", venue: "Fernhill Barn" });
  });
});
