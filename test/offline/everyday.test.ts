/**
 * The everyday suite's judges (bench/everyday) are sound: every correct reply written for a prompt
 * is judged answered, the unrelated passages and dumps the offline model really gives are judged
 * wrong, an honest decline is judged declined, and no prompt is copied from the course. The same
 * holds for the fresh set (bench/everyday/fresh.ts), a second holdout written last.
 *
 * The goal figures themselves are measured in `npm run bench -- everyday`, not asserted here yet
 * (the model misses them today). Once the skills are built, a test can assert them with
 * `meetsGoal((await everydayFigures("holdout")).totals).ok` from bench/everyday/run.ts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { body, numbersIn, num, sentencesOf, wordCount, wordsOf } from "../../bench/everyday/checks";
import { DEV, DEV_EXAMPLES } from "../../bench/everyday/dev";
import { FRESH, FRESH_EXAMPLES } from "../../bench/everyday/fresh";
import { HOLDOUT, HOLDOUT_EXAMPLES } from "../../bench/everyday/holdout";
import { isDecline, judge } from "../../bench/everyday/judge";
import { isInLanguage, type Language } from "../../bench/everyday/languages";
import { figuresOf, meetsGoal } from "../../bench/everyday/run";
import { type EverydayPrompt, FAMILIES, type Reply } from "../../bench/everyday/types";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const reply = (text: string, extra: Partial<Reply> = {}): Reply => ({
  status: 200,
  text,
  refusal: null,
  toolCalls: 0,
  ...extra,
});
/** The first two sets (their sizes are fixed against each other); ALL adds the fresh set. */
const FIRST = [...DEV, ...HOLDOUT];
const ALL = [...FIRST, ...FRESH];
const EXAMPLES: Record<string, string> = {};
for (const p of DEV) if (DEV_EXAMPLES[p.id] !== undefined) EXAMPLES[`dev:${p.id}`] = DEV_EXAMPLES[p.id];
for (const p of HOLDOUT) if (HOLDOUT_EXAMPLES[p.id] !== undefined) EXAMPLES[`holdout:${p.id}`] = HOLDOUT_EXAMPLES[p.id];
for (const p of FRESH) if (FRESH_EXAMPLES[p.id] !== undefined) EXAMPLES[`fresh:${p.id}`] = FRESH_EXAMPLES[p.id];
const setOf = (p: EverydayPrompt) => (DEV.includes(p) ? "dev" : HOLDOUT.includes(p) ? "holdout" : "fresh");
const toAnswer = ALL.filter((p) => p.expect === "answer");

const DECLINE =
  "I'm the workbook's small offline model, and I can't answer that: I have no live data. Set OPENAI_API_KEY (or OPENAI_BASE_URL to a local server such as Ollama) for a real answer.";

// Replies the offline model really gave to everyday prompts before issue 16 (passages, templates, dumps).
const UNRELATED = [
  "Paris is the capital of France, and it has been the seat of French government for most of the last thousand years. The city is also the country's largest, its main rail hub and the centre of its banking, fashion and publishing.",
  "Asynchronous code in TypeScript is generally written with async and await. A function marked async always returns a Promise.\n\n```ts\nasync function fetchTitle(url: string): Promise<string> {\n  const response = await fetch(url);\n  const data = (await response.json()) as { title: string };\n  return data.title;\n}\n```",
  "Deadline tomorrow\nThe coffee has gone cold twice\nThe tests still fail red",
  "Hello! How can I help you today?",
  "Strong coffee, gentle prices.",
  "1. The Bright Lantern\n2. The Corner Harbor\n3. Compass House\n4. The Quiet North\n5. Oak & Sons",
  "Amsterdam has a population of roughly 930,000 people, and roughly 2.5 million live in its wider metropolitan area.",
  'Here is what the tool returned: {"city":"Paris","temperature_c":23,"conditions":"light rain"}',
  '{"city": "Beyond its landmarks, Paris is a city of daily rituals.", "year": 2024, "source": "People buy bread every morning."}',
  "I'm not sure I can give you a reliable answer to that. As the workbook's offline model, I only know a handful of topics.",
  "The ball costs $0.05, not the $0.10 that first comes to mind. The bat then costs $1.05, and the total is $1.10.",
];

describe("everyday suite: its shape", () => {
  it("has at least 240 prompts in at least 22 families, every family in both sets, ids unique per set", () => {
    expect(FIRST.length).toBeGreaterThanOrEqual(240);
    expect(FAMILIES.length).toBeGreaterThanOrEqual(22);
    for (const family of FAMILIES) {
      expect(DEV.filter((p) => p.family === family).length, `dev ${family}`).toBeGreaterThanOrEqual(2);
      expect(HOLDOUT.filter((p) => p.family === family).length, `holdout ${family}`).toBeGreaterThanOrEqual(2);
    }
    for (const set of [DEV, HOLDOUT]) expect(new Set(set.map((p) => p.id)).size).toBe(set.length);
    const share = HOLDOUT.length / FIRST.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.45);
  });

  it("asks the holdout set different things than the dev set", () => {
    const asked = (p: EverydayPrompt) => JSON.stringify(p.request.messages);
    const dev = new Set(DEV.map(asked));
    expect(HOLDOUT.filter((p) => dev.has(asked(p))).map((p) => p.id)).toEqual([]);
  });

  it("has a fresh set of at least 120 prompts, every family at least 4 times and the big ones at least 6", () => {
    expect(FRESH.length).toBeGreaterThanOrEqual(120);
    expect(new Set(FRESH.map((p) => p.id)).size).toBe(FRESH.length);
    const big = new Set([
      "structured",
      "summaries",
      "languages",
      "personas",
      "creative",
      "coding",
      "memory",
      "follow-ups",
      "label-yes-no",
      "exact-counts",
      "out-of-scope",
    ]);
    for (const family of FAMILIES)
      expect(FRESH.filter((p) => p.family === family).length, `fresh ${family}`).toBeGreaterThanOrEqual(
        big.has(family) ? 6 : 4,
      );
    expect(FRESH.filter((p) => p.expect === "decline").length).toBeGreaterThanOrEqual(10);
  });

  it("asks the fresh set different things than the dev and holdout sets (not even the same last question)", () => {
    const asked = (p: EverydayPrompt) => JSON.stringify(p.request.messages);
    const lastQuestion = (p: EverydayPrompt) => {
      const last = p.request.messages.at(-1);
      return typeof last?.content === "string"
        ? last.content
            .toLowerCase()
            .replace(/[^\p{L}\p{N}]+/gu, " ")
            .trim()
        : "";
    };
    const before = new Set(FIRST.map(asked));
    const questions = new Set(FIRST.map(lastQuestion));
    expect(FRESH.filter((p) => before.has(asked(p))).map((p) => p.id)).toEqual([]);
    expect(
      FRESH.filter((p) => p.request.messages.at(-1)?.role === "user" && questions.has(lastQuestion(p))).map(
        (p) => p.id,
      ),
    ).toEqual([]);
  });

  it("takes no prompt from the course (notebooks, tests, the offline corpus)", () => {
    const flat = (s: string) =>
      ` ${s
        .toLowerCase()
        .replace(/\\[nt"']/g, " ")
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim()} `;
    const files = [
      ...listFiles(path.join(ROOT, "notebooks/.source")),
      ...listFiles(path.join(ROOT, "src/offline/corpus")),
      ...listFiles(path.join(ROOT, "test")).filter((f) => !f.endsWith("everyday.test.ts")),
    ];
    expect(files.length).toBeGreaterThan(20);
    const course = files.map((f) => flat(fs.readFileSync(f, "utf8"))).join(" ");
    const copied = ALL.flatMap((p) =>
      p.request.messages
        .filter((m) => m.role === "user" && typeof m.content === "string")
        .map((m) => flat(m.content as string))
        .filter((text) => text.split(" ").length > 4 && course.includes(text))
        .map((text) => `${p.id}:${text}`),
    );
    expect(copied).toEqual([]);
  });
});

describe("everyday suite: the judges", () => {
  it("has a correct reply written for every prompt to answer, and judges each one answered", () => {
    const missing = toAnswer.filter((p) => EXAMPLES[`${setOf(p)}:${p.id}`] === undefined).map((p) => p.id);
    expect(missing).toEqual([]);
    const notAnswered = toAnswer
      .map((p) => ({ id: `${setOf(p)}:${p.id}`, verdict: judge(p, reply(EXAMPLES[`${setOf(p)}:${p.id}`])) }))
      .filter((x) => x.verdict.outcome !== "answered")
      .map((x) => `${x.id}: ${x.verdict.reason}`);
    expect(notAnswered).toEqual([]);
  });

  it("judges correct replies in other styles answered too (lead-ins, Markdown, other formats)", () => {
    const styles: [id: string, text: string][] = [
      ["arithmetic/mul", "**391**"],
      ["arithmetic/add", "The answer is 6912."],
      ["conversions/f-to-c", "100°F ≈ 37.78°C"],
      ["dates/after", "It's 2026-04-15 (a Wednesday)."],
      ["personas/pirate-sum", "Arrr! Six times seven be forty-two, matey!"],
      ["label-yes-no/sentiment", "Negative."],
      ["random-pick/one-ten", "Sure! Between 1 and 10, I pick 6."],
      ["languages/icelandic", "Tveir plús tveir eru fjórir."],
      [
        "creative/haiku-leaves",
        "Here's a haiku about autumn leaves:\n\nCrimson leaves let go\nspinning slowly to the ground\nautumn says goodbye",
      ],
      [
        "creative/limerick",
        "Here's a limerick:\n\nA tabby who lived in Nevada\nloved lasagna more than a tostada;\nshe would sneak to the tray,\ngobble layers all day,\nthen nap on the warm veranda.",
      ],
      ["exact-counts/fruits", "Here are three fruits:\n- Apple\n- Pear\n- Cherry"],
      [
        "exact-counts/two-sentences",
        "Here are two sentences:\nVolcanoes are openings in the Earth's crust. Lava flows out of them when they erupt.",
      ],
      ["layout/subject", "Subject: Heads-up: our meeting moves to Friday"],
      [
        "name-ideas/goldfish",
        "Sure! Here are five names:\n\n1. **Bubbles** – a classic\n2. **Finn**\n3. **Goldie**\n4. **Nemo**\n5. **Flash**",
      ],
      [
        "coding/is-even",
        "Here you go:\n\n```typescript\nexport const isEven = (n: number): boolean => n % 2 === 0;\n```\n\nIt uses the remainder operator.",
      ],
      ["structured/olympics", '{"city":"Athens, Greece","year":1896,"source":"International Olympic Committee"}'],
      ["tools/currency", "That's €92.40 at a rate of 0.924."],
      ["summaries/email-tldr", "TL;DR: Office closed Friday for maintenance; work from home."],
    ];
    const notAnswered = styles
      .map(([id, text]) => ({ id, verdict: judge(DEV.find((p) => p.id === id)!, reply(text)) }))
      .filter((x) => x.verdict.outcome !== "answered")
      .map((x) => `${x.id}: ${x.verdict.reason}`);
    expect(notAnswered).toEqual([]);
  });

  it("judges fresh replies in other wordings answered, and confident wrong ones wrong", () => {
    const fresh = (id: string) => FRESH.find((p) => p.id === id)!;
    const right: [id: string, text: string][] = [
      ["capitals/turkey-istanbul", "Nope! Turkey's capital is **Ankara**; Istanbul is just the biggest city."],
      ["arithmetic/pencils", "They cost $4.20 in total (12 × 35¢)."],
      ["percentages/rent", "That's a **10%** rise."],
      ["conversions/km-miles", "≈ 6.2 miles"],
      ["dates/christmas", "Dec 25, 2026 is a Friday."],
      ["dates/christmas", "It will be a Friday."],
      ["word-tasks/sort", "1. ant\n2. lion\n3. monkey\n4. zebra"],
      ["random-pick/coin", "🪙 Tails!"],
      ["label-yes-no/spam", "**Spam**"],
      ["exact-counts/vegetables", "Here you go:\n- Kale\n- Peas\n- Zucchini\n- Leeks"],
      [
        "creative/haiku-snow",
        "Here's a haiku:\n\nSoft snow on the street\nbuses hum through quiet white\nneon glows through flakes",
      ],
      ["creative/math-joke", "Why was six afraid of seven? Because seven eight nine!"],
      ["personas/pirate-leap", "Arr, 366 days be in a leap year, ye scallywag!"],
      ["languages/german-system", "Ein Hund hat 4 Beine."],
      ["memory/shopping", "- Milk\n- Eggs\n- Bread\n- Apples"],
      ["follow-ups/double-it", "74"],
      ["summaries/headphones-tldr", "TL;DR: great sound, poor battery (6h vs 20h claimed), cushions peel; overpriced."],
      ["structured/kettle", '{"product":"kettle","price":34.99}'],
      ["tools/flight", "Sorry, it's delayed: the new departure is 6:40 pm."],
      [
        "coding/largest",
        "```typescript\nexport function largest(nums: number[]): number {\n  let best = nums[0];\n  for (const n of nums) if (n > best) best = n;\n  return best;\n}\n```",
      ],
      ["coding/array-length", "`myArray.length` gives you the number of elements."],
      ["elements/mercury-metal", "Mercury (Hg) is a metal, the one that stays liquid at room temperature."],
      ["planets/pluto", "No. It was reclassified in 2006, so Pluto is no longer counted among the planets."],
      ["tools/tokyo-jacket", "31 °C and sunny in Tokyo: far too hot for a jacket."],
      ["coding/string-plus", "It returns '53'."],
      ["structured/colors", '{"colors": ["Cyan", "Magenta", "Yellow"]}'],
      ["languages/german-system", "Vier."],
      ["languages/spanish-station", "Se dice: ¿Dónde queda la estación de tren?"],
      ["memory/shopping", "So far: milk, eggs, bread and apples."],
    ];
    const wrong: [id: string, text: string][] = [
      ["capitals/new-zealand", "The capital of New Zealand is Auckland."],
      ["capitals/egypt-rain", "The capital of Egypt is Cairo, and it's sunny there right now."],
      ["arithmetic/mul", "48 × 25 = 1,250"],
      ["percentages/shoes", "You save $12."],
      ["dates/christmas", "Christmas 2026 falls on a Thursday."],
      ["counting/es", "There are 3 e's in 'excellence'."],
      ["random-pick/hundred", "Here are some: 12, 47, 88."],
      ["label-yes-no/pizza", "The sentiment of this review is positive."],
      ["exact-counts/coffee-three", "Coffee is dark and bitter."],
      ["layout/caps", "Cold."],
      ["personas/butler", "9 times 8 is 72."],
      ["languages/portuguese", "The capital of Japan is Tokyo."],
      ["memory/locker", "Your locker code is 2791."],
      ["follow-ups/double-it", "Doubled, that's 64."],
      [
        "summaries/bakery",
        "The Rossi family bakery on Harbour Road closed its doors on Sunday after 62 years in business.",
      ],
      ["structured/sydney", '{"is_capital": true, "actual_capital": "Sydney"}'],
      ["tools/stock", "ACME is at $132.45."],
      ["elements/mercury-metal", "No, mercury is not a metal: it is a liquid."],
      ["tools/tokyo-jacket", "Yes, wear a jacket: it's 31 °C in Tokyo."],
      ["structured/colors", '{"colors": ["red", "green", "blue"]}'],
      [
        "coding/fizzbuzz",
        '```js\nfunction fizzBuzz(n) {\n  if (n % 3 === 0) return "Fizz";\n  if (n % 5 === 0) return "Buzz";\n  return String(n);\n}\n```',
      ],
    ];
    const judged = (pairs: [string, string][]) =>
      pairs.map(([id, text]) => ({ id, verdict: judge(fresh(id), reply(text)) }));
    expect(
      judged(right)
        .filter((x) => x.verdict.outcome !== "answered")
        .map((x) => `${x.id}: ${x.verdict.reason}`),
    ).toEqual([]);
    expect(
      judged(wrong)
        .filter((x) => x.verdict.outcome !== "wrong")
        .map((x) => x.id),
    ).toEqual([]);
  });

  it("judges the unrelated passages, templates and dumps the model gave wrong, on every prompt", () => {
    const passed = toAnswer.flatMap((p) =>
      UNRELATED.filter((text) => judge(p, reply(text)).outcome !== "wrong").map(
        (text) => `${setOf(p)}:${p.id} <- "${text.slice(0, 40)}"`,
      ),
    );
    expect(passed).toEqual([]);
  });

  it("judges a correct reply to a prompt of another family wrong, unless it is a bare answer", () => {
    // A bare "8" or "Yes." answers many questions; anything longer must not pass another family's
    // prompt. These pairs state the same fact, or read alike to any judge (a one-line sentence about
    // a dog reads like a slogan for dog walks).
    const sameFact = new Set([
      "planets/largest <- languages/german",
      "planets/largest <- follow-ups/largest-of",
      "follow-ups/largest-of <- languages/german",
      "creative/slogan-dogs <- memory/dog",
      "creative/slogan-dogs <- memory/pets-total",
      // Five country names read as five dragon names to any judge of names.
      "fresh:name-ideas/dragon <- fresh:exact-counts/europe",
      // Six words on a rainy Monday are a fine tweet about Monday mornings; Lisbon in Spanish is Lisbon.
      "fresh:layout/tweet <- fresh:exact-counts/rainy-monday",
      "fresh:follow-ups/and-portugal <- holdout:languages/spanish",
    ]);
    const examples = toAnswer
      .map((p) => ({ p, text: EXAMPLES[`${setOf(p)}:${p.id}`] }))
      .filter(({ text }) => wordsOf(body(text)).length > 4);
    const passed: string[] = [];
    for (const target of toAnswer)
      for (const { p, text } of examples) {
        if (p.family === target.family) continue;
        // Fresh targets meet every example; a fresh example tests no dev or holdout check (the fresh
        // set was written without reading holdout, and must not be shaped by its checks).
        const fresh = setOf(target) === "fresh";
        if (!fresh && setOf(p) === "fresh") continue;
        const pair = fresh ? `fresh:${target.id} <- ${setOf(p)}:${p.id}` : `${target.id} <- ${p.id}`;
        if (!sameFact.has(pair) && judge(target, reply(text)).outcome === "answered") passed.push(pair);
      }
    expect(passed).toEqual([]);
  });

  it("judges an honest decline declined, on prompts to answer and on what it cannot know", () => {
    for (const p of ALL) expect(judge(p, reply(DECLINE)).outcome, p.id).toBe("declined");
    const structured = ALL.find((p) => p.family === "structured")!;
    expect(judge(structured, reply("", { refusal: DECLINE })).outcome).toBe("declined");
  });

  it("judges any confident reply to what it cannot know wrong", () => {
    const outOfScope = ALL.filter((p) => p.expect === "decline");
    expect(outOfScope.length).toBeGreaterThanOrEqual(10);
    for (const p of outOfScope) {
      for (const text of [...UNRELATED, "Bitcoin is at $43,250 right now.", "It's sunny and 21 °C."])
        expect(judge(p, reply(text)).outcome, `${p.id} <- ${text.slice(0, 30)}`).toBe("wrong");
    }
  });

  it("counts a partial answer that gets the grounded part right and says what it leaves out as answered", () => {
    const p = DEV.find((x) => x.id === "arithmetic/mul")!;
    const partial =
      "17 × 23 = 391. I can't tell you more than the sum here: I'm the workbook's offline model and know only a few topics.";
    expect(judge(p, reply(partial)).outcome).toBe("answered");
    expect(judge(p, reply("17 × 23 = 394. I'm the workbook's offline model.")).outcome).toBe("wrong");
  });

  it("judges an error status or a tool call instead of an answer wrong", () => {
    const p = DEV.find((x) => x.id === "tools/weather")!;
    expect(judge(p, reply("Invalid parameter", { status: 400 })).outcome).toBe("wrong");
    expect(judge(p, reply("", { toolCalls: 1 })).outcome).toBe("wrong");
    expect(judge(p, reply("It's 14 °C with light rain in Paris.")).outcome).toBe("answered");
  });
});

describe("everyday suite: the checks' parts", () => {
  it("detects a decline only when the reply names the offline model and says it cannot", () => {
    expect(isDecline(reply(DECLINE))).toBe(true);
    expect(isDecline(reply("As the workbook’s offline model I don’t know live prices."))).toBe(true);
    expect(isDecline(reply("I'm sorry, but I can't help with that."))).toBe(false);
    expect(isDecline(reply("I'm the workbook's offline model. Paris is the capital of France."))).toBe(false);
  });

  it("reads a number however it is written, and never a different one", () => {
    for (const text of ["1,234", "It is 1234.", "1234.0", "= 1234"]) expect(num(1234)(reply(text)), text).toBe(true);
    for (const text of ["12345", "1,2345", "123.4", "1 234 is not it"])
      expect(num(1234)(reply(text)), text).not.toBe(true);
    expect(numbersIn("7 − 19 = −12, or negative 12")).toContain(-12);
    expect(numbersIn("twelve")).toEqual([12]);
    expect(num(8.19, 0.01)(reply("about $8.19"))).toBe(true);
  });

  it("counts words and sentences as a reader does", () => {
    expect(wordCount(5)(reply("**Vast, deep, blue, restless water.**"))).toBe(true);
    expect(wordCount(5)(reply("Vast, deep, blue, restless, salty water."))).not.toBe(true);
    expect(sentencesOf("It rains. Dr. Who? Yes! Fine")).toHaveLength(4);
    expect(sentencesOf("Line one\nLine two.")).toHaveLength(2);
  });

  it("tells languages apart by their function words", () => {
    const samples: [Language, string][] = [
      ["fr", "La capitale de l'Italie est Rome, et c'est une très belle ville."],
      ["es", "La capital de Portugal es Lisboa y está junto al mar."],
      ["de", "Die Hauptstadt von Spanien ist Madrid und sie ist sehr schön."],
      ["it", "La capitale della Germania è Berlino, una città molto grande."],
      ["pt", "O maior oceano do mundo é o Oceano Pacífico, que é muito grande."],
      ["nl", "De hoofdstad van België is Brussel en het is een mooie stad."],
      ["sw", "Mji mkuu wa Ufaransa ni Paris na ni mji mkubwa sana."],
      ["is", "Höfuðborg Frakklands er París og hún er mjög falleg."],
      ["en", "The capital of France is Paris, and it is a large city."],
      ["ja", "日本の首都は東京です。"],
    ];
    for (const [lang, text] of samples) {
      expect(isInLanguage(text, lang), `${lang}: ${text}`).toBe(true);
      for (const [other] of samples)
        if (other !== lang) expect(isInLanguage(text, other), `${text} as ${other}`).not.toBe(true);
    }
  });

  it("sums outcomes into figures and the goal (wrong at most 1 in 20, answered at least 7 in 10)", () => {
    const fake = (outcome: "answered" | "declined" | "wrong", i: number) => ({
      prompt: DEV[i],
      set: "dev" as const,
      runs: [],
      outcome,
    });
    const judged = [
      ...Array.from({ length: 14 }, (_, i) => fake("answered", i)),
      ...Array.from({ length: 5 }, (_, i) => fake("declined", 14 + i)),
      fake("wrong", 19),
    ];
    const figures = figuresOf("dev", judged);
    expect(figures.totals).toEqual({ answered: 14, declined: 5, wrong: 1, total: 20 });
    expect(meetsGoal(figures.totals).ok).toBe(true);
    expect(meetsGoal({ answered: 14, declined: 4, wrong: 2, total: 20 }).ok).toBe(false);
    expect(meetsGoal({ answered: 13, declined: 7, wrong: 0, total: 20 }).ok).toBe(false);
  });
});

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : /\.(md|ts)$/.test(e.name) ? [full] : [];
  });
}
