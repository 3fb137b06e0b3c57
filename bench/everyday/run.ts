/**
 * Runs the everyday suite on the offline model (in process, through its public entry) and counts
 * the outcomes. A prompt runs once per setting (a fixed seed at the default temperature, and at
 * temperature 0), and counts by its worst run: answered only if every run answered, wrong if any
 * run was wrong. So the figures are repeatable, and a lucky sample cannot lift them.
 */
import { DEFAULT_MODEL } from "../../src/api/catalog";
import { handleRequest } from "../../src/offline/index";
import { DEV } from "./dev";
import { judge, type Verdict } from "./judge";
import { FAMILIES, type EverydayPrompt, type Family, type Outcome, type Reply } from "./types";

export const SET_NAMES = [
  "dev",
  "holdout",
  "fresh",
  "blind",
  "blind2",
  "blind3",
  "blind4",
  "blind5",
  "blind6",
  "blind7",
  "blind8",
  "blind9",
  "blind10",
  "blind11",
  "blind12",
  "blind13",
  "blind14",
] as const;
export type SetName = (typeof SET_NAMES)[number];

export interface Setting {
  name: string;
  seed: number;
  temperature?: number;
}

/** The fixed seed at the default temperature, and temperature 0. */
export const SETTINGS: readonly Setting[] = [
  { name: "default", seed: 7 },
  { name: "t=0", seed: 7, temperature: 0 },
];

export interface Run {
  setting: Setting;
  reply: Reply;
  verdict: Verdict;
}

export interface Judged {
  prompt: EverydayPrompt;
  set: SetName;
  runs: Run[];
  /** The worst outcome over the runs. */
  outcome: Outcome;
}

export interface Counts {
  answered: number;
  declined: number;
  wrong: number;
  total: number;
}

export interface Figures {
  set: SetName;
  totals: Counts;
  byFamily: Record<Family, Counts>;
  /** Totals per setting, counting each run on its own. */
  bySetting: Record<string, Counts>;
}

/**
 * The prompts of a set. The holdout and fresh sets are loaded only when asked for (skill builders:
 * do not read them). Fresh was written last, unseen by anyone tuning the model: a second holdout.
 * Blind was written in session 9 by testers who never saw the model, then tuned against like dev:
 * its first figures were the honest ones (see the commit that added it). Blind2 (blind-d, blind-e) was
 * written the same way in the same session, after the first round of fixes. Blind3 (blind-f, g, h) was
 * written the same way at the start of session 10, and blind4 (blind-i, j) after that session's fixes.
 * Blind5 (blind-k, l) was written the same way at the start of session 11, and blind6 (blind-m) in its middle.
 * Blind7 (blind-n, o) was written the same way at the start of session 12, and blind8 (blind-p, q) in its middle.
 * Blind9 (blind-r, s) was written the same way at the start of session 13, and blind10 (blind-t, u) in its middle.
 * Blind11 (blind-v, w) was written the same way at the start of session 14, and blind12 (blind-x, y) in its middle.
 * Blind13 (blind-z, za) was written the same way at the start of session 15, and blind14 (blind-zb, zc) in its middle.
 */
export async function promptsOf(set: SetName): Promise<EverydayPrompt[]> {
  if (set === "dev") return DEV;
  if (set === "blind14") {
    const [{ BLIND_ZB }, { BLIND_ZC }] = await Promise.all([import("./blind-zb"), import("./blind-zc")]);
    return [...BLIND_ZB, ...BLIND_ZC];
  }
  if (set === "blind13") {
    const [{ BLIND_Z }, { BLIND_ZA }] = await Promise.all([import("./blind-z"), import("./blind-za")]);
    return [...BLIND_Z, ...BLIND_ZA];
  }
  if (set === "blind12") {
    const [{ BLIND_X }, { BLIND_Y }] = await Promise.all([import("./blind-x"), import("./blind-y")]);
    return [...BLIND_X, ...BLIND_Y];
  }
  if (set === "blind11") {
    const [{ BLIND_V }, { BLIND_W }] = await Promise.all([import("./blind-v"), import("./blind-w")]);
    return [...BLIND_V, ...BLIND_W];
  }
  if (set === "blind10") {
    const [{ BLIND_T }, { BLIND_U }] = await Promise.all([import("./blind-t"), import("./blind-u")]);
    return [...BLIND_T, ...BLIND_U];
  }
  if (set === "blind9") {
    const [{ BLIND_R }, { BLIND_S }] = await Promise.all([import("./blind-r"), import("./blind-s")]);
    return [...BLIND_R, ...BLIND_S];
  }
  if (set === "blind8") {
    const [{ BLIND_P }, { BLIND_Q }] = await Promise.all([import("./blind-p"), import("./blind-q")]);
    return [...BLIND_P, ...BLIND_Q];
  }
  if (set === "blind7") {
    const [{ BLIND_N }, { BLIND_O }] = await Promise.all([import("./blind-n"), import("./blind-o")]);
    return [...BLIND_N, ...BLIND_O];
  }
  if (set === "blind6") {
    const { BLIND_M } = await import("./blind-m");
    return BLIND_M;
  }
  if (set === "blind5") {
    const [{ BLIND_K }, { BLIND_L }] = await Promise.all([import("./blind-k"), import("./blind-l")]);
    return [...BLIND_K, ...BLIND_L];
  }
  if (set === "blind4") {
    const [{ BLIND_I }, { BLIND_J }] = await Promise.all([import("./blind-i"), import("./blind-j")]);
    return [...BLIND_I, ...BLIND_J];
  }
  if (set === "blind3") {
    const [{ BLIND_F }, { BLIND_G }, { BLIND_H }] = await Promise.all([
      import("./blind-f"),
      import("./blind-g"),
      import("./blind-h"),
    ]);
    return [...BLIND_F, ...BLIND_G, ...BLIND_H];
  }
  if (set === "blind2") {
    const [{ BLIND_D }, { BLIND_E }] = await Promise.all([import("./blind-d"), import("./blind-e")]);
    return [...BLIND_D, ...BLIND_E];
  }
  if (set === "blind") {
    const [{ BLIND_A }, { BLIND_B }, { BLIND_C }] = await Promise.all([
      import("./blind-a"),
      import("./blind-b"),
      import("./blind-c"),
    ]);
    return [...BLIND_A, ...BLIND_B, ...BLIND_C];
  }
  if (set === "fresh") {
    const { FRESH } = await import("./fresh");
    return FRESH;
  }
  const { HOLDOUT } = await import("./holdout");
  return HOLDOUT;
}

/** One request to the offline model; any status comes back as a Reply, never a throw. */
export async function send(prompt: EverydayPrompt, setting: Setting, model = DEFAULT_MODEL): Promise<Reply> {
  // Effort "none": the learner's model takes temperature and function tools only then.
  const body = { model, reasoning_effort: "none", ...prompt.request, seed: setting.seed } as Record<string, unknown>;
  if (setting.temperature !== undefined) body.temperature = setting.temperature;
  const response = await handleRequest(
    new Request("https://api.openai.com/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  const json = (await response.json()) as {
    error?: { message?: string };
    choices?: { message: { content: string | null; refusal?: string | null; tool_calls?: unknown[] } }[];
  };
  if (response.status !== 200 || !json.choices)
    return { status: response.status, text: json.error?.message ?? JSON.stringify(json), refusal: null, toolCalls: 0 };
  const message = json.choices[0].message;
  return {
    status: response.status,
    text: message.content ?? "",
    refusal: message.refusal ?? null,
    toolCalls: message.tool_calls?.length ?? 0,
  };
}

const RANK: Record<Outcome, number> = { answered: 0, declined: 1, wrong: 2 };

export async function runSet(set: SetName, settings: readonly Setting[] = SETTINGS): Promise<Judged[]> {
  const out: Judged[] = [];
  for (const prompt of await promptsOf(set)) {
    const runs: Run[] = [];
    for (const setting of settings) {
      const reply = await send(prompt, setting);
      runs.push({ setting, reply, verdict: judge(prompt, reply) });
    }
    const outcome = runs.map((r) => r.verdict.outcome).sort((a, b) => RANK[b] - RANK[a])[0];
    out.push({ prompt, set, runs, outcome });
  }
  return out;
}

const zero = (): Counts => ({ answered: 0, declined: 0, wrong: 0, total: 0 });
const add = (c: Counts, o: Outcome) => {
  c[o]++;
  c.total++;
};

export function figuresOf(set: SetName, judged: Judged[]): Figures {
  const byFamily = Object.fromEntries(FAMILIES.map((f) => [f, zero()])) as Record<Family, Counts>;
  const totals = zero();
  const bySetting: Record<string, Counts> = {};
  for (const j of judged) {
    add(byFamily[j.prompt.family], j.outcome);
    add(totals, j.outcome);
    for (const run of j.runs) {
      bySetting[run.setting.name] ??= zero();
      add(bySetting[run.setting.name], run.verdict.outcome);
    }
  }
  return { set, totals, byFamily, bySetting };
}

/** Issue 16's goal on prompts the skills were not shaped on: wrong at most 1 in 20, answered at least 7 in 10. */
export const GOAL = { maxWrong: 1 / 20, minAnswered: 7 / 10 };

export function meetsGoal(totals: Counts): { ok: boolean; wrongShare: number; answeredShare: number } {
  const wrongShare = totals.wrong / totals.total;
  const answeredShare = totals.answered / totals.total;
  return { ok: wrongShare <= GOAL.maxWrong && answeredShare >= GOAL.minAnswered, wrongShare, answeredShare };
}

/**
 * The everyday figures of a set (holdout by default, where the goal is judged), for a test that
 * asserts the goal once the skills are built: `expect(meetsGoal((await everydayFigures()).totals).ok)`.
 */
export async function everydayFigures(set: SetName = "holdout"): Promise<Figures & { judged: Judged[] }> {
  const judged = await runSet(set);
  return { ...figuresOf(set, judged), judged };
}
