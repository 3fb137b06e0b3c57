/**
 * Grading as the learner sees it: the runner a notebook's gradeExercise uses (a child vitest read
 * through the course's own reporter), graders written in steps, and the renderer's promise that a
 * failing grade shows the failing task's message and the hint command, never the hints.
 */
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findExercise } from "../src/course/exercises";
import { exerciseLines, plainText, summaryLines } from "../src/course/render";
import { runGraders, type RunOptions } from "../src/course/runner";
import { classify, type TaskOutcome } from "../src/course/status";
import { runGraders as notebookRunGraders } from "../src/workbook/grade";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// test/fixtures/graders/steps-fixture.test.ts: step 1 passes, step 2 fails, step 3 is not started.
const fixture: RunOptions = {
  root,
  project: "fixtures",
  graderDir: "test/fixtures/graders",
  env: { WORKBOOK_FIXTURE_GRADERS: "1" },
};

describe("grading from a notebook", () => {
  it("grades the reference solutions as passed, task by task", async () => {
    const [messages, streaming] = await notebookRunGraders(["messages", "streaming"], { target: "reference" });
    expect(messages!.status, messages!.problem).toBe("passed");
    expect(messages!.passed).toBe(messages!.total);
    expect(messages!.total).toBeGreaterThan(5);
    expect(streaming!.status, streaming!.problem).toBe("passed");
  }, 90_000);

  it("reports an unknown exercise as not graded instead of throwing", async () => {
    const [grade] = await notebookRunGraders(["no-such-exercise"], { target: "reference" });
    expect(grade!.status).toBe("not graded");
    expect(grade!.problem).toMatch(/no exercise "no-such-exercise"/);
  });
});

describe("graders written in steps", () => {
  it("reports each step: passed, failing, and not started (not failing)", async () => {
    const [grade] = await runGraders(["steps-fixture"], fixture);
    expect(grade!.status, grade!.problem).toBe("failing");
    expect(grade!.steps.map((s) => [s.index, s.title, s.status, s.passed, s.total])).toEqual([
      [1, "adding", "passed", 2, 2],
      [2, "greeting", "failing", 0, 1],
      [3, "shouting", "not started", 0, 2],
    ]);
    expect(grade!.failures).toEqual([
      {
        task: "greet says hello with the name",
        message: expect.stringContaining("expected 'Hi Ada' to be 'Hello, Ada!'"),
        step: expect.objectContaining({ index: 2, title: "greeting" }),
      },
    ]);
    const text = plainText(exerciseLines(grade!, { surface: "terminal" }));
    expect(text).toMatch(/step 2 {2}greeting .*<- next/);
    expect(text).toContain("Fix step 2 (greeting) in src/exercises/steps-fixture.ts");
    expect(text).toContain("A hint is available: npm run hint -- steps-fixture");
  }, 60_000);

  it("grades one step alone: a passing one, a not-started one, and one that does not exist", async () => {
    const [one] = await runGraders(["steps-fixture"], { ...fixture, step: 1 });
    expect([one!.status, one!.passed, one!.total]).toEqual(["passed", 2, 2]);
    const [three] = await runGraders(["steps-fixture"], { ...fixture, step: 3 });
    expect([three!.status, three!.notStarted, three!.total]).toEqual(["not started", 2, 2]);
    expect(plainText(exerciseLines(three!, { surface: "notebook" }))).toContain("Start with step 3 (shouting)");
    const [nine] = await runGraders(["steps-fixture"], { ...fixture, step: 9 });
    expect(nine!.status).toBe("not graded");
    expect(nine!.problem).toContain("no step 9 (its steps: 1, 2, 3)");
  }, 90_000);
});

describe("a failing grade", () => {
  const failing = (name: string, message: string) => {
    const outcomes: TaskOutcome[] = [
      { name: "first task", state: "passed" },
      { name: "the task that fails", state: "failed", errors: [message] },
    ];
    return classify(name, outcomes);
  };

  it("shows the failing task's own message and the hint command, never the hints", () => {
    const result = failing("messages", "expected the system message first");
    const hints = findExercise("messages")!.hints;
    for (const text of [
      plainText(exerciseLines(result, { surface: "terminal" }, { tasks: true })),
      plainText(exerciseLines(result, { surface: "notebook" }, { tasks: true })),
      plainText(summaryLines([result], { surface: "terminal" })),
    ]) {
      expect(text).toContain("the task that fails");
      expect(text).toContain("expected the system message first");
      expect(text).toContain("npm run hint -- messages");
      for (const hint of hints) expect(text).not.toContain(hint);
    }
  });

  it("tells a notebook to re-run the cell and a terminal to grade again", () => {
    const result = failing("parameters", "boom");
    expect(plainText(exerciseLines(result, { surface: "notebook" }))).toContain("save, then re-run this cell");
    expect(plainText(exerciseLines(result, { surface: "terminal" }))).toContain("`npm run grade -- parameters`");
  });
});
