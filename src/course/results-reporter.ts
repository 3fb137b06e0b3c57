/**
 * The reporter of a grading run started by runner.ts (a notebook's gradeExercise): writes each
 * grader file's task outcomes as JSON to WORKBOOK_RESULTS_OUT, for the runner to classify.
 */
import * as fs from "node:fs";
import type { Reporter, SerializedError, TestModule, Vitest } from "vitest/node";
import type { RawResults } from "./runner";
import { firstLine } from "./status";
import { exerciseOfModule, loadErrorsOf, outcomesOf } from "./vitest-results";

export class ResultsReporter implements Reporter {
  private root = "";

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>): void {
    const out = process.env.WORKBOOK_RESULTS_OUT;
    if (!out) throw new Error("ResultsReporter needs WORKBOOK_RESULTS_OUT: the file to write the results to.");
    const results: RawResults = { exercises: {}, errors: errors.map((e) => firstLine(e.message, { root: this.root })) };
    for (const module of modules) {
      results.exercises[exerciseOfModule(module.moduleId)] = {
        outcomes: outcomesOf(module, this.root),
        loadErrors: loadErrorsOf(module, this.root),
      };
    }
    fs.writeFileSync(out, JSON.stringify(results));
  }
}

export default ResultsReporter;
