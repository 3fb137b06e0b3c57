/**
 * Grades the learner's exercises (project "yours": src/exercises/).
 *
 *   npm run grade                   all exercises, with the summary; exit 1 when one is failing
 *   npm run grade -- messages       one exercise: its steps, the failing task's message, the hint command; exit 0 only when it passes
 *   npm run watch [-- messages]     the same, again on every save (vitest watch mode)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { startVitest } from "vitest/node";
import { SummaryReporter } from "../src/course/summary-reporter";
import { exerciseName, parseCommandLine, ROOT, usageError } from "./lib/cli";

const USAGE = "Usage: npm run grade [-- <exercise>]   or   npm run watch [-- <exercise>]";

const { values, positionals } = parseCommandLine(USAGE, {
  options: { watch: { type: "boolean" } },
  allowPositionals: true,
});
const watch = values.watch === true;
const name = exerciseName(positionals, USAGE);

if (name !== undefined && !fs.existsSync(path.join(ROOT, "test/exercises", `${name}.test.ts`))) {
  usageError(
    `The exercise "${name}" has no grader yet (test/exercises/${name}.test.ts). That is a gap in the course, not in your code.`,
    USAGE,
  );
}

const summary = new SummaryReporter({ only: name, watching: watch });
const vitest = await startVitest("test", name ? [`test/exercises/${name}.test.ts`] : [], {
  root: ROOT,
  project: ["yours"],
  watch,
  run: !watch,
  // One exercise: every task with its state (and the "not started" note); all: one line a file.
  reporters: [name ? "tree" : "default", summary],
});

if (!watch) {
  await vitest.close();
  const results = [...summary.yours.values()];
  const ok = name
    ? summary.yours.get(name)?.status === "passed"
    : results.length > 0 && results.every((r) => r.status !== "failing");
  process.exit(ok && !summary.unhandledErrors ? 0 : 1);
}
