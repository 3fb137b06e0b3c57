/**
 * npm run notebooks:build [-- --check | --execute] [names...]
 *
 * Builds notebooks/<name>.ipynb from notebooks/.source/<name>.md (format: scripts/lib/notebook-format.ts).
 *   (no flag)  write the notebooks; stored outputs are kept only when no code cell changed
 *   --check    write nothing; exit 1 naming every notebook that is out of date with its source
 *   --execute  also run each notebook in the real kernel (offline model) and store its outputs,
 *              so the committed notebooks show results before a learner runs them
 * Names (e.g. `01-message-format`) limit the build to those notebooks.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import {
  buildFromFile,
  findSecrets,
  findStaleNotebooks,
  knownKeys,
  listSources,
  mergeOutputs,
  outputText,
  readNotebook,
  serializeNotebook,
  withoutOutputs,
  type Notebook,
  type NotebookPaths,
} from "./lib/notebook-format";
import { executeNotebook, findNbconvert, ROOT, temporaryKernelPath } from "./lib/jupyter";
import { parseCommandLine, usageError } from "./lib/cli";

const USAGE = "Usage: npm run notebooks:build [-- --check | --execute] [names...]";
const { values, positionals: names } = parseCommandLine(USAGE, {
  options: { check: { type: "boolean" }, execute: { type: "boolean" } },
  allowPositionals: true,
});
const check = values.check === true;
const execute = values.execute === true;
if (check && execute) usageError("--check writes nothing and --execute writes outputs: pick one.", USAGE);

const rel = (p: string) => path.relative(ROOT, p);

function selectedSources(): NotebookPaths[] {
  const all = listSources(ROOT);
  if (names.length === 0) return all;
  const wanted = names.map((n) => path.basename(n).replace(/\.(md|ipynb)$/, ""));
  const missing = wanted.filter((n) => !all.some((s) => s.name === n));
  if (missing.length > 0) {
    console.error(
      `No source for ${missing.join(", ")} in notebooks/.source/ (there are: ${all.map((s) => s.name).join(", ") || "none"}).`,
    );
    process.exit(2);
  }
  return all.filter((s) => wanted.includes(s.name));
}

function codeOf(notebook: Notebook): string {
  return JSON.stringify(notebook.cells.filter((c) => c.cell_type === "code").map((c) => [c.id, c.source]));
}

/** Keeps the stored outputs when only markdown changed: they are still exactly what the code prints. */
function keepOutputs(built: Notebook, file: string): { notebook: Notebook; kept: boolean } {
  if (!fs.existsSync(file)) return { notebook: built, kept: false };
  try {
    const old = readNotebook(file);
    const hasOutputs = old.cells.some((c) => (c.outputs ?? []).length > 0);
    if (hasOutputs && codeOf(withoutOutputs(old)) === codeOf(built))
      return { notebook: mergeOutputs(built, old), kept: true };
  } catch {
    // unreadable: rebuild without outputs
  }
  return { notebook: built, kept: false };
}

function writeIfChanged(file: string, text: string): boolean {
  if (fs.existsSync(file) && fs.readFileSync(file, "utf8") === text) return false;
  fs.writeFileSync(file, text);
  return true;
}

/** Stack traces carry this machine's paths: make them relative to the workbook root. */
function scrubPaths(notebook: Notebook): Notebook {
  const text = serializeNotebook(notebook)
    .split(JSON.stringify(ROOT + path.sep).slice(1, -1))
    .join("");
  return JSON.parse(text) as Notebook;
}

function numberExecutedCells(notebook: Notebook): Notebook {
  let count = 0;
  for (const cell of notebook.cells) if (cell.cell_type === "code") cell.execution_count = ++count;
  return notebook;
}

async function main(): Promise<void> {
  if (check) {
    const stale = findStaleNotebooks(ROOT).filter(
      (s) => names.length === 0 || names.some((n) => s.notebook.includes(n)),
    );
    if (stale.length === 0) {
      console.log(`Notebooks are up to date with their sources (${listSources(ROOT).length} checked).`);
      return;
    }
    for (const s of stale) console.error(`✘ ${s.notebook}: ${s.reason}`);
    console.error("Run `npm run notebooks:build` (or `-- --execute` to refresh outputs) and commit the notebooks.");
    process.exit(1);
  }

  const sources = selectedSources();
  if (sources.length === 0) {
    console.log("No notebook sources in notebooks/.source/.");
    return;
  }
  const built = new Map<string, Notebook>();
  for (const entry of sources) {
    try {
      built.set(entry.name, buildFromFile(entry.source, entry.name));
    } catch (e) {
      console.error(`✘ ${(e as Error).message}`);
      process.exit(1);
    }
  }

  if (!execute) {
    for (const entry of sources) {
      const { notebook, kept } = keepOutputs(built.get(entry.name)!, entry.notebook);
      const changed = writeIfChanged(entry.notebook, serializeNotebook(notebook));
      const note = kept ? "outputs kept: no code changed" : "no outputs (`-- --execute` stores them)";
      console.log(`${changed ? "wrote    " : "unchanged"} ${rel(entry.notebook)} (${note})`);
    }
    return;
  }

  const nbconvert = findNbconvert();
  if (!nbconvert) {
    console.error(
      "--execute needs `jupyter nbconvert` (Debian/Ubuntu: sudo apt install jupyter-nbconvert python3-nbclient; or pip install nbconvert).",
    );
    process.exit(1);
  }
  const kernelPath = temporaryKernelPath();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-build-"));
  const keys = knownKeys(ROOT);
  let failed = 0;
  try {
    for (const entry of sources) {
      const notebook = built.get(entry.name)!;
      const input = path.join(work, `${entry.name}.ipynb`);
      fs.writeFileSync(input, serializeNotebook(notebook));
      const result = await executeNotebook(input, { nbconvert, outputDir: path.join(work, "out"), kernelPath });
      if (!result.ok || !result.executed) {
        failed++;
        writeIfChanged(entry.notebook, serializeNotebook(notebook));
        console.error(
          `✘ ${rel(entry.notebook)} failed in the kernel after ${result.seconds.toFixed(1)} s (written without outputs):\n${indent(result.error ?? "")}`,
        );
        continue;
      }
      const executed = scrubPaths(numberExecutedCells(mergeOutputs(notebook, readNotebook(result.executed))));
      const leaks = executed.cells.flatMap((c, i) =>
        findSecrets(outputText(c.outputs), keys).map((s) => `cell ${i}: ${s}`),
      );
      if (leaks.length > 0) {
        failed++;
        writeIfChanged(entry.notebook, serializeNotebook(notebook));
        console.error(
          `✘ ${rel(entry.notebook)}: outputs look like they contain a key (${leaks.join("; ")}); written without outputs.`,
        );
        continue;
      }
      const changed = writeIfChanged(entry.notebook, serializeNotebook(executed));
      console.log(
        `${changed ? "wrote    " : "unchanged"} ${rel(entry.notebook)} (executed in ${result.seconds.toFixed(1)} s)`,
      );
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
    fs.rmSync(kernelPath, { recursive: true, force: true });
  }
  if (failed > 0) process.exit(1);
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => "  " + l)
    .join("\n");
}

await main();
