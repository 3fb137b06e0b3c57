/**
 * Kinds the fourteenth blind set found wrong, asked in other words: a word spelled in the NATO
 * alphabet (was a name idea), a rhyme the word list lacks (was a poem), names asked beside an age
 * range (was a random number), a request after a remark about the user (was "noted"), pints said
 * British once for the whole message, the planet between two others, and a day's takings priced per item.
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

async function say(text: string, seed = 3): Promise<string> {
  const r = await complete({ messages: [user(text)], seed, temperature: 0 });
  return r.choices[0].message.content ?? "";
}

describe("blind14 kinds", () => {
  it("spells a word in the NATO phonetic alphabet", async () => {
    expect(await say("Our van is called Bluebell. How would I say that in the NATO phonetic alphabet?")).toMatch(
      /Bravo,? Lima,? Uniform,? Echo,? Bravo,? Echo,? Lima,? Lima/,
    );
  });

  it("gives a rhyme from its list, and says so plainly when the word has none it knows", async () => {
    expect(await say("need a word that rhymes with shelf for a birthday card")).toMatch(
      /\b(?:self|elf|myself|itself|herself|himself|yourself)\b/i,
    );
    const none = await say("need a word that rhymes with orange for a birthday card");
    expect(none).toMatch(/can(?:no|')t find a word that rhymes with "orange"/);
  });

  it("does not answer a request for names with a number from the age range beside it", async () => {
    const text = await say(
      "We are starting a junior choir at St Luke for ages 9 to 15. Could you give me 4 names for it?",
    );
    expect(text).not.toMatch(/\brandom\b|^\s*\d+\.?\s*$/i);
    expect(text.split("\n").filter((l) => /^\s*\d+\.\s+\S/.test(l))).toHaveLength(4);
  });

  it("answers the request after a remark about the user instead of noting the remark", async () => {
    expect(await say("i've got 20 raffle tickets numbered 1 to 20, pick one for the winner")).not.toMatch(
      /thanks for telling me|noted|good to know/i,
    );
  });

  it("reads 'British pints' for every pint the message names", async () => {
    expect(await say("how many litres is 4 pints of bitter? british pints")).toMatch(/\b2\.27\b/);
  });

  it("names the planet between two others", async () => {
    expect(await say("Which planet sits between Jupiter and Uranus?")).toMatch(/\bSaturn\b/);
  });

  it("adds a day's takings priced per item, never the unit prices alone", async () => {
    const text = await say(
      "Today I did 6 haircuts at £20 each and 2 beard trims at £9 each. What did I take altogether?",
    );
    expect(text).toMatch(/£138\b/);
  });
});
