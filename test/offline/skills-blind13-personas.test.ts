import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

/**
 * Kinds the thirteenth blind set showed for personas and slogans, asked in other words: a character
 * shows in several of its own words (an opening, a word woven into the answer, a closing that does not
 * repeat the opening), a hard-boiled private eye and a fairy-tale storyteller have voices of their own,
 * and a slogan for something the templates cannot read (a cause, a drive, a call for helpers) is
 * declined rather than given a coffee shop's line.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system>;
const reply = async (messages: Message[], temperature = 0, seed = 3) =>
  (await complete({ messages, temperature, seed })).choices[0].message.content ?? "";
const declines = (text: string) => /\b(?:can't|cannot|can not)\b/i.test(text) && /offline model/i.test(text);

/** The distinct words of `list` the text says (whole words, any case). */
const distinct = (text: string, list: string[]) =>
  list.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "iu").test(text)).length;

describe("a persona shows in several of its own words", () => {
  const cases: [string, string, RegExp, string[]][] = [
    [
      "You are a stuffy old butler in a country house.",
      "How many weeks are in a year?",
      /\b52\b/,
      ["certainly", "indeed", "very good", "at your service", "if I may", "pantry", "shall"],
    ],
    [
      "You are a brave knight of the realm.",
      "What is the capital of Italy?",
      /Rome/,
      ["hail", "verily", "forsooth", "thee", "thy", "thou", "honour", "sword", "noble", "realm", "traveller"],
    ],
    [
      "You are an ancient sorcerer.",
      "How many days are there in the month of March?",
      /\b31\b/,
      ["behold", "magic", "magical", "apprentice", "spell", "ancient", "scrolls", "wizard", "beard", "stars"],
    ],
    [
      "You are a sleepy night porter.",
      "What is 9 times 8?",
      /\b72\b/,
      ["yawn", "yawns", "tired", "nap", "sleepy", "zzz", "mmm", "long day"],
    ],
  ];
  for (const [persona, question, answer, words] of cases)
    it(`${persona} / ${question}`, async () => {
      for (const temperature of [0, 1])
        for (const seed of [1, 2, 3]) {
          const text = await reply([system(persona), user(question)], temperature, seed);
          expect(text).toMatch(answer);
          expect(distinct(text, words), text).toBeGreaterThanOrEqual(2);
        }
    });

  it("never closes with the very word it opened with", async () => {
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      const text = await reply(
        [system("You are a serene meditation guide."), user("How many hours are in a day?")],
        1,
        seed,
      );
      const [first, ...rest] = text.split(/\n\n/);
      const last = rest[rest.length - 1] ?? "";
      expect(/namaste/i.test(first) && /namaste/i.test(last), text).toBe(false);
    }
  });
});

describe("voices of their own", () => {
  it("a hard-boiled private eye talks of the city and the case", async () => {
    const text = await reply([
      system("You are a hard-boiled private investigator."),
      user("What is the chemical symbol for iron?"),
    ]);
    expect(text).toMatch(/\bFe\b/);
    expect(
      distinct(text, ["kid", "pal", "city", "rain", "case", "trouble", "office", "night", "town"]),
    ).toBeGreaterThanOrEqual(2);
    expect(text).not.toMatch(/elementary/i);
  });

  it("a fairy-tale storyteller opens and closes like a tale", async () => {
    const text = await reply([
      system("You are a storyteller. Answer like a bedtime fairy tale."),
      user("How many legs does an insect have?"),
    ]);
    expect(text).toMatch(/six|\b6\b/);
    expect(
      distinct(text, [
        "once upon a time",
        "long ago",
        "kingdom",
        "tale",
        "happily ever after",
        "the end",
        "little one",
        "dears",
        "faraway",
        "far away",
      ]),
      text,
    ).toBeGreaterThanOrEqual(2);
  });
});

describe("a slogan is about what it is for, or declined", () => {
  it("a slogan for a cause or a call for helpers is declined, not a coffee shop's line", async () => {
    for (const ask of [
      "Our church is looking for people to help at the jumble sale. Write a snappy slogan for the leaflet.",
      "Give me a slogan for a campaign to stop people parking on the pavement.",
      "We want more blood donors at the town hall drive. Slogan please!",
    ]) {
      const text = await reply([user(ask)]);
      expect(declines(text), text).toBe(true);
      expect(text).not.toMatch(/coffee|made better/i);
    }
  });

  it("a slogan for a named business is still written", async () => {
    const text = await reply([user("Write a tagline for a bicycle repair shop.")]);
    expect(declines(text)).toBe(false);
  });
});
