/**
 * Wrong implementations of the exercises, one module per mistake: test/mutants/<exercise>/<mistake>.ts.
 * The mutant run (WORKBOOK_MUTANTS=1, see vitest.config.ts and test/graders.test.ts) grades each one
 * and requires at least one failing task, which proves the grader notices that mistake.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const MUTANTS_DIR = "test/mutants";

export interface Mutant {
  exercise: string;
  /** The file name without .ts: what is wrong, in a few words. */
  name: string;
  /** Absolute path of the module. */
  file: string;
  /** "mutant:<exercise>/<name>": the suite that grades it in the mutant run, and its name in reports. */
  id: string;
}

/** The query on a grader's module id that says which mutant its `#exercises/...` import resolves to. */
export const MUTANT_QUERY = "workbook-mutant";

export const mutantId = (exercise: string, name: string) => `mutant:${exercise}/${name}`;

/**
 * The control of an exercise in the mutant run: its grader once more, against the reference
 * solution, after its mutants. It must pass, which shows that sharing one worker between the
 * graders' copies makes no task fail on its own (a mutant would then look caught when it is not).
 */
export const controlId = (exercise: string) => `control:${exercise}`;

/** Every mutant under `<root>/test/mutants`, sorted by exercise and name. */
export function listMutants(root: string): Mutant[] {
  const dir = path.join(root, MUTANTS_DIR);
  if (!fs.existsSync(dir)) return [];
  const exercises = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  return exercises.flatMap((exercise) =>
    fs
      .readdirSync(path.join(dir, exercise))
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
      .sort()
      .map((f) => {
        const name = f.slice(0, -".ts".length);
        return { exercise, name, file: path.join(dir, exercise, f), id: mutantId(exercise, name) };
      }),
  );
}
