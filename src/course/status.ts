/**
 * How the tasks of one exercise add up to the status a learner sees. Pure, so it is tested on its
 * own (test/course-status.test.ts) and shared by every view of a grade: the summary of `npm test`,
 * `npm run grade` and the notebooks' grading cells.
 */

/** "in progress": some tasks pass, the others still reach todo(), none fails. */
export type ExerciseStatus = "passed" | "failing" | "in progress" | "not started";

/** A grader's numbered step: `describe("step 3: streaming", ...)` inside `exercise(...)`. */
export interface StepRef {
  index: number;
  title: string;
}

/** One task's outcome, as vitest reported it (see vitest-results.ts). */
export interface TaskOutcome {
  name: string;
  state: "passed" | "failed" | "skipped" | "pending";
  /** The note of ctx.skip(note): grading.ts skips with "not started: ..." when a task reaches todo(). */
  note?: string;
  /** First line of each error of a failed task. */
  errors?: string[];
  /** The step the task belongs to, when the grader is written in steps. */
  step?: StepRef;
}

/** A task as the learner sees it. */
export interface TaskResult {
  name: string;
  status: "passed" | "failed" | "not started";
  message?: string;
  step?: StepRef;
}

export interface StepResult extends StepRef {
  status: ExerciseStatus;
  passed: number;
  total: number;
}

export interface ExerciseResult {
  name: string;
  status: ExerciseStatus;
  passed: number;
  notStarted: number;
  /** Tasks that count for this exercise (skips for other reasons, such as a -t filter, do not). */
  total: number;
  /** Failed tasks, or the reason the grader could not run at all (a syntax error in the exercise file...). */
  failures: { task: string; message: string; step?: StepRef }[];
  /** The counted tasks, in the grader's order. */
  tasks: TaskResult[];
  /** The grader's steps that ran, in order; empty for a grader without steps. */
  steps: StepResult[];
}

export const NOT_STARTED_NOTE = "not started";

/** The task name classify() gives a grader that could not load the exercise. */
export const LOADING_TASK = "(loading the exercise)";

export function isNotStartedSkip(task: TaskOutcome): boolean {
  return task.state === "skipped" && (task.note ?? "").startsWith(NOT_STARTED_NOTE);
}

/** Counts of tasks to one status: failing wins, then not started, passed, in progress. */
function statusOf(passed: number, failed: number, notStarted: number, total: number): ExerciseStatus {
  if (failed > 0) return "failing";
  if (total === 0 || notStarted === total) return "not started";
  if (passed === total) return "passed";
  return "in progress";
}

/**
 * `loadErrors` are errors of the grader file itself (it failed to import the exercise, the exercise
 * has a syntax error...): the exercise is failing whatever its tasks say.
 */
export function classify(name: string, outcomes: TaskOutcome[], loadErrors: string[] = []): ExerciseResult {
  const counted = outcomes.filter((t) => t.state !== "skipped" || isNotStartedSkip(t));
  const tasks: TaskResult[] = counted.map((t) => ({
    name: t.name,
    status: t.state === "passed" ? "passed" : t.state === "failed" ? "failed" : "not started",
    ...(t.state === "failed" ? { message: t.errors?.[0] ?? "failed" } : {}),
    ...(t.step ? { step: t.step } : {}),
  }));
  const passed = tasks.filter((t) => t.status === "passed").length;
  const notStarted = tasks.filter((t) => t.status === "not started").length;
  const failures = [
    ...loadErrors.map((message) => ({ task: LOADING_TASK, message })),
    ...tasks
      .filter((t) => t.status === "failed")
      .map((t) => ({ task: t.name, message: t.message ?? "failed", ...(t.step ? { step: t.step } : {}) })),
  ];
  let status = statusOf(passed, failures.length, notStarted, tasks.length);
  // A grader with no task at all cannot say anything good about an exercise.
  if (outcomes.length === 0 && loadErrors.length === 0) {
    status = "failing";
    failures.push({ task: "(grader)", message: `the grader test/exercises/${name}.test.ts has no tasks` });
  }
  return { name, status, passed, notStarted, total: tasks.length, failures, tasks, steps: stepsOf(tasks) };
}

function stepsOf(tasks: TaskResult[]): StepResult[] {
  const byIndex = new Map<number, { ref: StepRef; tasks: TaskResult[] }>();
  for (const t of tasks) {
    if (!t.step) continue;
    const entry = byIndex.get(t.step.index) ?? { ref: t.step, tasks: [] };
    entry.tasks.push(t);
    byIndex.set(t.step.index, entry);
  }
  return [...byIndex.values()]
    .sort((a, b) => a.ref.index - b.ref.index)
    .map(({ ref, tasks: mine }) => {
      const count = (s: TaskResult["status"]) => mine.filter((t) => t.status === s).length;
      return {
        ...ref,
        passed: count("passed"),
        total: mine.length,
        status: statusOf(count("passed"), count("failed"), count("not started"), mine.length),
      };
    });
}

/** The first step that does not pass yet: the one to work on. */
export function nextStepToDo(result: Pick<ExerciseResult, "steps">): StepResult | undefined {
  return result.steps.find((s) => s.status !== "passed");
}

/** "step 3: streaming" (any case, a dash or a dot instead of the colon) -> { index: 3, title: "streaming" }. */
export function parseStepName(suiteName: string): StepRef | undefined {
  const match = /^step\s+(\d+)\s*[:.\-–]\s*(.*)$/i.exec(suiteName.trim());
  return match ? { index: Number(match[1]), title: match[2]!.trim() } : undefined;
}

/**
 * The first non-blank line of an error message, without colours, "AssertionError: " or the paths
 * of this machine (`root`), shortened to `max` characters; a line that only announces what follows
 * ("Transform failed with 1 error:") takes the next one along.
 */
export function firstLine(message: unknown, options: { root?: string; max?: number } = {}): string {
  const max = options.max ?? 300;
  const lines = String(message ?? "")
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  let line = lines[0]?.endsWith(":") && lines[1] ? `${lines[0]} ${lines[1]}` : (lines[0] ?? "");
  line = line.replace(/^AssertionError: /, "").replace(/ \/\/ Object\.is equality$/, "");
  if (options.root) line = line.split(`${options.root}/`).join("");
  return line.length > max ? `${line.slice(0, max - 3)}...` : line;
}
