/**
 * Grading from a notebook: runs graders in a child vitest whose reporter (results-reporter.ts)
 * writes each task's outcome as JSON, then adds them up with classify(). Never throws: a grader
 * that cannot run is "not graded", with the reason. Loaded by notebooks, so no vitest import here.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findExercise } from "./exercises";
import { classify, type ExerciseResult, type ExerciseStatus, type TaskOutcome } from "./status";

/** What results-reporter.ts writes. */
export interface RawResults {
  exercises: Record<string, { outcomes: TaskOutcome[]; loadErrors: string[] }>;
  errors: string[];
}

/** The statuses of exercises, plus "not graded" when the grader itself could not run. */
export type GradeStatus = ExerciseStatus | "not graded";

export interface ExerciseGrade extends Omit<ExerciseResult, "status"> {
  status: GradeStatus;
  /** Why the exercise could not be graded or loaded (a syntax error, a timeout...). */
  problem?: string;
  /** The step graded alone (`{ step: 3 }`), when one was asked for. */
  step?: number;
  /** Wall-clock time of the vitest run this grade came from. */
  seconds: number;
}

export interface RunOptions {
  /** The workbook folder. */
  root: string;
  /** "yours" grades src/exercises/ (default); "reference" grades solutions/. */
  target?: "yours" | "reference";
  /** Grade only the tasks of this step of each grader (`describe("step 3: ...")`). */
  step?: number;
  /** Give up after this long (default 55 s, under a notebook cell's usual 60 s limit). */
  timeoutMs?: number;
  /** Where the graders are (default test/exercises) and which vitest project runs them (default: target). */
  graderDir?: string;
  project?: string;
  /** More environment for the child run. */
  env?: Record<string, string>;
}

const DEFAULT_TIMEOUT_MS = 55_000;
const REPORTER = "src/course/results-reporter.ts";

/** The grade of an exercise that could not be graded, and why. */
export function notGradedGrade(name: string, problem: string, seconds = 0): ExerciseGrade {
  return {
    name,
    status: "not graded",
    passed: 0,
    notStarted: 0,
    total: 0,
    failures: [],
    tasks: [],
    steps: [],
    problem,
    seconds,
  };
}

/** Runs the graders of `names` in ONE child vitest and returns a grade per name, in that order. */
export async function runGraders(names: readonly string[], options: RunOptions): Promise<ExerciseGrade[]> {
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const { root } = options;
  const graderDir = options.graderDir ?? "test/exercises";
  const graderOf = (name: string) => `${graderDir}/${name}.test.ts`;
  const notGraded = (name: string, problem: string) => notGradedGrade(name, problem, seconds());
  const known = names.filter((n) => fs.existsSync(path.join(root, graderOf(n))));
  const byName = new Map<string, ExerciseGrade>();
  for (const n of names.filter((x) => !known.includes(x))) {
    const why = findExercise(n)
      ? `the exercise "${n}" has no grader ${graderOf(n)}`
      : `there is no exercise "${n}" (the names are in src/course/exercises.ts)`;
    byName.set(n, notGraded(n, why));
  }
  if (known.length > 0) {
    const run = await runVitest(known.map(graderOf), options);
    for (const n of known) {
      const raw = run.results?.exercises[n];
      if (!raw) {
        byName.set(
          n,
          notGraded(n, run.problem ?? run.results?.errors[0] ?? "the grader reported nothing for this exercise"),
        );
        continue;
      }
      const result = classify(n, raw.outcomes, raw.loadErrors);
      const grade: ExerciseGrade = {
        ...result,
        seconds: seconds(),
        ...(options.step !== undefined ? { step: options.step } : {}),
      };
      if (options.step !== undefined && result.total === 0 && raw.loadErrors.length === 0) {
        const steps = [...new Set(raw.outcomes.flatMap((o) => (o.step ? [o.step.index] : [])))];
        grade.status = "not graded";
        grade.failures = [];
        grade.problem = steps.length
          ? `the ${n} grader has no step ${options.step} (its steps: ${steps.sort((a, b) => a - b).join(", ")})`
          : `the ${n} grader is not written in steps; grade it whole`;
      }
      byName.set(n, grade);
    }
  }
  return names.map((n) => byName.get(n)!);
}

async function runVitest(files: string[], options: RunOptions): Promise<{ results?: RawResults; problem?: string }> {
  const { root } = options;
  const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
  if (!fs.existsSync(vitest)) return { problem: "vitest is not installed: run `npm install` in the workbook folder" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-grade-"));
  const outFile = path.join(dir, "results.json");
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const args = [
    vitest,
    "run",
    "--project",
    options.project ?? options.target ?? "yours",
    `--reporter=./${REPORTER}`,
    ...files,
  ];
  if (options.step !== undefined) args.push("--testNamePattern", `\\bstep ${options.step}\\s*[:.\\-–]`);
  // A notebook run by vitest itself (the course check) must not hand its worker's identity to the child.
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, NO_COLOR: "1", WORKBOOK_RESULTS_OUT: outFile };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  try {
    const { code, output, timedOut } = await runNode(args, root, env, timeoutMs);
    if (timedOut) {
      return {
        problem: `the grader took longer than ${Math.round(timeoutMs / 1000)} s and was stopped (a loop that never ends? a request never awaited?)`,
      };
    }
    if (!fs.existsSync(outFile))
      return { problem: `vitest stopped (exit code ${code}) without results: ${lastLines(output)}` };
    return { results: JSON.parse(fs.readFileSync(outFile, "utf8")) as RawResults };
  } catch (error) {
    return { problem: `the grader could not run: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function runNode(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout stops vitest's workers too, not only vitest.
    const group = process.platform !== "win32";
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: group });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

function lastLines(text: string): string {
  const lines = text
    .replace(/\x1b\[[0-9;]*m/g, "")
    .trim()
    .split("\n")
    .filter((l) => !/Unknown user config/.test(l));
  return lines.slice(-3).join(" / ") || "(no output)";
}
