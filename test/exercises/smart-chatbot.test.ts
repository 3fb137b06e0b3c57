import { expect } from "vitest";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { DEFAULT_SYSTEM_MESSAGE, SmartChatbot } from "#exercises/smart-chatbot";
import { DEFAULT_MODEL } from "../../src/api/catalog";
import { contentText, countMessageTokens } from "../../src/api/tokens";
import { exercise, task } from "../support/grading";
import {
  completion,
  replyWith,
  replyWithError,
  sentBodies,
  testClient,
  useMockServer,
  type SentRequest,
} from "../support/server";

useMockServer();

const show = (x: unknown) => JSON.stringify(x);
const SYSTEM: ChatCompletionMessageParam = { role: "system", content: "You are a patient tutor." };

/** A reply of about `words` tokens (each " wordN" is one or two tokens). */
const longText = (label: string, words: number) =>
  `${label}: ` + Array.from({ length: words }, (_, i) => ["tokens", "context", "budget", "model"][i % 4]).join(" ");

/** Answers each chat request by echoing its question; any other request (a summary) gets SUMMARY. */
const SUMMARY = "SUMMARY: the learner asked about tokens, prompts and sampling.";
function scriptedReplies(inputs: string[], replyFor: (input: string) => string = (input) => `Answer to ${input}`) {
  replyWith((body) => {
    const last = body.messages.at(-1);
    const question = last?.role === "user" ? contentText(last.content) : null;
    return completion(question !== null && inputs.includes(question) ? replyFor(question) : SUMMARY);
  });
}
const isChatRequest = (inputs: string[]) => (body: SentRequest["body"]) => {
  const last = body.messages.at(-1);
  return last?.role === "user" && inputs.includes(contentText(last.content));
};

const user = (content: string): ChatCompletionMessageParam => ({ role: "user", content });
/** [user q, assistant a] for each pair. */
const turns = (...pairs: [string, string][]): ChatCompletionMessageParam[] =>
  pairs.flatMap(([q, a]) => [user(q), { role: "assistant" as const, content: a }]);

/** A reply of "tokens tokens ..." whose conversation, built by `around`, costs `target` tokens (within 2). */
function sizedReply(target: number, around: (reply: string) => ChatCompletionMessageParam[]): string {
  const cost = (words: number) => countMessageTokens(around("tokens ".repeat(words).trim()), DEFAULT_MODEL);
  let words = 1;
  while (cost(words) < target) words += Math.max(1, Math.floor((target - cost(words)) / 2));
  while (words > 1 && cost(words) > target) words -= 1;
  return "tokens ".repeat(words).trim();
}

/** Starts a new conversation and asks one question. */
async function askFresh(bot: SmartChatbot, question: string, parameters?: Parameters<SmartChatbot["chat"]>[1]) {
  bot.reset();
  return bot.chat(question, parameters);
}

exercise("smart-chatbot", () => {
  task("chat remembers the conversation: the system message first, then every turn [history]", async () => {
    replyWith(completion("Reply one"), completion("Reply two"));
    const bot = new SmartChatbot(testClient(), { systemMessage: "You are a patient tutor." });
    expect(bot.messages, `a new bot's messages should be just the system message; got ${show(bot.messages)}`).toEqual([
      SYSTEM,
    ]);
    const first = await bot.chat("What is a token?");
    const second = await bot.chat("And a prompt?");
    expect([first, second], "chat() should return each reply's text").toEqual(["Reply one", "Reply two"]);
    const bodies = sentBodies();
    expect(bodies.length, `two chat() calls should send two requests; sent ${bodies.length}`).toBe(2);
    expect(
      bodies[0]!.model,
      `without a model option the requests should use ${DEFAULT_MODEL}; got ${show(bodies[0]!.model)}`,
    ).toBe(DEFAULT_MODEL);
    expect(
      bodies[1]!.messages,
      `the second request should carry the whole conversation so far; it sent ${show(bodies[1]!.messages)}`,
    ).toEqual([
      SYSTEM,
      { role: "user", content: "What is a token?" },
      { role: "assistant", content: "Reply one" },
      { role: "user", content: "And a prompt?" },
    ]);
    expect(bot.messages, `messages should end with the latest reply; got ${show(bot.messages)}`).toEqual([
      ...bodies[1]!.messages,
      { role: "assistant", content: "Reply two" },
    ]);
    const copy = bot.messages;
    copy.push({ role: "user", content: "injected" });
    expect(
      bot.messages.length,
      "messages is a copy: changing the list it returns must not change the bot's conversation",
    ).toBe(5);
  });

  task("tokenCount counts the messages the way the API bills them [token-count]", async () => {
    replyWith(completion("A token is a piece of a word."), completion("A prompt is what you send."));
    for (const model of ["gpt-4o-mini", "gpt-3.5-turbo"]) {
      const bot = new SmartChatbot(testClient(), { model, systemMessage: "You are a patient tutor." });
      expect(
        bot.tokenCount,
        `${model}: a new bot's tokenCount should be ${countMessageTokens([SYSTEM], model)} (the system message with its framing, plus 3 to prime the reply); got ${bot.tokenCount}`,
      ).toBe(countMessageTokens([SYSTEM], model));
      await bot.chat("What is a token?");
      await bot.chat("And a prompt?");
      const expected = countMessageTokens(bot.messages, model);
      expect(
        bot.tokenCount,
        `${model}: tokenCount should be ${expected}: 3 tokens per message + role + content, + 3 for the reply (countMessageTokens); got ${bot.tokenCount}`,
      ).toBe(expected);
    }
  });

  task("an identical request is answered from the cache [cache-hit]", async () => {
    replyWith(completion("A token is a piece of a word."), completion("Something else"));
    const bot = new SmartChatbot(testClient());
    const first = await askFresh(bot, "What is a token?");
    const again = await askFresh(bot, "What is a token?");
    expect(
      sentBodies().length,
      `asking the same first question twice (reset() in between) should send one request; it sent ${sentBodies().length}`,
    ).toBe(1);
    expect(again, "the cached reply should be the one the model gave the first time").toBe(first);
    expect(bot.cacheHits, `cacheHits should be 1; got ${bot.cacheHits}`).toBe(1);
    expect(
      bot.messages.at(-1),
      "a cached reply is still part of the conversation: it should be the last message",
    ).toEqual({ role: "assistant", content: first });
  });

  task("the cache key includes the parameters [cache-key-parameters]", async () => {
    replyWith(completion("Reply at the default temperature"), completion("Reply at temperature 0"));
    const bot = new SmartChatbot(testClient());
    await askFresh(bot, "What is a token?");
    const cold = await askFresh(bot, "What is a token?", { temperature: 0 });
    expect(
      sentBodies().length,
      "the same question with a different temperature is a different request: it must not come from the cache",
    ).toBe(2);
    expect(
      sentBodies()[1]!.temperature,
      `chat(input, { temperature: 0 }) should send temperature 0; it sent ${show(sentBodies()[1]!.temperature)}`,
    ).toBe(0);
    expect(cold, "the reply for temperature 0 should be the model's new reply").toBe("Reply at temperature 0");
    const hit = await askFresh(bot, "What is a token?", { temperature: 0 });
    expect(hit, "asking again with temperature 0 should come from the cache").toBe("Reply at temperature 0");
    expect(bot.cacheHits, `cacheHits should be 1 (only the last call was a repeat); got ${bot.cacheHits}`).toBe(1);
  });

  task(
    "the cache key includes the whole conversation, not only the last question [cache-key-conversation]",
    async () => {
      replyWith(completion("First"), completion("Second"), completion("Third"));
      const bot = new SmartChatbot(testClient());
      await bot.chat("Tell me about tokens.");
      await bot.chat("Go on.");
      const fresh = await askFresh(bot, "Go on.");
      expect(
        sentBodies().length,
        '"Go on." after "Tell me about tokens." and "Go on." at the start of a new conversation are different requests: the second must be sent too',
      ).toBe(3);
      expect(fresh, "the reply should be the model's new reply, not the cached one of a different conversation").toBe(
        "Third",
      );
      expect(bot.cacheHits, `cacheHits should be 0; got ${bot.cacheHits}`).toBe(0);
    },
  );

  task("the cache keeps at most cacheSize replies and forgets the least recently used first [cache-lru]", async () => {
    replyWith((body) => completion(`Reply to ${contentText(body.messages.at(-1)!.content)} #${sentBodies().length}`));
    const bot = new SmartChatbot(testClient(), { cacheSize: 2 });
    await askFresh(bot, "A?");
    await askFresh(bot, "B?");
    await askFresh(bot, "A?"); // a hit: A is now the most recently used
    await askFresh(bot, "C?"); // the cache is full: B, the least recently used, goes
    expect(sentBodies().length, "A, B, A again (cached), C: three requests").toBe(3);
    await askFresh(bot, "A?");
    expect(
      sentBodies().length,
      "A was used more recently than B, so adding C should have evicted B, not A: asking A again should be a cache hit",
    ).toBe(3);
    await askFresh(bot, "B?");
    expect(
      sentBodies().length,
      "with cacheSize 2, B should have been evicted when C came in: asking B again should send a request",
    ).toBe(4);
    expect(bot.cacheHits, `cacheHits should be 2; got ${bot.cacheHits}`).toBe(2);
  });

  task("old turns are summarized once the context passes summarizeAt [summarize]", async () => {
    const inputs = [
      "What is a token?",
      "How do I count them?",
      "What is temperature?",
      "And top_p?",
      "Which should I change?",
      "Thanks, one more: what is n?",
    ];
    scriptedReplies(inputs, (input) => longText(`About "${input}"`, 40));
    const bot = new SmartChatbot(testClient(), {
      maxContextTokens: 400,
      summarizeAt: 0.5,
      systemMessage: "You are a patient tutor.",
    });
    for (const input of inputs) await bot.chat(input);

    const chats = sentBodies().filter(isChatRequest(inputs));
    const summaries = sentBodies().filter((b) => !isChatRequest(inputs)(b));
    expect(
      summaries.length,
      "with maxContextTokens 400 and summarizeAt 0.5, a summary request should have been sent once the context passed 200 tokens",
    ).toBeGreaterThan(0);
    expect(
      show(summaries[0]!.messages),
      "the summary request should hand the model the old turns to summarize (the first question was not in it)",
    ).toContain("What is a token?");
    expect(
      bot.summary,
      `summary should be the text the model returned for the summary request; got ${show(bot.summary)}`,
    ).toBe(SUMMARY);
    expect(
      bot.messages[0],
      `the system message must stay first after summarizing; messages are ${show(bot.messages)}`,
    ).toEqual(SYSTEM);
    expect(
      bot.messages[1]?.role === "user" && contentText(bot.messages[1].content).includes(SUMMARY),
      `the summary should be kept as one user message right after the system message (a summary is what was said, not an instruction: the one system message stays the instructions); got ${show(bot.messages)}`,
    ).toBe(true);
    expect(
      bot.messages.filter((m) => m.role === "system" || m.role === "developer").length,
      "there should still be exactly one instruction message (system or developer): the system message",
    ).toBe(1);
    expect(
      bot.messages.filter((m) => contentText(m.content).includes(SUMMARY)).length,
      "the summary should be in exactly one message",
    ).toBe(1);
    expect(
      bot.messages.some((m) => contentText(m.content) === "What is a token?"),
      "the first question should have been replaced by the summary",
    ).toBe(false);
    const firstAfter = chats.findIndex((b) => show(b.messages).includes(SUMMARY));
    const asked = contentText(chats[firstAfter]!.messages.at(-1)!.content);
    const before = inputs[inputs.indexOf(asked) - 1]!;
    expect(
      chats[firstAfter]!.messages.slice(2),
      `after summarizing, the newest three messages stay word for word: the last exchange ("${before}" and its reply) and the new question; the first request with the summary sent ${show(chats[firstAfter]!.messages.slice(2).map((m) => m.role))} after it`,
    ).toEqual([user(before), { role: "assistant", content: longText(`About "${before}"`, 40) }, user(asked)]);
    const last = chats.at(-1)!;
    expect(show(last.messages), "the requests after a summary should carry it").toContain(SUMMARY);
    expect(
      summaries.length,
      "six questions with 40-token replies in a 400-token budget summarized past 50% should need a second summary",
    ).toBeGreaterThan(1);
    expect(
      show(summaries[1]!.messages),
      "a later summary folds in the earlier one: the second summary request should hand the model the first summary too",
    ).toContain(SUMMARY);
    expect(
      last.messages.at(-1),
      "the newest question is never summarized away: it should be the last message sent",
    ).toEqual({ role: "user", content: inputs.at(-1) });
    bot.reset();
    expect(
      { messages: bot.messages, summary: bot.summary },
      "reset() starts a new conversation: only the system message left, and no summary",
    ).toEqual({ messages: [SYSTEM], summary: null });
  });

  task("every request keeps the system message first and fits in maxContextTokens [fits-budget]", async () => {
    const inputs = Array.from({ length: 9 }, (_, i) => `Question number ${i + 1}: tell me more about context windows.`);
    // Replies of different lengths, one of them very long, so that summarizing alone is not enough.
    scriptedReplies(inputs, (input) => longText(input, input.includes("number 5") ? 230 : 45));
    const bot = new SmartChatbot(testClient(), { maxContextTokens: 300, systemMessage: "You are a patient tutor." });
    for (const input of inputs) {
      await bot.chat(input);
      expect(
        bot.messages[0],
        `after "${input}", the system message should still be first; messages are ${show(bot.messages.map((m) => m.role))}`,
      ).toEqual(SYSTEM);
    }
    const chats = sentBodies().filter(isChatRequest(inputs));
    expect(chats.length, "every chat() call should send a request").toBe(inputs.length);
    const firstSummarized = chats.findIndex((b) => show(b.messages).includes(SUMMARY));
    expect(firstSummarized, "a summary should have been made before dropping turns").toBeGreaterThan(-1);
    for (const body of chats.slice(firstSummarized)) {
      expect(
        body.messages[1]?.role === "user" && contentText(body.messages[1].content).includes(SUMMARY),
        `dropping old turns never drops the summary: every request after the first summary should carry it right after the system message; the request for "${contentText(body.messages.at(-1)!.content)}" sent ${show(body.messages.map((m) => m.role))}`,
      ).toBe(true);
    }
    for (const body of chats) {
      const tokens = countMessageTokens(body.messages, DEFAULT_MODEL);
      const question = contentText(body.messages.at(-1)!.content);
      expect(
        body.messages[0],
        `the request for "${question}" should start with the system message; it started with ${show(body.messages[0])}`,
      ).toEqual(SYSTEM);
      expect(
        tokens,
        `the request for "${question}" was ${tokens} tokens, more than maxContextTokens (300): summarize or drop old turns first`,
      ).toBeLessThanOrEqual(300);
    }
  });

  task("a failed request leaves the conversation as it was [failed-request]", async () => {
    replyWith(completion("First reply"));
    const bot = new SmartChatbot(testClient());
    await bot.chat("Hello?");
    const before = bot.messages;
    replyWithError({ status: 500 });
    await expect(
      bot.chat("Are you there?"),
      "chat() should reject when the API fails (let the SDK's error through)",
    ).rejects.toThrow();
    expect(
      bot.messages,
      `after a failed request, messages should be what they were before the call; got ${show(bot.messages)}`,
    ).toEqual(before);
  });

  task(
    "the defaults: DEFAULT_MODEL, DEFAULT_SYSTEM_MESSAGE, a 4000-token budget summarized past 70%, and 100 cached replies [defaults]",
    async () => {
      const bot = new SmartChatbot(testClient());
      expect(
        bot.messages,
        `without a systemMessage option, the system message should be DEFAULT_SYSTEM_MESSAGE; got ${show(bot.messages)}`,
      ).toEqual([{ role: "system", content: DEFAULT_SYSTEM_MESSAGE }]);

      // The third question arrives with a context just above, then just below, 70% of 4000 (2800):
      // only the first is summarized. Any other default budget or fraction gets one of them wrong.
      for (const [target, summarized] of [
        [2815, true],
        [2785, false],
      ] as const) {
        const inputs = ["Q1?", "Q2?", "Q3?"];
        const system: ChatCompletionMessageParam = { role: "system", content: DEFAULT_SYSTEM_MESSAGE };
        const second = sizedReply(target, (r) => [system, ...turns(["Q1?", "A1."], ["Q2?", r]), user("Q3?")]);
        scriptedReplies(inputs, (input) => (input === "Q2?" ? second : "A1."));
        const fresh = new SmartChatbot(testClient());
        const sentBefore = sentBodies().length;
        for (const input of inputs) await fresh.chat(input);
        const sent = sentBodies().slice(sentBefore);
        expect(sent[0]?.model, `without a model option, requests should use DEFAULT_MODEL (${DEFAULT_MODEL})`).toBe(
          DEFAULT_MODEL,
        );
        expect(
          sent.filter((b) => !isChatRequest(inputs)(b)).length,
          `the third question arrives with a context of ${target} tokens, ${summarized ? "above" : "below"} 70% of the default 4000 (2800): ` +
            (summarized ? "summarize first" : "no summary yet"),
        ).toBe(summarized ? 1 : 0);
      }

      // A reply so long that the next request would be about 4,050 tokens: the default budget of 4000
      // makes chat() drop old turns first.
      const inputs = ["Q1?", "Q2?"];
      const huge = sizedReply(4050, (r) => [
        { role: "system", content: DEFAULT_SYSTEM_MESSAGE },
        ...turns(["Q1?", r]),
        user("Q2?"),
      ]);
      scriptedReplies(inputs, () => huge);
      const trimmed = new SmartChatbot(testClient());
      const sentBefore = sentBodies().length;
      for (const input of inputs) await trimmed.chat(input);
      const last = sentBodies().slice(sentBefore).filter(isChatRequest(inputs)).at(-1)!;
      const tokens = countMessageTokens(last.messages, DEFAULT_MODEL);
      expect(
        tokens,
        `with the default maxContextTokens (4000), a request of about 4,050 tokens must be trimmed first; it was ${tokens}`,
      ).toBeLessThanOrEqual(4000);

      replyWith((body) => completion(`Answer to ${contentText(body.messages.at(-1)!.content)}`));
      const cached = new SmartChatbot(testClient());
      for (let i = 0; i <= 100; i++) await askFresh(cached, `Question ${i}?`);
      const before = sentBodies().length;
      await askFresh(cached, "Question 1?");
      expect(
        sentBodies().length,
        "the default cacheSize is 100: after 101 questions, the second one is still cached",
      ).toBe(before);
      await askFresh(cached, "Question 0?");
      expect(sentBodies().length, "the default cacheSize is 100: after 101 questions, the first one is forgotten").toBe(
        before + 1,
      );
    },
    30_000,
  );
});
