import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * The kinds blind13 showed in capitals, elements, planets, arithmetic, percentages and counting: a
 * question about each of several named countries answers each; the thing asked about is the one the
 * question names, not one in a remark before it; "how many planets between" counts the ones between;
 * a total asked over a tool's fields adds the fields named; a numbered run with one left out is
 * counted; "how many different" counts an item said twice once; "each one gave 23 lb" multiplies;
 * "35% more than that" and "got cut by 15%" change the amount said. Prompts are this file's own.
 */
type Message =
  | ReturnType<typeof user>
  | ReturnType<typeof assistant>
  | { role: "assistant"; content: null; tool_calls: unknown[] }
  | { role: "tool"; content: string; tool_call_id: string };
const text = async (messages: Message[] | string, extra: Record<string, unknown> = {}) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      temperature: 0,
      ...extra,
      messages: (typeof messages === "string" ? [user(messages)] : messages) as never,
    })
  ).choices[0].message.content ?? "";

describe("facts: what the question asks about", () => {
  it("answers the capital of each country named, not only the longest name", async () => {
    const reply = await text("my two flatmates come from kenya and ghana. what's the capital of each?");
    expect(reply).toMatch(/Nairobi/);
    expect(reply).toMatch(/Accra/);
  });

  it("answers the country the capital is asked of, not one in a remark before it", async () => {
    const reply = await text("I'm working in Argentina this month. Which city is the capital of Uruguay?");
    expect(reply).toMatch(/Montevideo/);
    expect(reply).not.toMatch(/Buenos Aires/);
  });

  it("answers the element the question names, not one named in the remark before it", async () => {
    const reply = await text("Table salt is sodium chloride. What's the atomic number of chlorine?");
    expect(reply).toMatch(/\b17\b/);
    expect(reply).not.toMatch(/\b11\b/);
  });

  it("counts the planets between two bodies", async () => {
    expect(await text("how many planets are there between mars and saturn?")).toMatch(/\b(?:one|1)\b.*Jupiter/i);
  });

  it("never answers a count of some planets with all eight", async () => {
    expect(await text("how many planets are hotter than venus?")).not.toMatch(/\beight\b/i);
  });
});

describe("counting: the user's own things", () => {
  it("adds the fields a tool returned when the question asks for their total", async () => {
    const reply = await text([
      user("How many animals are in the barn in total, cows and calves?"),
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "c1", type: "function", function: { name: "barn_count", arguments: "{}" } }],
      },
      { role: "tool", tool_call_id: "c1", content: JSON.stringify({ barn: "north", cows: 41, calves: 17 }) },
    ]);
    expect(reply).toMatch(/\b58\b/);
  });

  it("counts a numbered run less the ones left out of it", async () => {
    const reply = await text([
      user("Today I mowed pitches 2 to 11, except pitch 6 which was flooded."),
      assistant("That's a lot of mowing."),
      user("how many pitches did I mow?"),
    ]);
    expect(reply).toMatch(/^9\b/);
  });

  it("counts an item said twice once when different ones are asked", async () => {
    const reply = await text("My list: soap, rice, soap, milk, rice, bread. How many different items are there?");
    expect(reply).toMatch(/\b4\b/);
    expect(reply).not.toMatch(/\b6 different\b/);
  });

  it("gives no count from a remark with several numbers when none counts the thing asked", async () => {
    const reply = await text([
      user("I sorted boxes 1 to 40 on Monday and boxes 41 to 55 on Tuesday."),
      assistant("Busy week."),
      user("how many boxes did I sort?"),
    ]);
    expect(reply).not.toMatch(/^1\b/);
  });
});

describe("arithmetic and percentages: amounts the user states", () => {
  it("multiplies a count by what each one gave", async () => {
    const reply = await text(
      "We have 12 apple trees and each one gave us about 40 kg of apples. How many kg is that altogether?",
    );
    expect(reply).toMatch(/\b480\b/);
  });

  it("multiplies along a chain of each and every", async () => {
    const reply = await text([
      user("Our school has 9 classrooms and every classroom has 4 windows."),
      assistant("Noted."),
      user("The cleaner wipes every window 2 times a week. How many window wipes is that a week?"),
    ]);
    expect(reply).toMatch(/\b72\b/);
  });

  it("raises an amount said in the turn before by a percentage more", async () => {
    const reply = await text([
      user("Last year our club had 260 members."),
      assistant("That's a good-sized club."),
      user("This year it's 15% more than that. How many members do we have now?"),
    ]);
    expect(reply).toMatch(/\b299\b/);
  });

  it("cuts a stated amount by the percentage and says what it is now", async () => {
    expect(await text("the heating budget got cut by 20%. it used to be £1,500 a year. whats it now")).toMatch(
      /£1,?200\b/,
    );
  });
});
