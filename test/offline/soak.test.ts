/**
 * A short round of the load and soak bench (bench/soak.bench.ts) against the offline server in its
 * own process: concurrent streams, aborted streams and big prompts together. It checks that every
 * answer was proper; the latency figures are for `npm run bench -- soak`, not for a test.
 */
import { describe, expect, it } from "vitest";
import { runSoak } from "../../bench/soak.bench";

describe("the offline server under load", () => {
  it("completes 30 concurrent streams, drops 10 aborted ones cleanly, refuses big prompts, and answers afterwards", {
    timeout: 120_000,
  }, async () => {
    const f = await runSoak({ streams: 30, aborted: 10, bigPrompts: 3, bigWords: 140_000, bigModel: "gpt-4o-mini" });
    expect(f.streamErrors).toEqual([]);
    expect(f.streamsCompleted).toBe(30);
    expect(f.abortedCleanly).toBe(10);
    expect(f.bigRefused).toBe(3);
    expect(f.fiveHundreds).toBe(0);
    expect(f.smallLatenciesMs.length).toBeGreaterThan(0);
    expect(f.afterwardsOk).toBe(true);
  });
});
