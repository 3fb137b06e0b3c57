import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/**
 * Issue 16: only the label, yes or no, lists from data and small code asks on a learner's own
 * prompts (none from the course or the everyday sets). Each reply is computed or looked up; what
 * the word lists or the data cannot decide is declined, never a neighbour's passage.
 */
const ask = async (prompt: string, seed = 3) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed, messages: [user(prompt)] })).choices[0].message
    .content ?? "";
const declined = (t: string) => /offline model/.test(t) && /can't|cannot|unable/.test(t);
/** The items of a reply, one a line, without the list marks a list with no layout asked is given. */
const lines = (t: string) =>
  t
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => l.replace(/^\s*(?:\d+[.)]|[-*•])\s+/, ""));

describe("labels of a given text", () => {
  it.each([
    ['Spam or not spam? "URGENT: you won a cash prize, click the link to claim it!"', /^spam\b/i],
    ['Spam or not spam? Reply with only the label. "Lunch at noon on Thursday still works for me."', /^not spam$/i],
    ['Which language is this? Just the name. "Ich habe einen Hund und zwei Katzen."', /^german$/i],
    ['Formal or informal? "yo dude, gonna be late lol"', /^informal\b/i],
    ['Topic (sports, business, weather): "Heavy snow and strong wind are in the forecast for tonight."', /^weather\b/i],
    ['Reply with one word, positive or negative: "Terrible service, the order arrived broken."', /^negative$/i],
    ['Does this note mention a time? "Call me at 4:30 pm about the invoice."', /^yes\b.*4:30/i],
    ['Does this sentence contain a link? "See you at the park tomorrow."', /^no\b/i],
  ])("%s", async (prompt, want) => {
    expect((await ask(prompt)).trim()).toMatch(want);
  });

  it("a sentiment answers with one of the labels offered, and reads 'never worked' and 'not bad' the right way", async () => {
    const offered = await ask(
      'Classify the sentiment of this review as positive, negative or neutral: "Looked nice, but it never worked properly."',
    );
    expect(offered.toLowerCase()).toMatch(/\bnegative\b/);
    expect(offered.toLowerCase()).not.toMatch(/\bmixed\b/);
    expect(
      (await ask('What is the sentiment of this review? "Honestly not bad, I would order again."')).toLowerCase(),
    ).toMatch(/\bpositive\b/);
  });

  it("declines a text the word lists cannot decide, and a question about a text they cannot read", async () => {
    expect(declined(await ask('Classify as urgent or routine: "The report is on your desk."'))).toBe(true);
    expect(declined(await ask('Does this sentence use the passive voice? "The cake was eaten."'))).toBe(true);
  });
});

describe("yes or no, computed", () => {
  it.each([
    ["Is 225 a perfect square? Yes or no.", "Yes."],
    ["Is 30 a perfect square? Yes or no.", "No."],
    ["Is 21 an even number? Answer only yes or no.", "No."],
    ["Is 64 a perfect cube? Just yes or no.", "Yes."],
    ['Is the word "racecar" a palindrome? Yes or no.', "Yes."],
  ])("%s", async (prompt, want) => {
    expect((await ask(prompt)).trim()).toBe(want);
  });
});

describe("lists read from data", () => {
  it("countries of a continent are UN members of it, as many as asked", async () => {
    const out = lines(await ask("Name 4 countries in Africa, one per line."));
    expect(out).toHaveLength(4);
    for (const c of out)
      expect([
        "Nigeria",
        "Kenya",
        "South Africa",
        "Ghana",
        "Ethiopia",
        "Morocco",
        "Tanzania",
        "Senegal",
        "Algeria",
      ]).toContain(c);
  });
  it("elements of a family in atomic order, planets of a kind", async () => {
    expect(lines(await ask("List 2 alkali metals."))).toEqual(["Lithium", "Sodium"]);
    expect(lines(await ask("List the ice giants."))).toEqual(["Uranus", "Neptune"]);
    expect(await ask("Give me the rocky planets as a numbered list.")).toBe("1. Mercury\n2. Venus\n3. Earth\n4. Mars");
  });
  it("a set the data cannot give exactly is declined", async () => {
    expect(declined(await ask("List three countries that border France."))).toBe(true);
    // The planets table holds mean temperatures, so "the two hottest" is answered (skills-blind3-compute); winds it does not hold.
    expect(declined(await ask("Name the two windiest planets."))).toBe(true);
  });
});

describe("small code asks", () => {
  it("works out what an everyday JavaScript expression returns", async () => {
    expect(await ask('What does ["b", "a", "c"].sort().join("-") return in JavaScript?')).toContain('"a-b-c"');
    expect(await ask("What does [5, 6, 7].indexOf(9) return in JS?")).toContain("`-1`");
  });
  it("declines what it cannot work out or read", async () => {
    expect(declined(await ask("What does user.getName() return in JavaScript?"))).toBe(true);
    expect(declined(await ask("Explain this code: for (const k in obj) delete obj[k];"))).toBe(true);
  });
  it("reverses a list with the name asked", async () => {
    expect(await ask("Write a Python function reverse_items(values) that reverses a list.")).toMatch(
      /def reverse_items\(values\):\s+return values\[::-1\]/,
    );
  });
});
