import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

const ask = async (content: string) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", temperature: 0, messages: [user(content)] }))
    .choices[0].message.content ?? "";

/** "One word" takes the name the passage gives, wherever it stands in the sentence, and never a neighbour word. */
describe("one-word answers", () => {
  it("names the capital when the passage opens with it", async () => {
    expect(await ask("Which city is the capital of France? One word, please.")).toBe("Paris.");
  });

  it("describes in one word only from a sketch, and otherwise says it cannot", async () => {
    expect(await ask("Describe the sea in one word.")).toMatch(/^[A-Z][a-z]+\.$/);
    // Paris has a sketch: a quality, never the name of its country.
    expect(await ask("Describe Paris in one word.")).not.toMatch(/^France\.?$/);
    expect(await ask("Describe machine learning in one word.")).toMatch(/offline model/);
  });
});

/** "In one sentence" keeps the sentence that answers, not the passage's opening. */
describe("brief answers", () => {
  it("starts from the sentence holding what is asked", async () => {
    expect(await ask("In one sentence, what is a base case?")).toMatch(/base case/);
    expect(await ask("Briefly: what is overfitting?")).toMatch(/overfit/i);
    expect(await ask("Explain recursion in one sentence.")).toMatch(/^Recursion means/);
  });

  it("describes the Eiffel Tower from its fact, not from advice on visiting Paris", async () => {
    const reply = await ask("What is the Eiffel Tower?");
    expect(reply).toMatch(/1889/);
    expect(reply).not.toMatch(/best times? to visit/i);
  });
});

describe("what a thing is", () => {
  it("answers from the passage about it, not one that names it once", async () => {
    expect(await ask("Can you explain what a token is in language models?")).toMatch(
      /^A language model reads and writes text as tokens/,
    );
  });
});

describe("a landmark named in passing", () => {
  it("tells about the Louvre from its fact, in two sentences when asked, not from a visit plan", async () => {
    const reply = await ask("Could you tell me about the Louvre?");
    expect(reply).toMatch(/museum/);
    expect(reply).not.toMatch(/best times? to visit/i);
    const two = await ask("Describe the Louvre in 2 sentences.");
    expect(two.match(/[.!?](\s|$)/g)).toHaveLength(2);
    expect(two).toMatch(/1793/);
  });

  it("says a capital in German with the passage that states it, not the one that names the city", async () => {
    const reply = await ask("Tell me the capital of France, in German please.");
    expect(reply).toMatch(/^Die Hauptstadt von Frankreich ist Paris/);
  });
});
