import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/** The phrasebook read backwards: a foreign phrase's meaning, with its language; an unknown word declined. */
const ask = async (prompt: string) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 2, messages: [user(prompt)] })).choices[0]
    .message.content ?? "";

describe("what a foreign phrase means", () => {
  it.each([
    ['What does "bonjour" mean?', /French for "good morning" or "hello"/],
    ["What does gracias mean?", /Spanish for "thank you"/],
    ["What is 'danke' in English?", /German for "thank you"/],
    ["Translate 'buenas noches' into English", /Spanish for "good evening" or "good night"/],
  ])("%s", async (prompt, want) => {
    expect(await ask(prompt)).toMatch(want);
  });

  it("is no greeting, and a word outside the book is declined", async () => {
    expect(await ask('What does "bonjour" mean?')).not.toMatch(/what would you like/i);
    expect(await ask("What does 'serendipity' mean?")).toMatch(/offline model/);
  });
});

describe("a translation asked again in another language", () => {
  it("'And to German?' translates the same phrase again", async () => {
    const r = await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 2,
      messages: [
        user("Translate 'thank you' into Italian."),
        { role: "assistant", content: '"Grazie"' },
        user("And to German?"),
      ],
    });
    expect(r.choices[0].message.content).toMatch(/Danke/);
  });
});

describe("a translation as JSON", () => {
  it("fills the phrase, its translation and the language, not the language twice", async () => {
    const r = await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 2,
      messages: [user("Translate 'good night' into German.")],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "t",
          strict: true,
          schema: {
            type: "object",
            properties: { original: { type: "string" }, translation: { type: "string" }, language: { type: "string" } },
            required: ["original", "translation", "language"],
            additionalProperties: false,
          },
        },
      },
    });
    expect(JSON.parse(r.choices[0].message.content ?? "{}")).toEqual({
      original: "good night",
      translation: "Gute Nacht",
      language: "German",
    });
  });
});
