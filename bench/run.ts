/**
 * npm run bench: runs every bench/*.bench.ts in name order. Each default-exports an async function
 * that measures something and prints a results table. `npm run bench -- offline` runs only the
 * benches whose file name contains "offline".
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));
const { positionals: only } = (() => {
  try {
    return parseArgs({ args: process.argv.slice(2), options: {}, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: npm run bench [-- names...]   (e.g. npm run bench -- import)`);
    process.exit(2);
  }
})();
const files = fs
  .readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

if (files.length === 0) {
  console.log(only.length ? `No bench matches ${only.join(", ")}.` : "No benches in bench/.");
  process.exit(1);
}

let failed = 0;
for (const file of files) {
  const title = `== ${file} `;
  console.log(`\n${title}${"=".repeat(Math.max(4, 78 - title.length))}`);
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(path.join(here, file)).href)) as { default?: () => Promise<void> | void };
    if (typeof mod.default !== "function") throw new Error("it must default-export an async function");
    await mod.default();
    console.log(`(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.error(`${file} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}
process.exit(failed ? 1 : 0);
