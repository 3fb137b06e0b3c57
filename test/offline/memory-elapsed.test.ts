import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Time counted from a date the user stated, against the pinned today (vitest.config.ts:
 * 2026-12-01), and a bare "why?" after an answer that gave no reason. Prompts are this file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed = 6) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";

describe("time from a stated date", () => {
  it("days until a stated birthday, never its day of the month", async () => {
    const days = await text([
      user("My birthday is on 25 December."),
      assistant("Noted!"),
      user("How many days until my birthday?"),
    ]);
    expect(days).toMatch(/^24 days\b/);
    const none = await text([user("I love cake."), assistant("Me too!"), user("how many days until my birthday?")]);
    expect(none).toMatch(/haven't told me/);
  });

  it("years since a dated start", async () => {
    const years = await text([
      user("We moved to Leeds in 2016."),
      assistant("Nice."),
      user("How long have we lived here?"),
    ]);
    expect(years).toMatch(/\b10 years\b/);
  });
});

describe("a bare 'why?' after an answer with no reason", () => {
  it("says honestly it can't, instead of repeating the answer", async () => {
    const reply = await text([
      user("Give me a fact about koalas."),
      assistant("Koalas sleep up to 20 hours a day."),
      user("why?"),
    ]);
    expect(reply).not.toMatch(/20 hours/);
    expect(reply).toMatch(/can't/);
  });
});

describe("more questions about what the user said", () => {
  it("days until a stated weekday (2026-12-01 is a Tuesday)", async () => {
    const exam = [
      user("My driving test is on Thursday."),
      assistant("Good luck!"),
      user("How many days until my test?"),
    ];
    expect(await text(exam)).toMatch(/^2 days\b/);
  });

  it("word tasks on the user's name, two questions at once, two favourites", async () => {
    const brian = [user("Hey, I'm Brian."), assistant("Hi!"), user("What's my name?")];
    expect(await text(brian)).toMatch(/Brian/);
    const name = [
      user("Hello, I'm Bartholomew."),
      assistant("Hi Bartholomew!"),
      user("How many letters are in my name?"),
    ];
    expect(await text(name)).toMatch(/\b11\b/);
    const two = [
      user("My name is Ines and I live in Porto."),
      assistant("Hi Ines!"),
      user("What's my name and where do I live?"),
    ];
    const both = await text(two);
    expect(both).toMatch(/Ines/);
    expect(both).toMatch(/Porto/);
    const fav = [
      user("My favourite sport is judo and my favourite snack is popcorn."),
      assistant("Fun!"),
      user("What's my favourite sport and snack?"),
    ];
    const favs = await text(fav);
    expect(favs).toMatch(/judo/);
    expect(favs).toMatch(/popcorn/);
    expect(favs).not.toMatch(/\bmy favourite\b/);
  });

  it("'tell me everything you know about me' recalls, and a pet named is known by name", async () => {
    const all = [
      user("I'm Kofi and I work as a pilot."),
      assistant("Cool!"),
      user("Tell me everything you know about me."),
    ];
    expect(await text(all)).toMatch(/Kofi/);
    const pet = [user("We adopted a rabbit called Clover."), assistant("Aww."), user("What kind of animal is Clover?")];
    expect(await text(pet)).toMatch(/rabbit/);
  });
});

describe("what the user said, quoted or kept", () => {
  it("the first thing the user said is theirs, not the assistant's", async () => {
    const chat = [
      user("Good evening!"),
      assistant("Good evening! How can I help?"),
      user("What was the first thing I said?"),
    ];
    expect(await text(chat)).toMatch(/Good evening!"/);
    const asked = [
      user("How far is the Moon?"),
      assistant("About 384,400 km."),
      user("Thanks! What did I just ask you?"),
    ];
    expect(await text(asked)).toMatch(/How far is the Moon/);
  });

  it("a word kept for the user, and an allergy that is not about food", async () => {
    const word = [user("Please remember the word 'lantern'."), assistant("Okay."), user("What was the word?")];
    expect(await text(word)).toMatch(/lantern/);
    const pet = [user("I'm allergic to dogs."), assistant("Noted."), user("Should I get a dog?")];
    expect(await text(pet)).not.toMatch(/has dogs in it/);
  });
});
