/**
 * The one way the course reads vitest's results: from the reporter API's test tree. The summary of
 * `npm test`, the JSON of a notebook's grading run and the mutant report all come through here.
 * (Type imports only: this file is loaded by vitest, never by a notebook.)
 */
import type { TestCase, TestModule, TestSuite } from "vitest/node";
import { firstLine, parseStepName, type TaskOutcome } from "./status";

/** The exercise a grader file belongs to: test/exercises/<name>.test.ts -> <name>. */
export function exerciseOfModule(moduleId: string): string {
  const file = moduleId.split(/[\\/]/).pop() ?? moduleId;
  return file.replace(/\?.*$/, "").replace(/\.test\.[cm]?[jt]s$/, "");
}

function stepOf(test: TestCase): TaskOutcome["step"] {
  for (let node: TestCase["parent"] = test.parent; node.type === "suite"; node = node.parent) {
    const step = parseStepName(node.name);
    if (step) return step;
  }
  return undefined;
}

/** The outcome of one task, its error reduced to the first line (without the paths under `root`). */
export function outcomeOf(test: TestCase, root?: string): TaskOutcome {
  const result = test.result();
  const step = stepOf(test);
  return {
    name: test.name,
    state: result.state,
    ...(result.state === "skipped" && result.note ? { note: result.note } : {}),
    ...(result.errors ? { errors: result.errors.map((e) => firstLine(e.message, { root })) } : {}),
    ...(step ? { step } : {}),
  };
}

/** Every task of a grader file (or of one suite of it), in order. */
export function outcomesOf(node: TestModule | TestSuite, root?: string): TaskOutcome[] {
  return Array.from(node.children.allTests(), (test) => outcomeOf(test, root));
}

/** Errors outside any task: the grader or the exercise failed to load, or a hook failed. */
export function loadErrorsOf(node: TestModule | TestSuite, root?: string): string[] {
  return node.errors().map((e) => firstLine(e.message, { root }));
}
