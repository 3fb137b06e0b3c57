/**
 * Bundles the bench's JupyterLab app (src/index.ts) into build/lab-bench/ with esbuild: bundle.js,
 * bundle.css, index.html. esbuild because it bundles JupyterLab's packages in seconds with no loader
 * chain; the two things JupyterLab's webpack setup does that esbuild does not are done here: CSS
 * imports written `~package/...`, and SVG icons that JavaScript imports as text but CSS as data URIs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const BUILD_DIR = path.join(HERE, "build");
export const APP_DIR = path.join(BUILD_DIR, "lab-bench");

const jupyterlabAssets: esbuild.Plugin = {
  name: "jupyterlab-assets",
  setup(build) {
    build.onResolve({ filter: /^~/ }, (args) =>
      build.resolve(args.path.slice(1), { kind: args.kind, resolveDir: args.resolveDir }),
    );
    // An SVG referenced from CSS (url(...) or @import) becomes a data URI; imported from JS, a string.
    build.onResolve({ filter: /\.svg$/ }, async (args) => {
      if (args.namespace === "svg-data") return undefined;
      const resolved = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        namespace: "svg-data",
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      const fromCss = args.kind === "url-token" || args.kind === "import-rule";
      return { path: resolved.path, namespace: fromCss ? "svg-data" : "svg-text" };
    });
    build.onLoad({ filter: /\.svg$/, namespace: "svg-data" }, (args) => ({
      contents: fs.readFileSync(args.path),
      loader: "dataurl",
    }));
    build.onLoad({ filter: /\.svg$/, namespace: "svg-text" }, (args) => ({
      contents: fs.readFileSync(args.path, "utf8"),
      loader: "text",
    }));
  },
};

/** Builds the app; returns the seconds it took. */
export async function buildLabBench(): Promise<number> {
  const started = Date.now();
  fs.rmSync(APP_DIR, { recursive: true, force: true });
  fs.mkdirSync(APP_DIR, { recursive: true });
  await esbuild.build({
    entryPoints: { bundle: path.join(HERE, "src", "index.ts"), probe: path.join(HERE, "src", "probe.ts") },
    outdir: APP_DIR,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "chrome120",
    minify: true,
    sourcemap: false,
    logLevel: "warning",
    plugins: [jupyterlabAssets],
    loader: { ".woff": "file", ".woff2": "file", ".ttf": "file", ".eot": "file", ".png": "dataurl", ".md": "text" },
    define: { "process.env.NODE_ENV": '"production"', "process.env": "{}", global: "globalThis" },
  });
  fs.copyFileSync(path.join(HERE, "src", "index.html"), path.join(APP_DIR, "index.html"));
  return (Date.now() - started) / 1000;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const seconds = await buildLabBench();
  console.log(`Built ${path.relative(process.cwd(), APP_DIR)} in ${seconds.toFixed(1)} s`);
}
