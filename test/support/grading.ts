/**
 * How a grader is written:
 *
 *   exercise("messages", () => {
 *     task("withSystemMessage inserts a system message first", async () => { ... });
 *   });
 *
 * A longer exercise groups its tasks in numbered steps, each one a describe block named
 * "step <n>: <title>" (`step(n, title, body)` writes it), so a learner can grade one step at a
 * time (`gradeExercise(name, { step: n })`) and `npm run grade -- <name>` shows the next step:
 *
 *   exercise("multi-mode-chat", () => {
 *     step(1, "the constructor and modes", () => { task(...); });
 *     step(2, "chat and history", () => { task(...); });
 *   });
 *
 * A task that reaches the exercise's todo() is skipped as "not started" in the "yours" project
 * (the learner has not begun) and fails in the "reference" project (a solution must be complete).
 */
import { describe, it } from "vitest";
import { isNotStarted } from "../../src/workbook/todo";

let current: string | null = null;

/** Which implementation this run grades: "mutant" is a deliberately wrong one (test/mutants). */
export const target = (process.env.WORKBOOK_TARGET ?? "reference") as "reference" | "yours" | "mutant";

/** Groups the tasks of one exercise; `name` is the file name in src/exercises without .ts. */
export function exercise(name: string, body: () => void): void {
  describe(`exercise ${name}`, () => {
    // Not restored afterwards: vitest collects nested describe() blocks (the steps) after this
    // body returns, depth first, and their tasks still belong to this exercise.
    current = name;
    body();
  });
}

function within(name: string, body: () => void): void {
  const previous = current;
  current = name;
  try {
    body();
  } finally {
    current = previous;
  }
}

/** A numbered step of an exercise: its tasks are graded together, and steps in order. */
export function step(index: number, title: string, body: () => void): void {
  const name = current;
  if (!name) throw new Error("step() must be called inside exercise()");
  // vitest runs a describe body after its parent's: the exercise's name goes along with it.
  describe(`step ${index}: ${title}`, () => within(name, body));
}

/** One graded task; failures should say what was expected in the learner's terms. */
export function task(title: string, fn: () => unknown | Promise<unknown>, timeout?: number): void {
  const name = current;
  if (!name) throw new Error("task() must be called inside exercise()");
  it(
    title,
    async (ctx) => {
      try {
        await fn();
      } catch (error) {
        if (isNotStarted(error) && target === "yours") {
          ctx.skip(`not started: open src/exercises/${name}.ts`);
        }
        throw error;
      }
    },
    timeout,
  );
}
