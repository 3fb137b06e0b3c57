import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/**
 * The kinds blind13 found declined in the coding family, asked in other words: a function the
 * request names, written from a one-line spec (a threshold, a flat fee and a rate, full groups, an
 * area, seconds as m:ss, a code of N digits, the key with the most, a unit conversion, words
 * capitalised, characters removed, a list's average), run on the request's own examples before it
 * is offered; a spec with a condition no block does, or an example the code does not meet, is
 * declined.
 */
const ask = async (q: string) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 7, temperature: 0, messages: [user(q)] }))
    .choices[0].message.content ?? "";

/** The function's JavaScript, run on its arguments. */
function run(reply: string, name: string, ...args: unknown[]): unknown {
  const code = /```js\n([\s\S]*?)```/.exec(reply)?.[1];
  if (!code) throw new Error(`no code in: ${reply.slice(0, 120)}`);
  return new Function(`${code}; return ${name};`)()(...args);
}

describe("a function from a one-line spec", () => {
  it("adds a call-out charge to an hourly rate", async () => {
    const reply = await ask("write a JS function callOut(hours) for my plumbing jobs: £45 call-out plus £30 an hour");
    expect(run(reply, "callOut", 0)).toBe(45);
    expect(run(reply, "callOut", 3)).toBe(135);
  });

  it("keeps the amounts in pence when every amount is in pence", async () => {
    const reply = await ask(
      "Write a JS function hirePence(days) returning pence: 500 pence to start plus 250 pence per day",
    );
    expect(run(reply, "hirePence", 4)).toBe(1500);
  });

  it("compares the one number with a threshold", async () => {
    const reply = await ask("write a javascript function isTall(cm) that's true when someone is over 190 cm");
    expect(run(reply, "isTall", 191)).toBe(true);
    expect(run(reply, "isTall", 190)).toBe(false);
    const atLeast = await ask("write a JS function canRide(height) true if height is 120 or more");
    expect(run(atLeast, "canRide", 120)).toBe(true);
    expect(run(atLeast, "canRide", 119)).toBe(false);
  });

  it("counts whole groups rounding down, and the groups needed rounding up", async () => {
    const full = await ask("write a JS function fullCrates(bottles, perCrate) saying how many full crates we can fill");
    expect(run(full, "fullCrates", 50, 12)).toBe(4);
    const need = await ask("write a JS function tablesNeeded(guests, perTable) that says how many tables we need");
    expect(run(need, "tablesNeeded", 50, 8)).toBe(7);
  });

  it("multiplies so many groups by so many in each for a total", async () => {
    const reply = await ask(
      "write a JS function totalEggs(boxes, eggsPerBox) returning how many eggs there are in total",
    );
    expect(run(reply, "totalEggs", 3, 6)).toBe(18);
  });

  it("works out an area from the sides its parameters name", async () => {
    const reply = await ask("write a javascript function lawnArea(width, length) giving the lawn's area");
    expect(run(reply, "lawnArea", 4, 6)).toBe(24);
  });

  it("shows seconds as m:ss, checked on the example given", async () => {
    const reply = await ask("write a JS function lapTime(seconds) as m:ss, for example 125 -> '2:05'");
    expect(run(reply, "lapTime", 125)).toBe("2:05");
    expect(run(reply, "lapTime", 7)).toBe("0:07");
  });

  it("checks a string is exactly so many digits", async () => {
    const reply = await ask("write a JS function isPin(pin) that checks the pin is exactly 4 digits");
    expect(run(reply, "isPin", "0420")).toBe(true);
    expect(run(reply, "isPin", "042")).toBe(false);
    expect(run(reply, "isPin", "04a0")).toBe(false);
  });

  it("gives the key of an object with the largest value", async () => {
    const reply = await ask(
      "write a JS function topStall(takings) where takings is an object like {jam: 30, cakes: 85} and it returns the stall with the highest",
    );
    expect(run(reply, "topStall", { jam: 30, cakes: 85, plants: 12 })).toBe("cakes");
  });

  it("converts one unit to another by its exact factor", async () => {
    const reply = await ask("write a JS function daysToHours(d) that converts days to hours");
    expect(run(reply, "daysToHours", 2)).toBe(48);
  });

  it("capitalises each word, and takes out the characters named", async () => {
    const title = await ask("write a JS function shout(name) that capitalises the first letter of each word");
    expect(run(title, "shout", "mary jane")).toBe("Mary Jane");
    const clean = await ask("write a JS function tidyRef(ref) that removes all dashes and spaces");
    expect(run(clean, "tidyRef", "AB-12 34")).toBe("AB1234");
  });

  it("averages a list of numbers", async () => {
    const reply = await ask("write a JS function meanScore(scores) that returns the average of a list of numbers");
    expect(run(reply, "meanScore", [2, 4, 9])).toBe(5);
  });
});

describe("a spec the blocks do not do", () => {
  it("declines a rate with a condition after it", async () => {
    const reply = await ask("write a JS function hire(days): £20 plus £8 a day after the first three days");
    expect(reply).not.toMatch(/```/);
    expect(reply).toMatch(/can't|cannot/i);
  });

  it("declines when the code would not meet the example given", async () => {
    const reply = await ask("write a JS function lapTime(seconds) as m:ss, for example 125 -> '2:50'");
    expect(reply).not.toMatch(/```/);
  });

  it("declines a threshold in another unit than its parameter", async () => {
    expect(await ask("write a JS function isStale(days) true when it's more than 3 weeks old")).not.toMatch(/```/);
  });
});
