import { describe, expect, it } from "vitest";
import { EVERYDAY_SETS } from "../../src/offline/corpus/sets";
import { complete, user } from "./helpers";

/**
 * Everyday sets (corpus/sets.ts) on a learner's own prompts: a pick or a list named plainly is
 * answered from the set, in the order and layout asked; a set narrowed by a word the data cannot
 * judge ("tropical fruits", "months with 31 days") is never answered with the plain set.
 */
const ask = async (prompt: string, seed = 3) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed, messages: [user(prompt)] })).choices[0].message
    .content ?? "";
const declined = (t: string) => /offline model/.test(t) && /can't|cannot|unable/.test(t);
/** The pickable set that holds a member. */
const setWith = (member: string) => EVERYDAY_SETS.find((s) => s.one && s.items.includes(member))!;

describe("a random pick from a set", () => {
  it.each([
    ["Pick a random fruit", "Mango"],
    ["Name a colour", "Purple"],
    ["Give me a random sport", "Tennis"],
  ])("%s is one member, and seeds pick different ones", async (prompt, member) => {
    const set = setWith(member);
    const picks = new Set<string>();
    for (let seed = 1; seed <= 12; seed++) {
      const reply = await ask(prompt, seed);
      const member = set.items.find((item) => new RegExp(`\\b${item}\\b`, "i").test(reply));
      expect(member, reply).toBeDefined();
      picks.add(member!);
    }
    expect(picks.size).toBeGreaterThan(2);
  });
});

describe("lists of a set, in the order and layout asked", () => {
  it("keeps the count and puts open sets in alphabetical order when asked", async () => {
    const items = (await ask("List three fruits in alphabetical order, one per line")).split("\n");
    expect(items).toHaveLength(3);
    expect([...items].sort((a, b) => a.localeCompare(b))).toEqual(items);
  });

  it("reverses an ordered set and joins items with commas when asked", async () => {
    expect(await ask("List the days of the week in reverse order, one per line")).toMatch(
      /^Sunday\nSaturday\n[\s\S]*Monday$/,
    );
    expect(await ask("Name three planets, comma separated")).toBe("Mercury, Venus, Earth");
  });

  it("answers two sets asked together, each with its own items", async () => {
    const reply = await ask("Name two colours and two animals");
    expect(reply).toMatch(/^Colours: \w+, \w+\nAnimals: \w+, \w+$/);
    expect(reply).not.toMatch(/Animals:.*\b(?:Red|Blue|Green)\b/);
  });

  it("lists programming languages, not a passage about choosing one", async () => {
    const reply = await ask("List 3 programming languages.");
    const known = EVERYDAY_SETS.find((s) => s.items.includes("Kotlin"))!.items;
    expect(reply.split("\n").filter((l) => l.trim())).toHaveLength(3);
    for (const line of reply.split("\n"))
      expect(
        known.some((k) => line.includes(k)),
        line,
      ).toBe(true);
  });
});

describe("a set narrowed by a word the data cannot judge", () => {
  it.each([
    "Name five animals that live in Africa",
    "List three tropical fruits",
    "Name the months with 31 days",
    "List three fruits I can eat for breakfast",
  ])("%s is not answered with the plain set", async (prompt) => {
    const reply = await ask(prompt);
    expect(declined(reply), reply).toBe(true);
  });
});
