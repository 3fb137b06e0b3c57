/**
 * npm run test:lab [-- names...] [-- --only lab|classic]
 *
 * Opens and runs every notebook in JupyterLab 4's notebook front end (built from JupyterLab's npm
 * packages, tools/lab/) and in the classic Notebook, in headless Chromium, against Debian's Jupyter
 * server on a fresh copy of the workbook. The bench is its own npm package, installed here on first
 * use, so a learner's `npm install` never downloads JupyterLab. Screenshots go to .lab-out/.
 * Needs `jupyter notebook` and Chromium (Debian: apt install jupyter-notebook chromium).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseCommandLine } from "./lib/cli";
import { requireNode, ROOT } from "./lib/jupyter";

requireNode();

const { values, positionals } = parseCommandLine(
  "Usage: npm run test:lab [-- names...] [--only lab|classic]   (e.g. 00-getting-started)",
  { options: { only: { type: "string" } }, allowPositionals: true },
);

const BENCH = path.join(ROOT, "tools", "lab");
const CHROMIUM = process.env.WORKBOOK_CHROMIUM ?? "/usr/bin/chromium";

const missing: string[] = [];
if (!fs.existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM}): sudo apt install chromium`);
if (spawnSync("jupyter", ["notebook", "--version"], { encoding: "utf8" }).status !== 0) {
  missing.push("the Jupyter Notebook server: sudo apt install jupyter-notebook");
}
if (missing.length > 0) {
  console.error(`npm run test:lab needs:\n  ${missing.join("\n  ")}`);
  process.exit(1);
}

function run(what: string, command: string, args: string[], cwd = ROOT): void {
  const t0 = Date.now();
  const result = spawnSync(command, args, { cwd, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`${what} failed (${result.error?.message ?? `exit ${result.status}`}).`);
    process.exit(1);
  }
  console.log(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// npm writes node_modules/.package-lock.json on install: older than the lock means out of date.
const installed = path.join(BENCH, "node_modules", ".package-lock.json");
const lock = path.join(BENCH, "package-lock.json");
if (!fs.existsSync(installed) || fs.statSync(installed).mtimeMs < fs.statSync(lock).mtimeMs) {
  run("Installing the bench's packages (tools/lab)", "npm", ["ci", "--no-audit", "--no-fund"], BENCH);
}
const tsx = path.join(ROOT, "node_modules", ".bin", "tsx");
run("Type-checking the bench", path.join(ROOT, "node_modules", ".bin", "tsc"), ["-p", BENCH]);
run("Bundling JupyterLab's front end", tsx, [path.join(BENCH, "build.ts")]);

const args = [...positionals, ...(values.only ? ["--only", values.only] : [])];
const bench = spawnSync(tsx, [path.join(BENCH, "run.ts"), ...args], { cwd: ROOT, stdio: "inherit" });
process.exit(bench.status ?? 1);
