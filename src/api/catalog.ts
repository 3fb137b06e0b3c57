/**
 * The workbook's single source of model facts: lifecycle, limits, encodings, prices and the
 * parameters each model accepts. Every entry names the page its facts come from and the day they
 * were checked; models come and go, so re-check an entry at its `source` before you rely on it.
 * Prices are USD per 1M tokens, standard tier.
 */
export type EncodingName = "o200k_base" | "cl100k_base";
export type ReasoningEffort = "none" | "minimal" | "low" | "medium" | "high" | "xhigh" | "max";
export type Verbosity = "low" | "medium" | "high";
/** OpenAI's three lifecycle states: served; retirement announced (still served); no longer served. */
export type LifecycleStatus = "current" | "deprecated" | "shut-down";

export interface ModelInfo {
  /** The id you pass as `model`. */
  id: string;
  /** Total tokens the model can attend to (prompt + completion). */
  contextWindow: number;
  /** The largest prompt the model accepts, when it is smaller than the context window. */
  maxInputTokens?: number;
  /** The most tokens one reply may have (reasoning tokens included). */
  maxOutputTokens: number;
  /** The tokenizer; OpenAI publishes none for models after gpt-5, so theirs is assumed (see `notes`). */
  encoding: EncodingName;
  /** USD per 1M tokens. */
  price: { input: number; cachedInput: number | null; output: number };
  /** Reasoning models think (billed as output tokens) before they answer. */
  reasoning: boolean;
  /** The `reasoning_effort` values the model takes; empty for models that do not reason. */
  reasoningEfforts: readonly ReasoningEffort[];
  /** The effort a request runs at when it sends none. */
  defaultReasoningEffort: ReasoningEffort | null;
  /**
   * Efforts at which a reasoning model takes the sampling parameters (temperature, top_p, penalties,
   * logprobs, logit_bias, stop) like a classic chat model: ["none"] for gpt-5.1 and later, [] for
   * gpt-5 and the o-series, which take only their defaults.
   */
  samplingEfforts: readonly ReasoningEffort[];
  /**
   * `stop` is refused at every effort, even where the sampling parameters are taken: reported for
   * gpt-5.1 and gpt-5.2 at their effort "none" (smolagents#1868, #1893: "Unsupported parameter:
   * 'stop' is not supported with this model."), assumed for later reasoning models.
   */
  refusesStop: boolean;
  /** Chat Completions takes function tools for this model only with `reasoning_effort: "none"`. */
  toolsNeedEffortNone: boolean;
  /** The `verbosity` values the model takes; older models take only "medium". */
  verbosity: readonly Verbosity[];
  /** The day OpenAI stops serving the model (YYYY-MM-DD), once announced; the model is deprecated until then. */
  shutdownDate: string | null;
  /** OpenAI's recommended replacement, when it names one. */
  replacement?: string;
  /** No longer updated: OpenAI calls it legacy or recommends a newer model. */
  legacy: boolean;
  /** Where the facts come from. */
  source: string;
  /** When they were last checked (YYYY-MM-DD). */
  checked: string;
  /** What the source did not confirm. */
  notes?: string;
}

/** The newest check of the catalog, shown next to prices. */
export const PRICES_AS_OF = "2026-12-01";
export const PRICES_SOURCE = "https://developers.openai.com/api/docs/pricing";
export const DEPRECATIONS_SOURCE = "https://developers.openai.com/api/docs/deprecations";

/**
 * The cheapest current OpenAI model: a reasoning model (default effort "medium") that takes
 * temperature, top_p and logprobs with `reasoning_effort: "none"`. OpenAI names it as the replacement
 * of gpt-4o, gpt-4o-mini, gpt-4.1 and gpt-4.1-mini, and no shutdown is announced (2026-12-01).
 */
export const DEFAULT_MODEL = "gpt-6-luna";

const CHECKED = "2026-12-01";
const OLD_VERBOSITY: readonly Verbosity[] = ["medium"];
const GPT5_VERBOSITY: readonly Verbosity[] = ["low", "medium", "high"];

type Defaulted =
  | "reasoningEfforts"
  | "defaultReasoningEffort"
  | "samplingEfforts"
  | "refusesStop"
  | "toolsNeedEffortNone"
  | "verbosity"
  | "legacy"
  | "checked";
type Entry = Omit<ModelInfo, "reasoning" | Defaulted> & Partial<Pick<ModelInfo, Defaulted>>;

const entry = (e: Entry): ModelInfo => {
  const efforts = e.reasoningEfforts ?? [];
  return {
    ...e,
    reasoning: efforts.length > 0,
    reasoningEfforts: efforts,
    defaultReasoningEffort: e.defaultReasoningEffort ?? null,
    samplingEfforts: e.samplingEfforts ?? [],
    refusesStop: e.refusesStop ?? false,
    toolsNeedEffortNone: e.toolsNeedEffortNone ?? false,
    verbosity: e.verbosity ?? OLD_VERBOSITY,
    legacy: e.legacy ?? false,
    checked: e.checked ?? CHECKED,
  };
};

const PRICING_0818 = "prices: OpenAI pricing page as copied 2026-08-18";
const GPT4_NOTICE =
  `${DEPRECATIONS_SOURCE} ("2026-10-14: GPT-4 family deprecations": the dated snapshots shut down 2027-01-14 (the aliases assumed to go with them), replacement gpt-6-luna; ` +
  "seen in a translated copy (w3cschool.cn/openai_api/openai_api-docs-deprecations.html) and third parties (dev.to/max_bob, codersera.com), not on the English page)";
const GPT5_NOTICE = `${DEPRECATIONS_SOURCE}?translationFallback=zh-Hans (gpt-5, gpt-5-mini, gpt-5-nano and their 2025-08-07 snapshots: notice 2026-06-11, shutdown 2026-12-11)`;
const OLD_NOTICE = `${DEPRECATIONS_SOURCE} ("2026-04-22: Legacy GPT model snapshots": shut down 2026-10-23)`;
const GPT5_EFFORTS: readonly ReasoningEffort[] = ["minimal", "low", "medium", "high"];
const GPT6_EFFORTS: readonly ReasoningEffort[] = ["none", "low", "medium", "high", "xhigh", "max"];

export const MODELS: readonly ModelInfo[] = [
  entry({
    id: "gpt-6-luna",
    contextWindow: 1_050_000,
    maxInputTokens: 922_000,
    maxOutputTokens: 128_000,
    encoding: "o200k_base",
    price: { input: 0.1, cachedInput: 0.01, output: 0.5 },
    reasoningEfforts: GPT6_EFFORTS,
    defaultReasoningEffort: "medium",
    samplingEfforts: ["none"],
    refusesStop: true,
    toolsNeedEffortNone: true,
    verbosity: GPT5_VERBOSITY,
    shutdownDate: null,
    source:
      'https://developers.openai.com/api/docs/models/gpt-6-luna (released 2026-09-22; Chat Completions takes function tools only with reasoning_effort "none")',
    notes:
      "Encoding not published (o200k_base assumed, so counts are estimates). Input limit 922,000 from third parties (LiteLLM, Venice). " +
      'With effort "none", temperature/top_p/top_logprobs are allowed per OpenAI\'s latest-model guide as quoted by a third party; penalties and logit_bias unconfirmed (the offline model takes them); ' +
      "stop refused as gpt-5.1 and gpt-5.2 refuse it (assumed, not seen for this model). " +
      "Prompts above 272K input tokens cost 2x input and 1.5x output: costUsd() ignores that.",
  }),
  entry({
    id: "gpt-5.6-luna",
    contextWindow: 1_050_000,
    maxOutputTokens: 128_000,
    encoding: "o200k_base",
    price: { input: 0.2, cachedInput: 0.02, output: 1.2 },
    reasoningEfforts: GPT6_EFFORTS,
    defaultReasoningEffort: "medium",
    samplingEfforts: ["none"],
    refusesStop: true,
    toolsNeedEffortNone: true,
    verbosity: GPT5_VERBOSITY,
    shutdownDate: null,
    source: "https://developers.openai.com/api/docs/models/gpt-5.6-luna",
    notes:
      'Encoding assumed o200k_base. Launch price was 1 / 0.10 / 6 (third parties); OpenAI\'s page shows 0.20 / 0.02 / 1.20. Temperature with effort "none" seen accepted by a third party (2026-09-09).',
  }),
  entry({
    id: "gpt-5.1",
    contextWindow: 400_000,
    maxInputTokens: 272_000,
    maxOutputTokens: 128_000,
    encoding: "o200k_base",
    price: { input: 1.25, cachedInput: 0.125, output: 10 },
    reasoningEfforts: ["none", "low", "medium", "high"],
    defaultReasoningEffort: "none",
    samplingEfforts: ["none"],
    refusesStop: true,
    verbosity: GPT5_VERBOSITY,
    shutdownDate: "2027-04-01",
    legacy: true,
    source:
      'openai-node ReasoningEffort docs (gpt-5.1 defaults to "none"; 6.10-6.30); shutdown date: third parties quoting the deprecations page (dev.to/aidriftline, dev.to/max_bob)',
    notes: "Shutdown date and prices not seen on an OpenAI page. Encoding assumed o200k_base.",
  }),
  entry({
    id: "gpt-5",
    contextWindow: 400_000,
    maxInputTokens: 272_000,
    maxOutputTokens: 128_000,
    encoding: "o200k_base",
    price: { input: 1.25, cachedInput: 0.125, output: 10 },
    reasoningEfforts: GPT5_EFFORTS,
    defaultReasoningEffort: "medium",
    verbosity: GPT5_VERBOSITY,
    shutdownDate: "2026-12-11",
    source: `${GPT5_NOTICE}; limits and ${PRICING_0818}`,
  }),
  entry({
    id: "gpt-5-mini",
    contextWindow: 400_000,
    maxInputTokens: 272_000,
    maxOutputTokens: 128_000,
    encoding: "o200k_base",
    price: { input: 0.25, cachedInput: 0.025, output: 2 },
    reasoningEfforts: GPT5_EFFORTS,
    defaultReasoningEffort: "medium",
    verbosity: GPT5_VERBOSITY,
    shutdownDate: "2026-12-11",
    source: `${GPT5_NOTICE}; limits and ${PRICING_0818}`,
  }),
  entry({
    id: "gpt-5-nano",
    contextWindow: 400_000,
    maxInputTokens: 272_000,
    maxOutputTokens: 128_000,
    encoding: "o200k_base",
    price: { input: 0.05, cachedInput: 0.005, output: 0.4 },
    reasoningEfforts: GPT5_EFFORTS,
    defaultReasoningEffort: "medium",
    verbosity: GPT5_VERBOSITY,
    shutdownDate: "2026-12-11",
    source: `${GPT5_NOTICE}; limits and ${PRICING_0818}`,
  }),
  entry({
    id: "o3",
    contextWindow: 200_000,
    maxOutputTokens: 100_000,
    encoding: "o200k_base",
    price: { input: 2, cachedInput: 0.5, output: 8 },
    reasoningEfforts: ["low", "medium", "high"],
    defaultReasoningEffort: "medium",
    shutdownDate: "2026-12-11",
    source:
      'third parties quoting the deprecations page ("2026-06-11: GPT-5 and o3 model deprecations"): dev.to/aideprecations, privatedevops.com',
    notes: "Shutdown date, prices and limits not seen on an OpenAI page this time.",
  }),
  entry({
    id: "o4-mini",
    contextWindow: 200_000,
    maxOutputTokens: 100_000,
    encoding: "o200k_base",
    price: { input: 1.1, cachedInput: 0.275, output: 4.4 },
    reasoningEfforts: ["low", "medium", "high"],
    defaultReasoningEffort: "medium",
    shutdownDate: "2026-10-23",
    source: "third party quoting the deprecations page of 2026-10-15: dev.to/importstatic",
    notes: "Prices and limits not re-read from an OpenAI page.",
  }),
  entry({
    id: "gpt-4.1",
    contextWindow: 1_047_576,
    maxOutputTokens: 32_768,
    encoding: "o200k_base",
    price: { input: 2, cachedInput: 0.5, output: 8 },
    shutdownDate: "2027-01-14",
    replacement: "gpt-6-luna",
    legacy: true,
    source: `${GPT4_NOTICE}; ${PRICING_0818}`,
  }),
  entry({
    id: "gpt-4.1-mini",
    contextWindow: 1_047_576,
    maxOutputTokens: 32_768,
    encoding: "o200k_base",
    price: { input: 0.4, cachedInput: 0.1, output: 1.6 },
    shutdownDate: "2027-01-14",
    replacement: "gpt-6-luna",
    legacy: true,
    source: `${GPT4_NOTICE}; ${PRICING_0818}`,
  }),
  entry({
    id: "gpt-4o",
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    encoding: "o200k_base",
    price: { input: 2.5, cachedInput: 1.25, output: 10 },
    shutdownDate: "2027-01-14",
    replacement: "gpt-6-luna",
    legacy: true,
    source: `${GPT4_NOTICE}; ${PRICING_0818}`,
  }),
  entry({
    id: "gpt-4o-mini",
    contextWindow: 128_000,
    maxOutputTokens: 16_384,
    encoding: "o200k_base",
    price: { input: 0.15, cachedInput: 0.075, output: 0.6 },
    shutdownDate: "2027-01-14",
    replacement: "gpt-6-luna",
    legacy: true,
    source: `${GPT4_NOTICE}; ${PRICING_0818}`,
  }),
  entry({
    id: "gpt-4.1-nano",
    contextWindow: 1_047_576,
    maxOutputTokens: 32_768,
    encoding: "o200k_base",
    price: { input: 0.1, cachedInput: 0.025, output: 0.4 },
    shutdownDate: "2026-10-23",
    legacy: true,
    source: `third parties quoting the deprecations page of 2026-10-15 (dev.to/importstatic, Retell AI's notice); ${PRICING_0818}`,
    notes: "The shutdown date was not seen on an OpenAI page (the captured table stops just before this row).",
  }),
  entry({
    id: "gpt-3.5-turbo",
    contextWindow: 16_385,
    maxOutputTokens: 4_096,
    encoding: "cl100k_base",
    price: { input: 0.5, cachedInput: null, output: 1.5 },
    shutdownDate: "2026-10-23",
    legacy: true,
    source: `${OLD_NOTICE}; ${PRICING_0818}`,
  }),
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
  usage: {
    prompt_tokens: number;
    completion_tokens: number;
    prompt_tokens_details?: { cached_tokens?: number } | null;
  },
): number {
  const { price } = getModel(modelId);
  const cached = usage.prompt_tokens_details?.cached_tokens ?? 0;
  const cachedPrice = price.cachedInput ?? price.input;
  return (
    ((usage.prompt_tokens - cached) * price.input + cached * cachedPrice + usage.completion_tokens * price.output) /
    1_000_000
  );
}

// ---------------------------------------------------------------------------------------------
// Lifecycle

/**
 * Today's date as YYYY-MM-DD (UTC): WORKBOOK_TODAY when set (tests pin it, so a shutdown date
 * passing does not change their results), else the clock.
 */
export function workbookToday(): string {
  const pinned = typeof process !== "undefined" ? process.env?.WORKBOOK_TODAY?.trim() : undefined;
  if (pinned) return isoDate(pinned, "WORKBOOK_TODAY");
  return new Date().toISOString().slice(0, 10);
}

/** A date given as YYYY-MM-DD or a Date, as YYYY-MM-DD; throws on anything else. */
export function isoDate(day: string | Date, what = "date"): string {
  if (day instanceof Date) {
    if (Number.isNaN(day.getTime())) throw new Error(`${what} is an invalid Date.`);
    return day.toISOString().slice(0, 10);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) {
    throw new Error(`${what} must be a date written YYYY-MM-DD (e.g. 2026-12-01), not "${day}".`);
  }
  return day;
}

/** Where a model is in its lifecycle on `today`: shut down from its shutdown date on. */
export function lifecycle(model: string | ModelInfo, today: string | Date = workbookToday()): LifecycleStatus {
  const info = typeof model === "string" ? getModel(model) : model;
  if (info.shutdownDate === null) return "current";
  return isoDate(today) >= info.shutdownDate ? "shut-down" : "deprecated";
}

/** The models OpenAI still serves on `today` (current and deprecated ones), in catalog order. */
export function servedModels(today: string | Date = workbookToday()): ModelInfo[] {
  return MODELS.filter((m) => lifecycle(m, today) !== "shut-down");
}

/**
 * The first model still served on `today` that matches: how a cell that needs an older kind of model
 * (for a comparison) finds one without naming it. Undefined when none is served any more.
 */
export function findServedModel(
  matches: (m: ModelInfo) => boolean,
  today: string | Date = workbookToday(),
): ModelInfo | undefined {
  return servedModels(today).find(matches);
}

// ---------------------------------------------------------------------------------------------
// Per-model parameter rules

/** How the API treats one parameter: any valid value, only its default value, or not at all. */
export type ParamRule = "accepted" | "default only" | "rejected";

export interface SamplingRules {
  model: string;
  /** The effort the request runs at (the one sent, else the model's default); null for models that do not reason. */
  reasoningEffort: ReasoningEffort | null;
  temperature: ParamRule;
  top_p: ParamRule;
  presence_penalty: ParamRule;
  frequency_penalty: ParamRule;
  /** logprobs and top_logprobs. */
  logprobs: ParamRule;
  logit_bias: ParamRule;
  stop: ParamRule;
  /** The deprecated name of max_completion_tokens: reasoning models reject it. */
  max_tokens: ParamRule;
  /** The reasoning_effort values the model takes ([] = the parameter is rejected). */
  reasoning_effort: readonly ReasoningEffort[];
  /** The verbosity values the model takes. */
  verbosity: readonly Verbosity[];
  /** Parameters ruled "accepted" here that no public source confirms for this model (the offline model takes them). */
  unconfirmed: readonly SamplingParam[];
}

export type SamplingParam =
  | "temperature"
  | "top_p"
  | "presence_penalty"
  | "frequency_penalty"
  | "logprobs"
  | "logit_bias"
  | "stop";

/**
 * What a source confirms for a reasoning model at effort "none": temperature, top_p and logprobs
 * (OpenAI's latest-model guide, as quoted by third parties). Penalties and logit_bias are not.
 */
const UNCONFIRMED_AT_NONE: readonly SamplingParam[] = ["presence_penalty", "frequency_penalty", "logit_bias"];

/** The default value of each sampling parameter: the only one "default only" allows. */
export const SAMPLING_DEFAULTS = { temperature: 1, top_p: 1, presence_penalty: 0, frequency_penalty: 0 } as const;

/**
 * Which parameters the API accepts for `model` at `reasoningEffort` (default: the model's own),
 * as the API applies them today: classic chat models take everything; gpt-5 and the o-series take
 * only the default temperature and refuse top_p, the penalties, stop, logprobs and logit_bias at any
 * effort ("Unsupported parameter"); gpt-5.1 and later take sampling parameters with effort "none"
 * only, and refuse stop at every effort. Throws for an unknown model or an effort it does not take.
 */
export function samplingRules(model: string, reasoningEffort?: ReasoningEffort | null): SamplingRules {
  const info = getModel(model);
  if (!info.reasoning) {
    if (reasoningEffort) throw new Error(`${info.id} does not reason: it takes no reasoning_effort.`);
    return {
      model: info.id,
      reasoningEffort: null,
      temperature: "accepted",
      top_p: "accepted",
      presence_penalty: "accepted",
      frequency_penalty: "accepted",
      logprobs: "accepted",
      logit_bias: "accepted",
      stop: "accepted",
      max_tokens: "accepted",
      reasoning_effort: [],
      verbosity: info.verbosity,
      unconfirmed: [],
    };
  }
  const effort = reasoningEffort ?? info.defaultReasoningEffort ?? "medium";
  if (!info.reasoningEfforts.includes(effort)) {
    throw new Error(
      `${info.id} does not take reasoning_effort "${effort}": it takes ${info.reasoningEfforts.map((e) => `"${e}"`).join(", ")}.`,
    );
  }
  const sampling = info.samplingEfforts.includes(effort);
  return {
    model: info.id,
    reasoningEffort: effort,
    temperature: sampling ? "accepted" : "default only",
    top_p: sampling ? "accepted" : "rejected",
    presence_penalty: sampling ? "accepted" : "rejected",
    frequency_penalty: sampling ? "accepted" : "rejected",
    logprobs: sampling ? "accepted" : "rejected",
    logit_bias: sampling ? "accepted" : "rejected",
    stop: sampling && !info.refusesStop ? "accepted" : "rejected",
    max_tokens: "rejected",
    reasoning_effort: info.reasoningEfforts,
    verbosity: info.verbosity,
    unconfirmed: sampling ? UNCONFIRMED_AT_NONE : [],
  };
}

/**
 * What to add to a request so `model` takes temperature, top_p, penalties, logprobs and logit_bias
 * (stop too where the model takes it): `{ reasoning_effort: "none" }` for a reasoning model that takes them only at "none" (the
 * default model among them), `{}` for classic chat models, for models that already default to
 * "none", for unknown models, and for models that never take them (the API then says so).
 */
export function samplingOptions(model: string): { reasoning_effort?: "none" } {
  const info = findModel(model);
  if (!info || !info.reasoning || info.defaultReasoningEffort === "none" || !info.samplingEfforts.includes("none"))
    return {};
  return { reasoning_effort: "none" };
}
