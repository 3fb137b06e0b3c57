/**
 * What a learner relies on when they type their own everyday sums, dates, conversions and code
 * questions: a word problem is worked to its last step or declined (never half a sum), a supposed
 * "today" is the one counted from, a quantity stated before "what's that in miles?" is converted,
 * a claim to check gets a yes or a no, and a short JavaScript program's output is worked out.
 */
import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

async function reply(prompt: string | Record<string, unknown>[]): Promise<string> {
  const messages = typeof prompt === "string" ? [user(prompt)] : prompt;
  const r = await complete({ messages: messages as never, seed: 5, temperature: 0 });
  return r.choices[0].message.content ?? "";
}

describe("offline model: everyday word problems", () => {
  it("takes every step a word problem asks for", async () => {
    expect(
      await reply(
        "We got 5 boxes of 6 doughnuts and there are 4 of us. How many whole doughnuts does each person get, and how many are left over?",
      ),
    ).toMatch(/\b7 each\b.*\b2 doughnuts left over/);
    expect(await reply("I baked 2 trays of 15 cookies and gave away 9. How many cookies are left?")).toMatch(
      /\b21 cookies are left/,
    );
    expect(await reply("A van takes 9 people and 40 people are coming. How many vans will we need?")).toMatch(
      /\b5 vans\b/,
    );
    expect(
      await reply("My soup recipe serves 2 and needs 400 ml of stock and 1 onion. How much do I need for 5 people?"),
    ).toMatch(/1,?000 ml of stock.*2\.5 onion/);
  });

  it("declines rather than answering half of a problem", async () => {
    const half = await reply("Adult tickets are 11 dollars and child tickets 6. How much for 3 adults and 2 children?");
    expect(half).not.toMatch(/\b(?:0\.67|1\.5|33|12)\b/);
  });

  it("adds a bill priced in pence to pounds ('2 rolls at 35p each'), and 720p is not money", async () => {
    expect(await reply("I got 2 rolls at 35p each and a coffee for £2.10. How much did I pay?")).toMatch(/£2\.80\b/);
    expect(await reply("bought 4 stamps at 85p each and an envelope for 30p, what does that come to?")).toMatch(
      /£3\.70\b/,
    );
    expect(await reply("My old laptop plays video at 720p. How many pixels tall is that?")).not.toMatch(/£/);
  });

  it("works out a stated rate over time across two messages", async () => {
    const saved = await reply([
      user("I'm putting 25 dollars a week aside for a trip."),
      assistant("Good plan!"),
      user("How much will I have after 20 weeks?"),
    ]);
    expect(saved).toMatch(/\b500\b/);
  });

  it("answers percentages, totals and averages said the everyday way", async () => {
    expect(
      await reply("I swam 1.5 km on Friday, 2 km on Saturday and 0.8 km on Sunday. How far did I swim in total?"),
    ).toMatch(/4\.3 km in total/);
    expect(await reply("I scored 27 out of 30 on my driving theory test. What percentage is that?")).toMatch(/\b90%/);
    expect(await reply("A blender is 40% off and now costs 30 dollars. What was the original price?")).toMatch(
      /\$50\b/,
    );
    expect(await reply("My runs this week were 5, 7, 6 and 10 km. What's my average?")).toMatch(/\baverage is 7\b/);
  });
});

describe("offline model: dates from a supposed today", () => {
  it("counts from the weekday the message supposes", async () => {
    expect(await reply("If today is a Thursday, what day of the week will it be in 45 days?")).toMatch(/\bSunday\b/);
    expect(await reply("Suppose today is Saturday. What day was it 10 days ago?")).toMatch(/\bWednesday\b/);
  });

  it("names the date beside its weekday and counts a loan's end", async () => {
    expect(await reply("What day of the week is 1 May 2030?")).toMatch(/1 May 2030 will be a Wednesday/);
    expect(await reply("I rented a bike on 3 March 2027 for 10 days. When is it due back?")).toMatch(/13 March 2027/);
  });
});

describe("offline model: conversions of a stated quantity", () => {
  it("converts a quantity asked about as 'that'", async () => {
    expect(await reply("The trail is 12 km long. How many miles is that?")).toMatch(/7\.46 miles/);
    expect(await reply("The forecast says 30 °C tomorrow. What's that in Fahrenheit?")).toMatch(/86 °F/);
  });

  it("compares two quantities against a limit in one unit", async () => {
    expect(await reply("My backpack weighs 9 kg and the limit is 22 lb. Am I over the limit?")).toMatch(
      /19\.84 pounds.*within the limit/,
    );
  });
});

describe("offline model: checks, lists and picks", () => {
  it("says no to a wrong claim about a capital, and yes to a right one", async () => {
    expect(await reply("My cousin says Zurich is the capital of Switzerland. Is he right?")).toMatch(/^No\b.*Bern/);
    expect(await reply("Someone told me Lima is the capital of Peru. Is that true?")).toMatch(/^Yes\b/);
  });

  it("lists all the planets when asked for them in order, either way round", async () => {
    expect(await reply("Name all the planets, starting from the one closest to the Sun.")).toMatch(
      /Mercury[\s\S]*Venus[\s\S]*Earth[\s\S]*Mars[\s\S]*Jupiter[\s\S]*Saturn[\s\S]*Uranus[\s\S]*Neptune/,
    );
    expect(await reply("List the planets from furthest to nearest.")).toMatch(/^1\. Neptune/);
  });

  it("picks a working day from Monday to Friday", async () => {
    for (const seed of [1, 2, 3]) {
      const r = await complete({ messages: [user("Pick a random weekday for my dentist appointment.")], seed });
      expect(r.choices[0].message.content).toMatch(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b/);
    }
  });

  it("counts a word the user gave earlier and says it against the limit", async () => {
    const count = await reply([
      user("I want to use bluebird7 as my wifi password."),
      assistant("It's short, but easy to type."),
      user("How many characters is it? It must be at least 10."),
    ]);
    expect(count).toMatch(/"bluebird7" has 9 characters.*1 short/);
  });

  it("answers a goal question from a tool result in words", async () => {
    const r = await reply([
      user("How far did I cycle this week, and did I reach my target?"),
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "t1", type: "function", function: { name: "get_distance", arguments: "{}" } }],
      },
      { role: "tool", tool_call_id: "t1", content: JSON.stringify({ km: 84, target: 100 }) },
    ]);
    expect(r).toMatch(/^(?:No|Not quite)\b.*\b84\b.*16 short/);
  });
});

describe("offline model: small JavaScript programs", () => {
  it("works out what console.log prints, with why", async () => {
    expect(await reply("What does this print? let n = 3; n *= 4; n -= 2; console.log(n);")).toMatch(/`10`/);
    const mixed = await reply('What do console.log("7" + 1) and console.log("7" * 1) print?');
    expect(mixed).toMatch(/71[\s\S]*\b7\b/);
    expect(mixed).toMatch(/string/);
  });

  it("declines a program it cannot run instead of showing other code", async () => {
    const loop = await reply("What's the output? let t = 0; for (let i = 1; i <= 4; i++) t += i; console.log(t);");
    expect(loop).toMatch(/can't|cannot/);
    expect(loop).not.toMatch(/```/);
  });

  it("uses the function name the request gives", async () => {
    expect(await reply("Write a Python function that doubles a number. Call it twice_as_much.")).toMatch(
      /def twice_as_much\(/,
    );
  });
});

describe("the precision and the count asked for", () => {
  it("a percentage 'to the nearest whole number' is given rounded", async () => {
    expect(
      await reply("17 of the 22 players turned up to training. What percentage is that, to the nearest whole number?"),
    ).toMatch(/\b77%/);
    expect(await reply("What is 5 out of 7 as a percentage, to one decimal place?")).toMatch(/\b71\.4%/);
  });

  it("days 'counting both the first and last day' include both ends", async () => {
    expect(
      await reply("The fair runs from 2 June to 9 June. How many days is that, counting both the first and last day?"),
    ).toMatch(/\b8 days/);
    expect(await reply("How many days between 2 June and 9 June?")).toMatch(/\b7 days/);
  });
});
