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

const loaded = new Set<string>();

/** Reads `<root>/.env` once, when it exists. Variables already set in the environment win. */
export function loadDotEnv(root: string = workbookRoot()): void {
  const file = path.join(root, ".env");
  if (loaded.has(file)) return;
  loaded.add(file);
  if (!fs.existsSync(file)) return;
  try {
    process.loadEnvFile(file);
  } catch (error) {
    throw new Error(
      `Could not read ${file}: ${(error as Error).message}. Each line should look like NAME=value (see .env.example).`,
    );
  }
}

/** An environment variable, with blank values treated as unset. */
export function envVar(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value.trim() === "" ? undefined : value.trim();
}
