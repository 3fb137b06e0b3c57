import { expect } from "vitest";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { MODES, MultiModeChatApp } from "#exercises/multi-mode-chat";
import { contentText, countMessageTokens } from "../../src/api/tokens";
import { exercise, task } from "../support/grading";
import { completion, replyWith, replyWithError, replyWithStream, sentBodies, streamChunks, testClient, useMockServer } from "../support/server";
import { DEFAULT_MODEL } from "../../src/api/catalog";

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

exercise("multi-mode-chat", () => {
  task("starts in balanced mode, and setMode switches between the three modes", () => {
    const app = new MultiModeChatApp(testClient());
    expect(app.mode, `a new app should be in mode "balanced"; got ${show(app.mode)}`).toBe("balanced");
    for (const mode of ["creative", "precise", "balanced"]) {
      app.setMode(mode);
      expect(app.mode, `after setMode("${mode}"), mode should be "${mode}"; got ${show(app.mode)}`).toBe(mode);
    }
  });

  task("setMode refuses an unknown mode and names the valid ones", () => {
    const app = new MultiModeChatApp(testClient());
    app.setMode("precise");
    let error: unknown;
    try {
      app.setMode("turbo");
    } catch (e) {
      error = e;
    }
    expect(error, 'setMode("turbo") should throw an Error: "turbo" is not a mode, and accepting it silently hides the typo').toBeInstanceOf(Error);
    for (const mode of ["creative", "precise", "balanced"]) {
      expect((error as Error).message, `the error should name the valid modes (missing "${mode}"); got ${show((error as Error).message)}`).toContain(mode);
    }
    expect(app.mode, "after a refused setMode, the mode should stay what it was (precise)").toBe("precise");
  });

  task("every request carries the current mode's temperature and top_p", async () => {
    numberedReplies();
    const app = new MultiModeChatApp(testClient());
    await app.chat("Hello");
    app.setMode("precise");
    await app.chat("What is 2 + 2?");
    app.setMode("creative");
    await app.chat("Write a limerick.");
    const sent = sentBodies().map((b) => ({ temperature: b.temperature, top_p: b.top_p }));
    expect(sent, `the three requests should carry balanced, precise, then creative parameters (from MODES); they carried ${show(sent)}`).toEqual([
      { ...MODES.balanced },
      { ...MODES.precise },
      { ...MODES.creative },
    ]);
  });

  task("chat keeps the history: the system message first, then every turn", async () => {
    numberedReplies();
    const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
    expect(await app.chat("Hi!"), "chat() should return the reply's text").toBe("Reply 1");
    await app.chat("And then?");
    const [, second] = sentBodies();
    expect(second?.model, `without a model option, requests should use ${DEFAULT_MODEL}; got ${show(second?.model)}`).toBe(DEFAULT_MODEL);
    expect(second?.messages, `the second request should carry the whole conversation; it sent ${show(second?.messages)}`).toEqual([
      system,
      user("Hi!"),
      assistant("Reply 1"),
      user("And then?"),
    ]);
    expect(app.messages, `messages should be the conversation, system message first; got ${show(app.messages)}`).toEqual([
      system,
      user("Hi!"),
      assistant("Reply 1"),
      user("And then?"),
      assistant("Reply 2"),
    ]);
    const noSystem = new MultiModeChatApp(testClient());
    expect(noSystem.messages, "without a systemMessage option, messages should start empty (no system message)").toEqual([]);
  });

  task("streaming and non-streaming give the same history", async () => {
    replyWith(completion("Tokens are pieces of text."));
    const plain = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
    const plainReply = await plain.chat("What is a token?");

    replyWithStream(streamChunks(["Tokens", " are", " pieces", null, " of text."], { usage: { prompt_tokens: 20, completion_tokens: 6, total_tokens: 26 } }));
    const streamed = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
    const pieces: string[] = [];
    const streamedReply = await streamed.chat("What is a token?", { stream: true, onDelta: (t) => pieces.push(t) });

    const body = sentBodies()[1];
    expect(body?.stream, "chat(input, { stream: true }) should send stream: true").toBe(true);
    expect(body?.stream_options, `a streamed request should ask for usage: stream_options: { include_usage: true }; it sent ${show(body?.stream_options)}`).toEqual({
      include_usage: true,
    });
    expect(body?.temperature, "a streamed request should carry the mode's temperature too").toBe(MODES.balanced.temperature);
    expect(pieces.join(""), `onDelta should get every piece of text, in order; got ${show(pieces)}`).toBe("Tokens are pieces of text.");
    expect(streamedReply, "the streamed chat() should return the whole text, like the plain one").toBe(plainReply);
    expect(streamed.messages, `streaming should leave exactly the same history as a plain request; got ${show(streamed.messages)}`).toEqual(plain.messages);
    expect(streamed.usage.completionTokens, "the usage of a streamed reply comes from its last chunk: completionTokens should be 6").toBe(6);
  });

  task("a failed request leaves the conversation as it was", async () => {
    numberedReplies();
    const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
    await app.chat("Hi!");
    const before = app.messages;
    replyWithError({ status: 500 });
    await expect(app.chat("Still there?"), "chat() should reject when the API fails").rejects.toThrow();
    expect(app.messages, `after a failed request, messages should be what they were; got ${show(app.messages)}`).toEqual(before);
  });

  task("usage adds up the reported tokens and prices them per 1M tokens from the catalog", async () => {
    replyWith(completion("Short.", { usage: { prompt_tokens: 1200, completion_tokens: 800 } }));
    const app = new MultiModeChatApp(testClient());
    expect(app.usage, "a new app has used nothing yet").toEqual({ promptTokens: 0, completionTokens: 0, costUsd: 0 });
    await app.chat("Hello");
    await app.chat("Again");
    expect(
      { promptTokens: app.usage.promptTokens, completionTokens: app.usage.completionTokens },
      `usage should add up what the API reported (2 × 1200 prompt, 2 × 800 completion tokens), not your own count; got ${show(app.usage)}`,
    ).toEqual({ promptTokens: 2400, completionTokens: 1600 });
    // The default model, gpt-6-luna: $0.10 per 1M input tokens, $0.50 per 1M output tokens.
    const expected = (2400 * 0.1 + 1600 * 0.5) / 1_000_000;
    expect(app.usage.costUsd, `costUsd should be $${expected} (prices are per 1M tokens: use costUsd() from the catalog); got ${app.usage.costUsd}`).toBeCloseTo(expected, 12);

    replyWith(completion("Short.", { usage: { prompt_tokens: 1000, completion_tokens: 500 } }));
    const other = new MultiModeChatApp(testClient(), { model: "gpt-4.1" });
    await other.chat("Hello");
    const expected41 = (1000 * 2 + 500 * 8) / 1_000_000;
    expect(other.usage.costUsd, `with model gpt-4.1 ($2 in, $8 out per 1M) the cost should be $${expected41}; got ${other.usage.costUsd}`).toBeCloseTo(expected41, 12);
  });

  task("regenerate replaces the last reply instead of adding one", async () => {
    numberedReplies();
    const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
    await expect(app.regenerate(), "regenerate() before any reply should throw: there is nothing to regenerate").rejects.toThrow();
    await app.chat("Name a robot cat.");
    app.setMode("creative");
    const again = await app.regenerate();
    expect(again, "regenerate() should return the new reply").toBe("Reply 2");
    expect(app.messages, `after regenerate(), the new reply should replace the old one; messages are ${show(app.messages)}`).toEqual([
      system,
      user("Name a robot cat."),
      assistant("Reply 2"),
    ]);
    const request = sentBodies().at(-1)!;
    expect(request.messages, `the regenerate request must not contain the old reply; it sent ${show(request.messages)}`).toEqual([system, user("Name a robot cat.")]);
    expect(request.temperature, "regenerate() should use the current mode (creative)").toBe(MODES.creative.temperature);
  });

  task("branch forks the conversation, and later edits stay on their own branch", async () => {
    numberedReplies();
    const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
    expect(app.branches, `a new app should have one branch, "main"; got ${show(app.branches)}`).toEqual(["main"]);
    await app.chat("Question one");
    const id = app.branch();
    expect(typeof id, "branch() should return the new branch's id (a string)").toBe("string");
    expect(app.branches, `branches should be ["main", "${id}"]; got ${show(app.branches)}`).toEqual(["main", id]);
    expect(app.messages, "a new branch starts with the conversation so far").toEqual([system, user("Question one"), assistant("Reply 1")]);
    await app.chat("Only on the branch");
    await app.regenerate();
    app.switchBranch("main");
    expect(app.messages, `main must not see what happened on ${id} (a new turn and a regenerated reply); main is ${show(app.messages)}`).toEqual([
      system,
      user("Question one"),
      assistant("Reply 1"),
    ]);
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
    const second = app.branch();
    expect(new Set([...app.branches]).size, `branch ids should be unique; got ${show(app.branches)}`).toBe(3);
    expect(app.branches[0], "the first branch should stay \"main\"").toBe("main");
    expect(app.branches, "every branch should be listed").toContain(second);
    expect(() => app.switchBranch("no-such-branch"), "switchBranch() with an unknown id should throw").toThrow();
  });

  task("every request fits in maxContextTokens, with the system message first and the newest question last", async () => {
    const long = (n: number) => `Reply ${n}: ` + "context windows are measured in tokens and every token of history is paid again. ".repeat(4);
    replyWith((_body, call) => completion(long(call)));
    const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM, maxContextTokens: 250 });
    for (let i = 1; i <= 8; i++) await app.chat(`Question ${i}: tell me more.`);
    const bodies = sentBodies();
    expect(bodies.length, "eight chat() calls should send eight requests").toBe(8);
    bodies.forEach((body, i) => {
      const tokens = countMessageTokens(body.messages, "gpt-4o-mini");
      expect(tokens, `request ${i + 1} had ${tokens} prompt tokens, more than maxContextTokens (250): send only the newest messages that fit`).toBeLessThanOrEqual(250);
      expect(body.messages[0], `request ${i + 1} should start with the system message; it started with ${show(body.messages[0])}`).toEqual(system);
      expect(body.messages.at(-1), `request ${i + 1} should end with the newest question`).toEqual(user(`Question ${i + 1}: tell me more.`));
    });
    expect(bodies.at(-1)!.messages.length, "the last request should still carry some earlier turns that fit, not only the new question").toBeGreaterThan(2);
  });

  task("a JSON export loads back with nothing lost: messages, modes, branches and usage", async () => {
    replyWith((_body, call) => completion(`Reply ${call}`, { usage: { prompt_tokens: 100 * call, completion_tokens: 10 * call } }));
    const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM, model: "gpt-4.1-mini", maxContextTokens: 3000 });
    await app.chat("First question");
    app.setMode("creative");
    await app.chat("Second question");
    const fork = app.branch();
    await app.chat("On the fork");
    app.switchBranch("main");
    app.setMode("precise");

    const json = app.exportConversation("json");
    expect(() => JSON.parse(json), 'exportConversation("json") should return valid JSON').not.toThrow();
    expect(json, "the export must never contain the API key").not.toContain("sk-test-0000000000000000");
    const copy = MultiModeChatApp.fromJSON(testClient(), json);
    expect(copy.mode, `the mode should survive the round trip (precise); got ${show(copy.mode)}`).toBe("precise");
    expect(copy.branches, `the branches should survive the round trip; got ${show(copy.branches)}`).toEqual(app.branches);
    expect(copy.messages, "the current branch (main) and its messages should survive the round trip").toEqual(app.messages);
    expect(copy.usage, `usage should survive the round trip; got ${show(copy.usage)}`).toEqual(app.usage);
    expect(allBranches(copy, "main"), "every branch's messages should survive the round trip").toEqual(allBranches(app, "main"));

    const before = sentBodies().length;
    await copy.chat("Third question");
    const request = sentBodies()[before]!;
    expect(request.model, "the imported app should keep the model (gpt-4.1-mini)").toBe("gpt-4.1-mini");
    expect({ temperature: request.temperature, top_p: request.top_p }, "the imported app should keep sending its mode's parameters").toEqual({ ...MODES.precise });
    expect(request.messages, "the imported app should continue the conversation where it was").toEqual([...app.messages, user("Third question")]);
    expect(copy.branch(), "a new branch on the imported app needs an id no other branch has").not.toBe(fork);
  });

  task("a Markdown export shows the conversation, the mode, the branches and the usage", async () => {
    numberedReplies({ prompt_tokens: 120, completion_tokens: 30 });
    const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
    app.setMode("creative");
    await app.chat("What is top_p?");
    const fork = app.branch();
    await app.chat("Give me an example.");
    const md = app.exportConversation("markdown");
    for (const text of ["What is top_p?", "Reply 1", "Give me an example.", "Reply 2", SYSTEM]) {
      expect(md, `the Markdown export should contain every message of the current branch (missing "${text}")`).toContain(text);
    }
    expect(md, "the Markdown export should say the mode (creative)").toContain("creative");
    expect(md, `the Markdown export should name the branches (main and ${fork})`).toContain(fork);
    expect(md, "the Markdown export should give the usage (240 prompt tokens)").toMatch(/240/);
  });

  task("fromJSON refuses a bad import with an error that says what is wrong", async () => {
    numberedReplies();
    const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
    await app.chat("Hello");
    const good = JSON.parse(app.exportConversation("json")) as Record<string, unknown>;
    const cases: [string, string][] = [
      ["not JSON at all", "{ this is not json"],
      ["an empty object", "{}"],
      ["a list", "[]"],
      ["an unknown mode", JSON.stringify({ ...good, mode: "turbo" })],
      ["no usage", JSON.stringify({ ...good, usage: undefined })],
      ["a message with a made-up role", JSON.stringify(good).replace('"role": "user"', '"role": "wizard"').replace('"role":"user"', '"role":"wizard"')],
    ];
    for (const [what, json] of cases) {
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
      ).not.toMatch(/Cannot read propert|undefined is not|is not a function|is not iterable|Cannot destructure|of undefined|of null/);
    }
    expect(() => MultiModeChatApp.fromJSON(testClient(), JSON.stringify(good)), "and a good export should still load").not.toThrow();
    expect(() => app.exportConversation("xml" as "json"), 'exportConversation with a format other than "json" or "markdown" should throw').toThrow();
  });

  task("messages is a copy: changing it does not change the conversation", async () => {
    numberedReplies({ prompt_tokens: 50, completion_tokens: 5 });
    const app = new MultiModeChatApp(testClient(), { systemMessage: SYSTEM });
    await app.chat("One", { stream: false });
    const messages = app.messages;
    messages.push(user("sneaky edit"));
    expect(app.messages.length, "changing the array that `messages` returned must not change the app's history (return a copy)").toBe(3);
    expect(contentText(app.messages.at(-1)!.content), "the last message should still be the reply").toBe("Reply 1");
  });
});
