/**
 * `npm run chat` driven like a learner drives it: scripted lines on stdin, Ctrl-C as SIGINT, and
 * a local OpenAI-compatible server for slow streams and backend failures.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppRun, closedPort, fakeApi, STACK_TRACE, type FakeApi } from "./harness";

const TIMEOUT = 180_000;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "workbook-chat-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run chat", () => {
  it(
    "a scripted session on the offline model covers every slash command",
    async () => {
      fs.writeFileSync(path.join(dir, "keep.json"), "original");
      fs.writeFileSync(path.join(dir, "replace.md"), "old");
      const app = AppRun.start("chat");
      for (const line of [
        "Hello there, what is a token?",
        "/mode",
        "/mode creative",
        "/mode turbo",
        "Tell me about temperature.",
        "/regen",
        "/branch",
        "On this branch I ask about top_p.",
        "/branches",
        "/switch main",
        "/switch nope",
        "/switch",
        "/history",
        "/usage",
        `/export json ${dir}/chat.json`,
        `/export md ${dir}/chat.md`,
        `/export json ${dir}/keep.json`,
        "n",
        `/export md ${dir}/replace.md`,
        "y",
        `/export xml ${dir}/chat.xml`,
        `/export json ${dir}/no-such-folder/chat.json`,
        "/bogus",
        "/help",
        "/quit",
      ]) {
        app.send(line);
      }
      const exit = await app.exited;
      const out = app.output;

      expect(exit.code, out).toBe(0);
      expect(out, "no stack traces").not.toMatch(STACK_TRACE);
      expect(out).toContain("Multi-Mode Chat · reference solution (solutions/multi-mode-chat.ts)");
      expect(out, "the banner says which backend answers").toContain("Backend: offline model, in process");
      expect(out, "the prompt shows mode, branch and running cost").toMatch(/balanced · main · \$0\.00 › Hello there/);

      // /mode
      expect(out).toMatch(/\* balanced\s+temperature 0\.7, top_p 0\.85/);
      expect(out).toContain("Mode: creative (temperature 1.2, top_p 0.95).");
      expect(out).toContain('Unknown mode "turbo". The modes are: creative, precise, balanced.');
      expect(out, "cost in the prompt grows once replies came in").toMatch(
        /creative · main · \$0\.0\d*[1-9]\d* › \/regen/,
      );

      // replies stream with stats; /regen gives a second creative reply
      expect(out.match(/assistant \(creative\)/g)?.length).toBe(3);
      expect(out).toMatch(/↳ [\d,]+ tokens · [\d.]+ s · first token after [\d.]+ s · [\d.,]+ tok\/s · \$0\.0/);

      // /branch, /branches, /switch, /history
      expect(out).toContain("Forked branch-1 from main at 5 messages; you are on branch-1 now.");
      expect(out).toMatch(/creative · branch-1 · \$[\d.]+ › On this branch/);
      expect(out).toMatch(/ {2}main +4 messages\n\* branch-1 +6 messages/);
      expect(out).toMatch(/On main \(4 messages\)\. It ends with:\nyou: Tell me about temperature\./);
      expect(out).toContain('Unknown branch "nope". The branches are: main, branch-1.');
      expect(out).toContain("/switch needs a branch id: main, branch-1.");
      const history = out.slice(out.indexOf("› /history"), out.indexOf("› /usage"));
      expect(history).toContain("you: Hello there, what is a token?");
      expect(history).toContain("you: Tell me about temperature.");
      expect(history, "main does not show the branch's turn").not.toContain("On this branch I ask about top_p.");
      expect(history.match(/^assistant: /gm)?.length, "a regenerated reply replaced the old one").toBe(2);

      // /usage
      expect(out).toMatch(
        /prompt tokens +[1-9][\d,]*\n +completion tokens +[1-9][\d,]*\n +cost +\$0\.0\d+ +gpt-6-luna: \$0\.10 in, \$0\.50 out per 1M tokens/,
      );

      // /export: written, never overwritten without asking, atomically (no temp files left)
      const exported = JSON.parse(fs.readFileSync(path.join(dir, "chat.json"), "utf8"));
      expect(exported.mode).toBe("creative");
      expect(exported.branches.map((b: { id: string }) => b.id)).toEqual(["main", "branch-1"]);
      expect(exported.usage.promptTokens).toBeGreaterThan(0);
      expect(fs.readFileSync(path.join(dir, "chat.md"), "utf8")).toContain("Tell me about temperature.");
      expect(out).toMatch(
        new RegExp(
          `${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}/keep\\.json exists\\. Overwrite it\\? \\[y/N\\] n\\nNot saved\\.`,
        ),
      );
      expect(fs.readFileSync(path.join(dir, "keep.json"), "utf8"), "answering n keeps the file").toBe("original");
      expect(fs.readFileSync(path.join(dir, "replace.md"), "utf8"), "answering y replaces it").toContain(
        "# Multi-Mode Chat",
      );
      expect(fs.readdirSync(dir).sort(), "no temporary files are left behind").toEqual([
        "chat.json",
        "chat.md",
        "keep.json",
        "replace.md",
      ]);
      expect(out).toContain("Usage: /export json|md [file]");
      expect(out).toContain(`There is no folder ${dir}/no-such-folder.`);

      // /bogus, /help, /quit
      expect(out).toContain("Unknown command /bogus. /help lists the commands.");
      for (const command of [
        "/mode",
        "/regen",
        "/branch",
        "/branches",
        "/switch",
        "/history",
        "/export",
        "/usage",
        "/help",
        "/quit",
      ]) {
        expect(out).toContain(`  ${command}`);
      }
      expect(out).toMatch(/Bye\. [\d,]+ prompt \+ [\d,]+ completion tokens, \$0\.0\d+\.\n$/);
    },
    TIMEOUT,
  );

  describe("on an OpenAI-compatible server", () => {
    let api: FakeApi;
    beforeAll(async () => {
      api = await fakeApi();
    });
    afterAll(() => api.close());
    const env = () => ({
      WORKBOOK_BACKEND: "openai",
      OPENAI_BASE_URL: api.baseURL,
      OPENAI_API_KEY: "sk-test-secret-key-1234567890",
    });

    it(
      "Ctrl-C during a reply stops it and keeps the conversation; Ctrl-C at the prompt quits",
      async () => {
        const app = AppRun.start("chat", { env: env() });
        await app.waitFor("balanced · main · $0.00 › ");
        expect(app.output, "the banner names the server").toContain(
          `Backend: an OpenAI-compatible server at ${api.baseURL} (key from OPENAI_API_KEY)`,
        );
        app.send("Tell me a long story #slow");
        const at = await app.waitFor(" word3");
        app.interrupt();
        const stopped = await app.waitFor("[stopped: the part you saw stays in the conversation", { from: at });
        await app.waitFor("balanced · main · ", { from: stopped });
        app.send("/history");
        const shown = await app.waitFor(/assistant: +word1 word2 word3[^\n]*\n/, { from: stopped });
        expect(app.output.slice(shown - 400, shown)).toContain("you: Tell me a long story #slow");
        expect(app.output, "the stopped reply did not run on to the end").not.toContain("word200");
        app.send("/usage");
        await app.waitFor(
          /1 stopped reply: about \d+ prompt \+ \d+ completion tokens[^\n]*\n[^\n]*billed but not reported/,
          { from: shown },
        );
        app.send("And now a short one");
        await app.waitFor("Hello from the fake API.", { from: shown });
        const answered = await app.waitFor("balanced · main · $", { from: shown });

        // Ctrl-C at the overwrite question only cancels the export.
        const existing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "workbook-chat-ctrl-c-")), "interrupted.json");
        fs.writeFileSync(existing, "original");
        app.send(`/export json ${existing}`);
        const asked = await app.waitFor("Overwrite it? [y/N] ", { from: answered });
        app.interrupt();
        const cancelled = await app.waitFor("Not saved.", { from: asked });
        app.send("/usage");
        await app.waitFor("completion tokens", { from: cancelled });
        await app.waitFor("balanced · main · $", { from: cancelled });
        expect(fs.readFileSync(existing, "utf8")).toBe("original");
        fs.rmSync(path.dirname(existing), { recursive: true, force: true });
        app.interrupt();
        const exit = await app.exited;
        expect(exit.code, app.output).toBe(0);
        expect(app.output).toMatch(/Bye\./);
        expect(app.output).not.toMatch(STACK_TRACE);
        const last = api.bodies.at(-1) as {
          messages: { role: string; content: string }[];
          temperature: number;
          top_p: number;
          stream: boolean;
        };
        expect(last.messages.map((m) => m.content)).toEqual([
          expect.stringContaining("terminal chat"),
          "Tell me a long story #slow",
          expect.stringMatching(/^ word1 word2 word3/),
          "And now a short one",
        ]);
        expect([last.temperature, last.top_p, last.stream]).toEqual([0.7, 0.85, true]);
      },
      TIMEOUT,
    );

    it(
      "a rejected key, a rate limit and a server error are explained, the key is never shown, and the chat goes on",
      async () => {
        const app = AppRun.start("chat", { env: env() });
        for (const line of ["First #401", "Second #429", "Third #500", "Fourth, fine", "/history", "/quit"])
          app.send(line);
        const exit = await app.exited;
        const out = app.output;
        expect(exit.code, out).toBe(0);
        expect(out).not.toMatch(STACK_TRACE);
        expect(out).toContain("The backend rejected the API key (401). Check OPENAI_API_KEY in .env");
        expect(out).toContain("Rate limited (429) even after the SDK's retries: wait 20 s and try again.");
        expect(out).toContain("The backend had a problem (500); try again in a moment.");
        expect(out, "the key never appears, not even the one the server echoed").not.toContain("secret-key-1234567890");
        expect(out).toContain("Hello from the fake API.");
        const history = out.slice(out.indexOf("› /history"));
        expect(history, "failed turns leave no trace in the conversation").not.toMatch(/#401|#429|#500/);
        expect(history).toContain("you: Fourth, fine");
      },
      TIMEOUT,
    );
  });

  it(
    "an unreachable server is explained",
    async () => {
      const baseURL = `http://127.0.0.1:${await closedPort()}/v1`;
      const app = AppRun.start("chat", {
        env: { WORKBOOK_BACKEND: "openai", OPENAI_BASE_URL: baseURL, OPENAI_API_KEY: "sk-test-unreachable-000" },
      });
      app.send("Anybody there?");
      app.send("/quit");
      const exit = await app.exited;
      expect(exit.code, app.output).toBe(0);
      expect(app.output).toContain(
        `Could not reach the backend at ${baseURL}. Is the server running, and is OPENAI_BASE_URL right?`,
      );
      expect(app.output).not.toMatch(STACK_TRACE);
    },
    TIMEOUT,
  );

  it(
    "--yours on an exercise that is not started says which file to open",
    async () => {
      const app = AppRun.start("chat", { args: ["--yours"] });
      app.end();
      const exit = await app.exited;
      expect(exit.code).toBe(1);
      expect(app.output).toContain("Open src/exercises/multi-mode-chat.ts, replace its todo() calls");
      expect(app.output).toContain("`npm run chat` (without --yours) runs the reference solution");
      expect(app.output).not.toMatch(STACK_TRACE);
    },
    TIMEOUT,
  );

  it(
    "a half-done implementation runs, and its todo() parts say so instead of crashing",
    async () => {
      const app = AppRun.start("chat", { args: ["--module", "test/cli/fixtures/partial-multi-mode-chat.ts"] });
      for (const line of ["Hello?", "/branch", "/usage", "/quit"]) app.send(line);
      const exit = await app.exited;
      expect(exit.code, app.output).toBe(0);
      expect(app.output).toMatch(/balanced · main · \$\? › Hello\?/);
      expect(app.output).toContain(
        "Not implemented yet in test/cli/fixtures/partial-multi-mode-chat.ts: Copy the current branch into a new one.",
      );
      expect(app.output).toContain(
        "Not implemented yet in test/cli/fixtures/partial-multi-mode-chat.ts: Add up response.usage",
      );
      expect(app.output).not.toMatch(STACK_TRACE);
    },
    TIMEOUT,
  );
});
