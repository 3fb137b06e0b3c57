import { describe, expect, it } from "vitest";
import { compileCandidates, withChoices } from "../../src/offline/model/candidates";
import { corpusTexts } from "../../src/offline/corpus/all";
import { MixtureGenerator } from "../../src/offline/model/generate";
import { ngramModel } from "../../src/offline/model/ngram";
import { seededRandom } from "../../src/offline/model/rng";
import { vocabularyFor } from "../../src/offline/model/vocab";
import { complete, user } from "./helpers";

/**
 * The reported logprobs are the distribution replies are drawn from. The first few tokens of a
 * reply (max_completion_tokens cuts it) are an event whose probability under sampling is exactly
 * the product of its tokens' reported probabilities, and distinct token sequences are disjoint
 * events: so their probabilities add up to at most 1, and their frequencies over many seeded draws
 * must match. Seeds are fixed and the bounds sit at a false-alarm rate below one in a million, so
 * the test cannot flake, yet a hidden draw (a passage chosen before the tokens) fails it at once.
 */
const PROMPTS = {
  creative: "Write a tagline for a coffee shop",
  factual: "What is the capital of France?",
  code: "Write a TypeScript function that reverses a string",
} as const;

const DRAWS = 1500;
/** Normal quantile for a two-sided false-alarm rate of about 1e-8 per comparison. */
const Z = 5.7;

interface Observed {
  count: number;
  p: number;
  text: string;
}

async function draw(prompt: string, temperature: number, maxTokens: number): Promise<Map<string, Observed>> {
  const seen = new Map<string, Observed>();
  for (let seed = 0; seed < DRAWS; seed++) {
    const r = await complete({
      messages: [user(prompt)],
      temperature,
      seed,
      logprobs: true,
      max_completion_tokens: maxTokens,
    });
    const tokens = r.choices[0].logprobs!.content!;
    // Token sequences, not texts: the same text written with other tokens is another event.
    const key = tokens.map((t) => (t.bytes ?? []).join(",")).join("|");
    const p = Math.exp(tokens.reduce((s, t) => s + t.logprob, 0));
    const o = seen.get(key);
    if (o) {
      expect(p, "the same reply is always reported with the same probability").toBeCloseTo(o.p, 12);
      o.count++;
    } else seen.set(key, { count: 1, p, text: r.choices[0].message.content ?? "" });
  }
  return seen;
}

/** Chi-square critical value (Wilson-Hilferty) for `df` degrees of freedom at a tail of about 1e-7. */
function chiSquareCritical(df: number): number {
  const z = 5.2;
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

describe("offline model: the probability of a reply is the product of its reported token probabilities", () => {
  for (const [kind, prompt] of Object.entries(PROMPTS)) {
    for (const temperature of [1, 0.7]) {
      it(`${kind} prompt at temperature ${temperature}: frequencies match exp(sum of logprobs), and the probabilities of distinct replies add up to at most 1`, async () => {
        const seen = await draw(prompt, temperature, 8);
        const list = [...seen.values()].sort((a, b) => b.p - a.p);
        const total = list.reduce((s, o) => s + o.p, 0);
        expect(total, "probabilities of the distinct replies seen").toBeLessThanOrEqual(1 + 1e-9);
        // Each reply on its own: its count is binomial(DRAWS, p).
        for (const o of list) {
          const mean = DRAWS * o.p;
          const bound = Z * Math.sqrt(DRAWS * o.p * (1 - o.p)) + 1;
          expect(
            Math.abs(o.count - mean),
            `${JSON.stringify(o.text)}: seen ${o.count} times, reported p = ${o.p.toFixed(4)}`,
          ).toBeLessThanOrEqual(bound);
        }
        // Together: chi-square over the replies expected at least 5 times, plus everything else as one cell.
        const cells = list.filter((o) => DRAWS * o.p >= 5);
        let chi = 0;
        let restCount = DRAWS;
        let restP = 1;
        for (const o of cells) {
          chi += (o.count - DRAWS * o.p) ** 2 / (DRAWS * o.p);
          restCount -= o.count;
          restP -= o.p;
        }
        if (DRAWS * restP >= 5) chi += (restCount - DRAWS * restP) ** 2 / (DRAWS * restP);
        else
          expect(restCount, "replies outside the frequent ones").toBeLessThanOrEqual(
            Math.max(5, DRAWS * restP + Z * Math.sqrt(DRAWS * Math.max(restP, 1e-9)) + 1),
          );
        const df = Math.max(1, cells.length);
        if (process.env.OFFLINE_FIGURES)
          console.info(
            `calibration ${kind} T=${temperature}: ${seen.size} distinct 8-token replies in ${DRAWS} draws, sum of their p = ${total.toFixed(4)}, chi-square ${chi.toFixed(1)} over ${cells.length}+1 cells (critical ${chiSquareCritical(df).toFixed(1)})`,
          );
        expect(chi, `chi-square over ${cells.length} replies and the rest`).toBeLessThanOrEqual(chiSquareCritical(df));
        // The test has power only if the reply really varies: several replies, none certain.
        if (temperature === 1) expect(cells.length, "replies expected at least 5 times").toBeGreaterThanOrEqual(2);
      }, 60_000);
    }
  }

  it("a whole short reply's probability is exp(sum of logprobs), the end included", async () => {
    // Complete taglines (finish_reason stop): their frequencies match too.
    const seen = new Map<string, Observed>();
    const draws = 1000;
    for (let seed = 0; seed < draws; seed++) {
      const r = await complete({
        messages: [user(PROMPTS.creative)],
        temperature: 1,
        seed: 10_000 + seed,
        logprobs: true,
      });
      expect(r.choices[0].finish_reason).toBe("stop");
      const tokens = r.choices[0].logprobs!.content!;
      const key = tokens.map((t) => (t.bytes ?? []).join(",")).join("|");
      const p = Math.exp(tokens.reduce((s, t) => s + t.logprob, 0));
      const o = seen.get(key);
      if (o) o.count++;
      else seen.set(key, { count: 1, p, text: r.choices[0].message.content ?? "" });
    }
    const list = [...seen.values()];
    expect(list.reduce((s, o) => s + o.p, 0)).toBeLessThanOrEqual(1 + 1e-9);
    for (const o of list) {
      const bound = Z * Math.sqrt(draws * o.p * (1 - o.p)) + 1;
      expect(
        Math.abs(o.count - draws * o.p),
        `${JSON.stringify(o.text)}: seen ${o.count}, p = ${o.p.toFixed(4)}`,
      ).toBeLessThanOrEqual(bound);
    }
  }, 60_000);

  it("a choice inside a reply splits exactly there, with the options' shares, and a prefix reply ends with its own probability", () => {
    const vocab = vocabularyFor("gpt-4o-mini");
    const ngram = ngramModel(vocab, corpusTexts);
    const free = (text: string) => ({ kind: "free" as const, text, fidelity: 1 });
    const candidates = [
      ...withChoices(
        [
          free("Fresh coffee,"),
          {
            kind: "choice",
            options: [
              { segments: [free(" warm")], weight: 3 },
              { segments: [free(" kind")], weight: 1 },
            ],
          },
          free(" welcome."),
        ],
        0.8,
        "template",
      ),
      // A token prefix of the others: after "Fresh coffee," it may end there.
      { segments: [free("Fresh coffee,")], weight: 0.2, source: "short" },
    ];
    const set = compileCandidates(vocab, candidates);
    const params = {
      temperature: 1,
      topP: 1,
      presencePenalty: 0,
      frequencyPenalty: 0,
      logitBias: null,
      topLogprobs: 5,
    };
    const seen = new Map<string, { n: number; p: number }>();
    const draws = 4000;
    for (let i = 0; i < draws; i++) {
      const g = new MixtureGenerator(vocab, ngram, set, params, seededRandom(`choice:${i}`));
      let text = "";
      let lp = 0;
      for (let s = g.next(); s; s = g.next()) {
        text += vocab.text(s.id);
        lp += s.logprob;
      }
      const o = seen.get(text);
      if (o) o.n++;
      else seen.set(text, { n: 1, p: Math.exp(lp) });
    }
    expect(seen.get("Fresh coffee, warm welcome.")!.p).toBeCloseTo(0.6, 9);
    expect(seen.get("Fresh coffee, kind welcome.")!.p).toBeCloseTo(0.2, 9);
    expect(seen.get("Fresh coffee,")!.p).toBeCloseTo(0.2, 9);
    for (const [text, o] of seen)
      expect(Math.abs(o.n - draws * o.p), text).toBeLessThanOrEqual(Z * Math.sqrt(draws * o.p * (1 - o.p)) + 1);
  });
});
