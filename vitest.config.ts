import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The graders import exercises as "#exercises/<name>"; each project points that alias at one folder.
const graders = (name: "reference" | "yours", folder: string) => ({
  extends: true as const,
  test: {
    name,
    include: ["test/exercises/**/*.test.ts"],
    env: { WORKBOOK_TARGET: name },
  },
  resolve: { alias: [{ find: /^#exercises\/(.*)$/, replacement: here(folder) + "/$1" }] },
});

export default defineConfig({
  test: {
    env: { WORKBOOK_BACKEND: "offline", WORKBOOK_OFFLINE_TPS: "0", WORKBOOK_OFFLINE_TTFT_MS: "0" },
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: "workbook", include: ["test/**/*.test.ts"], exclude: ["test/exercises/**"] },
      },
      graders("reference", "./solutions"),
      graders("yours", "./src/exercises"),
    ],
  },
});
