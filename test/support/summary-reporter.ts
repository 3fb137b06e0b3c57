/**
 * The summary a learner reads at the end of `npm test`, `npm run grade` and every `npm run watch`
 * re-run: one line per exercise of the manifest (passed / failing / in progress / not started, and
 * the file to open), "N of M exercises complete", then one line each for the reference solutions and
 * the workbook's own tests. Runs after vitest's own reporter, which shows the details above it.
 *
 * With `courseCheck` (env WORKBOOK_COURSE_CHECK=1, set by CI) it also fails the run unless every
 * exercise in "yours" is not started (a clean checkout has only stubs there) and every reference
 * solution passes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Reporter, SerializedError, TestModule, TestRunEndReason, TestSpecification, Vitest } from "vitest/node";
import { EXERCISES, findExercise, type ExerciseInfo } from "../../src/course/exercises";
import { classify, firstLine, type ExerciseResult, type TaskOutcome } from "../../src/course/status";

export interface SummaryOptions {
  /** List the failing tasks and the manifest's hints of a failing exercise (npm run grade). */
  hints?: boolean;
  /** Fail the run unless every "yours" exercise is not started and every reference solution passes. */
  courseCheck?: boolean;
  /** Grading a single exercise: report only it, with its next step. */
  only?: string;
  /** Watch mode (npm run watch): the next step is to save the file, not to run a command. */
  watching?: boolean;
  /** Where the summary goes; default vitest's logger (stdout). */
  write?: (line: string) => void;
  /** Default: colors when stdout is a terminal and NO_COLOR is unset. */
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

/** The exercise a grader file belongs to: test/exercises/<name>.test.ts -> <name>. */
export function exerciseOfModule(moduleId: string): string {
  return path.basename(moduleId).replace(/\.test\.[cm]?[jt]s$/, "");
}

export function outcomesOf(module: TestModule): TaskOutcome[] {
  return Array.from(module.children.allTests(), (test) => {
    const result = test.result();
    return {
      name: test.name,
      state: result.state,
      note: result.state === "skipped" ? result.note : undefined,
      errors: result.errors?.map((e) => firstLine(e.message)),
    };
  });
}

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
  private readonly paint: Paint;

  constructor(options: SummaryOptions = {}) {
    this.options = options;
    this.paint = painter(options.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR));
  }

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
    this.root = vitest.config.root;
  }

  onTestRunStart(_specifications: ReadonlyArray<TestSpecification>): void {
    this.courseProblems = [];
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<SerializedError>, reason: TestRunEndReason): void {
    if (reason === "interrupted") return;
    this.unhandledErrors = errors.length;
    for (const module of modules) this.record(module);
    const lines = this.render();
    if (this.options.courseCheck) {
      this.courseProblems = this.checkCourse();
      if (this.courseProblems.length > 0) {
        lines.push("", this.paint.red(this.paint.bold(" Course check failed:")));
        for (const p of this.courseProblems) lines.push(`   ${this.paint.red("✘")} ${p}`);
        // vitest has set the exit code from the test results already; this only ever raises it.
        process.exitCode = 1;
      } else {
        lines.push("", this.paint.green(" Course check passed: every stub reports not started and every solution passes."));
      }
    }
    this.emit(lines);
  }

  private record(module: TestModule): void {
    const project = module.project.name;
    const loadErrors = module.errors().map((e) => firstLine(e.message));
    if (project === "yours" || project === "reference") {
      const name = exerciseOfModule(module.moduleId);
      (project === "yours" ? this.yours : this.reference).set(name, classify(name, outcomesOf(module), loadErrors));
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
        entry.failures.push(`${file} > ${test.fullName}: ${firstLine(result.errors[0]?.message) || "failed"}`);
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
    const p = this.paint;
    const lines: string[] = [""];
    const rows = this.rows();
    if (rows.length > 0) {
      lines.push(p.bold(" Your exercises") + p.dim("  (src/exercises/)"));
      const width = Math.max(...rows.map((r) => r.name.length));
      for (const r of rows) lines.push(...this.exerciseLines(r, width));
      if (this.options.hints) for (const r of rows) lines.push(...this.hintLines(r));
      lines.push("");
      if (!this.options.only) lines.push(this.progressLine());
      lines.push(...this.nextStepLines(rows));
    }
    if (this.reference.size > 0) lines.push(this.referenceLine());
    if (this.workbook.size > 0) lines.push(...this.workbookLines());
    if (this.unhandledErrors > 0) {
      lines.push(p.red(` ${this.unhandledErrors} unhandled error${this.unhandledErrors > 1 ? "s" : ""} (see above): they fail the run.`));
    }
    return lines;
  }

  private exerciseLines(r: ExerciseResult, width: number): string[] {
    const p = this.paint;
    const info = findExercise(r.name);
    const file = `src/exercises/${r.name}.ts`;
    const name = r.name.padEnd(width);
    if (!info) return [`   ${p.red("?")} ${name}  ${p.red("not in the course manifest (src/workbook/exercises.ts)")}: ${r.status}`];
    switch (r.status) {
      case "passed":
        return [`   ${p.green("✔")} ${name}  ${p.green("passed".padEnd(11))}  ${p.dim(info?.title ?? "")}`];
      case "not started":
        return [`   ${p.dim("○")} ${name}  ${p.dim("not started".padEnd(11))}  open ${p.cyan(file)}`];
      case "in progress":
        return [`   ${p.yellow("◐")} ${name}  ${p.yellow("in progress".padEnd(11))}  ${r.passed} of ${r.total} tasks done; keep going in ${p.cyan(file)}`];
      case "failing": {
        const first = r.failures[0];
        const what =
          first?.task === "(loading the exercise)"
            ? `${file} cannot be loaded: ${first.message}`
            : first?.task === "(grader)"
              ? first.message
              : `${r.failures.length} of ${r.total} tasks fail, first: ${first?.task ?? ""}`;
        const lines = [`   ${p.red("✘")} ${name}  ${p.red("failing".padEnd(11))}  ${what}`];
        if (!this.options.hints) lines.push(`     ${" ".repeat(width)}               ${p.dim("details and hints:")} npm run grade -- ${r.name}`);
        return lines;
      }
    }
  }

  private hintLines(r: ExerciseResult): string[] {
    if (r.status !== "failing") return [];
    const p = this.paint;
    const lines = ["", p.bold(` What failed in ${r.name}:`)];
    for (const f of r.failures) lines.push(`   ${p.red("✘")} ${f.task}`, `     ${f.message}`);
    const hints = findExercise(r.name)?.hints ?? [];
    if (hints.length > 0) {
      lines.push("", p.bold(` Hints for ${r.name}:`));
      hints.forEach((h, i) => lines.push(`   ${i + 1}. ${h}`));
    }
    return lines;
  }

  private progressLine(): string {
    const p = this.paint;
    const total = EXERCISES.length;
    const done = EXERCISES.filter((e) => this.yours.get(e.name)?.status === "passed").length;
    const text = ` ${done} of ${total} exercise${total === 1 ? "" : "s"} complete`;
    return done === total ? p.green(p.bold(text + ". Well done!")) : p.bold(text);
  }

  private nextStepLines(rows: ExerciseResult[]): string[] {
    const next = rows.find((r) => r.status !== "passed");
    if (!next) {
      // Grading one exercise that passes: point at the one after it.
      const only = this.options.only;
      const index = EXERCISES.findIndex((e) => e.name === only);
      const following = index >= 0 ? EXERCISES[index + 1] : undefined;
      if (!only || !following) return [];
      return [` Next exercise: ${following.name} (notebooks/${following.notebook}), then \`npm run grade -- ${following.name}\`.`];
    }
    const info: ExerciseInfo | undefined = findExercise(next.name);
    const notebook = info ? ` (notebooks/${info.notebook} introduces it)` : "";
    const file = this.paint.cyan(`src/exercises/${next.name}.ts`);
    if (next.status === "failing") {
      return [` Next: fix ${file}; ${this.options.hints ? "the hints above help" : `\`npm run grade -- ${next.name}\` shows what failed and hints`}.`];
    }
    if (next.status === "not started") {
      const then = this.options.watching
        ? "save it: it is graded again on every save"
        : this.options.hints
          ? `run this again, or \`npm run watch -- ${next.name}\` to re-grade on every save`
          : `\`npm run grade -- ${next.name}\``;
      return [` Next: open ${file}${notebook}, replace its todo() calls, then ${then}.`];
    }
    return [` Next: finish ${file}: ${next.notStarted} task${next.notStarted === 1 ? "" : "s"} still reach todo().`];
  }

  private referenceLine(): string {
    const p = this.paint;
    const results = [...this.reference.values()];
    const failing = results.filter((r) => r.status !== "passed");
    if (failing.length === 0) return p.dim(` Reference solutions (solutions/): all ${results.length} pass.`);
    return p.red(
      ` Reference solutions (solutions/): ${failing.map((r) => r.name).join(", ")} FAIL. That is a bug in the course, not in your code: please report it.`,
    );
  }

  private workbookLines(): string[] {
    const p = this.paint;
    const files = [...this.workbook.values()];
    const sum = (k: "passed" | "failed" | "skipped") => files.reduce((n, f) => n + f[k], 0);
    const failures = files.flatMap((f) => f.failures);
    if (failures.length === 0) {
      const skipped = sum("skipped") ? `, ${sum("skipped")} skipped` : "";
      return [p.dim(` Workbook's own tests: ${sum("passed")} passed${skipped} (${files.length} files).`)];
    }
    const lines = [p.red(` Workbook's own tests: ${failures.length} failing (they check the course itself, not your code):`)];
    for (const f of failures.slice(0, 10)) lines.push(p.red(`   ✘ ${f}`));
    if (failures.length > 10) lines.push(p.red(`   ... and ${failures.length - 10} more (see above)`));
    return lines;
  }

  /** On a clean checkout src/exercises holds only stubs: each must say "not started", each solution must pass. */
  checkCourse(): string[] {
    const problems: string[] = [];
    for (const r of this.yours.values()) {
      if (r.status !== "not started") {
        problems.push(`src/exercises/${r.name}.ts is ${r.status}, but a stub must report "not started" (every task reaches todo()).`);
      }
    }
    for (const r of this.reference.values()) {
      if (r.status !== "passed") problems.push(`solutions/${r.name}.ts is ${r.status}: ${r.failures[0]?.task ?? ""} ${r.failures[0]?.message ?? ""}`.trim());
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
    const write = this.options.write ?? ((line: string) => (this.vitest ? this.vitest.logger.log(line) : console.log(line)));
    for (const line of lines) write(line);
  }
}

interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
}

function painter(enabled: boolean): Paint {
  const wrap = (open: number, close: number) => (s: string) => (enabled ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

/** vitest.config.ts loads this reporter by path: `["./test/support/summary-reporter.ts", options]`. */
export default SummaryReporter;
