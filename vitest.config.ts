import * as os from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import type { TestProjectInlineConfiguration } from "vitest/config";
import type { Plugin } from "vite";

// No relative imports here: Vite warns about extensionless ones in a config file. Reporters are
// loaded by path instead (default export, constructed with the options given).

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The graders import exercises as "#exercises/<name>"; each project points that alias at one folder.
const graders = (name: "reference" | "yours", folder: string): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    include: ["test/exercises/**/*.test.ts"],
    env: { WORKBOOK_TARGET: name },
    // The graders share one module cache per worker: the SDK, msw and the token tables load once,
    // which makes `npm test` (both projects) cost about 1.5 times grading "yours" alone.
    isolate: false,
  },
  resolve: { alias: [{ find: /^#exercises\/(.*)$/, replacement: here(folder) + "/$1" }] },
});

// WORKBOOK_MUTANTS=1 (set by test/graders.test.ts for its child run): test/support/mutant-suite.ts
// loads each exercise's grader once per wrong implementation in
// test/mutants/<exercise>/<mutant>.ts, as "<grader>?workbook-mutant=<exercise>/<mutant>". This
// resolver sends that copy's "#exercises/<exercise>" to the mutant, every other exercise to its solution.
const mutantResolver = (): Plugin => ({
  name: "workbook-mutant-resolver",
  enforce: "pre",
  resolveId(source, importer) {
    const wanted = /^#exercises\/(.+)$/.exec(source)?.[1];
    if (!wanted) return null;
    const mutant = new URLSearchParams(importer?.split("?")[1] ?? "").get("workbook-mutant");
    const [exercise, name] = mutant?.split("/") ?? [];
    if (exercise === wanted && name) return here(`./test/mutants/${exercise}/${name}.ts`);
    return here(`./solutions/${wanted}.ts`);
  },
});

// All mutants share one worker's module cache (the SDK, msw and token tables load once per worker);
// with spare cores they are dealt round-robin to a few parallel projects ("shards").
const mutantProjects = (): TestProjectInlineConfiguration[] => {
  const shards = Math.max(1, Math.min(4, os.availableParallelism() - 1));
  return Array.from({ length: shards }, (_, i) => ({
    extends: true,
    plugins: [mutantResolver()],
    test: {
      name: shards === 1 ? "mutants" : `mutants:${i + 1}/${shards}`,
      include: ["test/support/mutant-suite.ts"],
      env: { WORKBOOK_TARGET: "mutant", WORKBOOK_MUTANT_SHARD: `${i}/${shards}` },
    },
  }));
};

// WORKBOOK_FIXTURE_GRADERS=1 (set by test/grade.test.ts for its child runs): only the fixture graders
// of test/fixtures/graders/, whose tasks fail and stop on purpose, to test grading itself.
const fixtureRun = process.env.WORKBOOK_FIXTURE_GRADERS === "1";
const fixtureProject: TestProjectInlineConfiguration = {
  extends: true,
  test: { name: "fixtures", include: ["test/fixtures/graders/*.test.ts"], env: { WORKBOOK_TARGET: "yours" } },
};

const mutantRun = process.env.WORKBOOK_MUTANTS === "1";
const mutantReport = process.env.WORKBOOK_MUTANTS_OUT;

export default defineConfig({
  test: {
    // WORKBOOK_TODAY pins the day the offline model and the catalog believe it is, so a model shutdown
    // date passing never changes a test result.
    env: {
      WORKBOOK_TODAY: "2026-12-01",
      WORKBOOK_BACKEND: "offline",
      WORKBOOK_OFFLINE_TPS: "0",
      WORKBOOK_OFFLINE_TTFT_MS: "0",
      WORKBOOK_OFFLINE_PACING: "off",
    },
    testTimeout: 20_000,
    // Vitest leaves a core for itself (cores - 1 workers): on a 2-core CI machine that ran every test
    // file one after another. The main process mostly waits, so every core gets a worker.
    maxWorkers: os.availableParallelism(),
    // Transformed modules kept in node_modules/.experimental-vitest-cache, keyed by each file's content:
    // a grade run from a notebook cell or `npm run grade` skips recompiling the offline model and the
    // graders (about 5 s of a 6 s grade).
    experimental: { fsModuleCache: true },
    // vitest's own report first, then the learner's summary (see src/course/summary-reporter.ts).
    reporters: mutantRun
      ? mutantReport
        ? [["./test/support/mutant-reporter.ts", { outFile: mutantReport }]]
        : ["default"]
      : ["default", ["./src/course/summary-reporter.ts", { courseCheck: process.env.WORKBOOK_COURSE_CHECK === "1" }]],
    projects: mutantRun
      ? mutantProjects()
      : fixtureRun
        ? [fixtureProject]
        : [
            {
              extends: true,
              test: {
                name: "workbook",
                include: ["test/**/*.test.ts"],
                exclude: ["test/exercises/**", "test/mutants/**", "test/fixtures/**"],
              },
            },
            graders("reference", "./solutions"),
            graders("yours", "./src/exercises"),
          ],
  },
});
