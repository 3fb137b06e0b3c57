import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Reasoning from what the user said earlier, only where the link is plain: the food named holds
 * what they avoid, a meat is not vegetarian, a price is over a stated budget. Anything less plain
 * is not answered "yes". Prompts are this file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed = 4) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";
const told = (fact: string, ask: string): Message[] => [user(fact), assistant("Thanks, noted."), user(ask)];

describe("reasoning from a stated fact", () => {
  it("an allergy or a diet against a food that plainly holds it", async () => {
    expect(await text(told("I am allergic to sesame.", "Could I have some sesame crackers?"))).toMatch(
      /^No\b.*allergic to sesame.*sesame/,
    );
    expect(await text(told("Just so you know, I'm vegetarian.", "Can I order the beef stew?"))).toMatch(/^No\b.*beef/);
    expect(await text(told("I'm allergic to shellfish.", "can I eat lobster?"))).toMatch(
      /lobster is a kind of shellfish/,
    );
    expect(await text(told("I'm vegan.", "Can I have a glass of oat milk?"))).not.toMatch(/^No\b/);
  });

  it("never says a food is safe, and ignores free-from versions", async () => {
    expect(await text(told("I am allergic to peanuts.", "Can I eat a banana?"))).not.toMatch(/^(?:Yes|No)\b/);
    expect(await text(told("I am allergic to peanuts.", "Can I eat peanut-free cookies?"))).not.toMatch(
      /^(?:Yes|No)\b/,
    );
    expect(await text(told("I'm vegetarian.", "Can I have a vegetarian chicken burger?"))).not.toMatch(/^No\b/);
  });

  it("a price against a stated budget", async () => {
    expect(await text(told("My budget is 300 pounds.", "Can I afford a 420 pound bike?"))).toMatch(
      /^No\b.*120 pounds over/,
    );
    expect(await text(told("My budget is $80.", "Can I afford a $65 jacket?"))).toMatch(/^Yes\b.*15 dollars/);
  });
});
