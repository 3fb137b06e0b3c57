/**
 * The facts skill: general knowledge looked up in data (countries-list, chemical-elements, NASA's
 * planet figures, the corpus's sourced fact table), written in the form the request asks, honest
 * about what the data lacks, and out of the way of the course's own Paris answers.
 */
import { describe, expect, it } from "vitest";
import { EVERYDAY_FACTS } from "../../src/offline/corpus/everyday-facts";
import { FACTS, WORKS } from "../../src/offline/corpus/facts";
import { answerFact } from "../../src/offline/skills/fact-answers";
import { assistant, complete, system, user } from "./helpers";

type Message = { role: "system" | "user" | "assistant"; content: string };

async function say(messages: Message[] | string, extra: Record<string, unknown> = {}): Promise<string> {
  const list = typeof messages === "string" ? [user(messages)] : messages;
  const r = await complete({ messages: list, temperature: 0, ...extra });
  return r.choices[0].message.content ?? "";
}

async function structured(question: string, properties: Record<string, unknown>): Promise<Record<string, unknown>> {
  const schema = { type: "object", properties, required: Object.keys(properties), additionalProperties: false };
  const text = await say(question, {
    response_format: { type: "json_schema", json_schema: { name: "answer", strict: true, schema } },
  });
  return JSON.parse(text);
}

describe("facts skill: countries", () => {
  it("names the capital of countries the corpus has no passage about", async () => {
    expect(await say("Which city is the capital of Chile?")).toMatch(/\bSantiago\b/);
    expect(await say("whats the capital city of kazakhstan")).toMatch(/\bAstana\b/);
    expect(await say("Tell me Mongolia's capital.")).toMatch(/\bUlan Bator\b/);
    expect(await say("capital of new zealand?")).toMatch(/\bWellington\b/);
  });

  it("finds the country of a capital, under either spelling", async () => {
    expect(await say("In which country is Ulaanbaatar?")).toMatch(/\bMongolia\b/);
    expect(await say("Which country has Wellington as its capital?")).toMatch(/\bNew Zealand\b/);
  });

  it("answers currencies, languages, calling codes and continents from the package", async () => {
    expect(await say("What currency do they use in Switzerland?")).toMatch(/Swiss franc \(CHF\)/);
    expect(await say("What language is spoken in Brazil?")).toMatch(/\bPortuguese\b/);
    expect(await say("What's the dialling code for Italy?")).toMatch(/\+39\b/);
    expect(await say("Which continent is Chile in?")).toMatch(/\bSouth America\b/);
  });

  it("qualifies split or moved capitals instead of giving one bare name", async () => {
    const bolivia = await say("What is the capital of Bolivia?");
    expect(bolivia).toMatch(/Sucre/);
    expect(bolivia).toMatch(/La Paz/);
    expect(await say("What's the capital of Sri Lanka?")).toMatch(/Sri Jayawardenepura Kotte/);
  });

  it("says what the data lacks rather than guessing a figure", async () => {
    const population = await say("What is the population of Chile?");
    expect(population).toMatch(/population/);
    expect(population).toMatch(/\b(can't|don't|no)\b/);
    expect(population).not.toMatch(/\d[\d,.]*\s*(million|people|inhabitants)/);
    expect(population).toMatch(/offline model/);
    expect(population).toMatch(/OPENAI_API_KEY/);
    const both = await say("What's the capital and the population of Chile?");
    expect(both).toMatch(/\bSantiago\b/);
    expect(both).toMatch(/no population figures/);
  });

  it("answers the fact and says plainly that it has nothing live", async () => {
    const reply = await say("What's the capital of Chile, and is it raining there today?");
    expect(reply).toMatch(/\bSantiago\b/);
    expect(reply).toMatch(
      /rain[\s\S]*can't answer that part[\s\S]*offline model|can't answer that part[\s\S]*offline model/,
    );
  });

  it("does not take a state for the country it is named after", async () => {
    for (const q of ["What is the capital of New Mexico?", "What's the capital of Western Australia?"]) {
      const reply = await say(q);
      expect(reply, q).not.toMatch(/Mexico City|Canberra/);
      expect(reply, q).toMatch(/not a country/);
    }
  });
});

describe("facts skill: elements, planets, everyday facts", () => {
  it("elements by name, symbol or number", async () => {
    expect(await say("What's the symbol for potassium?")).toMatch(/\bK\b/);
    expect(await say("Which element has the symbol W?")).toMatch(/\btungsten\b/);
    expect(await say("atomic number of uranium")).toMatch(/\b92\b/);
    expect(await say("What element has atomic number 29?")).toMatch(/\bcopper\b/);
    expect(await say("How many electrons does a neutral carbon atom have?")).toMatch(/\b6 electrons\b/);
  });

  it("a bare follow-on part asks the same country: 'What is the capital of Chile? And the currency?'", async () => {
    const text = await say("What is the capital of Chile? And the currency?");
    expect(text).toMatch(/Santiago/);
    expect(text).toMatch(/peso/i);
    expect(text).not.toMatch(/can't answer/);
  });

  it("the oceans' superlatives, in either word order", async () => {
    expect(await say("Out of all the oceans, which is the biggest?")).toMatch(/\bPacific\b/);
    expect(await say("Which ocean is smallest?")).toMatch(/\bArctic\b/);
  });

  it("yes/no on an element's family starts with the answer", async () => {
    expect(await say("Is neon a metal?")).toMatch(/^No\b/);
    expect(await say("Is argon a noble gas?")).toMatch(/^Yes\b/);
    expect(await say("Is bromine a liquid?")).toMatch(/^Yes\b/);
  });

  it("an element property the data lacks, or an element that does not exist, is said plainly", async () => {
    const boiling = await say("What is the boiling point of sodium?");
    expect(boiling).toMatch(/can't|has nothing|no /);
    expect(boiling).not.toMatch(/°|kelvin|\bK\b/);
    expect(await say("Which element has atomic number 140?")).toMatch(/no element/i);
  });

  it("planets: moons, order, superlatives", async () => {
    expect(await say("How many moons does Neptune have?")).toMatch(/\b16\b/);
    expect(await say("Does Venus have any moons?")).toMatch(/no moons/);
    expect(await say("What is the sixth planet from the sun?")).toMatch(/\bSaturn\b/);
    expect(await say("Which planet is the smallest?")).toMatch(/^Mercury\b/);
    expect(await say("Which planet lies farthest out from the Sun?")).toMatch(/^Neptune\b/);
    expect(await say("Is Pluto still a planet?")).toMatch(/dwarf planet/);
    expect(await say("How many planets have rings?")).toMatch(/^Four planets/);
  });

  it("compares two planets, yes or no first when asked so", async () => {
    expect(await say("Which is larger, Neptune or Uranus?")).toMatch(/^Uranus is bigger than Neptune/);
    expect(await say("Is Venus hotter than Mercury?")).toMatch(/^Yes\b/);
    expect(await say("Is Saturn farther from the sun than Neptune?")).toMatch(/^No\b/);
  });

  it("yes or no on a capital", async () => {
    expect(await say("Is Zurich the capital of Switzerland?")).toMatch(/^No, the capital of Switzerland is Bern/);
    expect(await say("Is Santiago the capital of Chile?")).toMatch(/^Yes\b/);
  });

  it("everyday facts and works, with the maker's name", async () => {
    expect(await say("How fast does light travel?")).toMatch(/299,792,458/);
    expect(await say("What temperature does water freeze at?")).toMatch(/0 °C/);
    expect(await say("Who is the author of Moby Dick?")).toMatch(/Herman Melville/);
    expect(await say("who painted starry night")).toMatch(/Vincent van Gogh/);
    expect(await say("What's the highest mountain on Earth?")).toMatch(/Everest/);
  });

  it("yes or no on an everyday fact or a work starts with the answer", async () => {
    expect(await say("Is the Sahara the largest desert on Earth?")).toMatch(/^No\b[\s\S]*Antarctica/);
    expect(await say("Is the cheetah the fastest land animal?")).toMatch(/^Yes\b/);
    expect(await say("Did Tolstoy write War and Peace?")).toMatch(/^Yes\b/);
    expect(await say("Did Picasso paint The Starry Night?")).toMatch(/^No\b[\s\S]*van Gogh/);
  });

  it("a superlative about one region is not answered with the world's", async () => {
    expect(await say("What is the longest river in Europe?")).not.toMatch(/\bNile\b/);
    expect(await say("What's the largest animal in Africa?")).not.toMatch(/blue whale/);
  });

  it("every fact and work in the table carries its source", () => {
    for (const f of [...FACTS, ...EVERYDAY_FACTS, ...WORKS]) {
      expect(f.source.url, "title" in f ? f.title : f.id).toMatch(/^https:\/\/\S+$/);
      expect(f.source.says.length).toBeGreaterThan(20);
    }
  });
});

describe("everyday facts (corpus/everyday-facts.ts)", () => {
  it.each([
    ["How many legs does a spider have?", /\beight legs\b/],
    ["Answer with just the number: how many legs does an insect have?", /^6$/],
    ["Is the tomato a fruit? Just yes or no.", /^Yes\.?$/],
    ["Is a tomato a vegetable?", /^No\b.*\bfruit\b/],
    ["Is the sun a planet?", /^No\b.*\bstar\b/],
    ["Why is the sky blue?", /Rayleigh scattering/],
    ["How many days does a leap year have?", /\b366\b/],
    ["What does HTTP stand for?", /Hypertext Transfer Protocol/],
    ["Who was Albert Einstein?", /physicist/],
  ])("%s", async (question, want) => {
    expect(await say(question)).toMatch(want);
  });

  it("only the value, when the question asks for just the number, the year or the name", async () => {
    expect(await say("Reply with nothing but the number: how many continents are there?")).toBe("7");
    expect(await say("When did the Titanic sink? Only the year.")).toBe("1912");
    expect(await say("Who painted The Starry Night? Just the name.")).toBe("Vincent van Gogh");
  });

  it("asks are bounded: a near question is not answered with the fact", async () => {
    expect(await say("How many legs does a centipede have?")).not.toMatch(/\beight\b|\bsix\b/);
    expect(await say("Why is the sea blue?")).not.toMatch(/Rayleigh/);
  });
});

describe("facts skill: forms and follow-ups", () => {
  it("one word, a word limit, capital letters", async () => {
    expect(await say("What is the capital of Chile? Answer in one word.")).toBe("Santiago.");
    const five = await say("What's the capital of Chile? Answer in five words or fewer.");
    expect(five.split(/\s+/).length).toBeLessThanOrEqual(5);
    expect(five).toMatch(/Santiago/);
    const loud = await say("What's the capital of Chile? Reply in capital letters.");
    expect(loud).toMatch(/SANTIAGO/);
    expect(loud).toBe(loud.toUpperCase());
  });

  it("asked for another language: the bare fact with a lead-in, the corpus's own translation where it has one", async () => {
    const german = await say("Please reply in German: how many moons does Jupiter have?");
    expect(german).toMatch(/Antwort/);
    expect(german).toMatch(/\b95\b/);
    expect(await say([system("Always reply in Spanish."), user("Who painted Guernica?")])).toMatch(
      /respuesta[\s\S]*Pablo Picasso/,
    );
    expect(await say("What is the capital of France? Please answer in French.")).toMatch(
      /capitale de la France est Paris/,
    );
  });

  it("structured outputs hold the bare values", async () => {
    expect(
      await structured("What's the capital of Chile?", { capital: { type: "string" }, country: { type: "string" } }),
    ).toEqual({
      capital: "Santiago",
      country: "Chile",
    });
    expect(await structured("Which city is Mongolia's capital?", { city: { type: "string" } })).toEqual({
      city: "Ulan Bator",
    });
    expect(
      await structured("Tell me tungsten's symbol and atomic number.", {
        symbol: { type: "string" },
        atomicNumber: { type: "integer" },
      }),
    ).toEqual({ symbol: "W", atomicNumber: 74 });
  });

  it("follow-ups read the conversation", async () => {
    const chile = [user("What's the capital of Chile?"), assistant("The capital of Chile is Santiago.")];
    expect(await say([...chile, user("What about Argentina?")])).toMatch(/Buenos Aires/);
    expect(await say([...chile, user("Give me that answer in one word.")])).toMatch(/^Santiago\.?$/);
    const population = await say([...chile, user("And its population?")]);
    expect(population).toMatch(/Santiago/);
    expect(population).not.toMatch(/\d\s*million/);
    expect(
      await say([
        user("Recommend me a long sea novel."),
        assistant("Try Moby-Dick, the story of Captain Ahab's hunt for a white whale."),
        user("Sorry, who was the author of that one?"),
      ]),
    ).toMatch(/Herman Melville/);
    expect(
      await say([user("Name two planets."), assistant("Mercury and Saturn."), user("Which of those is the smallest?")]),
    ).toMatch(/Mercury is the smallest/);
  });

  it("several phrasings at temperature 1, all with the same fact", async () => {
    const texts = new Set<string>();
    for (let seed = 1; seed <= 10; seed++) {
      const r = await complete({ messages: [user("What is the capital of Chile?")], seed });
      texts.add(r.choices[0].message.content ?? "");
    }
    expect(texts.size).toBeGreaterThan(1);
    for (const t of texts) expect(t).toMatch(/Santiago/);
  });
});

describe("facts skill: the course's own answers stay put", () => {
  it("the capital of France is still the corpus's Paris passage, and Paris. in one word", async () => {
    expect(await say("What's the capital of France?")).toMatch(
      /^The capital of France is Paris\. It sits on the river Seine/,
    );
    expect(await say("What is the capital of France? Answer in one word.")).toBe("Paris.");
    expect(await say([system("You are a pirate."), user("What is the capital of France?")])).toMatch(/matey/i);
  });

  it("reads nothing into ordinary text that names a country or an element", () => {
    expect(answerFact("I moved to Peru last year and I love it")).toBeNull();
    expect(answerFact("Tell me about lead generation for my startup")).toBeNull();
    expect(answerFact("How do I iron a shirt?")).toBeNull();
    expect(answerFact("What is machine learning?")).toBeNull();
  });

  it("any input is answered or passed at once", () => {
    const long = `${"capital of ".repeat(5000)}Peru? ${"a".repeat(20000)}`;
    expect(() => answerFact(long)).not.toThrow();
    expect(() => answerFact("element 99999999999999999999 atomic number")).not.toThrow();
    expect(answerFact("")).toBeNull();
  });
});

describe("true or false, and a yes/no form given first", () => {
  it.each([
    ["True or false: Nairobi is the capital of Kenya.", /^True\. /],
    ["True or false: Toronto is the capital of Canada.", /^False\. The capital of Canada is Ottawa/],
    ["Is Ottawa the capital of Canada? Answer true or false.", /^True\b/],
    ['Reply with only "yes" or "no": is Rome the capital of Italy?', /^Yes\.?$/],
  ])("%s", async (question, want) => {
    expect(await say(question)).toMatch(want);
  });

  it("does not judge a statement no fact bears on", async () => {
    expect(await say("True or false: the moon is made of cheese.")).not.toMatch(/^(?:True|False)\b/);
  });
});

describe("is a capital in a country", () => {
  it("answers from the capital's own country, and only for capitals", async () => {
    expect(await say("Is Canberra in New Zealand?")).toMatch(/^No, Canberra is in Australia/);
    expect(await say("Is Ottawa located in Canada?")).toMatch(/^Yes/);
    expect(await say("Is Cairo in Egypt? Just yes or no.")).toMatch(/^Yes\.?$/);
    expect(await say("Is Springfield in Illinois?")).not.toMatch(/^(?:Yes|No)\b/);
  });
});

describe("the capitals of several countries", () => {
  it("looks each one up and says them all", async () => {
    const reply = await say("Could you name the capitals of Norway, Sweden and Finland?");
    for (const city of ["Oslo", "Stockholm", "Helsinki"]) expect(reply).toContain(city);
  });

  it("guesses none when one country is not in the data, and keeps a country named with 'and' whole", async () => {
    expect(await say("List the capitals of Peru, Chile and Atlantis.")).toMatch(/offline model/);
    expect(await say("What's the capital of Bosnia and Herzegovina?")).toContain("Sarajevo");
  });
});

describe("an animal's legs", () => {
  it("are its group's count, for animals of well-known groups only", async () => {
    expect(await say("How many legs do horses have?")).toMatch(/\bfour legs\b/);
    expect(await say("How many legs does a bee have?")).toMatch(/\bsix legs\b/);
    expect(await say("Does a duck have four legs?")).toMatch(/^No\b.*\btwo legs\b/);
    expect(await say("How many legs does a centipede have?")).toMatch(/offline model/);
  });
});

describe("a message that asks two things, one answered by a skill", () => {
  it("answers the other part from data when it can, else names it as left out, never drops it", async () => {
    expect(await say("how many protons does neon have and is it one of the noble gases")).toMatch(
      /10 protons[\s\S]*Yes, neon is a noble gas/,
    );
    const moons = await say("how many moons does mars have and are they big");
    expect(moons).toMatch(/\b2\b[\s\S]*"Are they big\?"[\s\S]*offline model/);
    // A fact that already says what its data lacks is not followed by a second note.
    const chile = await say("what is the capital of chile, and is it the biggest city there");
    expect(chile).toMatch(/Santiago/);
    expect(chile.match(/offline model/g)).toHaveLength(1);
  });
});

describe("a misspelt country asked as one", () => {
  it("reads 'the capital of brazill' as Brazil, and bends no everyday word into a country", async () => {
    expect(await say("whats the capital of brazill?")).toMatch(/Brasília/);
    expect(await say("capital of argentinia pls")).toMatch(/Buenos Aires/);
    expect(await say("what is the capital of the sedan")).not.toMatch(/Khartoum/);
  });

  it("a fact asked with words on its form is looked up without them, never left to a passage naming it in passing", async () => {
    // The Paris travel tips name the tower ("book the Eiffel Tower ahead"); they are not about it.
    const tower = await say("Tell me in one line about the Eiffel Tower", { temperature: 1, seed: 7 });
    expect(tower).toMatch(/1889|330 metres/);
    expect(tower).not.toMatch(/book|season/i);
  });

  it("a bare-value rule in a system or developer message holds for each question after it", async () => {
    const rule = system("Give the country name only, nothing else.");
    expect(await say([rule, user("Which country has Lima as its capital?")])).toBe("Peru");
    const developer = { role: "developer", content: "Answer with the city and nothing more." } as unknown as Message;
    expect(await say([developer, user("capital of Kenya")])).toBe("Nairobi");
  });
});

describe("a word limit the fact's sentence cannot meet", () => {
  it("a why question is not answered with the fact's bare value", async () => {
    const reply = await say([system("Keep every answer under 12 words."), user("Why is the sky blue?")]);
    expect(reply).not.toMatch(/^blue\.?$/i);
    expect(reply).toMatch(/offline model/);
  });

  it("a what question still gets its value when the sentence is too long", async () => {
    expect(
      await say([system("Keep every answer under 4 words."), user("Which city is the capital of Ecuador?")]),
    ).toMatch(/Quito/);
  });
});
