/**
 * How the tasks of one exercise add up to the status a learner sees. Pure, so it is tested on its
 * own (summary-reporter.test.ts) and shared by the summary reporter, `npm run grade` and the
 * notebooks' grading cells (grade.ts).
 */

/** "in progress": some tasks pass, the others still reach todo(), none fails. */
export type ExerciseStatus = "passed" | "failing" | "in progress" | "not started";

/** One task's outcome, as the reporter saw it. */
export interface TaskOutcome {
  name: string;
  state: "passed" | "failed" | "skipped" | "pending";
  /** The note of ctx.skip(note): grading.ts skips with "not started: ..." when a task reaches todo(). */
  note?: string;
  /** First line of each error of a failed task. */
  errors?: string[];
}

export interface ExerciseResult {
  name: string;
  status: ExerciseStatus;
  passed: number;
  notStarted: number;
  /** Tasks that count for this exercise (skips for other reasons, such as a -t filter, do not). */
  total: number;
  /** Failed tasks, or the reason the grader could not run at all (a syntax error in the exercise file...). */
  failures: { task: string; message: string }[];
}

export const NOT_STARTED_NOTE = "not started";

export function isNotStartedSkip(task: TaskOutcome): boolean {
  return task.state === "skipped" && (task.note ?? "").startsWith(NOT_STARTED_NOTE);
}

/**
 * `loadErrors` are errors of the grader file itself (it failed to import the exercise, the exercise
 * has a syntax error...): the exercise is failing whatever its tasks say.
 */
export function classify(name: string, tasks: TaskOutcome[], loadErrors: string[] = []): ExerciseResult {
  const counted = tasks.filter((t) => t.state !== "skipped" || isNotStartedSkip(t));
  const failed = counted.filter((t) => t.state === "failed");
  const passed = counted.filter((t) => t.state === "passed").length;
  const notStarted = counted.filter(isNotStartedSkip).length;
  const failures = [
    ...loadErrors.map((message) => ({ task: "(loading the exercise)", message })),
    ...failed.map((t) => ({ task: t.name, message: t.errors?.[0] ?? "failed" })),
  ];
  let status: ExerciseStatus;
  if (failures.length > 0) status = "failing";
  else if (counted.length === 0) status = loadErrors.length ? "failing" : "not started";
  else if (notStarted === counted.length) status = "not started";
  else if (passed === counted.length) status = "passed";
  else status = "in progress";
  // A grader with no task at all cannot say anything good about an exercise.
  if (tasks.length === 0 && loadErrors.length === 0) {
    status = "failing";
    failures.push({ task: "(grader)", message: `the grader test/exercises/${name}.test.ts has no tasks` });
  }
  return { name, status, passed, notStarted, total: counted.length, failures };
}

/**
 * The first non-blank line of an error message, shortened for a one-line summary; a line that only
 * announces what follows ("Transform failed with 1 error:") takes the next one along.
 */
export function firstLine(message: string | undefined): string {
  const lines = (message ?? "")
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const line = lines[0]?.endsWith(":") && lines[1] ? `${lines[0]} ${lines[1]}` : (lines[0] ?? "");
  return line.length > 300 ? line.slice(0, 297) + "..." : line;
}
