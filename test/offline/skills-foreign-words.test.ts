import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/** Words of another language from the phrasebook's tables: phrases, counts, days, months, example sentences. */
const chat = async (messages: { role: "system" | "user" | "assistant"; content: string }[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 3, messages })).choices[0].message.content ??
  "";
const ask = (prompt: string) => chat([user(prompt)]);

describe("a phrase or a word in another language", () => {
  it.each([
    ["Say good night in Italian.", /buonanotte/i],
    ["Please translate 'Where is the bus stop?' into German.", /Wo ist die Bushaltestelle\?/],
    ["How would I say 'I am thirsty' in Portuguese?", /estou com sede/i],
    ["What's the Dutch word for horse?", /paard/i],
    ["What is Friday in Spanish?", /viernes/i],
    ["How do you say the number 9 in German?", /neun/i],
    ['Translate "the check, please" into French.', /l'addition, s'il vous plaît/i],
  ])("%s", async (prompt, want) => {
    expect(await ask(prompt)).toMatch(want);
  });

  it("says it when the language was set for every reply", async () => {
    expect(await chat([{ role: "system", content: "Always reply in Spanish." }, user("Say good luck.")])).toMatch(
      /buena suerte/i,
    );
  });

  it("translates the same phrase again when only the language changes", async () => {
    const reply = await chat([
      user("How do you say see you soon in French?"),
      { role: "assistant", content: '"À bientôt"' },
      user("And in Dutch?"),
    ]);
    expect(reply).toMatch(/tot snel/i);
  });

  it("declines a language the book does not hold, in English", async () => {
    const reply = await ask("How do you say good night in Korean?");
    expect(reply).toMatch(/offline model/);
    expect(reply).toMatch(/can't/);
  });
});

describe("counting, days and months in another language", () => {
  it("counts in the language asked", async () => {
    expect(await ask("Count to six in French.")).toMatch(/^Un, deux, trois, quatre, cinq, six\.$/);
    expect(await ask("Can you count from 1 to 12 in Dutch?")).toMatch(/een, twee.*elf, twaalf\./i);
  });

  it("counts in the language every reply must be in", async () => {
    expect(await chat([{ role: "system", content: "You only speak Italian." }, user("Count to four.")])).toMatch(
      /uno, due, tre, quattro/i,
    );
  });

  it("lists the days and months", async () => {
    const days = await ask("Tell me the days of the week in German.");
    expect(days).toMatch(/Montag/);
    expect(days).toMatch(/Sonntag/);
    const months = await ask("What are the months of the year in Portuguese?");
    expect(months).toMatch(/janeiro/);
    expect(months).toMatch(/dezembro/);
  });

  it("leaves a count past the table to the other skills", async () => {
    expect(await ask("Count to 50 in Spanish.")).not.toMatch(/veinte\.$/);
  });
});

describe("a phrase in several languages, and an example sentence", () => {
  it("says a phrase in the number of languages asked", async () => {
    const reply = await ask("Say thank you in four languages.");
    expect(reply.split("\n")).toHaveLength(4);
    expect(reply).toMatch(/Merci/);
    expect(reply).toMatch(/Danke/);
  });

  it("writes one sentence about a subject it has", async () => {
    expect(await ask("Write a sentence in French about winter.")).toMatch(/hiver/);
    expect(await ask("Write one sentence about cats in Dutch.")).toMatch(/kat/);
  });

  it("declines a subject it has no sentence for", async () => {
    expect(await ask("Write a sentence in Italian about black holes.")).toMatch(/offline model/);
  });
});

describe("words by theme, several languages at once, and how to ask", () => {
  it("lists words of a theme with their English", async () => {
    const reply = await ask("Give me four German words for animals.");
    expect(reply.split("\n")).toHaveLength(4);
    expect(reply).toMatch(/die Katze \(cat\)/);
  });

  it("translates into each language named", async () => {
    const reply = await ask('Translate "thank you" into Italian, Dutch and Portuguese.');
    expect(reply).toMatch(/Italian: Grazie/);
    expect(reply).toMatch(/Dutch: Dank je/);
    expect(reply).toMatch(/Portuguese: Obrigado/);
  });

  it("says how to ask for something, politely", async () => {
    expect(await ask("How do I ask for the menu in Spanish?")).toMatch(/la carta, por favor/i);
  });

  it("names the language of a phrase it holds", async () => {
    expect(await ask('Which language is this: "buongiorno"?')).toMatch(/Italian/);
  });

  it("never answers a word list from a passage", async () => {
    expect(await ask("Give me three French words for colours.")).toMatch(/rouge/);
  });
});

describe("asked in another language", () => {
  it("translates when the question itself is French, Spanish or German", async () => {
    expect(await ask("¿Cómo se dice 'good luck' en alemán?")).toMatch(/Viel Glück/);
    expect(await ask('Traduis "see you tomorrow" en italien.')).toMatch(/A domani/);
    expect(await ask("¿Cómo se dice 'adiós' en inglés?")).toMatch(/goodbye/);
  });

  it("counts an animal's legs asked in another language", async () => {
    expect(await ask("Quantas patas tem uma aranha?")).toMatch(/\b8\b/);
    expect(await ask("Wie viele Beine hat eine Spinne?")).toMatch(/\b8\b/);
  });
});
