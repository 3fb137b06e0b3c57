import { describe, expect, it } from "vitest";
import { encode } from "../../src/api/tokens";
import { complete, distinct, samples, user } from "./helpers";

const TAGLINE = [user("Write a tagline for a coffee shop")];
const ML = [user("Explain machine learning")];

describe("offline model: sampling parameters have their real effect", () => {
  it("temperature 0 gives the same output every time, whatever the seed", async () => {
    const texts = await samples(12, { messages: ML, temperature: 0 });
    expect(distinct(texts)).toBe(1);
    const unseeded = await complete({ messages: ML, temperature: 0 });
    expect(unseeded.choices[0].message.content).toBe(texts[0]);
  });

  it("the same request with the same seed gives the same output; without a seed, fresh randomness", async () => {
    const a = await samples(6, { messages: TAGLINE, temperature: 1.5 });
    const b = await samples(6, { messages: TAGLINE, temperature: 1.5 });
    expect(b).toEqual(a);
    const unseeded = [];
    for (let i = 0; i < 12; i++)
      unseeded.push((await complete({ messages: TAGLINE, temperature: 1.5 })).choices[0].message.content ?? "");
    expect(distinct(unseeded)).toBeGreaterThan(3);
  });

  it("the number of distinct outputs rises with temperature", async () => {
    const counts: number[] = [];
    for (const temperature of [0, 0.5, 1, 1.5])
      counts.push(distinct(await samples(40, { messages: TAGLINE, temperature })));
    expect(counts[0]).toBe(1);
    for (let i = 1; i < counts.length; i++)
      expect(counts[i], `distinct outputs at each temperature: ${counts}`).toBeGreaterThan(counts[i - 1]);
  });

  it("a coffee shop tagline differs at temperature 1.5 and repeats at 0 (the notebook's comparison)", async () => {
    const hot = await samples(2, { messages: TAGLINE, temperature: 1.5, max_completion_tokens: 50 });
    expect(hot[0]).not.toBe(hot[1]);
    const cold = [
      await complete({ messages: TAGLINE, temperature: 0 }),
      await complete({ messages: TAGLINE, temperature: 0 }),
    ];
    expect(cold[0].choices[0].message.content).toBe(cold[1].choices[0].message.content);
  });

  it("top_p 0.1 gives fewer distinct outputs than top_p 1", async () => {
    const narrow = distinct(
      await samples(30, {
        messages: [user("The future of technology is")],
        temperature: 1,
        top_p: 0.1,
        max_completion_tokens: 30,
      }),
    );
    const wide = distinct(
      await samples(30, {
        messages: [user("The future of technology is")],
        temperature: 1,
        top_p: 1,
        max_completion_tokens: 30,
      }),
    );
    expect(narrow).toBeLessThan(wide);
    expect(narrow).toBe(1);
  });

  it("frequency_penalty 2 lowers the repeated-token rate", async () => {
    const repeatRate = async (frequency_penalty: number) => {
      let repeated = 0;
      let total = 0;
      for (let seed = 1; seed <= 8; seed++) {
        const text =
          (await complete({ messages: ML, seed, frequency_penalty, max_completion_tokens: 150 })).choices[0].message
            .content ?? "";
        const ids = encode(text);
        total += ids.length;
        repeated += ids.length - new Set(ids).size;
      }
      return repeated / total;
    };
    const plain = await repeatRate(0);
    const penalized = await repeatRate(2);
    // The model is sure of its text (its alternatives sit ~9 nats below), so the penalty bites once a
    // token has come back four or five times: at least a tenth fewer repeats (about 17 % here).
    expect(penalized).toBeLessThan(plain * 0.9);
  });

  it("n gives independent choices, each with its own index", async () => {
    const r = await complete({ messages: TAGLINE, n: 5, seed: 7 });
    expect(r.choices.map((c) => c.index)).toEqual([0, 1, 2, 3, 4]);
    expect(distinct(r.choices.map((c) => c.message.content ?? ""))).toBeGreaterThan(2);
    const one = await complete({ messages: TAGLINE, n: 1, seed: 7 });
    expect(r.usage!.completion_tokens).toBeGreaterThan(one.usage!.completion_tokens);
  });

  it("max_completion_tokens 10/50/150 cut the reply with finish_reason length; the deprecated max_tokens too", async () => {
    const lengths: number[] = [];
    for (const limit of [10, 50, 150]) {
      const r = await complete({ messages: ML, temperature: 0, max_completion_tokens: limit });
      expect(r.choices[0].finish_reason).toBe("length");
      expect(r.usage!.completion_tokens).toBe(limit);
      expect(encode(r.choices[0].message.content ?? "").length).toBeLessThanOrEqual(limit + 1);
      lengths.push((r.choices[0].message.content ?? "").length);
    }
    expect(lengths[0]).toBeLessThan(lengths[1]);
    expect(lengths[1]).toBeLessThan(lengths[2]);
    const old = await complete({ messages: ML, temperature: 0, max_tokens: 10 });
    expect(old.choices[0].finish_reason).toBe("length");
    const full = await complete({ messages: ML, temperature: 0 });
    expect(full.choices[0].finish_reason).toBe("stop");
  });

  it("stop cuts before the first stop sequence, with finish_reason stop", async () => {
    const full = (await complete({ messages: ML, temperature: 0 })).choices[0].message.content ?? "";
    const r = await complete({ messages: ML, temperature: 0, stop: [" spam", "\n\n"] });
    const text = r.choices[0].message.content ?? "";
    expect(r.choices[0].finish_reason).toBe("stop");
    expect(text).toBe(full.slice(0, full.indexOf(" spam")));
    expect(text).not.toContain(" spam");
  });

  it("logit_bias -100 bans a token and +100 forces one", async () => {
    const [paris] = encode(" Paris");
    const banned = await complete({
      messages: [user("What's the capital of France?")],
      temperature: 0,
      logprobs: true,
      logit_bias: { [paris]: -100 },
    });
    // The token never comes out (the word may still, in other tokens: see bans.test.ts).
    const written = banned.choices[0].logprobs!.content!.map((t) => encode(t.token));
    expect(written.every((ids) => ids.length === 1)).toBe(true);
    expect(written.flat()).not.toContain(paris);
    const [yes] = encode(" yes");
    const forced = await complete({
      messages: [user("Hello")],
      temperature: 0,
      logit_bias: { [yes]: 100 },
      max_completion_tokens: 5,
    });
    expect(forced.choices[0].message.content).toBe(" yes yes yes yes yes");
  });

  it("logprobs report the distribution each token was drawn from", async () => {
    const r = await complete({
      messages: ML,
      temperature: 0.8,
      logprobs: true,
      top_logprobs: 5,
      seed: 3,
      max_completion_tokens: 60,
    });
    const content = r.choices[0].logprobs!.content!;
    expect(content.map((t) => t.token).join("")).toBe(r.choices[0].message.content);
    for (const t of content) {
      expect(t.logprob).toBeLessThanOrEqual(0);
      expect(t.bytes).toEqual([...Buffer.from(t.token, "utf8")]);
      expect(t.top_logprobs).toHaveLength(5);
      const tops = t.top_logprobs.map((x) => x.logprob);
      expect([...tops].sort((a, b) => b - a)).toEqual(tops);
      expect(tops.reduce((s, x) => s + Math.exp(x), 0)).toBeLessThanOrEqual(1 + 1e-9);
      // The sampled token is listed with the same logprob when it is among the top five.
      const listed = t.top_logprobs.find((x) => x.token === t.token);
      if (listed) expect(listed.logprob).toBeCloseTo(t.logprob, 9);
      else expect(t.logprob).toBeLessThanOrEqual(tops[tops.length - 1]);
    }
    // At temperature 0 the chosen token is always the most likely one.
    const greedy = await complete({
      messages: ML,
      temperature: 0,
      logprobs: true,
      top_logprobs: 3,
      max_completion_tokens: 30,
    });
    for (const t of greedy.choices[0].logprobs!.content!) expect(t.top_logprobs[0].token).toBe(t.token);
    const none = await complete({ messages: ML, max_completion_tokens: 5 });
    expect(none.choices[0].logprobs).toBeNull();
  });

  it("the average logprob of sampled tokens matches their frequency (the reported distribution is the real one)", async () => {
    // Over many draws, a token reported with probability p is chosen about p of the time.
    let expected = 0;
    let hits = 0;
    const draws = 400;
    for (let seed = 0; seed < draws; seed++) {
      const r = await complete({
        messages: [user("Hello")],
        temperature: 2,
        logprobs: true,
        top_logprobs: 1,
        seed,
        max_completion_tokens: 1,
      });
      const first = r.choices[0].logprobs!.content![0];
      expected += Math.exp(first.top_logprobs[0].logprob);
      if (first.token === first.top_logprobs[0].token) hits++;
    }
    expect(Math.abs(hits - expected) / draws).toBeLessThan(0.08);
  });
});
