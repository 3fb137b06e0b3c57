/**
 * The summary a learner reads at the end of `npm test`, `npm run grade` and every `npm run watch`
 * re-run: one line per exercise of the manifest (a failing one with its failing task's message and
 * the hint command), "N of M exercises complete", the next step, then one line each for the
 * reference solutions and the workbook's own tests. Runs after vitest's own reporter. The lines
 * come from render.ts, the same renderer as the notebooks' grading cells.
 *
 * With `courseCheck` (WORKBOOK_COURSE_CHECK=1, set by `npm run check`) it also fails the run unless
 * every exercise in "yours" is not started (a clean checkout has only stubs there) and every
 * reference solution passes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Reporter, SerializedError, TestModule, TestRunEndReason, TestSpecification, Vitest } from "vitest/node";
import { colors, paintLines, wantsColor, type Colors } from "./ansi";
import { EXERCISES } from "./exercises";
import { exerciseLines, nextLine, progressLine, summaryLines, type Line, type RenderContext } from "./render";
import { classify, firstLine, type ExerciseResult } from "./status";
import { exerciseOfModule, loadErrorsOf, outcomesOf } from "./vitest-results";

export interface SummaryOptions {
  /** Fail the run unless every "yours" exercise is not started and every reference solution passes. */
  courseCheck?: boolean;
  /** Grading a single exercise: show it in detail (steps, failing task, hint command, next step). */
  only?: string;
  /** Watch mode (npm run watch): the next step is to save the file, not to run a command. */
  watching?: boolean;
  /** Where the summary goes; default vitest's logger (stdout). */
  write?: (line: string) => void;
  /** Default: colours when stdout is a terminal and NO_COLOR is unset. */
  color?: boolean;
}

interface WorkbookFile {
  passed: number;
  failed: number;
  skipped: number;
  /** "file > test: first line of the error", or the file's own error. */
  failures: string[];
}

const GRADER_DIR = "test/exercises";

export class SummaryReporter implements Reporter {
  /** Latest result per exercise in project "yours" (kept across watch re-runs). */
  readonly yours = new Map<string, ExerciseResult>();
  /** Latest result per exercise in project "reference". */
  readonly reference = new Map<string, ExerciseResult>();
  readonly workbook = new Map<string, WorkbookFile>();
  /** Problems the course check found in the last run (empty when it passed or is off). */
  courseProblems: string[] = [];
  /** Unhandled errors of the last run (vitest prints them; the summary only counts them). */
  unhandledErrors = 0;

  private vitest: Vitest | undefined;
  private root = process.cwd();
  private readonly options: SummaryOptions;
  private readonly c: Colors;

  constructor(options: SummaryOptions = {}) {
    this.options = options;
    this.c = colors(options.color ?? wantsColor(process.stdout));
  }

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
    this.root = vitest.config.root;
  }

  onTestRunStart(_specifications: ReadonlyArray<TestSpecification>): void {
    this.courseProblems = [];
  }

  onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    errors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    if (reason === "interrupted") return;
    this.unhandledErrors = errors.length;
    for (const module of modules) this.record(module);
    const lines = this.render();
    if (this.options.courseCheck) {
      this.courseProblems = this.checkCourse();
      if (this.courseProblems.length > 0) {
        lines.push("", this.c.red(this.c.bold(" Course check failed:")));
        for (const p of this.courseProblems) lines.push(`   ${this.c.red("✘")} ${p}`);
        // vitest has set the exit code from the test results already; this only ever raises it.
        process.exitCode = 1;
      } else if (this.yours.size > 0 || this.reference.size > 0) {
        lines.push("", this.c.green(" Course check passed: every stub reports not started and every solution passes."));
      }
    }
    this.emit(lines);
  }

  private record(module: TestModule): void {
    const project = module.project.name;
    const loadErrors = loadErrorsOf(module, this.root);
    if (project === "yours" || project === "reference") {
      const name = exerciseOfModule(module.moduleId);
      (project === "yours" ? this.yours : this.reference).set(
        name,
        classify(name, outcomesOf(module, this.root), loadErrors),
      );
      return;
    }
    if (project !== "workbook") return;
    const file = path.relative(this.root, module.moduleId);
    const entry: WorkbookFile = { passed: 0, failed: 0, skipped: 0, failures: loadErrors.map((e) => `${file}: ${e}`) };
    for (const test of module.children.allTests()) {
      const result = test.result();
      if (result.state === "passed") entry.passed += 1;
      else if (result.state === "skipped") entry.skipped += 1;
      else if (result.state === "failed") {
        entry.failed += 1;
        entry.failures.push(
          `${file} > ${test.fullName}: ${firstLine(result.errors[0]?.message, { root: this.root }) || "failed"}`,
        );
      }
    }
    this.workbook.set(file, entry);
  }

  /** The exercises to list, in the manifest's order, then graders that have no manifest entry. */
  private rows(): ExerciseResult[] {
    const names = this.options.only ? [this.options.only] : [...EXERCISES.map((e) => e.name), ...this.yours.keys()];
    return [...new Set(names)].flatMap((n) => this.yours.get(n) ?? []);
  }

  render(): string[] {
    const c = this.c;
    const ctx: RenderContext = { surface: "terminal", watching: this.options.watching };
    const styled: Line[] = [[]];
    const rows = this.rows();
    if (rows.length > 0 && this.options.only) {
      styled.push(...exerciseLines(rows[0]!, ctx));
    } else if (rows.length > 0) {
      styled.push([
        { text: " Your exercises", tone: "bold" },
        { text: "  (src/exercises/)", tone: "dim" },
      ]);
      styled.push(...summaryLines(rows, ctx), [], progressLine(rows), nextLine(rows, ctx));
    }
    const lines = paintLines(styled, c).filter((l, i, all) => l !== "" || all[i - 1] !== "");
    if (this.reference.size > 0) lines.push(this.referenceLine());
    if (this.workbook.size > 0) lines.push(...this.workbookLines());
    if (this.unhandledErrors > 0) {
      lines.push(
        c.red(
          ` ${this.unhandledErrors} unhandled error${this.unhandledErrors > 1 ? "s" : ""} (see above): they fail the run.`,
        ),
      );
    }
    return lines;
  }

  private referenceLine(): string {
    const results = [...this.reference.values()];
    const failing = results.filter((r) => r.status !== "passed");
    if (failing.length === 0) return this.c.dim(` Reference solutions (solutions/): all ${results.length} pass.`);
    return this.c.red(
      ` Reference solutions (solutions/): ${failing.map((r) => r.name).join(", ")} FAIL. That is a bug in the course, not in your code: please report it.`,
    );
  }

  private workbookLines(): string[] {
    const c = this.c;
    const files = [...this.workbook.values()];
    const sum = (k: "passed" | "failed" | "skipped") => files.reduce((n, f) => n + f[k], 0);
    const failures = files.flatMap((f) => f.failures);
    if (failures.length === 0) {
      const skipped = sum("skipped") ? `, ${sum("skipped")} skipped` : "";
      return [c.dim(` Workbook's own tests: ${sum("passed")} passed${skipped} (${files.length} files).`)];
    }
    const lines = [
      c.red(` Workbook's own tests: ${failures.length} failing (they check the course itself, not your code):`),
    ];
    for (const f of failures.slice(0, 10)) lines.push(c.red(`   ✘ ${f}`));
    if (failures.length > 10) lines.push(c.red(`   ... and ${failures.length - 10} more (see above)`));
    return lines;
  }

  /** On a clean checkout src/exercises holds only stubs: each must say "not started", each solution must pass. */
  checkCourse(): string[] {
    const problems: string[] = [];
    for (const r of this.yours.values()) {
      if (r.status !== "not started") {
        problems.push(
          `src/exercises/${r.name}.ts is ${r.status}, but a stub must report "not started" (every task reaches todo()).`,
        );
      }
    }
    for (const r of this.reference.values()) {
      if (r.status !== "passed")
        problems.push(
          `solutions/${r.name}.ts is ${r.status}: ${r.failures[0]?.task ?? ""} ${r.failures[0]?.message ?? ""}`.trim(),
        );
    }
    const ranGraders = this.yours.size > 0 || this.reference.size > 0;
    if (ranGraders && !this.options.only) {
      for (const e of EXERCISES) {
        const grader = path.join(this.root, GRADER_DIR, `${e.name}.test.ts`);
        if (!fs.existsSync(grader)) problems.push(`${e.name} has no grader ${GRADER_DIR}/${e.name}.test.ts.`);
      }
    }
    return problems;
  }

  private emit(lines: string[]): void {
    const write =
      this.options.write ?? ((line: string) => (this.vitest ? this.vitest.logger.log(line) : console.log(line)));
    for (const line of lines) write(line);
  }
}

/** vitest.config.ts loads this reporter by path: `["./src/course/summary-reporter.ts", options]`. */
export default SummaryReporter;
