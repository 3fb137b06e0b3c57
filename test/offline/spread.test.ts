import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/**
 * Spread like a language model: at temperature 1 the reported distribution really is uncertain in
 * places (so notebook 02's hesitant tokens, top_p columns and temperature charts show something),
 * more for creative requests than for facts.
 */
const CREATIVE = [
  "Write a tagline for a coffee shop",
  "Suggest three names for a bakery",
  "Write a haiku about the sea",
  "Write a short poem about autumn",
];
const FACTUAL = ["What is the capital of France?", "Explain machine learning", "What is recursion?"];

/** Share of the positions of 20 seeded replies at temperature 1 whose most likely token has less than 0.8. */
async function hesitant(prompt: string): Promise<number> {
  let positions = 0;
  let low = 0;
  for (let seed = 1; seed <= 20; seed++) {
    const r = await complete({ messages: [user(prompt)], temperature: 1, seed, logprobs: true, top_logprobs: 1 });
    for (const t of r.choices[0].logprobs!.content!) {
      positions++;
      if (Math.exp(t.top_logprobs[0].logprob) < 0.8) low++;
    }
  }
  if (process.env.OFFLINE_FIGURES)
    console.info(`spread: ${((100 * low) / positions).toFixed(1)} % of ${positions} positions below 0.8: ${prompt}`);
  return low / positions;
}

describe("offline model: at temperature 1 the distribution splits where replies can differ", () => {
  for (const prompt of CREATIVE) {
    it(`creative: at least 15 % of positions have a top token under 0.8 (${prompt})`, async () => {
      expect(await hesitant(prompt)).toBeGreaterThanOrEqual(0.15);
    });
  }
  for (const prompt of FACTUAL) {
    it(`factual: at least 3 % of positions have a top token under 0.8 (${prompt})`, async () => {
      expect(await hesitant(prompt)).toBeGreaterThanOrEqual(0.03);
    });
  }
});
