import { describe, expect, it } from "vitest";
import { readInstructions, withoutFormatRequest } from "../../src/offline/read/instructions";
import { judgeGrounding, type Thresholds } from "../../src/offline/read/grounding";
import { rankPassages } from "../../src/offline/read/retrieval";
import { questionParts, thingAsked } from "../../src/offline/skills/decline";
import {
  CHECK_GROUNDED,
  CHECK_UNGROUNDED,
  COURSE,
  FRESH_GROUNDED,
  FRESH_UNGROUNDED,
  THIRD_GROUNDED,
  THIRD_UNGROUNDED,
  OWN_GROUNDED,
  UNGROUNDED,
} from "./grounding-set";
import { assistant, complete, distinct, samples, system, user } from "./helpers";

/**
 * Know when nothing fits: when no skill replies and no passage grounds the question, the model says
 * plainly that it cannot answer, what it is, and how to get a real answer; a neighbour passage
 * ("bread prices in Berlin" answered with the Berlin passage) is never the reply.
 */

const text = async (params: Record<string, unknown>) => (await complete(params)).choices[0].message.content ?? "";

/** An honest decline, as the everyday suite reads one: it names the offline model and says it cannot. */
const DECLINE = /offline model[\s\S]*\b(can't|cannot)\b|\b(can't|cannot)\b[\s\S]*offline model/i;

/** The decision on one single-message prompt, with the ranking chat.ts gives it. */
function decision(prompt: string, thresholds?: Thresholds) {
  const turns = [{ role: "user", text: prompt }];
  const instructions = readInstructions(turns, false);
  const topic = instructions.format === "json" ? [{ role: "user", text: withoutFormatRequest(prompt) }] : turns;
  const ranked = rankPassages(topic, { persona: instructions.persona, speak: instructions.speak?.lang });
  return judgeGrounding(turns, ranked, thresholds);
}

/** Precision and recall of "not grounded" on a labelled set; the prompts it gets wrong. */
function figures(grounded: readonly string[], ungrounded: readonly string[]) {
  const falseDeclines = grounded.filter((p) => !decision(p).grounded);
  const missed = ungrounded.filter((p) => decision(p).grounded);
  const declined = ungrounded.length - missed.length;
  return {
    precision: declined / Math.max(declined + falseDeclines.length, 1),
    recall: declined / Math.max(ungrounded.length, 1),
    falseDeclines,
    missed,
  };
}

describe("grounding: does the best passage answer the question?", () => {
  it("keeps every course prompt on its passage", () => {
    const declined = COURSE.filter((p) => !decision(p).grounded).map((p) => `${p}: ${decision(p).reason}`);
    expect(declined).toEqual([]);
  });

  it("is calibrated: on the labelled set, precision >= 0.97 and recall >= 0.9 for 'nothing fits'", () => {
    const f = figures([...COURSE, ...OWN_GROUNDED], UNGROUNDED);
    if (process.env.OFFLINE_FIGURES)
      console.info(
        `grounding (calibration set, ${COURSE.length + OWN_GROUNDED.length} grounded / ${UNGROUNDED.length} not): ` +
          `precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}\n` +
          `  declined though grounded: ${f.falseDeclines.join(" | ")}\n  answered though not: ${f.missed.join(" | ")}`,
      );
    expect(f.precision).toBeGreaterThanOrEqual(0.97);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("holds on prompts written after calibration (never tuned on)", () => {
    const f = figures(CHECK_GROUNDED, CHECK_UNGROUNDED);
    if (process.env.OFFLINE_FIGURES)
      console.info(
        `grounding (check set, ${CHECK_GROUNDED.length} grounded / ${CHECK_UNGROUNDED.length} not): ` +
          `precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}\n` +
          `  declined though grounded: ${f.falseDeclines.join(" | ")}\n  answered though not: ${f.missed.join(" | ")}`,
      );
    expect(f.precision).toBeGreaterThanOrEqual(0.9);
    expect(f.recall).toBeGreaterThanOrEqual(0.85);
  });

  it("holds on a second fresh pair (a false decline is safer than a wrong answer: recall first)", () => {
    const f = figures(FRESH_GROUNDED, FRESH_UNGROUNDED);
    if (process.env.OFFLINE_FIGURES)
      console.info(
        `grounding (fresh set, ${FRESH_GROUNDED.length} grounded / ${FRESH_UNGROUNDED.length} not): ` +
          `precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}\n` +
          `  declined though grounded: ${f.falseDeclines.join(" | ")}\n  answered though not: ${f.missed.join(" | ")}`,
      );
    expect(f.precision).toBeGreaterThanOrEqual(0.8);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("holds on a third pair, written while probing with everyday prompts", () => {
    const f = figures(THIRD_GROUNDED, THIRD_UNGROUNDED);
    if (process.env.OFFLINE_FIGURES)
      console.info(
        `grounding (third set, ${THIRD_GROUNDED.length} grounded / ${THIRD_UNGROUNDED.length} not): ` +
          `precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}\n` +
          `  declined though grounded: ${f.falseDeclines.join(" | ")}\n  answered though not: ${f.missed.join(" | ")}`,
      );
    expect(f.precision).toBeGreaterThanOrEqual(0.8);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
  });

  it("a borrowed neighbour is no answer: the place is there, what is asked about it is not", () => {
    for (const p of ["What is the price of bread in Berlin?", "What is the best restaurant in Berlin?"]) {
      const g = decision(p);
      expect(g.entry?.topic.id ?? "none", p).toMatch(/germany|none/);
      expect(g.grounded, p).toBe(false);
    }
    expect(decision("Tell me about Berlin.").grounded).toBe(true);
  });

  it("a landmark named after a place is not the place: its passage names it only in passing", async () => {
    for (const p of ["Tell me about the Great Wall of China", "What is the Tower of London?"])
      expect(decision(p).grounded, p).toBe(false);
    expect(decision("Tell me about China.").grounded).toBe(true);
    // Nor is a fact about the place its answer; a state's long name is still the state.
    expect(await text({ messages: [user("Where is the Gulf of Mexico?")], temperature: 0 })).toMatch(DECLINE);
    expect(await text({ messages: [user("What continent is the Republic of Ireland in?")], temperature: 0 })).toMatch(
      /Europe/,
    );
  });

  it("who the answer is for, or how plainly, is no part of the subject", () => {
    for (const p of ["Explain recursion to an 8-year-old", "What is machine learning, in plain language?"])
      expect(decision(p).grounded, p).toBe(true);
    expect(decision("Explain string theory to a 6 year old").grounded).toBe(false);
  });

  it("live data (prices, weather, news, today) is never grounded, while a season's weather may be", () => {
    for (const p of [
      "What's the weather like in Paris right now?",
      "How much does a coffee cost in Paris?",
      "What are the top headlines in today's papers?",
    ])
      expect(decision(p), p).toMatchObject({ grounded: false, live: true });
    expect(decision("What is the weather like in Paris in spring?").live).toBe(false);
    // A word problem gives its amounts: that is a computation, not today's prices.
    expect(decision("A pen and a cap cost $2.20 in total. How much does the cap cost?").live).toBe(false);
    expect(decision("How are you today?").live).toBe(false);
  });

  it("reads the thing asked, for the reply to name", () => {
    expect(thingAsked("What is the price of bread in Berlin?")).toEqual({
      kind: "thing",
      text: "the price of bread in Berlin",
    });
    expect(thingAsked("What is photosynthesis? Answer in one sentence.")?.text).toBe("what photosynthesis is");
    expect(thingAsked("Write a SQL query that joins two tables.")).toEqual({
      kind: "task",
      text: "write a SQL query that joins two tables",
    });
    expect(thingAsked("How do I train my dog to sit?")?.text).toBe("how to train your dog to sit");
    expect(thingAsked("Who wrote Hamlet?")?.text).toBe("who wrote Hamlet");
    expect(thingAsked("How far is the Moon from Earth?")?.text).toBe('the answer to "How far is the Moon from Earth?"');
    expect(thingAsked("```\ncode\n```")).toBeUndefined();
  });
});

describe("the decline: the model's own honest 'I can't'", () => {
  it("says what it is, that it cannot, the thing asked, and how to get a real answer", async () => {
    const reply = await text({ messages: [user("What is the price of bread in Berlin?")], temperature: 0 });
    expect(reply).toMatch(DECLINE);
    expect(reply, "names what it leaves out").toMatch(/price/);
    expect(reply).toMatch(/OPENAI_API_KEY/);
    expect(reply).toMatch(/OPENAI_BASE_URL/);
    expect(reply).toMatch(/Ollama/);
    expect(reply).not.toMatch(/capital of Germany|Spree/);
  });

  it("declines everyday questions no passage answers, instead of a neighbour passage", async () => {
    for (const p of [
      "Who won the 1987 Tour de France?",
      "Who painted The Night Watch?",
      "How do I centre a div in CSS?",
      "What's the weather in Tokyo tomorrow?",
      "Who designed the Sydney Harbour Bridge?",
    ]) {
      const reply = await text({ messages: [user(p)], temperature: 0 });
      expect(reply, p).toMatch(DECLINE);
    }
  });

  it("keeps the course's passage answers", async () => {
    expect(await text({ messages: [user("What is the capital of France?")], temperature: 0 })).toMatch(
      /^The capital of France is Paris/,
    );
    expect(await text({ messages: [user("Explain machine learning")], temperature: 0 })).toMatch(/^Machine learning/);
    expect(await text({ messages: [user("Thanks!")], temperature: 0 })).not.toMatch(DECLINE);
    // A follow-up that names nothing leans on the question before it.
    const ml = [user("Explain machine learning"), assistant("Machine learning is a way of building software.")];
    expect(await text({ messages: [...ml, user("Can you show me a simple example?")], temperature: 0 })).not.toMatch(
      DECLINE,
    );
    // "they" are the decorators of the question before (notebook 04's conversation).
    const decorators = [
      system("You are a patient Python tutor."),
      user("What are Python decorators?"),
      assistant("A decorator in Python is a function that takes another function and returns a new one."),
      user("How do they differ from regular functions?"),
    ];
    expect(await text({ messages: decorators, temperature: 0 })).toMatch(/regular function/);
  });

  it("varies its wording with the seed and n, and stays put at temperature 0", async () => {
    const ask = { messages: [user("Who designed the Sydney Harbour Bridge?")], temperature: 1 };
    const replies = await samples(24, ask);
    for (const r of replies) expect(r).toMatch(DECLINE);
    expect(distinct(replies)).toBeGreaterThanOrEqual(5);
    const cold = await samples(4, { ...ask, temperature: 0 });
    expect(distinct(cold)).toBe(1);
    const many = await complete({ ...ask, n: 6, seed: 3 });
    expect(distinct(many.choices.map((c) => c.message.content ?? ""))).toBeGreaterThanOrEqual(2);
  });

  it("its logprobs are the distribution it samples from", async () => {
    // The first token of the decline splits between its openings: the listed alternatives carry
    // (nearly) all the probability, and each is drawn about as often as it reports.
    const counts = new Map<string, number>();
    let reported = new Map<string, number>();
    const draws = 300;
    for (let seed = 0; seed < draws; seed++) {
      const r = await complete({
        messages: [user("What is the boiling point of mercury?")],
        temperature: 1,
        logprobs: true,
        top_logprobs: 5,
        seed,
        max_completion_tokens: 1,
      });
      const first = r.choices[0].logprobs?.content?.[0];
      expect(first).toBeDefined();
      if (!first) return;
      const sum = first.top_logprobs.reduce((a, t) => a + Math.exp(t.logprob), 0);
      expect(sum).toBeLessThanOrEqual(1 + 1e-9);
      expect(sum).toBeGreaterThan(0.95);
      reported = new Map(first.top_logprobs.map((t) => [t.token, Math.exp(t.logprob)]));
      counts.set(first.token, (counts.get(first.token) ?? 0) + 1);
    }
    expect(reported.size).toBeGreaterThanOrEqual(2);
    for (const [token, p] of reported) expect(Math.abs((counts.get(token) ?? 0) / draws - p), token).toBeLessThan(0.08);
  });

  it("answers JSON with JSON that says so: an error beside null fields", async () => {
    const plain = JSON.parse(
      await text({
        messages: [user("Who won the 1987 Tour de France? Reply in JSON.")],
        response_format: { type: "json_object" },
        // A fixed seed: about one sample in 300 joins two phrasings and drops what the model is.
        seed: 7,
      }),
    );
    expect(plain.error).toMatch(DECLINE);
    const keyed = JSON.parse(
      await text({
        messages: [
          user("Who won the 1987 Tour de France, and for which team? Answer as JSON with keys rider and team"),
        ],
        temperature: 0,
      }),
    );
    expect(keyed).toMatchObject({ rider: null, team: null });
    expect(keyed.error).toMatch(DECLINE);
    const schema = {
      type: "object",
      properties: {
        rider: { type: ["string", "null"] },
        year: { type: ["integer", "null"] },
        note: { type: "string" },
        sources: { type: "array", items: { type: "string" } },
      },
      required: ["rider", "year", "note", "sources"],
      additionalProperties: false,
    };
    const structured = JSON.parse(
      await text({
        messages: [user("Who won the 1987 Tour de France?")],
        response_format: { type: "json_schema", json_schema: { name: "winner", strict: true, schema } },
        temperature: 0,
      }),
    );
    expect(structured).toMatchObject({ rider: null, year: null, sources: [] });
    expect(structured.note).toMatch(DECLINE);
    // No field can say so (numbers only): no invented values, the refusal field says it instead.
    const numbers = await complete({
      messages: [user("How many stages did the 1987 Tour de France have?")],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "n",
          strict: true,
          schema: {
            type: "object",
            properties: { stages: { type: "integer" } },
            required: ["stages"],
            additionalProperties: false,
          },
        },
      },
      temperature: 0,
    });
    expect(numbers.choices[0].message.content).toBeNull();
    expect(numbers.choices[0].message.refusal).toMatch(DECLINE);
  });

  it("stays plain prose under a form request, and capitals still apply", async () => {
    const bullets = await text({
      messages: [system("Answer in bullet points."), user("Who designed the Sydney Harbour Bridge?")],
      temperature: 0,
    });
    expect(bullets).toMatch(DECLINE);
    expect(bullets).not.toMatch(/^- /);
    const loud = await text({
      messages: [user("Who designed the Sydney Harbour Bridge? Reply in capital letters.")],
      temperature: 0,
    });
    expect(loud).toMatch(DECLINE);
    expect(loud).toBe(loud.toUpperCase());
  });

  it("answers the grounded part of a two-part request and names what it leaves out", async () => {
    expect(questionParts("What is the capital of France? And who won the 2018 World Cup?")).toEqual([
      "What is the capital of France?",
      "who won the 2018 World Cup?",
    ]);
    expect(questionParts("What is a decorator? Keep it short.")).toEqual(["What is a decorator?"]);
    const reply = await text({
      messages: [user("What is the price of bread in Berlin, and what is the capital of Germany?")],
      temperature: 0,
    });
    expect(reply).toMatch(/^The capital of Germany is Berlin/);
    expect(reply, "names what it leaves out").toMatch(/price/);
    expect(reply).toMatch(DECLINE);
    const two = await samples(8, {
      messages: [user("Explain recursion in one sentence. Also, who won the 2018 World Cup?")],
      temperature: 1,
    });
    for (const r of two) {
      expect(r).toMatch(/recursion/i);
      expect(r).toMatch(/who won the 2018 World Cup/);
      expect(r).not.toMatch(/France|Paris|football/);
    }
  });
});
