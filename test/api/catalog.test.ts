import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DEFAULT_MODEL,
  MODELS,
  costUsd,
  encodingForModel,
  findModel,
  findServedModel,
  getModel,
  lifecycle,
  samplingOptions,
  samplingRules,
  servedModels,
  workbookToday,
} from "../../src/api/catalog";
import { countMessageTokens, countTokens, encode } from "../../src/api/tokens";

describe("model catalog", () => {
  it("has the facts of every model the course uses, dated prices per 1M tokens", () => {
    expect(getModel("gpt-4o-mini")).toMatchObject({
      contextWindow: 128_000,
      encoding: "o200k_base",
      price: { input: 0.15, output: 0.6 },
    });
    expect(getModel("gpt-3.5-turbo")).toMatchObject({ contextWindow: 16_385, encoding: "cl100k_base" });
    expect(getModel("gpt-6-luna")).toMatchObject({
      contextWindow: 1_050_000,
      maxOutputTokens: 128_000,
      price: { input: 0.1, cachedInput: 0.01, output: 0.5 },
    });
    expect(getModel("gpt-5").reasoning).toBe(true);
    expect(getModel("gpt-4.1").reasoning).toBe(false);
    expect(new Set(MODELS.map((m) => m.id)).size).toBe(MODELS.length);
  });

  it("names a source and a check date for every entry, and keeps each entry's facts consistent", () => {
    for (const m of MODELS) {
      expect(m.source, `${m.id} needs a source`).toMatch(/\S{10,}/);
      expect(m.checked, `${m.id}: checked is a YYYY-MM-DD date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (m.shutdownDate !== null)
        expect(m.shutdownDate, `${m.id}: shutdownDate is a YYYY-MM-DD date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.reasoning, `${m.id}: a model reasons exactly when it takes efforts`).toBe(m.reasoningEfforts.length > 0);
      if (m.reasoning) {
        expect(m.reasoningEfforts, `${m.id}: its default effort is one it takes`).toContain(m.defaultReasoningEffort);
        for (const e of m.samplingEfforts)
          expect(m.reasoningEfforts, `${m.id}: sampling effort ${e} is one it takes`).toContain(e);
      } else {
        expect(m.defaultReasoningEffort).toBeNull();
        expect(m.samplingEfforts).toEqual([]);
      }
      expect(m.verbosity, `${m.id}: every model takes verbosity "medium"`).toContain("medium");
      expect(m.maxOutputTokens).toBeLessThanOrEqual(m.contextWindow);
      if (m.maxInputTokens !== undefined) expect(m.maxInputTokens).toBeLessThan(m.contextWindow);
    }
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
    expect(
      costUsd("gpt-4o", { prompt_tokens: 1000, completion_tokens: 0, prompt_tokens_details: { cached_tokens: 1000 } }),
    ).toBeCloseTo(0.00125);
    expect(
      costUsd("gpt-6-luna", {
        prompt_tokens: 1_000_000,
        completion_tokens: 1_000_000,
        prompt_tokens_details: { cached_tokens: 500_000 },
      }),
    ).toBeCloseTo(0.05 + 0.005 + 0.5);
  });
});

describe("model lifecycle", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is current without a shutdown date, deprecated until it, shut down from that day on", () => {
    expect(lifecycle("gpt-6-luna", "2030-01-01")).toBe("current");
    expect(lifecycle("gpt-5", "2026-12-10")).toBe("deprecated");
    expect(lifecycle("gpt-5", "2026-12-11")).toBe("shut-down");
    expect(lifecycle("gpt-4o-mini", "2027-01-13")).toBe("deprecated");
    expect(lifecycle("gpt-4o-mini", new Date("2027-01-14T08:00:00Z"))).toBe("shut-down");
    expect(lifecycle("gpt-3.5-turbo", "2026-12-01")).toBe("shut-down");
    expect(() => lifecycle("gpt-5", "11/12/2026")).toThrow(/YYYY-MM-DD/);
  });

  it("has the announced dates: gpt-3.5-turbo and gpt-4.1-nano 2026-10-23, the gpt-5 family 2026-12-11, gpt-4o and gpt-4.1 2027-01-14", () => {
    const dates = Object.fromEntries(MODELS.map((m) => [m.id, m.shutdownDate]));
    expect(dates).toMatchObject({
      "gpt-3.5-turbo": "2026-10-23",
      "gpt-4.1-nano": "2026-10-23",
      "gpt-5": "2026-12-11",
      "gpt-5-mini": "2026-12-11",
      "gpt-5-nano": "2026-12-11",
      "gpt-4o": "2027-01-14",
      "gpt-4o-mini": "2027-01-14",
      "gpt-4.1": "2027-01-14",
      "gpt-4.1-mini": "2027-01-14",
    });
  });

  it("defaults to a model served through 2027 that reasons and takes sampling parameters with effort none", () => {
    const info = getModel(DEFAULT_MODEL);
    expect(lifecycle(info, "2027-12-31")).toBe("current");
    expect(info.samplingEfforts).toContain("none");
  });

  it("lists the models served on a day, and finds an older kind of model while one is served", () => {
    const dec1 = servedModels("2026-12-01").map((m) => m.id);
    expect(dec1).toContain("gpt-5-nano");
    expect(dec1).not.toContain("gpt-3.5-turbo");
    const classic = (day: string) => findServedModel((m) => !m.reasoning, day)?.id;
    expect(classic("2026-12-01")).toBeDefined();
    expect(classic("2027-01-14"), "no classic (non-reasoning) model is served from 2027-01-14 on").toBeUndefined();
    const defaultsOnly = (day: string) =>
      findServedModel((m) => m.reasoning && m.samplingEfforts.length === 0, day)?.id;
    expect(defaultsOnly("2026-12-10")).toMatch(/^(gpt-5|o3)/);
    expect(defaultsOnly("2026-12-11")).toBeUndefined();
  });

  it("reads today from WORKBOOK_TODAY when set, and says how to write it when it is wrong", () => {
    vi.stubEnv("WORKBOOK_TODAY", "2027-02-01");
    expect(workbookToday()).toBe("2027-02-01");
    expect(lifecycle("gpt-4o-mini")).toBe("shut-down");
    vi.stubEnv("WORKBOOK_TODAY", "tomorrow");
    expect(() => workbookToday()).toThrow(/WORKBOOK_TODAY must be a date written YYYY-MM-DD/);
    vi.stubEnv("WORKBOOK_TODAY", "");
    expect(workbookToday()).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe("sampling rules as the API applies them", () => {
  it("classic chat models take every sampling parameter and no reasoning_effort", () => {
    expect(samplingRules("gpt-4.1-mini")).toMatchObject({
      reasoningEffort: null,
      temperature: "accepted",
      stop: "accepted",
      logprobs: "accepted",
      max_tokens: "accepted",
      reasoning_effort: [],
      verbosity: ["medium"],
    });
    expect(() => samplingRules("gpt-4.1-mini", "low")).toThrow(/does not reason/);
  });

  it("gpt-5 takes only the default temperature, and no top_p, penalties, stop, logprobs, logit_bias or max_tokens, at any effort", () => {
    for (const effort of [undefined, "minimal", "high"] as const) {
      expect(samplingRules("gpt-5", effort)).toMatchObject({
        temperature: "default only",
        top_p: "rejected",
        presence_penalty: "rejected",
        frequency_penalty: "rejected",
        stop: "rejected",
        logprobs: "rejected",
        logit_bias: "rejected",
        max_tokens: "rejected",
        verbosity: ["low", "medium", "high"],
      });
    }
    expect(samplingRules("gpt-5").reasoningEffort).toBe("medium");
    expect(() => samplingRules("gpt-5", "none")).toThrow(/does not take reasoning_effort "none"/);
  });

  it("the default model takes sampling parameters with effort none only; gpt-5.1 runs at none by default", () => {
    expect(samplingRules(DEFAULT_MODEL, "none")).toMatchObject({
      reasoningEffort: "none",
      temperature: "accepted",
      top_p: "accepted",
      logprobs: "accepted",
      max_tokens: "rejected",
    });
    expect(samplingRules(DEFAULT_MODEL)).toMatchObject({
      reasoningEffort: "medium",
      temperature: "default only",
      logprobs: "rejected",
    });
    expect(samplingRules("gpt-5.1")).toMatchObject({ reasoningEffort: "none", temperature: "accepted" });
  });

  it("gpt-5.1 and later refuse stop even at effort none, and say which accepted parameters no source confirms", () => {
    for (const model of ["gpt-5.1", "gpt-5.6-luna", DEFAULT_MODEL]) {
      expect(samplingRules(model, "none").stop, model).toBe("rejected");
      expect(samplingRules(model, "none").unconfirmed, model).toEqual([
        "presence_penalty",
        "frequency_penalty",
        "logit_bias",
      ]);
    }
    expect(samplingRules("gpt-4.1-mini")).toMatchObject({ stop: "accepted", unconfirmed: [] });
    expect(samplingRules(DEFAULT_MODEL).unconfirmed, "nothing is accepted at the default effort").toEqual([]);
  });

  it("samplingOptions adds reasoning_effort none exactly where a model needs it for sampling", () => {
    expect(samplingOptions(DEFAULT_MODEL)).toEqual({ reasoning_effort: "none" });
    expect(samplingOptions("gpt-4o-mini")).toEqual({});
    expect(samplingOptions("gpt-5.1")).toEqual({});
    expect(samplingOptions("gpt-5"), "gpt-5 never takes them: the API's error says so").toEqual({});
    expect(samplingOptions("my-local-llama")).toEqual({});
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
