/**
 * A fresh clone as a learner has it, and Debian's Jupyter server on it: the workbook is copied to a
 * temporary folder (its node_modules linked), its kernel installed there with `npm run
 * kernel:install` into a private Jupyter data folder (so nothing is trusted yet and the learner's
 * own Jupyter setup is never touched), and `jupyter notebook` serves it on a free loopback port
 * with a random token. The bench's JupyterLab build is served beside it as static files.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";

export interface Workbench {
  /** The copy of the workbook the server runs in. */
  root: string;
  url: string;
  token: string;
  /** GET on the server's REST API, with the token. */
  api<T>(route: string): Promise<T>;
  /** Ends every session and its kernel: a closed page leaves its kernel running. */
  shutdownKernels(): Promise<void>;
  stop(): Promise<void>;
}

const SKIP = new Set(["node_modules", ".git", "tools", ".lab-out", ".workbook", ".vitest-results", "coverage"]);

/** Copies the workbook as a clone has it: no local state, node_modules linked instead of copied. */
function copyWorkbook(from: string, to: string): void {
  fs.cpSync(from, to, {
    recursive: true,
    filter: (src) =>
      !(path.dirname(src) === from && SKIP.has(path.basename(src))) && !src.includes(".ipynb_checkpoints"),
  });
  fs.symlinkSync(path.join(from, "node_modules"), path.join(to, "node_modules"), "dir");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface StartOptions {
  /** The workbook to copy (the repository root). */
  from: string;
  /** Folder served as /static/ (holds lab-bench/). */
  staticDir: string;
  /** Environment for the server and so for its kernels. */
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export async function startWorkbench(options: StartOptions): Promise<Workbench> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-lab-"));
  const root = path.join(tmp, "workbook");
  copyWorkbook(options.from, root);
  const jupyterEnv = {
    JUPYTER_DATA_DIR: path.join(tmp, "jupyter-data"),
    JUPYTER_CONFIG_DIR: path.join(tmp, "jupyter-config"),
    JUPYTER_RUNTIME_DIR: path.join(tmp, "jupyter-runtime"),
    IPYTHONDIR: path.join(tmp, "ipython"),
  };
  const env = { ...options.env, ...jupyterEnv };

  // The command a learner runs (npm start runs it too), in the copy, into the private data folder.
  const install = spawnSync("npm", ["run", "--silent", "kernel:install"], { cwd: root, env, encoding: "utf8" });
  if (install.status !== 0) {
    throw new Error(`npm run kernel:install failed in the copy:\n${install.stdout}${install.stderr}`);
  }
  options.log(install.stdout.split("\n")[0]);

  const port = await freePort();
  const token = randomBytes(16).toString("hex");
  const args = [
    "notebook",
    "--no-browser",
    "--ip=127.0.0.1",
    `--port=${port}`,
    "--port-retries=0",
    `--notebook-dir=${root}`,
    `--NotebookApp.token=${token}`,
    `--NotebookApp.extra_static_paths=${JSON.stringify([options.staticDir])}`,
    // Kernels that sit idle between front ends are not worth the memory.
    "--MappingKernelManager.cull_idle_timeout=0",
  ];
  if (process.getuid?.() === 0) args.push("--allow-root");
  const server: ChildProcess = spawn("jupyter", args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let serverLog = "";
  server.stdout?.on("data", (d) => (serverLog += d));
  server.stderr?.on("data", (d) => (serverLog += d));
  const url = `http://127.0.0.1:${port}`;

  const api = async <T>(route: string): Promise<T> => {
    const response = await fetch(`${url}${route}`, { headers: { Authorization: `token ${token}` } });
    if (!response.ok) throw new Error(`GET ${route}: ${response.status}`);
    return (await response.json()) as T;
  };
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`jupyter notebook exited with ${server.exitCode}:\n${serverLog}`);
    try {
      await api("/api/status");
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`jupyter notebook did not answer in 30 s:\n${serverLog}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  const shutdownKernels = async () => {
    const sessions = await api<Array<{ id: string }>>("/api/sessions");
    for (const s of sessions) {
      await fetch(`${url}/api/sessions/${s.id}`, { method: "DELETE", headers: { Authorization: `token ${token}` } });
    }
  };

  return {
    root,
    url,
    token,
    api,
    shutdownKernels,
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once("exit", r));
        server.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (server.exitCode === null) server.kill("SIGKILL");
      }
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
