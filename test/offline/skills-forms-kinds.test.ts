import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * Kinds of everyday prompts the blind testers showed failing, checked on prompts of our own: a
 * schema filled from the prompt's own text, a bill added up, a set filtered by a letter, the
 * user's items laid out, a label named in the question, a word the conversation gave, and a why
 * that no passage answers (declined, never a neighbour passage).
 */
type Message = ReturnType<typeof user> | ReturnType<typeof assistant> | ReturnType<typeof system>;

const ask = async (messages: Message[] | string, extra: Record<string, unknown> = {}) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 7,
      temperature: 0,
      messages: typeof messages === "string" ? [user(messages)] : messages,
      ...extra,
    })
  ).choices[0].message.content ?? "";

const schema = (properties: Record<string, object>) => ({
  response_format: {
    type: "json_schema",
    json_schema: {
      name: "fields",
      strict: true,
      schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
    },
  },
});
const json = async (prompt: string, properties: Record<string, object>) =>
  JSON.parse(await ask(prompt, schema(properties)));
const declined = (t: string) => /offline model/.test(t) && /can't|cannot|unable/.test(t);

describe("a schema filled from the prompt's own text", () => {
  it("takes the author after a quoted title, not a word of the title", async () => {
    const out = await json("Add to my shelf: 'Brave New World' by Aldous Huxley, from 1932.", {
      title: { type: "string" },
      author: { type: "string" },
      year: { type: "integer" },
    });
    expect(out).toEqual({ title: "Brave New World", author: "Aldous Huxley", year: 1932 });
  });

  it("splits a street address into street, town and postcode", async () => {
    const out = await json("Split this up: 7 Mill Lane, Bristol BS1 4DJ", {
      street: { type: "string" },
      city: { type: "string" },
      postcode: { type: "string" },
    });
    expect(out).toEqual({ street: "7 Mill Lane", city: "Bristol", postcode: "BS1 4DJ" });
  });

  it("reads a code after the field's own word: gate, seat, platform", async () => {
    const out = await json("From my ticket: 'Flight KL1002 to Oslo, seat 22A, boarding at gate D4.'", {
      flight_number: { type: "string" },
      seat: { type: "string" },
      gate: { type: "string" },
    });
    expect(out).toEqual({ flight_number: "KL1002", seat: "22A", gate: "D4" });
  });

  it("names the dish a recipe note is for", async () => {
    const out = await json("My note: 'For the omelette you need 3 eggs and 20 g of butter.'", {
      dish: { type: "string" },
      eggs: { type: "integer" },
    });
    expect(out).toEqual({ dish: "omelette", eggs: 3 });
  });

  it("fills the span between two clock times", async () => {
    const out = await json("My shift goes from 7:30 to 15:00. How many minutes is that?", {
      start: { type: "string" },
      end: { type: "string" },
      minutes: { type: "integer" },
    });
    expect(out).toEqual({ start: "7:30", end: "15:00", minutes: 450 });
  });

  it("takes a number in the field's unit and the substance asked about", async () => {
    const out = await json("What is the boiling point of water, in Celsius?", {
      substance: { type: "string" },
      celsius: { type: "number" },
    });
    expect(out).toEqual({ substance: "water", celsius: 100 });
  });

  it("adds up a bill for a total field, not its first price", async () => {
    const out = await json("I get 6 stamps at $1 each and an envelope for $2. What do I pay?", {
      stamps: { type: "integer" },
      total: { type: "number" },
    });
    expect(out).toEqual({ stamps: 6, total: 8 });
  });
});

describe("a bill spelled out line by line", () => {
  it("is added up, with each line shown", async () => {
    expect(await ask("I buy 2 mugs at €7 each and a teapot for €15. How much is that in total?")).toMatch(/€29\b/);
  });

  it("is not guessed when a price may be for all of them or each", async () => {
    const reply = await ask("3 tickets for $30 and a programme for $5, how much altogether?");
    expect(reply).not.toMatch(/\$95\b|\$35\b/);
  });
});

describe("a set filtered by a letter, asked as a question", () => {
  it("lists the members that start with it", async () => {
    const reply = await ask("Which days of the week begin with S?");
    expect(reply).toMatch(/Saturday/);
    expect(reply).toMatch(/Sunday/);
    expect(reply).not.toMatch(/Monday|Friday/);
  });

  it("says none when no member has that letter", async () => {
    expect(await ask("Which months start with the letter X?")).toMatch(/^None\b/);
  });

  it("reads which months have 30 days from the calendar", async () => {
    expect(await ask("What months have 30 days?")).toMatch(/April, June, September and November/);
  });
});

describe("the user's own items, laid out as asked", () => {
  it("numbers them in their order", async () => {
    expect(await ask("Put these in a numbered list: rice, beans, corn")).toBe("1. rice\n2. beans\n3. corn");
  });

  it("makes bullets of tasks, each kept whole", async () => {
    expect(await ask("Turn this into bullet points: feed the cat, buy stamps, ring Gran")).toBe(
      "- feed the cat\n- buy stamps\n- ring Gran",
    );
  });
});

describe("word tasks on a text the prompt gives", () => {
  it("joins the first letter of each word", async () => {
    expect(await ask("Take the first letter of each word in 'Laugh Out Loud'.")).toMatch(/\bLOL\b/);
  });

  it("reverses each word in place", async () => {
    expect(await ask("Reverse the letters of each word, keep the order: sun moon")).toMatch(/\bnus noom\b/);
  });
});

describe("a word the conversation gave", () => {
  it("is the one counted and reversed, not a word of the reply", async () => {
    const reply = await ask([
      user("Today's word is 'garden'."),
      assistant("Noted: your word is 'garden'."),
      user("How many letters does my word have, and what is it backwards?"),
    ]);
    expect(reply).toMatch(/\b6\b/);
    expect(reply).toMatch(/nedrag/);
  });
});

describe("labels the question names", () => {
  it("answers 'spam or not spam?' with one of them, never 'No'", async () => {
    expect(await ask('Spam or not spam? Only the label. "Hi Jo, lunch on Thursday still okay?"')).toBe("Not spam");
  });

  it("reads options listed before another sentence", async () => {
    expect(
      await ask(
        "Which category is this: music, travel or food? Just the category. 'Our hotel in Lisbon had a sea view.'",
      ),
    ).toBe("travel");
  });

  it("labels a feeling by its common words", async () => {
    expect(
      await ask(
        'Label the emotion with one of: joy, anger, sadness, fear. Only the label. "I am terrified of the dark."',
      ),
    ).toBe("fear");
  });

  it("answers 'urgent or not urgent?' with a label", async () => {
    expect(await ask('Is this urgent or not urgent? "The office is flooding, come immediately!"')).toMatch(/^Urgent\b/);
  });
});

describe("several capitals asked line by line", () => {
  it("gives each on its own line, in the order asked", async () => {
    const reply = await ask("Two lines: the first the capital of Norway, the second the capital of Chile.");
    expect(reply).toMatch(/Oslo[\s\S]*\n[\s\S]*Santiago/);
  });
});

describe("exact counts from the sketches", () => {
  it("writes a sentence of the exact length about a subject with a describing word", async () => {
    const reply = await ask("Write a sentence of exactly 7 words about a playful dog.");
    expect(reply.split(/\s+/).filter((w) => /\p{L}/u.test(w))).toHaveLength(7);
    expect(reply).toMatch(/\bdog\b/i);
  });

  it("lists a set with 'nothing else' after the layout", async () => {
    expect((await ask("Name 2 seasons, one per line, nothing else.")).split("\n")).toHaveLength(2);
  });
});

describe("a plain question a sketch sentence answers", () => {
  it("is that sentence, in the case the form asks, and a word no sentence holds is declined", async () => {
    expect(await ask("Answer in capital letters: how do bees help plants?")).toMatch(/^BY CARRYING POLLEN/);
    expect(declined(await ask("Where do bees sleep in winter?"))).toBe(true);
  });
});

describe("a why that no passage explains", () => {
  it("is declined, not answered with a passage that shares one word", async () => {
    const reply = await ask([system("Reply in two sentences."), user("Why do bananas turn brown in autumn?")]);
    expect(declined(reply), reply).toBe(true);
  });
});
