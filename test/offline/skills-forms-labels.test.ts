import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/**
 * Issue 16, forms and labels on a learner's own prompts (none from the course or the everyday
 * sets): a label read from the text itself, a yes or no that answers the question asked, a subject
 * line that reads like one, a counted list whose items answer the question. What the data cannot
 * decide is declined, never filled with a neighbour's passage.
 */
const ask = async (prompt: string, seed = 3) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed, messages: [user(prompt)] })).choices[0].message
    .content ?? "";
const declined = (t: string) => /offline model/.test(t) && /can't|cannot|unable/.test(t);

describe("labels read from the text itself", () => {
  it.each([
    ["Question or statement? 'We moved to Lisbon in May.'", /^statement\b/i],
    ['Is this a question or a statement? "Why is the bus late again?"', /^question\b/i],
    ['Command, question or statement: "Turn off the lights."', /^command\b/i],
    ["Urgent or not urgent? 'The kitchen pipe is leaking, please come immediately.'", /^urgent\b/i],
    ["Is this message urgent? 'No rush at all, reply whenever you get a chance.'", /^no\b/i],
    ["Fact or opinion? 'Summer is the nicest season.'", /^opinion\b/i],
    ["Fact or opinion? 'A spider has 8 legs.'", /^fact\b/i],
    ["Is this a complaint or a compliment? 'The room was dirty and the staff were rude.'", /^complaint\b/i],
    ["What language is this sentence in? 'Je n'aime pas le café, merci.'", /^french\b/i],
    ['English or Spanish? "¿Dónde está la biblioteca?"', /^spanish\b/i],
    ['Which topic is this: sports, weather, or food? "The soup needs more salt and pepper."', /^food\b/i],
    ["Does this sentence contain the word 'blue'? \"The sky was grey all day.\"", /^no\b/i],
  ])("%s", async (prompt, want) => {
    expect((await ask(prompt)).trim()).toMatch(want);
  });

  it("declines what the marks cannot decide", async () => {
    expect(declined(await ask("Is this urgent or not urgent? 'Can we talk about the picnic?'"))).toBe(true);
    expect(declined(await ask("Fact or opinion? 'The committee met on a Tuesday.'"))).toBe(true);
    expect(declined(await ask("Question or statement? 'Please pass the salt.'"))).toBe(true);
  });
});

describe("a subject line reads like one", () => {
  const seeds = [1, 4, 9];
  it.each([
    [
      "Subject line for an email asking my manager for Friday afternoon off.",
      /^(?:Request|Request for|.*request$)/i,
      /Friday afternoon off/i,
    ],
    [
      "Write a subject line for an email thanking my neighbour for their help with the move.",
      /^Thank(?:s| you)/,
      /your help with the move/,
    ],
    ["Email subject line inviting my team to a picnic on Sunday.", /invit|Join us/i, /picnic on Sunday/],
    ["Write an email subject line telling my class the exam moved to Tuesday.", /./, /exam moved to Tuesday/i],
    [
      "Subject line for an email apologizing to a customer for the late refund.",
      /^(?:Apologies|Sorry) for/,
      /the late refund/,
    ],
  ])("%s", async (prompt, lead, has) => {
    for (const seed of seeds) {
      const r = (await ask(prompt, seed)).trim();
      expect(r.split("\n"), r).toHaveLength(1);
      expect(r).toMatch(lead);
      expect(r).toMatch(has);
      expect(r).not.toMatch(/\b(?:an? e-?mail|please note)\b/i);
    }
  });

  it("declines a purpose it cannot read, rather than echo it", async () => {
    expect(declined(await ask("Write a subject line for an email convincing my landlord to fix the roof."))).toBe(true);
  });
});

describe("titles fit what they title", () => {
  it("an essay's title weighs its topic; a headline says the news with a verb", async () => {
    for (const seed of [2, 5, 11]) {
      const essay = await ask("Give me a title for an essay about ocean pollution.", seed);
      expect(essay).toMatch(/Ocean Pollution/);
      expect(essay).not.toMatch(/Beginner|Guide|Tale|can't|cannot/);
      const talk = await ask("Suggest a title for my talk on public libraries.", seed);
      expect(talk).toMatch(/Public Libraries/);
      expect(talk).not.toMatch(/My Talk/i);
      expect(await ask("Write a headline for a news story about a small town winning a national award.", seed)).toBe(
        "Small Town Wins a National Award",
      );
    }
  });
});

describe("a counted list of reasons holds reasons", () => {
  const items = (t: string) => t.split("\n").filter((l) => l.trim());
  it("lists a habit's benefits from its source, in the count and layout asked", async () => {
    const gym = await ask("Give me 3 bullet points on why working out is good for you.");
    expect(items(gym)).toHaveLength(3);
    for (const l of items(gym)) expect(l).toMatch(/^- It /);
    expect(gym).not.toMatch(/150 minutes|vegetables/);
    const water = await ask("Name two benefits of staying hydrated, numbered.");
    expect(items(water)).toHaveLength(2);
    expect(water).toMatch(/^1\. .*temperature/);
    const language = await ask("Give me 4 reasons to learn a foreign language.");
    expect(items(language)).toHaveLength(4);
    expect(language).toMatch(/cultures/);
    expect(language).not.toMatch(/machine learning|model/i);
  });

  it("says why in prose, in the sentences asked", async () => {
    expect(await ask("Why is reading good for kids?")).toMatch(/^Reading builds your vocabulary/);
    const two = await ask("In exactly two sentences, tell me why recycling is important.");
    expect(two.match(/[.!?](\s|$)/g)).toHaveLength(2);
    expect(two).toMatch(/^Recycling reduces/);
  });

  it("declines reasons the table does not hold rather than list a passage's tips", async () => {
    expect(declined(await ask("Give me three reasons to visit Lyon."))).toBe(true);
    expect(declined(await ask("List 3 benefits of yoga as bullet points."))).toBe(true);
  });

  it("ways to save water or energy come from the agencies' advice, not a neighbour passage", async () => {
    const water = await ask("Give me two ways to use less water at home.");
    expect(water.split("\n")).toHaveLength(2);
    expect(water).toMatch(/tap|leak|shower/i);
    expect(water).not.toMatch(/technology|solar/i);
  });
});

describe("a description in the length asked, however the length is said", () => {
  const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  it("length first, a case to apply, a most-words limit", async () => {
    expect(words(await ask("In exactly six words, describe autumn."))).toBe(6);
    const rain = await ask("Write a sentence about snow in all lowercase.");
    expect(rain).toBe(rain.toLowerCase());
    expect(rain).toMatch(/snow/);
    expect(declined(rain)).toBe(false);
    const forest = await ask("Write one sentence about forests, using fewer than 12 words.");
    expect(words(forest)).toBeLessThan(12);
    expect(forest).toMatch(/forest/i);
  });
});

describe("yes or no to a plain fact, and which of two", () => {
  it.each([
    ["Is a spider an insect? Yes or no.", /^No\b/],
    ["Is a koala a bear? Answer yes or no.", /^No\b/],
    ["Does the Earth orbit the Sun? One word.", /^Yes\.?$/],
    ["Is a dolphin a fish or a mammal? One word.", /^Mammal\.?$/],
    ["Is water an element or a compound?", /^Water is a compound/],
    ["Is the moon a star? Just yes or no.", /^No\.?$/],
  ])("%s", async (prompt, want) => {
    expect((await ask(prompt)).trim()).toMatch(want);
  });

  it("never answers a yes-or-no question with a bare number or a word that is neither", async () => {
    const r = (await ask("Does Jupiter have rings? Answer with one word.")).trim();
    expect(r).not.toMatch(/^\d/);
    expect(/^(?:yes|no)\b/i.test(r) || declined(r)).toBe(true);
  });
});

describe("everyday packing lists from a sourced set", () => {
  it("a beach day starts with sun protection; a hike with the Ten Essentials", async () => {
    const beach = await ask("Write a numbered list of four things to bring to the beach.");
    expect(beach.split("\n")).toHaveLength(4);
    expect(beach).toMatch(/^1\. /);
    expect(beach).toMatch(/Sunscreen|Sunglasses|hat/);
    const hike = await ask("List 3 things to pack for a day hike, as bullet points.");
    expect(hike.split("\n")).toHaveLength(3);
    for (const l of hike.split("\n")) expect(l).toMatch(/^- /);
  });
});

describe("a form said before the question", () => {
  it("'in all caps:' and 'write your answer in all caps:' say how to answer, not what to convert", async () => {
    for (const p of [
      "Write your answer in all caps: what is 6 times 7?",
      "Answer in all caps: what is 6 times 7?",
      "In all caps, what is 6 times 7?",
    ]) {
      const r = await ask(p);
      expect(r, p).toMatch(/\b42\b/);
      expect(r).toBe(r.toUpperCase());
    }
    expect(await ask("Make this uppercase: see you soon")).toBe("SEE YOU SOON");
  });

  it("numbers spelled out, one per line, are numbers and not a passage", async () => {
    expect(await ask("Write the numbers six to nine in words, one per line.")).toBe("Six\nSeven\nEight\nNine");
  });
});

describe("more yes-or-no and list shapes", () => {
  it.each([
    ["Is sulfur a metal? Yes or no.", /^No\.?$/],
    ["Do spiders have 6 legs? Answer yes or no.", /^No\.?$/],
    ["Did the Second World War end in 1945?", /^Yes\b/],
    ["Is 250 greater than 205? yes or no", /^Yes\.?$/],
    ["Is Lima in Peru? Just answer yes or no.", /^Yes\.?$/],
    ['Is this sentence a question? "The shop opens at nine."', /^No\b/],
    ["Name the months of the year that start with M.", /^1\. March\n2\. May$/],
    // A letter to start with is computed from the set, not a narrowing the set cannot answer.
    ["Name a colour that starts with B", /\b(?:blue|brown|black)\.?$/i],
    ["Pick one month at random that starts with J.", /\b(?:January|June|July)\.?$/],
    ["Choose a random weekday beginning with T, please.", /\b(?:Tuesday|Thursday)\.?$/],
    ["List two planets in reverse order.", /^1\. Neptune\n2\. Uranus$/],
  ])("%s", async (prompt, want) => {
    expect((await ask(prompt)).trim()).toMatch(want);
  });

  it("a list without numbers has none; painters are painters, not a museum's points", async () => {
    const veg = await ask("Write a list of 3 fruits without numbers.");
    expect(veg.split("\n")).toHaveLength(3);
    expect(veg).not.toMatch(/^\d/m);
    expect(await ask("List 2 famous painters.")).not.toMatch(/Louvre|Orsay|museum/i);
  });
});

describe("counts and layouts that were cut or misread", () => {
  it("'in one line each' is a line per item; 'five words that describe' is no pointer back", async () => {
    const tips = await ask("Give me 3 tips for better sleep in one line each.");
    expect(tips.split("\n")).toHaveLength(3);
    const beach = await ask("Give me exactly 4 words that describe winter.");
    expect(beach.split(/\s+/)).toHaveLength(4);
    expect(beach).toMatch(/winter/i);
  });

  it("Paris in three words is a description, and a bare city name is bare", async () => {
    const paris = await ask("Describe Paris in three words.");
    expect(paris.split(/\s+/)).toHaveLength(3);
    expect(paris).toMatch(/^Paris: /);
    expect(await ask("What's the capital of Canada? Reply with just the city name.")).toBe("Ottawa");
  });

  it("computes rhymes, and declines reasons about one effect rather than list the wrong things", async () => {
    // Rhymes are computed from spelled endings (skills/rhymes.ts), never listed from a passage.
    const rhymes = await ask("Give me four words that rhyme with night.");
    expect(rhymes.match(/\b[a-z]*ight\b/gi)?.filter((w) => w.toLowerCase() !== "night")).toHaveLength(4);
    expect(declined(await ask("Give me two reasons why walking improves sleep."))).toBe(true);
  });
});
