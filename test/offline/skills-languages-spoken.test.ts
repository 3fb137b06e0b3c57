/**
 * Questions and small talk written in Italian, Portuguese or Dutch as well as French, Spanish and
 * German: read in English, answered in a sentence of that language; a greeting gets a greeting.
 */
import { describe, expect, it } from "vitest";
import { isInLanguage, type Language } from "../../bench/everyday/languages";
import { complete, system, user } from "./helpers";

async function replies(messages: { role: "system" | "user"; content: string }[]): Promise<string[]> {
  const out: string[] = [];
  for (const settings of [{ temperature: 0 }, { seed: 4 }]) {
    const r = await complete({ messages, ...settings });
    out.push(r.choices[0].message.content ?? "");
  }
  return out;
}

describe("a question written in the language", () => {
  const asks: [string, Language, RegExp][] = [
    ["Qual è la capitale della Svezia?", "it", /Stockholm/],
    ["Quanto é 9 vezes 6?", "pt", /\b54\b/],
    ["Wat is de hoofdstad van Noorwegen?", "nl", /Oslo/],
    ["¿Cuántos grados Fahrenheit son 10 grados Celsius?", "es", /\b50\b/],
  ];
  for (const [text, lang, value] of asks)
    it(text, async () => {
      for (const reply of await replies([user(text)])) {
        expect(reply).toMatch(value);
        expect(isInLanguage(reply, lang), reply).toBe(true);
      }
    });
});

describe("small talk in the language", () => {
  const asks: [string[], RegExp][] = [
    [["Ciao, come stai?"], /grazie/i],
    [["Olá, tudo bem?"], /obrigado|nada/i],
    [["Danke schön!"], /gern|bitte/i],
    [["Rispondi solo in italiano.", "Good morning!"], /ciao/i],
  ];
  for (const [texts, expected] of asks)
    it(texts.join(" / "), async () => {
      const messages = texts.length > 1 ? [system(texts[0]), user(texts[1])] : [user(texts[0])];
      for (const reply of await replies(messages)) {
        expect(reply).toMatch(expected);
        expect(reply).not.toMatch(/offline model|answer is|risposta è/i);
      }
    });

  it("an English greeting asked in a language it cannot write says so, never wraps the greeting as an answer", async () => {
    for (const reply of await replies([user("Hi! Answer in Swedish.")])) {
      expect(reply).toMatch(/Swedish/);
      expect(reply).not.toMatch(/Svaret är|Stockholm/);
    }
  });
});
