/**
 * The everyday suite's judges (bench/everyday) are sound: every correct reply written for a prompt
 * is judged answered, the unrelated passages and dumps the offline model really gives are judged
 * wrong, an honest decline is judged declined, and no prompt is copied from the course.
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
const ALL = [...DEV, ...HOLDOUT];
const EXAMPLES: Record<string, string> = {};
for (const p of DEV) if (DEV_EXAMPLES[p.id] !== undefined) EXAMPLES[`dev:${p.id}`] = DEV_EXAMPLES[p.id];
for (const p of HOLDOUT) if (HOLDOUT_EXAMPLES[p.id] !== undefined) EXAMPLES[`holdout:${p.id}`] = HOLDOUT_EXAMPLES[p.id];
const setOf = (p: EverydayPrompt) => (DEV.includes(p) ? "dev" : "holdout");
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
    expect(ALL.length).toBeGreaterThanOrEqual(240);
    expect(FAMILIES.length).toBeGreaterThanOrEqual(22);
    for (const family of FAMILIES) {
      expect(DEV.filter((p) => p.family === family).length, `dev ${family}`).toBeGreaterThanOrEqual(2);
      expect(HOLDOUT.filter((p) => p.family === family).length, `holdout ${family}`).toBeGreaterThanOrEqual(2);
    }
    for (const set of [DEV, HOLDOUT]) expect(new Set(set.map((p) => p.id)).size).toBe(set.length);
    const share = HOLDOUT.length / ALL.length;
    expect(share).toBeGreaterThan(0.35);
    expect(share).toBeLessThan(0.45);
  });

  it("asks the holdout set different things than the dev set", () => {
    const asked = (p: EverydayPrompt) => JSON.stringify(p.request.messages);
    const dev = new Set(DEV.map(asked));
    expect(HOLDOUT.filter((p) => dev.has(asked(p))).map((p) => p.id)).toEqual([]);
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
    ]);
    const examples = toAnswer
      .map((p) => ({ p, text: EXAMPLES[`${setOf(p)}:${p.id}`] }))
      .filter(({ text }) => wordsOf(body(text)).length > 4);
    const passed: string[] = [];
    for (const target of toAnswer)
      for (const { p, text } of examples) {
        if (p.family === target.family) continue;
        const pair = `${target.id} <- ${p.id}`;
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
