/**
 * The bench itself (started by `npm run test:lab`, which installs and builds it first): every
 * notebook, in JupyterLab 4's front end and in the classic Notebook, in headless Chromium, on a
 * fresh copy of the workbook served by Debian's Jupyter server.
 *
 * Per notebook and front end: opened as a learner first opens it (untrusted, nothing run), every
 * stored rich output is found and checked against what the lesson needs, and photographed; then
 * Run All: no error output, streamed displays update in place, grading cells show tables, every
 * new rich output renders. The kernel must be "TypeScript (workbook)" from `npm run
 * kernel:install`; a saved exercise must be picked up when its importing cell is re-run.
 * Exits non-zero when any check fails.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { offlineEnv } from "../../scripts/lib/jupyter";
import { KERNEL_DISPLAY_NAME } from "../../scripts/lib/notebook-format";
import { APP_DIR, BUILD_DIR } from "./build";
import { classic, type FrontEndDriver, lab } from "./driver/front-ends";
import { cellsOfIpynb, errorOutputs, gradingCells, richOutputs, streamedCells } from "./driver/notebook-outputs";
import { startWorkbench, type Workbench } from "./driver/server";
import type { OutputReport } from "./src/probe";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..", "..");
const OUT = path.join(ROOT, ".lab-out");
const CHROMIUM = process.env.WORKBOOK_CHROMIUM ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
/** The exercise whose saved file the bench writes, and the notebook that imports it. */
const SAVED_EXERCISE = { exercise: "messages", notebook: "01-message-format" };

const { values, positionals } = parseArgs({
  options: { only: { type: "string" } },
  allowPositionals: true,
});
const frontEnds = [lab, classic].filter((f) => !values.only || values.only === f.name);
if (frontEnds.length === 0) {
  console.error(`--only takes lab or classic, not ${values.only}`);
  process.exit(2);
}

let notebooks = fs
  .readdirSync(path.join(ROOT, "notebooks"))
  .filter((f) => f.endsWith(".ipynb"))
  .map((f) => f.replace(/\.ipynb$/, ""))
  .sort();
if (positionals.length > 0) {
  notebooks = notebooks.filter((n) => positionals.some((p) => path.basename(p).replace(/\.ipynb$/, "") === n));
  if (notebooks.length === 0) {
    console.error(`No notebook matches ${positionals.join(", ")} in notebooks/.`);
    process.exit(2);
  }
}

interface Check {
  ok: boolean;
  what: string;
}

interface NotebookResult {
  notebook: string;
  frontEnd: FrontEndDriver;
  checks: Check[];
  rich: { expected: number; shown: number };
  openedMs: number;
  firstOutputMs: number | null;
  runMs: number;
}

const results: NotebookResult[] = [];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function describeProblems(reports: OutputReport[]): string[] {
  return reports
    .filter((r) => r.problems.length > 0)
    .map((r) => `cell ${r.cell} output ${r.output} (${r.mime}): ${r.problems.join("; ")}`);
}

/** Makes the page as tall as the notebook, so one screenshot shows every cell. */
async function screenshot(page: Page, frontEnd: FrontEndDriver, file: string): Promise<void> {
  const scroller = frontEnd.name === "lab" ? ".jp-WindowedPanel-outer" : "#site";
  const size = page.viewportSize()!;
  const extra = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return 0;
    el.scrollTop = 0;
    return el.scrollHeight - el.clientHeight;
  }, scroller);
  await page.setViewportSize({ width: size.width, height: Math.min(size.height + extra, 32_000) });
  await page.waitForTimeout(300);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  await page.setViewportSize(size);
}

async function checkNotebook(
  context: BrowserContext,
  bench: Workbench,
  frontEnd: FrontEndDriver,
  notebook: string,
): Promise<NotebookResult> {
  const file = path.join(ROOT, "notebooks", `${notebook}.ipynb`);
  const storedCells = cellsOfIpynb(JSON.parse(fs.readFileSync(file, "utf8")));
  const stored = richOutputs(storedCells).map((o) => ({ ...o, mime: frontEnd.untrustedMime(o.mime) }));
  const checks: Check[] = [];
  const check = (ok: boolean, what: string) => checks.push({ ok, what });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  const result: NotebookResult = {
    notebook,
    frontEnd,
    checks,
    rich: { expected: stored.length, shown: 0 },
    openedMs: 0,
    firstOutputMs: null,
    runMs: 0,
  };
  try {
    // 1. Opened as a learner first opens it: untrusted, nothing run.
    await frontEnd.open(page, bench.url, bench.token, `notebooks/${notebook}.ipynb`);
    result.openedMs = await page.evaluate(() => performance.now());
    const trusted = await frontEnd.trusted(page);
    check(
      !trusted.some(Boolean),
      `opens untrusted (${trusted.filter(Boolean).length} of ${trusted.length} code cells trusted)`,
    );
    const opened = await page.evaluate(([fe, s]) => window.outputProbe.inspectOutputs(fe, s), [
      frontEnd.name,
      stored,
    ] as const);
    result.rich.shown = opened.filter((r) => r.problems.length === 0).length;
    const openedProblems = describeProblems(opened);
    check(
      openedProblems.length === 0,
      `stored rich outputs show what they should: ${result.rich.shown} of ${stored.length}` +
        openedProblems.map((p) => `\n      ${p}`).join(""),
    );
    const kept = opened.reduce((n, r) => n + r.styles.kept, 0);
    const styled = opened.reduce((n, r) => n + r.styles.stored, 0);
    console.log(`    opened: ${stored.length} rich outputs, inline styles kept ${kept} of ${styled}`);
    await screenshot(page, frontEnd, path.join(OUT, frontEnd.name, `${notebook}.opened.png`));

    // 2. The kernel.
    const kernel = await frontEnd.kernelName(page);
    check(kernel === KERNEL_DISPLAY_NAME, `kernel shown as "${kernel}"`);

    // 3. Run All.
    await page.evaluate((fe) => window.outputProbe.watchOutputs(fe), frontEnd.name);
    const runStarted = Date.now();
    await frontEnd.runAll(page);
    result.runMs = Date.now() - runStarted;
    const watched = await page.evaluate(() => window.outputProbe.watchedOutputs());
    result.firstOutputMs = watched.firstOutputAt;
    const cells = await frontEnd.cells(page);
    const errors = errorOutputs(cells);
    check(
      errors.length === 0,
      `Run All: ${plural(errors.length, "error output")}` +
        errors.map((e) => `\n      cell ${e.cell}: ${e.ename}: ${e.evalue}`).join(""),
    );
    const unrun = cells.filter((c) => c.type === "code" && c.source.trim() && c.outputs.length === 0).length;
    const storedUnrun = storedCells.filter(
      (c) => c.type === "code" && c.source.trim() && c.outputs.length === 0,
    ).length;
    check(
      unrun <= storedUnrun,
      `every cell that had an output has one after Run All (${unrun} without, ${storedUnrun} stored without)`,
    );

    for (const c of streamedCells(storedCells)) {
      const positions = Object.entries(watched.history).filter(([key]) => key.startsWith(`${c}:`));
      const states = Math.max(0, ...positions.map(([, s]) => s.filter((t) => t.trim()).length));
      check(states >= 3, `streamed display in cell ${c} updated in place: ${states - 1} intermediate states`);
    }
    const grading = gradingCells(storedCells);
    if (grading.length > 0) {
      // A grade shows a status line per exercise ("N of M tasks pass", or "not started") on its own line.
      const grades = await page.evaluate(([fe, g]) => window.outputProbe.gradesIn(fe, g), [
        frontEnd.name,
        grading,
      ] as const);
      const shown = grades.filter((g) => /\bof \d+ (tasks|exercises)\b|not started|not graded/.test(g));
      check(
        shown.length === grading.length,
        `grading cells show their grade: ${shown.length} of ${grading.length}` +
          grading
            .filter((_, i) => !shown.includes(grades[i]))
            .map((c) => `\n      cell ${c} shows no grade`)
            .join(""),
      );
    }
    const ran = await page.evaluate(([fe, s]) => window.outputProbe.inspectOutputs(fe, s), [
      frontEnd.name,
      richOutputs(cells),
    ] as const);
    const ranProblems = describeProblems(ran);
    check(
      ranProblems.length === 0,
      `rich outputs after Run All: ${ran.length - ranProblems.length} of ${ran.length} show what they should` +
        ranProblems.map((p) => `\n      ${p}`).join(""),
    );
    await screenshot(page, frontEnd, path.join(OUT, frontEnd.name, `${notebook}.run.png`));

    // 4. A saved exercise is picked up when its importing cell is re-run.
    if (notebook === SAVED_EXERCISE.notebook) checks.push(await savedExerciseCheck(page, bench, frontEnd, cells));
    if (pageErrors.length > 0) check(false, `page errors: ${pageErrors.slice(0, 3).join(" | ")}`);
  } catch (e) {
    check(false, `the bench could not finish: ${(e as Error).message.split("\n")[0]}`);
    await screenshot(page, frontEnd, path.join(OUT, frontEnd.name, `${notebook}.failed.png`)).catch(() => undefined);
  } finally {
    await page.close();
    await bench.shutdownKernels();
  }
  return result;
}

async function savedExerciseCheck(
  page: Page,
  bench: Workbench,
  frontEnd: FrontEndDriver,
  cells: Awaited<ReturnType<FrontEndDriver["cells"]>>,
): Promise<Check> {
  const { exercise } = SAVED_EXERCISE;
  const importing = cells.findIndex((c) => c.source.includes(`./src/exercises/${exercise}"`));
  if (importing < 0) return { ok: false, what: `no cell imports src/exercises/${exercise}` };
  const outputText = (c: (typeof cells)[number]) =>
    c.outputs.map((o) => JSON.stringify(o.text ?? o.data ?? "")).join("");
  const before = outputText(cells[importing]);
  const stub = path.join(bench.root, "src", "exercises", `${exercise}.ts`);
  const original = fs.readFileSync(stub, "utf8");
  // The reference solution, saved where the learner's file is (its imports point one folder up).
  const solution = fs
    .readFileSync(path.join(bench.root, "solutions", `${exercise}.ts`), "utf8")
    .replaceAll('from "../src/', 'from "../');
  try {
    fs.writeFileSync(stub, solution);
    await frontEnd.runCell(page, importing);
    const after = (await frontEnd.cells(page))[importing];
    const afterText = outputText(after);
    const picked =
      /not started/.test(before) &&
      !/not started/.test(afterText) &&
      richOutputs([after]).length > 0 &&
      errorOutputs([after]).length === 0;
    return {
      ok: picked,
      what: `saved src/exercises/${exercise}.ts picked up when cell ${importing} is re-run (before: ${/not started/.test(before) ? "not started" : "?"}, after: ${richOutputs([after]).length} rich outputs${/not started/.test(afterText) ? ", still not started" : ""})`,
    };
  } finally {
    fs.writeFileSync(stub, original);
  }
}

async function main(): Promise<number> {
  fs.rmSync(OUT, { recursive: true, force: true });
  const started = Date.now();
  const loadAtStart = os.loadavg()[0];
  const bench = await startWorkbench({
    from: ROOT,
    staticDir: BUILD_DIR,
    env: offlineEnv(),
    log: (line) => console.log(line),
  });
  if (!fs.existsSync(path.join(APP_DIR, "bundle.js"))) throw new Error("the bench is not built");
  const specs = await bench.api<{ kernelspecs: Record<string, { spec: { display_name: string } }> }>(
    "/api/kernelspecs",
  );
  console.log(
    `Jupyter server: ${bench.url} (kernels: ${Object.values(specs.kernelspecs)
      .map((k) => k.spec.display_name)
      .join(", ")})`,
  );
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-lab-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript({ path: path.join(APP_DIR, "probe.js") });
  const courseMs: Record<string, number> = {};
  try {
    for (const frontEnd of frontEnds) {
      console.log(`\n${frontEnd.title}`);
      const t0 = Date.now();
      for (const notebook of notebooks) {
        const r = await checkNotebook(context, bench, frontEnd, notebook);
        results.push(r);
        const failed = r.checks.filter((c) => !c.ok);
        console.log(
          `${failed.length === 0 ? "✔" : "✘"} ${notebook}  rich outputs ${r.rich.shown}/${r.rich.expected} as stored` +
            `, opened in ${(r.openedMs / 1000).toFixed(1)} s, first output ${r.firstOutputMs === null ? "none" : `${(r.firstOutputMs / 1000).toFixed(1)} s`}` +
            ` after opening, Run All ${(r.runMs / 1000).toFixed(1)} s`,
        );
        for (const c of r.checks) console.log(`    ${c.ok ? "✔" : "✘"} ${c.what}`);
      }
      courseMs[frontEnd.name] = Date.now() - t0;
    }
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
    await bench.stop();
  }

  const failedNotebooks = results.filter((r) => r.checks.some((c) => !c.ok));
  const checks = results.flatMap((r) => r.checks);
  console.log(`\nFigures (screenshots in ${path.relative(process.cwd(), OUT) || "."}/):`);
  for (const frontEnd of frontEnds) {
    const first = results.find((r) => r.frontEnd === frontEnd && r.notebook.startsWith("00-"));
    if (first?.firstOutputMs != null) {
      console.log(
        `  ${frontEnd.title}: notebook 00 opened to first output in ${(first.firstOutputMs / 1000).toFixed(1)} s`,
      );
    }
    const all = results.filter((r) => r.frontEnd === frontEnd);
    console.log(
      `  ${frontEnd.title}: ${plural(all.length, "notebook")} opened, checked and run in ${(courseMs[frontEnd.name] / 1000).toFixed(0)} s` +
        `; rich outputs as stored ${all.reduce((n, r) => n + r.rich.shown, 0)} of ${all.reduce((n, r) => n + r.rich.expected, 0)}`,
    );
  }
  console.log(`  everything, with the server and the browser: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  // Timings mean little on a busy machine: say how busy it was.
  console.log(
    `  machine: ${os.availableParallelism()} cores, load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`,
  );
  const passed = checks.filter((c) => c.ok).length;
  console.log(`\n${passed} passed, ${checks.length - passed} failed`);
  if (failedNotebooks.length > 0) {
    console.log(`Failing: ${failedNotebooks.map((r) => `${r.notebook} (${r.frontEnd.name})`).join(", ")}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main().catch((e) => {
  console.error(e);
  return 1;
});
