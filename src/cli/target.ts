/**
 * Which implementation an app runs: the reference solution (default) or the learner's own
 * exercise (`--yours`). Both export the same names, so the app is written once.
 */
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
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

export interface TargetChoice {
  /** `--yours`: the learner's src/exercises/<exercise>.ts. */
  yours?: boolean;
  /** `--module <file>`: any implementation with the exercise's exports (a half-done copy, a mutant). */
  module?: string;
}

export async function loadTarget<T>(exercise: string, choice: TargetChoice): Promise<Target<T>> {
  if (choice.module) {
    const file = path.resolve(choice.module);
    return {
      module: (await import(pathToFileURL(file).href)) as T,
      yours: true,
      file: path.relative(process.cwd(), file),
      label: "the module you named",
    };
  }
  const yours = choice.yours === true;
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

/**
 * The app's command line, parsed strictly (node:util parseArgs): `--model --yours` is an error, not
 * the model "--yours", and an unknown flag stops the app with its usage instead of being ignored.
 */
export function parseAppArgs<K extends string>(
  usage: string,
  stringOptions: readonly K[],
  argv: string[] = process.argv.slice(2),
): TargetChoice & Partial<Record<K, string>> {
  const options: Record<string, { type: "string" | "boolean" }> = { ...TARGET_OPTIONS };
  for (const name of stringOptions) options[name] = { type: "string" };
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values as TargetChoice &
      Partial<Record<K, string>>;
  } catch (error) {
    // Node's message goes on about positionals; its first sentence says what is wrong.
    console.error(`${(error as Error).message.split(/\. To specify /)[0]}\n${usage}`);
    process.exit(2);
  }
}

const TARGET_OPTIONS = { yours: { type: "boolean" }, module: { type: "string" } } as const;
