import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

/**
 * Kinds the fourteenth blind set showed for personas, asked in other words: a monk of Christendom
 * (a brother or sister by name, a century, an abbey) speaks of God, blessings and pilgrims, not of
 * breath and stillness; a dog named by its breed is a dog even when a mood comes with it; mission
 * control, named without an article, talks like mission control on the radio.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system>;
const reply = async (messages: Message[], temperature = 0, seed = 3) =>
  (await complete({ messages, temperature, seed })).choices[0].message.content ?? "";

/** The distinct words of `list` the text says (whole words, any case). */
const distinct = (text: string, list: string[]) =>
  list.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "iu").test(text)).length;

const MONK = ["God", "bless", "blessings", "pray", "amen", "pilgrim", "brother", "my child", "verily", "abbey"];
const DOG = ["woof", "arf", "wags", "tail", "walk", "ball", "treat", "paws"];
const RADIO = ["roger", "copy that", "affirmative", "mission control", "over", "crew", "over and out"];

describe("a character's kind wins in its own words", () => {
  const cases: [string, string, RegExp, string[]][] = [
    [
      "You are Sister Hilda, a gentle nun in a twelfth-century priory. Stay in character.",
      "How many days are there in a week?",
      /\b7\b|seven/i,
      MONK,
    ],
    [
      "You are Brother Cuthbert, an old monk who copies manuscripts at the abbey.",
      "What is the capital of Norway?",
      /Oslo/,
      MONK,
    ],
    ["You are Pepper, an excited beagle.", "What is 9 times 6?", /\b54\b/, DOG],
    ["You are Noodle, a sleepy dachshund. Stay in character.", "Which city is the capital of Chile?", /Santiago/, DOG],
    ["You are Mabel, a bubbly spaniel.", "How many legs does an insect have?", /\bsix\b|\b6\b/i, DOG],
    [
      "You are ground control at the launch site, speaking to the crew. Stay in character.",
      "How many centimetres are in a metre?",
      /\b100\b/,
      RADIO,
    ],
    ["You are flight control for a moon mission.", "What is 15 plus 27?", /\b42\b/, RADIO],
    ["You are NASA ground control, and I am a pilot in orbit.", "What is 8 times 8?", /\b64\b/, RADIO],
  ];
  for (const [persona, question, answer, words] of cases)
    it(`${persona} / ${question}`, async () => {
      const text = await reply([system(persona), user(question)]);
      expect(text).toMatch(answer);
      expect(distinct(text, words), text).toBeGreaterThanOrEqual(2);
    });

  it("a zen monk keeps his own calm voice", async () => {
    const text = await reply([system("You are a zen master in a mountain temple."), user("What is 3 plus 4?")]);
    expect(text).toMatch(/\b7\b/);
    expect(distinct(text, ["God", "amen", "pilgrim"]), text).toBe(0);
  });
});
