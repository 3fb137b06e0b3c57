/**
 * Sums a question asks over what the user said earlier, worked out rather than recalled: the time
 * between two clock times they gave ("wake at 7, run at 8, work at 9:30": run to work is 1.5 hours),
 * a budget less what they spent, ages added up, an amount each person eats times the people, a
 * weekly amount over some weeks, the day before or after a date they gave, and the Nth place of a
 * trip they listed in order. A number the user gave is never the answer to a sum asked about it.
 */
import { expand, type Filled } from "../language/templates";
import { digitsForWords } from "../language/numbers";
import { stem } from "../language/text";
import { toSecondPerson } from "./user-facts";

const clean = (s: string) => s.replace(/[[\]|]/g, " ").replace(/[.!]+$/, "");
const show = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
const num = (s: string) => Number(s.replace(/,/g, ""));

/** The user's sentences, oldest first; a message's question is not one. */
function sentencesOf(texts: readonly string[]): string[] {
  return texts
    .flatMap((t) => t.slice(0, 4000).split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s && !/\?$/.test(s));
}

// ---- clock times --------------------------------------------------------------------------------

interface Clock {
  minutes: number;
  /** am/pm or a 24-hour reading was given, so no 12-hour guess applies. */
  fixed: boolean;
  /** The words before the time back to the previous pause: what happens then ("go running"). */
  label: string;
}

const CLOCK =
  /(?:\b(at|from|until|till|to|and|by)\s+)?\b(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.|o'clock)?(?![\d%])(?!\s*(?:people|persons|guests|kids|children|years?|km|miles|euros?|dollars?|pounds?|kg|minutes?|hours?|days?|weeks?)\b)/gi;

/** The clock times a sentence gives: "at 7", "9:30", "6pm", "17:30"; a bare number needs "at" before it. */
function clocks(sentence: string): Clock[] {
  const out: Clock[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLOCK)) {
    const [, lead, h, mm, suffix] = m;
    if (!lead && !mm && !suffix) continue;
    let hour = Number(h);
    const minute = mm ? Number(mm) : 0;
    if (hour > 23 || minute > 59) continue;
    const pm = suffix && /^p/i.test(suffix);
    if (pm && hour < 12) hour += 12;
    if (suffix && /^a/i.test(suffix) && hour === 12) hour = 0;
    const at = m.index ?? 0;
    const label = sentence
      .slice(from, at)
      .split(/,|;|\band\b|\bthen\b/i)
      .pop()
      ?.trim();
    out.push({
      minutes: hour * 60 + minute,
      fixed: Boolean(suffix && !/o'clock/i.test(suffix)) || hour >= 13,
      label: label ?? "",
    });
    from = at + m[0].length;
  }
  return out;
}

const GENERIC = /^(start|begin|end|finish|time|the|of|my|a|an|to|go|get|at|and|i|i'll|will|there|is)$/i;
const keyStems = (s: string) =>
  (s.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => !GENERIC.test(w)).map((w) => stem(w).slice(0, 4));

/** The clock whose label shares most words with `side` ("the start of my run" -> "go running at 8"). */
function clockFor(side: string, all: readonly Clock[]): Clock | undefined {
  const want = new Set(keyStems(side));
  let best: Clock | undefined;
  let score = 0;
  for (const c of all) {
    const s = keyStems(c.label).filter((w) => want.has(w)).length;
    if (s > score) {
      best = c;
      score = s;
    }
  }
  return best;
}

function span(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const parts = [h ? `${h} ${h === 1 ? "hour" : "hours"}` : "", m ? `${m} minutes` : ""].filter(Boolean);
  const decimal = h && m && (m * 100) % 60 === 0 ? ` (${show(minutes / 60)} hours)` : "";
  return `${parts.join(" and ")}${decimal}`;
}

/** "How much time between my run and work?", "How many hours do I work?" from stated clock times. */
function timeBetween(q: string, sentences: readonly string[]): Filled[] | null {
  if (!/\b(?:how (?:long|much time|many (?:hours|minutes))|what(?:'s| is) the (?:time|gap|difference))\b/i.test(q))
    return null;
  for (const s of [...sentences].reverse()) {
    const all = clocks(s);
    if (all.length < 2) continue;
    let a: Clock | undefined;
    let b: Clock | undefined;
    const between =
      /\bbetween\s+(.+?)\s+and\s+(.+?)[?.!]*$/i.exec(q) ?? /\bfrom\s+(.+?)\s+(?:to|until|till)\s+(.+?)[?.!]*$/i.exec(q);
    if (between) {
      a = clockFor(between[1], all);
      b = clockFor(between[2], all);
    } else if (all.length === 2 && keyStems(q).some((w) => keyStems(s).includes(w))) [a, b] = all;
    if (!a || !b || a === b) continue;
    let d = b.minutes - a.minutes;
    // "start at 9 and finish at 5": a bare hour that comes out earlier is in the afternoon.
    if (d < 0 && !b.fixed && b.minutes + 720 > a.minutes) d += 720;
    if (d <= 0) return null;
    const said = clean(toSecondPerson(s));
    return expand(`[${span(d)}: you told me ${said}.|That's ${span(d)}, going by what you said: ${said}.]`);
  }
  return null;
}

// ---- money, counts, people ----------------------------------------------------------------------

const MONEY = /(?:[$€£]\s?)?\b(\d[\d,]*(?:\.\d+)?)\s*(euros?|dollars?|pounds?|bucks)?/i;
const unitOf = (s: string) =>
  /€|\beuros?\b/i.test(s)
    ? " euros"
    : /\$|\bdollars?\b|\bbucks\b/i.test(s)
      ? " dollars"
      : /£|\bpounds?\b/i.test(s)
        ? " pounds"
        : "";

/** "I have a budget of 300 euros" ... "I've spent 120. How much do I have left?" */
function budgetLeft(q: string, said: readonly string[]): Filled[] | null {
  if (!/\bhow much\b[^?]*\b(?:left|remaining|remain|to spend)\b|\bwhat(?:'s| is) left\b/i.test(q)) return null;
  const budget = said.findLast((s) =>
    /\b(?:budget|i have|i had|i've got|i got|i can spend|i saved|i've saved|i started with|i took)\b[^.?!]{0,30}\d/i.test(
      s,
    ),
  );
  if (!budget) return null;
  const total = new RegExp(
    `\\b(?:budget|have|had|got|spend|saved|started with|took)\\b[^.?!\\d]{0,30}${MONEY.source}`,
    "i",
  ).exec(budget);
  if (!total) return null;
  // "I spent 12 on lunch and 23 on a book": every amount of the spending, not only the first.
  const spent = said
    .map((s) => (s === budget ? s.slice((total.index ?? 0) + total[0].length) : s))
    .flatMap((s) =>
      // "A jacket costs 75 and shoes cost 60": what things cost, asked what is left, is spent too.
      [
        ...s.matchAll(/\b(?:spent|paid|used|bought[^.?!\d]{0,30}for|costs?|came to)\s+((?:[$€£]\s?)?\d[^.?!]*)/gi),
      ].flatMap((m) =>
        [
          // "a book for $12 and lunch for $9": each amount after "and", whatever it was for.
          ...m[1].matchAll(
            /(?:^|(?:,|\band\b|\bthen\b|\bplus\b)\s*(?:another\s+|also\s+)?(?:(?:a|an|the|some|my)\s+)?(?:[a-z]+\s+){0,3}?(?:(?:for|on|at|costs?|was|were)\s+)?)(?:[$€£]\s?)?(\d[\d,]*(?:\.\d+)?)(?=\s*(?:euros?|dollars?|pounds?|bucks)?\s*(?:on|for|at|in)?\b)/gi,
          ),
        ].map((x) => x[1]),
      ),
    )
    .map(num);
  // "Tickets cost 25 each and I need 3": a price per thing is no amount spent until it is multiplied.
  if (
    !spent.length ||
    said.some((s) => /\d\s*(?:euros?|dollars?|pounds?|bucks)?\s*(?:each|apiece|a piece|per\b|a head)/i.test(s))
  )
    return null;
  const left = num(total[1]) - spent.reduce((a, b) => a + b, 0);
  const unit = unitOf(budget) || unitOf(said.join(" "));
  if (left < 0)
    return expand(`[Nothing: you're ${show(-left)}${unit} over your budget of ${show(num(total[1]))}${unit}.]`);
  return expand(
    `[${show(left)}${unit} left: ${show(num(total[1]))} less ${spent.map(show).join(" and ")}.|You have ${show(left)}${unit} left (${show(num(total[1]))} - ${spent.map(show).join(" - ")}).]`,
  );
}

/** "My kids are 4, 7 and 10": "What do their ages add up to?", "How old are they together?" */
function agesTogether(q: string, said: readonly string[]): Filled[] | null {
  if (!/\b(?:add up|together|in total|altogether|combined|sum|total)\b/i.test(q) || !/\b(?:ages?|old)\b/i.test(q))
    return null;
  for (const s of [...said].reverse()) {
    const m =
      /\b(?:are|aged|ages are)\s+((?:\d{1,3}(?:,\s*|\s+and\s+|\s*&\s*))+\d{1,3})(?:\s+years?(?:\s+old)?)?/i.exec(s);
    if (!m) continue;
    const ages = (m[1].match(/\d{1,3}/g) ?? []).map(Number);
    if (ages.length < 2) continue;
    const sum = ages.reduce((a, b) => a + b, 0);
    return expand(`[${sum} years: ${ages.join(" + ")} = ${sum}.|Their ages add up to ${sum} (${ages.join(" + ")}).]`);
  }
  return null;
}

const COUNT_WORD = "(\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)";
const asNumber = (s: string) => (/^\d/.test(s) ? Number(s) : Number(digitsForWords(s.toLowerCase())));

/** "dinner for 6 people" ... "If each person eats 2 potatoes, how many should I buy?" */
function perPerson(q: string, said: readonly string[]): Filled[] | null {
  const each = new RegExp(
    `\\b(?:each|every|per)\\s*(?:one|person|guest|kid|child|of them)?\\s+(?:\\w+\\s+){0,2}?${COUNT_WORD}\\s+([a-z]+)|\\beveryone\\s+(?:\\w+\\s+){0,2}?${COUNT_WORD}\\s+([a-z]+)|${COUNT_WORD}\\s+([a-z]+)\\s+(?:each|per person|per guest|a head|apiece)\\b`,
    "i",
  ).exec(q);
  if (!each || !/\bhow many\b/i.test(q)) return null;
  const n = asNumber(each[1] ?? each[3] ?? each[5]);
  const what = each[2] ?? each[4] ?? each[6];
  for (const s of [...said].reverse()) {
    const people =
      new RegExp(`\\bfor\\s+${COUNT_WORD}\\s+(?:people|persons|guests|friends|kids|children|of us)\\b`, "i").exec(s) ??
      new RegExp(
        `\\b(?:there (?:are|will be)|we(?:'re| are))\\s+${COUNT_WORD}\\s+(?:of us|people|guests)\\b`,
        "i",
      ).exec(s) ??
      new RegExp(`\\b${COUNT_WORD}\\s+(?:people|guests|friends) (?:are )?coming\\b`, "i").exec(s) ??
      new RegExp(
        `\\b(?:having|hosting|inviting|expecting|feeding|cooking for|catering for)\\s+${COUNT_WORD}\\s+(?:people|persons|guests|friends|kids|children)\\b`,
        "i",
      ).exec(s);
    if (!people) continue;
    const p = asNumber(people[1]);
    if (!(p > 0 && n > 0)) return null;
    return expand(
      `[${show(p * n)} ${what}: ${p} people times ${n} each.|You need ${show(p * n)} ${what} (${p} × ${n}).]`,
    );
  }
  return null;
}

const PERIODS = "(day|week|month|year)";

/** "I save 25 a week": "How much will I have after 10 weeks?" is 25 × 10. */
function overPeriods(q: string, said: readonly string[]): Filled[] | null {
  const asked = new RegExp(`\\b(?:after|in|over|for)\\s+${COUNT_WORD}\\s+${PERIODS}s?\\b`, "i").exec(q);
  if (!asked || !/\bhow (?:much|many)\b/i.test(q)) return null;
  const k = asNumber(asked[1]);
  const period = asked[2].toLowerCase();
  for (const s of [...said].reverse()) {
    const m = new RegExp(
      `(?:([$€£])\\s?)?\\b(\\d[\\d,]*(?:\\.\\d+)?)\\s*([a-z]+\\s+)?(?:a|an|per|each|every)\\s+${period}\\b`,
      "i",
    ).exec(s);
    if (!m) continue;
    const rate = num(m[2]);
    const unit = m[1]
      ? unitOf(m[1])
      : m[3] && /^(euros?|dollars?|pounds?)\s/i.test(m[3])
        ? ` ${m[3].trim()}`
        : unitOf(s);
    const said2 = clean(toSecondPerson(s));
    return expand(
      `[${show(rate * k)}${unit}: ${show(rate)} a ${period} for ${k} ${period}s (you told me ${said2}).|${show(rate * k)}${unit} after ${k} ${period}s, at ${show(rate)} a ${period}.]`,
    );
  }
  return null;
}

// ---- dates and order ----------------------------------------------------------------------------

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const ordinal = (d: number) =>
  `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;

/** "the wedding is on the 22nd of August" ... "a hotel for the night before: what date?" */
function dayBeforeAfter(q: string, said: readonly string[]): Filled[] | null {
  const rel = /\b(?:the\s+)?(day|night|evening|morning)\s+(before|after)\b/i.exec(q);
  if (!rel || !/\b(?:what|which)\s+(?:date|day)\b|\bwhen\b/i.test(q)) return null;
  for (const s of [...said].reverse()) {
    const m =
      new RegExp(`\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, "i").exec(s) ??
      new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b`, "i").exec(s);
    if (!m) continue;
    const day = Number(/^\d/.test(m[1]) ? m[1] : m[2]);
    const monthWord = (/^\d/.test(m[1]) ? m[2] : m[1]).toLowerCase();
    const month = MONTHS.findIndex((x) => x.startsWith(monthWord.slice(0, 3)));
    if (month < 0 || day < 1 || day > 31) continue;
    // A year with no leap day: the date is the same in any year but for 1 March.
    const d = new Date(Date.UTC(2025, month, day + (/before/i.test(rel[2]) ? -1 : 1)));
    const answer = `${ordinal(d.getUTCDate())} of ${MONTHS[d.getUTCMonth()].replace(/^./, (c) => c.toUpperCase())}`;
    const said2 = clean(toSecondPerson(s));
    return expand(
      `[The ${answer}: the ${rel[1].toLowerCase()} ${rel[2].toLowerCase()} the ${ordinal(day)}.|Book the ${answer}, the ${rel[1].toLowerCase()} ${rel[2].toLowerCase()} (you told me ${said2}).]`,
    );
  }
  return null;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

/** "Kyoto first, then Osaka, and I'll finish in Tokyo": "Which city am I visiting second?" */
function placeInOrder(q: string, said: readonly string[]): Filled[] | null {
  const m =
    /\b(?:which|what)\s+(city|town|place|country|stop)\b[^?]*\b(first|second|third|fourth|fifth|last|next)\b/i.exec(
      q,
    ) ?? /\b(first|second|third|fourth|fifth|last)\s+(city|town|place|country|stop)\b/i.exec(q);
  if (!m) return null;
  const which = (
    ORDINALS.includes(m[2]?.toLowerCase()) || /^(?:last|next)$/i.test(m[2] ?? "") ? m[2] : m[1]
  ).toLowerCase();
  for (const s of [...said].reverse()) {
    if (!/\b(?:first|then|after that|next|finish|end|visit|going|travel|fly|go)\b/i.test(s)) continue;
    const names = [...s.matchAll(/\b(?:to|in|visit(?:ing)?|then|and|,)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/gu)]
      .map((x) => x[1])
      .filter((x) => !/^(?:I|I'm|I'll|Then|And|Next|After)$/.test(x));
    const first = /\b(?:going to|visiting|visit|to)\s+([A-Z][\p{L}'-]+)\s+first\b/u.exec(s)?.[1];
    const order = [...new Set([...(first ? [first] : []), ...names])];
    if (order.length < 2) continue;
    const k = which === "last" ? order.length - 1 : which === "next" ? -1 : ORDINALS.indexOf(which);
    if (k < 0 || k >= order.length) return null;
    const said2 = clean(toSecondPerson(s));
    return expand(`[${order[k]}: you told me ${said2}.|${order[k]}, going by what you said: ${said2}.]`);
  }
  return null;
}

/** A sum over what the user said, or null when the question asks none this module works out. */
export function userMathReplies(last: string, earlier: readonly string[]): Filled[] | null {
  const q = last.trim();
  // The question's own message may state a part ("I've already spent 120 on tickets. How much is left?").
  const said = sentencesOf([...earlier, last]);
  const before = sentencesOf(earlier);
  return (
    timeBetween(q, before) ??
    budgetLeft(q, said) ??
    agesTogether(q, before) ??
    perPerson(q, before) ??
    overPeriods(q, before) ??
    dayBeforeAfter(q, before) ??
    placeInOrder(q, before)
  );
}
