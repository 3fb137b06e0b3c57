/**
 * The learner's loop: `npm test` (their exercises and the reference solutions) next to grading
 * their exercises alone (`npx vitest run --project yours`), measured one after the other in this
 * run. Goal (issue 10): npm test at most twice grading alone, and under 30 s. Set
 * WORKBOOK_BENCH_BASELINE=<another checkout> to time that tree's two commands too.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { formatDuration } from "../src/workbook/format";
import { showTable } from "../src/workbook/table";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function timed(root: string, command: string[]): { ms: number; ok: boolean } {
  const started = performance.now();
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "WORKBOOK_COURSE_CHECK"),
  );
  const run = spawnSync(command[0]!, command.slice(1), { cwd: root, stdio: "ignore", env: { ...env, NO_COLOR: "1" } });
  return { ms: performance.now() - started, ok: run.status === 0 };
}

export default async function testsBench(): Promise<void> {
  const trees = [{ label: "this tree", root: ROOT }];
  const baseline = process.env.WORKBOOK_BENCH_BASELINE;
  if (baseline) trees.unshift({ label: `baseline (${baseline})`, root: path.resolve(baseline) });
  const rows = trees.map(({ label, root }) => {
    const alone = timed(root, [path.join(root, "node_modules/.bin/vitest"), "run", "--project", "yours"]);
    const test = timed(root, ["npm", "test", "--silent"]);
    return {
      tree: label,
      "grading alone (vitest --project yours)": formatDuration(alone.ms),
      "npm test": `${formatDuration(test.ms)}${test.ok ? "" : " (failed)"}`,
      ratio: `${(test.ms / alone.ms).toFixed(2)}x`,
    };
  });
  showTable(rows, {
    caption: "The learner's loop, measured side by side (goal: npm test <= 2x grading alone, < 30 s)",
  });
}

if (process.argv[1] && /tests\.bench\.ts$/.test(process.argv[1])) await testsBench();
