import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * The kinds blind11 showed in memory, follow-ups and summaries: a question about the user's own
 * doings is worked out from what they said or declined, never a passage's; "reverse it" after a list
 * turns the list round; "those" are the items listed, not what they were compared with; a summary
 * reads the text the user gave, not the "Got it" after it, and keeps what it was asked to include.
 * Prompts are this file's own.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof assistant>;
const text = async (messages: Message[] | string) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      temperature: 0,
      messages: (typeof messages === "string" ? [user(messages)] : messages) as never,
    })
  ).choices[0].message.content ?? "";

const DECLINE = /\b(?:cannot|can't|don't know|haven't told)\b/i;

describe("memory: the user's own doings", () => {
  it("adds the money the user stated over several messages", async () => {
    const reply = await text([
      user("Car boot sale this morning. The old bike went for £60."),
      assistant("Nice!"),
      user("Then a lamp for £12 and a box of books for £8."),
      assistant("Good going."),
      user("How much have I made so far?"),
    ]);
    expect(reply).toMatch(/£80\b/);
  });

  it("gives no sum when money went both ways", async () => {
    const reply = await text([
      user("Earned £50 babysitting on Friday."),
      assistant("Well done."),
      user("Spent £20 on a new game though."),
      assistant("Fair enough."),
      user("What have I earned so far in total?"),
    ]);
    expect(reply).not.toMatch(/£70|£30/);
  });

  it("never answers a question about the user's takings with a passage", async () => {
    const reply = await text([
      user("Opened the stall at 8."),
      assistant("Early start!"),
      user("Sold some jam, not sure how much yet."),
      assistant("Fingers crossed."),
      user("What have I taken so far in total?"),
    ]);
    expect(reply).not.toMatch(/token|stream|context window|model generates/i);
    expect(reply).toMatch(DECLINE);
  });
});

describe("memory: values the user named", () => {
  it("reads back the value said of a named thing", async () => {
    const reply = await text([
      user("The parcel tracking code I need later is TRK-55810, hang on to it."),
      assistant("Will do."),
      user("Also my neighbour Priya is taking it in."),
      assistant("Good to know."),
      user("ok what was the tracking code?"),
    ]);
    expect(reply).toMatch(/TRK-55810/);
  });

  it("reads back the count said before a noun, and only that one", async () => {
    const reply = await text([
      user("Booked 18 chairs and 3 trestle tables for the quiz night."),
      assistant("Sounds fun."),
      user("how many chairs did I book again?"),
    ]);
    expect(reply).toMatch(/\b18\b/);
    expect(reply).not.toMatch(/^3\b/);
  });
});

describe("follow-ups: a recipe scaled", () => {
  it("doubles every amount the user listed", async () => {
    const reply = await text([
      user("The pancake batter is 200g flour, 2 eggs and 300ml milk."),
      assistant("A classic."),
      user("I want to double the recipe, what are the new amounts?"),
    ]);
    expect(reply).toMatch(/400 ?g flour/);
    expect(reply).toMatch(/4 eggs/);
    expect(reply).toMatch(/600 ?ml milk/);
  });

  it("gives no list when an amount has no number to scale", async () => {
    const reply = await text([
      user("The glaze is 100 g sugar, 2 lemons and a pinch of salt."),
      assistant("Nice."),
      user("triple it, what are the new amounts?"),
    ]);
    expect(reply).not.toMatch(/300 g sugar/);
  });
});

describe("follow-ups on a list", () => {
  it("reverses the list's order, not one word", async () => {
    const reply = await text([
      user("Put these towns in alphabetical order: York, Bath, Leeds, Derby"),
      assistant("Bath, Derby, Leeds, York"),
      user("now reverse it"),
    ]);
    expect(reply).toMatch(/York,?\s+Leeds,?\s+(?:and\s+)?Derby,?\s+(?:and\s+)?Bath/);
  });

  it("reverses a list of numbers and keeps a numbered list numbered", async () => {
    expect(
      await text([
        user("Sort 8, 3, 5 from smallest to largest"),
        assistant("3, 5, 8"),
        user("reverse the list please"),
      ]),
    ).toMatch(/8,\s*5,\s*3/);
    const numbered = await text([
      user("Give me three colours of the rainbow."),
      assistant("1. Red\n2. Orange\n3. Yellow"),
      user("now reverse them"),
    ]);
    expect(numbered).toMatch(/^1\. Yellow\n2\. Orange\n3\. Red$/);
  });

  it("picks from the planets listed, not the one they were compared with", async () => {
    const reply = await text([
      user("Which planets are smaller than Earth?"),
      assistant("Mercury, Venus and Mars are all smaller than Earth."),
      user("which of those is furthest from the sun?"),
    ]);
    expect(reply).toMatch(/Mars/);
    expect(reply).not.toMatch(/\bEarth\b/);
  });
});

describe("summaries of a given text", () => {
  it("summarises the pasted notes, not the acknowledgement", async () => {
    const reply = await text([
      user(
        "Shift notes from the kitchen: The walk-in fridge was running warm at 6pm and the repair man is coming at 10 tomorrow. We ran out of basil, so the pesto special is off. Two new starters begin on Monday and need aprons.",
      ),
      assistant("Thanks, I have those. What shall I do with them?"),
      user("Summarise those notes in two sentences."),
    ]);
    expect(reply).toMatch(/fridge|basil|pesto|starters|repair/i);
    expect(reply).not.toMatch(/\bassistant\b|\bI have those\b/i);
  });

  it("keeps the dates and the cost it was asked to include", async () => {
    const reply = await text(
      "Summarise this in under 25 words and include the dates and the cost: The youth orchestra is touring Wales from Monday 4 August to Friday 8 August. Places cost £120 per player, which covers coach travel and hostel beds. Forms are due back by the end of June.",
    );
    expect(reply).toMatch(/£120/);
    expect(reply).toMatch(/\b4\b/);
    expect(reply).toMatch(/\b8\b/);
    expect(reply.split(/\s+/).length).toBeLessThanOrEqual(24);
  });

  it("says the cost with its currency, not a number that happens to match", async () => {
    const reply = await text([
      user(
        "Dear residents, from Monday 3 March the car park will be resurfaced for two weeks. Please use the overflow car park on Mill Road. Permits are £2 a day.",
      ),
      assistant("Noted."),
      user("Summarise that message in 20 words, including the dates and the cost."),
    ]);
    expect(reply).toMatch(/£2\b/);
    expect(reply).toMatch(/3 March/);
  });
});
