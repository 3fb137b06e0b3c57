import { describe, expect, it } from "vitest";
import { runGraders } from "../src/workbook/grade";

// The notebooks' grading cells rely on these grades; a notebook run alone would not notice wrong ones,
// because the helper never throws.
describe("grading from a notebook", () => {
  it("grades the reference solutions as passed, task by task", async () => {
    const [messages, streaming] = await runGraders(["messages", "streaming"], { target: "reference" });
    expect(messages.status, messages.problem).toBe("passed");
    expect(messages.passed).toBe(messages.total);
    expect(messages.total).toBeGreaterThan(5);
    expect(streaming.status, streaming.problem).toBe("passed");
  }, 90_000);

  it("reports an unknown exercise as not graded instead of throwing", async () => {
    const [grade] = await runGraders(["no-such-exercise"], { target: "reference" });
    expect(grade.status).toBe("not graded");
    expect(grade.problem).toMatch(/no-such-exercise|unknown|exercise/i);
  }, 90_000);
});
