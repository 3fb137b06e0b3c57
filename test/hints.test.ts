import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findExercise } from "../src/course/exercises";
import { HINT_STATE_FILE, nextHint, readHintState, resetHints } from "../src/course/hints";

const dirs: string[] = [];
const tempRoot = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-hints-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("npm run hint: one hint at a time", () => {
  const hints = findExercise("messages")!.hints;

  it("shows the next hint on each call, remembers the count in .workbook/hints.json, and stays on the last", () => {
    const root = tempRoot();
    const seen = hints.map(() => nextHint(root, "messages"));
    expect(seen.map((v) => v.number)).toEqual(hints.map((_, i) => i + 1));
    expect(seen.map((v) => v.shown.at(-1))).toEqual(hints);
    expect(JSON.parse(fs.readFileSync(path.join(root, HINT_STATE_FILE), "utf8"))).toEqual({ messages: hints.length });
    expect(nextHint(root, "messages").number).toBe(hints.length);
  });

  it("keeps each exercise's count apart, repeats without revealing (--again) and starts over (--reset)", () => {
    const root = tempRoot();
    nextHint(root, "messages");
    nextHint(root, "messages");
    expect(nextHint(root, "parameters").number).toBe(1);
    expect(nextHint(root, "messages", { again: true }).shown).toEqual(hints.slice(0, 2));
    expect(readHintState(root)).toEqual({ messages: 2, parameters: 1 });
    resetHints(root, "messages");
    expect(readHintState(root)).toEqual({ parameters: 1 });
    expect(nextHint(root, "messages").number).toBe(1);
  });

  it("starts from the first hint when the state file is missing or not what it should be", () => {
    const root = tempRoot();
    fs.mkdirSync(path.join(root, ".workbook"));
    fs.writeFileSync(path.join(root, HINT_STATE_FILE), "{ not json");
    expect(nextHint(root, "messages").number).toBe(1);
    fs.writeFileSync(path.join(root, HINT_STATE_FILE), JSON.stringify({ messages: -3, parameters: "x" }));
    expect(nextHint(root, "messages").number).toBe(1);
  });

  it("shows a step's own hints one at a time, counted apart from the exercise's, and refuses a step without hints", () => {
    const root = tempRoot();
    const step2 = findExercise("context")!.stepHints![2]!;
    expect(nextHint(root, "context", { step: 2 }).shown).toEqual(step2.slice(0, 1));
    expect(nextHint(root, "context", { step: 2 }).shown).toEqual(step2.slice(0, 2));
    expect(nextHint(root, "context").number, "the exercise's own hints start at 1").toBe(1);
    expect(readHintState(root)).toEqual({ "context#2": 2, context: 1 });
    resetHints(root, "context");
    expect(readHintState(root)).toEqual({});
    expect(() => nextHint(root, "context", { step: 99 })).toThrow(/hints for steps 1, 2, 3, 4, not for step 99/);
    expect(() => nextHint(root, "messages", { step: 1 })).toThrow(/no hints by step/);
  });

  it("refuses an exercise that does not exist", () => {
    expect(() => nextHint(tempRoot(), "no-such")).toThrow(/no exercise called "no-such"/);
  });
});
