/**
 * Marking a quiz answer when the instructions ask for one of two marks ("reply only CORRECT or
 * WRONG"): the question is worked out by the skills that compute or look up a value, and the mark
 * is said only when that answer plainly holds, or plainly differs from, the answer given. A question
 * nothing computes gets no mark: the decline says so.
 */
import { digitsForWords } from "../language/numbers";
import type { Skill, SkillInput } from "./skill";

const GOOD = /^(?:correct|right|true|yes|pass|valid|accept(?:ed)?)$/i;
const BAD = /^(?:wrong|incorrect|false|no|fail|invalid|reject(?:ed)?)$/i;

/** The two marks the instructions allow, as written: "CORRECT or WRONG", "right/wrong". */
function marksOf(instructions: string): { good: string; bad: string } | null {
  const m =
    /\b(?:only|just|with|either)\s+["'“]?([A-Za-z]+)["'”]?\s*(?:or|\/)\s*["'“]?([A-Za-z]+)["'”]?/i.exec(instructions) ??
    /\b["'“]?([A-Z]{2,})["'”]?\s*(?:or|\/)\s*["'“]?([A-Z]{2,})["'”]?/.exec(instructions);
  if (!m) return null;
  if (GOOD.test(m[1]) && BAD.test(m[2])) return { good: m[1], bad: m[2] };
  if (BAD.test(m[1]) && GOOD.test(m[2])) return { good: m[2], bad: m[1] };
  return null;
}

/** "Question: capital of Japan? Team answer: Tokyo", "Q: 7 x 8? A: 54". */
function questionAndAnswer(message: string): { question: string; answer: string } | null {
  const m =
    /^\s*(?:question|q)\s*[:.-]\s*([\s\S]{3,300}?)\s*(?:\n|\s)\s*(?:(?:the\s+)?(?:team|student|player|their|his|her|my|given|contestant|kid)'?s?\s+)?(?:answer|a|ans)(?:\s+given)?\s*[:.-]\s*([^\n]{1,80}?)\s*$/i.exec(
      message,
    );
  if (!m) return null;
  return { question: m[1].trim(), answer: m[2].trim().replace(/[.!]+$/, "") };
}

/** The keys an answer is judged by: its numbers and the words of a short name. */
const numbersIn = (t: string) =>
  (digitsForWords(t.toLowerCase()).match(/-?\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ""));
const flat = (t: string) =>
  t
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Right, wrong, or undecided: a number is judged by number, a name by being the one the answer names. */
function judge(worked: string, given: string, question: string): boolean | null {
  const asked = new Set(numbersIn(question));
  const got = numbersIn(given);
  const found = numbersIn(worked).filter((n) => !asked.has(n));
  if (got.length === 1 && /^\s*-?[\d,.]+\s*\w{0,12}\s*$|^[a-z -]{3,20}$/i.test(digitsForWords(given.toLowerCase()))) {
    if (!found.length) return null;
    return found[0] === got[0];
  }
  if (got.length) return null;
  const name = flat(given).replace(/^(?:the|a|an)\s+/, "");
  if (!name || name.split(" ").length > 4) return null;
  const said = ` ${flat(worked)} `;
  if (said.includes(` ${name} `)) return true;
  // Another name is wrong only when the worked answer names one the question does not ("Tokyo" for Japan's capital).
  const named = (worked.match(/\b[A-Z][a-z]+\b/g) ?? []).filter((w) => !flat(question).split(" ").includes(flat(w)));
  return named.length > 1 || (named.length === 1 && !/^(?:The|It|A|An|This|That)$/.test(named[0])) ? false : null;
}

/** The marking skill over a solver: the worked answer to a question, or null when nothing computes it. */
export function marking(solve: (question: string, input: SkillInput) => string | null): Skill {
  return {
    name: "marking",
    does: "marks a quiz answer CORRECT or WRONG (the marks the instructions name) by working the question out",
    reply(input) {
      const rules = input.turns
        .filter((t) => t.role === "system" || t.role === "developer")
        .map((t) => t.text)
        .join("\n");
      const marks = marksOf(rules) ?? marksOf(input.lastUser);
      if (!marks) return null;
      const qa = questionAndAnswer(input.lastUser);
      if (!qa) return null;
      const worked = solve(qa.question, input);
      if (!worked) return null;
      const right = judge(worked, qa.answer, qa.question);
      if (right === null) return null;
      // The mark alone, in no voice: the instructions allow nothing else.
      return { texts: [{ text: right ? marks.good : marks.bad, weight: 1 }], exact: true, asWritten: true };
    },
  };
}
