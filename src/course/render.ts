/**
 * The one renderer of grades: what the summary of `npm test` / `npm run grade` prints and what a
 * notebook's grading cell shows are the same lines, built here as styled spans. The terminal paints
 * them with ANSI colours (ansi.ts), a notebook with HTML (src/workbook/grade.ts); both keep the
 * plain text as it is.
 */
import { EXERCISES, findExercise } from "./exercises";
import type { ExerciseGrade, GradeStatus } from "./runner";
import { LOADING_TASK, nextStepToDo, type ExerciseResult, type StepResult, type TaskResult } from "./status";

/** How a span looks: a status's colour, or a style. */
export type Tone = GradeStatus | "failed" | "dim" | "bold" | "code";

export interface Span {
  text: string;
  tone?: Tone;
}

export type Line = Span[];

/** A result to show: a summary reporter's ExerciseResult, or a notebook's grade with its problem. */
export type Shown = ExerciseResult | ExerciseGrade;

export interface RenderContext {
  /** Where the learner reads it: the next step says "re-run this cell" or names a command. */
  surface: "terminal" | "notebook";
  /** "reference" grades solutions/. */
  target?: "yours" | "reference";
  /** npm run watch: the next step is to save the file. */
  watching?: boolean;
}

export const STATUS_MARK: Record<GradeStatus | TaskResult["status"], string> = {
  passed: "✔",
  failing: "✘",
  failed: "✘",
  "in progress": "◐",
  "not started": "○",
  "not graded": "?",
};

/** "✔ passed", "○ not started"...: a status as one short label, for tables. */
export function statusLabel(status: GradeStatus | TaskResult["status"]): string {
  return `${STATUS_MARK[status]} ${status}`;
}

const span = (text: string, tone?: Tone): Span => (tone ? { text, tone } : { text });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const statusOf = (r: Shown): GradeStatus => r.status;
const problemOf = (r: Shown): string | undefined => ("problem" in r ? r.problem : undefined);

function fileOf(name: string, ctx: RenderContext): string {
  return ctx.target === "reference" ? `solutions/${name}.ts` : `src/exercises/${name}.ts`;
}

/** The command that shows the next hint, in the learner's words: the step's own hints when it has some. */
export function hintCommand(name: string, step?: number): string {
  const stepHints = step === undefined ? undefined : findExercise(name)?.stepHints?.[step];
  return stepHints?.length ? `npm run hint -- ${name} --step ${step}` : `npm run hint -- ${name}`;
}

/** What the learner does after changing the file: depends on where they read this. */
function thenWhat(name: string, ctx: RenderContext): string {
  if (ctx.surface === "notebook") return "save, then re-run this cell";
  if (ctx.watching) return "save: it is graded again on every save";
  return `then \`npm run grade -- ${name}\``;
}

/** The failing task's own words, or why the exercise could not be loaded or graded. */
function failureLines(r: Shown, ctx: RenderContext, indent: string): Line[] {
  const first = r.failures[0];
  if (!first) return [];
  const file = fileOf(r.name, ctx);
  if (first.task === LOADING_TASK)
    return [[span(indent), span(`${file} cannot be loaded: `), span(first.message, "failed")]];
  if (first.task === "(grader)") return [[span(indent), span(first.message, "failed")]];
  const more = r.failures.length > 1 ? span(`  (and ${r.failures.length - 1} more failing)`, "dim") : span("");
  return [
    [span(indent), span("✘ ", "failed"), span(first.task, "bold"), more],
    [span(`${indent}  `), span(first.message, "failed")],
  ];
}

function hintLine(r: Shown, indent: string): Line {
  const step = r.failures.find((f) => f.step)?.step?.index;
  return [span(indent), span("A hint is available: ", "dim"), span(hintCommand(r.name, step), "code")];
}

/** One sentence: what to do next with this exercise. */
export function nextStep(r: Shown, ctx: RenderContext): string {
  const file = fileOf(r.name, ctx);
  const then = thenWhat(r.name, ctx);
  const step = nextStepToDo(r);
  const stepText = step ? `step ${step.index} (${step.title})` : undefined;
  switch (statusOf(r)) {
    case "passed": {
      const index = EXERCISES.findIndex((e) => e.name === r.name);
      const following = index >= 0 ? EXERCISES[index + 1] : undefined;
      const scope =
        "step" in r && r.step !== undefined ? `Step ${r.step} passes` : `All ${plural(r.total, "task")} pass`;
      return following && ctx.surface === "terminal" && !("step" in r && r.step !== undefined)
        ? `${scope}. Next exercise: ${following.name} (notebooks/${following.notebook}).`
        : `${scope}.`;
    }
    case "not started": {
      const info = findExercise(r.name);
      const where = info && ctx.surface === "terminal" ? ` (notebooks/${info.notebook} introduces it)` : "";
      return stepText
        ? `Start with ${stepText}: write it in ${file}${where}, ${then}.`
        : `Open ${file}${where}, replace its todo() calls, ${then}.`;
    }
    case "in progress":
      return stepText
        ? `Next: ${stepText} in ${file}; ${r.passed} of ${r.total} tasks pass.`
        : `${r.passed} of ${r.total} tasks pass; the others still reach todo() in ${file}.`;
    case "failing":
      return `Fix ${stepText ? `${stepText} in ` : ""}${file}, ${then}.`;
    case "not graded":
      return `Could not grade ${r.name}: ${problemOf(r) ?? "unknown reason"}.`;
  }
}

function stepLines(steps: StepResult[], indent: string): Line[] {
  if (steps.length === 0) return [];
  const width = Math.max(...steps.map((s) => s.title.length));
  const next = steps.find((s) => s.status !== "passed");
  return steps.map((s) => [
    span(indent),
    span(`${STATUS_MARK[s.status]} `, s.status),
    span(`step ${s.index}  ${s.title.padEnd(width)}  `, s === next ? "bold" : undefined),
    span(s.status === "not started" ? "not started" : `${s.passed}/${s.total}`, s.status),
    span(s === next ? "  <- next" : "", "bold"),
  ]);
}

/**
 * One exercise in detail (npm run grade -- <name>, gradeExercise): its status, its steps (for a
 * grader written in steps), optionally every task, the first failing task's message, the hint
 * command, and the next step.
 */
export function exerciseLines(r: Shown, ctx: RenderContext, options: { tasks?: boolean } = {}): Line[] {
  const status = statusOf(r);
  const lines: Line[] = [];
  const scope = "step" in r && r.step !== undefined ? ` step ${r.step}` : "";
  const count = r.total ? ` · ${r.passed} of ${plural(r.total, "task")} pass` : "";
  lines.push([
    span(`${STATUS_MARK[status]} `, status),
    span(`${r.name}${scope}`, "bold"),
    span(`: ${status}`, status),
    span(count),
  ]);
  if (r.steps.length > 0 && !scope) lines.push(...stepLines(r.steps, "  "));
  if (options.tasks) {
    for (const t of r.tasks) {
      const where = t.step && !scope ? span(`step ${t.step.index} · `, "dim") : span("");
      lines.push([
        span("  "),
        span(`${STATUS_MARK[t.status]} `, t.status),
        where,
        span(t.name, t.status === "not started" ? "dim" : undefined),
      ]);
    }
  }
  lines.push(...failureLines(r, ctx, "  "));
  if (status === "failing") lines.push(hintLine(r, "  "));
  lines.push([span("  "), span(nextStep(r, ctx))]);
  return lines;
}

/** The rows of the summary: one per exercise (failing ones with the task, its message and the hint). */
export function summaryLines(results: readonly Shown[], ctx: RenderContext): Line[] {
  if (results.length === 0) return [];
  const width = Math.max(...results.map((r) => r.name.length));
  const lines: Line[] = [];
  const pad = " ".repeat(width + 20);
  for (const r of results) {
    const status = statusOf(r);
    const info = findExercise(r.name);
    const head = [
      span("   "),
      span(`${STATUS_MARK[status]} `, status),
      span(`${r.name.padEnd(width)}  `),
      span(status.padEnd(11), status),
      span("  "),
    ];
    const step = nextStepToDo(r);
    switch (status) {
      case "passed":
        lines.push([...head, span(info?.title ?? "", "dim")]);
        break;
      case "not started":
        lines.push([...head, span("open "), span(fileOf(r.name, ctx), "code")]);
        break;
      case "in progress":
        lines.push([
          ...head,
          span(`${r.passed} of ${r.total} tasks done; `),
          span(step ? `next: step ${step.index} (${step.title})` : `keep going in ${fileOf(r.name, ctx)}`),
        ]);
        break;
      case "failing":
        lines.push([
          ...head,
          span(
            `${r.failures.length} of ${Math.max(r.total, r.failures.length)} failing${step ? `, in step ${step.index} (${step.title})` : ""}`,
          ),
        ]);
        lines.push(...failureLines(r, ctx, pad));
        lines.push(hintLine(r, pad));
        break;
      case "not graded":
        lines.push([...head, span(problemOf(r) ?? "could not be graded", "not graded")]);
        break;
    }
    if (!info && ctx.target !== "reference")
      lines.push([span(pad), span("not in the course manifest (src/course/exercises.ts)", "failing")]);
  }
  return lines;
}

/** "N of M exercises complete", over the whole manifest. */
export function progressLine(results: readonly Shown[]): Line {
  const done = EXERCISES.filter((e) => results.some((r) => r.name === e.name && r.status === "passed")).length;
  const total = EXERCISES.length;
  const text = ` ${done} of ${plural(total, "exercise")} complete`;
  return done === total ? [span(`${text}. Well done!`, "passed")] : [span(text, "bold")];
}

/** The next thing to do across exercises: the first one, in course order, that does not pass. */
export function nextLine(results: readonly Shown[], ctx: RenderContext): Line {
  const next = results.find((r) => r.status !== "passed");
  if (!next) return [];
  return [span(" Next: ", "bold"), span(`${next.name}: `), span(nextStep(next, ctx))];
}

/** Plain text of styled lines (a notebook's text/plain twin, a log file). */
export function plainText(lines: readonly Line[]): string {
  return lines
    .map((l) =>
      l
        .map((s) => s.text)
        .join("")
        .trimEnd(),
    )
    .join("\n");
}
