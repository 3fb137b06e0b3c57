import type { ChatCompletionChunk } from "openai/resources/chat/completions";
import { afterEach, describe, expect, it, vi } from "vitest";
import { countTokens } from "../src/api/tokens";
import { showStream } from "../src/workbook/streams";

/** A stream of text chunks then a usage chunk, each arriving at a fixed time on a fake clock. */
function fakeStream(
  pieces: string[],
  usage: ChatCompletionChunk["usage"],
  clock: { t: number },
  startMs: number,
  stepMs: number,
) {
  const chunk = (content: string | undefined, extra: Partial<ChatCompletionChunk> = {}): ChatCompletionChunk => ({
    id: "c",
    object: "chat.completion.chunk",
    created: 0,
    model: "gpt-6-luna",
    choices: content === undefined ? [] : [{ index: 0, delta: { content }, finish_reason: null, logprobs: null }],
    ...extra,
  });
  return (async function* () {
    clock.t = startMs;
    for (const p of pieces) {
      yield chunk(p);
      clock.t += stepMs;
    }
    yield chunk(undefined, { usage });
  })();
}

describe("showStream's speed: the text's own pace beside the billed rate", () => {
  afterEach(() => vi.restoreAllMocks());

  it("counts reasoning tokens as billed but not as text, and times the text after its first token", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const pieces = Array.from({ length: 41 }, (_, i) => (i === 0 ? "Word" : " word"));
    const visible = countTokens(pieces.join(""), "gpt-6-luna");
    const clock = { t: 0 };
    const usage = {
      prompt_tokens: 10,
      completion_tokens: visible + 200,
      total_tokens: visible + 210,
      completion_tokens_details: { reasoning_tokens: 200 },
    };
    // The first text at 2 s (the model reasoned first), then one piece every 25 ms: 40 tokens a second.
    const stats = await showStream(fakeStream(pieces, usage, clock, 2000, 25), { now: () => clock.t });
    expect(stats.reasoningTokens).toBe(200);
    expect(stats.visibleTokens).toBe(visible);
    expect(stats.timeToFirstTokenSeconds).toBe(2);
    expect(stats.visibleTokensPerSecond).toBeCloseTo((visible - 1) / (41 * 0.025), 5);
    expect(stats.tokensPerSecond, "billed: every completion token over the whole time").toBeCloseTo(
      (visible + 200) / (2 + 41 * 0.025),
      5,
    );
    const printed = String((console.log as unknown as { mock: { calls: unknown[][] } }).mock.calls.at(-1)?.[0]);
    expect(printed).toContain(`${visible} visible + 200 reasoning = ${visible + 200} tokens (usage)`);
    expect(printed).toMatch(/text at [\d.]+ tokens\/s · [\d.]+ billed tokens\/s/);
  });
});
