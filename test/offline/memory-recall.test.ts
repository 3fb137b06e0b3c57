import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Facts the user gave in passing, asked about later: the value comes back with what the user
 * said as evidence, and a fact never given is an honest "I don't know" that names the model.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed = 3) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";
const said = (fact: string, question: string): Message[] => [user(fact), assistant("Sounds good!"), user(question)];

describe("memory of facts said in passing", () => {
  const trip = "I'm heading to Bergen next month with my cousin Ilse, what should we pack?";

  it("'what do you know about me?' includes what was said in passing", async () => {
    expect(await text(said(trip, "What do you know about me?"))).toMatch(/Bergen next month with your cousin Ilse/);
  });

  it("finds a name, a place and a time inside a message that asked something else", async () => {
    for (const seed of [1, 2, 3]) {
      expect(await text(said(trip, "What's my cousin's name?"), seed)).toMatch(/^Ilse\b/);
      expect(await text(said(trip, "Where am I heading?"), seed)).toMatch(/^Bergen\b/);
      expect(await text(said(trip, "When am I going?"), seed)).toMatch(/^Next month\b/);
    }
  });

  it("reads pets, ages, amounts and yes-or-no questions from what was said", async () => {
    expect(await text(said("I own a gecko named Pistachio.", "What kind of pet do I have?"))).toMatch(/gecko/i);
    expect(await text(said("My nephew Otto is 9 and my niece Jun is 6.", "How old is my niece?"))).toMatch(/\b6\b/);
    expect(await text(said("So far I've put aside 820 dollars for the bike.", "How much have I put aside?"))).toMatch(
      /820/,
    );
    expect(await text(said("I can't stand olives.", "Do I like olives?"))).toMatch(/^No\b/);
    expect(await text(said("I'm left-handed, just so you know.", "Am I left-handed?"))).toMatch(/^Yes\b/);
    expect(await text(said("The gate code is 4D-77.", "What's the gate code?"))).toMatch(/4D-77/);
    expect(await text(said("Hey, Ingrid here. I need help with a letter.", "Remind me, what's my name?"))).toMatch(
      /Ingrid/,
    );
  });

  it("keeps a list, reads a system message about the user, adds up siblings, converts a quantity", async () => {
    const list = [
      user("My packing list: passport, charger, sunglasses."),
      assistant("Got it."),
      user("Add a swimsuit."),
      assistant("Added."),
      user("Remove the charger."),
      assistant("Done."),
      user("What's on my packing list?"),
    ];
    const listed = await text(list);
    expect(listed).toMatch(/- Passport\n- Sunglasses\n- Swimsuit$/);
    expect(listed).not.toMatch(/charger/i);
    const system = { role: "system", content: "The user's name is Ravi and he lives in Pune." };
    expect(await text([system, user("Where do I live?")])).toMatch(/Pune/);
    expect(await text(said("I have three sisters and a brother.", "How many siblings do I have?"))).toMatch(/\b4\b/);
    expect(await text(said("I weigh 80 kg.", "How much do I weigh in pounds?"))).toMatch(/176\.37 pounds/);
    expect(await text(said("My locker is number 41 in the basement.", "Where is my locker?"))).toMatch(/41/);
  });

  it("names the kind of pet, works on a number it was given, and needs the verb asked about", async () => {
    expect(await text(said("We got a border collie named Pip.", "What pet do we have?"))).toMatch(/border collie/);
    expect(await text(said("My lucky number is 13.", "What's my lucky number times 2?"))).toMatch(/\b26\b/);
    expect(await text(said("I'm calling my dad later; he collects vinyl.", "What does my dad collect?"))).toMatch(
      /vinyl/,
    );
    expect(await text(said("I'm calling my dad later.", "What does my dad collect?"))).not.toMatch(/calling/);
    const move = "My flatmate Juno and I are moving to Galway in August.";
    expect(await text(said(move, "Who am I moving with?"))).toMatch(/^Juno\b/);
    expect(await text(said("I'm not a fan of jazz.", "Do I like jazz?"))).toMatch(/^No\b/);
  });

  it("says what it was not told, as the offline model, and leaves other questions alone", async () => {
    const unknown = await text(said("I collect stamps.", "What's my favourite film?"));
    expect(unknown).toMatch(/don't know/);
    expect(unknown).toMatch(/offline model/);
    expect(await text(said(trip, "What's my cousin's phone number?"))).not.toMatch(/Ilse|Bergen/);
    expect(await text(said("I live in Tromsø.", "What's the weather like where I live?"))).not.toMatch(/You live/);
    expect(await text(said("My name is Bo.", "What is my IP address?"))).toMatch(/cannot|can't/);
  });

  it("gives back a thing the user named, in any wording of the naming; a passage never answers 'what was the X?'", async () => {
    expect(await text(said("Remember the password: heron.", "What was the password?"))).toMatch(/heron/);
    expect(
      await text(said("The locker combination for the gym is 19-4-7.", "what was the locker combination")),
    ).toMatch(/19-4-7/);
    expect(await text(said("Our band name for the talent show is Velvet Static.", "What was our band name?"))).toMatch(
      /Velvet Static/,
    );
    // Named in a way no rule reads: an honest decline, never a passage (it was merge sort, for "order").
    const unread = await text(said("For later, my order went out as 5521-B.", "What was the order number?"));
    expect(unread).toMatch(/offline model/);
    expect(unread).not.toMatch(/sort/i);
  });

  it("answers each part of a two-part recall question, 'they' and 'her' read as what the first part named", async () => {
    const pets = await text(
      said("I've got two rabbits, Clover and Biscuit.", "How many rabbits do I have and what are they called?"),
    );
    expect(pets).toMatch(/\b2\b|two/);
    expect(pets).toMatch(/Clover and Biscuit/);
    const aunt = await text(said("My aunt Odile lives in Lyon.", "Where does my aunt live and what is her name?"));
    expect(aunt).toMatch(/Lyon/);
    expect(aunt).toMatch(/Odile/);
  });
});
