/**
 * Reporter of the mutant run: writes, per mutant (the top-level suites of test/support/mutant-suite.ts,
 * named "mutant:<exercise>/<mutant>"), how many tasks passed and failed and the errors that stopped
 * its grader from loading, as JSON, for test/graders.test.ts to judge.
 */
import * as fs from "node:fs";
import type { Reporter, SerializedError, TestModule } from "vitest/node";
import { firstLine } from "../../src/course/status";
import { loadErrorsOf, outcomesOf } from "../../src/course/vitest-results";

export interface MutantOutcome {
  passed: number;
  failed: number;
  skipped: number;
  /** Errors outside any task: the mutant or its grader did not load, or a hook failed. */
  loadErrors: string[];
  /** "task: first line of its error", for the report. */
  failures: string[];
}

export interface MutantReport {
  mutants: Record<string, MutantOutcome>;
  /** Errors of the run or of the suite file itself. */
  errors: string[];
}

export class MutantReporter implements Reporter {
  private readonly outFile: string;

  constructor(options: { outFile: string }) {
    this.outFile = options.outFile;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>): void {
    const report: MutantReport = { mutants: {}, errors: errors.map((e) => firstLine(e.message)) };
    for (const module of modules) {
      report.errors.push(...loadErrorsOf(module));
      for (const suite of module.children.suites()) {
        const entry: MutantOutcome = {
          passed: 0,
          failed: 0,
          skipped: 0,
          loadErrors: loadErrorsOf(suite),
          failures: [],
        };
        for (const task of outcomesOf(suite)) {
          if (task.state === "passed") entry.passed += 1;
          else if (task.state === "failed") {
            entry.failed += 1;
            entry.failures.push(`${task.name}: ${task.errors?.[0] ?? "failed"}`);
          } else entry.skipped += 1;
        }
        report.mutants[suite.name] = entry;
      }
    }
    fs.writeFileSync(this.outFile, JSON.stringify(report, null, 2));
  }
}

/** vitest.config.ts loads this reporter by path with `{ outFile }`. */
export default MutantReporter;
