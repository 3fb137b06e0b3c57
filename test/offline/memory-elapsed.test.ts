import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Time counted from a date the user stated, against the pinned today (vitest.config.ts:
 * 2026-12-01), and a bare "why?" after an answer that gave no reason. Prompts are this file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed = 6) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";

describe("time from a stated date", () => {
  it("days until a stated birthday, never its day of the month", async () => {
    const days = await text([
      user("My birthday is on 25 December."),
      assistant("Noted!"),
      user("How many days until my birthday?"),
    ]);
    expect(days).toMatch(/^24 days\b/);
    const none = await text([user("I love cake."), assistant("Me too!"), user("how many days until my birthday?")]);
    expect(none).toMatch(/haven't told me/);
  });

  it("years since a dated start", async () => {
    const years = await text([
      user("We moved to Leeds in 2016."),
      assistant("Nice."),
      user("How long have we lived here?"),
    ]);
    expect(years).toMatch(/\b10 years\b/);
  });
});

describe("a bare 'why?' after an answer with no reason", () => {
  it("says honestly it can't, instead of repeating the answer", async () => {
    const reply = await text([
      user("Give me a fact about koalas."),
      assistant("Koalas sleep up to 20 hours a day."),
      user("why?"),
    ]);
    expect(reply).not.toMatch(/20 hours/);
    expect(reply).toMatch(/can't/);
  });
});
