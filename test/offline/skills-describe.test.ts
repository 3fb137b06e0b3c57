import { describe, expect, it } from "vitest";
import { SKETCHES } from "../../src/offline/corpus/sketches";
import { complete, user } from "./helpers";

/**
 * A description of a set length (words, sentences, characters) of an everyday subject: the length
 * is met exactly, every word or sentence comes from the subject's own sketch, and a subject with
 * no sketch is not described from a neighbour.
 */
const ask = async (prompt: string, seed = 4, temperature?: number) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed,
      ...(temperature === undefined ? {} : { temperature }),
      messages: [user(prompt)],
    })
  ).choices[0].message.content ?? "";
const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w));
const sentences = (t: string) => t.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
const sketch = (name: string) => SKETCHES.find((k) => k.names.includes(name))!;

describe("a set length, met exactly", () => {
  it.each([
    ["Capture the sea in exactly six words.", 6],
    ["Write exactly three words about dogs.", 3],
    ["Describe winter in 4 words", 4],
    ["Describe the beach in one word", 1],
  ])("%s", async (prompt, n) => {
    for (const seed of [1, 2, 3]) expect(words(await ask(prompt, seed)), prompt).toHaveLength(n);
  });

  it("sentences: the count asked, each one from the subject's sketch, the first naming it", async () => {
    const reply = await ask("Give me exactly two sentences about a volcano.");
    expect(sentences(reply)).toHaveLength(2);
    for (const s of sentences(reply)) expect(sketch("volcano").sentences).toContain(s);
    expect(sentences(reply)[0]).toMatch(/volcano/i);
  });

  it("characters: under the limit, and about the subject", async () => {
    const reply = await ask("Describe a kitten in under 45 characters.");
    expect(reply.length).toBeLessThan(45);
    expect(reply).toMatch(/\b(?:cats?|kittens?)\b/i);
  });

  it("a sentence of exactly N words, with no subject given", async () => {
    expect(words(await ask("Write a sentence with exactly 7 words."))).toHaveLength(7);
  });

  it("varies with the seed, and not at temperature 0", async () => {
    const seeded = new Set(await Promise.all([1, 2, 3, 4, 5, 6].map((s) => ask("Describe summer in three words", s))));
    expect(seeded.size).toBeGreaterThan(1);
    const cold = new Set(await Promise.all([1, 2, 3].map((s) => ask("Describe summer in three words", s, 0))));
    expect(cold.size).toBe(1);
  });
});

describe("a subject with no sketch", () => {
  it("is not described", async () => {
    expect(await ask("Describe quantum physics in one sentence")).toMatch(/offline model/);
  });
});
