import { describe, expect, it } from "vitest";
import { classify, type TaskOutcome } from "../src/course/status";

const passed = (name: string): TaskOutcome => ({ name, state: "passed" });
const failed = (name: string, message = "expected 1 to be 2"): TaskOutcome => ({
  name,
  state: "failed",
  errors: [message],
});
const notStarted = (name: string): TaskOutcome => ({
  name,
  state: "skipped",
  note: "not started: open src/exercises/x.ts",
});
const filteredOut = (name: string): TaskOutcome => ({ name, state: "skipped" });

describe("how task outcomes add up to an exercise's status", () => {
  it("every task reaching todo() is not started", () => {
    expect(classify("x", [notStarted("a"), notStarted("b")]).status).toBe("not started");
  });

  it("every task passing is passed, whatever was filtered out", () => {
    expect(classify("x", [passed("a"), passed("b"), filteredOut("c")]).status).toBe("passed");
  });

  it("some passing and the rest not started is in progress, with the counts", () => {
    const r = classify("x", [passed("a"), notStarted("b"), notStarted("c")]);
    expect(r).toMatchObject({ status: "in progress", passed: 1, notStarted: 2, total: 3 });
  });

  it("any failing task makes it failing, and names the task and the message", () => {
    const r = classify("x", [passed("a"), failed("b", "should be first"), notStarted("c")]);
    expect(r.status).toBe("failing");
    expect(r.failures).toEqual([{ task: "b", message: "should be first" }]);
  });

  it("a grader that cannot load the exercise is failing, even with no task run", () => {
    const r = classify("x", [], ['Transform failed: Expected ";"']);
    expect(r.status).toBe("failing");
    expect(r.failures[0]!.task).toBe("(loading the exercise)");
  });

  it("a grader with no task at all is failing, not silently passed", () => {
    expect(classify("x", []).status).toBe("failing");
  });
});
