import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * Kinds of prompt the second blind set showed (a business told before the slogan is asked, a
 * count said last, a quiz host's voice, ages listed then asked about, a word kept for a game, a
 * summary whose text has a colon of its own), asked here in other words, at temperature 0.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system> | ReturnType<typeof assistant>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 3, temperature: 0, messages })).choices[0]
    .message.content ?? "";

describe("voices and memory from the second blind set", () => {
  it("takes the business the user says is theirs as a slogan's subject", async () => {
    expect(await text([user("We run a little dog grooming salon. Could you write us a short slogan?")])).toMatch(
      /\b(?:dog|grooming|salon|paws?|fur)\b/i,
    );
  });

  it("gives as many names as the count said last", async () => {
    const reply = await text([user("good names for my grey kitten, 3 please")]);
    expect(reply.split("\n").filter((l) => /^\s*(?:\d+[.)]|[-*•])\s/.test(l))).toHaveLength(3);
  });

  it("speaks as a quiz show host, not a radio announcer", async () => {
    const reply = await text([system("You are a loud quiz show host."), user("What is 9 times 7?")]);
    expect(reply).toMatch(/63/);
    expect(reply).toMatch(/contestants?|points|next question/i);
  });

  it("finds the youngest of the ages the user listed", async () => {
    const reply = await text([
      user("My nephews are 6, 13 and 10."),
      assistant("Nice!"),
      user("How old is my youngest?"),
    ]);
    expect(reply).toMatch(/\b6\b/);
  });

  it("recalls the word the user was thinking of", async () => {
    const reply = await text([
      user("I'm thinking of the word 'lantern'. Keep it in mind."),
      assistant("Okay."),
      user("What's 2 plus 2?"),
      assistant("4."),
      user("so what word was I thinking of?"),
    ]);
    expect(reply).toMatch(/lantern/);
  });

  it("counts the nights of a stay the user described", async () => {
    const reply = await text([
      user("I'm visiting my aunt from the 27th of March to the 4th of April."),
      assistant("How nice."),
      user("how many nights is that?"),
    ]);
    expect(reply).toMatch(/\b8 nights\b/);
  });

  it("summarises a text whose own colon comes after the ask", async () => {
    const reply = await text([
      user(
        "Sum this up in under 25 words please. Our garden club meets every Tuesday evening. Members bring three things: gloves, a trowel and seeds to swap. New members pay no fee for the first month.",
      ),
    ]);
    expect(reply).toMatch(/garden club/i);
  });
});
