import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";
import { applyCorrections, readCorrection } from "../../src/offline/skills/corrections";

/**
 * A user correcting a fact they stated: the correction is acknowledged and every later answer
 * uses the new value. Prompts are this file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed = 2) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";

describe("corrections of stated facts", () => {
  it("reads what a correction changes, and only a plain value", () => {
    expect(readCorrection("Actually it's 7, not 6.")).toEqual({ to: "7", from: "6" });
    expect(readCorrection("oh wait, the dentist moved to 10am")).toEqual({ to: "10am" });
    expect(readCorrection("Sorry, I meant Thursday.")).toEqual({ to: "Thursday" });
    expect(readCorrection("Sorry about that.")).toBeNull();
    expect(readCorrection("Actually, what time is it?")).toBeNull();
  });

  it("leaves a message with two values of the kind alone", () => {
    const texts = ["I run 5 km on Mondays and 8 km on Fridays.", "Actually it's 6."];
    expect(applyCorrections(texts).texts[0]).toBe(texts[0]);
  });

  it("acknowledges the correction and answers later questions from it", async () => {
    const base: Message[] = [
      user("My dinner with Sam is at 7pm."),
      assistant("Sounds nice!"),
      user("Oops, make that 8pm."),
    ];
    expect(await text(base)).toMatch(/8pm/);
    const later = [...base, assistant("Noted."), user("When is my dinner with Sam?")];
    const reply = await text(later);
    expect(reply).toMatch(/8pm/);
    expect(reply).not.toMatch(/7pm/);
    const dogs = [
      user("I've got two dogs."),
      assistant("Nice!"),
      user("Actually it's three, not two."),
      assistant("Ok."),
      user("How many dogs do I have?"),
    ];
    expect(await text(dogs)).toMatch(/\b3 dogs\b|\bthree dogs\b/);
  });
});

describe("sums over stated numbers", () => {
  it("a relative age, a total of one unit, and what is left to save", async () => {
    const age = [user("I'm 40 and my brother is 4 years younger."), assistant("Okay."), user("How old is my brother?")];
    const reply = await text(age);
    expect(reply).toMatch(/\b36\b/);
    expect(reply).not.toMatch(/\b4 years old\b/);
    const swim = [
      user("I swam 20 laps on Saturday and 30 laps on Sunday."),
      assistant("Great!"),
      user("How many laps did I swim in total?"),
    ];
    expect(await text(swim)).toMatch(/^50 laps\b|\b50 laps\b/);
    const save = [
      user("I want a camera that costs 600 euros and I've saved 250 already."),
      assistant("Nice."),
      user("How much more do I need?"),
    ];
    expect(await text(save)).toMatch(/350 euros/);
  });

  it("a correction with no kind replaces the value of the 'my X is Y' just before", async () => {
    const pet = [
      user("My favourite animal is the otter."),
      assistant("Cute!"),
      user("Actually, it's the fox now."),
      assistant("Okay."),
      user("What's my favourite animal?"),
    ];
    const reply = await text(pet);
    expect(reply).toMatch(/fox/);
    expect(reply).not.toMatch(/otter/);
  });
});

describe("people the user named", () => {
  it("answers about a person by the name the user gave them", async () => {
    const kids = [user("My daughter Zoe is 7 and my son Max is 10."), assistant("Lovely."), user("How old is Max?")];
    const reply = await text(kids);
    expect(reply).toMatch(/\b10\b/);
    expect(reply).not.toMatch(/^7\b/);
    const who = [user("My neighbour, Rosa, waters my plants."), assistant("Kind of her!"), user("Who is Rosa?")];
    expect(await text(who)).toMatch(/neighbour/);
  });
});

describe("rates, parts of a name, pronouns and body facts", () => {
  it("a daily or monthly amount over a longer period, never the bare number", async () => {
    const tea = [user("I drink three teas a day."), assistant("Cosy."), user("How many teas do I drink in a week?")];
    expect(await text(tea)).toMatch(/^21 teas a week|^21 teas per week/);
    const gym = [
      user("My gym costs 40 dollars a month."),
      assistant("Okay."),
      user("How much does my gym cost per year?"),
    ];
    const year = await text(gym);
    expect(year).toMatch(/480 dollars/);
    expect(year).not.toMatch(/^40\b/);
  });

  it("a last name never given, 'his name', and a height in another unit", async () => {
    const sam = [user("Call me Rowan."), assistant("Hi Rowan!"), user("What's my last name?")];
    expect(await text(sam)).toMatch(/don't know your last name|haven't told me your last name/);
    const his = [user("I have a nephew named Arlo."), assistant("Sweet."), user("what's his name again?")];
    expect(await text(his)).toMatch(/Arlo/);
    const tall = [user("I am 180 cm tall."), assistant("Okay."), user("How tall am I in feet?")];
    expect(await text(tall)).toMatch(/5\.9\d? feet/);
  });
});
