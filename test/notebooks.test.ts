/**
 * The notebooks: their format, their sources, no key in any output, and every code cell running
 * top to bottom on the offline model in tslab's own converter and executor (in this process).
 *
 * Only the key scan always runs. Running the notebooks, their format and their sync with the
 * sources are course checks (WORKBOOK_COURSE_CHECK=1, as `.ci/run` does): a learner's saved
 * notebooks hold their own edits and experiments, which must not turn their `npm test` red.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildNotebook,
  findSecrets,
  findStaleNotebooks,
  formatProblems,
  knownKeys,
  listNotebooks,
  outputText,
  parseSource,
  readNotebook,
  serializeNotebook,
  NotebookSourceError,
} from "../scripts/lib/notebook-format";
import { cellOutputText, NotebookRunner, type CellRun, type NotebookRun } from "./support/notebook-runner";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COURSE_CHECK = process.env.WORKBOOK_COURSE_CHECK === "1";
const NOTEBOOKS = listNotebooks(ROOT);
const FIXTURE = path.join(ROOT, "test", "fixtures", "runner-fixture.md");
const KEYS = knownKeys(ROOT);
const rel = (p: string) => path.relative(ROOT, p);

describe("notebook sources (the builder's format)", () => {
  it("splits markdown at +++ and makes each ts fence one code cell", () => {
    const cells = parseSource(
      "# Title\n\nIntro\n+++\nMore\n\n```ts\nconst a = 1;\n\na\n```\nAfter\n```typescript\nb\n```\n",
    );
    expect(cells.map((c) => [c.cell_type, c.source])).toEqual([
      ["markdown", "# Title\n\nIntro"],
      ["markdown", "More"],
      ["code", "const a = 1;\n\na"],
      ["markdown", "After"],
      ["code", "b"],
    ]);
  });

  it("tags the code cell right after a tags comment", () => {
    const cells = parseSource("Text\n<!-- tags: raises-exception, slow -->\n```ts\nthrow 1\n```\n");
    expect(cells[1]).toMatchObject({ cell_type: "code", tags: ["raises-exception", "slow"] });
    expect(cells[0].source).toBe("Text");
  });

  it("keeps fences of other languages, and ts fences nested in them, as markdown", () => {
    const cells = parseSource("````md\n```ts\nx\n```\n````\n\n```json\n{}\n```\n");
    expect(cells).toHaveLength(1);
    expect(cells[0].cell_type).toBe("markdown");
  });

  it("rejects a stray tags comment and an unclosed fence, naming the line", () => {
    expect(() => parseSource("a\n<!-- tags: x -->\n\n```ts\n1\n```", "x.md")).toThrow(NotebookSourceError);
    expect(() => parseSource("a\n```ts\n1\n", "x.md")).toThrow(/x\.md:2: .*never closed/);
  });

  it("builds nbformat 4.5 with stable, unique ids and the workbook's kernelspec", () => {
    const source = fs.readFileSync(FIXTURE, "utf8");
    const once = serializeNotebook(buildNotebook("99-fixture", parseSource(source)));
    const twice = serializeNotebook(buildNotebook("99-fixture", parseSource(source)));
    expect(once).toBe(twice);
    expect(once.endsWith("}\n")).toBe(true);
    const notebook = JSON.parse(once);
    expect(formatProblems(notebook)).toEqual([]);
    // Editing one cell changes only that cell's id.
    const edited = buildNotebook("99-fixture", parseSource(source.replace("6 * 7", "7 * 6")));
    const changed = notebook.cells.filter((c: { id: string }, i: number) => c.id !== edited.cells[i].id);
    expect(changed).toHaveLength(1);
  });

  it("spots keys and bearer tokens but not redacted ones", () => {
    expect(findSecrets("key sk-proj-abcdefghijklmnopqrstuvwxyz0123")).toHaveLength(1);
    expect(findSecrets("Authorization: Bearer abcdefghijklmnop1234")).toHaveLength(1);
    expect(findSecrets("Authorization: Bearer sk-…wxyz")).toEqual([]);
    expect(findSecrets("Authorization: Bearer [redacted]")).toEqual([]);
    expect(findSecrets("my key is hunter2-very-secret", ["hunter2-very-secret"])).toHaveLength(1);
  });
});

describe.each(NOTEBOOKS.map((file) => ({ file, name: rel(file) })))("$name", ({ file, name }) => {
  // A learner's Jupyter or VS Code may rewrite the metadata when they save: only what we ship is checked.
  it.runIf(COURSE_CHECK)("is nbformat 4.5 with valid unique cell ids and the workbook's kernelspec", () => {
    expect(formatProblems(readNotebook(file)), `${name}: rebuild it with \`npm run notebooks:build\``).toEqual([]);
  });

  it("has no key in its stored outputs", () => {
    readNotebook(file).cells.forEach((cell, index) => {
      const found = findSecrets(outputText(cell.outputs), KEYS);
      expect(
        found,
        `${name} cell ${index} (id ${cell.id}) stores something that looks like a key: clear its output`,
      ).toEqual([]);
    });
  });
});

describe.runIf(COURSE_CHECK)("course check: notebooks", () => {
  let runner: NotebookRunner;
  const saved: Record<string, string | undefined> = {};
  const forced = {
    WORKBOOK_BACKEND: "offline",
    WORKBOOK_OFFLINE_TPS: "0",
    WORKBOOK_OFFLINE_TTFT_MS: "0",
    WORKBOOK_OFFLINE_PACING: "off",
  };

  beforeAll(() => {
    for (const name of ["OPENAI_API_KEY", "OPENAI_BASE_URL", ...Object.keys(forced)]) saved[name] = process.env[name];
    delete process.env.OPENAI_API_KEY;
    delete process.env.OPENAI_BASE_URL;
    Object.assign(process.env, forced);
    runner = NotebookRunner.create(ROOT);
  }, 60_000);

  afterAll(() => {
    runner?.close();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it("every notebook is built from an up-to-date source (npm run notebooks:build)", () => {
    const stale = findStaleNotebooks(ROOT).map((s) => `${s.notebook}: ${s.reason}`);
    expect(stale, "run `npm run notebooks:build` and commit the notebooks").toEqual([]);
  });

  it("the runner captures output, displays and errors like the kernel (fixture)", async () => {
    const notebook = buildNotebook("99-fixture", parseSource(fs.readFileSync(FIXTURE, "utf8"), rel(FIXTURE)));
    const run = await runner.run("fixture", notebook);
    const [backend, display, raising, after] = run.cells;
    expect(backend.ok, backend.stderr).toBe(true);
    expect(backend.stdout).toMatch(/^Answering: offline model/);
    expect(display.displays).toEqual([{ data: { "text/html": "<b>bold</b> from tslab" }, displayId: undefined }]);
    expect(display.stdout).toBe("42\n");
    expect(raising).toMatchObject({ ok: false, expectsError: true });
    expect(raising.stderr).toContain("this cell is meant to fail");
    expect(after.ok, after.stderr).toBe(true);
    expect(after.stdout).toBe("answer is still 42\n");
    expect(problems(run)).toEqual([]);
  }, 60_000);

  for (const file of NOTEBOOKS) {
    it(`${rel(file)} runs top to bottom on the offline model`, async () => {
      const run = await runner.run(rel(file), readNotebook(file));
      expect(problems(run), `${rel(file)} (${run.seconds.toFixed(1)} s)`).toEqual([]);
      // A guard against a hang, not a speed goal: 07 and 08 run the graders in child processes.
    }, 300_000);
  }
});

/**
 * Everything wrong with a run, in terms a notebook author can act on: the first failing cell in
 * full, later failures (usually the same cause) by id only.
 */
function problems(run: NotebookRun): string[] {
  const out: string[] = [];
  const where = (cell: CellRun) => `${run.name} cell ${cell.index} (id ${cell.id})`;
  const failed = run.cells.filter((cell) => !cell.ok && !cell.expectsError);
  if (failed.length > 0) {
    const [first, ...later] = failed;
    out.push(
      `${where(first)} failed:\n${excerpt(first.source)}\n--- error ---\n${(first.stderr || first.stdout).trim()}`,
    );
    if (later.length > 0)
      out.push(
        `later cells also failed (often because of the first): ${later.map((c) => `${c.index} (id ${c.id})`).join(", ")}`,
      );
  }
  for (const cell of run.cells) {
    if (cell.ok && cell.expectsError) {
      out.push(`${where(cell)} is tagged raises-exception but ran without an error:\n${excerpt(cell.source)}`);
    }
    const secrets = findSecrets(cellOutputText(cell), KEYS);
    if (secrets.length > 0) out.push(`${where(cell)} prints ${secrets.join(", ")}`);
  }
  return out;
}

function excerpt(source: string): string {
  const lines = source.split("\n");
  const shown = lines.slice(0, 8).map((l) => "  | " + l);
  if (lines.length > 8) shown.push(`  | ... (${lines.length - 8} more lines)`);
  return shown.join("\n");
}
