/**
 * Kinds the fourth blind set showed, asked in words of my own: an amount the message states and then
 * calls "that", a number of N digits with no leading zero, "yes or no only", a language asked with
 * "pls", and "just names" as a form rather than a request for name ideas.
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

const ask = async (prompt: string, extra: Record<string, unknown> = {}) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 5,
      temperature: 0,
      messages: [user(prompt)],
      ...extra,
    })
  ).choices[0].message.content ?? "";

describe("blind4 kinds", () => {
  it("'what is that in pounds?' after an amount the message gives converts it, asking nothing back", async () => {
    expect(await ask("our puppy weighed 2500 grams at the vet, what is that in pounds?")).toMatch(/5\.51/);
  });

  it("a random N-digit number with 'no leading zero' never starts with 0, even for a lock", async () => {
    const r = await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 2,
      n: 12,
      messages: [user("random 5 digit code for my locker, no leading zero please")],
    });
    for (const c of r.choices) expect(c.message.content ?? "").toMatch(/\b[1-9]\d{4}\b/);
  });

  it("'yes or no only' is the bare word", async () => {
    expect((await ask("is a shark a mammal? yes or no only")).trim()).toMatch(/^No\.?$/);
  });

  it("a language asked with 'pls' before the colon is the reply's language", async () => {
    expect(await ask("in spanish pls: how many legs does a cat have")).toMatch(/\b(?:cuatro|4)\b/);
    expect(await ask("in spanish pls: how many legs does a cat have")).not.toMatch(/\bcats have\b/i);
  });

  it("a typed 'whats' still opens a question, so its second part is answered too", async () => {
    const text = await ask("whats the capital of kenya and also what currency do they use there");
    expect(text).toMatch(/Nairobi/);
    expect(text).toMatch(/shilling/i);
  });

  it("a mood enum follows the day described, not the first option", async () => {
    const schema = {
      type: "object",
      properties: { mood: { type: "string", enum: ["happy", "sad", "annoyed", "calm"] } },
      required: ["mood"],
      additionalProperties: false,
    };
    const response_format = { type: "json_schema", json_schema: { name: "entry", strict: true, schema } };
    const bad = await ask("Tag my journal: 'Burnt the toast, then my train was cancelled.'", { response_format });
    expect(["sad", "annoyed"]).toContain(JSON.parse(bad).mood);
    const good = await ask("Tag my journal: 'Finally passed my driving test, best day ever!'", { response_format });
    expect(JSON.parse(good).mood).toBe("happy");
  });

  it("'just names' lays out the list asked, no invented names", async () => {
    const text = await ask("name the first three planets from the sun, just names");
    expect(text).toMatch(/Mercury[\s\S]*Venus[\s\S]*Earth/);
  });
});
