import { describe, expect, it } from "vitest";
import { rhymesOf } from "../../src/offline/skills/rhymes";
import { complete, user } from "./helpers";

/** A story keeps the mood asked, a slogan names the business, rhymes are computed. */
const ask = async (prompt: string) =>
  (await complete({ seed: 5, messages: [user(prompt)] })).choices[0].message.content ?? "";

describe("moods, names and rhymes", () => {
  it("a spooky story in one sentence is not a cheerful one", async () => {
    const reply = await ask("tell me a spooky story, just one sentence, about a lighthouse");
    expect(reply).toMatch(/lighthouse/i);
    expect(reply).not.toMatch(/all right again|set everything right/);
  });

  it("a slogan for a named shop says its name", async () => {
    const reply = await ask("we're opening a flower shop called Petal Corner. need a catchy slogan for it");
    expect(reply).toMatch(/Petal Corner/);
  });

  it.each([
    ["list 4 words that rhyme with 'night'", 4, /light|bright|kite/],
    ["what rhymes with goat", 3, /boat|coat|float/],
  ])("%s", async (prompt, n, some) => {
    const reply = await ask(prompt);
    expect(reply).toMatch(some);
    expect(reply).not.toMatch(/```|cannot/);
    if (/\d/.test(prompt)) expect(reply.match(/\b[a-z]+\b(?=,| and| all)/g)?.length).toBeGreaterThanOrEqual(n - 1);
  });

  it("rhymes share the spelled ending and leave the word out", () => {
    expect(rhymesOf("cake")).toEqual(expect.arrayContaining(["bake", "lake"]));
    expect(rhymesOf("cat")).not.toContain("cat");
  });
});
