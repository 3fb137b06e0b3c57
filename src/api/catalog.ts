/**
 * The workbook's single source of model facts: context windows, encodings and prices.
 * Prices are USD per 1M tokens, copied from OpenAI's pricing page on PRICES_AS_OF;
 * re-check them at PRICES_SOURCE before you rely on them for a budget.
 */
export type EncodingName = "o200k_base" | "cl100k_base";

export interface ModelInfo {
  /** The id you pass as `model`. */
  id: string;
  /** Total tokens the model can attend to (prompt + completion). */
  contextWindow: number;
  /** The largest prompt the model accepts, when it is smaller than the context window. */
  maxInputTokens?: number;
  /** The most tokens one reply may have. */
  maxOutputTokens: number;
  encoding: EncodingName;
  /** USD per 1M tokens. */
  price: { input: number; cachedInput: number | null; output: number };
  /** Reasoning models accept only the default temperature/top_p/penalties. */
  reasoning: boolean;
  /** Still served, but OpenAI calls it legacy or recommends a newer model. */
  legacy: boolean;
}

export const PRICES_AS_OF = "2026-08-18";
export const PRICES_SOURCE = "https://openai.com/api/pricing";

export const DEFAULT_MODEL = "gpt-4o-mini";

const model = (
  id: string,
  contextWindow: number,
  maxOutputTokens: number,
  encoding: EncodingName,
  input: number,
  cachedInput: number | null,
  output: number,
  extra: Partial<Pick<ModelInfo, "maxInputTokens" | "reasoning" | "legacy">> = {},
): ModelInfo => ({
  id,
  contextWindow,
  maxOutputTokens,
  encoding,
  price: { input, cachedInput, output },
  reasoning: false,
  legacy: false,
  ...extra,
});

export const MODELS: readonly ModelInfo[] = [
  model("gpt-3.5-turbo", 16_385, 4_096, "cl100k_base", 0.5, null, 1.5, { legacy: true }),
  model("gpt-4o-mini", 128_000, 16_384, "o200k_base", 0.15, 0.075, 0.6, { legacy: true }),
  model("gpt-4o", 128_000, 16_384, "o200k_base", 2.5, 1.25, 10, { legacy: true }),
  model("gpt-4.1", 1_047_576, 32_768, "o200k_base", 2, 0.5, 8),
  model("gpt-4.1-mini", 1_047_576, 32_768, "o200k_base", 0.4, 0.1, 1.6),
  model("gpt-4.1-nano", 1_047_576, 32_768, "o200k_base", 0.1, 0.025, 0.4),
  model("gpt-5", 400_000, 128_000, "o200k_base", 1.25, 0.125, 10, { maxInputTokens: 272_000, reasoning: true }),
  model("gpt-5-mini", 400_000, 128_000, "o200k_base", 0.25, 0.025, 2, { maxInputTokens: 272_000, reasoning: true }),
  model("gpt-5-nano", 400_000, 128_000, "o200k_base", 0.05, 0.005, 0.4, { maxInputTokens: 272_000, reasoning: true }),
];

const byId = new Map(MODELS.map((m) => [m.id, m]));

/** The catalog entry for `id`, or undefined when the workbook does not know the model. */
export function findModel(id: string): ModelInfo | undefined {
  return byId.get(id) ?? byId.get(stripSnapshotDate(id));
}

/** Like findModel, but throws an error that lists the models the workbook knows. */
export function getModel(id: string): ModelInfo {
  const found = findModel(id);
  if (!found) {
    throw new Error(`Unknown model "${id}". The workbook knows: ${MODELS.map((m) => m.id).join(", ")}.`);
  }
  return found;
}

/** Dated snapshots ("gpt-4o-mini-2024-07-18") share the facts of their family. */
function stripSnapshotDate(id: string): string {
  return id.replace(/-\d{4}-\d{2}-\d{2}$/, "");
}

/** The encoding a model uses; unknown names fall back to o200k_base, today's encoding. */
export function encodingForModel(id: string): EncodingName {
  const known = findModel(id);
  if (known) return known.encoding;
  if (/^(gpt-4|gpt-3\.5|text-embedding-3|text-embedding-ada)/.test(id) && !/^gpt-4(o|\.1|\.5)/.test(id)) {
    return "cl100k_base";
  }
  return "o200k_base";
}

/** What a request costs in USD, from the token counts the API reported in `usage`. */
export function costUsd(
  modelId: string,
  usage: { prompt_tokens: number; completion_tokens: number; prompt_tokens_details?: { cached_tokens?: number } | null },
): number {
  const { price } = getModel(modelId);
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  const cachedPrice = price.cachedInput ?? price.input;
  return ((usage.prompt_tokens - cached) * price.input + cached * cachedPrice + usage.completion_tokens * price.output) / 1_000_000;
}

/**
 * What a request to `model` must add before it can carry sampling settings (temperature, top_p,
 * penalties): nothing for the models of this catalog. (Stand-in until the catalog's lifecycle update
 * lands: reasoning models that take sampling only at `reasoning_effort: "none"` return that.)
 */
export function samplingOptions(model: string): { reasoning_effort?: "none" } {
  void model;
  return {};
}
