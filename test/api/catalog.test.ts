import { describe, expect, it } from "vitest";
import { MODELS, costUsd, encodingForModel, findModel, getModel } from "../../src/api/catalog";
import { countMessageTokens, countTokens, encode } from "../../src/api/tokens";

describe("model catalog", () => {
  it("has the facts of every model the course uses, dated prices per 1M tokens", () => {
    expect(getModel("gpt-4o-mini")).toMatchObject({ contextWindow: 128_000, encoding: "o200k_base", price: { input: 0.15, output: 0.6 } });
    expect(getModel("gpt-3.5-turbo")).toMatchObject({ contextWindow: 16_385, encoding: "cl100k_base" });
    expect(getModel("gpt-5").reasoning).toBe(true);
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
  });

  it("knows dated snapshots by their family and rejects unknown models with the list of known ones", () => {
    expect(findModel("gpt-4o-mini-2024-07-18")?.id).toBe("gpt-4o-mini");
    expect(findModel("gpt-nonexistent")).toBeUndefined();
    expect(() => getModel("gpt-nonexistent")).toThrow(/gpt-4o-mini/);
  });

  it("maps every model to its encoding, unknown names to o200k_base", () => {
    expect(encodingForModel("gpt-4.1-nano")).toBe("o200k_base");
    expect(encodingForModel("gpt-4")).toBe("cl100k_base");
    expect(encodingForModel("gpt-4-turbo")).toBe("cl100k_base");
    expect(encodingForModel("gpt-4.5-preview")).toBe("o200k_base");
    expect(encodingForModel("some-local-llama")).toBe("o200k_base");
  });

  it("prices reported usage per million tokens, cached input at its own rate", () => {
    expect(costUsd("gpt-4o-mini", { prompt_tokens: 1_000_000, completion_tokens: 0 })).toBeCloseTo(0.15);
    expect(costUsd("gpt-4o-mini", { prompt_tokens: 0, completion_tokens: 1_000_000 })).toBeCloseTo(0.6);
    expect(costUsd("gpt-4o", { prompt_tokens: 1000, completion_tokens: 0, prompt_tokens_details: { cached_tokens: 1000 } })).toBeCloseTo(0.00125);
  });
});

describe("tokens", () => {
  it("counts with the model's encoding", () => {
    const text = "The capital of France is Paris. Ça va? 東京";
    // o200k_base and cl100k_base disagree on this text: proves the encoding follows the model.
    expect(countTokens(text, "gpt-4o-mini")).not.toBe(countTokens(text, "gpt-3.5-turbo"));
    expect(encode("hello world", "gpt-4o-mini")).toEqual([24912, 2375]);
  });

  it("counts a chat the way the API bills it: 3 per message, the role and content, 3 to prime the reply", () => {
    const messages = [
      { role: "system" as const, content: "You are a helpful assistant." },
      { role: "user" as const, content: "What's the capital of France?" },
    ];
    const content = messages.reduce((n, m) => n + countTokens(m.role) + countTokens(m.content), 0);
    expect(countMessageTokens(messages, "gpt-4o-mini")).toBe(content + 3 * 2 + 3);
    expect(countMessageTokens([{ role: "user", content: "hi", name: "ada" }])).toBe(3 + 1 + 1 + 1 + 1 + 3);
  });
});
