/** Command-line parsing shared by the scripts: node:util parseArgs, with errors that show the usage. */
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { EXERCISES, findExercise } from "../../src/course/exercises";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Prints the problem and the usage, and exits with 2 (a usage error). */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/** parseArgs over process.argv, strict: an unknown flag is an error that shows the usage. */
export function parseCommandLine<T extends ParseArgsConfig>(
  usage: string,
  config: T,
  argv: string[] = process.argv.slice(2),
) {
  try {
    return parseArgs({ ...config, args: argv, strict: true });
  } catch (error) {
    // Node's message goes on about positionals; its first sentence says what is wrong.
    return usageError((error as Error).message.split(/\. To specify /)[0]!, usage);
  }
}

/**
 * The exercise named on the command line, as a learner may paste it ("messages", "messages.ts",
 * "src/exercises/messages.ts"), checked against the manifest.
 */
export function exerciseName(positionals: string[], usage: string, options: { required: true }): string;
export function exerciseName(
  positionals: string[],
  usage: string,
  options?: { required?: boolean },
): string | undefined;
export function exerciseName(
  positionals: string[],
  usage: string,
  options: { required?: boolean } = {},
): string | undefined {
  if (positionals.length > 1) usageError(`One exercise at a time, please (got ${positionals.join(", ")}).`, usage);
  const raw = positionals[0];
  if (raw === undefined) {
    if (options.required) usageError(`Which exercise? ${list()}`, usage);
    return undefined;
  }
  const name = path.basename(raw).replace(/(\.test)?\.ts$/, "");
  if (!findExercise(name)) usageError(`There is no exercise called "${name}". ${list()}`, usage);
  return name;
}

function list(): string {
  return `The exercises (file names in src/exercises/, without .ts):\n${EXERCISES.map((e) => `  ${e.name.padEnd(18)} ${e.title}`).join("\n")}\n`;
}
