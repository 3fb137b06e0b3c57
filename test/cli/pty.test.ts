/**
 * The chat app in a real pseudo terminal (util-linux `script`): readline in raw mode, Ctrl-C as a
 * keypress, and the live status line pinned to the bottom row while a reply streams. Skipped where
 * util-linux `script` is missing; test/cli/chat.test.ts covers the same behaviour through pipes.
 */
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppRun, appEnv, fakeApi, STACK_TRACE, WRAP_TEXT, type FakeApi } from "./harness";
import { VirtualTerminal } from "./vt";

const hasScript = (() => {
  const probe = spawnSync("script", ["--version"], { encoding: "utf8" });
  return probe.status === 0 && /util-linux/.test(probe.stdout + probe.stderr);
})();

const ROWS = 24;

describe.skipIf(!hasScript)("npm run chat in a pseudo terminal", () => {
  let api: FakeApi;
  beforeAll(async () => {
    api = await fakeApi();
  });
  afterAll(() => api.close());

  it("streams with a live status line, Ctrl-C stops the reply, and Ctrl-C at the prompt quits", async () => {
    const command = `stty rows ${ROWS} cols 100; exec "${process.execPath}" --import tsx src/cli/chat.ts`;
    const env = appEnv({
      WORKBOOK_BACKEND: "openai",
      OPENAI_BASE_URL: api.baseURL,
      OPENAI_API_KEY: "sk-test-pty-0000",
    });
    const app = new AppRun("script", ["-qfec", command, "/dev/null"], env);
    try {
      await app.waitFor("balanced · main · $0.00 › ", { timeoutMs: 90_000 });
      app.write("Tell me a long story #slow\r");
      const streaming = await app.waitFor(" word5");
      const live = app.output;
      expect(live, "the rows above the last one become the scroll region").toContain(`\x1b[1;${ROWS - 1}r`);
      expect(live, "the status line is drawn on the last row").toContain(`\x1b[${ROWS};1H\x1b[2K`);
      expect(live).toMatch(/~\d+ tokens · [\d.]+ s[^\n]*Ctrl-C stops/);

      app.write("\x03");
      const stopped = await app.waitFor("[stopped: the part you saw stays in the conversation", { from: streaming });
      expect(app.output.slice(streaming, stopped), "the scroll region is given back").toContain("\x1b[r");
      const prompt = await app.waitFor("balanced · main · $0.00 › ", { from: stopped });

      app.write("/history\r");
      await app.waitFor(/assistant: +word1 word2 word3 word4 word5/, { from: prompt });
      await app.waitFor("› ", { from: prompt + 10 });
      app.write("\x03");
      const exit = await app.exited;
      expect(exit.code, app.output).toBe(0);
      expect(app.output).toContain("Bye.");
      expect(app.output).not.toMatch(STACK_TRACE);
      expect(app.output).not.toContain("word200");
    } finally {
      app.kill();
    }
  }, 180_000);

  for (const columns of [40, 80, 120]) {
    it(`shows exactly the text it stores at ${columns} columns: long words at the margin, accents, wide characters`, async () => {
      const command = `stty rows ${ROWS} cols ${columns}; exec "${process.execPath}" --import tsx src/cli/chat.ts`;
      const env = appEnv({
        WORKBOOK_BACKEND: "openai",
        OPENAI_BASE_URL: api.baseURL,
        OPENAI_API_KEY: "sk-test-pty-0000",
      });
      const app = new AppRun("script", ["-qfec", command, "/dev/null"], env);
      try {
        const ready = await app.waitFor("› ", { timeoutMs: 90_000 });
        app.write("Explain recursion #wrap\r");
        const done = await app.waitFor(/first token after[^\n]*\n[\s\S]*› /, { from: ready });
        app.write("\x03");
        await app.exited;
        const screen = new VirtualTerminal(columns, ROWS);
        screen.write(app.output.slice(0, done));
        const lines = screen.lines();
        const header = lines.findIndex((l) => l.text.startsWith("assistant"));
        expect(header, app.output).toBeGreaterThanOrEqual(0);
        let shown = "";
        for (let i = header + 1; i < lines.length; i++) {
          shown += lines[i]!.text;
          if (!lines[i]!.wrapped) break;
        }
        expect(shown, "the screen shows the reply exactly as stored").toBe(WRAP_TEXT);
        expect(app.output).not.toMatch(STACK_TRACE);
      } finally {
        app.kill();
      }
    }, 180_000);
  }
});
