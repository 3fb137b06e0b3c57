/**
 * Quiz questions on a topic the data holds ("geography tiebreakers, exactly 5, numbered"): capitals
 * from the countries table, chemical symbols from the elements table, moons and order from the
 * planets table, each with its answer, so the quiz master can check it. The topic and the ask may
 * come in different turns ("I need some tiebreaker questions." ... "Geography. Give me 5.").
 */
import { allCountries } from "../corpus/countries";
import { elementByNumber } from "../corpus/elements";
import { PLANETS } from "../corpus/planets";
import { numberWord } from "../read/form";
import type { Skill } from "./skill";

const QUIZ = /\b(?:quiz|trivia|tie[- ]?breakers?|pub quiz|question round)\b/i;
const QUESTIONS = /\bquestions?\b|\btie[- ]?breakers?\b/i;

/** Familiar countries with a plain one-city capital (countries-list), in no order that gives answers away. */
const COUNTRY_CODES = [
  "PE",
  "CA",
  "AU",
  "JP",
  "EG",
  "KE",
  "AR",
  "NO",
  "TH",
  "PT",
  "MA",
  "NZ",
  "CL",
  "GR",
  "IE",
  "CU",
  "HU",
  "PL",
  "TR",
  "VN",
];
/** Elements whose symbols a quiz asks: the ones not spelled from their English name first. */
const ELEMENT_NUMBERS = [79, 26, 47, 11, 19, 82, 29, 80, 50, 6, 8, 2, 17, 30];

type Topic = "geography" | "science" | "space";
const TOPICS: [RegExp, Topic][] = [
  [/\b(?:geography|capitals?|countries|world)\b/i, "geography"],
  [/\b(?:chemistry|elements?|periodic table|science)\b/i, "science"],
  [/\b(?:space|planets?|astronomy|solar system)\b/i, "space"],
];

function questionsOn(topic: Topic): string[] {
  if (topic === "geography") {
    const byCode = new Map(allCountries().map((c) => [c.code, c]));
    return COUNTRY_CODES.map((code) => byCode.get(code))
      .filter((c) => c && !c.capitalNote)
      .map((c) => `What is the capital of ${c?.inSentence}? (Answer: ${c?.capital})`);
  }
  if (topic === "science")
    return ELEMENT_NUMBERS.flatMap((n) => {
      const e = elementByNumber(n);
      return e ? [`What is the chemical symbol for ${e.name.toLowerCase()}? (Answer: ${e.symbol})`] : [];
    });
  const ordinal = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
  return PLANETS.flatMap((p) => [
    `Which planet is ${ordinal[p.order - 1]} from the Sun? (Answer: ${p.name})`,
    `How many known moons does ${p.name} have? (Answer: ${p.moons}, as NASA counts them)`,
  ]);
}

export const quizQuestions: Skill = {
  name: "quiz-questions",
  does: "quiz questions with answers on capitals, chemical symbols or planets, from the data tables",
  reply({ turns, lastUser, json }) {
    if (json || lastUser.length > 400) return null;
    const users = turns.filter((t) => t.role === "user").map((t) => t.text);
    const asked = users.slice(-2).join("\n");
    if (!QUIZ.test(asked) || !QUESTIONS.test(asked)) return null;
    // The last message asks for them: "give me 5", "exactly 5, numbered", "some geography questions".
    if (!/\b(?:give|write|make|need|want|list|come up with|suggest|some|\d+|exactly)\b/i.test(lastUser)) return null;
    const topic = TOPICS.find(([re]) => re.test(lastUser))?.[1] ?? TOPICS.find(([re]) => re.test(asked))?.[1];
    if (!topic) return null;
    const said =
      /\b(?:exactly\s+|give me\s+|write\s+|need\s+|want\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:%|km|m\b))/i.exec(
        lastUser,
      )?.[1];
    const count = said ? (numberWord(said) ?? 5) : 5;
    const pool = questionsOn(topic);
    if (count < 1 || count > pool.length) return null;
    // A few sets from the pool, each as likely, so the seed picks one and n > 1 choices can differ.
    const texts = [0, 3, 6].map((start) => ({
      text: Array.from({ length: count }, (_, i) => `${i + 1}. ${pool[(start + i) % pool.length]}`).join("\n"),
      weight: 1,
    }));
    return { texts, exact: true };
  },
};
