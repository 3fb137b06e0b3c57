/**
 * Ages the user gave for people and pets they named, and a name the course's passages hold only
 * inside a code name ("Max" in max_completion_tokens), which grounds nothing.
 */
import { describe, expect, it } from "vitest";
import { workbookToday } from "../../src/api/catalog";
import { assistant, complete, user } from "./helpers";

async function say(messages: { role: "user" | "assistant"; content: string }[]): Promise<string> {
  const r = await complete({ messages, temperature: 0 });
  return r.choices[0].message.content ?? "";
}

const kids = [user("my kids are Ada and Tom, Ada is 9 and Tom is 6 years old"), assistant("Lovely names!")];

describe("named ages", () => {
  it("says an age, a difference, who is older and the total, from the user's own words", async () => {
    expect(await say([...kids, user("how old is Tom?")])).toMatch(/Tom is 6 years old/);
    expect(await say([...kids, user("how many years older is Ada than Tom?")])).toMatch(
      /Ada is 3 years older than Tom/,
    );
    expect(await say([...kids, user("who is younger?")])).toMatch(/^Tom is younger/);
    expect(await say([...kids, user("how old are they together?")])).toMatch(/\b15 years\b/);
  });

  it("adds the years to come to an age the user gave ('in 3 years', 'in <year>'), from the workbook's today", async () => {
    const year = Number(workbookToday().slice(0, 4));
    const cat = [user("Our cat Biscuit is 6 years old."), assistant("A fine age for a cat.")];
    expect(await say([...cat, user("how old will Biscuit be in three years?")])).toMatch(/Biscuit will be 9\b/);
    expect(await say([...cat, user(`How old will Biscuit be in ${year + 5}?`)])).toMatch(/Biscuit will be 11\b/);
  });

  it("never answers a name with a passage that holds it only inside a code name", async () => {
    const max = await say([user("how old is Max?")]);
    expect(max).not.toMatch(/max_completion_tokens|reasoning/i);
    expect(max).toMatch(/offline model/);
  });

  it("recalls a number the user gave after a word of thanks ('great. and what was my locker number again')", async () => {
    const text = await say([
      user("parking spot number is 218, dont let me forget"),
      assistant("Noted: 218."),
      user("thanks. and what was my parking spot number again"),
    ]);
    expect(text).toMatch(/\b218\b/);
  });
});

describe("a kept list changed in the same message that asks for it", () => {
  it("starts from 'packing list: ...', and adds and removes what the question's own message says", async () => {
    const text = await say([
      user("packing list: passport, charger, socks, sunscreen"),
      assistant("Noted."),
      user("add a hat and take off the socks. whats on it now?"),
    ]);
    expect(text).toMatch(/Passport[\s\S]*Charger[\s\S]*Sunscreen[\s\S]*hat/i);
    expect(text).not.toMatch(/socks/i);
  });
});

describe("a cost taken off the last answer", () => {
  it("subtracts 'about 200 on top' from what the assistant said was left", async () => {
    const text = await say([
      user("I earn 1,800 a month and rent is 700"),
      assistant("That leaves you 1,100 left each month."),
      user("transport is about 200 on top. how much is left then?"),
    ]);
    expect(text).toMatch(/\b900\b/);
  });
});

describe("named ages said in the asking message", () => {
  it("compares and averages ages given beside the question, never with a passage", async () => {
    expect(await say([user("my hamster Pip is 2 and my rabbit Clover is 5. how much older is Clover?")])).toMatch(
      /Clover is 3 years older than Pip/,
    );
    expect(await say([user("the twins are Ivy, 11, and Jude, 11, and Kit is 8. what's the average age?")])).toMatch(
      /\b10 years\b/,
    );
    const younger = await say([user("Nell is 16 and Rory is 13. how much younger is Rory?")]);
    expect(younger).toMatch(/^Rory is 3 years younger than Nell/);
  });
});
