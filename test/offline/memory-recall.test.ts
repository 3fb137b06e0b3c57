import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Memory of what the user said in passing: facts inside longer messages and across turns, asked
 * back in everyday phrasings ("what did I say I'm ...", "remind me ...", "... again?"), answered in
 * the second person, and an honest "I can't find it" when no sentence of the user's says it.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed: number) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";

async function everyReply(messages: Message[]): Promise<string[]> {
  const out: string[] = [];
  for (let seed = 1; seed <= 4; seed++) out.push(await text(messages, seed));
  return out;
}

const turns = (...said: string[]): Message[] =>
  said.flatMap((s, i) => (i === said.length - 1 ? [user(s)] : [user(s), assistant("Okay, noted.")]));

describe("memory: facts said in passing, asked back in other words", () => {
  it("recalls facts from inside longer messages and earlier turns, in the second person", async () => {
    const cases: [Message[], RegExp][] = [
      [turns("I'm 41 and I teach chemistry in Bristol.", "How old did I tell you I am?"), /\b41\b/],
      [turns("I can't eat gluten or dairy, so bear that in mind.", "What did I say I can't eat?"), /gluten.*dairy/],
      [turns("Could I get two veggie burritos and a lemonade?", "remind me what I ordered"), /veggie burritos/],
      [
        turns(
          "Long day. My neighbour Priti dropped by with her kitten, a tabby named Biscotti, and stayed for tea.",
          "What's the kitten called?",
        ),
        /\bBiscotti\b/,
      ],
      [turns("My neighbour Priti dropped by with her kitten.", "what's my neighbour's name again?"), /\bPriti\b/],
      [
        turns("We're heading to Crete in September.", "There will be six of us.", "When did I say we're going?"),
        /September/,
      ],
      [turns("My bus leaves at 6:20 from the main square.", "What time does my bus leave?"), /6:20/],
      [turns("I have two nephews, Otto and Felix.", "What are my nephews' names?"), /Otto and Felix/],
      [
        turns("My packing list: passport, charger, sunscreen and a hat.", "What was on my packing list?"),
        /passport.*charger/,
      ],
      [
        turns("Tonight I'm having dinner with Marguerite at the Thai place.", "Who am I having dinner with?"),
        /Marguerite/,
      ],
      [turns("I work as a pharmacist at Boots.", "Where do I work?"), /\bBoots\b/],
    ];
    for (const [messages, answer] of cases)
      for (const reply of await everyReply(messages)) {
        const asked = String(messages[messages.length - 1].content);
        expect(reply, asked).toMatch(answer);
        expect(reply, asked).not.toMatch(/\b(?:I'm|I am|my)\b.*\b(?:41|gluten|burritos|bus|nephews|packing)\b/);
        expect(reply, asked).not.toMatch(/\byou'm\b/);
      }
  });

  it("says it cannot find what the user never said, and does not answer live questions from memory", async () => {
    const never = turns("I'm a vegan and I live in Ghent.", "What did I tell you my blood type is?");
    for (const reply of await everyReply(never)) {
      expect(reply).toMatch(/offline model/);
      expect(reply).toMatch(/can't find/);
      expect(reply).not.toMatch(/Ghent|vegan/);
    }
    const live = turns("I ordered a parcel from Lyon last week.", "Where is my parcel now?");
    for (const reply of await everyReply(live)) expect(reply).not.toMatch(/you ordered a parcel/i);
  });
});
