/**
 * Grading from a notebook cell: runs the graders (src/course/runner.ts, project "yours", i.e.
 * src/exercises/; "reference" grades solutions/) and shows the same lines as `npm run grade`
 * (src/course/render.ts), in colour. It never throws: a grader that cannot run is reported as
 * "not graded" with the reason, so a notebook keeps running whatever state the exercise is in.
 */
import {
  exerciseLines,
  nextLine,
  progressLine,
  plainText,
  summaryLines,
  type Line,
  type RenderContext,
  type Tone,
} from "../course/render";
import { notGradedGrade, runGraders as runCourseGraders, type ExerciseGrade, type GradeStatus } from "../course/runner";
import { emit } from "./display";
import { workbookRoot } from "./env";
import { formatNumber } from "./format";
import { el, escapeHtml, HUES, MONO, ROOT_STYLE, rgba, type Rgb } from "./html";

export { statusLabel } from "../course/render";
export type { ExerciseGrade, GradeStatus };

export interface GradeOptions {
  /** "yours" grades src/exercises/ (default); "reference" grades solutions/. */
  target?: "yours" | "reference";
  /** Grade only this step of a grader written in steps: `{ step: 3 }`. */
  step?: number;
  /** Give up after this long (default 55 s, under a notebook cell's usual 60 s limit). */
  timeoutMs?: number;
  /** The workbook folder; default: found from the working directory. */
  root?: string;
}

/**
 * Grades one exercise (or one step of it) and shows its status, steps and tasks, the failing
 * task's message and the hint command.
 * @example const grade = await gradeExercise("multi-mode-chat", { step: 3 });
 */
export async function gradeExercise(name: string, options: GradeOptions = {}): Promise<ExerciseGrade> {
  const [grade] = await runGraders([name], options);
  showGrade(grade!, options.target);
  return grade!;
}

/**
 * Grades several exercises in ONE vitest run (much faster than one run each) and shows a summary.
 * @example const grades = await gradeExercises(["messages", "parameters"]);
 */
export async function gradeExercises(names: readonly string[], options: GradeOptions = {}): Promise<ExerciseGrade[]> {
  const grades = await runGraders(names, options);
  showGradeSummary(grades, options.target);
  return grades;
}

/** Runs the graders of `names` in one child vitest and returns a grade per name, in that order. Never throws. */
export async function runGraders(names: readonly string[], options: GradeOptions = {}): Promise<ExerciseGrade[]> {
  let root: string;
  try {
    root = options.root ?? workbookRoot();
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return names.map((name) => notGradedGrade(name, problem));
  }
  return runCourseGraders(names, { root, target: options.target, step: options.step, timeoutMs: options.timeoutMs });
}

/** One exercise: its status line, steps, every task, the failing task's message, the hint command. */
export function showGrade(grade: ExerciseGrade, target: GradeOptions["target"] = "yours"): void {
  const ctx: RenderContext = { surface: "notebook", target };
  const lines = exerciseLines(grade, ctx, { tasks: true });
  lines.push([{ text: `graded in ${formatNumber(grade.seconds, 1)} s`, tone: "dim" }]);
  show(lines, "wb-grade");
}

/** Several exercises: one row each, "N of M exercises complete" and the next step. */
export function showGradeSummary(grades: readonly ExerciseGrade[], target: GradeOptions["target"] = "yours"): void {
  const ctx: RenderContext = { surface: "notebook", target };
  const seconds = Math.max(0, ...grades.map((g) => g.seconds));
  const lines = [...summaryLines(grades, ctx), [], progressLine(grades), nextLine(grades, ctx)];
  lines.push([{ text: ` graded in ${formatNumber(seconds, 1)} s`, tone: "dim" }]);
  show(lines, "wb-grades");
}

const TONE_STYLE: Record<Tone, string> = {
  passed: color(HUES.green),
  failing: color(HUES.red),
  failed: color(HUES.red),
  "in progress": color(HUES.amber),
  "not started": "opacity:0.65;",
  "not graded": color(HUES.violet),
  dim: "opacity:0.65;",
  bold: "font-weight:600;",
  code: `${color(HUES.cyan)}`,
};

function color(hue: Rgb): string {
  return `color:${rgba(hue)};font-weight:600;`;
}

/** The renderer's lines as a monospaced block, coloured like the terminal; its text twin is the same text. */
function show(lines: Line[], className: string): void {
  const html = lines
    .map((line) =>
      line.map((s) => (s.tone ? el("span", "", TONE_STYLE[s.tone], escapeHtml(s.text)) : escapeHtml(s.text))).join(""),
    )
    .join("<br>");
  const style = `${ROOT_STYLE}font-family:${MONO};font-size:12px;white-space:pre-wrap;overflow-wrap:anywhere;`;
  emit("html", el("div", className, style, html), plainText(lines));
}
