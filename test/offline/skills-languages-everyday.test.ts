/**
 * Everyday questions written in another language, and a persona asked to answer in one: an
 * element's name read in the asker's language, Portuguese told by its lone "é", how-are-you in
 * French or German, a capital given its local name, and the language winning over an English voice.
 */
import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

async function reply(messages: { role: "system" | "user"; content: string }[]): Promise<string> {
  const r = await complete({ messages, seed: 11 });
  return r.choices[0].message.content ?? "";
}

describe("questions written in the language are answered in it", () => {
  const asks: [string, RegExp][] = [
    ["Was ist das chemische Symbol von Eisen?", /Antwort.*\bFe\b/],
    ["Was ist das chemische Symbol für Kupfer?", /Antwort.*\bCu\b/],
    ["Quel est le symbole chimique du fer ?", /\bFe\b/],
    ["Qual é a capital da Argentina?", /resposta.*Buenos Aires/],
    ["Salut, ça va ?", /merci|Ça va bien|Très bien/i],
    ["Hallo, wie geht's?", /danke|gut/i],
    ["Wie heißt die Hauptstadt von Polen?", /Warschau/],
  ];
  for (const [ask, expected] of asks)
    it(ask, async () => {
      expect(await reply([user(ask)])).toMatch(expected);
    });
});

describe("a persona asked for a language answers in it", () => {
  it("a cowboy who answers in Spanish", async () => {
    const text = await reply([system("You are a cowboy. Always answer in Spanish."), user("What is 6 times 9?")]);
    expect(text).toMatch(/respuesta.*54/);
    expect(text).not.toMatch(/in English/);
  });
});

describe("more everyday words read in each language", () => {
  const asks: [string, RegExp][] = [
    ["Wie viele Kontinente gibt es?", /Antwort.*\b7\b/],
    ["Combien de continents y a-t-il ?", /\b7\b/],
    ["Quanti continenti ci sono?", /risposta.*\b7\b/],
    ["¿Cuál es el símbolo químico del oxígeno?", /respuesta es O\b/],
    ["Quel est le plus grand océan ?", /Pacifique/],
    ["Qual è il pianeta più grande?", /Giove/],
    ["Dimmi la capitale del Portogallo.", /risposta.*Lisbona/],
  ];
  for (const [ask, expected] of asks)
    it(ask, async () => {
      expect(await reply([user(ask)])).toMatch(expected);
    });
});

describe("who the model is, and the user's name, in the language", () => {
  const asks: [string, RegExp][] = [
    ["Qui es-tu ?", /modèle hors ligne/],
    ["¿Cómo te llamas?", /modelo sin conexión/],
    ["Chi sei?", /modello offline/],
    ["Hola, me llamo Lucía.", /Lucía/],
    ["Hallo! Mein Name ist Jonas.", /Jonas/],
  ];
  for (const [ask, expected] of asks)
    it(ask, async () => {
      expect(await reply([user(ask)])).toMatch(expected);
    });

  it("English asked for a question written in German answers it in English", async () => {
    expect(await reply([user("Antworte auf Englisch: Was ist die Hauptstadt von Spanien?")])).toMatch(
      /Madrid is|capital of Spain/,
    );
  });
});
