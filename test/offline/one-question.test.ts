/**
 * A learner's message is rarely one clean question: a remark comes with it ("i always mix it up
 * with sydney lol"), a polite "can u", a non-native "percent from". The question inside is
 * answered; a question that points into the remarks ("what do i set it to") is not asked alone.
 */
import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

async function say(messages: ReturnType<typeof user>[] | string, extra: Record<string, unknown> = {}): Promise<string> {
  const list = typeof messages === "string" ? [user(messages)] : messages;
  const r = await complete({ messages: list, temperature: 0, ...extra });
  return r.choices[0].message.content ?? "";
}

describe("one question among remarks", () => {
  it("answers the question and lets the remarks be", async () => {
    expect(await say("whats the capital of australia? i always mix it up with sydney lol")).toMatch(/Canberra/);
    expect(
      await say("My son ask me what is the capital city of Canada, I think it is Toronto but I am not sure?"),
    ).toMatch(/Ottawa/);
    expect(await say("can u list the planets in order from the sun? my kid has a test tomorrow")).toMatch(
      /Mercury[\s\S]*Venus[\s\S]*Earth[\s\S]*Neptune/,
    );
    expect(await say("how much is 15 percent from 80?")).toMatch(/\b12\b/);
  });

  it("never asks alone a question that points into the remarks", async () => {
    const oven = await say("recipe says 180C but my oven dial is fahrenheit only. what do i set it to");
    expect(oven).not.toMatch(/python\.org|installer/i);
  });
});

describe("arithmetic with spaces and mixed signs", () => {
  it("works out '8 + 4 * 3 - 6 / 2' in the usual order, and still leaves a date alone", async () => {
    expect(await say("whats 8 + 4 * 3 - 6 / 2")).toMatch(/\b17\b/);
    expect(await say("what is 12 - 6 / 2?")).toMatch(/\b9\b/);
    expect(await say("what is 12/03/2026 plus 5")).not.toMatch(/\b2,?0[0-9]{2}\.\d|\b0\.\d/);
  });
});

describe("a tool result in words", () => {
  const trip = (question: string, name: string, args: object, result: object) => [
    user(question),
    {
      role: "assistant" as const,
      content: null,
      tool_calls: [{ id: "call_1", type: "function" as const, function: { name, arguments: JSON.stringify(args) } }],
    },
    { role: "tool" as const, tool_call_id: "call_1", content: JSON.stringify(result) },
  ];

  it("says a status code in words and gives the converted amount, not the one asked about", async () => {
    const parcel = await say(
      trip(
        "where's my parcel? order 55812",
        "track",
        { order_id: "55812" },
        {
          order_id: "55812",
          status: "out_for_delivery",
          eta: "2026-12-08",
        },
      ) as never,
    );
    expect(parcel).toMatch(/out for delivery/);
    expect(parcel).not.toMatch(/out_for/);
    const money = await say(
      trip(
        "how much is 100 euros in dollars?",
        "convert",
        { amount: 100, from: "EUR", to: "USD" },
        {
          amount: 100,
          from: "EUR",
          to: "USD",
          rate: 1.0847,
          converted: 108.47,
        },
      ) as never,
    );
    expect(money).toMatch(/108\.47 USD/);
  });
});

describe("everyday ways of writing numbers and dates", () => {
  it("reads stones and pounds, spoken years and day ordinals, and an ordinal is never a stone", async () => {
    expect(await say("I weigh 12 stone 3, what's that in kg?")).toMatch(/77\.56/);
    expect(
      await say("how many days from the third of January twenty twenty-seven to the 1st of February 2027?"),
    ).toMatch(/\b29 days\b/);
    expect(await say("what day of the week was the fourth of July 1976")).toMatch(/Sunday/);
    expect(await say("how many days is it from the 2nd of March 2027 until the 9th of March 2027?")).not.toMatch(
      /stone/i,
    );
  });

  it("names today by its weekday, and a fact stretches to the sentences asked at its own joints", async () => {
    expect(await say("what day of the week is it today?")).toMatch(/\btoday\b/i);
    const two = await say("explain what photosynthesis is in two sentences. its for a school project");
    expect(two).toMatch(/^Photosynthesis[^.]+\.\s+\S[^.]+\.$/);
  });
});

describe("counted things, summed", () => {
  it("adds the things a message counts when it asks how many in total", async () => {
    expect(await say("we have 4 chickens, 2 goats and a dozen ducks. how many animals altogether?")).toMatch(/\b18\b/);
    expect(await say("I packed 5 shirts and 3 jumpers. How many clothes is that in total?")).toMatch(/\b8\b/);
    expect(await say("I had 7 pens and gave 2 away. how many pens in total now?")).not.toMatch(/\b9\b/);
  });
});

describe("dates said before, and yes or no about a given text", () => {
  it("counts from the one date said before 'after that', and answers 'is this spam? yes or no only' with yes or no", async () => {
    expect(
      await say("my course starts on 2 February 2027 and the exam is 6 weeks after that. what date is the exam?"),
    ).toMatch(/16 March 2027/);
    expect(
      await say(
        'is this spam? answer yes or no only: "URGENT!! You won a free cruise, click here to claim your prize now"',
      ),
    ).toMatch(/^Yes\b/);
  });
});

describe("more ways a question comes with remarks", () => {
  it("a short lead-in before a dash or colon, a question mark alone, a remark after a comma, a name called out", async () => {
    expect(await say("teacher here - what element is Au?")).toMatch(/gold/i);
    expect(await say("smallest planet in our solar system? my son says venus")).toMatch(/Mercury/);
    expect(await say("whats the plural of mouse, my kids are arguing about it")).toMatch(/mice/);
    const cat = await complete({
      messages: [system("You are Biscuit, a grumpy old dog. Stay in character."), user("biscuit what is 3 plus 4")],
      temperature: 0,
    });
    expect(cat.choices[0].message.content).toMatch(/\b7\b/);
  });

  it("asks no advice alone, and counts and subtracts what the message lists", async () => {
    expect(await say("Should I learn piano or guitar? I have small hands.")).not.toMatch(/learns from|examples/i);
    expect(await say("can you count these for me: pens, pencils, rulers, glue")).toMatch(/\b4 items\b/);
    expect(await say("I had 30 stickers, gave 8 to my sister and used 5 on a card. how many are left?")).toMatch(
      /\b17\b/,
    );
  });
});

describe("several questions no skill answers whole", () => {
  it("answers each part a skill answers and names the rest, never a passage in a computed part's place", async () => {
    const bill = await say(
      "the meal was £60 split between 3 of us, how much each? and how much each if we add a £6 tip?",
    );
    expect(bill).toMatch(/£20/);
    expect(bill).not.toMatch(/TypeScript/);
    expect(bill).toMatch(/offline model/);
  });

  it("knows why Mars is red and what compound interest is, and that chest pain getting worse is high urgency", async () => {
    expect(await say("why is mars called the red planet?")).toMatch(/rust|iron oxide/i);
    expect(await say("explain compound interest in two sentences")).toMatch(
      /interest on interest|interest earned on interest/i,
    );
    expect(
      await say(
        'Label the urgency as low, medium or high, label only: "Resident says the chest pains are getting worse."',
      ),
    ).toMatch(/^high\b/i);
  });
});

describe("a ratio from a tool, a clock time moved in a summary", () => {
  it("divides the two counts a 'K/D' names, and keeps both clock times of a move", async () => {
    const r = await complete({
      messages: [
        user("what's my W/L this season?"),
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "c1", type: "function", function: { name: "stats", arguments: "{}" } }],
        },
        { role: "tool", tool_call_id: "c1", content: JSON.stringify({ wins: 15, losses: 5, draws: 2 }) },
      ],
      temperature: 0,
    });
    expect(r.choices[0].message.content).toMatch(/\b3\b/);
    const memo = await say(
      "Summarise this in one sentence: From next week, the weekly team call moves from 9:30 to 10:15 so the Sydney office can join. Please update your calendars.",
    );
    expect(memo).toMatch(/10:15/);
  });
});

describe("words of the asking, and a follow-on that is a question too", () => {
  it("drops a trailing 'again', and never answers one question of two as if it were the only one", async () => {
    expect(await say("what element is Au again?")).toMatch(/gold/i);
    const two = await say("settling an argument: capital of mongolia? and while ur at it chile");
    expect(two.includes("Ulaanbaatar") && !two.includes("Santiago")).toBe(false);
  });
});

describe("the same question of another thing", () => {
  it("answers the same question of a second thing, for plurals and for capitals", async () => {
    expect(await say("whats the plural of mouse? and of goose")).toMatch(/mice[\s\S]*geese/);
    expect(await say("what is the capital of chile? and of ghana?")).toMatch(/Santiago[\s\S]*Accra/);
  });
});
