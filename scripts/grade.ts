/**
 * Grades the learner's exercises (project "yours": src/exercises/).
 *
 *   npm run grade                   all exercises, with the summary; exit 1 when one is failing
 *   npm run grade -- messages       one exercise, every task and, on failure, its hints; exit 0 only when it passes
 *   npm run watch [-- messages]     the same, again on every save (vitest watch mode)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { startVitest } from "vitest/node";
import { EXERCISES, findExercise } from "../src/course/exercises";
import { SummaryReporter } from "../test/support/summary-reporter";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseArgs(argv: string[]): { name?: string; watch: boolean } {
  const watch = argv.includes("--watch");
  const unknownFlags = argv.filter((a) => a.startsWith("-") && a !== "--watch");
  if (unknownFlags.length > 0) fail(`Unknown option ${unknownFlags.join(" ")}. Usage: npm run grade -- <exercise>   (or npm run watch -- <exercise>)`);
  const names = argv.filter((a) => !a.startsWith("-"));
  if (names.length > 1) fail(`Grade one exercise at a time (got ${names.join(", ")}), or none to grade them all.`);
  // Accept what a learner may paste: "messages", "messages.ts", "src/exercises/messages.ts".
  const name = names[0] ? path.basename(names[0]).replace(/(\.test)?\.ts$/, "") : undefined;
  return { name, watch };
}

const { name, watch } = parseArgs(process.argv.slice(2));

if (name !== undefined && !findExercise(name)) {
  const list = EXERCISES.map((e) => `  ${e.name.padEnd(18)} ${e.title}`).join("\n");
  fail(`There is no exercise called "${name}". Use the name of its file in src/exercises/, without .ts:\n${list}\n\nExample: npm run grade -- ${EXERCISES[0]?.name ?? "messages"}`);
}
if (name !== undefined && !fs.existsSync(path.join(root, "test/exercises", `${name}.test.ts`))) {
  fail(`The exercise "${name}" has no grader yet (test/exercises/${name}.test.ts). That is a gap in the course, not in your code.`);
}

const summary = new SummaryReporter({ hints: true, only: name, watching: watch });
const vitest = await startVitest("test", name ? [`test/exercises/${name}.test.ts`] : [], {
  root,
  project: ["yours"],
  watch,
  run: !watch,
  // One exercise: every task with its state (and the "not started" note); all: one line a file.
  reporters: [name ? "tree" : "default", summary],
});

if (!watch) {
  await vitest.close();
  const results = [...summary.yours.values()];
  const ok = name ? summary.yours.get(name)?.status === "passed" : results.length > 0 && results.every((r) => r.status !== "failing");
  process.exit(ok && !summary.unhandledErrors ? 0 : 1);
}
