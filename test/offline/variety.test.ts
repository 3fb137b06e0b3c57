import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/**
 * Regenerating gives other replies in proportion to temperature: among 20 draws, 1 distinct reply
 * at temperature 0, at least 3 at 0.7, at least 5 at 1, and never fewer as temperature rises.
 * Counts are averaged over 10 independent sets of 20 seeded draws, so the comparison between
 * neighbouring temperatures measures the distribution, not one lucky set of seeds.
 */
const PROMPTS = [
  "Write a tagline for a coffee shop",
  "Suggest three names for a bakery",
  "Write a short poem about autumn",
  "What is the capital of France?",
  "Explain machine learning",
  "What is recursion?",
];
const TEMPERATURES = [0, 0.7, 1, 1.5, 2];
const SETS = 10;

async function meanDistinct(prompt: string, temperature: number): Promise<number> {
  let total = 0;
  for (let set = 0; set < SETS; set++) {
    const texts = new Set<string>();
    for (let i = 0; i < 20; i++)
      texts.add(
        (await complete({ messages: [user(prompt)], temperature, seed: set * 1000 + i, max_completion_tokens: 120 }))
          .choices[0].message.content ?? "",
      );
    total += texts.size;
  }
  return total / SETS;
}

describe("offline model: regenerating gives another answer, more often at higher temperature", () => {
  for (const prompt of PROMPTS) {
    it(`distinct replies among 20 draws: 1 at 0, >= 3 at 0.7, >= 5 at 1, never fewer as temperature rises (${prompt})`, async () => {
      const counts: number[] = [];
      for (const temperature of TEMPERATURES) counts.push(await meanDistinct(prompt, temperature));
      if (process.env.OFFLINE_FIGURES)
        console.info(
          `distinct of 20 at ${TEMPERATURES.join("/")}: ${counts.map((c) => c.toFixed(1)).join(" / ")}: ${prompt}`,
        );
      expect(counts[0]).toBe(1);
      expect(counts[1]).toBeGreaterThanOrEqual(3);
      expect(counts[2]).toBeGreaterThanOrEqual(5);
      for (let i = 1; i < counts.length; i++)
        expect(counts[i], `mean distinct replies at ${TEMPERATURES.join("/")}: ${counts}`).toBeGreaterThanOrEqual(
          counts[i - 1],
        );
      // A guard against a hang, not a speed goal (the machine may be busy).
    }, 180_000);
  }

  it("unseeded regenerations at the creative settings (1.2, top_p 0.95) differ, and stay on the question", async () => {
    const hot: string[] = [];
    for (let i = 0; i < 20; i++)
      hot.push(
        (await complete({ messages: [user("What is the capital of France?")], temperature: 1.2, top_p: 0.95 }))
          .choices[0].message.content ?? "",
      );
    expect(new Set(hot).size).toBeGreaterThanOrEqual(5);
    for (const answer of hot) expect(answer).toMatch(/Paris|France/);
  });
});
