import { describe, expect, it } from "vitest";
import { assistant, complete, type system, user } from "./helpers";

/**
 * Sums as people write them in a chat: money with a markup or a percentage off, amounts told one by
 * one, a rate the user gives for a conversion no table can make, a date or a figure said in an
 * earlier turn, a list to count. Each answer is computed from what the user said; what no rule
 * covers is declined, never guessed. One request at temperature 0 per assertion.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system> | ReturnType<typeof assistant>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 3, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const ask = (prompt: string) => text([user(prompt)]);
const declined = (t: string) => /offline model/.test(t) && /can't|cannot|unable/.test(t);

describe("money and percentages in a sentence", () => {
  it.each([
    ["The materials cost 520 and I put a 10% markup on them. What do I bill?", /\b572\b/],
    ["Boots are normally 120 but there's 25% off today. How much are they now?", /\b90\b/],
    ["A 12% service charge on a 75 bill, how much is the service charge?", /\b9\b/],
    ["My car costs 300 a month to run and I earn 2,400 a month. What percentage of my earnings is the car?", /12\.5%/],
    [
      "My suitcase weighs 9 kg and I weigh 60 kg. Airlines say keep under 20% of body weight. What percent is it, and am I under?",
      /15%.*\byes\b/i,
    ],
  ])("%s", async (prompt, want) => {
    expect(await ask(prompt)).toMatch(want);
  });

  it("a change from a figure said in the turn before", async () => {
    const reply = await text([
      user("My 5k time was 30 minutes in spring."),
      assistant("A good start."),
      user("Now it's 27 minutes. By what percentage did it go down?"),
    ]);
    expect(reply).toMatch(/\b10%/);
  });

  it("compares pence with pounds and cents with dollars in one unit", async () => {
    const fare = await ask("A bus ticket used to be 95p and now it's £1.14. By what percent did it go up?");
    expect(fare).toMatch(/\b20%/);
    expect(fare).not.toMatch(/lower|down/);
  });

  it("a share of an amount said in the turn before", async () => {
    const reply = await text([
      user("Our grocery budget is 600 a month."),
      assistant("Noted."),
      user("If 40% of it goes on fresh food, how much is that?"),
    ]);
    expect(reply).toMatch(/\b240\b/);
  });
});

describe("amounts told one by one", () => {
  it("totals and averages amounts of one unit", async () => {
    const reply = await ask(
      "I walked 6 km on Friday, 9 km on Saturday and 12 km on Sunday. What's my total, and the average per walk?",
    );
    expect(reply).toMatch(/\b27 km in total\b/);
    expect(reply).toMatch(/\b9 km per walk\b/);
  });

  it("checks a total someone else gave instead of adding it", async () => {
    const reply = await ask(
      "Our 2-day hike: day one is 16.5 km and day two is 12 km. The leaflet says about 30 km in all. What's the real total?",
    );
    expect(reply).toMatch(/\b28\.5 km\b/);
    expect(reply).toMatch(/1\.5 km less/);
  });

  it.each([
    [
      "Heating is 150 split evenly between 3 of us, and I also pay 12 for the garage on my own. How much do I pay?",
      /\b62\b/,
    ],
    ["The gas meter read 4,120 at the start of the month and 4,395 at the end. How many units did we use?", /\b275\b/],
    ["We ordered 12 crates of apples and each crate has 30 apples. How many apples is that?", /\b360\b/],
    ["Job quote: 25 metres of cable at 3 a metre, plus 2 hours labour at 45 an hour. What's the total?", /\b165\b/],
    ["My salary is 36,000 a year. What's that a month?", /\b3,?000\b/],
    ["The drive is 250 km and my car uses 8 litres per 100 km. How many litres is that?", /\b20 litres\b/],
  ])("%s", async (prompt, want) => {
    expect(await ask(prompt)).toMatch(want);
  });
});

describe("conversions with the user's own rate", () => {
  it("uses a rate the user states between volume and mass", async () => {
    expect(await ask("My recipe wants 4 cups of rice. How many grams is that if a cup of rice is 185 g?")).toMatch(
      /\b740 grams\b/,
    );
  });

  it("still declines a cup of flour in grams without a rate", async () => {
    expect(await ask("How many grams is 3 cups of flour?")).toMatch(/can't be converted|cannot/);
  });

  it.each([
    ["The baby was 6 lb 12 oz at birth. What's that in kg?", /3\.06 kilograms/],
    ["How many millilitres in an imperial pint?", /568\.26/],
    ["It's 23 °F this morning. Is that below freezing, and what's it in Celsius?", /-5 °C.*\bYes\b/],
  ])("%s", async (prompt, want) => {
    expect(await ask(prompt)).toMatch(want);
  });
});

describe("dates from a stated day", () => {
  it.each([
    ["The bill is dated 3 August 2026 with 21-day terms. What's the due date?", /24 August 2026/],
    ["The filter is changed every 6 months and was last done on 12 January 2026. When is it next due?", /12 July 2026/],
    ["Which of these are leap years: 1700, 1988, 2000, 2019?", /1988 and 2000/],
  ])("%s", async (prompt, want) => {
    expect(await ask(prompt)).toMatch(want);
  });

  it("counts a span from a date said in the turn before", async () => {
    const reply = await text([
      user("Our kitten arrived on Friday 2 October 2026."),
      assistant("How lovely!"),
      user("The vet wants to see her 14 days later. What date and weekday is that?"),
    ]);
    expect(reply).toMatch(/Friday, 16 October 2026/);
  });
});

describe("counting a list from the conversation", () => {
  it("reads a thousands comma inside a list as part of its number", async () => {
    expect(await ask("Add these bills up for me: 75, 2,340.25 and 19.75")).toMatch(/\b2,?435\.00\b/);
  });

  it("counts the list the user gave before", async () => {
    const reply = await text([
      user("Packing list: passport, charger, sunglasses, towel, book"),
      assistant("Nearly ready!"),
      user("How many things is that?"),
    ]);
    expect(reply).toMatch(/\b5 items\b/);
  });

  it("counts the entries marked with a word", async () => {
    const reply = await text([
      user("Orders: #1 shipped, #2 waiting, #3 shipped, #4 waiting, #5 waiting"),
      assistant("Five orders noted."),
      user("How many of them are waiting?"),
    ]);
    expect(reply).toMatch(/^3 of the 5 are waiting/);
  });

  it("does not count a list as calories", async () => {
    const reply = await text([
      user("Breakfast: toast, eggs, coffee"),
      assistant("Classic."),
      user("How many calories is that?"),
    ]);
    expect(reply).not.toMatch(/\b3 items\b/);
    expect(declined(reply)).toBe(true);
  });
});
