import * as fs from "node:fs";
import * as path from "node:path";

const PACKAGE_NAME = "chat-completions-workbook";

/** The workbook's root folder: the nearest folder upwards from the working directory with our package.json. */
export function workbookRoot(start: string = process.cwd()): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    try {
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
      if (pkg.name === PACKAGE_NAME) return dir;
    } catch {
      // no package.json here: keep climbing
    }
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

let loaded = false;

/** Reads `<root>/.env` once, when it exists. Variables already set in the environment win. */
export function loadDotEnv(root: string = workbookRoot()): void {
  if (loaded) return;
  loaded = true;
  const file = path.join(root, ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/** An environment variable, with blank values treated as unset. */
export function envVar(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
