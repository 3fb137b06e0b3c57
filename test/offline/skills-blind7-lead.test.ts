/**
 * Kinds the seventh blind set found answered wrong: a duration written "2h 50m", working days
 * between two dates, JSON over a list the message gives, "name them" of things one lists, the
 * planet we live on, and a second question beside a confirmed fact.
 */
import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

async function say(content: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await complete({ messages: [user(content)], temperature: 0, ...extra });
  return r.choices[0].message.content ?? "";
}

describe("blind7 kinds", () => {
  it("adds a duration written with h and m to a clock time", async () => {
    expect(await say("the ferry sails at 09:40 and takes 3h 35m, what time do we arrive?")).toMatch(/13:15/);
  });

  it("counts working days Monday to Friday and says how it counted", async () => {
    const text = await say("how many working days between 2 august 2027 and 16 august 2027?");
    expect(text).toMatch(/\b10 working days\b/);
    expect(text).toMatch(/not counting|but not the last/);
  });

  it("writes the list a message gives as JSON, weekdays in full, and never a passage", async () => {
    const text = await say("make a JSON object with the days I train: I train tue, fri and sun");
    expect(JSON.parse(text)).toEqual({ days: ["Tuesday", "Friday", "Sunday"] });
    const other = await say("JSON with my pets please: a parrot, two snails");
    expect(other).not.toMatch(/JavaScript Object Notation|response_format/);
  });

  it("lists, not invents names, when asked to 'name them' of planets", async () => {
    const text = await say("Which planets are bigger than Earth? Name them.");
    expect(text).toMatch(/Jupiter/);
    expect(text).toMatch(/Neptune/);
  });

  it("knows the planet we live on and the one after ours", async () => {
    expect(await say("which planet do people live on?")).toMatch(/Earth/);
    expect(await say("what is the next planet after ours, going outwards?")).toMatch(/^Mars/);
  });

  it("answers a second capital question beside a confirmed one", async () => {
    const text = await say("Accra is the capital of Ghana, right? And Quito is the capital of which country?");
    expect(text).toMatch(/Ghana/);
    expect(text).toMatch(/Ecuador/);
  });
});

describe("facts said whole", () => {
  it("gives water's freezing point in kelvin too, and a continent's longest river from its own fact", async () => {
    expect(await say("what temperature does water freeze at in kelvin?")).toMatch(/273\.15 K/);
    expect(await say("which river is the longest in south america?")).toMatch(/Amazon/);
    expect(await say("what's the capital of the united states of america?")).not.toMatch(/D\.C\.\./);
  });
});

describe("elements and capitals asked in passing", () => {
  it("says which of two symbols is the element asked, and what most of the air is", async () => {
    expect(await say("Cu or Zn - which one is copper?")).toMatch(/^Cu is copper/);
    expect(await say("what is the air mostly made of?")).toMatch(/Nitrogen/);
  });

  it("gives the capitals of a sentence that is only country names", async () => {
    const text = await say("Capitals quiz time! Norway, Egypt and Chile. What are the answers?");
    expect(text).toMatch(/Oslo/);
    expect(text).toMatch(/Cairo/);
    expect(text).toMatch(/Santiago/);
  });
});

describe("a name is held as written", () => {
  it("never answers the capital of a place no country is with the Paris passage", async () => {
    const text = await say("what is the capital of Atlantis?");
    expect(text).not.toMatch(/capital of France|Paris (?:is|has|sits)/);
    expect(text).toMatch(/offline model/);
  });
});

describe("a fact asked of something else", () => {
  it("never answers a question about another animal, substance or world with the fact it resembles", async () => {
    for (const q of [
      "how many bones does a horse have?",
      "what is the freezing point of seawater?",
      "how fast does light travel through water?",
      "what colour is the sky on Venus?",
    ]) {
      const text = await say(q);
      expect(text, q).not.toMatch(/\b206\b|0 °C|299,792,458|is blue/);
    }
    expect(await say("how many bones are in an adult human?")).toMatch(/206/);
  });
});

describe("a tutor told never to give the answer", () => {
  it("hints at a sum in steps and never says its result", async () => {
    const r = await complete({
      messages: [
        { role: "system", content: "You tutor kids in maths. Do not give the answer, only hints." },
        user("what's 16 times 14?"),
      ],
      temperature: 0,
    });
    const text = r.choices[0].message.content ?? "";
    expect(text).not.toMatch(/\b224\b/);
    expect(text).toMatch(/\b16 × 10\b|\b14 × 10\b|\b10 and 4\b|\b10 and 6\b/);
  });
});

describe("an amount for so many things, scaled", () => {
  it("scales a recipe amount to another count, and says what whole things round up to", async () => {
    expect(await say("200g of sugar makes 8 flapjacks. how much sugar for 20 flapjacks?")).toMatch(/\b500 g\b/);
    const eggs = await say("2 eggs make 6 muffins, how many eggs for 15 muffins?");
    expect(eggs).toMatch(/\b5 eggs\b/);
  });
});

describe("times and dates said in an earlier turn", () => {
  it("names the weekday of a date the user gave before, and the time from now to another time they gave", async () => {
    const weekday = await complete({
      messages: [
        user("the school trip is on 22 October 2027"),
        assistant("How fun!"),
        user("which day of the week is it?"),
      ],
      temperature: 0,
    });
    expect(weekday.choices[0].message.content).toMatch(/Friday/);
    const until = await complete({
      messages: [user("dentist at 4:15pm, it's 2:50pm now"), assistant("Noted."), user("how long until the dentist?")],
      temperature: 0,
    });
    expect(until.choices[0].message.content).toMatch(/1 hour and 25 minutes/);
  });
});

describe("kinds blind8 found wrong", () => {
  it("never answers a question about what the conversation said with a passage", async () => {
    const r = await complete({
      messages: [
        user("note my locker combination please, it's 2719"),
        assistant("Noted."),
        user("also, how many legs does a spider have?"),
        assistant("Eight."),
        user("cool. what was my locker combination again?"),
      ],
      temperature: 0,
    });
    expect(r.choices[0].message.content).not.toMatch(/draft|token|JavaScript|Python/i);
    const fragment = await complete({
      messages: [
        user("I have 600 pounds for 4 weeks of holiday. How much is that per week?"),
        assistant("That's 150 pounds per week."),
        user("and per hour, roughly?"),
      ],
      temperature: 0,
    });
    expect(fragment.choices[0].message.content).not.toMatch(/tokens?\b|rough guide/i);
  });

  it("keeps a persona's extras out of 'reply with only the pick' and 'nothing else'", async () => {
    const pick = await complete({
      messages: [
        { role: "system", content: "You are a cheerful raffle host. Reply with only the pick." },
        user("choose a random month for the summer party"),
      ],
      temperature: 0,
    });
    expect(pick.choices[0].message.content?.trim()).toMatch(/^[A-Z][a-z]+\.?$/);
    const list = await complete({
      messages: [
        { role: "system", content: "You are a jolly tour guide." },
        user("Name the eight planets in order, one per line, nothing else."),
      ],
      temperature: 0,
    });
    expect((list.choices[0].message.content ?? "").trim().split("\n")).toHaveLength(8);
  });

  it("works on a name that exists instead of inventing one, and sets a guessed Pluto aside", async () => {
    const name = await say("Spell the shop's name backwards for me");
    expect(name).not.toMatch(/just right for|suits a|sounds (?:warm|memorable)/);
    expect(await say("Which planet is the coldest? My aunt swears it's Pluto.")).not.toMatch(/^Pluto is no longer/);
  });
});

describe("a tool's change and a function that returns nothing", () => {
  it("answers 'has it got lighter?' from the sign and size of the tool's change", async () => {
    const r = await complete({
      messages: [
        user("Has the parcel got heavier since it was weighed yesterday?"),
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "call_w", type: "function", function: { name: "weigh_parcel", arguments: "{}" } }],
        },
        {
          role: "tool",
          tool_call_id: "call_w",
          content: JSON.stringify({ weight_kg: 2.4, change_since_yesterday_kg: 0.3 }),
        },
      ],
      tools: [{ type: "function", function: { name: "weigh_parcel", parameters: { type: "object", properties: {} } } }],
      temperature: 0,
    });
    expect(r.choices[0].message.content).toMatch(/^Yes\b[^.]*\b0\.3 kg/);
  });

  it("says a pasted function never returns what it works out, with the fix", async () => {
    const text = await say("why is the result undefined? function half(v) { v / 2; }");
    expect(text).toMatch(/return v \/ 2/);
    expect(text).not.toMatch(/log/i);
  });
});
