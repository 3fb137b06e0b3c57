import { describe, expect } from "vitest";
import { HttpResponse } from "msw";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { MODES, MultiModeChatApp } from "#exercises/multi-mode-chat";
import { DEFAULT_MODEL, getModel, samplingOptions } from "../../src/api/catalog";
import { contentText, countMessageTokens } from "../../src/api/tokens";
import { exercise, task } from "../support/grading";
import {
  completion,
  onChatCompletions,
  replyWith,
  replyWithError,
  replyWithStream,
  sentBodies,
  streamChunks,
  testClient,
  useMockServer,
} from "../support/server";

useMockServer();

const show = (x: unknown) => JSON.stringify(x);
const SYSTEM = "You are a friendly tutor.";
const system: ChatCompletionMessageParam = { role: "system", content: SYSTEM };
const user = (content: string): ChatCompletionMessageParam => ({ role: "user", content });
const assistant = (content: string): ChatCompletionMessageParam => ({ role: "assistant", content });

/** Replies "Reply N" to the Nth request, with the given usage. */
function numberedReplies(usage?: { prompt_tokens: number; completion_tokens: number }) {
  replyWith((_body, call) => completion(`Reply ${call}`, usage ? { usage } : {}));
}

/** Every message of every branch, by switching through them; ends on `back`. */
function allBranches(app: MultiModeChatApp, back: string): Record<string, ChatCompletionMessageParam[]> {
  const out: Record<string, ChatCompletionMessageParam[]> = {};
  for (const id of app.branches) {
    app.switchBranch(id);
    out[id] = app.messages;
  }
  app.switchBranch(back);
  return out;
}

/** What a request to `model` should send for a mode: its temperature and top_p, and the effort the model needs for them. */
const modeFields = (mode: keyof typeof MODES, model = DEFAULT_MODEL) => ({
  ...MODES[mode],
  reasoning_effort: samplingOptions(model).reasoning_effort,
});
const sentModeFields = (b: { temperature?: unknown; top_p?: unknown; reasoning_effort?: unknown }) => ({
  temperature: b.temperature,
  top_p: b.top_p,
  reasoning_effort: b.reasoning_effort,
});

/** USD for these tokens at `model`'s catalog prices (per 1M tokens). */
const priced = (model: string, prompt: number, completionTokens: number) =>
  (prompt * getModel(model).price.input + completionTokens * getModel(model).price.output) / 1_000_000;

/** Every string and number in a JSON value, however it is laid out. */
function leaves(value: unknown): (string | number)[] {
  if (typeof value === "string" || typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === "object") return [...Object.keys(value), ...Object.values(value).flatMap(leaves)];
  return [];
}

exercise("multi-mode-chat", () => {
  describe("step 1: the constructor and the modes", () => {
    task("starts in balanced mode, and setMode switches between the three modes [starts-balanced]", () => {
      const app = new MultiModeChatApp(testClient());
      expect(app.mode, `a new app should be in mode "balanced"; got ${show(app.mode)}`).toBe("balanced");
      for (const mode of ["creative", "precise", "balanced"]) {
        app.setMode(mode);
        expect(app.mode, `after setMode("${mode}"), mode should be "${mode}"; got ${show(app.mode)}`).toBe(mode);
      }
    });

    task("setMode refuses an unknown mode, names the valid ones and keeps the mode [set-mode-unknown]", () => {
      const app = new MultiModeChatApp(testClient());
      app.setMode("precise");
      let error: unknown;
      try {
        app.setMode("turbo");
      } catch (e) {
        error = e;
      }
      expect(
        error,
        'setMode("turbo") should throw an Error: "turbo" is not a mode, and accepting it silently hides the typo',
      ).toBeInstanceOf(Error);
      for (const mode of ["creative", "precise", "balanced"]) {
        expect(
          (error as Error).message,
          `the error should name the valid modes (missing "${mode}"); got ${show((error as Error).message)}`,
        ).toContain(mode);
      }
      expect(app.mode, "after a refused setMode, the mode should stay what it was (precise)").toBe("precise");
      expect(
        () => app.setMode("Creative"),
        'setMode("Creative") should throw too: the modes are the names in MODES, exactly as written there',
      ).toThrow(Error);
      expect(app.mode, "after a refused setMode, the mode should stay what it was (precise)").toBe("precise");
    });
  });

  describe("step 2: chat and history", () => {
    task(
      "chat keeps the history: the system message first, then every turn, sent with the model [history]",
      async () => {
        numberedReplies();
        const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
        expect(await app.chat("Hi!"), "chat() should return the reply's text").toBe("Reply 1");
        await app.chat("And then?");
        const [, second] = sentBodies();
        expect(
          second?.model,
          `without a model option, requests should use DEFAULT_MODEL (${DEFAULT_MODEL}); got ${show(second?.model)}`,
        ).toBe(DEFAULT_MODEL);
        expect(
          second?.messages,
          `the second request should carry the whole conversation; it sent ${show(second?.messages)}`,
        ).toEqual([system, user("Hi!"), assistant("Reply 1"), user("And then?")]);
        expect(
          app.messages,
          `messages should be the conversation, system message first; got ${show(app.messages)}`,
        ).toEqual([system, user("Hi!"), assistant("Reply 1"), user("And then?"), assistant("Reply 2")]);
        const other = new MultiModeChatApp(testClient(), { model: "gpt-4.1-mini" });
        await other.chat("Hello");
        expect(
          sentBodies().at(-1)?.model,
          `with { model: "gpt-4.1-mini" }, requests should use that model; got ${show(sentBodies().at(-1)?.model)}`,
        ).toBe("gpt-4.1-mini");
      },
    );

    task("without a systemMessage option there is no system message [no-system]", async () => {
      numberedReplies();
      const app = new MultiModeChatApp(testClient());
      expect(app.messages, "without a systemMessage option, messages should start empty (no system message)").toEqual(
        [],
      );
      await app.chat("Hi!");
      expect(
        sentBodies()[0]?.messages,
        `without a systemMessage option, the request should carry only the turns; it sent ${show(sentBodies()[0]?.messages)}`,
      ).toEqual([user("Hi!")]);
    });

    task("every request carries the current mode's temperature and top_p [mode-parameters]", async () => {
      numberedReplies();
      const app = new MultiModeChatApp(testClient());
      await app.chat("Hello");
      app.setMode("precise");
      await app.chat("What is 2 + 2?");
      app.setMode("creative");
      await app.chat("Write a limerick.");
      const sent = sentBodies().map(sentModeFields);
      expect(
        sent,
        `the three requests should carry balanced, precise, then creative parameters (MODES, plus ...samplingOptions(model)); they carried ${show(sent)}`,
      ).toEqual([modeFields("balanced"), modeFields("precise"), modeFields("creative")]);
    });

    task("a failed request leaves the conversation as it was [failed-request]", async () => {
      numberedReplies();
      const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
      await app.chat("Hi!");
      const before = app.messages;
      replyWithError({ status: 500 });
      await expect(app.chat("Still there?"), "chat() should reject when the API fails").rejects.toThrow();
      expect(
        app.messages,
        `after a failed request, messages should be what they were; got ${show(app.messages)}`,
      ).toEqual(before);
    });

    task("messages is a copy: changing it does not change the conversation [messages-copy]", async () => {
      numberedReplies();
      const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
      await app.chat("One");
      const messages = app.messages;
      messages.push(user("sneaky edit"));
      messages[1] = user("rewritten");
      expect(
        app.messages.length,
        "changing the array that `messages` returned must not change the app's history (return a copy)",
      ).toBe(3);
      expect(app.messages[1], "replacing an element of the returned array must not change the app's history").toEqual(
        user("One"),
      );
      expect(contentText(app.messages.at(-1)!.content), "the last message should still be the reply").toBe("Reply 1");
    });
  });

  describe("step 3: streaming", () => {
    task("streaming and non-streaming give the same reply and the same history [stream-history]", async () => {
      replyWith(completion("Tokens are pieces of text."));
      const plain = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
      const plainReply = await plain.chat("What is a token?");

      replyWithStream(
        streamChunks(["Tokens", " are", " pieces", null, " of text."], {
          usage: { prompt_tokens: 20, completion_tokens: 6, total_tokens: 26 },
        }),
      );
      const streamed = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
      const pieces: string[] = [];
      const streamedReply = await streamed.chat("What is a token?", { stream: true, onDelta: (t) => pieces.push(t) });

      const body = sentBodies()[1];
      expect(body?.stream, "chat(input, { stream: true }) should send stream: true").toBe(true);
      expect(sentModeFields(body ?? {}), "a streamed request should carry the mode's parameters too").toEqual(
        modeFields("balanced"),
      );
      expect(
        pieces.every((p) => typeof p === "string"),
        `onDelta should get strings only (a chunk with delta.content null carries no text); got ${show(pieces)}`,
      ).toBe(true);
      expect(
        pieces.filter((p) => p !== ""),
        `onDelta should get every piece of text, in order, as it arrives (an empty piece may be passed on or skipped); got ${show(pieces)}`,
      ).toEqual(["Tokens", " are", " pieces", " of text."]);
      expect(streamedReply, "the streamed chat() should return the whole text, like the plain one").toBe(plainReply);
      expect(
        streamed.messages,
        `streaming should leave exactly the same history as a plain request; got ${show(streamed.messages)}`,
      ).toEqual(plain.messages);
    });

    task("without streaming, onDelta gets the whole reply once [on-delta-plain]", async () => {
      replyWith(completion("All at once."));
      const app = new MultiModeChatApp(testClient());
      const pieces: string[] = [];
      await app.chat("Hello", { onDelta: (t) => pieces.push(t) });
      expect(sentBodies()[0]?.stream, "without stream: true, the request should not stream").not.toBe(true);
      expect(
        pieces,
        `without streaming, onDelta should be called once with the whole reply; it got ${show(pieces)}`,
      ).toEqual(["All at once."]);
    });

    task(
      "a stream stopped with the signal keeps the text that arrived; stopped before any text, nothing changes [stop-keeps-text]",
      async () => {
        const controller = new AbortController();
        const encoder = new TextEncoder();
        const sse = (c: unknown) => encoder.encode(`data: ${JSON.stringify(c)}\n\n`);
        const chunks = streamChunks(["Once", " upon", " a time"]);
        onChatCompletions(({ request }) => {
          const body = new ReadableStream<Uint8Array>({
            start(stream) {
              for (const c of chunks.slice(0, 3)) stream.enqueue(sse(c));
              // Like a real connection: when the request's signal aborts, reading the body fails.
              request.signal.addEventListener("abort", () =>
                stream.error(new DOMException("This operation was aborted", "AbortError")),
              );
              // The rest comes after the stop, or after 1.5 s: only an app that did not pass the signal reads it.
              void (async () => {
                for (let waited = 0; waited < 1500 && !controller.signal.aborted; waited += 10)
                  await new Promise((r) => setTimeout(r, 10));
                await new Promise((r) => setTimeout(r, 50));
                try {
                  for (const c of chunks.slice(3)) stream.enqueue(sse(c));
                  stream.enqueue(encoder.encode("data: [DONE]\n\n"));
                  stream.close();
                } catch {
                  // The reader cancelled the body: nothing more to send.
                }
              })();
            },
          });
          return new HttpResponse(body, { headers: { "content-type": "text/event-stream" } });
        });
        const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
        let seen = "";
        const reply = await app.chat("Tell me a story.", {
          stream: true,
          signal: controller.signal,
          onDelta: (t) => {
            seen += t;
            if (seen === "Once upon") controller.abort();
          },
        });
        expect(
          reply,
          `aborting the signal after "Once upon" should stop the reply there (pass the signal to create(body, { signal })); chat() returned ${show(reply)}`,
        ).toBe("Once upon");
        expect(
          app.messages,
          `the text that arrived before the stop should stay as the reply; messages are ${show(app.messages)}`,
        ).toEqual([system, user("Tell me a story."), assistant("Once upon")]);

        const early = new AbortController();
        early.abort();
        replyWithStream(streamChunks(["Never", " seen"]));
        await expect(
          app.chat("Another one?", { stream: true, signal: early.signal }),
          "a stream stopped before any text arrived should reject, like a failed request",
        ).rejects.toThrow();
        expect(
          app.messages,
          `stopped before any text, the conversation should be as it was; messages are ${show(app.messages)}`,
        ).toEqual([system, user("Tell me a story."), assistant("Once upon")]);
      },
    );
  });

  describe("step 4: usage, cost and the context budget", () => {
    task("usage starts at zero and adds up the tokens the API reported [usage-totals]", async () => {
      replyWith(completion("Short.", { usage: { prompt_tokens: 1200, completion_tokens: 800 } }));
      const app = new MultiModeChatApp(testClient());
      expect(app.usage, "a new app has used nothing yet").toEqual({ promptTokens: 0, completionTokens: 0, costUsd: 0 });
      await app.chat("Hello");
      await app.chat("Again");
      expect(
        { promptTokens: app.usage.promptTokens, completionTokens: app.usage.completionTokens },
        `usage should add up what the API reported (2 × 1200 prompt, 2 × 800 completion tokens), not your own count; got ${show(app.usage)}`,
      ).toEqual({ promptTokens: 2400, completionTokens: 1600 });
      replyWith(
        completion("Short.", {
          usage: {
            prompt_tokens: 100,
            completion_tokens: 300,
            completion_tokens_details: {
              reasoning_tokens: 250,
              audio_tokens: 0,
              accepted_prediction_tokens: 0,
              rejected_prediction_tokens: 0,
            },
          },
        }),
      );
      await app.chat("And a reasoning model?");
      expect(
        app.usage.completionTokens,
        `completion_tokens as reported (300) already holds the 250 hidden reasoning tokens, which are billed: add it as it is; got ${app.usage.completionTokens - 1600}`,
      ).toBe(1900);
    });

    task("usage prices the tokens per 1M from the catalog [usage-cost]", async () => {
      replyWith(completion("Short.", { usage: { prompt_tokens: 1200, completion_tokens: 800 } }));
      const app = new MultiModeChatApp(testClient());
      await app.chat("Hello");
      await app.chat("Again");
      const expected = priced(DEFAULT_MODEL, 2400, 1600);
      expect(
        app.usage.costUsd,
        `costUsd should be $${expected} (${DEFAULT_MODEL}'s prices are per 1M tokens: use costUsd() from the catalog); got ${app.usage.costUsd}`,
      ).toBeCloseTo(expected, 12);

      replyWith(completion("Short.", { usage: { prompt_tokens: 1000, completion_tokens: 500 } }));
      const other = new MultiModeChatApp(testClient(), { model: "gpt-4.1" });
      await other.chat("Hello");
      const expected41 = priced("gpt-4.1", 1000, 500);
      expect(
        other.usage.costUsd,
        `with model gpt-4.1 the cost should be $${expected41} (its own prices); got ${other.usage.costUsd}`,
      ).toBeCloseTo(expected41, 12);
    });

    task("a model the catalog does not know adds its tokens and no cost [usage-unknown-model]", async () => {
      replyWith(completion("Short.", { usage: { prompt_tokens: 1000, completion_tokens: 500 } }));
      const local = new MultiModeChatApp(testClient(), { model: "llama3.2" });
      await expect(
        local.chat("Hello"),
        "a model the catalog does not know (a local server) should still chat",
      ).resolves.toBe("Short.");
      expect(
        local.usage,
        `a model the catalog does not know adds its tokens and no cost; got ${show(local.usage)}`,
      ).toEqual({ promptTokens: 1000, completionTokens: 500, costUsd: 0 });
    });

    task("a streamed request asks for usage and counts the usage of the last chunk [stream-usage]", async () => {
      replyWithStream(
        streamChunks(["Tokens", " are", " pieces."], {
          usage: { prompt_tokens: 20, completion_tokens: 6, total_tokens: 26 },
        }),
      );
      const app = new MultiModeChatApp(testClient());
      await app.chat("What is a token?", { stream: true });
      const body = sentBodies()[0];
      expect(
        body?.stream_options,
        `a streamed request should ask for usage: stream_options: { include_usage: true }; it sent ${show(body?.stream_options)}`,
      ).toEqual({
        include_usage: true,
      });
      expect(
        { promptTokens: app.usage.promptTokens, completionTokens: app.usage.completionTokens },
        `the usage of a streamed reply comes from its last chunk (20 prompt, 6 completion tokens); got ${show(app.usage)}`,
      ).toEqual({ promptTokens: 20, completionTokens: 6 });
    });

    task(
      "every request fits in maxContextTokens, with the system message first and the newest question last [context-budget]",
      async () => {
        const long = (n: number) =>
          `Reply ${n}: ` +
          "context windows are measured in tokens and every token of history is paid again. ".repeat(4);
        replyWith((_body, call) => completion(long(call)));
        const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM, maxContextTokens: 250 });
        for (let i = 1; i <= 8; i++) await app.chat(`Question ${i}: tell me more.`);
        const bodies = sentBodies();
        expect(bodies.length, "eight chat() calls should send eight requests").toBe(8);
        bodies.forEach((body, i) => {
          const tokens = countMessageTokens(body.messages, DEFAULT_MODEL);
          expect(
            tokens,
            `request ${i + 1} had ${tokens} prompt tokens, more than maxContextTokens (250): send only the newest messages that fit`,
          ).toBeLessThanOrEqual(250);
          expect(
            body.messages[0],
            `request ${i + 1} should start with the system message; it started with ${show(body.messages[0])}`,
          ).toEqual(system);
          expect(body.messages.at(-1), `request ${i + 1} should end with the newest question`).toEqual(
            user(`Question ${i + 1}: tell me more.`),
          );
        });
        expect(
          bodies.at(-1)!.messages.length,
          "the last request should still carry some earlier turns that fit, not only the new question",
        ).toBeGreaterThan(2);
        expect(
          app.messages.length,
          "the history itself should keep every turn (1 system message + 16 turns): only the requests are trimmed",
        ).toBe(17);

        replyWith((_body, call) => completion(long(call)));
        const roomy = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
        for (let i = 1; i <= 8; i++) await roomy.chat(`Question ${i}: tell me more.`);
        expect(
          sentBodies().at(-1)!.messages.length,
          "with the default maxContextTokens (4000), the eighth request should carry the whole conversation",
        ).toBe(16);
      },
    );
  });

  describe("step 5: regenerate", () => {
    task("regenerate replaces the last reply instead of adding one [regenerate-replaces]", async () => {
      numberedReplies();
      const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
      await app.chat("Name a robot cat.");
      app.setMode("creative");
      const again = await app.regenerate();
      expect(again, "regenerate() should return the new reply").toBe("Reply 2");
      expect(
        app.messages,
        `after regenerate(), the new reply should replace the old one; messages are ${show(app.messages)}`,
      ).toEqual([system, user("Name a robot cat."), assistant("Reply 2")]);
      const request = sentBodies().at(-1)!;
      expect(
        request.messages,
        `the regenerate request must not contain the old reply; it sent ${show(request.messages)}`,
      ).toEqual([system, user("Name a robot cat.")]);
      expect(sentModeFields(request), "regenerate() should use the current mode (creative)").toEqual(
        modeFields("creative"),
      );
    });

    task(
      "regenerate throws when there is no reply yet, and a failed regenerate keeps the old reply [regenerate-edges]",
      async () => {
        numberedReplies();
        const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
        await expect(
          app.regenerate(),
          "regenerate() before any reply should throw: there is nothing to regenerate",
        ).rejects.toThrow();
        expect(sentBodies().length, "regenerate() with nothing to regenerate should send no request").toBe(0);
        await app.chat("Name a robot cat.");
        replyWithError({ status: 500 });
        await expect(app.regenerate(), "regenerate() should reject when its request fails").rejects.toThrow();
        expect(
          app.messages,
          `after a failed regenerate(), the old reply should be back in place; messages are ${show(app.messages)}`,
        ).toEqual([system, user("Name a robot cat."), assistant("Reply 1")]);
      },
    );

    task(
      "regenerate takes chat()'s options: it streams when asked and counts its usage [regenerate-options]",
      async () => {
        replyWith(completion("Reply 1", { usage: { prompt_tokens: 30, completion_tokens: 5 } }));
        const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
        await app.chat("Name a robot cat.");
        replyWithStream(
          streamChunks(["Whisker", "bot"], { usage: { prompt_tokens: 30, completion_tokens: 7, total_tokens: 37 } }),
        );
        const pieces: string[] = [];
        const again = await app.regenerate({ stream: true, onDelta: (t) => pieces.push(t) });
        const request = sentBodies().at(-1)!;
        expect(request.stream, "regenerate({ stream: true }) should send stream: true").toBe(true);
        expect(
          pieces.filter((p) => p !== ""),
          `regenerate({ stream: true, onDelta }) should pass each piece on as it arrives; got ${show(pieces)}`,
        ).toEqual(["Whisker", "bot"]);
        expect(again, "and return the whole new reply").toBe("Whiskerbot");
        expect(
          { promptTokens: app.usage.promptTokens, completionTokens: app.usage.completionTokens },
          "the regenerate request's usage counts like any other: 30 + 30 prompt tokens, 5 + 7 completion tokens",
        ).toEqual({ promptTokens: 60, completionTokens: 12 });
      },
    );
  });

  describe("step 6: branches", () => {
    task(
      "branch forks the conversation and switches to it; switchBranch moves between branches [branch-fork]",
      async () => {
        numberedReplies();
        const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
        expect(app.branches, `a new app should have one branch, "main"; got ${show(app.branches)}`).toEqual(["main"]);
        await app.chat("Question one");
        const id = app.branch();
        expect(typeof id, "branch() should return the new branch's id (a string)").toBe("string");
        expect(app.branches, `branches should be ["main", "${id}"]; got ${show(app.branches)}`).toEqual(["main", id]);
        expect(app.messages, "a new branch starts with the conversation so far").toEqual([
          system,
          user("Question one"),
          assistant("Reply 1"),
        ]);
        await app.chat("On the branch");
        app.switchBranch("main");
        expect(app.messages, 'after switchBranch("main"), messages should be main\'s').toEqual([
          system,
          user("Question one"),
          assistant("Reply 1"),
        ]);
        const second = app.branch();
        expect(new Set(app.branches).size, `branch ids should be unique; got ${show(app.branches)}`).toBe(3);
        expect(app.branches[0], 'the first branch should stay "main"').toBe("main");
        expect(app.branches, "every branch should be listed").toContain(second);
        app.switchBranch(id);
        expect(contentText(app.messages.at(-2)!.content), `switchBranch("${id}") should move back to ${id}`).toBe(
          "On the branch",
        );
        expect(() => app.switchBranch("no-such-branch"), "switchBranch() with an unknown id should throw").toThrow();
        expect(
          contentText(app.messages.at(-2)!.content),
          "a refused switchBranch() should stay on the current branch",
        ).toBe("On the branch");
      },
    );

    task("later turns and regenerated replies stay on their own branch [branch-isolated]", async () => {
      numberedReplies();
      const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
      await app.chat("Question one");
      const id = app.branch();
      await app.chat("Only on the branch");
      await app.regenerate();
      app.switchBranch("main");
      expect(
        app.messages,
        `main must not see what happened on ${id} (a new turn and a regenerated reply); main is ${show(app.messages)}`,
      ).toEqual([system, user("Question one"), assistant("Reply 1")]);
      await app.regenerate();
      await app.chat("Only on main");
      app.switchBranch(id);
      expect(app.messages, `${id} must not see what happened on main later; ${id} is ${show(app.messages)}`).toEqual([
        system,
        user("Question one"),
        assistant("Reply 1"),
        user("Only on the branch"),
        assistant("Reply 3"),
      ]);
    });
  });

  describe("step 7: export", () => {
    task(
      "the JSON export holds every branch, the current branch, the mode, the model, the settings and the usage [export-json]",
      async () => {
        replyWith((_body, call) =>
          completion(`Reply ${call}`, { usage: { prompt_tokens: 100 * call, completion_tokens: 10 * call } }),
        );
        const app = new MultiModeChatApp(testClient(), {
          systemMessage: SYSTEM,
          model: "gpt-4.1-mini",
          maxContextTokens: 3000,
        });
        await app.chat("First question");
        app.setMode("creative");
        const fork = app.branch();
        await app.chat("On the fork");
        app.setMode("precise");

        const json = app.exportConversation("json");
        let data: unknown;
        expect(() => (data = JSON.parse(json)), 'exportConversation("json") should return valid JSON').not.toThrow();
        expect(json, "the export must never contain the API key").not.toContain("sk-test-0000000000000000");
        expect(app.exportConversation("markdown"), "the Markdown export must never contain the API key").not.toContain(
          "sk-test-0000000000000000",
        );
        const found = leaves(data);
        for (const [what, value] of [
          ["the model", "gpt-4.1-mini"],
          ["the system message", SYSTEM],
          ["main's id", "main"],
          [`the fork's id`, fork],
          ["the question on main", "First question"],
          ["the question on the fork", "On the fork"],
          ["the reply on the fork", "Reply 2"],
          ["maxContextTokens", 3000],
        ] as const) {
          expect(found, `the JSON export should contain ${what} (${show(value)})`).toContain(value);
        }
        const top = data as Record<string, unknown>;
        expect(
          top.mode,
          `the JSON export should have a top-level "mode" with the mode's name ("precise"); it has ${show(top.mode)}`,
        ).toBe("precise");
        expect(
          top.usage,
          `the JSON export should have a top-level "usage" as app.usage returns it; it has ${show(top.usage)}`,
        ).toEqual(app.usage);
        const roles = found.filter((v) => v === "role").length;
        expect(
          roles,
          'each message in the JSON export should be the API\'s { role, content }: there should be a "role" for each of the 5 messages of the two branches (2 on main, 3 more on the fork) or more',
        ).toBeGreaterThanOrEqual(5);
      },
    );

    task(
      "a Markdown export shows the conversation, the mode, the branches and the usage [export-markdown]",
      async () => {
        numberedReplies({ prompt_tokens: 120, completion_tokens: 30 });
        const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
        app.setMode("creative");
        await app.chat("What is top_p?");
        const fork = app.branch();
        await app.chat("Give me an example.");
        const md = app.exportConversation("markdown");
        for (const text of ["What is top_p?", "Reply 1", "Give me an example.", "Reply 2", SYSTEM]) {
          expect(
            md,
            `the Markdown export should contain every message of the current branch (missing "${text}")`,
          ).toContain(text);
        }
        expect(md, "the Markdown export should say the mode (creative)").toContain("creative");
        expect(md, `the Markdown export should name the branches (main and ${fork})`).toContain(fork);
        expect(md, "the Markdown export should name the branches (main)").toContain("main");
        expect(md, "the Markdown export should give the usage (240 prompt tokens)").toMatch(/240/);
      },
    );

    task("an export format other than json or markdown throws, naming the two [export-unknown-format]", () => {
      const app = new MultiModeChatApp(testClient());
      let error: unknown;
      try {
        app.exportConversation("xml" as "json");
      } catch (e) {
        error = e;
      }
      expect(
        error,
        'exportConversation("xml") should throw an Error: returning something else would save a file nobody can read back',
      ).toBeInstanceOf(Error);
      expect(
        (error as Error).message,
        `the error should name the two formats, json and markdown; got ${show((error as Error).message)}`,
      ).toMatch(/json/i);
      expect(
        (error as Error).message,
        `the error should name the two formats, json and markdown; got ${show((error as Error).message)}`,
      ).toMatch(/markdown/i);
    });
  });

  describe("step 8: import", () => {
    task("a JSON export loads back with nothing lost [import-round-trip]", async () => {
      replyWith((_body, call) =>
        completion(`Reply ${call}`, { usage: { prompt_tokens: 100 * call, completion_tokens: 10 * call } }),
      );
      const app = new MultiModeChatApp(testClient(), {
        systemMessage: SYSTEM,
        model: "gpt-4.1-mini",
        maxContextTokens: 3000,
      });
      await app.chat("First question");
      app.setMode("creative");
      await app.chat("Second question");
      app.branch();
      await app.chat("On the fork");
      app.switchBranch("main");
      app.setMode("precise");

      const copy = MultiModeChatApp.fromJSON(testClient(), app.exportConversation("json"));
      expect(copy.mode, `the mode should survive the round trip (precise); got ${show(copy.mode)}`).toBe("precise");
      expect(copy.branches, `the branches should survive the round trip; got ${show(copy.branches)}`).toEqual(
        app.branches,
      );
      expect(copy.messages, "the current branch (main) and its messages should survive the round trip").toEqual(
        app.messages,
      );
      expect(copy.usage, `usage should survive the round trip; got ${show(copy.usage)}`).toEqual(app.usage);
      expect(allBranches(copy, "main"), "every branch's messages should survive the round trip").toEqual(
        allBranches(app, "main"),
      );
      expect(
        copy.exportConversation("json"),
        "nothing is lost, so exporting the loaded app again gives exactly the same JSON text",
      ).toBe(app.exportConversation("json"));

      const onFork = MultiModeChatApp.fromJSON(
        testClient(),
        (app.switchBranch(app.branches[1]!), app.exportConversation("json")),
      );
      expect(
        onFork.messages,
        "the current branch should survive the round trip: exported on the fork, the copy should be on the fork",
      ).toEqual(app.messages);
    });

    task("the loaded app continues where the export stopped [import-continues]", async () => {
      replyWith((_body, call) =>
        completion(`Reply ${call}`, { usage: { prompt_tokens: 100 * call, completion_tokens: 10 * call } }),
      );
      const app = new MultiModeChatApp(testClient(), {
        systemMessage: SYSTEM,
        model: "gpt-4.1-mini",
        maxContextTokens: 3000,
      });
      await app.chat("First question");
      const fork = app.branch();
      await app.chat("On the fork");
      app.switchBranch("main");
      app.setMode("precise");

      const copy = MultiModeChatApp.fromJSON(testClient(), app.exportConversation("json"));
      const before = sentBodies().length;
      await copy.chat("Third question");
      const request = sentBodies()[before]!;
      expect(request.model, "the imported app should keep the model (gpt-4.1-mini)").toBe("gpt-4.1-mini");
      expect(sentModeFields(request), "the imported app should keep sending its mode's parameters").toEqual(
        modeFields("precise", "gpt-4.1-mini"),
      );
      expect(request.messages, "the imported app should continue the conversation where it was").toEqual([
        ...app.messages,
        user("Third question"),
      ]);
      expect(copy.branch(), "a new branch on the imported app needs an id no other branch has").not.toBe(fork);
      expect(
        new Set(copy.branches).size,
        `branch ids should stay unique after an import; got ${show(copy.branches)}`,
      ).toBe(copy.branches.length);
    });

    task("fromJSON refuses a bad import with an error that says what is wrong [import-refuses]", async () => {
      numberedReplies();
      const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
      await app.chat("Hello");
      const good = JSON.parse(app.exportConversation("json")) as Record<string, unknown>;
      // Each broken file, and the word its error must contain: the field that is wrong (or "JSON").
      const cases: [string, string, RegExp | null][] = [
        ["not JSON at all", "{ this is not json", /json/i],
        ["an empty object", "{}", null],
        ["a list", "[]", null],
        ["null", "null", null],
        ["an unknown mode", JSON.stringify({ ...good, mode: "turbo" }), /mode/i],
        ["no usage", JSON.stringify({ ...good, usage: undefined }), /usage/i],
        [
          "a usage that is not numbers",
          JSON.stringify({ ...good, usage: { promptTokens: "many", completionTokens: 1, costUsd: 0 } }),
          /usage|promptTokens/i,
        ],
        ["a message with a made-up role", JSON.stringify(good).replace('"role":"user"', '"role":"wizard"'), /role/i],
      ];
      for (const [what, json, field] of cases) {
        let error: unknown;
        try {
          MultiModeChatApp.fromJSON(testClient(), json);
        } catch (e) {
          error = e;
        }
        expect(error, `fromJSON should throw for ${what}: a bad file must not load silently`).toBeInstanceOf(Error);
        const message = (error as Error).message;
        expect(
          message,
          `for ${what}, the error should say what is wrong, not crash on it; got ${show(message)}`,
        ).not.toMatch(
          /Cannot read propert|undefined is not|is not a function|is not iterable|Cannot destructure|of undefined|of null/,
        );
        if (field) {
          expect(
            message,
            `for ${what}, the error should name the field that is wrong (${field.source}); got ${show(message)}`,
          ).toMatch(field);
        }
      }
      expect(
        () => MultiModeChatApp.fromJSON(testClient(), JSON.stringify(good)),
        "and a good export should still load",
      ).not.toThrow();
    });
  });
});
