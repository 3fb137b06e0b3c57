import { expect } from "vitest";
import { streamWithProgress } from "#exercises/stream-progress";
import { countTokens } from "../../src/api/tokens";
import { exercise, task } from "../support/grading";
import { replyWithStream, sentBodies, streamChunks, testClient, useMockServer } from "../support/server";

useMockServer();

const show = (x: unknown) => JSON.stringify(x);
const USAGE = { prompt_tokens: 12, completion_tokens: 42, total_tokens: 54 };
const PIECES = ["Recursion", " is", " a", " function", " calling", " itself"];

/** Collects what streamWithProgress writes, and splits it into the live status line and the rest. */
function terminal() {
  const writes: string[] = [];
  return {
    write: (text: string) => void writes.push(text),
    get output() {
      return writes.join("");
    },
    /** Everything written before the first newline: the status line and its redraws. */
    get live() {
      const all = writes.join("");
      const end = all.indexOf("\n");
      return end === -1 ? all : all.slice(0, end);
    },
    /** What came after the status line: the reply and the final stats. */
    get after() {
      const all = writes.join("");
      const end = all.indexOf("\n");
      return end === -1 ? "" : all.slice(end);
    },
  };
}

/** A clock that reads 10 s at the start and 12.5 s ever after: any correct measurement gives 2.5 s. */
function clock() {
  let calls = 0;
  return () => (calls++ === 0 ? 10_000 : 12_500);
}

exercise("stream-progress", () => {
  task("returns the whole text, skipping deltas that carry no text", async () => {
    replyWithStream(streamChunks(["Hel", null, "lo", {}, " wor", "", "ld"], { usage: USAGE }));
    const term = terminal();
    const result = await streamWithProgress(testClient(), "Say hello", { write: term.write, now: clock() });
    expect(result.content, `content should be the pieces joined: "Hello world"; got ${show(result.content)} (a delta's content can be null: skip it)`).toBe("Hello world");
    expect(term.output, "the output should never show \"null\" or \"undefined\": skip the deltas without text").not.toMatch(/null|undefined/);
  });

  task("asks for usage and reports the tokens the API counted, not the chunks", async () => {
    replyWithStream(streamChunks(PIECES, { usage: USAGE }));
    const term = terminal();
    const result = await streamWithProgress(testClient(), "Explain recursion", { write: term.write, now: clock() });
    const [body] = sentBodies();
    expect(body?.stream, "the request should set stream: true").toBe(true);
    expect(body?.stream_options, `the request should set stream_options: { include_usage: true }; it sent ${show(body?.stream_options)}`).toEqual({ include_usage: true });
    expect(body?.messages, `the request should send one user message with the prompt; it sent ${show(body?.messages)}`).toEqual([{ role: "user", content: "Explain recursion" }]);
    expect(
      result.tokens,
      `tokens should be usage.completion_tokens from the last chunk (42), not the number of chunks (${PIECES.length}); got ${result.tokens}`,
    ).toBe(42);
  });

  task("counts the tokens itself only when the server sends no usage", async () => {
    replyWithStream(streamChunks(PIECES));
    const result = await streamWithProgress(testClient(), "Explain recursion", { write: terminal().write, now: clock() });
    const expected = countTokens(PIECES.join(""), "gpt-4o-mini");
    expect(result.tokens, `with no usage chunk, tokens should be countTokens(content, model) = ${expected}; got ${result.tokens}`).toBe(expected);
  });

  task("measures the time with the clock it is given", async () => {
    replyWithStream(streamChunks(PIECES, { usage: USAGE }));
    const term = terminal();
    const result = await streamWithProgress(testClient(), "Explain recursion", { write: term.write, now: clock() });
    expect(result.seconds, `with a clock that reads 10000 ms at the start and 12500 ms later, seconds should be 2.5; got ${result.seconds}`).toBeCloseTo(2.5, 6);
  });

  task("keeps one status line current, redrawn in place with \\r", async () => {
    replyWithStream(streamChunks(PIECES, { usage: USAGE }));
    const term = terminal();
    await streamWithProgress(testClient(), "Explain recursion", { write: term.write, now: clock() });
    const redraws = term.live.split("\r").filter((s) => s.trim() !== "");
    expect(
      redraws.length,
      `the status line should be redrawn with "\\r" (not a new line) at least once per piece of text (${PIECES.length}); before the first newline it was drawn ${redraws.length} time(s): ${show(term.live)}`,
    ).toBeGreaterThanOrEqual(PIECES.length);
    for (const status of redraws) {
      expect(status, `every status should have a token counter like "12 tokens"; got ${show(status)}`).toMatch(/\d+ tokens?\b/);
      expect(status, `every status should show the elapsed time like "0.4s"; got ${show(status)}`).toMatch(/\d+(\.\d+)?\s?s\b/);
    }
  });

  task("with maxTokens, the indicator is a bar with a percentage, and the limit is sent", async () => {
    replyWithStream(streamChunks(["one", " two", " three", " four", " five"], { usage: { prompt_tokens: 9, completion_tokens: 5, total_tokens: 14 } }));
    const term = terminal();
    await streamWithProgress(testClient(), "Count to five", { write: term.write, now: clock(), maxTokens: 10 });
    const [body] = sentBodies();
    expect(body?.max_completion_tokens, `maxTokens: 10 should be sent as max_completion_tokens: 10; it sent ${show(body?.max_completion_tokens)}`).toBe(10);
    expect(term.live, `the status should show a percentage (tokens so far / maxTokens); got ${show(term.live)}`).toMatch(/\d+\s?%/);
    expect(term.live, `after 5 of 10 tokens, the status should read 50%; got ${show(term.live)}`).toMatch(/\b50\s?%/);
  });

  task("prints the final stats after the stream: tokens, seconds and tokens/s", async () => {
    replyWithStream(streamChunks(PIECES, { usage: USAGE }));
    const term = terminal();
    await streamWithProgress(testClient(), "Explain recursion", { write: term.write, now: clock() });
    expect(term.after, `after the status line, the final stats should give the 42 tokens the API reported; got ${show(term.after)}`).toMatch(/\b42\b/);
    expect(term.after, `the final stats should give the 2.5 seconds; got ${show(term.after)}`).toMatch(/\b2\.50*(?!\d)/);
    expect(term.after, `the final stats should give the speed in tokens/s (42 / 2.5 = 16.8); got ${show(term.after)}`).toMatch(/16\.8\d*\s?tokens\/s/);
  });
});
