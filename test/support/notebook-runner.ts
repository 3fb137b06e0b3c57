/**
 * Runs a notebook's code cells in this process with tslab's own converter and executor, the way
 * the kernel does, and captures what each cell prints and displays.
 *
 * One converter and one executor serve every notebook (creating a converter costs seconds);
 * `executor.reset()` clears the cell variables between notebooks. Modules under src/ stay loaded
 * across notebooks, as they would if a kernel ran them one after another without a restart;
 * `npm run test:kernel` runs each notebook in a fresh kernel.
 */
import { createRequire } from "node:module";
import { Console } from "node:console";
import { Writable } from "node:stream";
import { format } from "node:util";
import type { ConverterSet, Executor } from "tslab/dist/executor";
import type { Converter } from "tslab/dist/converter";
import { joinSource, type Notebook } from "../../scripts/lib/notebook-format";

// Native require: the cells' `require("tslab")` must reach the same tslab instance whose
// `lastWriteDisplayData` we set, which vitest's module runner would otherwise duplicate.
const nodeRequire = createRequire(import.meta.url);

export interface DisplayOutput {
  data: Record<string, unknown>;
  displayId?: string;
}

export interface CellRun {
  /** Index among all cells of the notebook (markdown included), as Jupyter counts. */
  index: number;
  id: string;
  source: string;
  tags: string[];
  ok: boolean;
  /** True when the cell is tagged raises-exception (it may, and should, fail). */
  expectsError: boolean;
  stdout: string;
  stderr: string;
  displays: DisplayOutput[];
  seconds: number;
}

export interface NotebookRun {
  name: string;
  cells: CellRun[];
  seconds: number;
}

export interface RunnerOptions {
  /** Per-cell limit; an async cell past it is interrupted and fails. */
  cellTimeoutMs?: number;
}

export class NotebookRunner {
  private constructor(
    private readonly executor: Executor,
    private readonly capture: Capture,
  ) {}

  /** Creates tslab's converter (slow: seconds) in `root`, which must be the working folder. */
  static create(root: string): NotebookRunner {
    if (process.cwd() !== root) process.chdir(root);
    const { createConverter } = nodeRequire("tslab/dist/converter") as typeof import("tslab/dist/converter");
    const { createExecutor } = nodeRequire("tslab/dist/executor") as typeof import("tslab/dist/executor");
    let node: Converter | undefined;
    let browser: Converter | undefined;
    const convs: ConverterSet = {
      get node() {
        return (node ??= createConverter({ isJS: false, isBrowser: false }));
      },
      get browser() {
        return (browser ??= createConverter({ isJS: false, isBrowser: true }));
      },
      close() {
        node?.close();
        browser?.close();
      },
    };
    convs.node; // warm it now, as the kernel does
    const capture = new Capture();
    const executor = createExecutor(root, convs, {
      log: (...args: unknown[]) => capture.write("stdout", format(...args) + "\n"),
      error: (...args: unknown[]) => capture.write("stderr", format(...args) + "\n"),
    });
    return new NotebookRunner(executor, capture);
  }

  /** Executes the code cells in order; a failing cell does not stop the run (the caller judges). */
  async run(name: string, notebook: Notebook, options: RunnerOptions = {}): Promise<NotebookRun> {
    const started = performance.now();
    this.executor.reset();
    const cells: CellRun[] = [];
    for (const [index, cell] of notebook.cells.entries()) {
      if (cell.cell_type !== "code") continue;
      const source = joinSource(cell.source);
      if (source.trim() === "") continue;
      const tags = cell.metadata?.tags ?? [];
      const cellStarted = performance.now();
      const { ok, stdout, stderr, displays } = await this.capture.during(() =>
        this.execute(source, options.cellTimeoutMs ?? 60_000),
      );
      cells.push({
        index,
        id: cell.id,
        source,
        tags,
        ok,
        expectsError: tags.includes("raises-exception"),
        stdout,
        stderr,
        displays,
        seconds: (performance.now() - cellStarted) / 1000,
      });
    }
    return { name, cells, seconds: (performance.now() - started) / 1000 };
  }

  private async execute(source: string, timeoutMs: number): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => {
        this.executor.interrupt();
        this.capture.write("stderr", `Timed out after ${timeoutMs / 1000} s\n`);
        resolve(false);
      }, timeoutMs);
    });
    try {
      return await Promise.race([this.executor.execute(source), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  close(): void {
    this.executor.close();
    (nodeRequire("tslab/dist/jupyter") as { lastWriteDisplayData: unknown }).lastWriteDisplayData = null;
  }
}

type Stream = "stdout" | "stderr";

/**
 * Redirects console, process.stdout/stderr and tslab's display channel into buffers while a
 * cell runs (the kernel does the same with its iopub channel), and restores them afterwards.
 */
class Capture {
  private buffers: Record<Stream, string> | null = null;
  private displays: DisplayOutput[] = [];

  write(stream: Stream, text: string): void {
    if (this.buffers) this.buffers[stream] += text;
    else (stream === "stdout" ? process.stdout : process.stderr).write(text);
  }

  async during(
    fn: () => Promise<boolean>,
  ): Promise<{ ok: boolean; stdout: string; stderr: string; displays: DisplayOutput[] }> {
    const jupyter = nodeRequire("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };
    const saved = {
      console: globalThis.console,
      stdoutWrite: process.stdout.write,
      stderrWrite: process.stderr.write,
    };
    this.buffers = { stdout: "", stderr: "" };
    this.displays = [];
    const sink = (stream: Stream) =>
      new Writable({
        write: (chunk, _encoding, done) => {
          this.write(stream, String(chunk));
          done();
        },
      });
    globalThis.console = new Console({ stdout: sink("stdout"), stderr: sink("stderr") });
    const hook = (stream: Stream) =>
      ((chunk: string | Uint8Array, ...rest: unknown[]) => {
        this.write(stream, typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
        const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
        done?.();
        return true;
      }) as typeof process.stdout.write;
    process.stdout.write = hook("stdout");
    process.stderr.write = hook("stderr");
    // Stays installed after the cell, as in the kernel: a late display (from a timer) is dropped, not thrown.
    jupyter.lastWriteDisplayData = (
      data: { data: Record<string, unknown>; transient?: { display_id?: string } },
      update: boolean,
    ) => {
      if (!this.buffers) return;
      const displayId = data.transient?.display_id;
      const existing = update && displayId ? this.displays.find((d) => d.displayId === displayId) : undefined;
      if (existing) existing.data = data.data;
      else this.displays.push({ data: data.data, displayId });
    };
    try {
      const ok = await fn();
      // Console streams write asynchronously: let them drain into the buffers.
      await new Promise((resolve) => setImmediate(resolve));
      return { ok, stdout: this.buffers.stdout, stderr: this.buffers.stderr, displays: this.displays };
    } finally {
      globalThis.console = saved.console;
      process.stdout.write = saved.stdoutWrite;
      process.stderr.write = saved.stderrWrite;
      this.buffers = null;
    }
  }
}

/** What a reader would see of a cell's output, for error messages and secret scans. */
export function cellOutputText(cell: CellRun): string {
  const displays = cell.displays.map((d) =>
    Object.values(d.data)
      .map((v) => (typeof v === "string" ? v : JSON.stringify(v)))
      .join("\n"),
  );
  return [cell.stdout, cell.stderr, ...displays].filter((s) => s !== "").join("\n");
}
