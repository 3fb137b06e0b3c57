import { describe, expect, it } from "vitest";
import { readInstructions } from "../../src/offline/read/instructions";
import { shapeText } from "../../src/offline/reply/forms";
import { inLanguage, languageNeutral } from "../../src/offline/reply/language";
import { SegmentWriter } from "../../src/offline/model/segments";
import { assistant, complete, system, user } from "./helpers";

/**
 * Issue 16, section 2: the reply's form and voice, whatever wrote it. Forms are met by cutting or
 * picking, never padding; creative short forms are about the subject asked; a persona described in
 * a system message shapes the words but keeps the answer; the language asked for is written when
 * the corpus holds it, and otherwise the model says plainly that it cannot.
 */
const text = async (params: Record<string, unknown>) => (await complete(params)).choices[0].message.content ?? "";
const atSeeds = (params: Record<string, unknown>, n = 5) =>
  Promise.all(Array.from({ length: n }, (_, i) => text({ ...params, seed: i + 1 })));
const shape = (prompt: string, reply: string) =>
  shapeText(reply, readInstructions([{ role: "user", text: prompt }], false), prompt);
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const sentenceCount = (t: string) => (t.match(/[.!?](\s|$)/g) ?? []).length;

describe("forms: cut or pick, never pad", () => {
  it("yes or no, only the label, just the number", () => {
    expect(
      shape("Does water boil at 100 degrees at sea level? Just yes or no.", "Yes, at sea level it boils at 100 °C."),
    ).toEqual({ text: "Yes.", met: true });
    expect(
      shape(
        "Reply with only the label (urgent, routine or ignore): 'Printer toner is low.'",
        "This looks routine to me.",
      ),
    ).toEqual({ text: "routine", met: true });
    expect(shape("Answer with just the number: what is 12 times 12?", "12 × 12 = 144.").text).toBe("144");
    expect(shape("Answer with just the number: how many moons does Mars have?", "Mars has 2 moons.").text).toBe("2");
    // A reply that holds no label stays as it is, and says it did not meet the form.
    expect(shape("Is it raining in Oslo? Answer yes or no.", "I can't see the weather.").met).toBe(false);
  });

  it("only the label, end to end: the sentiment skill's reply cut to its label", async () => {
    const label = await text({
      messages: [
        user(
          'What is the sentiment of this review? Reply with only the label (positive, negative or neutral): "The kettle leaked on day one."',
        ),
      ],
      temperature: 0,
    });
    expect(label).toMatch(/^negative$/i);
  });

  it("a reply that restates the question is a yes; negated, a no; anything less is neither", () => {
    expect(shape("Is Everest the highest mountain? Yes or no.", "Everest is the highest mountain on Earth.").text).toBe(
      "Yes.",
    );
    expect(shape("Is a whale a fish? Answer yes or no.", "A whale is not a fish: it is a mammal.").text).toBe("No.");
    expect(
      shape("Is Toronto the capital of Canada? Yes or no.", "The capital of Canada is Ottawa, in Ontario.").met,
    ).toBe(false);
  });

  it("exactly N words picks a sentence of that length, and never pads a shorter text", () => {
    expect(
      shape("Describe a desert in exactly four words.", "Sand stretches to the horizon. Hot, dry, endless, silent."),
    ).toEqual({
      text: "Hot, dry, endless, silent.",
      met: true,
    });
    const short = shape("Describe a forest in exactly twelve words.", "Tall trees, soft moss.");
    expect(short).toEqual({ text: "Tall trees, soft moss.", met: false });
    const cut = shape(
      "Describe the wind in exactly 5 words.",
      "The wind moves across the open fields at dawn and dusk.",
    );
    expect(words(cut.text)).toBeLessThanOrEqual(5);
    expect(cut.text).not.toMatch(/\b(the|and|at|across)\.$/);
  });

  it("N sentences, N lines, one per line, numbered and bulleted lists", () => {
    const two = shape(
      "Explain gravity in exactly two sentences.",
      "Gravity pulls masses together. It keeps the Moon in orbit. It also makes apples fall.",
    );
    expect(two.text).toBe("Gravity pulls masses together. It keeps the Moon in orbit.");
    const lines = shape(
      "Give me four lines about snow.",
      "Snow falls,\nsoft and slow,\non roofs and roads,\nand fields below,\nuntil the morning,\nwhite and still.",
    );
    expect(lines.text.split("\n")).toHaveLength(4);
    expect(lines.text).toMatch(/below\.$/);
    expect(shape("Name three colours of the rainbow, one per line.", "Red, orange and yellow.").text).toBe(
      "Red\nOrange\nYellow",
    );
    expect(
      shape("Name three moons of Jupiter as a numbered list.", "- Io\n- Europa\n- Ganymede\n- Callisto").text,
    ).toBe("1. Io\n2. Europa\n3. Ganymede");
    expect(shape("Give me a bullet list of three spices.", "1. Cumin\n2. Paprika\n3. Saffron").text).toBe(
      "- Cumin\n- Paprika\n- Saffron",
    );
  });

  it("a title or subject line is one short line; under N characters is under N", () => {
    const title = shape(
      "Suggest a title for a talk about remote work.",
      "Working From Anywhere: Five Years Remote.\n\nMore text.",
    );
    expect(title.text).toBe("Working From Anywhere: Five Years Remote");
    const fact = "The moon is Earth's only natural satellite, about 384,000 km away from us.";
    const moon = shape("Describe the moon in under 50 characters.", fact);
    expect(moon.text.length).toBeLessThan(50);
    expect(moon).toEqual({ text: "The moon is Earth's only natural satellite.", met: true });
    // No whole clause fits: the reply is not cut mid-thought, it is marked as missing the form.
    expect(shape("Describe the moon in under 30 characters.", fact).met).toBe(false);
  });

  it("every candidate obeys: the whole reply, from the request", async () => {
    for (const reply of await atSeeds({
      messages: [user("Write a haiku about a lighthouse, in under 90 characters.")],
    }))
      expect(reply.length, reply).toBeLessThan(90);
    const caps = await text({ messages: [user("Tell me a joke about owls, in all caps.")], temperature: 0 });
    expect(caps).toBe(caps.toUpperCase());
    expect(caps).toMatch(/OWL/);
  });
});

describe("short creative forms about the subject asked", () => {
  const lastWord = (l: string) => (l.toLowerCase().match(/[a-z']+(?=[^a-z']*$)/) ?? [""])[0];
  const rhymes = (a: string, b: string) => a.slice(-2) === b.slice(-2);

  it("a limerick is five lines, AABBA, about its subject, and varies", async () => {
    const replies = await atSeeds({ messages: [user("Write a limerick about a dragon who hates the rain.")] }, 8);
    for (const reply of replies) {
      const lines = reply.split("\n");
      expect(lines, reply).toHaveLength(5);
      const ends = lines.map(lastWord);
      expect(rhymes(ends[0], ends[1]) && rhymes(ends[1], ends[4]), reply).toBe(true);
      expect(rhymes(ends[2], ends[3]), reply).toBe(true);
      expect(reply).toMatch(/dragon/i);
    }
    expect(new Set(replies).size).toBeGreaterThanOrEqual(3);
  });

  it("a haiku's first line stays short however long the subject", async () => {
    for (const reply of await atSeeds({
      messages: [user("Write a haiku about the old stone lighthouse on the northern cliff.")],
    })) {
      const lines = reply.split("\n");
      expect(lines, reply).toHaveLength(3);
      expect(words(lines[0]), reply).toBeLessThanOrEqual(5);
      expect(reply).toMatch(/lighthouse|cliff/i);
    }
  });

  it("a two-sentence story, a joke, names for any kind of thing", async () => {
    for (const story of await atSeeds({ messages: [user("Write a two-sentence story about a haunted lighthouse.")] })) {
      expect(sentenceCount(story), story).toBe(2);
      expect(story).toMatch(/lighthouse/i);
    }
    expect(await text({ messages: [user("Tell me a joke about dogs.")], temperature: 0 })).toMatch(/\bdog/i);
    expect(await text({ messages: [user("Tell me a joke about octopuses.")], temperature: 0 })).toMatch(/octopus/i);
    const turtle = (await text({ messages: [user("Suggest five names for a pet turtle.")], temperature: 0 })).split(
      "\n",
    );
    expect(turtle).toHaveLength(5);
    expect(new Set(turtle).size).toBe(5);
    for (const name of turtle) expect(name).not.toMatch(/&|\bCo\b|Corner|Shop|Harbor|Lantern/);
    const band = await text({ messages: [user("Give me 3 names for a jazz band.")], temperature: 0 });
    expect(band.split("\n"), band).toHaveLength(3);
    expect(band).not.toMatch(/&|\bCo\b/);
    expect(await text({ messages: [user("Suggest names for a podcast about astronomy.")], temperature: 0 })).toMatch(
      /Astronomy/,
    );
  });

  it("a title and an email subject line are one line about what was asked", async () => {
    for (const title of await atSeeds({
      messages: [user("Suggest a title for an article about learning to bake sourdough.")],
    })) {
      expect(title.split("\n"), title).toHaveLength(1);
      expect(title).toMatch(/sourdough/i);
    }
    for (const subject of await atSeeds({
      messages: [user("Write an email subject line letting everyone know the office is closed on Monday.")],
    })) {
      expect(subject.split("\n"), subject).toHaveLength(1);
      expect(subject).toMatch(/office is closed on Monday/i);
      expect(words(subject)).toBeLessThanOrEqual(14);
    }
  });
});

describe("well-known lists, laid out as asked", () => {
  it("ordered sets keep their order and count; open sets vary and obey the count", async () => {
    expect(
      await text({ messages: [user("Give me a numbered list of the last three months of the year.")], temperature: 0 }),
    ).toBe("1. October\n2. November\n3. December");
    expect(await text({ messages: [user("Name the colours of the rainbow as a bullet list.")], temperature: 0 })).toBe(
      "- Red\n- Orange\n- Yellow\n- Green\n- Blue\n- Indigo\n- Violet",
    );
    const veg = await atSeeds({ messages: [user("List four vegetables, each on its own line.")] }, 8);
    for (const reply of veg) {
      const lines = reply.split("\n");
      expect(lines, reply).toHaveLength(4);
      expect(new Set(lines).size).toBe(4);
    }
    expect(new Set(veg).size).toBeGreaterThan(1);
  });
});

describe("personas of any kind shape the words, never the answer", () => {
  it("a described character wraps the corpus's answer in its voice", async () => {
    for (const reply of await atSeeds({
      messages: [system("You're a friendly robot."), user("What is the capital of France?")],
    })) {
      expect(reply).toMatch(/Paris/);
      expect(reply).toMatch(/beep|boop|human|transmission|standby/i);
    }
    for (const reply of await atSeeds({ messages: [system("You are a wizard."), user("What is recursion?")] })) {
      expect(reply).toMatch(/recursion/i);
      expect(reply).toMatch(/apprentice|beard|seeker|scrolls|starlight/i);
    }
  });

  it("a mood and a character combine; the persona speaks about itself", async () => {
    const dog = await text({
      messages: [system("You are a tired old dog."), user("What did you do today?")],
      temperature: 0,
    });
    expect(dog).toMatch(/walk|park|squirrel|treat/i);
    expect(dog).toMatch(/yawn|zzz|nap|woof/i);
    for (const reply of await atSeeds({
      messages: [system("Pretend to be a cowboy."), user("Tell me about yourself in two sentences.")],
    })) {
      expect(sentenceCount(reply), reply).toBeLessThanOrEqual(2);
      expect(reply).toMatch(/partner|howdy|cattle|plains/i);
    }
    const host = await text({
      messages: [system("You are a game show host."), user("Announce that the winner is Sam.")],
      temperature: 0,
    });
    expect(host).toMatch(/The winner is Sam!/);
    expect(host).toMatch(/ladies and gentlemen|folks|listeners/i);
  });

  it("a character recommends from its own trade", async () => {
    for (const reply of await atSeeds({
      messages: [system("You're a fussy old librarian."), user("Could you suggest a book for a rainy weekend?")],
    })) {
      expect(reply).toMatch(/Jane Eyre|Treasure Island|Pride and Prejudice/);
      expect(reply).toMatch(/shh|glasses|due date|return/i);
    }
  });

  it("a persona's noun after 'for' or 'about' is not the persona", async () => {
    const reply = await text({
      messages: [system("You are a helpful assistant for a cat rescue charity."), user("What is recursion?")],
      temperature: 0,
    });
    expect(reply).not.toMatch(/meow|purr|human\b/i);
  });
});

describe("the language asked for", () => {
  it("answers from the corpus's passages in that language, asked by the user or a system message", async () => {
    expect(
      await text({ messages: [user("Reply in Spanish, please: what is machine learning?")], temperature: 0 }),
    ).toMatch(/aprendizaje automático/i);
    expect(
      await text({ messages: [system("Always answer in French."), user("What is recursion?")], temperature: 0 }),
    ).toMatch(/récursivité/i);
  });

  it("says plainly, in English, when it cannot write that language, then answers in English", async () => {
    for (const reply of await atSeeds({ messages: [user("Answer in Japanese: what is recursion?")] })) {
      expect(reply).toMatch(/offline model/);
      expect(reply).toMatch(/can't|don't know/);
      expect(reply).toMatch(/Japanese/);
      expect(reply).toMatch(/recursion/i);
    }
    const german = await text({ messages: [user("Answer in German: what is a Python decorator?")], temperature: 0 });
    expect(german).toMatch(/can't answer this in German|can't write this answer in German/);
    expect(german).toMatch(/decorator/i);
  });

  it("a language's passages answer only their own topic: no borrowed neighbour in the language asked", async () => {
    const reply = await text({
      messages: [user("Answer in Spanish: what is the capital of Germany?")],
      temperature: 0,
    });
    expect(reply).not.toMatch(/Francia|París/);
  });

  it("everyday phrases are translated from a phrasebook; anything else is declined plainly", async () => {
    const italian = await text({
      messages: [user("How would I say 'see you tomorrow, good luck' in Italian?")],
      temperature: 0,
    });
    expect(italian).toMatch(/A domani, buona fortuna/);
    for (const reply of await atSeeds({ messages: [user("Translate 'the train is late again' into German.")] })) {
      expect(reply).toMatch(/offline model/);
      expect(reply).toMatch(/can't translate/);
    }
  });

  it("a language-neutral answer is said in a sentence of that language", () => {
    expect(languageNeutral("17 × 23 = 391.")).toBe(true);
    expect(languageNeutral("The capital of Japan is Tokyo.")).toBe(false);
    const out = inLanguage(
      [{ segments: new SegmentWriter().free("17 × 23 = 391.").done(), weight: 1, source: "skill" }],
      { name: "German", lang: "de" },
      "",
    );
    for (const c of out)
      expect(c.segments.map((s) => s.text).join("")).toMatch(
        /^(Gern: die Antwort ist|Die Antwort ist|Die Antwort auf deine Frage ist) 391 \(17 × 23 = 391\)\.$/,
      );
  });
});

describe("a word limit never cuts a reply inside its sentence when another fits whole", () => {
  it("a tagline under ten words is a whole tagline, not 'The best part of your day starts.'", async () => {
    const ask = {
      messages: [
        user("Write a tagline for a bakery that opens at dawn."),
        assistant("Small bakery, big welcome."),
        user("Now one for its coffee, under ten words."),
      ],
    };
    for (const reply of await atSeeds(ask, 12)) {
      expect(words(reply)).toBeLessThan(10);
      expect(reply).not.toMatch(/\bstarts\.$|\b(?:at|of|for|your|the)\.$/);
    }
  });
});
