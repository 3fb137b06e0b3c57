import { HttpResponse } from "msw";
import OpenAI, { type APIError } from "openai";
import type { ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { describe, expect } from "vitest";
import { getStructuredResponse, robustCompletion } from "#exercises/advanced";
import { DEFAULT_MODEL, samplingOptions } from "../../src/api/catalog";
import { isNotStarted } from "../../src/workbook/todo";
import { exercise, task } from "../support/grading";
import {
  API,
  cancelSafeFetch,
  completion,
  onChatCompletions,
  replySequence,
  replyWith,
  replyWithError,
  requests,
  sentBodies,
  testClient,
  useMockServer,
  type ScriptedError,
} from "../support/server";

useMockServer();

const text = (content: unknown) => (typeof content === "string" ? content : JSON.stringify(content ?? ""));

/** The messages of the only request sent, checked to be there. */
function onlyRequest() {
  const bodies = sentBodies();
  expect(bodies.length, "getStructuredResponse sends exactly one request").toBe(1);
  return bodies[0];
}

const PARAMS: ChatCompletionCreateParamsNonStreaming = {
  model: DEFAULT_MODEL,
  messages: [{ role: "user", content: "Say hello." }],
  max_completion_tokens: 20,
};

/** An injected sleep that records the waits instead of waiting, and stops a loop that never ends. */
function recordedSleep() {
  const delays: number[] = [];
  const sleep = async (ms: number) => {
    delays.push(ms);
    if (delays.length > 20)
      throw new Error("robustCompletion waited more than 20 times: it must give up after maxRetries retries.");
  };
  return { delays, sleep };
}

/** Runs robustCompletion expecting it to throw; returns the error (fails the task if it resolves). */
async function expectFailure(promise: Promise<unknown>, what: string): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    if (isNotStarted(error)) throw error;
    return error;
  }
  expect.fail(`${what}: robustCompletion should have thrown the last error, but it returned a completion`);
}

const chatRequests = () => requests.filter((r) => r.url.endsWith("/chat/completions")).length;

exercise("advanced", () => {
  describe("step 1: getStructuredResponse", () => {
    task("getStructuredResponse sends a format instruction, then the prompt [format-instruction]", async () => {
      const words = { markdown: /markdown/i, bullet: /bullet/i, code: /\bcode\b/i } as const;
      for (const format of ["markdown", "bullet", "code"] as const) {
        replyWith(completion(`a ${format} reply`));
        const reply = await getStructuredResponse(testClient(), "List 3 Python best practices", format);
        const body = onlyRequest();
        const last = body.messages.at(-1);
        expect(last?.role, `${format}: the prompt goes last, as a user message`).toBe("user");
        expect(text(last?.content), `${format}: the user message is the prompt itself`).toBe(
          "List 3 Python best practices",
        );
        const instructions = body.messages.slice(0, -1).filter((m) => m.role === "system" || m.role === "developer");
        expect(
          instructions.length,
          `${format}: send the format instruction as a system message before the prompt`,
        ).toBeGreaterThan(0);
        expect(
          instructions.map((m) => text(m.content)).join(" "),
          `${format}: the instruction should name the format ("${words[format].source}")`,
        ).toMatch(words[format]);
        expect(
          (body.response_format as { type?: string } | undefined)?.type ?? "text",
          `${format}: only the json format uses JSON mode`,
        ).toBe("text");
        expect(reply, `${format}: return the reply's text`).toBe(`a ${format} reply`);
        requests.length = 0;
      }
    });

    task("getStructuredResponse asks for JSON mode and says JSON in the messages [json-mode]", async () => {
      replyWith(completion('{"practices": ["use virtual environments", "write tests", "follow PEP 8"]}'));
      const reply = await getStructuredResponse(testClient(), "List 3 Python best practices", "json");
      const body = onlyRequest();
      expect(body.response_format, 'json: send response_format { type: "json_object" } (JSON mode)').toEqual({
        type: "json_object",
      });
      expect(
        body.messages.map((m) => text(m.content)).join(" "),
        "json: JSON mode needs the word JSON somewhere in the messages, or the API answers 400 \"'messages' must contain the word 'json'\"",
      ).toMatch(/json/i);
      expect(text(body.messages.at(-1)?.content), "json: the prompt goes last, as the user message").toBe(
        "List 3 Python best practices",
      );
      expect(JSON.parse(reply), "json: return the reply's text, which parses as JSON").toEqual({
        practices: ["use virtual environments", "write tests", "follow PEP 8"],
      });
    });

    task("getStructuredResponse throws a clear error when the JSON reply is not valid [json-checked]", async () => {
      replyWith(completion("Sure! Here are three practices: 1. tests 2. typing 3. linting"));
      const error = await getStructuredResponse(testClient(), "List 3 Python best practices", "json").then(
        () => null,
        (e: unknown) => {
          if (isNotStarted(e)) throw e;
          return e;
        },
      );
      expect(error, "json: a reply that is not JSON must make getStructuredResponse throw").toBeInstanceOf(Error);
      expect((error as Error).message, "json: the error message should say the reply is not valid JSON").toMatch(
        /json/i,
      );
      replyWith(completion('{"practices": ["write tests", "use typ', { finishReason: "length" }));
      await expect(
        getStructuredResponse(testClient(), "List 3 Python best practices", "json"),
        "json: a reply cut off by the token limit is not valid JSON either",
      ).rejects.toThrow(/json/i);
    });

    task("getStructuredResponse uses the default model with a low temperature [low-temperature]", async () => {
      for (const format of ["json", "markdown"] as const) {
        replyWith(completion(format === "json" ? "{}" : "ok"));
        await getStructuredResponse(testClient(), "List 3 Python best practices", format);
        const body = onlyRequest();
        expect(
          body.model,
          `${format}: use DEFAULT_MODEL (${DEFAULT_MODEL}); it sent ${JSON.stringify(body.model)}`,
        ).toBe(DEFAULT_MODEL);
        expect(
          typeof body.temperature,
          `${format}: send a low temperature (0.3 is a good choice) so the reply keeps to the format`,
        ).toBe("number");
        expect(
          body.temperature as number,
          `${format}: the temperature should be low, 0.5 at most; it was ${body.temperature}`,
        ).toBeLessThanOrEqual(0.5);
        expect(
          body.reasoning_effort,
          `${format}: with a temperature, add ...samplingOptions(DEFAULT_MODEL) (reasoning_effort ${JSON.stringify(samplingOptions(DEFAULT_MODEL).reasoning_effort)})`,
        ).toBe(samplingOptions(DEFAULT_MODEL).reasoning_effort);
        requests.length = 0;
      }
    });

    task('getStructuredResponse returns "" when a reply has no text [empty-reply]', async () => {
      const empty = completion("");
      empty.choices[0]!.message.content = null;
      replyWith(empty);
      const reply = await getStructuredResponse(testClient(), "List 3 Python best practices", "markdown");
      expect(reply, 'markdown: when the reply\'s content is null, return "" (an empty string)').toBe("");
    });
  });

  describe("step 2: robustCompletion", () => {
    task("robustCompletion returns the first success without waiting [first-success]", async () => {
      const reply = completion("Hello!");
      replyWith(reply);
      const { delays, sleep } = recordedSleep();
      const result = await robustCompletion(testClient(), PARAMS, { sleep, random: () => 0.5 });
      expect(result.id, "return the ChatCompletion the API sent").toBe(reply.id);
      expect(chatRequests(), "a success on the first try is one request").toBe(1);
      expect(delays, "and no waiting").toEqual([]);
      expect(sentBodies()[0], "send the params as they were given").toMatchObject({
        model: DEFAULT_MODEL,
        messages: PARAMS.messages,
        max_completion_tokens: 20,
      });
    });

    task("robustCompletion retries a 429 and a 500, waiting longer each time [retries-429-500]", async () => {
      replySequence({ status: 429 }, { status: 500 }, completion("ok"));
      const { delays, sleep } = recordedSleep();
      const result = await robustCompletion(testClient(), PARAMS, { sleep, random: () => 0.5, baseDelayMs: 100 });
      expect(
        result.choices[0].message.content,
        "after a 429 and a 500, the third try succeeds and its completion is returned",
      ).toBe("ok");
      expect(chatRequests(), "three requests: two failures, one success").toBe(3);
      expect(delays, "waits are baseDelayMs * 2 ** attempt + random() * baseDelayMs: 100 + 50, then 200 + 50").toEqual([
        150, 250,
      ]);
    });

    task("robustCompletion doubles the wait: exponential backoff [backoff-doubles]", async () => {
      replyWithError({ status: 503 });
      const { delays, sleep } = recordedSleep();
      await expectFailure(
        robustCompletion(testClient(), PARAMS, { sleep, random: () => 0, baseDelayMs: 100, maxRetries: 4 }),
        "503 every time",
      );
      expect(delays, "with random() = 0 the waits are 100, 200, 400, 800 ms: each twice the one before").toEqual([
        100, 200, 400, 800,
      ]);
    });

    task("robustCompletion adds jitter: random() * baseDelayMs [jitter]", async () => {
      replyWithError({ status: 500 });
      const a = recordedSleep();
      await expectFailure(
        robustCompletion(testClient(), PARAMS, { sleep: a.sleep, random: () => 0.25, baseDelayMs: 200, maxRetries: 3 }),
        "500 every time",
      );
      expect(a.delays, "with random() = 0.25 and baseDelayMs 200 the waits are 200·2^k + 50: 250, 450, 850").toEqual([
        250, 450, 850,
      ]);
      const b = recordedSleep();
      await expectFailure(
        robustCompletion(testClient(), PARAMS, { sleep: b.sleep, random: () => 0.75, baseDelayMs: 200, maxRetries: 1 }),
        "500 every time",
      );
      expect(
        b.delays,
        "with random() = 0.75 the first wait is 200 + 150 = 350: use the random function you are given",
      ).toEqual([350]);
      const draws = [0.25, 0.75, 0.5];
      const c = recordedSleep();
      await expectFailure(
        robustCompletion(testClient(), PARAMS, {
          sleep: c.sleep,
          random: () => draws.shift() ?? 0,
          baseDelayMs: 200,
          maxRetries: 3,
        }),
        "500 every time",
      );
      expect(
        c.delays,
        "every wait draws its own jitter: with random() giving 0.25, then 0.75, then 0.5 the waits are 250, 550, 900",
      ).toEqual([250, 550, 900]);
    });

    task(
      "robustCompletion gives up after maxRetries retries and rethrows the last error [retries-then-rethrows]",
      async () => {
        replySequence(
          { status: 429 },
          { status: 500 },
          { status: 503 },
          { status: 502, message: "Bad gateway" },
          completion("too late"),
        );
        const { delays, sleep } = recordedSleep();
        const error = await expectFailure(
          robustCompletion(testClient(), PARAMS, { sleep, random: () => 0, baseDelayMs: 10, maxRetries: 3 }),
          "429, 500, 503, 502",
        );
        expect(chatRequests(), "maxRetries 3 means 1 try + 3 retries = 4 requests, then stop").toBe(4);
        expect(delays.length, "3 retries means 3 waits").toBe(3);
        expect(error, "rethrow the SDK's error, not a new one").toBeInstanceOf(OpenAI.APIError);
        expect((error as APIError).status, "rethrow the LAST error (here the 502)").toBe(502);
      },
    );

    task(
      "robustCompletion retries 3 times by default, and not at all with maxRetries 0 [default-retries]",
      async () => {
        replyWithError({ status: 500 });
        const first = recordedSleep();
        await expectFailure(
          robustCompletion(testClient(), PARAMS, { sleep: first.sleep, random: () => 0, baseDelayMs: 1 }),
          "500 every time",
        );
        expect(chatRequests(), "maxRetries defaults to 3: 4 requests in all").toBe(4);
        expect(first.delays, "default waits double from baseDelayMs: 1, 2, 4").toEqual([1, 2, 4]);
        requests.length = 0;
        const second = recordedSleep();
        await expectFailure(
          robustCompletion(testClient(), PARAMS, { sleep: second.sleep, maxRetries: 0 }),
          "500 with maxRetries 0",
        );
        expect(chatRequests(), "maxRetries 0: one request, no retry").toBe(1);
        expect(second.delays, "maxRetries 0: no waiting").toEqual([]);
      },
    );

    task("robustCompletion waits 500 ms · 2^attempt by default [default-delay]", async () => {
      replyWithError({ status: 500 });
      const { delays, sleep } = recordedSleep();
      await expectFailure(
        robustCompletion(testClient(), PARAMS, { sleep, random: () => 0, maxRetries: 2 }),
        "500 every time",
      );
      expect(delays, "baseDelayMs defaults to 500: waits of 500 and 1000 ms").toEqual([500, 1000]);
    });

    task(
      "robustCompletion never retries a 400 or a 401 (or another 4xx): they would fail again [no-retry-4xx]",
      async () => {
        const cases: ScriptedError[] = [
          { status: 400 },
          { status: 401 },
          { status: 404 },
          { status: 422, message: "Unprocessable" },
        ];
        for (const scripted of cases) {
          replyWithError(scripted);
          const { delays, sleep } = recordedSleep();
          const error = await expectFailure(
            robustCompletion(testClient(), PARAMS, { sleep, random: () => 0, baseDelayMs: 1 }),
            `a ${scripted.status}`,
          );
          expect(
            chatRequests(),
            `a ${scripted.status} is the request's fault, not bad luck: one request, no retry`,
          ).toBe(1);
          expect(delays, `a ${scripted.status}: no waiting`).toEqual([]);
          expect((error as APIError).status, `rethrow the ${scripted.status} at once`).toBe(scripted.status);
          requests.length = 0;
        }
      },
    );

    task("robustCompletion retries 408, 409 and server errors [retries-408-409-5xx]", async () => {
      replySequence(
        { status: 408, message: "Request timed out." },
        { status: 409, message: "Conflict" },
        { status: 502, message: "Bad gateway" },
        completion("finally"),
      );
      const { sleep } = recordedSleep();
      const result = await robustCompletion(testClient(), PARAMS, { sleep, random: () => 0, baseDelayMs: 1 });
      expect(
        result.choices[0].message.content,
        "408 (timeout), 409 (conflict) and 502 are worth retrying: the 4th request succeeds",
      ).toBe("finally");
      expect(chatRequests(), "four requests").toBe(4);
    });

    task("robustCompletion retries a lost connection [retries-lost-connection]", async () => {
      let call = 0;
      onChatCompletions(() => (++call === 1 ? HttpResponse.error() : HttpResponse.json(completion("reconnected"))));
      const { delays, sleep } = recordedSleep();
      const result = await robustCompletion(testClient(), PARAMS, { sleep, random: () => 0, baseDelayMs: 10 });
      expect(
        result.choices[0].message.content,
        "a connection error (OpenAI.APIConnectionError) is worth retrying",
      ).toBe("reconnected");
      expect(delays, "one wait of baseDelayMs before the second try").toEqual([10]);
    });

    task("robustCompletion honours retry-after-ms and retry-after [retry-after]", async () => {
      replySequence({ status: 429, headers: { "retry-after": "2" } }, completion("ok"));
      const a = recordedSleep();
      await robustCompletion(testClient(), PARAMS, { sleep: a.sleep, random: () => 0.5, baseDelayMs: 100 });
      expect(a.delays, "the server said retry-after: 2 (seconds): wait exactly 2000 ms").toEqual([2000]);
      replySequence(
        { status: 503, headers: { "retry-after-ms": "750" } },
        { status: 429, headers: { "retry-after": "0.5" } },
        completion("ok"),
      );
      const b = recordedSleep();
      await robustCompletion(testClient(), PARAMS, { sleep: b.sleep, random: () => 0.5, baseDelayMs: 100 });
      expect(b.delays, "retry-after-ms: 750 means 750 ms; retry-after: 0.5 means 500 ms").toEqual([750, 500]);
      replySequence({ status: 429, headers: { "retry-after-ms": "300", "retry-after": "1" } }, completion("ok"));
      const c = recordedSleep();
      await robustCompletion(testClient(), PARAMS, { sleep: c.sleep, random: () => 0.5, baseDelayMs: 100 });
      expect(
        c.delays,
        "with both headers, retry-after-ms (300) is the more precise one and wins over retry-after (1 s)",
      ).toEqual([300]);
    });

    task(
      "robustCompletion rethrows an insufficient_quota 429 at once: no credit is not a busy server [no-retry-quota]",
      async () => {
        replyWithError({
          status: 429,
          message: "You exceeded your current quota, please check your plan and billing details.",
          type: "insufficient_quota",
          code: "insufficient_quota",
        });
        const { delays, sleep } = recordedSleep();
        const error = await expectFailure(
          robustCompletion(testClient(), PARAMS, { sleep, random: () => 0, baseDelayMs: 1 }),
          "an insufficient_quota 429",
        );
        expect(
          chatRequests(),
          "a 429 with code insufficient_quota lasts until someone pays: one request, no retry",
        ).toBe(1);
        expect(delays, "insufficient_quota: no waiting").toEqual([]);
        expect((error as APIError).code, "rethrow the insufficient_quota error itself").toBe("insufficient_quota");
      },
    );

    task(
      "robustCompletion honours a server wait only from 0 to 60 s, and uses its backoff for a longer one [retry-after-cap]",
      async () => {
        replySequence(
          { status: 429, headers: { "retry-after": "120" } },
          { status: 503, headers: { "retry-after-ms": "60000" } },
          { status: 429, headers: { "retry-after": "0" } },
          completion("ok"),
        );
        const { delays, sleep } = recordedSleep();
        await robustCompletion(testClient(), PARAMS, { sleep, random: () => 0.5, baseDelayMs: 100 });
        expect(
          delays,
          "retry-after: 120 is more than a minute: use the backoff instead (100 + 50 ms); retry-after-ms: 60000 is exactly a minute: wait it; retry-after: 0 means retry at once (0 ms)",
        ).toEqual([150, 60_000, 0]);

        requests.length = 0;
        replySequence(
          { status: 429, headers: { "retry-after": "-5" } },
          { status: 503, headers: { "retry-after": "soon" } },
          completion("ok"),
        );
        const odd = recordedSleep();
        await robustCompletion(testClient(), PARAMS, { sleep: odd.sleep, random: () => 0.5, baseDelayMs: 100 });
        expect(
          odd.delays,
          'a negative retry-after ("-5") or one that is not a number ("soon") asks for no usable wait: use the backoff (100 + 50 ms, then 200 + 50 ms)',
        ).toEqual([150, 250]);
      },
    );

    task(
      "robustCompletion turns the SDK's own retries off: one request per attempt, even with a default client [sdk-retries-off]",
      async () => {
        // A client as a learner makes one: the SDK's default of 2 retries of its own. The short
        // retry-after-ms keeps the SDK (if it does retry) from sleeping long.
        const defaultClient = new OpenAI({ apiKey: "sk-test-0000000000000000", baseURL: API, fetch: cancelSafeFetch });
        replyWithError({ status: 500, headers: { "retry-after-ms": "1" } });
        const { sleep } = recordedSleep();
        await expectFailure(
          robustCompletion(defaultClient, PARAMS, { sleep, random: () => 0, baseDelayMs: 1, maxRetries: 2 }),
          "500 every time",
        );
        expect(
          chatRequests(),
          "with maxRetries 2 there should be 3 requests; the SDK's own retries multiplied them: pass { maxRetries: 0 } as the second argument of create()",
        ).toBe(3);
      },
    );
  });
});
