import { describe, expect } from "vitest";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { testSystemMessage, withSystemMessage } from "#exercises/messages";
import { DEFAULT_MODEL } from "../../src/api/catalog";
import { exercise, task } from "../support/grading";
import { CHAT_URL, completion, replyWith, requests, sentBodies, testClient, useMockServer } from "../support/server";

useMockServer();

const show = (messages: unknown) => JSON.stringify(messages);
const systemMessages = (messages: ChatCompletionMessageParam[]) => messages.filter((m) => m.role === "system");

const conversation = (): ChatCompletionMessageParam[] => [
  { role: "user", content: "What is the capital of France?" },
  { role: "assistant", content: "Paris." },
  { role: "user", content: "And of Italy?" },
];

exercise("messages", () => {
  describe("step 1: withSystemMessage", () => {
    task("withSystemMessage puts a system message in front of a list that has none [insert-first]", () => {
      const input = conversation();
      const result = withSystemMessage(input, "You are a geography tutor.");
      expect(Array.isArray(result), "withSystemMessage should return an array of messages").toBe(true);
      expect(
        result[0],
        `the first message should be { role: "system", content: "You are a geography tutor." }; got ${show(result)}`,
      ).toEqual({
        role: "system",
        content: "You are a geography tutor.",
      });
      expect(
        result.slice(1),
        `after the system message, the original messages should follow in their order; got ${show(result)}`,
      ).toEqual(conversation());
    });

    task("withSystemMessage replaces a leading system message instead of adding a second one [replace-leading]", () => {
      const input: ChatCompletionMessageParam[] = [{ role: "system", content: "Be brief." }, ...conversation()];
      const result = withSystemMessage(input, "Be verbose.");
      expect(
        systemMessages(result),
        `there should be exactly one system message, the new one; got ${show(result)}`,
      ).toEqual([{ role: "system", content: "Be verbose." }]);
      expect(result[0], `the system message should be first; got ${show(result)}`).toEqual({
        role: "system",
        content: "Be verbose.",
      });
      expect(result.slice(1), `the other messages should keep their order; got ${show(result)}`).toEqual(
        conversation(),
      );
    });

    task(
      "withSystemMessage leaves exactly one system message, first, when the old one was further down [drop-later-system]",
      () => {
        const input: ChatCompletionMessageParam[] = [
          { role: "user", content: "Hi!" },
          { role: "system", content: "Answer in French." },
          { role: "assistant", content: "Bonjour !" },
        ];
        const result = withSystemMessage(input, "Answer in English.");
        expect(
          systemMessages(result),
          `a system message that was not first must not survive: the result should have one system message, the new one; got ${show(result)}`,
        ).toEqual([{ role: "system", content: "Answer in English." }]);
        expect(result[0]?.role, `the system message should be first; got ${show(result)}`).toBe("system");
        expect(result.slice(1), `the user and assistant messages should stay, in order; got ${show(result)}`).toEqual([
          { role: "user", content: "Hi!" },
          { role: "assistant", content: "Bonjour !" },
        ]);
        const twice = withSystemMessage(
          [
            { role: "system", content: "Be brief." },
            { role: "user", content: "Hi!" },
            { role: "developer", content: "Answer in French." },
            { role: "assistant", content: "Bonjour !" },
            { role: "system", content: "Answer in German." },
          ],
          "Answer in English.",
        );
        expect(
          twice,
          `every older instruction message goes, however many there were (here a developer and a system message further down); got ${show(twice)}`,
        ).toEqual([
          { role: "system", content: "Answer in English." },
          { role: "user", content: "Hi!" },
          { role: "assistant", content: "Bonjour !" },
        ]);
      },
    );

    task("withSystemMessage turns an empty list into a list of just the system message [empty-list]", () => {
      const result = withSystemMessage([], "You are helpful.");
      expect(
        result,
        `withSystemMessage([], "You are helpful.") should be [{ role: "system", content: "You are helpful." }]`,
      ).toEqual([{ role: "system", content: "You are helpful." }]);
    });

    task("withSystemMessage returns a new list and never changes the one it was given [new-list]", () => {
      const withoutSystem = conversation();
      const withSystem: ChatCompletionMessageParam[] = [{ role: "system", content: "Be brief." }, ...conversation()];
      const before = [structuredClone(withoutSystem), structuredClone(withSystem)];

      const inserted = withSystemMessage(withoutSystem, "New rules.");
      const replaced = withSystemMessage(withSystem, "New rules.");

      expect(inserted, "withSystemMessage should return a new array, not the one it was given (build a copy)").not.toBe(
        withoutSystem,
      );
      expect(replaced, "withSystemMessage should return a new array, not the one it was given (build a copy)").not.toBe(
        withSystem,
      );
      expect(
        withoutSystem,
        "the caller's list (without a system message) was changed: leave it as it was and return a new list",
      ).toEqual(before[0]);
      expect(
        withSystem,
        "the caller's list (with a system message) was changed: leave it as it was and return a new list",
      ).toEqual(before[1]);
    });

    task(
      "withSystemMessage replaces a leading developer message: developer is today's name for the instructions [replace-developer]",
      () => {
        const input: ChatCompletionMessageParam[] = [
          { role: "developer", content: "Answer in French." },
          ...conversation(),
        ];
        const result = withSystemMessage(input, "Answer in English.");
        expect(
          result,
          `a developer message at index 0 is the instructions (system's newer name): replace it, so the list has one set of instructions; got ${show(result)}`,
        ).toEqual([{ role: "system", content: "Answer in English." }, ...conversation()]);
        const later: ChatCompletionMessageParam[] = [
          { role: "user", content: "Hi!" },
          { role: "developer", content: "Answer in French." },
          { role: "assistant", content: "Bonjour !" },
        ];
        expect(
          withSystemMessage(later, "Answer in English."),
          `a developer message further down is older instructions too: drop it; got ${show(withSystemMessage(later, "Answer in English."))}`,
        ).toEqual([{ role: "system", content: "Answer in English." }, later[0], later[2]]);
      },
    );

    task(
      "withSystemMessage keeps user, assistant and tool messages where they are, a carried summary included [keeps-others]",
      () => {
        const input: ChatCompletionMessageParam[] = [
          { role: "system", content: "You are a Python tutor." },
          { role: "user", content: "Previous conversation summary: the learner asked about decorators." },
          { role: "user", content: "What does this tool say?" },
          {
            role: "assistant",
            content: null,
            tool_calls: [{ id: "call_1", type: "function", function: { name: "lookup", arguments: "{}" } }],
          },
          { role: "tool", tool_call_id: "call_1", content: "closures capture variables" },
          { role: "user", content: "And closures?" },
        ];
        const result = withSystemMessage(input, "You are a terse Python tutor.");
        expect(
          result,
          `only the instructions change: the summary the app carries (a user message) and the tool exchange stay, in order; got ${show(result)}`,
        ).toEqual([{ role: "system", content: "You are a terse Python tutor." }, ...input.slice(1)]);
      },
    );
  });

  describe("step 2: testSystemMessage", () => {
    task(
      "testSystemMessage sends one request with the system message, then the user message [one-request]",
      async () => {
        await testSystemMessage(testClient(), "You are a pirate.", "What is the capital of France?");
        const chats = requests.filter((r) => r.url === CHAT_URL);
        expect(
          chats.length,
          `testSystemMessage should send exactly one chat completion request; it sent ${chats.length}`,
        ).toBe(1);
        expect(
          chats[0]!.method,
          "the request should be a POST to /v1/chat/completions (use client.chat.completions.create)",
        ).toBe("POST");
        expect(
          chats[0]!.body.messages,
          `the request's messages should be [system "You are a pirate.", user "What is the capital of France?"], in that order; it sent ${show(chats[0]!.body.messages)}`,
        ).toEqual([
          { role: "system", content: "You are a pirate." },
          { role: "user", content: "What is the capital of France?" },
        ]);
      },
    );

    task("testSystemMessage uses DEFAULT_MODEL when no model is given [default-model]", async () => {
      await testSystemMessage(testClient(), "Be brief.", "Hi!");
      const [body] = sentBodies();
      expect(body, "testSystemMessage should send a chat completion request").toBeDefined();
      expect(
        body!.model,
        `without a model argument, the request's model should be DEFAULT_MODEL (${DEFAULT_MODEL}); it was ${show(body!.model)}`,
      ).toBe(DEFAULT_MODEL);
    });

    task("testSystemMessage sends the model you pass [model-passed]", async () => {
      await testSystemMessage(testClient(), "Be brief.", "Hi!", "gpt-4.1-mini");
      const [body] = sentBodies();
      expect(body, "testSystemMessage should send a chat completion request").toBeDefined();
      expect(
        body!.model,
        `testSystemMessage(client, ..., "gpt-4.1-mini") should send model "gpt-4.1-mini"; it sent ${show(body!.model)}`,
      ).toBe("gpt-4.1-mini");
    });

    task("testSystemMessage returns the assistant's text [returns-text]", async () => {
      replyWith(completion("Arr, 'tis Paris, matey!"));
      const answer = await testSystemMessage(testClient(), "You are a pirate.", "What is the capital of France?");
      expect(
        typeof answer,
        "testSystemMessage should return the reply's text (a string: choices[0].message.content), not the whole response or the choice",
      ).toBe("string");
      expect(answer, "testSystemMessage should return exactly the assistant's text").toBe("Arr, 'tis Paris, matey!");
    });

    task('testSystemMessage returns "" when the reply has no text [null-content]', async () => {
      const empty = completion("");
      empty.choices[0]!.message.content = null;
      replyWith(empty);
      const answer = await testSystemMessage(testClient(), "Be brief.", "Hi!");
      expect(
        answer,
        'when choices[0].message.content is null, testSystemMessage should return "" (an empty string)',
      ).toBe("");
    });
  });
});
