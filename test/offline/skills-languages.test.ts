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
    ["Speak Dutch. What is the capital of Austria?", "Dutch"],
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
    expect(withoutLanguageRequest("en español por favor: what is the capital of Kenya?")).toBe(
      "what is the capital of Kenya?",
    );
    expect(withoutLanguageRequest("What is 9 times 9, in Italian please?")).toMatch(/^What is 9 times 9\W*$/);
  });
});

describe("a short answer in the language asked", () => {
  const asks: [Message[] | string, Language, RegExp][] = [
    ["Answer in French: what is 14 plus 29?", "fr", /\b43\b/],
    ["en español por favor: what is the capital of Kenya?", "es", /\bNairobi\b/],
    [[system("You only speak German."), user("What is 12 times 11?")], "de", /\b132\b/],
    ["Answer in Dutch: what is the capital of Spain?", "nl", /\bMadrid\b/],
    ["Antworte auf Deutsch: what is the capital of Norway?", "de", /\bOslo\b/],
    [[developer("Always reply in Italian."), user("What's 100 minus 37?")], "it", /\b63\b/],
    ["In Portuguese please: what is the capital of Norway?", "pt", /\bOslo\b/],
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

  it("a question written in French, Spanish or German is answered in it", async () => {
    const asks: [string, Language, RegExp][] = [
      ["¿Cuál es la capital de Noruega?", "es", /\bOslo\b/],
      ["Quelle est la capitale du Japon ?", "fr", /\bTokyo\b/],
      ["Was ist die Hauptstadt von Kanada?", "de", /\bOttawa\b/],
      ["¿Cuánto es 9 por 6?", "es", /\b54\b/],
      ["Combien font 15 plus 4 ?", "fr", /\b19\b/],
      ["Wie viel ist 100 geteilt durch 4?", "de", /\b25\b/],
      ["Qu'est-ce que la récursivité ?", "fr", /récursivité/],
    ];
    for (const [question, lang, value] of asks)
      for (const reply of await replies(question)) {
        expect(reply).toMatch(value);
        expect(inLang(reply, lang), reply).toBe(true);
      }
  });

  it("a question in another language that it cannot read word for word is declined, not guessed", async () => {
    for (const reply of await replies("¿Quién ganó la copa del mundo en 2010?"))
      expect(declines(reply), reply).toBe(true);
    for (const reply of await replies("Wie spät ist es gerade in Tokio?")) expect(declines(reply), reply).toBe(true);
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

describe("personas of any kind", () => {
  const voiced: [Message[], RegExp, RegExp | undefined][] = [
    [
      [system("You are a grumpy teenager."), user("What is the capital of Norway?")],
      /Oslo/,
      /\b(?:ugh|hmph|sigh|fine|leave me alone)\b/i,
    ],
    [
      [system("You are a firefighter."), user("What is 15 plus 27?")],
      /\b42\b/,
      /\bfire|\bladder\b|\bstay safe\b|\bsmoke\b/i,
    ],
    [
      [system("You are a 1980s rock star."), user("What's 9 times 8?")],
      /\b72\b/,
      /\brock star\b|rock on|good night|music/i,
    ],
    [[developer("You are a dragon who guards a treasure hoard."), user("Who are you?")], /\bdragon\b/i, /treasure/i],
    [[system("You are a shy ghost."), user("Hello! Who are you?")], /\bghost\b/i, /\bum\b/i],
    [
      [system("You are a cheerful gardener. Stay in character."), user("How was your morning?")],
      /\b(?:weeds|watered|tomato|garden)/i,
      undefined,
    ],
    [
      [system("Respond like a surfer dude."), user("How many continents are there?")],
      /\bseven\b|\b7\b/i,
      /\bdu+de\b|\bwhoa\b|\bstoked\b|\bwave\b/i,
    ],
    [[system("You are a pirate."), user("Tell me about your ship.")], /\bship\b/i, /\b(?:arr|matey|ahoy|ye)\b/i],
    [[user("Pretend you're a cat and tell me about your day.")], /\b(?:napped|sunbeam|bird)\b/i, undefined],
    [[system("You are a polite butler."), user("Could you say hello to my friend Anna?")], /Hello, Anna!/, undefined],
  ];
  for (const [messages, content, voice] of voiced)
    it(`${JSON.stringify(messages).slice(0, 100)}`, async () => {
      for (const reply of await replies(messages)) {
        expect(reply).toMatch(content);
        if (voice) expect(reply).toMatch(voice);
        expect(declines(reply), reply).toBe(false);
      }
    });

  it("a word limit holds with a persona, and the answer stays the one asked", async () => {
    const asks: [Message[], RegExp, number][] = [
      [
        [system("You are a cowboy. Answer in at most 20 words."), user("What is the capital of Austria?")],
        /Vienna/,
        20,
      ],
      [[system("You are a medieval knight."), user("What is the capital of Spain? At most 12 words.")], /Madrid/, 12],
      [[developer("Act like a wise old owl."), user("What is recursion? Keep it under 30 words.")], /itself/, 30],
    ];
    for (const [messages, content, limit] of asks)
      for (const reply of await replies(messages)) {
        expect(reply).toMatch(content);
        expect(reply.split(/\s+/).filter(Boolean).length, reply).toBeLessThanOrEqual(limit);
        expect(reply).not.toMatch(/population|inhabitants/);
      }
  });

  it("a question about the persona its lines cannot answer is declined plainly, not swapped for a passage", async () => {
    const asks: Message[][] = [
      [system("You are a friendly dog."), user("What's your favourite book?")],
      // Where it lives and its age are in its sketch now (skills-personas-own.test.ts); a phone number is not.
      [system("You are a wizard."), user("What's your phone number?")],
      [system("You are a robot."), user("What's your favourite colour?")],
      [system("You are a pirate."), user("What's the weather like in Tokyo right now?")],
      [system("You are a cowboy. At most 20 words."), user("Tell me about bread prices in Berlin.")],
    ];
    for (const messages of asks) for (const reply of await replies(messages)) expect(declines(reply), reply).toBe(true);
  });

  it("praise in a user message is not a persona, and assistant roles keep the plain voice", async () => {
    for (const reply of await replies([
      system("You are a helpful geography tutor."),
      user("What is the capital of Kenya?"),
    ])) {
      expect(reply).toMatch(/Nairobi/);
      expect(reply).not.toMatch(/tutor/i);
    }
    for (const reply of await replies("You are a genius. What is 6 times 7?")) {
      expect(reply).toMatch(/\b42\b/);
      expect(reply).not.toMatch(/genius/i);
    }
  });
});
