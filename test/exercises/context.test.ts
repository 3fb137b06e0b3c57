import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { describe, expect } from "vitest";
import { ConversationManager, countChatTokens, SmartContextManager, trimToTokenBudget } from "#exercises/context";
import { DEFAULT_MODEL, samplingOptions } from "../../src/api/catalog";
import { countMessageTokens, countTokens } from "../../src/api/tokens";
import { exercise, task } from "../support/grading";
import { completion, replyWith, sentBodies, testClient, useMockServer } from "../support/server";

useMockServer();

const sys = (content: string): ChatCompletionMessageParam => ({ role: "system", content });
const user = (content: string): ChatCompletionMessageParam => ({ role: "user", content });
const assistant = (content: string): ChatCompletionMessageParam => ({ role: "assistant", content });

/** The OpenAI Cookbook's example, whose counts it checked against the API: 129 (cl100k_base) and 124 (o200k_base). */
const COOKBOOK_EXAMPLE: ChatCompletionMessageParam[] = [
  sys("You are a helpful, pattern-following assistant that translates corporate jargon into plain English."),
  { role: "system", name: "example_user", content: "New synergies will help drive top-line growth." },
  { role: "system", name: "example_assistant", content: "Things working well together will increase revenue." },
  {
    role: "system",
    name: "example_user",
    content: "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage.",
  },
  {
    role: "system",
    name: "example_assistant",
    content: "Let's talk later when we're less busy about how to do better.",
  },
  user("This late pivot means we don't have time to boil the ocean for the client deliverable."),
];

/** Text that o200k_base and cl100k_base split very differently. */
const MULTILINGUAL = "東京タワーはとても高いです。नमस्ते दुनिया, आप कैसे हैं? Ünïcödé ✓";

/** A conversation of short, distinct turns. */
function conversation(turns: number, words = 12): ChatCompletionMessageParam[] {
  const out: ChatCompletionMessageParam[] = [];
  for (let i = 0; i < turns; i++) {
    const text = `Turn ${i}: ` + Array.from({ length: words }, (_, w) => `word${(i * 7 + w) % 50}`).join(" ");
    out.push(i % 2 === 0 ? user(text) : assistant(text));
  }
  return out;
}

const text = (m: ChatCompletionMessageParam | undefined) =>
  typeof m?.content === "string" ? m.content : JSON.stringify(m?.content);
const show = (value: unknown) => JSON.stringify(value);
const roles = (list: readonly ChatCompletionMessageParam[]) => list.map((m) => m.role).join(",");

exercise("context", () => {
  describe("step 1: counting tokens like the API bills", () => {
    task(
      "countChatTokens matches the prompt_tokens the API reported for the Cookbook's example [count-cookbook]",
      () => {
        expect(
          countChatTokens(COOKBOOK_EXAMPLE, "gpt-4o-mini"),
          "gpt-4o-mini (o200k_base) bills this example as 124 prompt tokens",
        ).toBe(124);
        expect(
          countChatTokens(COOKBOOK_EXAMPLE, "gpt-3.5-turbo"),
          "gpt-3.5-turbo (cl100k_base) bills this example as 129 prompt tokens",
        ).toBe(129);
      },
    );

    task("countChatTokens agrees with the usage.prompt_tokens of a real request [count-real-request]", async () => {
      const client = testClient();
      const conversations: [ChatCompletionMessageParam[], string][] = [
        [[sys("You are a helpful Python tutor."), user("What are Python decorators?")], "gpt-4o-mini"],
        [
          [
            sys("Answer in the language of the question."),
            user(MULTILINGUAL),
            assistant("はい。"),
            { role: "user", name: "kenji", content: "続けて" },
          ],
          "gpt-4.1-mini",
        ],
        [[user(MULTILINGUAL), assistant("Noted."), user("Translate it to English.")], "gpt-4o"],
      ];
      for (const [messages, model] of conversations) {
        const response = await client.chat.completions.create({ model, messages, max_completion_tokens: 5 });
        expect(
          countChatTokens(messages, model),
          `for ${model}, countChatTokens must equal the prompt_tokens the API billed`,
        ).toBe(response.usage?.prompt_tokens);
      }
    });

    task("countChatTokens adds 3 tokens of framing per message [count-framing]", () => {
      const one = [user("Hello")];
      const three = [user("Hello"), assistant("Hello"), user("Hello")];
      expect(
        countChatTokens(one, "gpt-4o-mini"),
        "[{ role: 'user', content: 'Hello' }] is 3 (framing) + 1 ('user') + 1 ('Hello') + 3 (reply priming) = 8 tokens",
      ).toBe(8);
      expect(
        countChatTokens(three, "gpt-4o-mini") - countChatTokens(one, "gpt-4o-mini"),
        "each extra message costs 3 framing tokens + its role + its content (here 5 tokens each)",
      ).toBe(10);
    });

    task("countChatTokens adds 3 tokens of reply priming [count-priming]", () => {
      expect(
        countChatTokens([], "gpt-4o-mini"),
        "even an empty list costs 3 tokens: <|start|>assistant<|message|> primes the reply",
      ).toBe(3);
    });

    task("countChatTokens counts a name: its tokens plus 1 [count-name]", () => {
      const plain = user("Where is my order?");
      const named: ChatCompletionMessageParam = { role: "user", name: "alice_smith", content: "Where is my order?" };
      const expected = 1 + countTokens("alice_smith", "gpt-4o-mini");
      expect(
        countChatTokens([named], "gpt-4o-mini") - countChatTokens([plain], "gpt-4o-mini"),
        `a name costs 1 token + the tokens of the name (${expected} for "alice_smith")`,
      ).toBe(expected);
    });

    task("countChatTokens uses the encoding of the model [count-encoding]", () => {
      const messages = [sys("Answer in the language of the question."), user(MULTILINGUAL)];
      expect(countChatTokens(messages, "gpt-4o-mini"), "gpt-4o-mini uses o200k_base").toBe(
        countMessageTokens(messages, "gpt-4o-mini"),
      );
      expect(countChatTokens(messages, "gpt-3.5-turbo"), "gpt-3.5-turbo uses cl100k_base").toBe(
        countMessageTokens(messages, "gpt-3.5-turbo"),
      );
      expect(countChatTokens(messages, "gpt-4"), "gpt-4 uses cl100k_base").toBe(
        countMessageTokens(messages, "gpt-3.5-turbo"),
      );
      expect(countChatTokens(messages, "gpt-4.1-mini"), "gpt-4.1-mini uses o200k_base").toBe(
        countMessageTokens(messages, "gpt-4o-mini"),
      );
      expect(countChatTokens(messages, "gpt-5"), "gpt-5 uses o200k_base").toBe(
        countMessageTokens(messages, "gpt-4o-mini"),
      );
      expect(
        countChatTokens(messages, "gpt-4o-mini-2024-07-18"),
        "a dated snapshot uses its family's encoding (o200k_base)",
      ).toBe(countMessageTokens(messages, "gpt-4o-mini"));
      expect(
        countChatTokens(messages, "my-local-llama"),
        "a model the catalog does not know falls back to o200k_base",
      ).toBe(countMessageTokens(messages, "gpt-4o-mini"));
    });

    task("countChatTokens reads content given as a list of text parts [count-text-parts]", () => {
      const parts: ChatCompletionMessageParam = {
        role: "user",
        content: [
          { type: "text", text: "What is a decorator?" },
          { type: "text", text: " Keep it short." },
        ],
      };
      expect(countChatTokens([parts], "gpt-4o-mini"), "content parts count like the text they hold").toBe(
        countChatTokens([user("What is a decorator? Keep it short.")], "gpt-4o-mini"),
      );
    });
  });

  describe("step 2: trimming to a token budget", () => {
    task("trimToTokenBudget returns everything when it fits, as a new array [trim-fits]", () => {
      const messages = [sys("You are terse."), ...conversation(4)];
      const copy = structuredClone(messages);
      const result = trimToTokenBudget(messages, 10_000, "gpt-4o-mini");
      expect(result, "when everything fits, every message is kept in order").toEqual(copy);
      expect(result, "return a new array, not the one you were given").not.toBe(messages);
      expect(messages, "the caller's list must come back unchanged").toEqual(copy);
    });

    task("trimToTokenBudget keeps the system message and the most recent messages that fit [trim-newest]", () => {
      const messages = [sys("You are a helpful Python tutor."), ...conversation(30)];
      const copy = structuredClone(messages);
      const budget = countMessageTokens([messages[0], ...messages.slice(-7)], "gpt-4o-mini");
      const result = trimToTokenBudget(messages, budget, "gpt-4o-mini");
      expect(result[0], "the system message is always kept, first").toEqual(messages[0]);
      expect(
        result.slice(1).map(text),
        `with a budget of exactly system + the last 7 messages (${budget} tokens, reply priming included), keep exactly those 7, newest last`,
      ).toEqual(messages.slice(-7).map(text));
      expect(
        trimToTokenBudget(messages, budget - 1, "gpt-4o-mini")
          .slice(1)
          .map(text),
        "one token less leaves room for only the last 6",
      ).toEqual(messages.slice(-6).map(text));
      expect(messages, "the caller's list must come back unchanged").toEqual(copy);
    });

    task("trimToTokenBudget never splits or shortens a message [trim-whole]", () => {
      const messages = [sys("Be brief."), ...conversation(20, 40)];
      const budget = countMessageTokens([messages[0], ...messages.slice(-3)], "gpt-4o-mini") + 30;
      const result = trimToTokenBudget(messages, budget, "gpt-4o-mini");
      for (const kept of result) {
        expect(
          messages,
          `every kept message must be one of the originals, whole: "${text(kept).slice(0, 60)}..." is not`,
        ).toContainEqual(kept);
      }
      expect(
        countMessageTokens(result, "gpt-4o-mini"),
        `the result must fit in the budget of ${budget} tokens`,
      ).toBeLessThanOrEqual(budget);
      expect(
        result.slice(1).map(text),
        "30 spare tokens are not enough for a whole 4th message: keep the last 3 whole",
      ).toEqual(messages.slice(-3).map(text));
    });

    task(
      "trimToTokenBudget keeps a contiguous stretch: it stops at the first message that does not fit [trim-contiguous]",
      () => {
        const big = user("Please review this long file: " + "lorem ipsum dolor sit amet ".repeat(200));
        const messages = [
          sys("You review code."),
          user("old question"),
          assistant("old answer"),
          big,
          assistant("It looks fine."),
          user("Thanks! Anything else?"),
        ];
        const budget = countMessageTokens(
          [messages[0], ...messages.slice(-2), messages[1], messages[2]],
          "gpt-4o-mini",
        );
        const result = trimToTokenBudget(messages, budget, "gpt-4o-mini");
        expect(
          result.map(text),
          "the long message does not fit, so nothing older than it is kept (a conversation with a hole confuses the model)",
        ).toEqual([messages[0], ...messages.slice(-2)].map(text));
      },
    );

    task(
      "trimToTokenBudget returns just the system message when it alone is over the budget [trim-system-over]",
      () => {
        const messages = [sys("You are a meticulous assistant. ".repeat(30)), ...conversation(4)];
        const result = trimToTokenBudget(messages, 20, "gpt-4o-mini");
        expect(result, "the instructions are never dropped, even when they alone exceed the budget").toEqual([
          messages[0],
        ]);
      },
    );

    task("trimToTokenBudget keeps a developer message first too, and works without one [trim-developer]", () => {
      const messages: ChatCompletionMessageParam[] = [
        { role: "developer", content: "Answer in French." },
        ...conversation(12),
      ];
      const budget = countMessageTokens([messages[0], ...messages.slice(-4)], "gpt-4o-mini");
      expect(
        roles(trimToTokenBudget(messages, budget, "gpt-4o-mini")),
        "a developer message at index 0 is the instructions: keep it first",
      ).toBe("developer,user,assistant,user,assistant");
      const plain = conversation(12);
      const plainBudget = countMessageTokens(plain.slice(-5), "gpt-4o-mini");
      expect(
        trimToTokenBudget(plain, plainBudget, "gpt-4o-mini").map(text),
        "with no system message, keep just the most recent messages that fit",
      ).toEqual(plain.slice(-5).map(text));
    });

    task("trimToTokenBudget counts with the model's encoding [trim-encoding]", () => {
      const messages = [sys("Translate."), ...Array.from({ length: 10 }, (_, i) => user(`${i}: ${MULTILINGUAL}`))];
      const budget = countMessageTokens([messages[0], ...messages.slice(-4)], "gpt-3.5-turbo");
      expect(
        trimToTokenBudget(messages, budget, "gpt-3.5-turbo").length,
        "for gpt-3.5-turbo (cl100k_base) exactly system + 4 messages fit this budget",
      ).toBe(5);
    });
  });

  describe("step 3: ConversationManager", () => {
    task("ConversationManager.setSystemMessage puts one system message first [cm-system]", () => {
      const manager = new ConversationManager(testClient());
      manager.addUserMessage("Hi!");
      manager.setSystemMessage("You are a helpful Python tutor.");
      expect(roles(manager.messages), "setSystemMessage on a list without one puts it first").toBe("system,user");
      manager.setSystemMessage("You are a terse Python tutor.");
      expect(roles(manager.messages), "setting it again replaces it: still one system message").toBe("system,user");
      expect(text(manager.messages[0]), "the new text replaces the old one").toBe("You are a terse Python tutor.");
    });

    task(
      "ConversationManager.getResponse sends the history and remembers the assistant's reply [cm-history]",
      async () => {
        replyWith(
          completion("A decorator wraps a function."),
          completion("@timer above def f(): ..."),
          completion("A decorator returns a new function."),
        );
        const manager = new ConversationManager(testClient());
        manager.setSystemMessage("You are a helpful Python tutor.");
        const first = await manager.getResponse("What are Python decorators?");
        expect(first, "getResponse returns the reply's text").toBe("A decorator wraps a function.");
        await manager.getResponse("Can you show me a simple example?");
        await manager.getResponse("How do they differ from regular functions?");
        const bodies = sentBodies();
        expect(bodies.length, "one request per getResponse").toBe(3);
        expect(bodies[0].model, `the default model is DEFAULT_MODEL (${DEFAULT_MODEL})`).toBe(DEFAULT_MODEL);
        expect(bodies[0].messages.map(text), "the first request sends the system message and the question").toEqual([
          "You are a helpful Python tutor.",
          "What are Python decorators?",
        ]);
        expect(
          bodies[2].messages.map(text),
          "the third request sends the whole conversation, the assistant's earlier replies included",
        ).toEqual([
          "You are a helpful Python tutor.",
          "What are Python decorators?",
          "A decorator wraps a function.",
          "Can you show me a simple example?",
          "@timer above def f(): ...",
          "How do they differ from regular functions?",
        ]);
        expect(roles(manager.messages), "afterwards messages holds the system message and all six turns").toBe(
          "system,user,assistant,user,assistant,user,assistant",
        );
        expect(text(manager.messages.at(-1)), "the last message is the assistant's latest reply").toBe(
          "A decorator returns a new function.",
        );
      },
    );

    task("ConversationManager uses the model it was given [cm-model]", async () => {
      replyWith(completion("ok"));
      const manager = new ConversationManager(testClient(), { model: "gpt-4.1-mini" });
      await manager.getResponse("Hi");
      expect(sentBodies()[0]?.model, "options.model is the model of every request").toBe("gpt-4.1-mini");
    });

    task(
      "ConversationManager keeps the system message plus the last maxHistory messages [cm-max-history]",
      async () => {
        replyWith((_body, call) => completion(`reply ${call}`));
        const manager = new ConversationManager(testClient(), { maxHistory: 4 });
        manager.setSystemMessage("You are a helpful Python tutor.");
        for (let i = 1; i <= 4; i++) await manager.getResponse(`question ${i}`);
        expect(
          manager.messages.map(text),
          "with maxHistory 4: the system message and the last 4 messages (maxHistory does not count the system message)",
        ).toEqual(["You are a helpful Python tutor.", "question 3", "reply 3", "question 4", "reply 4"]);
        expect(
          sentBodies().at(-1)?.messages.map(text),
          "the last request: the system message, then the newest messages",
        ).toEqual(["You are a helpful Python tutor.", "reply 2", "question 3", "reply 3", "question 4"]);
      },
    );

    task(
      "ConversationManager's maxHistory defaults to 10, and trims without a system message too [cm-default-max]",
      () => {
        const manager = new ConversationManager(testClient());
        manager.setSystemMessage("Be brief.");
        for (let i = 0; i < 8; i++) {
          manager.addUserMessage(`u${i}`);
          manager.addAssistantMessage(`a${i}`);
        }
        expect(manager.messages.length, "default maxHistory is 10: the system message + 10 messages").toBe(11);
        expect(text(manager.messages[0]), "the system message survives trimming").toBe("Be brief.");
        expect(text(manager.messages[1]), "the oldest kept turn is u3 (the last 10 are u3..a7)").toBe("u3");
        const noSystem = new ConversationManager(testClient(), { maxHistory: 3 });
        for (let i = 0; i < 5; i++) noSystem.addUserMessage(`u${i}`);
        expect(noSystem.messages.map(text), "without a system message, keep just the last maxHistory messages").toEqual(
          ["u2", "u3", "u4"],
        );
      },
    );

    task("ConversationManager.tokenCount counts like the API bills [cm-token-count]", () => {
      const manager = new ConversationManager(testClient(), { model: "gpt-3.5-turbo" });
      manager.setSystemMessage("You are a helpful Python tutor.");
      manager.addUserMessage(`How do I say this in Python? ${MULTILINGUAL}`);
      manager.addAssistantMessage("Use a str: Python 3 strings are Unicode.");
      expect(
        manager.tokenCount(),
        "tokenCount() is countChatTokens(messages, model): overhead, reply priming and the model's encoding (cl100k_base here)",
      ).toBe(countMessageTokens(manager.messages, "gpt-3.5-turbo"));
      manager.setSystemMessage("You are a very patient and thorough Python tutor who gives examples.");
      manager.addUserMessage("Thanks!");
      expect(manager.tokenCount(), "tokenCount() follows every change (a new system message, a new turn)").toBe(
        countMessageTokens(manager.messages, "gpt-3.5-turbo"),
      );
    });

    task("ConversationManager.reset clears the turns and keeps the system message [cm-reset]", async () => {
      replyWith(completion("Sure."));
      const manager = new ConversationManager(testClient());
      manager.setSystemMessage("You are a helpful Python tutor.");
      manager.addUserMessage("What is a list?");
      manager.addAssistantMessage("An ordered, mutable sequence.");
      manager.reset();
      expect(manager.messages.map(text), "after reset() only the system message is left").toEqual([
        "You are a helpful Python tutor.",
      ]);
      await manager.getResponse("Start over: what is a tuple?");
      expect(sentBodies()[0]?.messages.map(text), "the next request starts fresh, with the system message").toEqual([
        "You are a helpful Python tutor.",
        "Start over: what is a tuple?",
      ]);
    });
  });

  describe("step 4: SmartContextManager", () => {
    task("SmartContextManager.addMessage appends messages as given [smart-add]", () => {
      const manager = new SmartContextManager(testClient());
      const named: ChatCompletionMessageParam = { role: "user", name: "sam", content: "Hi" };
      manager.addMessage(sys("Be kind."));
      manager.addMessage(named);
      expect(manager.messages, "messages holds what was added, in order").toEqual([sys("Be kind."), named]);
      expect(manager.summary, "summary is null until summarize() runs").toBeNull();
    });

    task(
      "SmartContextManager.shouldSummarize is true above 70% of maxTokens, counted in tokens [smart-threshold]",
      () => {
        const messages = [sys("You are a helpful Python tutor."), ...conversation(12)];
        const tokens = countMessageTokens(messages, "gpt-4o-mini");
        const [low, high] = [Math.ceil(tokens / 0.7) - 2, Math.ceil(tokens / 0.7) + 2];
        const below = new SmartContextManager(testClient(), { maxTokens: high });
        const above = new SmartContextManager(testClient(), { maxTokens: low });
        for (const m of messages) {
          below.addMessage(m);
          above.addMessage(m);
        }
        expect(above.shouldSummarize(), `${tokens} tokens is above 70% of maxTokens ${low}: time to summarize`).toBe(
          true,
        );
        expect(below.shouldSummarize(), `${tokens} tokens is below 70% of maxTokens ${high}: not yet`).toBe(false);
        // Exactly 70% is not above it: a conversation of 700 tokens with maxTokens 1000.
        const edge = new SmartContextManager(testClient(), { maxTokens: 1000 });
        const base = [sys("You are a helpful Python tutor."), user("Hi")];
        let words = 1;
        const atEdge = () => [...base, user("tokens ".repeat(words).trim())];
        while (countMessageTokens(atEdge(), DEFAULT_MODEL) < 700) words += 1;
        for (const m of atEdge()) edge.addMessage(m);
        expect(
          countMessageTokens(edge.messages, DEFAULT_MODEL),
          "the test's own conversation should cost 700 tokens",
        ).toBe(700);
        expect(edge.shouldSummarize(), "700 tokens is exactly 70% of maxTokens 1000, not above it: not yet").toBe(
          false,
        );
        edge.addMessage(user("More?"));
        expect(edge.shouldSummarize(), "one more message takes it above 70% of 1000: time to summarize").toBe(true);
        const fresh = new SmartContextManager(testClient());
        fresh.addMessage(user("Hi"));
        expect(fresh.shouldSummarize(), "a short conversation with the default maxTokens (4000) needs no summary").toBe(
          false,
        );
      },
    );

    task("SmartContextManager.shouldSummarize counts tokens, not messages or characters [smart-tokens]", () => {
      const long = new SmartContextManager(testClient(), { maxTokens: 4000 });
      for (let i = 0; i < 3; i++) long.addMessage(user("decorators wrap functions ".repeat(400)));
      expect(
        long.shouldSummarize(),
        "3 messages of ~1,200 tokens each are far above 70% of 4000 tokens: count tokens, not messages",
      ).toBe(true);
      const short = new SmartContextManager(testClient(), { maxTokens: 200 });
      for (let i = 0; i < 40; i++) short.addMessage(user("ok"));
      expect(
        short.shouldSummarize(),
        "40 messages of 'ok' cost 3 + 40 × 5 = 203 tokens with the per-message overhead: above 140 (70% of 200)",
      ).toBe(true);
    });

    task("SmartContextManager.shouldSummarize counts with its model's encoding [smart-encoding]", () => {
      const messages = [user(MULTILINGUAL.repeat(4))];
      const o200k = countMessageTokens(messages, "gpt-4o-mini");
      const cl100k = countMessageTokens(messages, "gpt-3.5-turbo");
      const maxTokens = Math.round((o200k + cl100k) / 2 / 0.7);
      const modern = new SmartContextManager(testClient(), { maxTokens });
      const legacy = new SmartContextManager(testClient(), { maxTokens, model: "gpt-3.5-turbo" });
      modern.addMessage(messages[0]);
      legacy.addMessage(messages[0]);
      expect(
        modern.shouldSummarize(),
        `gpt-4o-mini (o200k_base) counts ${o200k} tokens: below 70% of ${maxTokens}`,
      ).toBe(false);
      expect(
        legacy.shouldSummarize(),
        `gpt-3.5-turbo (cl100k_base) counts ${cl100k} tokens: above 70% of ${maxTokens}`,
      ).toBe(true);
    });

    task("SmartContextManager.summarize does nothing with fewer than 4 messages [smart-few]", async () => {
      const manager = new SmartContextManager(testClient());
      for (const m of [user("Hi"), assistant("Hello!"), user("What is a decorator?")]) manager.addMessage(m);
      await manager.summarize();
      expect(sentBodies().length, "with 3 messages there is nothing worth summarizing: send no request").toBe(0);
      expect(manager.messages.map(text), "and leave the messages as they are").toEqual([
        "Hi",
        "Hello!",
        "What is a decorator?",
      ]);
      expect(manager.summary, "summary stays null").toBeNull();
    });

    task(
      "SmartContextManager.summarize replaces old turns with one summary and keeps the last two [smart-summary]",
      async () => {
        replyWith(completion("The user is learning Python decorators; the tutor explained they wrap functions."));
        const manager = new SmartContextManager(testClient());
        const messages = [
          sys("You are a helpful Python tutor."),
          user("What are Python decorators?"),
          assistant("Functions that wrap other functions."),
          user("Can you show me a simple example?"),
          assistant("@timer\ndef work(): ..."),
          user("How do they differ from regular functions?"),
        ];
        for (const m of messages) manager.addMessage(m);
        await manager.summarize();
        const bodies = sentBodies();
        expect(bodies.length, "summarize() sends exactly one request").toBe(1);
        expect(bodies[0]!.model, `the summary request uses the manager's model (${DEFAULT_MODEL})`).toBe(DEFAULT_MODEL);
        expect(
          bodies[0]!.reasoning_effort,
          `the summary request adds ...samplingOptions(model) (reasoning_effort ${show(samplingOptions(DEFAULT_MODEL).reasoning_effort)}), so a reasoning model writes the summary instead of thinking`,
        ).toBe(samplingOptions(DEFAULT_MODEL).reasoning_effort);
        expect(manager.summary, "summary holds the reply's text").toBe(
          "The user is learning Python decorators; the tutor explained they wrap functions.",
        );
        expect(
          roles(manager.messages),
          "afterwards: [the instructions, the summary (a user message), the last two messages]",
        ).toBe("system,user,assistant,user");
        expect(text(manager.messages[0]), "the original system message is kept first: it holds the instructions").toBe(
          "You are a helpful Python tutor.",
        );
        expect(
          manager.messages[1],
          'the summary comes as one user message "Previous conversation summary: ...", right after the instructions (a summary is what was said, not an instruction)',
        ).toEqual({
          role: "user",
          content:
            "Previous conversation summary: The user is learning Python decorators; the tutor explained they wrap functions.",
        });
        expect(manager.messages.slice(2), "the last two messages are kept as they were").toEqual(messages.slice(-2));
        const other = new SmartContextManager(testClient(), { model: "gpt-4o-mini" });
        for (const m of messages) other.addMessage(m);
        await other.summarize();
        expect(
          sentBodies().at(-1)!.model,
          'a manager made with { model: "gpt-4o-mini" } sends its summary request to gpt-4o-mini: the manager\'s model, not DEFAULT_MODEL',
        ).toBe("gpt-4o-mini");
      },
    );

    task(
      'SmartContextManager.summarize sends a transcript of "role: content" lines, every message but the last two [smart-transcript]',
      async () => {
        replyWith(completion("Summary."));
        const manager = new SmartContextManager(testClient());
        const messages = [
          sys("You are a helpful Python tutor."),
          user("What are Python decorators?"),
          assistant("Functions that wrap other functions."),
          user("Can you show me a simple example?"),
          assistant("Here is one: a timer."),
          user("How do they differ from regular functions?"),
        ];
        for (const m of messages) manager.addMessage(m);
        await manager.summarize();
        const lines = (sentBodies()[0]?.messages ?? []).flatMap((m) => text(m).split("\n"));
        for (const m of messages.slice(1, 4)) {
          const line = `${m.role}: ${text(m)}`;
          expect(
            lines,
            `the transcript has one line per message, "role: content"; the line ${show(line)} is missing from ${show(lines)}`,
          ).toContain(line);
        }
        const all = lines.join("\n");
        for (const m of messages.slice(-2)) {
          expect(all, `the last two messages stay as they are and are not summarized: ${show(text(m))}`).not.toContain(
            text(m),
          );
        }
        expect(all, "the instructions take no part in the summary").not.toContain("You are a helpful Python tutor.");
      },
    );

    task(
      "SmartContextManager.summarize keeps a developer message at index 0 as it is: it is the instructions [smart-instructions]",
      async () => {
        replyWith(completion("They talked about decorators."));
        const manager = new SmartContextManager(testClient());
        const instructions: ChatCompletionMessageParam = { role: "developer", content: "Answer in French." };
        const turns = conversation(5);
        for (const m of [instructions, ...turns]) manager.addMessage(m);
        await manager.summarize();
        expect(
          manager.messages[0],
          "a developer message at index 0 is the instructions (developer is today's name for system): keep it first, unchanged",
        ).toEqual(instructions);
        expect(roles(manager.messages), "[developer instructions, user summary, last two messages]").toBe(
          "developer,user,assistant,user",
        );
        expect(
          sentBodies()[0]?.messages.map(text).join("\n"),
          "the instructions are not part of the transcript",
        ).not.toContain("Answer in French.");
      },
    );

    task(
      "SmartContextManager.summarize works without instructions and rolls summaries up [smart-roll-up]",
      async () => {
        replyWith(completion("First summary: decorators."), completion("Second summary: decorators and closures."));
        const manager = new SmartContextManager(testClient());
        const turns = conversation(4);
        for (const m of turns) manager.addMessage(m);
        await manager.summarize();
        expect(roles(manager.messages), "[u, a, u, a] becomes [summary (user), u, a]").toBe("user,user,assistant");
        expect(text(manager.messages[0])).toBe("Previous conversation summary: First summary: decorators.");
        expect(manager.messages.slice(1), "the last two messages are kept as they were").toEqual(turns.slice(-2));
        for (const m of conversation(6).slice(4)) manager.addMessage(m);
        await manager.summarize();
        expect(
          sentBodies()[1]?.messages.map(text).join("\n"),
          "the second summary request includes the first summary, so nothing is lost",
        ).toContain("First summary: decorators.");
        expect(roles(manager.messages), "still one summary message, then the last two messages").toBe(
          "user,user,assistant",
        );
        expect(text(manager.messages[0]), "the new summary replaces the old one").toBe(
          "Previous conversation summary: Second summary: decorators and closures.",
        );
        expect(manager.summary).toBe("Second summary: decorators and closures.");
      },
    );
  });
});
