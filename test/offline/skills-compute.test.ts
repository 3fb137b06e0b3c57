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
    const text = await ask("What is 12 times 12, and who painted the Mona Lisa?", { temperature: 0 });
    expect(text).toContain("144");
    expect(text).toMatch(/can't answer "who painted the Mona Lisa\?"/);
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
    const text = await ask("Convert 8 km to miles and what is 9 times 9? Also, who invented the telephone?", {
      temperature: 0,
    });
    expect(text).toMatch(/4\.97 miles[\s\S]*81[\s\S]*can't answer "who invented the telephone\?"/);
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

  it("a month name used as a word is no date", async () => {
    const text = await ask("May I ask you something?", { temperature: 0 });
    expect(text).not.toMatch(/\b(days|weekday|leap year)\b/);
  });
});
