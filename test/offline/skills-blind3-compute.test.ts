import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * The kinds of everyday prompt the third blind set found answered wrong or declined: word problems
 * over several sentences, ranked planets, terminal commands, beginner SQL, regexes and Python,
 * and the honest "I don't know" about another conversation. Prompts are this file's own.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof assistant>;
const ask = async (prompt: string | Message[]) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      temperature: 0,
      seed: 5,
      messages: typeof prompt === "string" ? [user(prompt)] : prompt,
    })
  ).choices[0].message.content ?? "";

describe("word problems said over several sentences", () => {
  it.each([
    ["My book has 320 pages and I've read 95 so far. How many pages are left?", /\b225\b/],
    ["There are 30 kids at camp and we need teams of 4. How many teams?", /7 full teams[^.]*2 left over/],
    ["I save £20 a month for a £250 phone. How many months will it take?", /\b13 months\b/],
    ["I swim 20 laps twice a week. How many laps after 4 weeks?", /\b160 laps\b/],
    [
      "3 boxes of 12 cookies shared between 5 kids equally. How many each and how many left?",
      /7 each, with 1 left over/,
    ],
    ["The bill was £64 and we want to leave a 10% tip. There are 2 of us. How much each?", /£35\.20/],
    ["A lamp costs $40 and it's 15% off today. What's the sale price?", /\$34\b/],
    ["My rent went up from 900 to 990. What is the percentage increase?", /\b10% increase\b/],
    ["A soup needs 2 litres of water. I want to make 50% more. How much water do I need?", /^3 litres/],
    ["My budget is 500 and food is 150. What percentage of my budget is food?", /^30%/],
  ])("%s", async (prompt, want) => {
    expect(await ask(prompt)).toMatch(want);
  });

  it("works out each power on the way", async () => {
    expect(await ask("hey: 2 cubed plus 3 squared?")).toMatch(/8 \+ 9 = 17/);
  });
});

describe("facts asked in other shapes", () => {
  it("ranks planets by size", async () => {
    expect(await ask("Which planet is the third largest?")).toMatch(/third largest planet is Uranus/);
  });
  it("names the planet at a place from the Sun", async () => {
    expect(await ask("Which planet is fifth from the sun?")).toMatch(/Jupiter/);
  });
  it("gives the bare symbol when only the symbol is asked", async () => {
    expect(await ask("Chemical symbol for potassium? Reply with just the symbol.")).toBe("K");
  });
  it("reads a symbol before 'stands for'", async () => {
    expect(await ask("Pb on the periodic table stands for which metal?")).toMatch(/lead/i);
  });
  it("counts from a stated today that names its weekday", async () => {
    expect(await ask("Today is Friday, 2 January 2026. What date is it 10 days from today?")).toMatch(
      /12 January 2026/,
    );
  });
  it("gives a random even number that is even", async () => {
    const n = Number((await ask("Give me a random even number from 1 to 9.")).match(/\d+/)?.[0]);
    expect([2, 4, 6, 8]).toContain(n);
  });
});

describe("code asked by beginners", () => {
  it("gives the terminal command for the task, with the file named", async () => {
    expect(await ask("On Linux, how do I see the last 20 lines of server.log?")).toMatch(/tail -n 20 server\.log/);
  });
  it("says what a one-table SELECT does", async () => {
    expect(await ask("What does this SQL do? SELECT AVG(price) FROM books;")).toMatch(/average of the `price`/);
  });
  it("writes a SELECT from the columns given", async () => {
    expect(
      await ask(
        "Table people has columns id, name, age. Write a SQL query that returns the names of people younger than 12.",
      ),
    ).toMatch(/SELECT name\s+FROM people\s+WHERE age < 12;/);
  });
  it("says what a simple regex matches, with an example that matches", async () => {
    const reply = await ask("What does the regex ^[a-z]+\\d{2}$ match?");
    const example = /For example: `([^`]+)`/.exec(reply)?.[1] ?? "";
    expect(/^[a-z]+\d{2}$/.test(example)).toBe(true);
  });
  it("runs a list comprehension", async () => {
    expect(await ask("What does this print? print([x * 10 for x in range(3)])")).toMatch(/\[0, 10, 20\]/);
  });
  it("fixes joining text and a number in Python", async () => {
    expect(await ask('Why does this crash? total = 5\nprint("Total: " + total)')).toMatch(/str\(total\)/);
  });
  it("rewrites a push loop with map", async () => {
    expect(
      await ask("Rewrite with map: const out = []; for (let i = 0; i < nums.length; i++) { out.push(nums[i] + 1); }"),
    ).toMatch(/const out = nums\.map\(\(num\) => num \+ 1\);/);
  });
});

describe("what the conversation holds", () => {
  it("declines what was asked in another conversation", async () => {
    const reply = await ask([
      user("Good morning!"),
      assistant("Good morning! What can I do for you?"),
      user("What did I ask you last week?"),
    ]);
    expect(reply).toMatch(/offline model/);
    expect(reply).not.toMatch(/Good morning/);
  });
  it("counts a kept list after the changes in the question itself", async () => {
    const reply = await ask([
      user("My packing list: passport, charger, socks."),
      assistant("Noted: passport, charger and socks."),
      user("Remove the socks and add a towel and a hat. How many things are on my packing list?"),
    ]);
    expect(reply).toMatch(/\b4 items\b/);
  });
});
