/**
 * npm run check: everything that proves the workbook itself, for course developers and CI (the
 * learner's loop is `npm test`). Runs each step even when an earlier one fails, then lists them.
 *
 *   types     tsc over src, solutions, tests, scripts and benches
 *   lint      Biome: formatting (120 columns) and lint rules, file names in kebab-case
 *   layers    dependency-cruiser: cli, scripts -> course, workbook, offline -> api; no cycles
 *   tests     every vitest project with the course checks on (WORKBOOK_COURSE_CHECK=1): the offline
 *             model, the apps, the helper module, the graders against the reference solutions and
 *             every mutant, every stub "not started", the notebooks in process
 *
 *   npm run check [-- --only tests,layers] [-- --skip lint]
 */
import { spawnSync } from "node:child_process";
import { colors, wantsColor } from "../src/course/ansi";
import { parseCommandLine, ROOT, usageError } from "./lib/cli";

interface Step {
  name: string;
  what: string;
  command: string[];
  env?: Record<string, string>;
}

const bin = (name: string) => `${ROOT}/node_modules/.bin/${name}`;
const STEPS: Step[] = [
  { name: "types", what: "tsc --noEmit", command: [bin("tsc"), "-p", ".", "--noEmit"] },
  { name: "lint", what: "biome ci (format and lint)", command: [bin("biome"), "ci", "."] },
  {
    name: "layers",
    what: "dependency-cruiser (import layers)",
    command: [bin("depcruise"), "src", "scripts", "test/support", "--config", ".dependency-cruiser.cjs"],
  },
  {
    name: "tests",
    what: "vitest, every project, course checks on",
    command: [bin("vitest"), "run"],
    env: { WORKBOOK_COURSE_CHECK: "1" },
  },
];

const USAGE = `Usage: npm run check [-- --only <steps>] [-- --skip <steps>]   (steps: ${STEPS.map((s) => s.name).join(", ")})`;
const { values } = parseCommandLine(USAGE, { options: { only: { type: "string" }, skip: { type: "string" } } });
const pick = (list: string | undefined) => {
  const names = (list ?? "").split(",").filter(Boolean);
  const unknown = names.filter((n) => !STEPS.some((s) => s.name === n));
  if (unknown.length > 0) usageError(`Unknown step ${unknown.join(", ")}.`, USAGE);
  return names;
};
const only = pick(values.only);
const skip = pick(values.skip);
const steps = STEPS.filter((s) => (only.length === 0 || only.includes(s.name)) && !skip.includes(s.name));

const c = colors(wantsColor(process.stdout));
const results: { step: Step; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  console.log(c.bold(`\n=== ${step.name}: ${step.what}`));
  const started = performance.now();
  const run = spawnSync(step.command[0]!, step.command.slice(1), {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...step.env },
  });
  const seconds = (performance.now() - started) / 1000;
  results.push({ step, ok: run.status === 0, seconds });
}

console.log(c.bold("\n=== npm run check"));
for (const r of results) {
  const mark = r.ok ? c.green("✔") : c.red("✘");
  console.log(` ${mark} ${r.step.name.padEnd(7)} ${r.step.what.padEnd(42)} ${r.seconds.toFixed(1).padStart(6)} s`);
}
const failed = results.filter((r) => !r.ok);
console.log(
  failed.length === 0
    ? c.green(" The workbook checks out.")
    : c.red(` ${failed.map((r) => r.step.name).join(", ")} failed (see above).`),
);
process.exit(failed.length === 0 ? 0 : 1);
