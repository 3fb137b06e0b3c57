import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

const FACT = [user("What is the capital of France?")];
const text = async (params: Record<string, unknown>) => (await complete(params)).choices[0].message.content ?? "";

describe("offline model: regenerating at creative settings gives another answer", () => {
  it("20 unseeded draws of a factual question differ at temperature 1.2/top_p 0.95 and repeat at 0", async () => {
    const hot: string[] = [];
    const cold: string[] = [];
    for (let i = 0; i < 20; i++) {
      hot.push(await text({ messages: FACT, temperature: 1.2, top_p: 0.95 }));
      cold.push(await text({ messages: FACT, temperature: 0 }));
    }
    expect(new Set(hot).size, "distinct answers out of 20 at temperature 1.2").toBeGreaterThanOrEqual(10);
    expect(new Set(cold).size).toBe(1);
    for (const answer of hot) expect(answer).toMatch(/Paris|France/);
  });

  it("above temperature 1 some word choices have real alternatives (5-40%), not ~100% everywhere", async () => {
    const r = await complete({ messages: [user("Explain machine learning")], temperature: 1.3, logprobs: true, top_logprobs: 3, seed: 1, max_completion_tokens: 120 });
    const top = r.choices[0].logprobs!.content!.map((t) => Math.exp(t.top_logprobs[0].logprob));
    const second = r.choices[0].logprobs!.content!.map((t) => Math.exp(t.top_logprobs[1]?.logprob ?? -Infinity));
    expect(top.filter((p) => p < 0.95).length, "positions where the top token has < 95%").toBeGreaterThanOrEqual(5);
    expect(second.some((p) => p >= 0.05 && p <= 0.4)).toBe(true);
  });

  it("at the default temperature 1 a factual answer keeps its passage's words (no swapped words)", async () => {
    const greedy = await complete({ messages: [user("What is the capital of France?")], temperature: 0, max_completion_tokens: 60 });
    const words = new Set(greedy.choices[0].message.content!.split(/\s+/));
    const r = await complete({ messages: [user("What is the capital of France?")], temperature: 1, seed: 4, max_completion_tokens: 60 });
    const stray = r.choices[0].message.content!.split(/\s+/).filter((w) => !words.has(w));
    expect(stray.length, `words not in the passage: ${stray.join(" ")}`).toBeLessThanOrEqual(3);
  });
});
