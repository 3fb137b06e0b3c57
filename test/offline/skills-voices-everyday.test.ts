import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * A learner's own persona, language, creative and name prompts: the character keeps its own voice
 * and world, a phrase is said in the language asked (or declined), a note or a poem keeps the shape
 * asked, and names fit what is named. None of these prompts is from the course.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system> | ReturnType<typeof assistant>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 3, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const declined = (t: string) => /offline model/.test(t) && /can't|cannot/.test(t);
const sentenceCount = (t: string) => t.split(/(?<=[.!?])\s+/).filter((s) => /\p{L}/u.test(s)).length;

describe("personas", () => {
  it("a goat on a farm bleats and grazes, it does not oink", async () => {
    const reply = await text([system("You are a goat on a mountain farm."), user("Say hello to my cousin Rita.")]);
    expect(reply).toMatch(/Rita/);
    expect(reply).not.toMatch(/oink|mud/i);
  });

  it("a caveman told to use simple words still talks like a caveman", async () => {
    const reply = await text([system("You are a caveman. Only use simple words."), user("What is 9 minus 4?")]);
    expect(reply).toMatch(/\b5\b/);
    expect(reply).toMatch(/ugh|club|cave|fire/i);
  });

  it("a tip about something outside the character's world is not its canned advice", async () => {
    const reply = await text([system("You are a cowboy on the range."), user("Any tips for a long car journey?")]);
    expect(reply).not.toMatch(/spurs/);
  });

  it("a sightseeing question that names no place is not the Paris passage", async () => {
    const reply = await text([system("You are a guide in ancient Athens."), user("What should we see first?")]);
    expect(reply).not.toMatch(/best times to visit|Louvre|Eiffel/);
  });

  it("a guide starts the visit where its description sets it, in its era", async () => {
    const reply = await text([system("You are a guide in ancient Athens, 400 BC."), user("Where should we go first?")]);
    expect(reply).toMatch(/Acropolis|Parthenon/);
    const medieval = await text([system("You are a tour guide in medieval Paris."), user("What should I see first?")]);
    expect(medieval).not.toMatch(/Eiffel/);
  });

  it("a character's road-trip tip is a real one", async () => {
    const reply = await text([system("You are a grumpy pirate."), user("Give me one tip for a long drive.")]);
    expect(reply).toMatch(/break|sleep|nap/);
    expect(reply).toMatch(/arr|matey|ye\b/i);
  });

  it("a Viking is no Roman legionary", async () => {
    const reply = await text([system("You are a Viking chief."), user("What do you do all day?")]);
    expect(reply).toMatch(/longship|fjord|mead/i);
    expect(reply).not.toMatch(/legion/i);
  });

  it("a mishap gets sympathy and a practical step, about the thing lost", async () => {
    const reply = await text([system("You are a dramatic opera singer."), user("I lost my gloves.")]);
    expect(reply).toMatch(/your gloves/i);
    expect(reply).toMatch(/retrace|last place|handed/i);
  });

  it("a reluctant learner gets encouragement from a coach with a comma in its description", async () => {
    const reply = await text([system("You are a loud, cheerful netball coach."), user("i don't feel like revising")]);
    expect(reply).toMatch(/revising/);
    expect(declined(reply)).toBe(false);
  });

  it("a fortune teller plays the game but says it cannot see the future", async () => {
    const reply = await text([system("You are a fortune teller at a village fair."), user("Will I get the job?")]);
    expect(reply).toMatch(/crystal|cards|mists/i);
    expect(reply).toMatch(/game|no one|nobody/i);
  });

  it("'what time is it?' is no passage about tokens or streaming", async () => {
    const reply = await text([system("You are a sleepy owl."), user("What time is it?")]);
    expect(reply).not.toMatch(/token|stream|context/i);
  });
});

describe("languages", () => {
  it("reads the language first and the phrase after a colon", async () => {
    const reply = await text([user("Translate into German: 'Where is the train station?'")]);
    expect(reply).toMatch(/Wo ist der Bahnhof/);
  });

  it("says a liking in each language's own way", async () => {
    expect(await text([user("Translate 'I like tea' into German.")])).toMatch(/Ich mag Tee/);
    expect(await text([user("Translate 'I love milk' into Dutch.")])).toMatch(/Ik hou van melk/);
  });

  it("reads 'whats' without an apostrophe", async () => {
    const reply = await text([user("whats 'thank you very much' in italian")]);
    expect(reply).toMatch(/grazie mille/i);
  });

  it("says a one-word answer in the asked language", async () => {
    const reply = await text([system("Reply only in Spanish."), user("What colour is snow?")]);
    expect(reply).toMatch(/blanco/);
    expect(reply).not.toMatch(/White/);
  });

  it("answers both parts of a two-part country question", async () => {
    const reply = await text([user("What is the capital of Kenya, and what currency do they use there?")]);
    expect(reply).toMatch(/Nairobi/);
    expect(reply).toMatch(/shilling/i);
  });

  it("knows a traveller's first words beyond the six phrasebook languages", async () => {
    expect(await text([user("How do you say 'thank you' in Japanese?")])).toMatch(/arigat/);
    expect(await text([user("Say goodbye in Turkish.")])).toMatch(/hoşça kal/);
  });

  it("declines a longer phrase in those languages rather than small talk", async () => {
    const reply = await text([user("Say 'the soup is cold' in Korean.")]);
    expect(declined(reply)).toBe(true);
  });
});

describe("creative", () => {
  it("a card message keeps to 'two sentences max' and uses the request's details", async () => {
    const reply = await text([
      user("My uncle turns 60 next week and he loves fishing. Write him a birthday message, two sentences max."),
    ]);
    expect(sentenceCount(reply)).toBeLessThanOrEqual(2);
    expect(reply).toMatch(/60th/);
    expect(reply).toMatch(/fishing/);
  });

  it("the form words stay out of a thank-you note", async () => {
    const reply = await text([user("Write a thank-you note to my aunt for the lovely scarf, one sentence.")]);
    expect(reply).toMatch(/scarf/);
    expect(reply).not.toMatch(/sentence/);
    expect(sentenceCount(reply)).toBe(1);
  });

  it("'the same kind of poem' after a haiku is a haiku", async () => {
    const reply = await text([
      user("Write a haiku about the wind."),
      assistant("Wind across the field\nthe tall grass bows and rises\nthe kite pulls my hand"),
      user("Great. Now the same kind of poem about snow."),
    ]);
    expect(reply.split("\n").filter((l) => l.trim())).toHaveLength(3);
    expect(reply).toMatch(/snow/i);
  });

  it("spells an acrostic down the side", async () => {
    const reply = await text([user("Write an acrostic poem using the word RAIN.")]);
    const initials = reply
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => l.trim()[0])
      .join("");
    expect(initials).toBe("RAIN");
  });

  it("a story about an animal is not an eerie object story", async () => {
    const reply = await text([user("Tell me a short story about a fox.")]);
    expect(reply).toMatch(/fox/i);
    expect(reply).not.toMatch(/opened itself|midnight|my own handwriting/);
  });
});

describe("name ideas", () => {
  it("a quiz team gets quiz puns, not shop names", async () => {
    const reply = await text([user("Our trivia night team needs a name. Three ideas?")]);
    expect(reply).toMatch(/Quiz|Know-It|Challenged|Mockingbird/);
    expect(reply).not.toMatch(/& Co\.|& Sons|Corner/);
  });

  it("a girl's name for a daughter", async () => {
    const reply = await text([user("Give me 4 name ideas for our baby daughter.")]);
    expect(reply).not.toMatch(/Noah|Leo|Oliver|Theo/);
    expect(reply).toMatch(/Olivia|Amelia|Isla|Ava|Mia|Freya|Lily|Sophia|Grace|Ella|Rosie|Evie/);
  });

  it("'Name my X' asks for a name", async () => {
    const reply = await text([user("Name my new hamster.")]);
    expect(declined(reply)).toBe(false);
  });
});
