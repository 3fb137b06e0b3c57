import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/** Small coding asks without a verb, pasted code to explain, a one-line bug and SQL in words. */
const ask = async (prompt: string) =>
  (await complete({ seed: 3, messages: [user(prompt)] })).choices[0].message.content ?? "";

describe("small coding asks are answered on their subject", () => {
  it.each([
    ["ts function which checks if a word is a palindrome", /```ts[\s\S]*isPalindrome/],
    ["javascript snippet to get the odd numbers from an array", /\.filter\(\(n\) => n % 2 !== 0\)/],
    ["python oneliner that keeps only the even numbers from a list", /\[n for n in numbers if n % 2 == 0\]/],
    ["node function for reversing a word", /\.reverse\(\)\.join\(""\)/],
  ])("%s", async (prompt, code) => {
    expect(await ask(prompt)).toMatch(code);
  });

  it("a one-liner is not promised for a task that needs a loop", async () => {
    expect(await ask("python one liner for fizzbuzz up to 50")).not.toMatch(/```/);
  });

  it("pasted Python is explained with its output", async () => {
    const reply = await ask("what does this bit of python do?? my teacher wrote print([n + 10 for n in range(3)])");
    expect(reply).toMatch(/list comprehension/);
    expect(reply).toMatch(/`\[10, 11, 12\]`/);
  });

  it("an assignment in a condition is named as the bug", async () => {
    const reply = await ask("why does my js while loop never stop? while (done = true) { step(); }");
    expect(reply).toMatch(/assignment, not a comparison/);
    expect(reply).toMatch(/while \(done === true\)/);
  });

  it("SQL for whole rows from a named table and column", async () => {
    const reply = await ask(
      "sql query to fetch all customers younger than 25, the table is called customers and the column is age",
    );
    expect(reply).toMatch(/SELECT \*\nFROM customers\nWHERE age < 25;/);
  });
});

describe("a count per group in SQL, files of a kind in bash", () => {
  it("writes GROUP BY with COUNT(*), and ls with wc -l for the files named", async () => {
    const r1 = await complete({
      messages: [user("sql query to count how many orders there are in each country, the table is called orders")],
      temperature: 0,
    });
    expect(r1.choices[0].message.content).toMatch(
      /SELECT country, COUNT\(\*\)[\s\S]*FROM orders[\s\S]*GROUP BY country/,
    );
    const r2 = await complete({
      messages: [user("in bash how do i count how many .png files are in a folder")],
      temperature: 0,
    });
    expect(r2.choices[0].message.content).toMatch(/ls \*\.png \| wc -l/);
  });
});
