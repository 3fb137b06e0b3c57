/**
 * Finding Jupyter, installing the workbook's kernelspec, and executing notebooks with nbconvert.
 * Shared by `npm start`, `npm run kernel:install`, `npm run test:kernel` and the notebook builder.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { KERNEL_DISPLAY_NAME, KERNEL_NAME } from "./notebook-format";

/** The workbook's root: scripts/lib/ is two levels below it. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

const NBCONVERT_CONFIG = path.join(ROOT, "scripts", "lib", "nbconvert-config.py");

export const MIN_NODE = [20, 19] as const;

export const JUPYTER_MISSING = [
  "Jupyter is not installed (or not on your PATH), and the workbook opens in Jupyter.",
  "Install JupyterLab, then run `npm start` again:",
  "  pipx install jupyterlab        (or: python3 -m pip install --user jupyterlab)",
  "  on Debian/Ubuntu you can also use: sudo apt install jupyter-notebook",
  "Prefer VS Code? `npm run kernel:install` registers the workbook's kernel for its Jupyter extension.",
].join("\n");

/** Exits with a clear message on a Node.js older than the workbook supports. */
export function requireNode(): void {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1])) {
    console.error(
      `This workbook needs Node.js ${MIN_NODE.join(".")} or newer; this is Node.js ${process.versions.node}.\n` +
        "Install a current LTS from https://nodejs.org (or `nvm install --lts`), then run `npm install` again.",
    );
    process.exit(1);
  }
}

function which(command: string): string | null {
  const exts = process.platform === "win32" ? (process.env.PATHEXT ?? ".EXE;.CMD;.BAT").split(";") : [""];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, command + ext);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (fs.statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

/** Runs a command quickly and returns its trimmed stdout, or null when it is missing or fails. */
function output(command: string, args: string[]): string | null {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 30_000 });
  if (result.error || result.status !== 0) return null;
  return result.stdout.trim();
}

export interface JupyterApp {
  kind: "lab" | "notebook";
  /** The command and leading arguments that start it, e.g. ["jupyter", "lab"] or ["jupyter-lab"]. */
  command: string[];
  version: string;
}

/**
 * JupyterLab when it is installed, otherwise the classic Notebook. `pipx install jupyterlab` puts only
 * `jupyter-lab` on the PATH (not `jupyter`), so the hyphenated commands are tried as well.
 */
export function findJupyterApp(): JupyterApp | null {
  const candidates: Array<{ kind: JupyterApp["kind"]; command: string[] }> = [
    { kind: "lab", command: ["jupyter-lab"] },
    { kind: "lab", command: ["jupyter", "lab"] },
    { kind: "notebook", command: ["jupyter-notebook"] },
    { kind: "notebook", command: ["jupyter", "notebook"] },
  ];
  for (const { kind, command } of candidates) {
    if (!which(command[0])) continue;
    const version = output(command[0], [...command.slice(1), "--version"]);
    if (version) return { kind, command, version: version.split("\n").pop()!.trim() };
  }
  return null;
}

/** `jupyter nbconvert` is what executes notebooks in the real kernel. */
export function findNbconvert(): string[] | null {
  for (const command of [["jupyter", "nbconvert"], ["jupyter-nbconvert"]]) {
    if (!which(command[0])) continue;
    if (output(command[0], [...command.slice(1), "--version"])) return command;
  }
  return null;
}

/**
 * The user's Jupyter data folder (where per-user kernelspecs live, and where VS Code looks too).
 * Asks `jupyter --data-dir`; without the `jupyter` command, follows jupyter_core's rules.
 */
export function jupyterDataDir(): string {
  if (process.env.JUPYTER_DATA_DIR) return process.env.JUPYTER_DATA_DIR;
  if (which("jupyter")) {
    const dir = output("jupyter", ["--data-dir"]);
    if (dir) return dir.split("\n").pop()!.trim();
  }
  const home = os.homedir();
  if (process.platform === "darwin") return path.join(home, "Library", "Jupyter");
  if (process.platform === "win32")
    return path.join(process.env.APPDATA ?? path.join(home, "AppData", "Roaming"), "jupyter");
  return path.join(process.env.XDG_DATA_HOME || path.join(home, ".local", "share"), "jupyter");
}

/** Quotes a string for POSIX sh. */
export function shellQuote(s: string): string {
  return /^[A-Za-z0-9_/.,:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

export interface KernelSpec {
  argv: string[];
  display_name: string;
  language: string;
  interrupt_mode: "signal";
  metadata: Record<string, unknown>;
}

/**
 * tslab refuses local .ts files outside its working folder, and Jupyter starts kernels in the
 * notebook's folder: the kernel therefore changes to the workbook root before starting tslab.
 * The absolute path of this Node.js is used, so nvm users get the same Node in the kernel.
 */
export function kernelSpec(root: string = ROOT, node: string = process.execPath): KernelSpec {
  const tslab = path.join(root, "node_modules", "tslab", "bin", "tslab");
  const script = `cd ${shellQuote(root)} && exec ${shellQuote(node)} ${shellQuote(tslab)} kernel --config-path "$0"`;
  return {
    argv: ["sh", "-c", script, "{connection_file}"],
    display_name: KERNEL_DISPLAY_NAME,
    language: "typescript",
    interrupt_mode: "signal",
    metadata: { workbook_root: root },
  };
}

/**
 * Writes `<dataDir>/kernels/chat-completions-workbook/kernel.json` (and the logos, when tslab ships
 * any). Only that one folder is touched; other kernelspecs stay as they are.
 */
export function installKernelSpec(dataDir: string = jupyterDataDir(), root: string = ROOT): string {
  const tslab = path.join(root, "node_modules", "tslab", "bin", "tslab");
  if (!fs.existsSync(tslab)) {
    throw new Error(`tslab is not installed in ${root}/node_modules: run \`npm install\` first.`);
  }
  const dir = path.join(dataDir, "kernels", KERNEL_NAME);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "kernel.json"), JSON.stringify(kernelSpec(root), null, 1) + "\n");
  for (const logo of ["logo-32x32.png", "logo-64x64.png", "logo-svg.svg"]) {
    for (const from of [
      path.join(root, "node_modules", "tslab", logo),
      path.join(root, "node_modules", "tslab", "python", logo),
    ]) {
      if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dir, logo));
    }
  }
  return dir;
}

/**
 * The environment notebooks are executed in by tests and the builder: offline backend, no pacing,
 * and no key or base URL, so nothing can leave the machine or reach an output.
 */
export function offlineEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.OPENAI_API_KEY;
  delete env.OPENAI_BASE_URL;
  delete env.OPENAI_ORG_ID;
  delete env.OPENAI_PROJECT_ID;
  return {
    ...env,
    WORKBOOK_BACKEND: "offline",
    WORKBOOK_OFFLINE_TPS: "0",
    WORKBOOK_OFFLINE_TTFT_MS: "0",
    ...extra,
  };
}

export interface ExecuteResult {
  notebook: string;
  ok: boolean;
  seconds: number;
  /** The executed copy (in outputDir), when nbconvert wrote one. */
  executed?: string;
  /** nbconvert's report of what failed. */
  error?: string;
}

export interface ExecuteOptions {
  nbconvert: string[];
  outputDir: string;
  /** A folder with kernels/<name>/kernel.json that Jupyter should find first (JUPYTER_PATH). */
  kernelPath?: string;
  cellTimeoutSeconds?: number;
  startupTimeoutSeconds?: number;
  /** Extra environment for the kernel, e.g. WORKBOOK_OFFLINE_PACING=off for a fast test run. */
  env?: Record<string, string>;
}

/**
 * Executes one notebook in the workbook's real kernel with `jupyter nbconvert --execute`, writing
 * the executed copy into `outputDir`. nbconvert honours the `raises-exception` tag itself.
 */
export function executeNotebook(notebook: string, options: ExecuteOptions): Promise<ExecuteResult> {
  const started = Date.now();
  const name = path.basename(notebook);
  const args = [
    ...options.nbconvert.slice(1),
    "--to",
    "notebook",
    "--execute",
    `--ExecutePreprocessor.kernel_name=${KERNEL_NAME}`,
    `--ExecutePreprocessor.timeout=${options.cellTimeoutSeconds ?? 60}`,
    `--ExecutePreprocessor.startup_timeout=${options.startupTimeoutSeconds ?? 60}`,
    `--output-dir=${options.outputDir}`,
    `--output=${name}`,
    `--config=${NBCONVERT_CONFIG}`,
    notebook,
  ];
  const report = path.join(options.outputDir, `${name}.failure.json`);
  fs.rmSync(report, { force: true });
  const env = offlineEnv({ ...options.env, WORKBOOK_NBCONVERT_REPORT: report });
  if (options.kernelPath)
    env.JUPYTER_PATH = [options.kernelPath, env.JUPYTER_PATH].filter(Boolean).join(path.delimiter);
  return new Promise((resolve) => {
    const child = spawn(options.nbconvert[0], args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("error", (e) =>
      resolve({ notebook, ok: false, seconds: (Date.now() - started) / 1000, error: String(e) }),
    );
    child.on("close", (code) => {
      const executed = path.join(options.outputDir, name);
      const seconds = (Date.now() - started) / 1000;
      if (code === 0 && fs.existsSync(executed)) resolve({ notebook, ok: true, seconds, executed });
      else
        resolve({
          notebook,
          ok: false,
          seconds,
          error: cellFailure(report) ?? (nbconvertError(log) || `nbconvert exited with ${code}`),
        });
    });
  });
}

function cellFailure(report: string): string | undefined {
  if (!fs.existsSync(report)) return undefined;
  const r = JSON.parse(fs.readFileSync(report, "utf8")) as {
    cell_index: number;
    id: string;
    problem: string;
    source: string;
    output: string;
  };
  const source = r.source
    .split("\n")
    .map((l) => "    | " + l)
    .join("\n");
  const lines = r.output.trim().split("\n");
  const shown = lines.length > 30 ? [...lines.slice(0, 30), `... (${lines.length - 30} more lines)`] : lines;
  const output = r.output.trim() ? "\n  its output:\n" + shown.map((l) => "    " + l).join("\n") : "";
  return `cell ${r.cell_index} (id ${r.id}) ${r.problem}:\n${source}${output}`;
}

/** The interesting part of nbconvert's log: the failing cell and what it printed. */
function nbconvertError(log: string): string {
  const lines = log
    .split("\n")
    .filter(
      (l) =>
        !/^\[NbConvertApp\] (Converting|Writing|Executing)|DeprecationWarning|platformdirs|jupyter --paths/.test(l),
    );
  const start = lines.findIndex((l) => /An error occurred while executing|CellExecutionError|Timeout|Error/.test(l));
  return lines
    .slice(start >= 0 ? start : Math.max(0, lines.length - 40))
    .join("\n")
    .trim();
}

/** A private Jupyter data folder holding only the workbook's kernelspec, for test runs. */
export function temporaryKernelPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-kernel-"));
  installKernelSpec(dir);
  return dir;
}
