/**
 * How a grader is written:
 *
 *   exercise("messages", () => {
 *     task("withSystemMessage inserts a system message first", async () => { ... });
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

/** One graded task; failures should say what was expected in the learner's terms. */
export function task(title: string, fn: () => unknown | Promise<unknown>, timeout?: number): void {
  const name = current;
  if (!name) throw new Error("task() must be called inside exercise()");
  it(title, async (ctx) => {
    try {
      await fn();
    } catch (error) {
      if (isNotStarted(error) && target === "yours") {
        ctx.skip(`not started: open src/exercises/${name}.ts`);
      }
      throw error;
    }
  }, timeout);
}
