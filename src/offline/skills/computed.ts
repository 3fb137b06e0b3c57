/**
 * What the computing skills (arithmetic, units, dates, words, random picks) share: finding the part
 * of a message they can answer, the bare answer when the request asks for only that, and a closing
 * sentence that names the part of the message they did not answer (never filled with a guess).
 */
import type { Filled } from "../language/templates";
import type { SkillInput, TextReplies } from "./skill";

/** One worked answer: the bare value ("391") and whole replies that state it, with their weights. */
export interface Solved {
  value: string;
  texts: Filled[];
  /** Values for the fields of a JSON answer, by field name ("celsius": 30, "fahrenheit": 86). */
  fields?: Record<string, string | number>;
}

/** The bare value as a JSON field: a number when it reads as one. */
function fieldsOf(s: Solved): Record<string, string | number> {
  const plain = s.value.replace(/,/g, "");
  const value = /^-?\d+(?:\.\d+)?$/.test(plain) ? Number(plain) : s.value;
  return { answer: value, result: value, value, ...s.fields };
}

/** "Answer with only the number", "just the result", "number only", "reply with one word". */
const ONLY_VALUE =
  /\b(?:only|just)\s+(?:(?:give|reply|answer|respond|return|write|say|output|print|tell)\s+(?:me\s+)?(?:with\s+)?)?(?:the\s+|a\s+)?(?:(?:final|bare|resulting|plain|exact|single|numeric|numerical|correct)\s+)?(?:number|numbers|answer|answers|result|value|figure|digits?|total|date|day|weekday|count|word|letters?|integer|sum|pick|choice|city|capital)\b|\b(?:number|answers?|result|value|digits?|pick)\s+only\b|\bnothing (?:else )?(?:but|except) the (?:number|answer|result|date)\b|\bno (?:explanation|words|working|sentence)\b|\bwithout (?:any )?(?:explanation|working|words)\b/i;

/** "Answer yes or no", "yes/no only": the answer is the word itself. */
const ONLY_YES_NO =
  /\b(?:only|just|with|answer|reply|respond)\s+(?:with\s+)?(?:only\s+|just\s+)?(?:a\s+)?(?:(?:"|')?yes(?:"|')?\s*(?:or|\/)\s*(?:"|')?no)\b|\byes\s*(?:or|\/)\s*no\s+only\b/i;

export function wantsOnlyValue(input: SkillInput): boolean {
  // The forms reader (read/form.ts) may say so too; until then the request's own words decide.
  const form = (input.instructions as { form?: { number?: boolean; words?: number } }).form;
  if (form?.number || form?.words === 1 || input.instructions.wordLimit === 1) return true;
  return ONLY_VALUE.test(instructionText(input));
}

export function wantsOnlyYesNo(input: SkillInput): boolean {
  const form = (input.instructions as { form?: { yesNo?: boolean } }).form;
  return form?.yesNo === true || ONLY_YES_NO.test(instructionText(input));
}

/** The system and developer messages, then the last user message: where a rule on the reply's form is said. */
export function instructionText(input: SkillInput): string {
  const system = input.turns
    .filter((t) => t.role === "system" || t.role === "developer")
    .map((t) => t.text)
    .join("\n");
  return `${system}\n${input.lastUser}`;
}

/**
 * The parts of a message a reader can tell apart: sentences, lines, and questions joined by "and"
 * ("What is 17 times 23 and who won the World Cup?").
 */
export function partsOf(message: string): string[] {
  // "Answer in all caps: what is 2 plus 2?": the lead says how to answer; the question follows it.
  const lead = /^([^:?\n]{3,80}):\s+(\S[^\n]*)$/.exec(message.slice(0, 2000));
  const formLead =
    lead &&
    /\b(?:answer|reply|respond|write|caps|capitals|upper ?case|lower ?case|in words|one word|briefly)\b/i.test(
      lead[1],
    ) &&
    !/\b(?:uppercase|lowercase|capitali[sz]e|convert|reverse|spell|count|translate)\b.*\b(?:this|these|the following|text|word|sentence|phrase)\b/i.test(
      lead[1],
    );
  if (formLead) return [lead[1].trim(), ...partsOf(lead[2])];
  const comma =
    /^\s*(in (?:all )?(?:caps|capitals|capital letters|upper ?case|lower ?case|small letters|one word|words|a word)),\s+(\S.*)$/is.exec(
      message.slice(0, 2000),
    );
  if (comma) return [comma[1], ...partsOf(comma[2])];
  return message
    .slice(0, 2000)
    .split(
      // "a word that starts with q and has no u": a verb with no subject (and no question mark) goes on describing.
      /(?<=[?!])\s+|(?<=\.)\s+(?=[A-Z])|\n+|;\s+|,?\s+(?:and|also|then|plus)\s+(?:also\s+)?(?=(?:what|what's|who|whose|how|when|where|why|which|can you|could you|tell me|do|does|did|will|would|should|shall|can|could)\b|(?:is|are|was|were|has|have)\b(?!\s+(?:no|not|a|an|\d+|exactly|at least|only|more|less|fewer|over|under)\b[^?]*$))/i,
    )
    .map((p) => p.trim())
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
}

/** A sentence that only asks whether the model will help, before the question itself. */
export const HELP_ASK =
  /^(?:(?:so|ok|okay|hey|please|nice|great|cool)[,!]?\s+)*(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?help(?:\s+me)?(?:\s+(?:with|on|out with)\s+(?:my|a|this|some|these|an?)?\s*[\w -]{0,30})?\s*[?.!]?$|^(?:can|could|may)\s+i\s+ask\s+(?:you\s+)?(?:something|a (?:quick )?question)\s*\??$/i;

/** A part that is a question or request of its own, not a word on the reply's form or a greeting. */
export function isQuestion(part: string): boolean {
  if (HELP_ASK.test(part.trim())) return false;
  if (
    /^(?:please\s+)?(?:answer|reply|respond|give|use|keep|be|format|return|output|write it|write (?:your|the) (?:answer|reply|response)|in (?:all )?(?:caps|capitals|capital letters|upper ?case|lower ?case|one word)|show|just|only|thanks|thank you|hi|hello|hey)\b/i.test(
      part,
    ) &&
    !/\b(?:who|what|where|when|why|which|whose)\b/i.test(part)
  )
    return false;
  if (
    /\b(?:only|just)\b.*\b(?:number|answer|result|word|label)\b|\bin (?:one|a single|\d+) (?:word|sentence)s?\b/i.test(
      part,
    )
  )
    return !/\?\s*$/.test(part) ? false : /\b(?:who|what|where|when|why|which|how)\b/i.test(part);
  return (
    /\?\s*$/.test(part) ||
    /^(?:(?:also|and|then|plus|now),?\s+)?(?:please\s+)?(?:who|what|what's|whats|where|when|why|which|how|tell me|explain|describe|name|list|convert|calculate|compute|spell|count|reverse|sort|pick|choose|roll|flip|add|multiply|divide|subtract|translate|write)\b/i.test(
      part,
    )
  );
}

/** Words a follow-on question about the same sum uses ("What's the sale price?"): not a new question. */
const ABOUT_THE_RESULT = new Set(
  (
    "what whats what's how much many is are was the a an of in to it that this for me my you your do does did i " +
    "price cost costs sale total answer result percentage percent increase decrease change tip each pay person " +
    "people final value number new old amount left get have come out work figure sum difference product date day " +
    "days weeks week year years month months time long old age letters words word count many times which one " +
    "please tell give show also and then now so can could would will be"
  ).split(" "),
);

/** A part that asks about something the answered part does not mention. */
function asksSomethingElse(part: string, answered: string): boolean {
  const own = new Set(answered.toLowerCase().match(/[\p{L}']+/gu) ?? []);
  const words = (part.toLowerCase().match(/[\p{L}']+/gu) ?? []).filter((w) => !ABOUT_THE_RESULT.has(w) && !own.has(w));
  return words.length >= 2;
}

/** The closing sentence that says which part of the message this reply leaves out. */
export function leftOutSentence(parts: readonly string[]): string {
  const quoted = parts
    .map((p) => p.replace(/^(?:also|and|plus|then|oh|ok|okay|but)\b[,\s]*/i, ""))
    .map((p) => `"${p.length > 80 ? `${p.slice(0, 77)}...` : p}"`)
    .join(" and ");
  return `I can't answer ${quoted} here: I'm the workbook's offline model, and that part is beyond what I can work out.`;
}

/**
 * Every computing skill's solver, so one message can be answered by several ("Convert 10 miles to
 * km and what is 3 times 4?"): a skill answers its part, the others answer theirs.
 */
const SOLVERS: ((text: string) => Solved | null)[] = [];
export function registerSolver(solve: (text: string) => Solved | null): void {
  SOLVERS.push(solve);
}

/**
 * Answerers of a message's other parts only (a looked-up fact: "15% of 80, and the capital of
 * Peru?"): they never make a message computable, they only keep a part from being left out.
 */
const PART_ANSWERERS: ((text: string) => Solved | null)[] = [];
export function registerPartAnswerer(answer: (text: string) => Solved | null): void {
  PART_ANSWERERS.push(answer);
}

/** A part of a message answered by a part answerer alone (a looked-up fact), or null. */
export function answerPart(text: string): Solved | null {
  for (const answer of PART_ANSWERERS) {
    const found = answer(text);
    if (found) return found;
  }
  return null;
}

/** True when a computing skill can answer the message by itself ("3 boxes with 24 eggs each: how many eggs?"). */
export function computable(message: string): boolean {
  if (message.length > 4000) return false;
  return SOLVERS.some((f) => f(message) !== null);
}

/**
 * Runs a solver on the message: on the whole of it first, else on each part. A part it solved is
 * answered; the other questions are named in a closing sentence. The bare value replaces the
 * sentences when the request asks for only the answer.
 */
export function solveParts(
  input: SkillInput,
  solve: (text: string) => Solved | null,
  options: { bare?: (s: Solved) => string } = {},
): TextReplies | null {
  const message = input.lastUser;
  if (!message.trim() || message.length > 4000) return null;
  const parts = partsOf(message);
  // The first part that is this skill's kind of question is answered; a message that only reads
  // as one question as a whole (a word problem over two sentences) is answered whole.
  let solved: Solved | null = null;
  let answered = message;
  if (parts.length > 1)
    for (const part of parts) {
      solved = solve(part);
      if (solved) {
        answered = part;
        break;
      }
    }
  solved ??= solve(message);
  if (!solved) return null;
  // "180 passengers, 30 a run: how many runs? Also, what's tomorrow's forecast?": a story answered
  // whole, whose last questions it does not need, names them as left out.
  let unneeded: string[] = [];
  if (answered === message && parts.length > 2)
    for (let k = parts.length - 1; k >= 2; k--) {
      const value = solved.value;
      if (solve(parts.slice(0, k).join(" "))?.value !== value) break;
      unneeded = parts.slice(k);
    }
  const others =
    answered === message
      ? unneeded.filter((p) => isQuestion(p) && asksSomethingElse(p, parts.slice(0, -unneeded.length).join(" ")))
      : // "and what is it backwards?" has one new word, yet the same skill answers it: it is asked too.
        parts.filter((p) => p !== answered && isQuestion(p) && (asksSomethingElse(p, answered) || solve(p) !== null));
  // Other parts another computing skill can answer are answered too, in the message's order.
  const before: string[] = [];
  const after: string[] = [];
  const rest: string[] = [];
  const at = parts.indexOf(answered);
  // The other parts' named values fill a JSON answer's fields too ({"days": 31, "weekday": "Monday"}).
  const more: Record<string, string | number> = {};
  for (const p of parts) {
    // "...and is the answer an even number?": a question about the result itself, answered from it.
    const about = p === answered ? null : resultProperty(p, solved.value);
    if (about) (parts.indexOf(p) < at ? before : after).push(about);
  }
  for (const p of others) {
    if (resultProperty(p, solved.value)) continue;
    const by = solve(p) ?? [...SOLVERS, ...PART_ANSWERERS].map((f) => f(p)).find((x) => x);
    if (!by) rest.push(p);
    else {
      (parts.indexOf(p) < at ? before : after).push(by.texts.reduce((a, b) => (b.weight > a.weight ? b : a)).text);
      Object.assign(more, by.fields);
    }
  }
  const fields = { ...more, ...fieldsOf(solved) };
  if (wantsOnlyValue(input) && !rest.length && !before.length && !after.length) {
    return {
      texts: [{ text: options.bare ? options.bare(solved) : solved.value, weight: 1 }],
      exact: true,
      fields,
    };
  }
  const head = before.map((t) => `${t} `).join("");
  const tail = `${after.map((t) => ` ${t}`).join("")}${rest.length ? ` ${leftOutSentence(rest)}` : ""}`;
  // Beside another answer or a note on what is left out, the answer restates its question
  // ("12 × 12 = 144."), so the reader sees which part it answers: its likeliest phrasing.
  const own = head || tail ? [solved.texts.reduce((a, b) => (b.weight > a.weight ? b : a))] : solved.texts;
  return {
    texts: own.map((t) => ({ text: `${head}${t.text}${tail}`, weight: t.weight })),
    exact: true,
    fields,
  };
}

const RESULT_PROPERTY =
  /^(?:(?:and|also|plus|so)\s+)?(?:is|was)\s+(?:the (?:answer|result|number|total|sum|product)|it|that|this)\s+(?:also\s+)?(?:an?\s+)?(even|odd|prime|whole|positive|negative)\b(?:\s+number)?\s*\??\s*$/i;

/** "Is the answer an even number?" of a computed value: a sentence that says so, or null. */
export function resultProperty(part: string, value: string): string | null {
  const asked = RESULT_PROPERTY.exec(part.trim())?.[1]?.toLowerCase();
  const n = Number(value.replace(/,/g, ""));
  if (!asked || !Number.isFinite(n)) return null;
  const whole = Number.isInteger(n);
  const prime =
    whole && n > 1 && Array.from({ length: Math.floor(Math.sqrt(n)) - 1 }, (_, i) => i + 2).every((d) => n % d);
  const says: Record<string, [boolean, string, string] | null> = {
    even: whole ? [n % 2 === 0, "even", "odd"] : null,
    odd: whole ? [n % 2 !== 0, "odd", "even"] : null,
    prime: whole && Math.abs(n) < 1e12 ? [prime, "a prime number", "not a prime number"] : null,
    whole: [whole, "a whole number", "not a whole number"],
    positive: [n > 0, "positive", n === 0 ? "zero, neither positive nor negative" : "negative"],
    negative: [n < 0, "negative", n === 0 ? "zero, neither positive nor negative" : "positive"],
  };
  const said = says[asked];
  if (!said) return null;
  const [yes, so, not] = said;
  return yes ? `Yes, ${value} is ${so}.` : `No, ${value} is ${not}.`;
}

/** Phrasings with their weights, each a whole reply that states the answer. */
export function phrased(list: readonly [string, number][]): Filled[] {
  return list.map(([text, weight]) => ({ text, weight }));
}
