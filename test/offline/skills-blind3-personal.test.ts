import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * Kinds of prompt the third blind set showed for personas, memory, languages, short creative forms
 * and name ideas (a standing "always end with ..." rule, a fact asked of a character, a change of
 * mind, an elliptical "And 5 in February.", a language set for the rest of the chat, a haiku's
 * setting, a joke for someone's hobby, a names follow-up that rules some out), asked here in other
 * words, at temperature 0.
 */
const developer = (content: string) => ({ role: "developer" as const, content });
type Message =
  | ReturnType<typeof user>
  | ReturnType<typeof system>
  | ReturnType<typeof assistant>
  | ReturnType<typeof developer>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 5, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const listed = (reply: string) => reply.split("\n").filter((l) => /^\s*(?:\d+[.)]|[-*•])\s/.test(l));

describe("standing rules and personas", () => {
  it("ends every answer with the words a system rule gives, after the answer itself", async () => {
    const reply = await text([
      system("You are a museum guide. Always finish every answer with the words 'Thank you for visiting!'"),
      user("What is the capital of Austria?"),
    ]);
    expect(reply).toMatch(/Vienna/);
    expect(reply).toMatch(/Thank you for visiting!\s*$/);
  });

  it("keeps a user's 'from now on' closing rule on later answers", async () => {
    const reply = await text([
      user("From now on, always end your replies with 'Roger that.'"),
      assistant("Understood. Roger that."),
      user("What is 12 times 4?"),
    ]);
    expect(reply).toMatch(/48/);
    expect(reply).toMatch(/Roger that\.\s*$/);
  });

  it("addresses the user by the name they asked to be called", async () => {
    const reply = await text([
      user("Please call me Chief from now on."),
      assistant("Will do, Chief!"),
      user("What is 7 plus 8?"),
    ]);
    expect(reply).toMatch(/15/);
    expect(reply).toMatch(/\bChief\b/);
  });

  it("answers a sum in a strict teacher's voice", async () => {
    const reply = await text([
      system("You are a strict but kind chemistry teacher speaking to your students."),
      user("what is 25% of 80"),
    ]);
    expect(reply).toMatch(/\b20\b/);
    expect(reply).toMatch(/class|homework|test|notebooks|attention/i);
  });

  it("adds up the legs of several animals, in a character's voice", async () => {
    const reply = await text([
      system("You are a Victorian detective. Answer as a deduction."),
      user("How many legs do four beetles have altogether?"),
    ]);
    expect(reply).toMatch(/\b24\b/);
    expect(reply).toMatch(/evidence|clues?|elementary|case|mystery/i);
  });

  it("consoles a failed exam in a grandmother's voice", async () => {
    const reply = await text([
      system("You are a gentle grandmother who loves baking."),
      user("I failed my maths exam today :("),
    ]);
    expect(reply).toMatch(/exam/i);
    expect(reply).toMatch(/\b(?:dear|sweetheart|cookies|cake|oven|kitchen)\b/i);
  });

  it("gives a comma-described character its voice ('a calm, soft-spoken ...')", async () => {
    const reply = await text([
      system("You are a calm, soft-spoken meditation teacher."),
      user("I'm so nervous about my job interview."),
    ]);
    expect(reply).toMatch(/breath|calm|namaste|gently/i);
    expect(reply).not.toMatch(/offline model/);
  });

  it("recommends from a diner waitress's menu when asked what is good for dinner", async () => {
    const reply = await text([system("You are a waitress in an old roadside diner."), user("What's good for dinner?")]);
    expect(reply).toMatch(/pie|pancakes|hon\b/i);
  });
});

describe("memory of what the user said", () => {
  it("takes a change of mind as the new favourite", async () => {
    const reply = await text([
      user("My favourite season is winter."),
      assistant("Winter is cosy!"),
      user("Actually, I've changed my mind. It's autumn now."),
      assistant("Autumn it is!"),
      user("What's my favourite season?"),
    ]);
    expect(reply).toMatch(/autumn/i);
    expect(reply).not.toMatch(/winter/i);
  });

  it("reads back everything the user said they need, with what was added after", async () => {
    const reply = await text([
      user("For the barbecue I need sausages, buns and ketchup."),
      assistant("Sounds delicious!"),
      user("Oh, and charcoal too."),
      assistant("Added."),
      user("Can you list everything I need?"),
    ]);
    for (const item of ["sausages", "buns", "ketchup", "charcoal"]) expect(reply.toLowerCase()).toContain(item);
  });

  it("hears 'And 9 on Sunday.' as the end of the statement before it", async () => {
    const reply = await text([
      user("I walked 6 km on Saturday."),
      assistant("Nice walk!"),
      user("And 9 on Sunday."),
      assistant("Great weekend!"),
      user("How far did I walk over those two days?"),
    ]);
    expect(reply).toMatch(/\b15\b/);
  });

  it("reads a user profile in the system message as what the user said", async () => {
    const reply = await text([system("User profile: name Ines, age 52, lives in Lisbon."), user("Where do I live?")]);
    expect(reply).toMatch(/Lisbon/);
  });

  it("works out a pet's age in a given year from the year it was born", async () => {
    const reply = await text([
      user("My rabbit Pip was born in 2021."),
      assistant("Pip is a sweet name!"),
      user("How old will Pip be in 2029?"),
    ]);
    expect(reply).toMatch(/\b8\b/);
  });

  it("says no to a peanut sweet for a peanut allergy, and why", async () => {
    const reply = await text([
      user("Heads up: my son is coming over and I have a bad peanut allergy myself."),
      assistant("Thanks for telling me."),
      user("Can I have a Snickers?"),
    ]);
    expect(reply).toMatch(/^No\b/);
    expect(reply).toMatch(/peanuts?/);
  });
});

describe("languages", () => {
  it("keeps a language the user set for the rest of the chat", async () => {
    const reply = await text([
      user("Let's practise my French. From now on, reply only in French."),
      assistant("D'accord !"),
      user("What is 6 plus 5?"),
    ]);
    expect(reply).toMatch(/\b11\b/);
    expect(reply).toMatch(/réponse|C'est/);
  });

  it("says a named list in the language asked", async () => {
    const reply = await text([developer("Answer only in Dutch."), user("What are the four seasons?")]);
    expect(reply).toMatch(/lente/);
    expect(reply).toMatch(/zomer/);
    expect(reply).toMatch(/herfst/);
  });

  it("mixes paint colours, said in the language asked", async () => {
    const reply = await text([system("Always answer in Spanish."), user("What do red and yellow make?")]);
    expect(reply).toMatch(/naranja/i);
  });
});

describe("short creative forms", () => {
  it("puts a haiku subject's setting in the poem", async () => {
    const reply = await text([user("Write a haiku about a fox running through the forest.")]);
    expect(reply.split("\n")).toHaveLength(3);
    expect(reply).toMatch(/fox/i);
    expect(reply).toMatch(/forest/i);
  });

  it("tells a joke about the hobby of the one it is for", async () => {
    const reply = await text([user("Tell me a joke for my uncle who loves golf.")]);
    expect(reply).toMatch(/\?/);
    expect(reply).toMatch(/golf/i);
  });

  it("writes a story of three sentences about the whole topic", async () => {
    const reply = await text([user("Write a three-sentence story about a dog who loses its ball.")]);
    expect(reply.match(/[.!?](?=\s|$)/g)).toHaveLength(3);
    expect(reply).toMatch(/dog/);
  });

  it("ends the story the model told with the ending asked, in one sentence", async () => {
    const reply = await text([
      user("Write a one-sentence story about a runaway kite."),
      assistant("A yellow kite tore free from Omar's hands and sailed away over the park."),
      user("Now give it a happy ending in one more sentence."),
    ]);
    expect(reply).toMatch(/kite|Omar/);
    expect(reply.match(/[.!?](?=\s|$)/g)).toHaveLength(1);
  });

  it("writes an acrostic a line per letter", async () => {
    const reply = await text([user("Write an acrostic for the word MOON (one line per letter).")]);
    expect(
      reply
        .split("\n")
        .map((l) => l.trim()[0])
        .join(""),
    ).toBe("MOON");
  });
});

describe("name ideas", () => {
  it("leaves out food names and every name already given when asked for others", async () => {
    const reply = await text([
      user("Give me 3 names for a hamster."),
      assistant("1. Peanut\n2. Nibbles\n3. Mochi"),
      user("I don't want food names. Give me 3 others."),
    ]);
    const names = listed(reply);
    expect(names).toHaveLength(3);
    expect(reply).not.toMatch(/Peanut|Nibbles|Mochi|Biscuit|Popcorn|Cinnamon|Pumpkin/);
  });

  it("names each of the animals the user says they got", async () => {
    const reply = await text([user("We just brought home four hens. Name them for us!")]);
    expect(listed(reply)).toHaveLength(4);
  });
});
