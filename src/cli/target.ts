/**
 * Which implementation an app runs: the reference solution (default) or the learner's own
 * exercise (`--yours`). Both export the same names, so the app is written once.
 */
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { isNotStarted } from "../workbook/todo";

export interface Target<T> {
  module: T;
  /** "--yours" was given. */
  yours: boolean;
  /** The file that runs, for banners and messages. */
  file: string;
  /** "reference solution" or "your code". */
  label: string;
}

export async function loadTarget<T>(exercise: string, argv: readonly string[]): Promise<Target<T>> {
  // --module <file> runs any implementation with the exercise's exports (a half-done copy, a mutant).
  const other = optionValue(argv, "--module");
  if (other) {
    const file = path.resolve(other);
    return { module: (await import(pathToFileURL(file).href)) as T, yours: true, file: path.relative(process.cwd(), file), label: "the module you named" };
  }
  const yours = argv.includes("--yours");
  // Relative dynamic imports resolve against this file, the same way from any working directory.
  const module = (yours ? await import(`../exercises/${exercise}`) : await import(`../../solutions/${exercise}`)) as T;
  return {
    module,
    yours,
    file: yours ? `src/exercises/${exercise}.ts` : `solutions/${exercise}.ts`,
    label: yours ? "your code" : "reference solution",
  };
}

/** The message for a learner whose exercise still throws todo(). */
export function notStartedMessage(exercise: string, app: string, error: unknown): string {
  const hint = isNotStarted(error) ? `\n  Hint: ${error.hint}` : "";
  return [
    `Your ${exercise} is not started yet (or this part of it is still a todo()).`,
    `  Open src/exercises/${exercise}.ts, replace its todo() calls, and check it with: npm run grade -- ${exercise}${hint}`,
    `  Meanwhile, \`npm run ${app}\` (without --yours) runs the reference solution.`,
  ].join("\n");
}

/** Reads a command-line option's value: `--model gpt-4.1-mini`. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
