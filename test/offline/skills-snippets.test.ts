import { describe, expect, it } from "vitest";
import { SNIPPETS } from "../../src/offline/corpus/snippets";
import { complete, user } from "./helpers";

/** Everyday code asks beyond functions: each gets its snippet in the language asked, with its reference. */
const ask = async (prompt: string) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 4, messages: [user(prompt)] })).choices[0]
    .message.content ?? "";

describe("everyday code snippets", () => {
  it.each([
    ["How can I iterate over a dict in Python?", /\.items\(\)/, /docs\.python\.org/],
    ["How do I loop through the keys of an object in JavaScript?", /Object\.entries/, /developer\.mozilla\.org/],
    ["How do I find the size of a list in Python?", /len\(/, /docs\.python\.org/],
    ["How do I append an element to an array in JavaScript?", /\.push\(/, /developer\.mozilla\.org/],
    ["How do you write a comment in JavaScript?", /\/\//, /developer\.mozilla\.org/],
    ["How do I create a variable in Python?", /^name = "Ada"$/m, /docs\.python\.org/],
  ])("%s", async (prompt, code, reference) => {
    const reply = await ask(prompt);
    expect(reply).toMatch(/```/);
    expect(reply).toMatch(code);
    expect(reply).toMatch(reference);
  });

  it("every snippet names its source", () => {
    for (const s of SNIPPETS) expect(s.source.url, s.id).toMatch(/^https:\/\//);
  });
});
