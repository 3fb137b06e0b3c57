/**
 * Everyday questions a learner puts to a character they described (its job, its food, advice,
 * its take on Mondays, the weather in its own world): answered from the kind's own nouns, so a
 * tree talks of roots and leaves and a squirrel of acorns; the weather is its imagined world and
 * says it has no live data. A character the model knows nothing about still declines them.
 */
import { describe, expect, it } from "vitest";
import { isDecline } from "../../bench/everyday/judge";
import { complete, system, user } from "./helpers";

async function replies(sys: string, ask: string): Promise<string[]> {
  const out: string[] = [];
  for (const settings of [{ temperature: 0 }, { seed: 3 }, { seed: 44 }]) {
    const r = await complete({ messages: [system(sys), user(ask)], ...settings });
    out.push(r.choices[0].message.content ?? "");
  }
  return out;
}
const declines = (text: string) => isDecline({ text, refusal: null });

describe("a described character answers about its own world", () => {
  const asks: [string, string, RegExp][] = [
    ["You are an ancient oak tree.", "Introduce yourself.", /branches|forest|shade/i],
    ["You are a nervous squirrel.", "What's your favourite snack?", /acorns/i],
    ["You are a cheerful golden retriever.", "What do you think of Mondays?", /Mondays\?.*(?:walk|ball)/s],
    ["You are a bored supermarket cashier.", "Describe your job.", /till|groceries|receipts/i],
    ["You are a lonely lighthouse keeper.", "Give me some advice.", /light/i],
    ["You are a grumpy medieval blacksmith.", "Tell me about yourself.", /forge|anvil|iron/i],
    ["You are a jolly penguin.", "What's the weather like where you are?", /ice.*no live data/is],
    ["You are an astronaut.", "What's the weather like up there?", /orbit.*no live data/is],
    ["You are a dragon.", "What do you think about rainy days?", /Rainy days\?.*gold/s],
    ["Act as a sarcastic teenager.", "Any advice for me?", /phone|seriously/i],
  ];
  for (const [sys, ask, content] of asks)
    it(`${sys} ${ask}`, async () => {
      for (const reply of await replies(sys, ask)) {
        expect(reply).toMatch(content);
        expect(declines(reply), reply).toBe(false);
      }
    });
});

describe("a grounded question keeps its answer in the character's voice", () => {
  it("a tree counts the continents", async () => {
    for (const reply of await replies("You are a wise old willow tree.", "What's 14 plus 9?")) {
      expect(reply).toMatch(/\b23\b/);
      expect(reply).toMatch(/leaves|shade|grow|rustle|creak/i);
    }
  });
});

describe("what the model does not know of a character is still declined", () => {
  const asks: [string, string][] = [
    ["You are a mysterious stranger.", "What's your favourite food?"],
    ["You are an old hermit.", "What do you think about rainy days?"],
    ["You are a cheerful golden retriever.", "What's the weather like in Madrid right now?"],
  ];
  for (const [sys, ask] of asks)
    it(`${sys} ${ask}`, async () => {
      for (const reply of await replies(sys, ask)) expect(declines(reply), reply).toBe(true);
    });
});
