/**
 * The two front ends the bench drives, behind one interface: JupyterLab 4's notebook (the bench's
 * own build, through `window.labBench`) and the classic Notebook 6 page the server itself serves
 * (through its `Jupyter` global).
 */
import type { Page } from "playwright-core";
import type { CellOutputs, LabBench } from "../src/index";
import type { FrontEnd } from "../src/probe";

export interface FrontEndDriver {
  name: FrontEnd;
  title: string;
  /** Opens the notebook (path relative to the server's root) and waits until its cells are rendered. */
  open(page: Page, serverUrl: string, token: string, notebook: string): Promise<void>;
  /** Whether the front end trusts each code cell's stored outputs. */
  trusted(page: Page): Promise<boolean[]>;
  /** Waits for the kernel; returns the name the page shows for it. */
  kernelName(page: Page): Promise<string>;
  /** Runs every cell, as the Run All menu item does, and waits until the last one has finished. */
  runAll(page: Page): Promise<void>;
  /** Runs one cell (index among all cells) and waits until it has finished. */
  runCell(page: Page, index: number): Promise<void>;
  /** Every cell with its outputs as the page's notebook model holds them now. */
  cells(page: Page): Promise<CellOutputs[]>;
  /** The type an untrusted stored output of `mime` is shown as, where the front end says so by design. */
  untrustedMime(mime: string): string;
}

declare global {
  interface Window {
    labBench: LabBench;
    // The classic Notebook's page object, as much of it as the bench uses.
    Jupyter: {
      notebook?: {
        _fully_loaded?: boolean;
        trusted: boolean;
        kernel?: {
          info_reply?: unknown;
          is_connected(): boolean;
          _msg_callbacks: Record<string, { shell_done: boolean; iopub_done: boolean }>;
        };
        get_cells(): Array<{ cell_type: string; output_area?: { trusted: boolean } }>;
        execute_all_cells(): void;
        execute_cells(indices: number[]): void;
        set_autosave_interval(ms: number): void;
        toJSON(): {
          cells: Array<{
            cell_type: string;
            source: string | string[];
            metadata: { tags?: string[] };
            outputs?: Record<string, unknown>[];
          }>;
        };
      };
    };
  }
}

export const lab: FrontEndDriver = {
  name: "lab",
  title: "JupyterLab 4.6 front end",
  async open(page, serverUrl, token, notebook) {
    const query = new URLSearchParams({ path: notebook, token });
    await page.goto(`${serverUrl}/static/lab-bench/index.html?${query}`);
    await page.waitForFunction(() => window.labBench !== undefined);
    await page.evaluate(() => window.labBench.opened);
  },
  trusted: (page) => page.evaluate(() => window.labBench.trusted()),
  async kernelName(page) {
    const name = await page.evaluate(() => window.labBench.kernelReady());
    // What the toolbar shows, which is what the learner reads.
    await page.waitForFunction(
      (expected) => document.querySelector(".jp-KernelName, .jp-Toolbar-kernelName")?.textContent?.trim() === expected,
      name,
      { timeout: 30_000 },
    );
    return (await page.locator(".jp-KernelName, .jp-Toolbar-kernelName").first().textContent())?.trim() ?? "";
  },
  async runAll(page) {
    await page.evaluate(() => window.labBench.runAll());
  },
  async runCell(page, index) {
    await page.evaluate((i) => window.labBench.runCell(i), index);
  },
  cells: (page) => page.evaluate(() => window.labBench.outputs()),
  untrustedMime: (mime) => mime,
};

/** Cells queued or running show `In [*]:` in the classic Notebook. */
// The shell reply (which clears a cell's "running") can arrive before the same request's outputs on
// iopub, and the idle icon may still be the previous cell's: only every request's own iopub idle
// (iopub_done) says its outputs are in. CI once read cell 52 of notebook 04 empty in that gap.
async function classicIdle(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll("#notebook-container > .cell.running").length === 0 &&
      document.querySelector("#kernel_indicator_icon")?.classList.contains("kernel_idle_icon") === true &&
      Object.values(window.Jupyter.notebook?.kernel?._msg_callbacks ?? {}).every((c) => c.shell_done && c.iopub_done),
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
}

export const classic: FrontEndDriver = {
  name: "classic",
  title: "classic Notebook 6.4",
  async open(page, serverUrl, token, notebook) {
    await page.goto(`${serverUrl}/notebooks/${notebook}?token=${token}`);
    await page.waitForFunction(() => window.Jupyter?.notebook?._fully_loaded === true, undefined, { timeout: 60_000 });
    // Autosave would sign the copy, and a signed notebook opens trusted the next time.
    await page.evaluate(() => window.Jupyter.notebook!.set_autosave_interval(0));
  },
  trusted: (page) =>
    page.evaluate(() =>
      window.Jupyter.notebook!.get_cells()
        .filter((c) => c.cell_type === "code")
        .map((c) => c.output_area?.trusted === true),
    ),
  async kernelName(page) {
    await page.waitForFunction(() => window.Jupyter.notebook?.kernel?.info_reply !== undefined, undefined, {
      timeout: 60_000,
    });
    return (await page.locator("#kernel_indicator .kernel_indicator_name").textContent())?.trim() ?? "";
  },
  async runAll(page) {
    await page.evaluate(() => window.Jupyter.notebook!.execute_all_cells());
    await page.waitForTimeout(200);
    await classicIdle(page, 600_000);
  },
  async runCell(page, index) {
    await page.evaluate((i) => window.Jupyter.notebook!.execute_cells([i]), index);
    await page.waitForTimeout(200);
    await classicIdle(page, 120_000);
  },
  cells: (page) =>
    page.evaluate(() =>
      window.Jupyter.notebook!.toJSON().cells.map((c) => ({
        type: c.cell_type,
        tags: c.metadata.tags ?? [],
        source: Array.isArray(c.source) ? c.source.join("") : c.source,
        outputs: c.outputs ?? [],
      })),
    ),
  // Notebook 6 sanitizes untrusted HTML but renders no untrusted Markdown output: it shows the text/plain twin.
  untrustedMime: (mime) => (mime === "text/markdown" ? "text/plain" : mime),
};
