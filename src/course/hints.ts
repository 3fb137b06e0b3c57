/**
 * Hints one at a time, like rustlings: `npm run hint -- <exercise>` shows the next hint of the
 * manifest and remembers, in the git-ignored `.workbook/hints.json`, how many the learner has seen.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { findExercise } from "./exercises";

export const HINT_STATE_FILE = ".workbook/hints.json";

/** How many hints of each exercise the learner has seen. */
export type HintState = Record<string, number>;

export function readHintState(root: string): HintState {
  const file = path.join(root, HINT_STATE_FILE);
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    // A hand-edited file keeps only the counts that make sense.
    return Object.fromEntries(
      Object.entries(parsed).filter(([, n]) => Number.isInteger(n) && (n as number) >= 0),
    ) as HintState;
  } catch {
    return {};
  }
}

function writeHintState(root: string, state: HintState): void {
  const file = path.join(root, HINT_STATE_FILE);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

export interface HintView {
  exercise: string;
  /** The hints shown so far, the newest last (empty when the exercise has none). */
  shown: string[];
  /** 1-based number of the newest hint, and how many there are. */
  number: number;
  total: number;
}

/**
 * Shows one more hint of `exercise` and remembers it. Past the last one, shows the last one again.
 * `again` repeats the hints seen so far without revealing a new one.
 */
export function nextHint(root: string, exercise: string, options: { again?: boolean; step?: number } = {}): HintView {
  const info = findExercise(exercise);
  if (!info) throw new Error(`There is no exercise called "${exercise}".`);
  const hints = options.step === undefined ? info.hints : info.stepHints?.[options.step];
  if (!hints) {
    const steps = Object.keys(info.stepHints ?? {});
    throw new Error(
      steps.length
        ? `${exercise} has hints for steps ${steps.join(", ")}, not for step ${options.step}.`
        : `${exercise} has no hints by step: \`npm run hint -- ${exercise}\` shows its hints.`,
    );
  }
  // Each step counts its own hints: "context#2" is step 2 of context.
  const key = options.step === undefined ? exercise : `${exercise}#${options.step}`;
  const total = hints.length;
  const state = readHintState(root);
  const seen = Math.min(state[key] ?? 0, total);
  const number = options.again ? Math.max(1, seen) : Math.min(seen + 1, total);
  if (!options.again && number !== state[key]) writeHintState(root, { ...state, [key]: number });
  return { exercise, shown: hints.slice(0, number), number: total === 0 ? 0 : number, total };
}

/** The steps of `exercise` that have hints of their own. */
export function stepsWithHints(exercise: string): number[] {
  return Object.keys(findExercise(exercise)?.stepHints ?? {}).map(Number);
}

/** Forgets the hints seen for `exercise` (or every exercise). */
export function resetHints(root: string, exercise?: string): void {
  const state = readHintState(root);
  if (exercise === undefined) writeHintState(root, {});
  else {
    for (const key of Object.keys(state)) if (key === exercise || key.startsWith(`${exercise}#`)) delete state[key];
    writeHintState(root, state);
  }
}
