/**
 * The cost of `import ... from "./src/workbook"`, the first line of every notebook, measured in
 * fresh processes: with tsx (as the apps and tests load it) and in tslab's own compiler and
 * executor (as a notebook's kernel does), plus whether it survives WORKBOOK_BACKEND=openai
 * without a key. Set WORKBOOK_BENCH_BASELINE=<another checkout> to measure that tree too, side
 * by side in the same run (e.g. the commit before a change, unpacked with `git archive`).
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { formatDuration } from "../src/workbook/format";
import { showTable } from "../src/workbook/table";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = 3;

function node(root: string, code: string, env: Record<string, string> = {}): string {
  const clean = { ...process.env, WORKBOOK_BACKEND: "offline", OPENAI_API_KEY: "", OPENAI_BASE_URL: "", ...env };
  return execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
    cwd: root,
    encoding: "utf8",
    env: clean,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const lastJson = (out: string) => JSON.parse(out.trim().split("\n").pop()!) as Record<string, number | string>;

/** tsx: import the helper module, then the first request on the default client. */
function tsxImport(root: string): { importMs: number; firstRequestMs: number } {
  const runs = Array.from({ length: RUNS }, () =>
    lastJson(
      node(
        root,
        `const t0 = performance.now();
        const wb = await import("./src/workbook.ts");
        const t1 = performance.now();
        await wb.client.chat.completions.create({ model: wb.DEFAULT_MODEL, messages: [{ role: "user", content: "Hello" }] });
        console.log(JSON.stringify({ importMs: t1 - t0, firstRequestMs: performance.now() - t1 }));`,
      ),
    ),
  );
  return {
    importMs: median(runs.map((r) => r.importMs as number)),
    firstRequestMs: median(runs.map((r) => r.firstRequestMs as number)),
  };
}

/** tslab: the notebooks' first cell, compiled by tslab's TypeScript 5.0 and run, as in a kernel. */
function tslabImport(root: string): number {
  const out = node(
    root,
    `const { NotebookRunner } = await import("./test/support/notebook-runner.ts");
    const { buildNotebook, parseSource } = await import("./scripts/lib/notebook-format.ts");
    const runner = NotebookRunner.create(process.cwd());
    const nb = buildNotebook("99-bench", parseSource("\`\`\`ts\\nimport { DEFAULT_MODEL } from \\"./src/workbook\\";\\nDEFAULT_MODEL\\n\`\`\`\\n"));
    const run = await runner.run("bench", nb);
    runner.close();
    console.log(JSON.stringify({ ok: run.cells[0].ok, seconds: run.cells[0].seconds, error: run.cells[0].stderr }));`,
    { WORKBOOK_OFFLINE_PACING: "off" },
  );
  const r = lastJson(out);
  if (!r.ok) throw new Error(`the tslab import cell failed in ${root}: ${r.error}`);
  return (r.seconds as number) * 1000;
}

/** Importing with the real API chosen and no key: the import must work, the first request explains. */
function withoutKey(root: string): string {
  try {
    node(root, `await import("./src/workbook.ts"); console.log("{}");`, { WORKBOOK_BACKEND: "openai" });
    return "imports";
  } catch {
    return "throws at import";
  }
}

export default async function importBench(): Promise<void> {
  const trees = [{ label: "this tree", root: ROOT }];
  const baseline = process.env.WORKBOOK_BENCH_BASELINE;
  if (baseline) trees.unshift({ label: `baseline (${baseline})`, root: path.resolve(baseline) });
  const rows = trees.map(({ label, root }) => {
    const tsx = tsxImport(root);
    return {
      tree: label,
      "import (tsx)": formatDuration(tsx.importMs),
      "first request": formatDuration(tsx.firstRequestMs),
      "import in tslab (kernel)": formatDuration(tslabImport(root)),
      "openai backend, no key": withoutKey(root),
    };
  });
  showTable(rows, { caption: `import ... from "./src/workbook" in a fresh process (tsx: median of ${RUNS})` });
}

if (process.argv[1] && /import\.bench\.ts$/.test(process.argv[1])) await importBench();
