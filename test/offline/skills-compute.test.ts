/**
 * The computing skills (arithmetic, units, dates, words, random picks): the number in the reply is
 * the computed one in every phrasing the sampler may pick, the form asked for is kept, and a
 * message that is not the skill's kind gets no computed reply.
 */
import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

const ask = async (prompt: string, params: Record<string, unknown> = {}) =>
  (await complete({ messages: [user(prompt)], ...params })).choices[0].message.content ?? "";

/** Every reply of n choices at temperature 1 (so all phrasings show), with a fixed seed. */
const replies = async (prompt: string, n = 8, params: Record<string, unknown> = {}) =>
  (await complete({ messages: [user(prompt)], n, seed: 7, ...params })).choices.map((c) => c.message.content ?? "");

/** The numbers a reply states, with thousands separators read as such. */
const numbers = (text: string) => (text.match(/-?\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, "")));

describe("a tip said the other way round", () => {
  it("'the tip on $64 at 15%' is worked out like '15% tip on $64'", async () => {
    expect(await ask("What's the tip on $64 at 15%?", { temperature: 0 })).toMatch(/\$9\.60/);
  });
});

describe("arithmetic: sums and percentages are worked out, in every phrasing", () => {
  const cases: [string, number][] = [
    ["What's 48 times 12?", 576],
    ["how much is 9 x 13", 117],
    ["Calculate 1,250 + 3,775.", 5025],
    ["what is 1000 minus 1234", -234],
    ["Compute 225 divided by 15", 15],
    ["What is 4 to the power of 4?", 256],
    ["square root of 289?", 17],
    ["(8 + 4) * (10 - 7) = ?", 36],
    ["eleven times nine", 99],
    ["What's 2^3^2?", 512],
    ["What is 35% of 260?", 91],
    ["What percent of 160 is 40?", 25],
    ["30 is what percent of 120?", 25],
    ["Decrease 400 by 15%.", 340],
    ["Prices went from 80 to 100. What's the percentage increase?", 25],
    ["Split $96 between 4 people.", 24],
    ["I have 6 crates with 15 bottles each. How many bottles in total?", 90],
  ];
  it.each(cases)("%s -> %d", async (prompt, expected) => {
    for (const text of await replies(prompt)) expect(numbers(text), text).toContain(expected);
  });

  it("a list to add up, and steps chained with 'then', are worked out in order", async () => {
    const cases: [string, number][] = [
      ["Add up 7, 19, 40 and 3.", 69],
      ["add together 2.5, 4 and 1.5", 8],
      ["Multiply 9 by 6, then subtract 4.", 50],
      ["Take 80, then divide by 16.", 5],
    ];
    for (const [prompt, value] of cases)
      for (const reply of await replies(prompt, 4)) expect(numbers(reply).at(-1), `${prompt}: ${reply}`).toBe(value);
  });

  it("floating-point noise never shows, and a 20% tip on $37.40 is $7.48", async () => {
    for (const text of await replies("What is 0.1 + 0.2?")) {
      expect(text).toMatch(/\b0\.3\b/);
      expect(text).not.toMatch(/0\.30000/);
    }
    for (const text of await replies("What's a 20% tip on a $37.40 bill?")) expect(text).toContain("$7.48");
  });

  it("several phrasings: n > 1 choices differ, and each states the answer", async () => {
    const texts = await replies("What is 27 times 14?", 12);
    expect(new Set(texts).size).toBeGreaterThan(1);
    for (const t of texts) expect(t).toContain("378");
  });

  it("'only the number' gives just the number; yes-or-no questions about a number answer yes or no", async () => {
    expect(await ask("Answer with only the number: what is 19 times 21?", { temperature: 0 })).toBe("399");
    expect(await ask("What is 144 divided by 16? Just the number.", { temperature: 0 })).toBe("9");
    expect(await ask("Is 89 a prime number? Answer yes or no.", { temperature: 0 })).toMatch(/^Yes\.?$/);
    expect(await ask("Is 221 prime?", { temperature: 0 })).toMatch(/^No\b.*13 × 17/);
  });

  it("dividing by zero says it is undefined, not Infinity", async () => {
    const text = await ask("What is 12 divided by 0?", { temperature: 0 });
    expect(text).toMatch(/undefined/);
    expect(text).not.toMatch(/Infinity/);
  });

  it("a message with a sum and another question answers the sum and names what it left out", async () => {
    const text = await ask("What is 12 times 12, and who will win the next Tour de France?", { temperature: 0 });
    expect(text).toContain("144");
    expect(text).toMatch(/can't answer "who will win the next Tour de France\?"/);
  });

  it("a fact asked beside a sum is looked up, not left out; a question about the result is answered from it", async () => {
    const fact = await ask("What is 12 times 12, and who painted the Mona Lisa?", { temperature: 0 });
    expect(fact).toMatch(/144[\s\S]*Leonardo/);
    expect(fact).not.toMatch(/can't/);
    expect(await ask("what's two thirds of 84, and is the answer an even number?", { temperature: 0 })).toMatch(
      /56[\s\S]*Yes, 56 is even/,
    );
    expect(await ask("whats 7 * 9 and is that odd", { temperature: 0 })).toMatch(/63[\s\S]*Yes, 63 is odd/);
    expect(await ask("What is 17 times 3? Is it prime?", { temperature: 0 })).toMatch(/51[\s\S]*not a prime/);
  });

  it("numbers in a message that is no sum get no computed answer", async () => {
    for (const prompt of [
      "I have 4 cats and 1 dog. What are their names?",
      "What is the population of France times 2?",
      "Tell me about the 1990s",
    ]) {
      const r = await complete({ messages: [user(prompt)], temperature: 0 });
      expect(r.choices[0].message.content, prompt).not.toMatch(/^(That's|The answer is) -?\d/);
    }
  });

  it("the answer keeps the form asked: capitals, JSON", async () => {
    expect(await ask("WHAT IS 6 TIMES 7? answer in capital letters", { temperature: 0 })).toMatch(/42/);
    const json = await ask("What is 6 times 7? Reply in JSON.", {
      temperature: 0,
      response_format: { type: "json_object" },
    });
    expect(JSON.stringify(JSON.parse(json))).toContain("42");
  });

  it("a system message does not stop a sum from being worked out", async () => {
    const r = await complete({
      messages: [system("You are a helpful assistant."), user("What is 250 + 175?")],
      temperature: 0,
    });
    expect(r.choices[0].message.content).toContain("425");
  });
});

describe("units: conversions are computed from exact definitions", () => {
  const cases: [string, number, number][] = [
    ["Convert 50 degrees Fahrenheit to Celsius.", 10, 0.005],
    ["What is 37°C in Fahrenheit?", 98.6, 0.005],
    ["How many miles is 42.195 kilometers?", 26.22, 0.005],
    ["convert 70 kg to pounds", 154.32, 0.005],
    ["How many inches are in 3 meters?", 118.11, 0.005],
    ["How many seconds are in an hour?", 3600, 0],
    ["3 gallons in litres", 11.36, 0.005],
    ["What's 300 Kelvin in Celsius?", 26.85, 0.005],
    ["How many grams are in 3 pounds?", 1360.78, 0.005],
    ["How many days are in 6 weeks?", 42, 0],
    ["100 km/h in mph", 62.14, 0.005],
    ["How many square feet are in 2 square metres?", 21.53, 0.005],
    ["Convert 1 hour 45 minutes to seconds.", 6300, 0],
    ["How many seconds is 2 minutes and 5 seconds?", 125, 0],
    // The IAU light-year (9,460,730,472,580.8 km), not js-quantities' older 9,460,528,000,000.
    ["How many km are in 2 light years?", 18_921_460_945_161.6, 100],
  ];
  it.each(cases)("%s -> %d", async (prompt, expected, tolerance) => {
    for (const text of await replies(prompt, 6)) {
      expect(
        numbers(text).some((n) => Math.abs(n - expected) <= tolerance),
        text,
      ).toBe(true);
    }
  });

  it("writes temperatures with their symbols and answers in the spelling asked", async () => {
    expect(await ask("Convert 20 degrees Celsius to Fahrenheit", { temperature: 0 })).toMatch(/20 °C.*68 °F/);
    expect(await ask("How many centimeters are in 3 feet?", { temperature: 0 })).toMatch(/91\.44 centimeters/);
  });

  it("reads fractions of a unit: '3/4 of a cup', '1 1/2 cups', 'half a pound'", async () => {
    expect(numbers(await ask("How many tablespoons are in 3/4 of a cup?", { temperature: 0 }))).toContain(12);
    expect(numbers(await ask("Convert 2 1/2 cups to millilitres", { temperature: 0 }))).toContain(591.47);
    expect(numbers(await ask("half a kilogram in pounds?", { temperature: 0 }))).toContain(1.1);
  });

  it("says plainly when the units measure different things", async () => {
    expect(await ask("Convert 5 kilograms to meters", { temperature: 0 })).toMatch(/can't be converted/);
  });

  it("only the number, when asked", async () => {
    expect(await ask("How many feet are in 3 miles? Answer with only the number.", { temperature: 0 })).toBe("15,840");
  });

  it("a number and a unit that are no conversion get no conversion", async () => {
    for (const prompt of ["I walked 5 km in the rain today, any tips for drying shoes?", "My cat weighs 4 kg."]) {
      const text = await ask(prompt, { temperature: 0 });
      expect(text, prompt).not.toMatch(/≈|=|\bis about\b.*\b(pounds|miles)\b/);
    }
  });
});

describe("several computable questions in one message", () => {
  it("each computing skill answers its part, in the message's order; the rest is named", async () => {
    const text = await ask("Convert 8 km to miles and what is 9 times 9? Also, who will be president in 2040?", {
      temperature: 0,
    });
    expect(text).toMatch(/4\.97 miles[\s\S]*81[\s\S]*can't answer "who will be president in 2040\?"/);
  });
});

// vitest.config.ts pins the model's today (WORKBOOK_TODAY) to 2026-12-01, a Tuesday.
describe("dates: computed against the model's today", () => {
  it("counts days until a named day, and between two dates (the year carried from the other date)", async () => {
    for (const text of await replies("How many days until New Year's Eve?", 6)) expect(numbers(text)).toContain(30);
    for (const text of await replies("how many days between 1 February and 1 March 2024", 6))
      expect(numbers(text)).toContain(29);
    for (const text of await replies("How many days from 10 January 2026 to 20 March 2026?", 6))
      expect(numbers(text)).toContain(69);
  });

  it("names the weekday of a date, past or future, and no other weekday", async () => {
    for (const [prompt, day] of [
      ["What day of the week was 20 July 1969?", "Sunday"],
      ["Which day of the week is 1 January 2030?", "Tuesday"],
      ["What day of the week is Christmas?", "Friday"],
    ]) {
      for (const text of await replies(prompt, 4)) {
        expect(text, prompt).toContain(day);
        const others = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"].filter(
          (d) => d !== day,
        );
        for (const other of others) expect(text, prompt).not.toContain(other);
      }
    }
  });

  it("adds days, weeks and months to today or to a date", async () => {
    expect(await ask("What date is 45 days from today?", { temperature: 0 })).toMatch(/15 January 2027/);
    expect(await ask("What date is 2 weeks after 25 December 2026?", { temperature: 0 })).toMatch(/8 January 2027/);
    expect(await ask("What is the date 3 months after 31 January 2027?", { temperature: 0 })).toMatch(/30 April 2027/);
    expect(await ask("What date was 10 days ago?", { temperature: 0 })).toMatch(/21 November 2026/);
  });

  it("leap years, days in a month, and ages from a birth date or year", async () => {
    expect(await ask("Is 1900 a leap year?", { temperature: 0 })).toMatch(/^No\b/);
    expect(await ask("Is 2000 a leap year? Answer yes or no.", { temperature: 0 })).toMatch(/^Yes\.?$/);
    expect(await ask("How many days are in February 2100?", { temperature: 0 })).toMatch(/\b28\b/);
    expect(await ask("I was born on 2 December 1990. How old am I?", { temperature: 0 })).toMatch(/\b35\b/);
    expect(await ask("How old is someone born in 2000?", { temperature: 0 })).toMatch(/\b26\b.*\b25\b/);
  });

  it("today is the pinned day, and 'only the date' gives only that", async () => {
    expect(await ask("What's today's date?", { temperature: 0 })).toMatch(/Tuesday, 1 December 2026/);
    expect(await ask("What day of the week was 9 November 1989? Only the day.", { temperature: 0 })).toBe("Thursday");
  });

  it("steps around the week and the year without a date: 'four days after Saturday', 'the month before May'", async () => {
    const cases: [string, string][] = [
      ["What day is four days after Saturday?", "Wednesday"],
      ["Which day comes before Thursday?", "Wednesday"],
      ["What month comes after December?", "January"],
      ["What month is 5 months before May?", "December"],
    ];
    for (const [prompt, answer] of cases)
      for (const reply of await replies(prompt, 4)) {
        expect(reply, prompt).toContain(answer);
        expect(reply, prompt).not.toMatch(/\b20\d\d\b/);
      }
  });

  it("counts from a named weekday ('two weeks from Friday'), not from today", async () => {
    // vitest.config.ts pins today to Tuesday 1 December 2026: the coming Friday is the 4th.
    const text = await ask("What date is two weeks from Friday?", { temperature: 0 });
    expect(text).toContain("18 December 2026");
    expect(text).not.toContain("15 December");
  });

  it("a today the learner states is counted from, wherever it stands in the message", async () => {
    // The pinned today is 1 December 2026; each stated today differs from it.
    const left = await ask("My visa runs out on 2027-04-10. If today is 2026-12-20, how many days remain?", {
      temperature: 0,
    });
    expect(left).toMatch(/\b111 days\b/);
    const age = await ask("Today is 3 May 2026. How old is a girl born on 9 June 2010?", { temperature: 0 });
    expect(numbers(age)).toContain(15);
    expect(numbers(age)).not.toContain(16);
    // Without a year the stated today is in this year: 21 days, not the 335 from the pinned today.
    const noYear = await ask("Suppose today is 11 October. How many days until 1 November?", { temperature: 0 });
    expect(numbers(noYear)).toContain(21);
  });

  it("adds up the days of several months asked together", async () => {
    const summer = await ask("How many days are in June and July combined?", { temperature: 0 });
    expect(numbers(summer)[0]).toBe(61);
  });

  it("a month name used as a word is no date", async () => {
    const text = await ask("May I ask you something?", { temperature: 0 });
    expect(text).not.toMatch(/\b(days|weekday|leap year)\b/);
  });
});

describe("words: tasks done on the text itself", () => {
  const cases: [string, RegExp][] = [
    [
      'Which is the longest word in "we watched fireworks by the river"?',
      /"fireworks", with 9 letters|longest word is "fireworks"/,
    ],
    ["What's the shortest word in this sentence: owls hunt at night", /"at"/],
    ["How many letters are in the word 'onomatopoeia'?", /\b12\b/],
    ["How many s's are in 'assesses'?", /\b5\b/],
    ["how many times does the letter o appear in 'voodoo'?", /\b4\b/],
    ["How many vowels are in 'rhythm'?", /\b0\b/],
    ["What is the plural of mouse?", /\bmice\b/],
    ["whats the singular of geese", /\bgoose\b/],
    ["Reverse the order of these numbers: 1, 2, 3, 4, 5", /5, 4, 3, 2, 1/],
    ["How many words are in this sentence: I think, therefore I am.", /\b5\b/],
    ["how many characters is 'open ai' without spaces", /\b6\b/],
    ["Spell 'desserts' backwards.", /stressed/],
    ["Spell the word queue letter by letter.", /Q-U-E-U-E/],
    ["Sort these words alphabetically: zebra, Apple, mango, banana", /Apple, banana, mango, zebra/],
    ["Sort these numbers from smallest to largest: 10, 9, 100, 1", /1, 9, 10, 100/],
    ["Reverse the order of these words: one two three four", /four three two one/],
    ["Which is the shortest word: table, ox, chair?", /"ox"/],
    ["What is the last letter of 'jazz'?", /\bZ\b/],
    ["Is 'Never odd or even' a palindrome?", /^Yes/],
    ["Are listen and silent anagrams?", /^Yes/],
  ];
  it.each(cases)("%s", async (prompt, pattern) => {
    for (const text of await replies(prompt, 4)) expect(text).toMatch(pattern);
  });

  it("'Say the word X N times' says it exactly N times", async () => {
    for (const text of await replies("Say the word kiwi exactly four times.", 4))
      expect(text.match(/kiwi/gi)?.length).toBe(4);
  });

  it("'repeat after me' and 'say exactly' say the rest back word for word; 'Say this is a test' still works", async () => {
    const owl = "The quick owl, at 3 a.m., flies in the rain!";
    for (const text of await replies(`Repeat after me: ${owl}`, 4)) expect(text).toBe(owl);
    expect(await ask("Say exactly: the big dog runs very fast", { seed: 3 })).toBe("the big dog runs very fast");
    expect(await ask("Say this is a test", { temperature: 0 })).toBe("This is a test.");
  });
});

describe("random picks: every outcome equally likely, picked by the seed", () => {
  /** The pick of one request per seed 1..n. */
  const picks = async (prompt: string, n: number) => {
    const out: string[] = [];
    for (let seed = 1; seed <= n; seed++) out.push(await ask(prompt, { seed }));
    return out;
  };

  it("a die's six faces all come up over 120 seeds, none far from 20 times", async () => {
    const counts = new Map<number, number>();
    for (const text of await picks("Roll a die.", 120)) {
      const face = numbers(text).find((n) => n >= 1 && n <= 6);
      expect(face, text).toBeDefined();
      counts.set(face as number, (counts.get(face as number) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    // A fair die over 120 throws lands each face 20 times, give or take; 8..32 is about ±3 sd.
    for (const c of counts.values()) {
      expect(c).toBeGreaterThanOrEqual(8);
      expect(c).toBeLessThanOrEqual(32);
    }
  });

  it("the reported logprobs are the true odds: ten numbers, each ln(1/10)", async () => {
    const r = await complete({
      messages: [user("Choose any whole number from 1 to 10 at random. Answer with only the number.")],
      logprobs: true,
      top_logprobs: 10,
      seed: 4,
    });
    const top = r.choices[0].logprobs?.content?.[0].top_logprobs ?? [];
    expect(top.map((t) => t.token).sort((a, b) => Number(a) - Number(b))).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "9",
      "10",
    ]);
    for (const t of top) expect(t.logprob).toBeCloseTo(Math.log(0.1), 2);
    expect(r.choices[0].message.content).toMatch(/^([1-9]|10)$/);
  });

  it("n > 1 choices differ, each a pick from the range", async () => {
    const r = await complete({ messages: [user("Choose a random year between 1950 and 1999.")], n: 8, seed: 5 });
    const years = r.choices.map((c) => numbers(c.message.content ?? "").find((n) => n >= 1950 && n <= 1999));
    for (const y of years) expect(y).toBeDefined();
    expect(new Set(years).size).toBeGreaterThan(3);
  });

  it("coins, options from a list, wide ranges and several numbers stay within what was asked", async () => {
    const coins = new Set(
      (await picks("Flip a coin.", 16)).map((t) => (/heads/i.test(t) ? "H" : /tails/i.test(t) ? "T" : t)),
    );
    expect([...coins].sort()).toEqual(["H", "T"]);
    const drinks = await picks("Pick one of: tea, coffee, lemonade", 24);
    for (const d of drinks) expect(d).toMatch(/\b(tea|coffee|lemonade)\b/i);
    expect(new Set(drinks.map((d) => /tea|coffee|lemonade/i.exec(d)?.[0].toLowerCase())).size).toBe(3);
    for (const t of await picks("Give me a random number between 1 and 1,000,000", 6)) {
      const n = numbers(t).find((x) => x >= 1);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(1_000_000);
    }
    for (const t of await picks("Give me 4 different random numbers from 1 to 20", 6)) {
      const ns = numbers(t);
      expect(ns).toHaveLength(4);
      expect(new Set(ns).size).toBe(4);
      for (const n of ns) expect(n >= 1 && n <= 20).toBe(true);
    }
  });

  it("a question about a range is no pick", async () => {
    const text = await ask("What happened between 1914 and 1918?", { temperature: 0 });
    expect(text).not.toMatch(/^(I pick|How about|Here's one|Your random)/);
  });
});

describe("arithmetic in everyday words", () => {
  const cases: [string, string][] = [
    ["I baked 24 cookies and ate 5. How many are left?", "19"],
    ["A car drives at 50 miles per hour for 4 hours. How far does it go?", "200"],
    ["Pens cost $1.25 each. How much for 8 pens?", "$10"],
    ["If I save $20 a week, how much will I have after 10 weeks?", "$200"],
    ["30 sweets shared equally among 5 kids: how many does each kid get?", "6"],
    ["What's 3/5 as a decimal?", "0.6"],
    ["What is 0.125 as a fraction?", "1/8"],
    ["Round 2.71828 to 3 decimal places", "2.718"],
    ["Is 9 × 7 = 63?", "Yes"],
    ["Which is bigger, 3^4 or 4^3?", "3^4"],
    ["Solve 4x - 7 = 21", "x = 7"],
    ["What's the average of 3, 5, 7 and 9?", "6"],
    ["How many minutes are in two and a half hours?", "150"],
  ];
  it.each(cases)("%s -> %s", async (prompt, expected) => {
    for (const text of await replies(prompt, 4)) expect(text).toContain(expected);
  });
});

describe("word tasks asked in other words", () => {
  const cases: [string, string][] = [
    ["Write the word 'planet' backwards", "tenalp"],
    ["Reverse the string 'Node20'", "02edoN"],
    ["Make this uppercase: quiet please", "QUIET PLEASE"],
    ["Convert to lowercase: SHOUTING", "shouting"],
    ["Capitalize each word: a tale of two cities", "A Tale Of Two Cities"],
    ["Remove the vowels from 'keyboard'", "kybrd"],
    ["Replace every 'o' with '0' in 'foobar'", "f00bar"],
    ["Make an acronym from 'portable document format'", "PDF"],
    ["Count from 3 to 7", "3, 4, 5, 6, 7"],
    ["Which word is shorter, 'elephant' or 'mouse'?", '"mouse"'],
    ["Which comes first alphabetically: mango or lemon?", '"lemon"'],
    ["What's the second word in 'slow and steady wins'?", '"and"'],
    ["How many unique letters are in 'letter'?", "4"],
    ["Print the word 'hi' with dashes between the letters", "h-i"],
    ["Sort these numbers: 42, 7, 19", "7, 19, 42"],
  ];
  it.each(cases)("%s -> %s", async (prompt, expected) => {
    for (const text of await replies(prompt, 4)) expect(text).toContain(expected);
  });
});

describe("word tasks that need a vocabulary", () => {
  it("offers a word with the start or end asked, from the words it knows", async () => {
    const q = await ask("Can you give me a word that starts with Q?", { temperature: 0 });
    expect(q).toMatch(/^(?:How about ")?q/i);
    const ly = await ask("I need a word ending in -ly.", { temperature: 0 });
    expect(ly).toMatch(/\b[a-z]*ly\b/i);
  });

  it("checks every condition said with the letter, and says so when it cannot check one", async () => {
    const word = (text: string) => /^(?:How about ")?([a-z]+)/i.exec(text)?.[1]?.toLowerCase() ?? "";
    const noE = word(await ask("Give me a word that starts with st and has no e.", { temperature: 0 }));
    expect(noE).toMatch(/^st[^e]*$/);
    const six = word(await ask("Name a 6-letter word that begins with c.", { temperature: 0 }));
    expect(six).toMatch(/^c[a-z]{5}$/);
    const kind = await ask("Tell me a word that starts with p and is a vegetable", { temperature: 0 });
    expect(kind).toMatch(/can't find .*vegetable/);
  });

  it("unscrambles from its vocabulary, and says so when no word fits", async () => {
    expect(await ask("Unscramble this word: ogd", { temperature: 0 })).toMatch(/"dog"|"god"/);
    expect(await ask("Unscramble: qzxj", { temperature: 0 })).toMatch(/offline model/);
  });

  it("names the letter after or before another", async () => {
    expect(await ask("Which letter comes after M?", { temperature: 0 })).toMatch(/^N comes after M/);
  });
});
