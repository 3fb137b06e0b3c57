import { describe, expect, it } from "vitest";
import { requestCandidates } from "../../src/offline/reply/chat";
import { corpusTexts } from "../../src/offline/corpus/all";
import { validateChatRequest } from "../../src/offline/http/validate";
import { complete, system, user } from "./helpers";

/**
 * No seams: at temperature 1 or below, a reply reads as written. Every word it uses is a word of
 * the corpus, of the request, or of the replies the model composed for it (templates filled with
 * the prompt's words), and at most 1 % of replies contain a word trigram found in none of them
 * (two passages joined mid-phrase). Above temperature 1.2 the model may wander, into words.
 */
const REQUESTS: { messages: { role: "user" | "system"; content: string }[] }[] = [
  { messages: [user("Write a tagline for a coffee shop")] },
  { messages: [user("What is the capital of France?")] },
  { messages: [user("Explain machine learning")] },
  { messages: [user("Write a TypeScript function that reverses a string")] },
  { messages: [user("Write a haiku about the sea")] },
  { messages: [user("Suggest three names for a bakery")] },
  { messages: [user("What is recursion?")] },
  { messages: [system("You are a pirate."), user("What is the capital of France?")] },
  { messages: [user("Give me 3 tips for better sleep")] },
  { messages: [user("Explain what an API is in one sentence.")] },
];
const DRAWS = 20;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];

function trigrams(text: string, into: Set<string>) {
  const w = wordsOf(text);
  for (let i = 2; i < w.length; i++) into.add(`${w[i - 2]} ${w[i - 1]} ${w[i]}`);
}

const corpusWords = new Set<string>();
const corpusTrigrams = new Set<string>();
for (const t of corpusTexts()) {
  for (const w of wordsOf(t)) corpusWords.add(w);
  trigrams(t, corpusTrigrams);
}

/** What a request's reply may be built from: the corpus, the request's words, its composed replies. */
function known(body: object): { words: Set<string>; trigrams: Set<string> } {
  const req = validateChatRequest({ model: "gpt-4o-mini", ...body });
  const words = new Set(corpusWords);
  const tri = new Set(corpusTrigrams);
  const texts = [
    ...req.messages.map((m) => JSON.stringify(m)),
    ...requestCandidates(req).candidates.map((c) => c.segments.map((s) => s.text).join("")),
  ];
  for (const t of texts) {
    for (const w of wordsOf(t)) words.add(w);
    trigrams(t, tri);
  }
  return { words, trigrams: tri };
}

describe("offline model: no seams at temperature 1 or below", () => {
  it("no invented words, and at most 1 % of replies with a word trigram from nowhere", async () => {
    let replies = 0;
    const seams: string[] = [];
    const invented: string[] = [];
    for (const body of REQUESTS) {
      const k = known(body);
      for (const temperature of [0.7, 1]) {
        for (let seed = 1; seed <= DRAWS; seed++) {
          const text = (await complete({ ...body, temperature, seed })).choices[0].message.content ?? "";
          replies++;
          for (const w of wordsOf(text))
            if (!k.words.has(w)) invented.push(`${w} (in ${JSON.stringify(text.slice(0, 80))})`);
          const mine = new Set<string>();
          trigrams(text, mine);
          const stray = [...mine].filter((t) => !k.trigrams.has(t));
          if (stray.length) seams.push(`${stray.join(" / ")}  <- ${JSON.stringify(text.slice(0, 120))}`);
        }
      }
    }
    if (process.env.OFFLINE_FIGURES)
      console.info(
        `seams: ${seams.length}/${replies} replies with a stray trigram, ${invented.length} invented words\n${seams.join("\n")}`,
      );
    expect(invented, "words found nowhere").toEqual([]);
    expect(seams.length, `replies with a stray trigram, out of ${replies}:\n${seams.join("\n")}`).toBeLessThanOrEqual(
      Math.floor(replies / 100),
    );
  }, 120_000);

  it("above temperature 1.2 it wanders into words, not symbols", async () => {
    let words = 0;
    let strange = 0;
    const examples: string[] = [];
    for (const body of REQUESTS.slice(0, 4)) {
      const k = known(body);
      for (let seed = 1; seed <= 10; seed++) {
        const text = (await complete({ ...body, temperature: 1.5, seed })).choices[0].message.content ?? "";
        for (const w of wordsOf(text)) {
          words++;
          if (!k.words.has(w)) {
            strange++;
            examples.push(w);
          }
        }
        // Symbols: characters that are neither letters, digits, spaces nor everyday punctuation.
        expect(text.replace(/[\p{L}\p{N}\s.,;:!?'’"“”()\-–—*#`/+=<>{}[\]_%&|^~$@\\]/gu, ""), text).toBe("");
      }
    }
    if (process.env.OFFLINE_FIGURES) console.info(`temperature 1.5: ${strange}/${words} words found nowhere`);
    expect(strange / words, `words found nowhere: ${examples.join(", ")}`).toBeLessThan(0.01);
  }, 60_000);

  it("JSON stays valid at temperature 2: a detour never crosses fixed punctuation", async () => {
    const bodies = [
      {
        messages: [user("List 3 Python best practices as JSON with keys practice and why")],
        response_format: { type: "json_object" },
      },
      { messages: [user("Describe Paris. Reply in JSON.")], response_format: { type: "json_object" } },
      {
        messages: [user("Give me ideas to bring more customers to my coffee shop")],
        response_format: {
          type: "json_schema",
          json_schema: {
            name: "idea",
            strict: true,
            schema: {
              type: "object",
              properties: { title: { type: "string" }, steps: { type: "array", items: { type: "string" } } },
              required: ["title", "steps"],
              additionalProperties: false,
            },
          },
        },
      },
    ];
    for (const body of bodies) {
      for (let seed = 1; seed <= 40; seed++) {
        const text =
          (await complete({ ...body, temperature: 2, seed } as Record<string, unknown>)).choices[0].message.content ??
          "";
        expect(() => JSON.parse(text), text).not.toThrow();
      }
    }
  }, 60_000);
});

describe("paraphrases keep the grammar", () => {
  it("'the very same' is never 'the really same'", async () => {
    const { paraphrases } = await import("../../src/offline/model/paraphrase");
    const variants = paraphrases("and do the very same thing with the doll inside, which is very small.").map(
      (v) => v.text,
    );
    expect(variants.some((v) => /the really same/.test(v))).toBe(false);
    expect(variants.some((v) => /is really small/.test(v))).toBe(true);
  });
});
