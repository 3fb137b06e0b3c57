import { describe, expect, it } from "vitest";
import { encode } from "../../src/api/tokens";
import { complete, system, user } from "./helpers";

/**
 * Settings and tasks notebooks 02 and 05 demonstrate: verbosity, presence_penalty on whole replies,
 * a reasoning puzzle, zero-shot and few-shot sentiment, brainstormed ideas, summaries of code-heavy turns.
 */
const text = async (params: Record<string, unknown>) => (await complete(params)).choices[0].message.content ?? "";
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const seeds = [1, 2, 3, 4, 5];
const off = { model: "gpt-6-luna", reasoning_effort: "none" };

describe("verbosity sets how much the answer says", () => {
  it("low is shorter than medium, and high is longer, on the same topic", async () => {
    const ask = (verbosity: string, seed: number) =>
      text({
        model: "gpt-6-luna",
        reasoning_effort: "low",
        verbosity,
        seed,
        messages: [user("Explain what a token is in language models.")],
      });
    for (const seed of seeds) {
      const [low, medium, high] = [await ask("low", seed), await ask("medium", seed), await ask("high", seed)];
      expect(words(low), `${low}\n---\n${medium}`).toBeLessThan(words(medium));
      expect(words(high), `${medium}\n---\n${high}`).toBeGreaterThan(words(medium));
      expect(high).toMatch(/token/i);
    }
  });
});

describe("penalties move whole replies", () => {
  const share = (t: string) => {
    const w = t.toLowerCase().match(/[a-z']+/g) ?? [];
    return new Set(w).size / w.length;
  };
  const repeated = (t: string) => {
    const ids = encode(t);
    return ids.filter((id, i) => ids.indexOf(id) < i).length / ids.length;
  };
  const run = (extra: Record<string, unknown>, prompt: string) =>
    Promise.all(
      seeds.map((seed) =>
        text({ ...off, temperature: 1, seed, max_completion_tokens: 150, messages: [user(prompt)], ...extra }),
      ),
    );

  it("presence_penalty 1.5 raises the share of distinct words, seed by seed", async () => {
    const plain = await run({}, "Tell me about the future of technology");
    const fresh = await run({ presence_penalty: 1.5 }, "Tell me about the future of technology");
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(fresh.map(share))).toBeGreaterThan(mean(plain.map(share)) + 0.01);
    expect(fresh.filter((r, i) => share(r) >= share(plain[i])).length).toBeGreaterThanOrEqual(4);
  });

  it("frequency_penalty lowers the share of repeated tokens as it grows", async () => {
    const rates = await Promise.all(
      [0, 1, 2].map(async (p) => (await run({ frequency_penalty: p }, "Explain machine learning")).map(repeated)),
    );
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(rates[1])).toBeLessThan(mean(rates[0]));
    expect(mean(rates[2])).toBeLessThan(mean(rates[1]));
  });
});

describe("tasks the notebooks try", () => {
  it("answers the bat-and-ball puzzle with 5 cents, at every effort", async () => {
    const q =
      "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?";
    for (const reasoning_effort of ["none", "low", "high"])
      expect(await text({ model: "gpt-6-luna", reasoning_effort, messages: [user(q)] })).toMatch(/\$0\.05|5 cents/);
  });

  it("labels sentiment in its own words without examples, and with the examples' labels after them", async () => {
    const classify = system("Classify the sentiment of each customer review.");
    const zero = await text({
      ...off,
      temperature: 0,
      messages: [classify, user("The delivery was late again, and nobody answered my emails.")],
    });
    expect(zero).toMatch(/negative/i);
    expect(zero).not.toMatch(/^NEGATIVE$/);
    const shots = [
      user("Great coffee and the staff remembered my name."),
      { role: "assistant", content: "POSITIVE" },
      user("The room was clean but the wifi never worked."),
      { role: "assistant", content: "MIXED" },
      user("Broke after two days. Waste of money."),
      { role: "assistant", content: "NEGATIVE" },
    ];
    const label = (review: string) => text({ ...off, temperature: 0, messages: [classify, ...shots, user(review)] });
    expect(await label("The delivery was late again, and nobody answered my emails.")).toBe("NEGATIVE");
    expect(await label("Pricey, but the best pizza in town.")).toBe("MIXED");
    expect(await label("Fast shipping, works perfectly.")).toBe("POSITIVE");
  });

  it("brainstorms ideas for the business named, as a list", async () => {
    for (const seed of seeds) {
      const reply = await text({ ...off, seed, messages: [user("Brainstorm ideas for a small neighbourhood bakery")] });
      expect(
        reply.split("\n").map((l) => l.slice(0, 3)),
        reply,
      ).toEqual(["1. ", "2. ", "3. ", "4. ", "5. "]);
      expect(reply).not.toMatch(/Paris|Seine/);
    }
  });

  it("a rating the prompt asks for on a scale lands well up that scale, inside it", async () => {
    const schema = {
      type: "object",
      properties: { tagline: { type: "string" }, coziness: { type: "integer" } },
      required: ["tagline", "coziness"],
      additionalProperties: false,
    };
    const rated = JSON.parse(
      await text({
        ...off,
        messages: [user("Write a tagline for a coffee shop and rate its coziness from 1 to 10.")],
        response_format: { type: "json_schema", json_schema: { name: "rated", strict: true, schema } },
      }),
    );
    expect(rated.coziness).toBeGreaterThanOrEqual(6);
    expect(rated.coziness).toBeLessThanOrEqual(10);
  });

  it("summarizes turns with code in whole sentences, none that introduces a missing example", async () => {
    const transcript =
      "user: Can you show me an example?\nassistant: Here is a simple decorator that prints how long a function takes:\n\n```python\ndef timer(func):\n    return func\n```\n\nThe wrapper calls the original function and prints the elapsed time.";
    const summary = await text({ ...off, messages: [user(`Summarize this conversation:\n\n${transcript}`)] });
    expect(summary).not.toMatch(/:\s*\.?$|:\./);
    expect(summary).not.toContain("def timer");
  });
});
