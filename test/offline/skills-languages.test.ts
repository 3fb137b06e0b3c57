/**
 * The language asked for and the personas, with prompts a new learner would type (none from the
 * course or the everyday suite): the reply is in the language asked, whichever way it was asked,
 * or says plainly that the model cannot write it; a described character shapes the wording, and a
 * question it cannot ground is declined, never swapped for an unrelated passage.
 */
import { describe, expect, it } from "vitest";
import { requestedLanguage, withoutLanguageRequest } from "../../src/offline/language/languages";
import { isInLanguage, type Language } from "../../bench/everyday/languages";
import { isDecline } from "../../bench/everyday/judge";
import { complete, system, user } from "./helpers";

type Message = { role: "system" | "user" | "assistant" | "developer"; content: string };
const developer = (content: string) => ({ role: "developer" as const, content });

/** The reply at temperature 0 and at the default temperature with two seeds: every one must pass. */
async function replies(messages: Message[] | string, extra: Record<string, unknown> = {}): Promise<string[]> {
  const list = typeof messages === "string" ? [user(messages)] : messages;
  const out: string[] = [];
  for (const settings of [{ temperature: 0 }, { seed: 3 }, { seed: 11 }]) {
    const r = await complete({ messages: list, ...settings, ...extra });
    out.push(r.choices[0].message.content ?? "");
  }
  return out;
}

const inLang = (text: string, lang: Language) => isInLanguage(text, lang) === true;
const declines = (text: string) => isDecline({ text, refusal: null });

describe("reading which language is asked for", () => {
  const cases: [string, string | undefined][] = [
    ["Answer in German: how far is the moon?", "German"],
    ["en español por favor: what is 3 times 4?", "Spanish"],
    ["Réponds en français : combien font 2 et 2 ?", "French"],
    ["Antworte auf Deutsch, bitte.", "German"],
    ["You only speak French.", "French"],
    ["You must always respond in Portuguese.", "Portuguese"],
    ["Speak Dutch. What is the capital of Belgium?", "Dutch"],
    ["What's 10 divided by 4? Italian only, please.", "Italian"],
    ["How many minutes are in an hour, in Swedish please?", "Swedish"],
    ["Can you tell me the capital of Kenya in Swahili?", "Swahili"],
    // Not a request for the reply's language.
    ["How do you say good night in German?", undefined],
    ["What is 'apple' in French?", undefined],
    ["Which countries speak Spanish?", undefined],
    ["What are three famous dishes in Italian cuisine?", undefined],
    ["Is Portuguese hard to learn?", undefined],
  ];
  for (const [text, name] of cases)
    it(`${JSON.stringify(text)} -> ${name ?? "none"}`, () => {
      expect(requestedLanguage(text)?.name).toBe(name);
    });

  it("the question is read without the request for a language", () => {
    expect(withoutLanguageRequest("en español por favor: what is the capital of Peru?")).toBe(
      "what is the capital of Peru?",
    );
    expect(withoutLanguageRequest("What is 9 times 9, in Italian please?")).toMatch(/^What is 9 times 9\W*$/);
  });
});

describe("a short answer in the language asked", () => {
  const asks: [Message[] | string, Language, RegExp][] = [
    ["Answer in French: what is 14 plus 29?", "fr", /\b43\b/],
    ["en español por favor: what is the capital of Peru?", "es", /\bLima\b/],
    [[system("You only speak German."), user("What is 12 times 11?")], "de", /\b132\b/],
    ["Answer in Dutch: what is the capital of Spain?", "nl", /\bMadrid\b/],
    ["Antworte auf Deutsch: what is the capital of Norway?", "de", /\bOslo\b/],
    [[developer("Always reply in Italian."), user("What's 100 minus 37?")], "it", /\b63\b/],
    ["In Portuguese please: what is the capital of Canada?", "pt", /\bOttawa\b/],
    ["Reply in Japanese: what is 3 plus 5?", "ja", /8/],
    ["What is 6 times 7? Answer in Swahili.", "sw", /\b42\b/],
  ];
  for (const [messages, lang, value] of asks)
    it(`${JSON.stringify(messages).slice(0, 90)}`, async () => {
      for (const reply of await replies(messages)) {
        expect(reply).toMatch(value);
        expect(inLang(reply, lang), reply).toBe(true);
        expect(reply).not.toMatch(/offline model/);
      }
    });

  it("a topic the corpus holds in French, Spanish or German is answered from its passage", async () => {
    for (const reply of await replies("Explain machine learning en français, s'il vous plaît."))
      expect(reply).toMatch(/apprentissage automatique/);
    for (const reply of await replies([system("Respond only in Spanish."), user("What is recursion?")]))
      expect(reply).toMatch(/recursividad/);
  });
});

describe("a reply the model cannot write in the language asked", () => {
  it("says so in English, names the language, and still gives what it can", async () => {
    for (const reply of await replies("Answer in Italian: what is machine learning?")) {
      expect(declines(reply), reply).toBe(true);
      expect(reply).toMatch(/Italian/);
      expect(reply).toMatch(/machine learning/i);
    }
    for (const reply of await replies([system("Respond only in German."), user("Tell me a joke about dogs.")])) {
      expect(declines(reply), reply).toBe(true);
      expect(reply).toMatch(/German/);
    }
  });

  it("a language it does not know at all is named, with the answer in English", async () => {
    for (const reply of await replies("Answer in Klingon: what is 9 plus 10?")) {
      expect(declines(reply), reply).toBe(true);
      expect(reply).toMatch(/Klingon/);
      expect(reply).toMatch(/\b19\b/);
    }
  });

  it("a question nothing grounds stays an honest decline in any language", async () => {
    for (const reply of await replies("Answer in Spanish: what will the weather be in Lisbon tomorrow?"))
      expect(declines(reply), reply).toBe(true);
  });
});
