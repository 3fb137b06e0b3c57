/**
 * Every command parses its arguments strictly (node:util parseArgs): a flag that takes a value never
 * swallows the next flag, and an unknown flag stops with the usage instead of being ignored.
 */
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const run = (file: string, ...args: string[]) => {
  const r = spawnSync(tsx, [file, ...args], {
    cwd: root,
    encoding: "utf8",
    input: "",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
};

describe("command lines", () => {
  it('`npm run chat -- --model --yours` is an error, not the model "--yours"', () => {
    const r = run("src/cli/chat.ts", "--model", "--yours");
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/'--model' argument is ambiguous/);
    expect(r.out).toContain("Usage: npm run chat");
  });

  it.each([
    ["src/cli/playground.ts", "Usage: npm run playground"],
    ["scripts/grade.ts", "Usage: npm run grade"],
    ["scripts/hint.ts", "Usage: npm run hint"],
    ["scripts/check.ts", "Usage: npm run check"],
  ])("%s refuses an unknown flag and shows its usage", (file, usage) => {
    const r = run(file, "--colour");
    expect(r.code).toBe(2);
    expect(r.out).toContain("Unknown option '--colour'");
    expect(r.out).toContain(usage);
  });

  it("`npm run hint` names the exercises when the name is wrong", () => {
    const r = run("scripts/hint.ts", "mesages");
    expect(r.code).toBe(2);
    expect(r.out).toContain('There is no exercise called "mesages"');
    expect(r.out).toMatch(/^\s+messages\s/m);
  });
}, 60_000);
