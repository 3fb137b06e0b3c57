import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/** Times of day worked out, in the clock the question used; a bare hour with no colon or am/pm is not guessed. */
const ask = async (prompt: string, seed = 3) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed, messages: [user(prompt)] })).choices[0].message
    .content ?? "";

describe("clock times", () => {
  it.each([
    ["What time is it 2 hours and 20 minutes after 9:50?", /12:10/],
    ["What time will it be 40 minutes after 11:45pm?", /12:25 am the next day/],
    ["What time was it 3 hours before 2:00 am?", /11:00 pm the day before/],
    ["How many minutes between 8:05 and 10:00?", /^115 minutes/],
    ["How many hours from 11pm to 7am?", /^8 hours \(through midnight\)\.$/],
    ["How long is it from 8:30am to 4pm?", /7 hours and 30 minutes/],
  ])("%s", async (prompt, want) => {
    expect(await ask(prompt)).toMatch(want);
  });

  it("counts to midnight or noon from the time the question itself gives", async () => {
    expect(await ask("If it's 9:40pm now, how long until midnight?")).toMatch(/2 hours and 20 minutes/);
    expect(await ask("How many minutes until noon if it is 11:25am?")).toMatch(/35 minutes/);
    expect(await ask("How long until midnight if it is 23:10?")).not.toMatch(/today/);
  });

  it("does not guess a clock time from a bare number", async () => {
    expect(await ask("What is 3 hours after 10?")).not.toMatch(/\b1[03]:\d\d\b/);
  });
});
