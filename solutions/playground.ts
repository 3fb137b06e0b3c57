/** Reference solution of the `playground` exercise (see src/exercises/playground.ts for the task). */
import { DEFAULT_MODEL, findModel, samplingOptions } from "../src/api/catalog";

export interface PlaygroundState {
  model: string;
  temperature: number;
  top_p: number;
  max_completion_tokens: number;
  presence_penalty: number;
  frequency_penalty: number;
  n: number;
  seed?: number;
  stop?: string[];
}

export const DEFAULT_PLAYGROUND_STATE: PlaygroundState = Object.freeze({
  model: DEFAULT_MODEL,
  temperature: 1,
  top_p: 1,
  max_completion_tokens: 256,
  presence_penalty: 0,
  frequency_penalty: 0,
  n: 1,
});

type NumberSetting =
  | "temperature"
  | "top_p"
  | "max_completion_tokens"
  | "presence_penalty"
  | "frequency_penalty"
  | "n"
  | "seed";

interface Range {
  min: number;
  max: number;
  integer: boolean;
}

// The API's own limits (see the request parameter reference): sending anything outside them is a 400.
const RANGES: Record<Exclude<NumberSetting, "max_completion_tokens">, Range> = {
  temperature: { min: 0, max: 2, integer: false },
  top_p: { min: 0, max: 1, integer: false },
  presence_penalty: { min: -2, max: 2, integer: false },
  frequency_penalty: { min: -2, max: 2, integer: false },
  n: { min: 1, max: 128, integer: true },
  seed: { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER, integer: true },
};

const SETTINGS = [
  "model",
  "temperature",
  "top_p",
  "max_completion_tokens",
  "presence_penalty",
  "frequency_penalty",
  "n",
  "seed",
  "stop",
] as const;
type Setting = (typeof SETTINGS)[number];

const MAX_STOP_SEQUENCES = 4;

/** The sampling settings a reasoning model may take only at their defaults. */
const SAMPLING = ["temperature", "top_p", "presence_penalty", "frequency_penalty"] as const;
type SamplingSetting = (typeof SAMPLING)[number];

/**
 * Whether `model` takes sampling settings other than the defaults, as the API decides: every classic
 * model does, and a reasoning model only at an effort samplingOptions names (the app then sends it).
 * A model the catalog does not know gets the benefit of the doubt: only its server knows.
 */
function takesSampling(model: string): boolean {
  const info = findModel(model);
  if (!info || !info.reasoning || samplingOptions(model).reasoning_effort !== undefined) return true;
  // A reasoning model that already runs at effort "none" by default (gpt-5.1) takes them as it is.
  return (info as unknown as { defaultReasoningEffort?: string }).defaultReasoningEffort === "none";
}

/** The state with what `model` refuses put back to what it takes, and a note for each change. */
function fitToModel(state: PlaygroundState): { state: PlaygroundState; notes: string[] } {
  const next: PlaygroundState = { ...state };
  const notes: string[] = [];
  const max = findModel(state.model)?.maxOutputTokens;
  if (max !== undefined && next.max_completion_tokens > max) {
    notes.push(`max_completion_tokens ${next.max_completion_tokens} -> ${max} (the most ${state.model} writes)`);
    next.max_completion_tokens = max;
  }
  if (!takesSampling(state.model)) {
    for (const name of SAMPLING) {
      if (next[name] !== DEFAULT_PLAYGROUND_STATE[name]) {
        notes.push(
          `${name} ${next[name]} -> ${DEFAULT_PLAYGROUND_STATE[name]} (${state.model} takes only the default)`,
        );
        next[name] = DEFAULT_PLAYGROUND_STATE[name];
      }
    }
  }
  return { state: next, notes };
}

function rangeOf(setting: NumberSetting, state: PlaygroundState): Range {
  if (setting === "max_completion_tokens") {
    // A model cannot write more than its own output limit; unknown models (local servers) get no upper bound.
    return { min: 1, max: findModel(state.model)?.maxOutputTokens ?? Number.MAX_SAFE_INTEGER, integer: true };
  }
  return RANGES[setting];
}

function describeRange(setting: NumberSetting, state: PlaygroundState): string {
  const r = rangeOf(setting, state);
  if (setting === "seed") return "a whole number, or off";
  const kind = r.integer ? "a whole number" : "a number";
  if (r.max === Number.MAX_SAFE_INTEGER) return `${kind} of at least ${r.min}`;
  return `${kind} from ${r.min} to ${r.max}`;
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** "\n" and "\t" typed as two characters mean the control characters, as they would in code. */
function unescape(text: string): string {
  return text.replace(/\\([nt\\])/g, (_, c: string) => (c === "n" ? "\n" : c === "t" ? "\t" : "\\"));
}

function formatValue(value: unknown): string {
  if (value === undefined) return "off";
  if (Array.isArray(value)) return value.map((v) => JSON.stringify(v)).join(" ");
  return String(value);
}

function show(state: PlaygroundState): string {
  const rows = SETTINGS.map((name) => {
    const value = formatValue(state[name]);
    const range =
      name === "model"
        ? "any model name"
        : name === "stop"
          ? `1 to ${MAX_STOP_SEQUENCES} sequences, or off`
          : describeRange(name, state);
    return `  ${name.padEnd(22)} ${value.padEnd(14)} (${range})`;
  });
  return ["Current settings:", ...rows].join("\n");
}

const HELP = [
  "Type a prompt to send it with the current settings, or a command:",
  "  /set <setting> <value>   change one setting, e.g. /set temperature 1.2",
  "  /show                    show every setting and its valid range",
  "  /reset                   put every parameter back to its default (the model stays)",
  "  /help                    this help",
  `Settings: ${SETTINGS.join(", ")}.`,
  "For seed and stop, `off` removes the setting; stop takes up to 4 sequences separated by spaces (\\n for a newline).",
].join("\n");

export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  const text = line.trim();
  if (text === "") return { state, reply: "Type a prompt, or /help for the commands." };
  if (!text.startsWith("/")) return { state, reply: "", prompt: text };

  const [command, ...args] = text.split(/\s+/);
  switch (command) {
    case "/help":
      return { state, reply: HELP };
    case "/show":
      return { state, reply: show(state) };
    case "/reset":
      return {
        state: { ...DEFAULT_PLAYGROUND_STATE, model: state.model },
        reply: `Parameters reset to their defaults (model stays ${state.model}).`,
      };
    case "/set":
      return set(state, args[0], text.split(/\s+/).slice(2));
    default:
      return { state, reply: `Unknown command ${command}. The commands are /set, /show, /reset and /help.` };
  }
}

function set(
  state: PlaygroundState,
  name: string | undefined,
  values: string[],
): { state: PlaygroundState; reply: string } {
  if (name === undefined || !(SETTINGS as readonly string[]).includes(name)) {
    const what = name === undefined ? "/set needs a setting and a value" : `There is no setting "${name}"`;
    return { state, reply: `${what}. The settings are: ${SETTINGS.join(", ")}. Nothing changed.` };
  }
  const setting = name as Setting;
  if (values.length === 0) {
    return { state, reply: `/set ${setting} needs a value. Nothing changed.` };
  }

  if (setting === "model") {
    if (values.length > 1) return { state, reply: "A model name has no spaces. Nothing changed." };
    const note = findModel(values[0]!) ? "" : " (the workbook's catalog does not know it: no prices or limits for it)";
    // A new model has its own limits: check the other settings again, as the API will.
    const fitted = fitToModel({ ...state, model: values[0]! });
    const changed = fitted.notes.length > 0 ? `\nChanged for this model: ${fitted.notes.join("; ")}.` : "";
    return { state: fitted.state, reply: `model = ${values[0]}${note}${changed}` };
  }

  if (setting === "stop") {
    if (values.length === 1 && values[0] === "off") {
      const { stop: _removed, ...rest } = state;
      return { state: rest, reply: "stop = off" };
    }
    if (values.length > MAX_STOP_SEQUENCES) {
      return {
        state,
        reply: `stop takes 1 to ${MAX_STOP_SEQUENCES} sequences (you gave ${values.length}). Nothing changed.`,
      };
    }
    const stop = values.map(unescape);
    return { state: { ...state, stop }, reply: `stop = ${formatValue(stop)}` };
  }

  if (setting === "seed" && values.length === 1 && values[0] === "off") {
    const { seed: _removed, ...rest } = state;
    return { state: rest, reply: "seed = off" };
  }

  const raw = values.join(" ");
  const value = NUMBER.test(raw) ? Number(raw) : NaN;
  const range = rangeOf(setting, state);
  const fits =
    Number.isFinite(value) && value >= range.min && value <= range.max && (!range.integer || Number.isInteger(value));
  if (!fits) {
    return { state, reply: `${setting} must be ${describeRange(setting, state)} (you gave ${raw}). Nothing changed.` };
  }
  if (
    (SAMPLING as readonly string[]).includes(setting) &&
    value !== DEFAULT_PLAYGROUND_STATE[setting as SamplingSetting] &&
    !takesSampling(state.model)
  ) {
    return {
      state,
      reply: `${state.model} is a reasoning model that takes only the default ${setting} (${DEFAULT_PLAYGROUND_STATE[setting as SamplingSetting]}); the API would refuse ${raw}. Nothing changed.`,
    };
  }
  const note =
    setting === "seed"
      ? " (seed is deprecated and only best effort: the same seed usually, not always, gives the same reply)"
      : "";
  return {
    state: { ...state, [setting]: value },
    reply: `${setting} = ${value} (was ${formatValue(state[setting])})${note}`,
  };
}
