/**
 * npm start [-- --no-browser] [-- --port 8899] [-- --kernel-only] [-- -- <any other Jupyter option>]
 *
 * Installs (or refreshes) the workbook's Jupyter kernel, "TypeScript (workbook)", then opens the
 * workbook in JupyterLab when it is installed, otherwise in the classic Notebook: the server's
 * root is the workbook folder (so src/ is one click away) and the notebooks folder opens first.
 * `--kernel-only` (npm run kernel:install) installs the kernel and stops, for VS Code users.
 */
import { spawn } from "node:child_process";
import {
  findJupyterApp,
  installKernelSpec,
  JUPYTER_MISSING,
  jupyterDataDir,
  requireNode,
  ROOT,
  type JupyterApp,
} from "./lib/jupyter";
import { KERNEL_DISPLAY_NAME } from "./lib/notebook-format";
import { parseCommandLine } from "./lib/cli";

requireNode();

const USAGE =
  "Usage: npm start [-- --no-browser] [--port <n>] [--kernel-only]; other Jupyter options after a second --: npm start -- -- --ServerApp.token=abc";
// Everything after "--" arrives as positionals: Jupyter's own options, passed on as they are.
const { values, positionals } = parseCommandLine(USAGE, {
  options: { "kernel-only": { type: "boolean" }, "no-browser": { type: "boolean" }, port: { type: "string" } },
  allowPositionals: true,
});
const kernelOnly = values["kernel-only"] === true;
const passthrough = [
  ...(values["no-browser"] ? ["--no-browser"] : []),
  ...(values.port ? [`--port=${values.port}`] : []),
  ...positionals,
];

let kernelDir: string;
try {
  kernelDir = installKernelSpec(jupyterDataDir(), ROOT);
} catch (e) {
  console.error(`Could not install the workbook's Jupyter kernel: ${(e as Error).message}`);
  process.exit(1);
}
console.log(`Kernel "${KERNEL_DISPLAY_NAME}" installed in ${kernelDir}`);

if (kernelOnly) {
  console.log(
    [
      "It starts tslab in this folder, so notebooks can import ./src/... .",
      "VS Code: open this folder, open a notebook in notebooks/, then Select Kernel > Jupyter Kernel... >",
      `"${KERNEL_DISPLAY_NAME}" (reload the window if it is not listed yet).`,
    ].join("\n"),
  );
  process.exit(0);
}

const app = findJupyterApp();
if (!app) {
  console.error("\n" + JUPYTER_MISSING);
  process.exit(1);
}

console.log(`Notebooks will use: ${await describeBackend()}`);
console.log(
  `Starting ${app.kind === "lab" ? "JupyterLab" : "Jupyter Notebook"} ${app.version} in ${ROOT} (stop it with Ctrl+C)...\n`,
);

const child = spawn(app.command[0], [...app.command.slice(1), ...jupyterArgs(app), ...passthrough], {
  cwd: ROOT,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("error", (e) => {
  console.error(`Could not start ${app.command.join(" ")}: ${e.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));

/** Root at the workbook (so the file browser reaches src/), loopback only, notebooks/ opened first. */
function jupyterArgs(app: JupyterApp): string[] {
  const common = [`--notebook-dir=${ROOT}`, "--ip=127.0.0.1"];
  // Containers often run as root, where Jupyter refuses to start without this.
  if (process.getuid?.() === 0) common.push("--allow-root");
  const major = Number(app.version.match(/^(\d+)/)?.[1] ?? 0);
  if (app.kind === "lab") {
    // Which of the two settings wins has changed across JupyterLab versions; both name the same page.
    const url = "/lab/tree/notebooks";
    return [...common, `--ServerApp.default_url=${url}`, `--LabApp.default_url=${url}`];
  }
  if (major >= 7) {
    return [...common, "--ServerApp.default_url=/tree/notebooks", "--JupyterNotebookApp.default_url=/tree/notebooks"];
  }
  return [...common, "--NotebookApp.default_url=/tree/notebooks"];
}

async function describeBackend(): Promise<string> {
  try {
    const { currentBackend } = await import("../src/workbook/client");
    return currentBackend().description;
  } catch (e) {
    // A wrong WORKBOOK_BACKEND must not keep Jupyter from starting; the notebooks say the same.
    return `(not configured correctly: ${(e as Error).message})`;
  }
}
