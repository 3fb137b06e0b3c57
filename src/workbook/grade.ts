/**
 * Grading from a notebook cell: runs the graders of test/exercises/ in a child vitest (project
 * "yours", i.e. src/exercises/; "reference" grades solutions/) and shows each task's state, with the
 * manifest's hints when something fails. It never throws: a grader that cannot run is reported as
 * "not graded" with the reason, so a notebook keeps running whatever state the exercise is in.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { emit } from "./display";
import { workbookRoot } from "./env";
import { classify, NOT_STARTED_NOTE, type TaskOutcome } from "../course/status";
import { findExercise } from "../course/exercises";
import { formatNumber } from "./format";
import { codeBlock, el, escapeHtml, FAINT_LINE, heading, HUES, LINE, pill, PRE_STYLE, ROOT_STYLE, type Rgb } from "./html";

/** Same words as `npm run grade`, plus "not graded" when the grader itself could not run. */
export type GradeStatus = "passed" | "failing" | "in progress" | "not started" | "not graded";

export interface TaskGrade {
  task: string;
  status: "passed" | "failed" | "not started";
  /** The first line of the failure, in the grader's words. */
  message?: string;
}

export interface ExerciseGrade {
  name: string;
  status: GradeStatus;
  /** Tasks that passed, and all tasks of the grader. */
  passed: number;
  total: number;
  tasks: TaskGrade[];
  /** Why the exercise could not be graded or loaded (a syntax error, a timeout...). */
  problem?: string;
  /** Wall-clock time of the vitest run this grade came from. */
  seconds: number;
}

export interface GradeOptions {
  /** "yours" grades src/exercises/ (default); "reference" grades solutions/. */
  target?: "yours" | "reference";
  /** Give up after this long (default 55 s, under a notebook cell's usual 60 s limit). */
  timeoutMs?: number;
  /** The workbook folder; default: found from the working directory. */
  root?: string;
}

const DEFAULT_TIMEOUT_MS = 55_000;

/** Grades one exercise and shows its tasks, what failed and the hints. */
export async function gradeExercise(name: string, options: GradeOptions = {}): Promise<ExerciseGrade> {
  const [grade] = await runGraders([name], options);
  showGrade(grade!, options.target);
  return grade!;
}

/** Grades several exercises in ONE vitest run (much faster than one run each) and shows a summary table. */
export async function gradeExercises(names: readonly string[], options: GradeOptions = {}): Promise<ExerciseGrade[]> {
  const grades = await runGraders(names, options);
  showGradeSummary(grades);
  return grades;
}

/** Runs the graders of `names` in one child vitest and returns a grade per name, in that order. Never throws. */
export async function runGraders(names: readonly string[], options: GradeOptions = {}): Promise<ExerciseGrade[]> {
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  const notGraded = (problem: string) => names.map((name): ExerciseGrade => ({ name, status: "not graded", passed: 0, total: 0, tasks: [], problem, seconds: elapsed() }));
  let root: string;
  try {
    root = options.root ?? workbookRoot();
  } catch (error) {
    return notGraded(messageOf(error));
  }
  const unknown = names.filter((n) => !findExercise(n) || !fs.existsSync(graderFile(root, n)));
  const known = names.filter((n) => !unknown.includes(n));
  const byName = new Map<string, ExerciseGrade>();
  for (const n of unknown) {
    byName.set(n, { name: n, status: "not graded", passed: 0, total: 0, tasks: [], problem: `there is no exercise "${n}" with a grader test/exercises/${n}.test.ts`, seconds: 0 });
  }
  if (known.length > 0) {
    const run = await runVitest(root, known, options);
    for (const n of known) {
      const grade = run.report ? gradeFromReport(n, run.report, root) : undefined;
      byName.set(n, {
        ...(grade ?? { name: n, status: "not graded", passed: 0, total: 0, tasks: [] }),
        ...(grade ? {} : { problem: run.problem ?? "the grader reported nothing for this exercise" }),
        seconds: elapsed(),
      });
    }
  }
  return names.map((n) => byName.get(n)!);
}

function graderFile(root: string, name: string): string {
  return path.join(root, "test", "exercises", `${name}.test.ts`);
}

// ---- running vitest ---------------------------------------------------------------------------

/** The part of vitest's JSON report this module reads. */
export interface JsonReport {
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { title: string; status: string; failureMessages?: string[] }[];
  }[];
}

async function runVitest(root: string, names: readonly string[], options: GradeOptions): Promise<{ report?: JsonReport; problem?: string }> {
  const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
  if (!fs.existsSync(vitest)) return { problem: "vitest is not installed: run `npm install` in the workbook folder" };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-grade-"));
  const outputFile = path.join(dir, "report.json");
  const args = [
    vitest,
    "run",
    "--project",
    options.target ?? "yours",
    "--reporter=json",
    `--outputFile=${outputFile}`,
    // The graders share one module cache: the SDK, msw and the token tables load once, not per file.
    "--no-isolate",
    ...names.map((n) => path.relative(root, graderFile(root, n)).split(path.sep).join("/")),
  ];
  // A notebook run by vitest itself (the course check) must not hand its worker's identity to the child.
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
  for (const key of Object.keys(env)) if (key.startsWith("VITEST")) delete env[key];
  try {
    const { code, output, timedOut } = await runNode(args, root, env, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    if (timedOut) return { problem: `the grader took longer than ${formatNumber((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s and was stopped (a loop that never ends? a request never awaited?)` };
    if (!fs.existsSync(outputFile)) return { problem: `vitest stopped (exit code ${code}) without a report: ${lastLines(output)}` };
    return { report: JSON.parse(fs.readFileSync(outputFile, "utf8")) as JsonReport };
  } catch (error) {
    return { problem: `the grader could not run: ${messageOf(error)}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout stops vitest's workers too, not only vitest.
    const group = process.platform !== "win32";
    const child = spawn(process.execPath, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached: group });
    let output = "";
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString("utf8")).slice(-4000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (group && child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}

// ---- reading the report -----------------------------------------------------------------------

/** One exercise's grade from vitest's JSON report; undefined when the report has no file for it. */
export function gradeFromReport(name: string, report: JsonReport, root = ""): ExerciseGrade | undefined {
  const file = report.testResults.find((r) => path.basename(r.name) === `${name}.test.ts`);
  if (!file) return undefined;
  const tasks: TaskGrade[] = file.assertionResults.map((a) => {
    if (a.status === "passed") return { task: a.title, status: "passed" };
    if (a.status === "failed") return { task: a.title, status: "failed", message: firstLine(a.failureMessages?.[0], root) };
    // In project "yours" a task is skipped exactly when it reached the exercise's todo().
    return { task: a.title, status: "not started" };
  });
  const loadError = file.status === "failed" && tasks.length === 0 ? loadErrorText(file.message, root) || "the grader failed to load" : undefined;
  // The same rules as `npm test`'s summary; a grader without tasks is "not graded" here rather than failing.
  const outcomes: TaskOutcome[] = tasks.map((t) =>
    t.status === "not started" ? { name: t.task, state: "skipped", note: NOT_STARTED_NOTE } : { name: t.task, state: t.status },
  );
  const result = classify(name, outcomes, loadError ? [loadError] : []);
  const passed = result.passed;
  const status: GradeStatus = tasks.length === 0 && !loadError ? "not graded" : result.status;
  const problem = loadError ? `src/exercises/${name}.ts cannot be loaded: ${loadError}` : tasks.length === 0 ? "the grader has no tasks" : undefined;
  return { name, status, passed, total: tasks.length, tasks, ...(problem ? { problem } : {}), seconds: 0 };
}

/** The first line that says something, without colours, "AssertionError:" or this machine's paths. */
function firstLine(message: string | undefined, root: string): string {
  const clean = (message ?? "").replace(/\x1b\[[0-9;]*m/g, "");
  const line = clean.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
  const short = line.replace(/^AssertionError: /, "").replace(/ \/\/ Object\.is equality$/, "");
  const relative = root ? short.split(root + path.sep).join("") : short;
  return relative.length > 300 ? relative.slice(0, 297) + "..." : relative;
}

/** A compile error spans several lines drawn with box characters: keep the words and the file:line. */
function loadErrorText(message: string | undefined, root: string): string {
  const lines = (message ?? "")
    .replace(/\x1b\[[0-9;]*m/g, "")
    .split("\n")
    .map((l) => l.replace(/[│╭╮╰╯─┬┴├┤]+/g, " ").replace(/\s+/g, " ").trim())
    .filter((l) => l !== "");
  const text = lines.slice(0, 3).join(" ");
  const relative = root ? text.split(root + path.sep).join("") : text;
  return relative.length > 300 ? relative.slice(0, 297) + "..." : relative;
}

function lastLines(text: string): string {
  const lines = text.replace(/\x1b\[[0-9;]*m/g, "").trim().split("\n").filter((l) => !/Unknown user config/.test(l));
  return lines.slice(-3).join(" / ") || "(no output)";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---- showing grades ---------------------------------------------------------------------------

const STATUS_HUE: Record<GradeStatus | TaskGrade["status"], Rgb> = {
  passed: HUES.green,
  failing: HUES.red,
  failed: HUES.red,
  "in progress": HUES.amber,
  "not started": HUES.slate,
  "not graded": HUES.violet,
};

const STATUS_MARK: Record<GradeStatus | TaskGrade["status"], string> = {
  passed: "✔",
  failing: "✘",
  failed: "✘",
  "in progress": "◐",
  "not started": "○",
  "not graded": "?",
};

/** "✔ passed", "○ not started"...: a status as one short label, for tables. */
export function statusLabel(status: GradeStatus | TaskGrade["status"]): string {
  return `${STATUS_MARK[status]} ${status}`;
}

/** What to do next, in one sentence. */
export function nextStep(grade: ExerciseGrade, target: GradeOptions["target"] = "yours"): string {
  const file = target === "reference" ? `solutions/${grade.name}.ts` : `src/exercises/${grade.name}.ts`;
  switch (grade.status) {
    case "passed":
      return `All ${grade.total} tasks pass.`;
    case "not started":
      return `Not started: open ${file}, replace its todo() calls, save, then re-run this cell.`;
    case "in progress":
      return `${grade.passed} of ${grade.total} tasks pass; the others still reach todo() in ${file}.`;
    case "failing":
      return grade.problem ? `${grade.problem}. Fix ${file}, save, then re-run this cell.` : `${grade.tasks.filter((t) => t.status === "failed").length} of ${grade.total} tasks fail: see what failed and the hints below, fix ${file}, save, then re-run this cell.`;
    case "not graded":
      return `Could not grade ${grade.name}: ${grade.problem ?? "unknown reason"}. In a terminal, \`npm run grade -- ${grade.name}\` shows more.`;
  }
}

/** One exercise: a status line, a table of its tasks, and on failure what went wrong and the hints. */
export function showGrade(grade: ExerciseGrade, target: GradeOptions["target"] = "yours"): void {
  const title = `${grade.name}: ${grade.status}${grade.total ? ` (${grade.passed} of ${grade.total} tasks)` : ""} · graded in ${formatNumber(grade.seconds, 1)} s`;
  const failures = grade.tasks.filter((t) => t.status === "failed");
  const hints = grade.status === "failing" ? findExercise(grade.name)?.hints ?? [] : [];
  emit("html", gradeHtml(grade, title, nextStep(grade, target), failures, hints), gradeText(grade, title, nextStep(grade, target), failures, hints));
}

function gradeHtml(grade: ExerciseGrade, title: string, next: string, failures: TaskGrade[], hints: readonly string[]): string {
  const pad = "padding:3px 10px;vertical-align:top;";
  const rows = grade.tasks
    .map((t) => {
      const status = el("td", "", `${pad}white-space:nowrap;border-bottom:1px solid ${FAINT_LINE};`, pill(statusLabel(t.status), STATUS_HUE[t.status]));
      const task = el("td", "", `${pad}${PRE_STYLE}border-bottom:1px solid ${FAINT_LINE};`, escapeHtml(t.task));
      return `<tr>${task}${status}</tr>`;
    })
    .join("");
  const th = (text: string) => el("th", "", `${pad}text-align:left;font-weight:600;border-bottom:1px solid ${LINE};`, text);
  const table = grade.tasks.length > 0 ? el("table", "", "border-collapse:collapse;margin:4px 0;color:inherit;font-size:inherit;", `<thead><tr>${th("task")}${th("status")}</tr></thead><tbody>${rows}</tbody>`) : "";
  const status = el("div", "", "margin:2px 0 4px 0;", `${pill(statusLabel(grade.status), STATUS_HUE[grade.status])} ${escapeHtml(next)}`);
  let details = "";
  if (failures.length > 0) {
    const items = failures.map((f) => `<li style="margin:2px 0;"><b>${escapeHtml(f.task)}</b>${codeBlock(f.message ?? "failed")}</li>`).join("");
    details += heading("What failed") + `<ul style="margin:0 0 6px 0;padding-left:20px;">${items}</ul>`;
  }
  if (hints.length > 0) {
    details += heading("Hints") + `<ol style="margin:0;padding-left:20px;">${hints.map((h) => `<li style="margin:2px 0;">${escapeHtml(h)}</li>`).join("")}</ol>`;
  }
  return el("div", "wb-grade", ROOT_STYLE, heading(title) + status + table + details);
}

function gradeText(grade: ExerciseGrade, title: string, next: string, failures: TaskGrade[], hints: readonly string[]): string {
  const lines = [title, next];
  for (const t of grade.tasks) lines.push(`  ${STATUS_MARK[t.status]} ${t.task}`);
  if (failures.length > 0) {
    lines.push("", "What failed:");
    for (const f of failures) lines.push(`  ✘ ${f.task}`, `    ${f.message ?? "failed"}`);
  }
  if (hints.length > 0) {
    lines.push("", "Hints:");
    hints.forEach((h, i) => lines.push(`  ${i + 1}. ${h}`));
  }
  return lines.join("\n");
}

/** The next step in a summary row, where there is no room for the tasks and hints. */
function summaryStep(grade: ExerciseGrade): string {
  const file = `src/exercises/${grade.name}.ts`;
  const details = `gradeExercise("${grade.name}") or \`npm run grade -- ${grade.name}\` shows what failed, with hints`;
  switch (grade.status) {
    case "passed":
      return "";
    case "not started":
      return `open ${file} and replace its todo() calls`;
    case "in progress":
      return `finish ${file}: ${grade.total - grade.passed} task${grade.total - grade.passed === 1 ? "" : "s"} still reach todo()`;
    case "failing": {
      const first = grade.tasks.find((t) => t.status === "failed");
      return first ? `fix ${file}, first failing task: ${first.task}; ${details}` : `${grade.problem ?? "it fails"}; ${details}`;
    }
    case "not graded":
      return grade.problem ?? "could not be graded";
  }
}

/** Several exercises: one row each, with the notebook that introduces it and the next step. */
export function showGradeSummary(grades: readonly ExerciseGrade[]): void {
  const done = grades.filter((g) => g.status === "passed").length;
  const seconds = Math.max(0, ...grades.map((g) => g.seconds));
  const title = `${done} of ${grades.length} exercises pass · graded in ${formatNumber(seconds, 1)} s`;
  const pad = "padding:3px 10px;vertical-align:top;";
  const th = (text: string, align = "left") => el("th", "", `${pad}text-align:${align};font-weight:600;border-bottom:1px solid ${LINE};`, text);
  const td = (html: string, style = "") => el("td", "", `${pad}border-bottom:1px solid ${FAINT_LINE};${style}`, html);
  const rows = grades.map((g) => {
    const info = findExercise(g.name);
    return {
      g,
      notebook: info?.notebook ?? "",
      tasks: g.total ? `${g.passed}/${g.total}` : "",
      next: summaryStep(g),
    };
  });
  const body = rows
    .map(({ g, notebook, tasks, next }) =>
      `<tr>${td(escapeHtml(g.name), "white-space:nowrap;")}${td(pill(statusLabel(g.status), STATUS_HUE[g.status]), "white-space:nowrap;")}${td(escapeHtml(tasks), "text-align:right;font-variant-numeric:tabular-nums;")}${td(escapeHtml(notebook), "white-space:nowrap;")}${td(escapeHtml(next), PRE_STYLE)}</tr>`,
    )
    .join("");
  const table = el("table", "", "border-collapse:collapse;margin:4px 0;color:inherit;font-size:inherit;", `<thead><tr>${th("exercise")}${th("status")}${th("tasks", "right")}${th("notebook")}${th("next step")}</tr></thead><tbody>${body}</tbody>`);
  const text = [title, ...rows.map(({ g, notebook, tasks, next }) => `  ${statusLabel(g.status).padEnd(14)} ${g.name.padEnd(16)} ${tasks.padStart(5)}  ${notebook}${next ? `  ${next}` : ""}`)].join("\n");
  emit("html", el("div", "wb-grades", ROOT_STYLE, heading(title) + table), text);
}
