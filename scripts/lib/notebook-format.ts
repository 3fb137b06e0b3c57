/**
 * The workbook's notebooks are written as Markdown (`notebooks/.source/<name>.md`) and built into
 * `notebooks/<name>.ipynb`, so reviews read prose and code instead of JSON.
 *
 * Source format:
 * - plain Markdown becomes markdown cells; a line holding only `+++` starts a new markdown cell;
 * - each ```ts (or ```typescript) fence becomes one code cell;
 * - `<!-- tags: a, b -->` on the line right before a fence tags that code cell.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";

export const KERNEL_NAME = "chat-completions-workbook";
export const KERNEL_DISPLAY_NAME = "TypeScript (workbook)";

export const KERNELSPEC_METADATA = {
  display_name: KERNEL_DISPLAY_NAME,
  language: "typescript",
  name: KERNEL_NAME,
} as const;

// What tslab's kernel_info reports, so an executed notebook keeps the metadata the builder wrote.
export const LANGUAGE_INFO = {
  codemirror_mode: { mode: "typescript", name: "javascript", typescript: true },
  file_extension: ".ts",
  mimetype: "text/typescript",
  name: "typescript",
  version: "3.7.2",
} as const;

export interface SourceCell {
  cell_type: "markdown" | "code";
  source: string;
  tags: string[];
  /** 1-based line in the .md where the cell starts, for error messages. */
  line: number;
}

export type CellOutput = Record<string, unknown>;

export interface NotebookCell {
  cell_type: "markdown" | "code" | "raw";
  id: string;
  metadata: Record<string, unknown> & { tags?: string[] };
  source: string | string[];
  outputs?: CellOutput[];
  execution_count?: number | null;
  attachments?: unknown;
}

export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown> & { kernelspec?: Record<string, unknown> };
  nbformat: number;
  nbformat_minor: number;
}

export class NotebookSourceError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = "NotebookSourceError";
  }
}

const CODE_FENCE = /^```\s*(ts|typescript)\s*$/;
const CLOSING_CODE_FENCE = /^```\s*$/;
const OTHER_FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TAGS = /^<!--\s*tags:\s*(.*?)\s*-->\s*$/;

/** Splits a Markdown source into cells. `file` only names the source in error messages. */
export function parseSource(text: string, file = "<source>"): SourceCell[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const cells: SourceCell[] = [];
  let markdown: string[] = [];
  let markdownStart = 1;
  // A fence of another language inside markdown may itself contain ```ts lines: they stay markdown.
  let openFence: { char: string; length: number } | null = null;

  const flushMarkdown = (nextLine: number) => {
    const source = trimBlankLines(markdown).join("\n");
    const tagLine = markdown.findIndex((l) => TAGS.test(l.trim()));
    if (tagLine >= 0) {
      throw new NotebookSourceError(
        file,
        markdownStart + tagLine,
        "a `<!-- tags: ... -->` comment must be on the line right before a ```ts fence",
      );
    }
    if (source.trim() !== "") cells.push({ cell_type: "markdown", source, tags: [], line: markdownStart });
    markdown = [];
    markdownStart = nextLine;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1;
    if (openFence) {
      markdown.push(line);
      const close = line.match(OTHER_FENCE);
      if (close && close[1][0] === openFence.char && close[1].length >= openFence.length && line.trim() === close[1]) {
        openFence = null;
      }
      continue;
    }
    if (CODE_FENCE.test(line)) {
      let tags: string[] = [];
      const previous = markdown.length > 0 ? markdown[markdown.length - 1].trim() : "";
      const tagMatch = previous.match(TAGS);
      if (tagMatch) {
        markdown.pop();
        tags = tagMatch[1]
          .split(",")
          .map((t) => t.trim())
          .filter((t) => t !== "");
      }
      flushMarkdown(lineNo);
      const code: string[] = [];
      let j = i + 1;
      while (j < lines.length && !CLOSING_CODE_FENCE.test(lines[j])) code.push(lines[j++]);
      if (j >= lines.length) throw new NotebookSourceError(file, lineNo, "this ```ts fence is never closed");
      const source = trimBlankLines(code).join("\n");
      if (source.trim() === "") throw new NotebookSourceError(file, lineNo, "empty ```ts fence");
      cells.push({ cell_type: "code", source, tags, line: lineNo });
      i = j;
      markdownStart = j + 2;
      continue;
    }
    if (line.trim() === "+++") {
      flushMarkdown(lineNo + 1);
      continue;
    }
    const fence = line.match(OTHER_FENCE);
    if (fence) openFence = { char: fence[1][0], length: fence[1].length };
    markdown.push(line);
  }
  if (openFence) throw new NotebookSourceError(file, lines.length, "a ``` fence in the markdown is never closed");
  flushMarkdown(lines.length + 1);
  return cells;
}

function trimBlankLines(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start].trim() === "") start++;
  while (end > start && lines[end - 1].trim() === "") end--;
  return lines.slice(start, end).map((l) => l.replace(/\s+$/, ""));
}

/** Jupyter stores a cell's source as lines that keep their "\n" (all but the last). */
export function sourceLines(source: string): string[] {
  if (source === "") return [];
  return source.split(/(?<=\n)/);
}

export function joinSource(source: string | string[]): string {
  return Array.isArray(source) ? source.join("") : source;
}

/**
 * Cell ids are `<notebook number>-<hash of the cell>`: unchanged cells keep their id across rebuilds,
 * so a rebuild after an edit only changes the cells that changed.
 */
function cellIds(prefix: string, cells: SourceCell[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell) => {
    const hash = createHash("sha256")
      .update(`${cell.cell_type}\n${cell.tags.join(",")}\n${cell.source}`)
      .digest("hex")
      .slice(0, 8);
    const base = `${prefix}-${hash}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** "01-message-format" -> "01"; a name without a number keeps a slug of itself. */
export function notebookPrefix(name: string): string {
  const number = name.match(/^\d+/);
  if (number) return number[0];
  return name.replace(/[^A-Za-z0-9_-]+/g, "-").slice(0, 40) || "nb";
}

/** The notebook a source describes, without outputs. */
export function buildNotebook(name: string, cells: SourceCell[]): Notebook {
  const ids = cellIds(notebookPrefix(name), cells);
  return {
    cells: cells.map((cell, i): NotebookCell => {
      const metadata = cell.tags.length > 0 ? { tags: cell.tags } : {};
      if (cell.cell_type === "markdown") {
        return { cell_type: "markdown", id: ids[i], metadata, source: sourceLines(cell.source) };
      }
      return {
        cell_type: "code",
        execution_count: null,
        id: ids[i],
        metadata,
        outputs: [],
        source: sourceLines(cell.source),
      };
    }),
    metadata: {
      kernelspec: { ...KERNELSPEC_METADATA },
      language_info: structuredClone(LANGUAGE_INFO) as unknown as Record<string, unknown>,
    },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

/** Serialises like Jupyter does (sorted keys, one-space indent, trailing newline), so saves diff cleanly. */
export function serializeNotebook(notebook: Notebook): string {
  return JSON.stringify(sortKeys(notebook), null, 1) + "\n";
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
    return out;
  }
  return value;
}

/** The notebook as the builder would write it: outputs and execution counts cleared. */
export function withoutOutputs(notebook: Notebook): Notebook {
  const copy = structuredClone(notebook);
  for (const cell of copy.cells) {
    if (cell.cell_type === "code") {
      cell.outputs = [];
      cell.execution_count = null;
    }
  }
  return copy;
}

export interface NotebookPaths {
  root: string;
  name: string;
  source: string;
  notebook: string;
}

export function notebooksDir(root: string): string {
  return path.join(root, "notebooks");
}

export function sourcesDir(root: string): string {
  return path.join(root, "notebooks", ".source");
}

/** Every notebook source, in reading order. */
export function listSources(root: string): NotebookPaths[] {
  const dir = sourcesDir(root);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => {
      const name = f.slice(0, -".md".length);
      return { root, name, source: path.join(dir, f), notebook: path.join(notebooksDir(root), `${name}.ipynb`) };
    });
}

/** Every built notebook, in reading order. */
export function listNotebooks(root: string): string[] {
  const dir = notebooksDir(root);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ipynb"))
    .sort()
    .map((f) => path.join(dir, f));
}

export function buildFromFile(source: string, name = path.basename(source, ".md")): Notebook {
  const rel = path.relative(process.cwd(), source) || source;
  return buildNotebook(name, parseSource(fs.readFileSync(source, "utf8"), rel));
}

export function readNotebook(file: string): Notebook {
  return JSON.parse(fs.readFileSync(file, "utf8")) as Notebook;
}

export interface StaleNotebook {
  notebook: string;
  reason: string;
}

/** Notebooks that differ from their sources (outputs ignored), and notebooks without a source. */
export function findStaleNotebooks(root: string): StaleNotebook[] {
  const stale: StaleNotebook[] = [];
  const sources = listSources(root);
  const rel = (p: string) => path.relative(root, p);
  for (const entry of sources) {
    const expected = serializeNotebook(buildFromFile(entry.source, entry.name));
    if (!fs.existsSync(entry.notebook)) {
      stale.push({ notebook: rel(entry.notebook), reason: `missing: build it from ${rel(entry.source)}` });
      continue;
    }
    let actual: string;
    try {
      actual = serializeNotebook(withoutOutputs(readNotebook(entry.notebook)));
    } catch (e) {
      stale.push({ notebook: rel(entry.notebook), reason: `not valid JSON (${(e as Error).message})` });
      continue;
    }
    if (actual !== expected) {
      stale.push({
        notebook: rel(entry.notebook),
        reason: `out of date with ${rel(entry.source)}${firstDifference(expected, actual)}`,
      });
    }
  }
  const known = new Set(sources.map((s) => s.notebook));
  for (const nb of listNotebooks(root)) {
    if (!known.has(nb)) stale.push({ notebook: rel(nb), reason: `has no source in ${rel(sourcesDir(root))}/` });
  }
  return stale;
}

/** Names the first cell (or the metadata) where the notebook and its source disagree. */
function firstDifference(expected: string, actual: string): string {
  const want = JSON.parse(expected) as Notebook;
  const got = JSON.parse(actual) as Notebook;
  for (let i = 0; i < Math.max(want.cells.length, got.cells.length); i++) {
    const w = want.cells[i];
    const g = got.cells[i];
    if (JSON.stringify(sortKeys(w)) === JSON.stringify(sortKeys(g))) continue;
    if (!w) return `: the notebook has extra cells from cell ${i}`;
    if (!g) return `: the notebook lacks cells from cell ${i} (${w.cell_type} "${firstLine(joinSource(w.source))}")`;
    const wl = joinSource(w.source).split("\n");
    const gl = joinSource(g.source).split("\n");
    const line = wl.findIndex((l, j) => l !== gl[j]);
    if (w.cell_type !== g.cell_type || (line < 0 && wl.length === gl.length)) {
      return `: cell ${i} differs (${g.cell_type} in the notebook, ${w.cell_type} in the source; tags or id may differ)`;
    }
    const j = line < 0 ? wl.length : line;
    return `: cell ${i}, line ${j + 1}: source has "${firstLine(wl[j] ?? "")}", notebook has "${firstLine(gl[j] ?? "")}"`;
  }
  return ": the notebook's metadata or format differs";
}

function firstLine(text: string): string {
  const line = text.split("\n")[0];
  return line.length > 60 ? line.slice(0, 57) + "..." : line;
}

/** Copies outputs and execution counts from an executed copy into the built notebook, cell by cell id. */
export function mergeOutputs(built: Notebook, executed: Notebook): Notebook {
  const byId = new Map(executed.cells.map((c) => [c.id, c]));
  const merged = structuredClone(built);
  for (const cell of merged.cells) {
    const run = byId.get(cell.id);
    if (cell.cell_type !== "code" || !run) continue;
    cell.outputs = (run.outputs ?? []).map(cleanOutput);
    cell.execution_count = run.execution_count ?? null;
  }
  return merged;
}

// nbclient adds per-output metadata and transient display ids that only make diffs noisy.
function cleanOutput(output: CellOutput): CellOutput {
  const { transient: _transient, ...rest } = output;
  return rest;
}

/** The text of a cell's outputs that a reader would see, for secret scans and error messages. */
export function outputText(outputs: CellOutput[] | undefined): string {
  const parts: string[] = [];
  for (const out of outputs ?? []) {
    if (typeof out.text === "string" || Array.isArray(out.text)) parts.push(joinSource(out.text as string | string[]));
    if (out.data && typeof out.data === "object") {
      for (const value of Object.values(out.data as Record<string, unknown>)) {
        if (typeof value === "string" || Array.isArray(value)) parts.push(joinSource(value as string | string[]));
        else parts.push(JSON.stringify(value));
      }
    }
    if (typeof out.evalue === "string") parts.push(out.evalue);
    if (Array.isArray(out.traceback)) parts.push((out.traceback as string[]).join("\n"));
  }
  return parts.join("\n");
}

// Redacted forms ("Bearer sk-…abcd", "Bearer [redacted]", "Bearer ***") are fine; real tokens are not.
const SECRET_PATTERNS: Array<{ what: string; pattern: RegExp }> = [
  { what: "an OpenAI-style key (sk-...)", pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}/ },
  {
    what: "a bearer token",
    pattern: /\bBearer\s+(?![^\s"']*(?:\*|…|\.\.\.|redacted|REDACTED|<|\[))[A-Za-z0-9._~+/=-]{8,}/,
  },
];

/** Describes anything in `text` that looks like a credential (or equals one of `knownSecrets`). */
export function findSecrets(text: string, knownSecrets: string[] = []): string[] {
  const found: string[] = [];
  for (const { what, pattern } of SECRET_PATTERNS) {
    const m = text.match(pattern);
    if (m) found.push(`${what} at "${m[0].slice(0, 12)}…"`);
  }
  for (const secret of knownSecrets) {
    if (secret.length >= 8 && text.includes(secret)) found.push("the value of OPENAI_API_KEY");
  }
  return found;
}

/** Keys this machine knows about (environment and .env), so a scan also catches keys without the sk- shape. */
export function knownKeys(root: string): string[] {
  const keys = new Set<string>();
  const fromEnv = process.env.OPENAI_API_KEY?.trim();
  if (fromEnv) keys.add(fromEnv);
  const envFile = path.join(root, ".env");
  if (fs.existsSync(envFile)) {
    const match = fs.readFileSync(envFile, "utf8").match(/^\s*(?:export\s+)?OPENAI_API_KEY\s*=\s*["']?([^"'\s#]+)/m);
    if (match) keys.add(match[1]);
  }
  return [...keys];
}

/** Problems with a notebook's format: nbformat 4.5, unique valid cell ids, the workbook's kernelspec. */
export function formatProblems(notebook: Notebook): string[] {
  const problems: string[] = [];
  if (notebook.nbformat !== 4 || notebook.nbformat_minor !== 5) {
    problems.push(`nbformat is ${notebook.nbformat}.${notebook.nbformat_minor}, expected 4.5`);
  }
  const ks = notebook.metadata?.kernelspec ?? {};
  if (ks.name !== KERNEL_NAME)
    problems.push(`kernelspec name is ${JSON.stringify(ks.name)}, expected "${KERNEL_NAME}"`);
  if (ks.language !== "typescript")
    problems.push(`kernelspec language is ${JSON.stringify(ks.language)}, expected "typescript"`);
  if (ks.display_name !== KERNEL_DISPLAY_NAME)
    problems.push(`kernelspec display_name is ${JSON.stringify(ks.display_name)}, expected "${KERNEL_DISPLAY_NAME}"`);
  const seen = new Set<string>();
  (notebook.cells ?? []).forEach((cell, i) => {
    if (typeof cell.id !== "string" || !/^[A-Za-z0-9_-]{1,64}$/.test(cell.id)) {
      problems.push(`cell ${i} has an invalid id ${JSON.stringify(cell.id)} (1-64 letters, digits, - or _)`);
    } else if (seen.has(cell.id)) {
      problems.push(`cell ${i} repeats the id "${cell.id}"`);
    } else {
      seen.add(cell.id);
    }
    if (!["markdown", "code", "raw"].includes(cell.cell_type))
      problems.push(`cell ${i} has an unknown cell_type ${JSON.stringify(cell.cell_type)}`);
    if (cell.cell_type === "code" && (!Array.isArray(cell.outputs) || cell.execution_count === undefined)) {
      problems.push(`code cell ${i} lacks outputs or execution_count`);
    }
  });
  return problems;
}
