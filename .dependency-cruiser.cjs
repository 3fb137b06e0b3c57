/**
 * The workbook's import layers (`npm run layers`, part of `npm run check`):
 *
 *   cli, scripts  ->  course, workbook, offline  ->  api
 *
 * with workbook -> course (a notebook's grading cell) and workbook -> offline (the in-process
 * backend, loaded on the first request) as the only imports inside the middle layer. No folder
 * imports one that imports it back; tests and benches sit on top and import anything.
 */
const layer = (name) => `^src/${name}/`;
const forbid = (name, comment, from, to) => ({
  name,
  comment,
  severity: "error",
  from: { path: from },
  to: { path: to },
});

const offlineStack = ["corpus", "language", "model", "request", "read", "skills", "reply", "http"];

module.exports = {
  forbidden: [
    forbid(
      "api-is-the-foundation",
      "src/api holds what both sides need and imports nothing else of the project.",
      layer("api"),
      "^(src/(?!api/)|scripts/|test/|solutions/|bench/)",
    ),
    forbid(
      "offline-below-workbook",
      "The offline model is a backend of the helper module, not its user.",
      layer("offline"),
      "^(src/(workbook|course|cli|exercises)/|src/workbook\\.ts$)",
    ),
    forbid(
      "course-below-workbook",
      "Course tooling serves the notebooks' grading cells; it must not need the helper module back.",
      layer("course"),
      "^(src/(workbook|offline|cli|exercises)/|src/workbook\\.ts$)",
    ),
    forbid(
      "workbook-below-apps",
      "The helper module knows nothing of the apps, the stubs or the course's own tooling scripts.",
      layer("workbook"),
      "^(src/(cli|exercises)/|scripts/|test/|solutions/)",
    ),
    forbid(
      "src-below-scripts-and-tests",
      "Nothing in src/ imports a script, a test or a solution statically.",
      "^src/",
      "^(scripts/|test/|bench/)",
    ),
    forbid(
      "scripts-not-on-tests",
      "Scripts use src/; test/support may use scripts/lib, never the other way.",
      "^scripts/",
      "^(test/|bench/)",
    ),
    forbid(
      "stubs-use-the-helper-module",
      "Exercise stubs import what the notebooks import: src/workbook (and the SDK).",
      layer("exercises"),
      "^(src/(offline|course|cli)/|scripts/|test/|solutions/)",
    ),
    // Inside the offline model, folders stack bottom to top; each imports only the ones below it
    // (ARCHITECTURE.md): corpus, language, model, request, read, skills, reply, http.
    ...offlineStack
      .map((folder, i) =>
        forbid(
          `offline-stack-${folder}`,
          `src/offline/${folder} must not import a folder above it in the offline model's stack.`,
          `^src/offline/${folder}/`,
          `^src/offline/(${offlineStack.slice(i + 1).join("|")}|index\\.ts$)`,
        ),
      )
      .filter((_, i) => i < offlineStack.length - 1),
    {
      name: "no-cycles",
      comment: "No module imports one that imports it back (type-only imports aside).",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|notebooks)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".js", ".json"],
    },
  },
};
