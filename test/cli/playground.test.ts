/** `npm run playground` driven like a learner drives it: scripted lines on stdin and Ctrl-C as SIGINT. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppRun, fakeApi, STACK_TRACE, type FakeApi } from "./harness";

const TIMEOUT = 180_000;

describe("npm run playground", () => {
  it(
    "a scripted session on the offline model: settings, a prompt with its finish_reason, usage and parameters",
    async () => {
      const app = AppRun.start("playground");
      for (const line of [
        "/show",
        "/set temperature 0.2",
        "/set temperature 9",
        "/set tempreature 1",
        "/set n 2",
        "/set max_completion_tokens 12",
        "/set seed 7",
        "/set stop END",
        "What is top_p?",
        "/set stop off",
        "What is top_p?",
        "/reset",
        "/help",
        "/bogus",
        "",
        "/quit",
      ]) {
        app.send(line);
      }
      const exit = await app.exited;
      const out = app.output;
      expect(exit.code, out).toBe(0);
      expect(out).not.toMatch(STACK_TRACE);
      expect(out).toContain("Parameter playground · reference solution (solutions/playground.ts)");
      expect(out).toContain("Backend: offline model, in process");
      expect(out).toMatch(/temperature +1 +\(a number from 0 to 2\)/);
      expect(out).toContain("temperature = 0.2 (was 1)");
      expect(out).toContain("temperature must be a number from 0 to 2 (you gave 9). Nothing changed.");
      expect(out).toMatch(/There is no setting "tempreature"\. The settings are: model, temperature/);
      expect(out, "the prompt shows the settings").toMatch(
        /\[gpt-6-luna t=0\.2 top_p=1 max=12 n=2\] playground › What is top_p\?/,
      );
      expect(out, "the default model refuses stop, and the app says so without leaving").toContain(
        "The backend refused the request (400, parameter stop): Unsupported parameter: 'stop' is not supported with this model.",
      );
      expect(out).toMatch(/── choice 1 of 2 · finish_reason: (stop|length)/);
      expect(out).toMatch(/── choice 2 of 2 · finish_reason: (stop|length)/);
      expect(out).toMatch(/usage: [\d,]+ prompt \+ [\d,]+ completion = [\d,]+ tokens · \$0\.0\d+ · [\d.]+ s/);
      expect(out).toContain(
        'parameters: model=gpt-6-luna reasoning_effort="none" temperature=0.2 top_p=1 max_completion_tokens=12 presence_penalty=0 frequency_penalty=0 n=2 seed=7',
      );
      expect(out).toContain("stop = off");
      expect(out).toContain("Parameters reset to their defaults (model stays gpt-6-luna).");
      expect(out).toMatch(/\[gpt-6-luna t=1 top_p=1 max=256 n=1\] playground › \/help/);
      expect(out).toContain("/set <setting> <value>");
      expect(out).toContain("Unknown command /bogus.");
      expect(out).toMatch(/Bye\.\n$/);
    },
    TIMEOUT,
  );

  describe("on an OpenAI-compatible server", () => {
    let api: FakeApi;
    beforeAll(async () => {
      api = await fakeApi();
    });
    afterAll(() => api.close());

    it(
      "backend failures are explained, and Ctrl-C at the prompt quits",
      async () => {
        const app = AppRun.start("playground", {
          env: {
            WORKBOOK_BACKEND: "openai",
            OPENAI_BASE_URL: api.baseURL,
            OPENAI_API_KEY: "sk-test-secret-key-1234567890",
          },
        });
        await app.waitFor("playground › ");
        expect(app.output).toContain(`Backend: an OpenAI-compatible server at ${api.baseURL}`);
        app.send("Try #401");
        app.send("Try #429");
        app.send("Try again, fine");
        const done = await app.waitFor("parameters: model=gpt-6-luna");
        await app.waitFor("playground › ", { from: done });
        app.interrupt();
        const exit = await app.exited;
        const out = app.output;
        expect(exit.code, out).toBe(0);
        expect(out).not.toMatch(STACK_TRACE);
        expect(out).toContain("The backend rejected the API key (401).");
        expect(out).toContain("Rate limited (429) even after the SDK's retries");
        expect(out).not.toContain("secret-key-1234567890");
        expect(out).toMatch(/choice 1 of 1 · finish_reason: stop[^\n]*\nHello from the fake API\./);
        expect(out).toContain("usage: 21 prompt + 5 completion = 26 tokens");
        expect(out).toMatch(/Bye\./);
        const sent = api.bodies.at(-1) as Record<string, unknown>;
        expect(sent).toMatchObject({
          temperature: 1,
          top_p: 1,
          max_completion_tokens: 256,
          presence_penalty: 0,
          frequency_penalty: 0,
          n: 1,
        });
        expect(sent).not.toHaveProperty("seed");
      },
      TIMEOUT,
    );
  });

  it(
    "--yours on an exercise that is not started says which file to open",
    async () => {
      const app = AppRun.start("playground", { args: ["--yours"] });
      app.end();
      const exit = await app.exited;
      expect(exit.code).toBe(1);
      expect(app.output).toContain("Open src/exercises/playground.ts, replace its todo() calls");
      expect(app.output).not.toMatch(STACK_TRACE);
    },
    TIMEOUT,
  );
});
