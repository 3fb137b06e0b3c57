import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * What a learner relies on when they ask for a number: a date "before" an event is counted back, a
 * cost said over turns is worked out (not the facts said back), a bill's items are its quantities,
 * "it" is the word they gave, and the everyday stories (a rate, a share, a speed, a conversion
 * said a sentence later) get the sum. Prompts of our own.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system> | ReturnType<typeof assistant>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 3, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const ask = (prompt: string) => text([user(prompt)]);

describe("dates counted back from an event", () => {
  it("weeks before a date said in an earlier turn", async () => {
    const reply = await text([
      user("Our wedding is on 12 September 2026."),
      assistant("Congratulations! How can I help?"),
      user("Invitations should go out 10 weeks before the wedding. What date is that?"),
    ]);
    expect(reply).toMatch(/4 July 2026/);
  });

  it("a time something takes is still counted on from the start", async () => {
    const reply = await text([
      user("I'm planting seeds on 2 March 2026."),
      assistant("Lovely."),
      user("They take 21 days before they sprout. What date will that be?"),
    ]);
    expect(reply).toMatch(/23 March 2026/);
  });

  it("days prior, in one message", async () => {
    const reply = await ask(
      "My flight leaves 15 July 2026 and check-in opens 30 days prior. What date does check-in open?",
    );
    expect(reply).toMatch(/15 June 2026/);
  });

  it("weeks from a day it was never told is no count from today", async () => {
    const reply = await ask("What date is 30 days from my birthday?");
    expect(reply).toMatch(/offline model/);
  });
});

describe("costs from a price and a count", () => {
  it("worked out over turns, per the period asked", async () => {
    const reply = await text([
      user("Coffee beans cost $15 a bag and we get through 4 bags a week."),
      assistant("That's a busy cafe!"),
      user("So what do we spend on beans per week?"),
    ]);
    expect(reply).toMatch(/\$60/);
  });

  it("a price in one turn, the count in the next", async () => {
    const reply = await text([
      user("Our dog walker charges $12 an hour."),
      assistant("Noted."),
      user("She walked him 6 hours this week. How much do we owe her?"),
    ]);
    expect(reply).toMatch(/\$72/);
  });

  it("a bill's item count is its quantities added", async () => {
    const body = await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      temperature: 0,
      messages: [user("We sold 3 scones at $2.50 each and 2 teas at $1.80 each. How many items, and the total?")],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "sale",
          strict: true,
          schema: {
            type: "object",
            properties: { items: { type: "integer" }, total: { type: "number" } },
            required: ["items", "total"],
            additionalProperties: false,
          },
        },
      },
    });
    expect(JSON.parse(body.choices[0].message.content ?? "{}")).toEqual({ items: 5, total: 11.1 });
  });
});

describe("word tasks on the user's word", () => {
  it("reverses the word they asked to remember, not the reply's first word", async () => {
    const reply = await text([
      user("Remember this word for me: pelican."),
      assistant("Got it, pelican."),
      user("Now spell it backwards."),
    ]);
    expect(reply).toMatch(/nacilep/);
  });
});

describe("everyday stories", () => {
  it("a calculator persona gives the bare number", async () => {
    const reply = await text([system("You are a calculator. Reply with only the resulting number."), user("252 / 12")]);
    expect(reply.trim()).toBe("21");
  });

  it("a count times the amount each has", async () => {
    expect(await ask("We bought 9 planks at 2.4 metres each. How many metres of wood is that?")).toMatch(/21\.6/);
  });

  it("an average speed", async () => {
    expect(await ask("I cycled 36 km in 2 hours. What was my average speed?")).toMatch(/18 km\/h/);
  });

  it("how many are needed, rounded up, with the other question left out", async () => {
    const reply = await ask(
      "We have 53 guests and each table seats 6 people. How many tables do we need? Also, what will the weather be on Saturday?",
    );
    expect(reply).toMatch(/\b9\b/);
    expect(reply).toMatch(/can't answer/);
  });

  it("a percentage off a price in a currency", async () => {
    expect(await ask("The course is €240 and students get 20% off. What's the student price?")).toMatch(/€192/);
  });

  it("a change said as 'went from ... to'", async () => {
    expect(await ask("Our electricity bill went from 150 to 180 this winter. By what percent did it rise?")).toMatch(
      /20%/,
    );
  });

  it("a rate the instructions give", async () => {
    const reply = await text([
      system("You help a shop in Ireland. The VAT rate is 23%."),
      user("How much VAT is on a €200 order?"),
    ]);
    expect(reply).toMatch(/€46/);
  });

  it("a profit margin", async () => {
    expect(await ask("Revenue was 50,000 and costs were 40,000. What's the profit margin as a percentage?")).toMatch(
      /20%/,
    );
  });

  it("the free part of a total said a turn before, and the nights of a stay", async () => {
    const reply = await text([
      user("Our campsite has 64 pitches."),
      assistant("Noted."),
      user("If 47 are taken this weekend, how many are still available?"),
    ]);
    expect(reply).toMatch(/\b17\b/);
    expect(
      await ask("We check in on 27 February 2028 and check out on 2 March 2028. How many nights is that?"),
    ).toMatch(/\b4 nights\b/);
  });

  it("a kelvin temperature, and an amount converted a sentence later", async () => {
    expect(await ask("What is 300 K in Celsius?")).toMatch(/26\.85/);
    expect(await ask("The recipe says 500 g of flour. What's that in pounds?")).toMatch(/1\.1/);
  });
});
