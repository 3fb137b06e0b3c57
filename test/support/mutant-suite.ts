/**
 * The one test file of the mutant run (WORKBOOK_MUTANTS=1, started by test/graders.test.ts): for
 * every wrong implementation test/mutants/<exercise>/<mutant>.ts, a suite named
 * "mutant:<exercise>/<mutant>" that loads that exercise's grader once more, with `#exercises/<exercise>`
 * resolved to the mutant (see mutantResolver in vitest.config.ts). One worker and one module cache
 * serve all the mutants of a project, so the SDK, msw and the token tables load once, not once per
 * mutant.
 */
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe } from "vitest";
import { controlId, listMutants, MUTANT_QUERY } from "./mutants";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// vitest.config.ts may deal the mutants to several projects run in parallel: "<index>/<count>".
const [shard, shards] = (process.env.WORKBOOK_MUTANT_SHARD ?? "0/1").split("/").map(Number) as [number, number];

// Each exercise's mutants, then its control (the solution, which must pass: see controlId).
// WORKBOOK_MUTANTS_ONLY=<exercise>[,<exercise>] grades only those exercises' mutants (for a quick run while writing some).
const only = process.env.WORKBOOK_MUTANTS_ONLY?.split(",").filter(Boolean);
const runs = [...new Set(listMutants(root).map((m) => m.exercise))]
  .filter((exercise) => !only?.length || only.includes(exercise))
  .flatMap((exercise) => [
    ...listMutants(root)
      .filter((m) => m.exercise === exercise)
      .map((m) => ({ id: m.id, exercise, query: `${exercise}/${m.name}` })),
    { id: controlId(exercise), exercise, query: exercise },
  ]);

for (const run of runs.filter((_, i) => i % shards === shard)) {
  describe(run.id, async () => {
    const grader = path.join(root, "test/exercises", `${run.exercise}.test.ts`);
    // A distinct query makes a distinct module: this copy of the grader sees the mutant (or, with
    // no mutant name in the query, the solution).
    await import(/* @vite-ignore */ `${grader}?${MUTANT_QUERY}=${encodeURIComponent(run.query)}`);
  });
}
