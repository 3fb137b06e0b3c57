import { describe, expect, it } from "vitest";
import { encode } from "../../src/api/tokens";
import { complete } from "./helpers";

/** logit_bias bans a token, not a word: the model writes the word it wanted with other tokens, as real models do. */
describe("logit_bias -100 bans a token and the model routes around it", () => {
  const ask = (logit_bias?: Record<string, number>) =>
    complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      messages: [{ role: "user", content: "Name the capital city of Italy in a single word." }],
      temperature: 0,
      logprobs: true,
      top_logprobs: 5,
      ...(logit_bias ? { logit_bias } : {}),
    });

  it("writes the same word in smaller tokens, none of them the banned one", async () => {
    const plain = await ask();
    const reply = plain.choices[0].message.content ?? "";
    const first = plain.choices[0].logprobs!.content![0].token;
    const id = encode(first, "gpt-6-luna");
    expect(id, `the first token ${JSON.stringify(first)} is one token`).toHaveLength(1);
    const banned = await ask({ [id[0]]: -100 });
    const tokens = banned.choices[0].logprobs!.content!.map((t) => t.token);
    expect(tokens).not.toContain(first);
    expect(banned.choices[0].message.content, "the same word, routed around the ban").toBe(reply);
    expect(tokens.length).toBeGreaterThan(plain.choices[0].logprobs!.content!.length);
  });

  it("a small negative bias only lowers the token's probability", async () => {
    const plain = await ask();
    const first = plain.choices[0].logprobs!.content![0];
    const id = encode(first.token, "gpt-6-luna")[0];
    const nudged = await ask({ [id]: -1 });
    const after = nudged.choices[0].logprobs!.content![0].top_logprobs.find((t) => t.token === first.token);
    expect(after?.logprob).toBeLessThan(first.logprob);
  });
});

/** The alternatives a learner reads in top_logprobs: past the real candidates, the tail names other spellings of the word first. */
describe("top_logprobs past the candidates", () => {
  it("lists another spelling of the favourite word among the tail, at the tail's own probability", async () => {
    const reply = await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      messages: [{ role: "user", content: "Which city is the capital of France? One word, please." }],
      temperature: 0,
      logprobs: true,
      top_logprobs: 10,
    });
    const first = reply.choices[0].logprobs!.content![0];
    expect(first.token).toBe("Paris");
    const tail = first.top_logprobs.filter((t) => Math.exp(t.logprob) < 1e-3);
    expect(tail.map((t) => t.token)).toContain(" Paris");
    // One even share: every named tail word has the same probability, the one the sampler draws it with.
    const words = tail.filter((t) => /^ ?[A-Za-z]+$/.test(t.token));
    const spelled = tail.find((t) => t.token === " Paris")!;
    expect(words.some((t) => t.logprob === spelled.logprob && t.token !== " Paris")).toBe(true);
  });
});
