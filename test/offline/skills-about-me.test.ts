import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

/**
 * Questions about the assistant itself get what the offline model really is, never a passage that
 * shares a word; a character set by the instructions answers for itself. And questions that only
 * borrow a neighbour's words (a car engine from the sorting passage's "toy cars" and "JavaScript
 * engines") are declined.
 */
const text = async (messages: (ReturnType<typeof user> | ReturnType<typeof system>)[], seed = 5) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed, messages })).choices[0].message.content ?? "";
const declined = (t: string) => /offline model/.test(t) && /can't|cannot|unable/.test(t);

describe("questions about the assistant", () => {
  it.each([
    ["What's your name?", /offline model/],
    ["Who made you?", /workbook/],
    ["Are you ChatGPT?", /^(?:No|I'm not)\b/],
    ["Are you a human?", /^(?:No|I'm not)\b.*program/],
    ["What can you do?", /unit conversions/],
    ["How do you work?", /token by token/],
    ["What is your favourite colour?", /no tastes of my own/],
    ["Can you search the web?", /no live data and no internet access/],
  ])("%s", async (question, want) => {
    const reply = await text([user(question)]);
    expect(reply).toMatch(want);
    expect(reply).toMatch(/OPENAI_API_KEY|random/);
  });

  it("'tell me about yourself' is about the model, never 'I cannot tell you about yourself'", async () => {
    for (const ask of ["Tell me a little about yourself", "Please introduce yourself"])
      expect(await text([user(ask)])).toMatch(/^I'm the workbook's offline model/);
  });

  it("a greeting before the question leaves the question to answer", async () => {
    expect(await text([user("hey there! what are you able to do?")])).toMatch(/\bsums\b|\bconvert|\bcount/);
    expect(await text([user("Good afternoon, what is 13 times 3?")])).toMatch(/\b39\b/);
    expect(await text([user("Hello!")])).toMatch(/\b(?:hello|hi)\b/i);
  });

  it("leaves a character from the instructions to answer for itself", async () => {
    const reply = await text([system("You are a cheerful pirate captain."), user("What's your name?")]);
    expect(reply).not.toMatch(/offline model/);
  });
});

describe("a neighbour's words are no answer", () => {
  it.each([
    "How does a car engine work?",
    "What's the best coffee shop in Paris?",
    "Who is the president of France?",
    "What is a riddle?",
    "What is a haiku?",
    "Give me a puzzle",
    "What is Docker?",
    "What is npm?",
    "What's the difference between == and === in JavaScript?",
    "What is a closure in JavaScript?",
    "Is Python faster than C?",
    "Explain what a spell is.",
    "Am I on the nice list?",
  ])("%s is declined", async (question) => {
    const reply = await text([user(question)]);
    expect(declined(reply), reply).toBe(true);
  });

  it("a name asked bare ('What is Python?') gets its definition, never a passage that only uses it", async () => {
    expect(await text([user("What is Python?")])).toMatch(/^Python is a general-purpose programming language/);
    expect(await text([user("What is Paris?")])).toMatch(/capital of France/);
  });

  it("still answers the puzzle, a haiku and the best time to visit Paris", async () => {
    expect(
      await text([
        user("A bat and a ball cost $1.10 together. The bat costs $1 more than the ball. What does the ball cost?"),
      ]),
    ).toMatch(/5 cents|\$0\.05/);
    expect((await text([user("Write a haiku about tea")])).split("\n")).toHaveLength(3);
    expect(await text([user("What is the best time to visit Paris?")])).toMatch(/spring|autumn/i);
  });
});
