/**
 * npm run test:kernel [-- names...]
 *
 * Executes every notebooks/*.ipynb in the real workbook kernel (tslab through Jupyter) with
 * `jupyter nbconvert --execute`, on the offline model, into a temporary folder: the committed
 * notebooks are never modified. Cells tagged `raises-exception` may fail; any other failing cell
 * fails the run with its error. The kernelspec is installed into a private Jupyter data folder
 * for the run, so the learner's own kernelspecs (including this workbook's) stay as they are.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { executeNotebook, findNbconvert, requireNode, ROOT, temporaryKernelPath } from "./lib/jupyter";
import { findSecrets, knownKeys, listNotebooks, outputText, readNotebook } from "./lib/notebook-format";
import { parseCommandLine } from "./lib/cli";

const CELL_TIMEOUT_SECONDS = 60;

requireNode();

const { positionals: names } = parseCommandLine("Usage: npm run test:kernel [-- names...]   (e.g. 01-message-format)", {
  options: {},
  allowPositionals: true,
});
const rel = (p: string) => path.relative(ROOT, p);

const nbconvert = findNbconvert();
if (!nbconvert) {
  console.error(
    "`npm run test:kernel` runs the notebooks through Jupyter, and `jupyter nbconvert` was not found.\n" +
      "Install it: python3 -m pip install --user jupyterlab (it brings nbconvert), or pipx install --include-deps jupyterlab;\n" +
      "on Debian/Ubuntu: sudo apt install jupyter-notebook jupyter-nbconvert python3-nbclient",
  );
  process.exit(1);
}

let notebooks = listNotebooks(ROOT);
if (names.length > 0) {
  notebooks = notebooks.filter((nb) =>
    names.some((n) => path.basename(nb, ".ipynb") === path.basename(n).replace(/\.ipynb$/, "")),
  );
  if (notebooks.length === 0) {
    console.error(`No notebook matches ${names.join(", ")} in notebooks/.`);
    process.exit(2);
  }
}
if (notebooks.length === 0) {
  console.log("No notebooks in notebooks/: nothing to run.");
  process.exit(0);
}

const kernelPath = temporaryKernelPath();
const outputDir = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-kernel-run-"));
const keys = knownKeys(ROOT);
console.log(
  `Running ${notebooks.length} notebook(s) in the workbook kernel (offline model, ${CELL_TIMEOUT_SECONDS} s per cell)...`,
);

const started = Date.now();
let failures = 0;
try {
  for (const notebook of notebooks) {
    // One at a time: each kernel compiles src/ with TypeScript, and parallel kernels only compete for the CPU.
    const result = await executeNotebook(notebook, {
      nbconvert,
      outputDir,
      kernelPath,
      cellTimeoutSeconds: CELL_TIMEOUT_SECONDS,
      // Streams need not look like streams here: the stored outputs come from notebooks:build --execute.
      env: { WORKBOOK_OFFLINE_PACING: "off" },
    });
    let error = result.error;
    if (result.ok && result.executed) {
      const leaks = readNotebook(result.executed).cells.flatMap((c, i) =>
        findSecrets(outputText(c.outputs), keys).map((s) => `cell ${i} (id ${c.id}) prints ${s}`),
      );
      if (leaks.length > 0) error = leaks.join("\n");
    }
    if (result.ok && !error) {
      console.log(`✔ ${rel(notebook)}  ${result.seconds.toFixed(1)} s`);
    } else {
      failures++;
      console.log(
        `✘ ${rel(notebook)}  ${result.seconds.toFixed(1)} s\n${(error ?? "")
          .split("\n")
          .map((l) => "    " + l)
          .join("\n")}`,
      );
    }
  }
} finally {
  fs.rmSync(outputDir, { recursive: true, force: true });
  fs.rmSync(kernelPath, { recursive: true, force: true });
}

const total = ((Date.now() - started) / 1000).toFixed(1);
if (failures > 0) {
  console.log(`\n${failures} of ${notebooks.length} notebook(s) failed in the kernel (${total} s).`);
  process.exit(1);
}
console.log(`\nAll ${notebooks.length} notebook(s) ran in the kernel (${total} s).`);
