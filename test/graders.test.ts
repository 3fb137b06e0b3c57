/**
 * Proves the graders bite: every wrong implementation in test/mutants/<exercise>/<mutant>.ts must
 * make at least one task of test/exercises/<exercise>.test.ts fail. One child `vitest run` with
 * WORKBOOK_MUTANTS=1 grades them all (see test/support/mutant-suite.ts and vitest.config.ts) and
 * writes its results through test/support/mutant-reporter.ts.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { MutantReport } from "./support/mutant-reporter";
import { controlId, listMutants } from "./support/mutants";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const mutants = listMutants(root);
const exercises = [...new Set(mutants.map((m) => m.exercise))];
const CHILD_LIMIT_MS = 8 * 60_000;

interface ChildRun {
  report: MutantReport | null;
  exitCode: number | null;
  output: string;
  seconds: number;
}

/** Runs vitest once over every mutant; its exit code is 1 by design (mutants fail), the report says the rest. */
async function runMutants(): Promise<ChildRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-mutants-"));
  const outFile = path.join(dir, "report.json");
  // The child is a fresh vitest, not a worker of this one: drop this run's own VITEST_* variables.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "WORKBOOK_COURSE_CHECK"),
  );
  const started = performance.now();
  const child = spawn(process.execPath, [path.join(root, "node_modules/vitest/vitest.mjs"), "run"], {
    cwd: root,
    env: { ...env, WORKBOOK_MUTANTS: "1", WORKBOOK_MUTANTS_OUT: outFile, NO_COLOR: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), CHILD_LIMIT_MS);
  const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearTimeout(timer);
  const report = fs.existsSync(outFile) ? (JSON.parse(fs.readFileSync(outFile, "utf8")) as MutantReport) : null;
  fs.rmSync(dir, { recursive: true, force: true });
  return { report, exitCode, output, seconds: (performance.now() - started) / 1000 };
}

let run: ChildRun;

describe.runIf(mutants.length > 0)("graders against wrong implementations (test/mutants)", () => {
  beforeAll(async () => {
    run = await runMutants();
  }, CHILD_LIMIT_MS + 30_000);

  it("the mutant run completes and reports every mutant", () => {
    const tail = run.output.split("\n").slice(-40).join("\n");
    expect(
      run.report,
      `the mutant run (WORKBOOK_MUTANTS=1 vitest run) wrote no report; exit code ${run.exitCode}; its output ended with:\n${tail}`,
    ).not.toBeNull();
    expect(
      run.report!.errors,
      `the mutant run had errors outside the graders:\n${run.report!.errors.join("\n")}`,
    ).toEqual([]);
    const missing = mutants.filter((m) => !run.report!.mutants[m.id]).map((m) => m.id);
    expect(missing, `these mutants were not graded: ${missing.join(", ")}`).toEqual([]);
  });

  it("the graders pass on the solutions in the same run (no task fails because of the run itself)", () => {
    expect(run.report, "the mutant run wrote no report (see the first test)").not.toBeNull();
    const broken = exercises.flatMap((exercise) => {
      const outcome = run.report!.mutants[controlId(exercise)];
      if (!outcome) return [`${exercise}: its control did not run`];
      const errors = [...outcome.failures, ...outcome.loadErrors];
      return errors.length > 0 || outcome.passed === 0 ? [`${exercise}: ${errors[0] ?? "no task passed"}`] : [];
    });
    expect(
      broken,
      `graded against its solution inside the mutant run, a grader failed; mutants of it may look caught when they are not:\n  ${broken.join("\n  ")}`,
    ).toEqual([]);
  });

  for (const exercise of exercises) {
    it(`the ${exercise} grader fails on each of its mutants`, () => {
      expect(run.report, "the mutant run wrote no report (see the first test)").not.toBeNull();
      const problems: string[] = [];
      for (const m of mutants.filter((x) => x.exercise === exercise)) {
        const outcome = run.report!.mutants[m.id];
        const file = path.relative(root, m.file);
        if (!outcome) problems.push(`${file}: not graded`);
        else if (outcome.failed === 0 && outcome.loadErrors.length > 0) {
          problems.push(`${file}: could not be graded (it proves nothing until it loads): ${outcome.loadErrors[0]}`);
        } else if (outcome.failed === 0) {
          problems.push(
            `${file}: every task of test/exercises/${exercise}.test.ts passed on it; add a task (or an assertion) that catches this mistake`,
          );
        }
      }
      expect(problems, `the ${exercise} grader let mistakes through:\n  ${problems.join("\n  ")}`).toEqual([]);
    });
  }
});
