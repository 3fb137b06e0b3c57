import { digitsForWords } from "../language/numbers";
/**
 * Sums over numbers the user stated, when the question asks for one plainly: "How old is my
 * sister?" after "I'm 25 and my sister is 3 years older" (25 + 3), "How far did I run in total?"
 * after "I ran 5 km on Monday and 7 km on Wednesday" (5 + 7 km), "How much more do I need?" after
 * "a bike that costs 800 dollars and I've saved 350" (800 - 350). One statement holds every
 * number used, and it is said back as the evidence.
 */
import { expand, type Filled } from "../language/templates";
import { toSecondPerson, type Fact } from "./user-facts";

const NUM = "(\\d[\\d,]*(?:\\.\\d+)?)";
const num = (s: string) => Number(s.replace(/,/g, ""));
const show = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 2 });
const clean = (s: string) => s.replace(/[[\]|]/g, " ");

/** "How old is my sister?" from "my sister is 3 years older (than me)" and the user's own age. */
function relativeAge(q: string, facts: readonly Fact[], statements: readonly string[]): Filled[] | null {
  const m = /\bhow old (?:is|was|will be) my ([a-z]+(?: [a-z]+)?)\b/i.exec(q);
  if (!m) return null;
  const who = m[1].toLowerCase();
  const age = facts.findLast((f) => f.key === "age");
  if (!age) return null;
  for (const s of [...statements].reverse()) {
    const r = new RegExp(`\\bmy ${who}(?:'s| is)\\s+${NUM}\\s+years?\\s+(older|younger)(?:\\s+than me)?\\b`, "i").exec(
      s,
    );
    if (!r) continue;
    const n = Number(age.value) + (r[2].toLowerCase() === "older" ? num(r[1]) : -num(r[1]));
    if (n < 0) return null;
    const said = clean(toSecondPerson(s));
    return expand(`[${n}: you told me ${said}.|Your ${who} is ${n}, going by what you said: ${said}.]`);
  }
  return null;
}

/** "How old is my oldest?" after "I've got three kids, they're 4, 7 and 11": the largest (or smallest) age in the list. */
function extremeAge(q: string, statements: readonly string[]): Filled[] | null {
  const m =
    /\b(?:how old is|what age is|what's the age of|what is the age of) (?:my|our) (oldest|eldest|youngest)\b/i.exec(q);
  if (!m) return null;
  const oldest = m[1].toLowerCase() !== "youngest";
  for (const s of [...statements].reverse()) {
    if (
      !/\b(?:kids?|children|sons|daughters|boys|girls|grandchildren|grandkids|grandsons|granddaughters|siblings|brothers|sisters|nephews|nieces|cousins|pets|dogs|cats)\b/i.test(
        s,
      )
    )
      continue;
    const list =
      /\b(?:they'?re|they are|are|aged|ages(?: are)?)\s+(?:aged\s+)?(\d{1,3}(?:\s*(?:,|,?\s*and|&)\s*\d{1,3})+)\b/i.exec(
        s,
      );
    if (!list) continue;
    const ages = (list[1].match(/\d+/g) ?? []).map(Number);
    const n = oldest ? Math.max(...ages) : Math.min(...ages);
    const said = clean(toSecondPerson(s));
    return expand(`[${n}: you told me ${said}.|Your ${m[1].toLowerCase()} is ${n}, going by what you said: ${said}.]`);
  }
  return null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DAY = "(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?";
const MONTH = "(?:of\\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*";

/** "How many nights is that?" after "We're going camping from the 3rd to the 9th of August": the days between. */
function nights(q: string, statements: readonly string[]): Filled[] | null {
  const m = /\bhow many (nights|days)\b/i.exec(q);
  if (!m) return null;
  const span = new RegExp(
    `\\bfrom\\s+${DAY}(?:\\s+${MONTH})?\\s+(?:to|until|till|through)\\s+${DAY}\\s+${MONTH}\\b`,
    "i",
  );
  for (const s of [...statements].reverse()) {
    const r = span.exec(s);
    if (!r) continue;
    const end = MONTHS.indexOf(r[4].toLowerCase());
    const start = r[2] ? MONTHS.indexOf(r[2].toLowerCase()) : end;
    // A stay runs forward: from a later month than it ends in, or a February 29th, is not read.
    if (start > end || /\b29\b/.test(r[0])) return null;
    // A year with no 29 February: the span is read within one year.
    const n = (Date.UTC(2001, end, Number(r[3])) - Date.UTC(2001, start, Number(r[1]))) / 86_400_000;
    if (n <= 0 || n > 366) return null;
    const said = clean(toSecondPerson(s));
    const unit = m[1].toLowerCase();
    // Nights are the days between; days counted inclusively are one more.
    const count = unit === "nights" ? n : n + 1;
    const note = unit === "days" ? " (counting the first and last days)" : "";
    return expand(
      `[${count} ${unit}${note}: you told me ${said}.|That's ${count} ${unit}${note}, going by what you said: ${said}.]`,
    );
  }
  return null;
}

const UNITS: Record<string, RegExp> = {
  far: /^(km|kilometres?|kilometers?|miles?|metres?|meters?|m|laps?)\b/i,
  long: /^(hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|seconds?)\b/i,
  much: /^(dollars?|euros?|pounds?|kg|kilos?|grams?|g|litres?|liters?|l)\b/i,
};

/** "How far did I run in total?": the quantities of one unit in one statement, added up. */
function total(q: string, statements: readonly string[]): Filled[] | null {
  if (
    !/\b(?:in total|altogether|all together|combined|total|in all|overall|across|between (?:them|those|both)|over (?:those|these|the|both)|both)\b/i.test(
      q,
    ) ||
    !/\b(?:i|we|my|our)\b/i.test(q)
  )
    return null;
  const m = /\bhow (far|long|much|many ([a-z]+))\b/i.exec(q);
  if (!m) return null;
  const kind = m[1].split(" ")[0].toLowerCase();
  const unit = kind === "many" && m[2] ? new RegExp(`^(${m[2].replace(/s$/, "")}s?)\\b`, "i") : (UNITS[kind] ?? null);
  if (!unit) return null;
  for (const s of [...statements].reverse()) {
    const found: { n: number; unit: string }[] = [];
    for (const x of s.matchAll(new RegExp(`([$€£])?${NUM}\\s*([a-z]+)?`, "gi"))) {
      const word = x[3] ?? "";
      const money = x[1] ? { "€": "euros", $: "dollars", "£": "pounds" }[x[1]] : undefined;
      const u = money ?? (unit.test(word) ? word.toLowerCase() : undefined);
      // "3 books in January, and 5 in February": a bare number after "and" counts the same thing.
      const same =
        !u &&
        found.length > 0 &&
        /\band(?:\s+another)?\s*$/i.test(s.slice(0, x.index)) &&
        /^(?:|in|on|at|during|last|this|over|for|the|more|by)$/i.test(word);
      if (u) found.push({ n: num(x[2]), unit: u });
      else if (same) found.push({ n: num(x[2]), unit: found[found.length - 1].unit });
    }
    if (found.length < 2) continue;
    const base = (u: string) => u.replace(/s$/, "");
    if (!found.every((f) => base(f.unit) === base(found[0].unit))) return null;
    const sum = found.reduce((a, f) => a + f.n, 0);
    const said = clean(toSecondPerson(s));
    const u = found.find((f) => /s$/.test(f.unit))?.unit ?? found[0].unit;
    const label = sum === 1 ? base(u) : u;
    return expand(
      `[${show(sum)} ${label} in total: you told me ${said}.|${show(sum)} ${label} altogether (${found.map((f) => show(f.n)).join(" + ")}), from what you said: ${said}.]`,
    );
  }
  return null;
}

/** "How much more do I need?" after a price and an amount saved, in one statement. */
function remaining(q: string, statements: readonly string[]): Filled[] | null {
  if (
    !/\bhow much (?:more )?(?:do i (?:still )?need|is left|left to (?:save|pay|go)|more (?:to go|to save)|to go)\b/i.test(
      q,
    )
  )
    return null;
  for (const s of [...statements].reverse()) {
    const cost = new RegExp(`\\b(?:costs?|price is|priced at|is)\\s+(?:about\\s+)?[$€£]?${NUM}`, "i").exec(s);
    const saved = new RegExp(
      `\\b(?:i(?:'ve| have)?\\s+(?:already\\s+)?(?:saved|got|put aside|paid))\\s+(?:up\\s+)?[$€£]?${NUM}`,
      "i",
    ).exec(s);
    if (!cost || !saved) continue;
    const left = num(cost[1]) - num(saved[1]);
    const unit = /\beuros?\b|€/i.test(s)
      ? " euros"
      : /\bdollars?\b|\$/i.test(s)
        ? " dollars"
        : /\bpounds?\b|£/i.test(s)
          ? " pounds"
          : "";
    const said = clean(toSecondPerson(s));
    if (left <= 0) return expand(`[Nothing more: you told me ${said}.|You already have enough: ${said}.]`);
    return expand(
      `[${show(left)}${unit} more: you told me ${said}.|You need ${show(left)}${unit} more (${show(num(cost[1]))} - ${show(num(saved[1]))}), going by what you said: ${said}.]`,
    );
  }
  return null;
}

const PERIOD = "(day|week|month|year)";
const WORD_NUMBERS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
/** How many of each shorter period a longer one holds; approximate ones are said with "about". */
const PER: Record<string, Record<string, { n: number; exact: boolean }>> = {
  day: { week: { n: 7, exact: true }, month: { n: 30, exact: false }, year: { n: 365, exact: false } },
  week: { month: { n: 52 / 12, exact: false }, year: { n: 52, exact: false } },
  month: { year: { n: 12, exact: true } },
};

/** The period a text counts in: "a day", "per week", "each month", "a year" -> "day", "week", ... */
export function periodOf(text: string): string | undefined {
  return new RegExp(
    `\\b(?:a|an|per|each|every|in a|in one|a single)\\s+${PERIOD}\\b|\\b(daily|weekly|monthly|yearly|annually)\\b`,
    "i",
  )
    .exec(text)
    ?.slice(1)
    .find(Boolean)
    ?.toLowerCase()
    .replace(/^daily$/, "day")
    .replace(/^weekly$/, "week")
    .replace(/^monthly$/, "month")
    .replace(/^(?:yearly|annually)$/, "year");
}

/** "How many coffees do I drink in a week?" after "I drink two coffees a day": the rate, over the longer period. */
function rate(q: string, statements: readonly string[]): Filled[] | null {
  if (!/^(?:(?:and|so|ok)[,]?\s+)?how (?:many|much|far|long)\b/i.test(q.trim())) return null;
  const want = periodOf(q);
  if (!want) return null;
  const asked = new Set(q.toLowerCase().match(/[a-z]{3,}/g) ?? []);
  for (const s of [...statements].reverse()) {
    const have = periodOf(s);
    if (!have || have === want) continue;
    const m = /([$€£])?\b(\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten)\s*([a-z]+)?/i.exec(s);
    if (!m) continue;
    // The statement must be about what is asked: a word of the question (coffees, rent) in it.
    const said = s.toLowerCase().match(/[a-z]{3,}/g) ?? [];
    if (!said.some((w) => asked.has(w) && !/^(how|many|much|the|and|per|day|week|month|year)$/.test(w))) continue;
    const n = /^\d/.test(m[2]) ? num(m[2]) : Number(digitsForWords(m[2].toLowerCase()));
    const factor = PER[have]?.[want];
    if (!factor) return null;
    const value = Math.round(n * factor.n * 100) / 100;
    const unit = m[1] ? { "€": " euros", $: " dollars", "£": " pounds" }[m[1]] : m[3] ? ` ${m[3]}` : "";
    const back = clean(toSecondPerson(s));
    const about = factor.exact ? "" : "About ";
    return expand(
      `[${about}${show(value)}${unit} a ${want}: you told me ${back}.|${about}${show(value)}${unit} per ${want}, going by what you said: ${back}.]`,
    );
  }
  return null;
}

/**
 * "What do we spend on oat milk per day?" after "oat milk costs $4 a carton and we go through 6
 * cartons a day": the price of one times how many in the period, scaled to the period asked.
 */
function spend(q: string, statements: readonly string[]): Filled[] | null {
  if (!/\b(?:what|how much)\b[^?]*\b(?:spend|spent|spending|cost|costs|pay|paying|budget)\b/i.test(q)) return null;
  const want = periodOf(q);
  for (const s of [...statements].reverse()) {
    const price = /([$€£])\s?(\d[\d,]*(?:\.\d+)?)\s+(?:a|an|per|each|for (?:a|one))\s+([a-z]+)\b/i.exec(s);
    if (!price) continue;
    const unit = price[3].toLowerCase().replace(/e?s$/, "");
    const count = new RegExp(
      `\\b(\\d[\\d,]*(?:\\.\\d+)?|${WORD_NUMBERS})\\s+${unit}(?:e?s)?\\s+(?:a|an|per|each|every)\\s+${PERIOD}\\b`,
      "i",
    ).exec(s);
    if (!count) continue;
    const have = count[2].toLowerCase();
    const factor = !want || want === have ? { n: 1, exact: true } : PER[have]?.[want];
    if (!factor) return null;
    const n = /^\d/.test(count[1]) ? num(count[1]) : Number(digitsForWords(count[1].toLowerCase()));
    const value = Math.round(num(price[2]) * n * factor.n * 100) / 100;
    const money = `${price[1]}${value % 1 ? value.toFixed(2) : show(value)}`;
    const per = want ?? have;
    const back = clean(toSecondPerson(s));
    const about = factor.exact ? "" : "About ";
    const sum = `${price[1]}${price[2]} × ${show(n)}${factor.n === 1 ? "" : ` × ${show(factor.n)}`}`;
    return expand(
      `[${about}${money} a ${per} (${sum}): you told me ${back}.|${about}${money} per ${per}, going by what you said (${sum}): ${back}.]`,
    );
  }
  return null;
}

/** Money coming in, and money going out: a running total adds only one of the two. */
const IN_VERBS = /\b(?:taken|took|take|made|earned|earn|got|collected|raised|brought in|received|sold)\b/i;
const OUT_VERBS = /\b(?:spent|spend|paid|pay|forked out|shelled out|bought|cost|lost|lose)\b/i;

/**
 * "What have I taken so far in total?" after fares said one message at a time ("first fare £38",
 * "second one £9"): every amount of money the user stated, added. A statement with money going the
 * other way ("spent £12 on fuel") makes the sum unreadable, so then none is given.
 */
function runningTotal(q: string, sentences: readonly string[]): Filled[] | null {
  const m =
    /\b(?:what|how much)\s+(?:have|had|did)\s+(?:i|we)\s+([a-z]+(?:\s+(?:in|out))?)\b[^?]*\b(?:so far|in total|altogether|all together|total|up to now|to date)\b/i.exec(
      q,
    );
  if (!m) return null;
  const income = IN_VERBS.test(m[1]);
  if (!income && !OUT_VERBS.test(m[1])) return null;
  const other = income ? OUT_VERBS : IN_VERBS;
  const found: { cur: string; n: number }[] = [];
  for (const s of sentences) {
    if (/\?\s*$/.test(s)) continue;
    const amounts = [...s.matchAll(/([$€£])\s?(\d[\d,]*(?:\.\d+)?)(?!\s*(?:%|k\b|m\b|million|billion))/gi)];
    if (!amounts.length) continue;
    if (other.test(s)) return null;
    // "7 grooms at £45 each": a price per item is no amount taken; its total needs the count (arithmetic's bill).
    if (/\b(?:each|apiece|a piece|per\s+\w+|a head|an? hour)\b/i.test(s)) return null;
    for (const a of amounts) found.push({ cur: a[1], n: num(a[2]) });
  }
  if (found.length < 2 || !found.every((f) => f.cur === found[0].cur)) return null;
  const cents = found.reduce((a, f) => a + Math.round(f.n * 100), 0);
  const money = (n: number) => `${found[0].cur}${n % 1 ? n.toFixed(2) : show(n)}`;
  const sum = money(cents / 100);
  const parts = found.map((f) => money(f.n)).join(" + ");
  return expand(
    `[${sum} so far: ${parts}, the amounts you told me.|${sum} in total (${parts}), going by the amounts you gave me.]`,
  );
}

/** "children" and "child", "grown-ups" and "grown": the same thing counted, by the word's stem. */
function sameThing(word: string, asked: string): boolean {
  const stem = (w: string) =>
    w
      .toLowerCase()
      .replace(/ren$/, "")
      .replace(/ies$/, "y")
      .replace(/(?<!s)s$/, "");
  return stem(word) === stem(asked);
}

/**
 * "How many children in total today?" after "This morning 46 children and 11 grown-ups" and "this
 * afternoon 52 children and 9 grown-ups": every count of the thing asked the user gave, added
 * (46 + 52), and nothing else. Null unless it was given at least twice and only ever as a plain count.
 */
function ownCounts(asked: string, sentences: readonly string[]): Filled[] | null {
  const found: { n: number; s: string }[] = [];
  for (const s of sentences)
    for (const x of s.matchAll(/(?<![\d.,:£$€-])(\d{1,5}) ([a-z]+)\b/gi))
      if (sameThing(x[2], asked)) found.push({ n: Number(x[1]), s });
  if (found.length < 2) return null;
  // "46 children, 3 of them late": a count of a part of the thing would be counted twice.
  if (found.some((f) => /\b(?:of them|of those|each|per|every|left|lost|gave|went home)\b/i.test(f.s))) return null;
  const sum = found.reduce((a, f) => a + f.n, 0);
  const noun = asked.toLowerCase();
  const said = [...new Set(found.map((f) => clean(toSecondPerson(f.s.replace(/[.!]+$/, "")))))].join("; ");
  const parts = found.map((f) => show(f.n)).join(" + ");
  return expand(
    `[${show(sum)} ${noun} in total (${parts}): you told me ${said}.|${show(sum)} ${noun} altogether (${parts}), from what you said: ${said}.]`,
  );
}

/** "How many singers is that altogether?" after "we have 12 sopranos, 9 altos, 7 tenors and 8 basses". */
function groupTotal(q: string, sentences: readonly string[]): Filled[] | null {
  const m =
    /\bhow many ([a-z]+)\b[^?]{0,40}\b(?:altogether|all together|in total|total|combined|in all|overall)\b/i.exec(q);
  if (!m) return null;
  const own = ownCounts(m[1], sentences);
  if (own) return own;
  for (const s of [...sentences].reverse()) {
    const run = /\b(\d{1,5} [a-z]+(?:,\s*\d{1,5} [a-z]+)*,?\s+and\s+\d{1,5} [a-z]+)\b/i.exec(s);
    if (!run) continue;
    const parts = [...run[1].matchAll(/(\d{1,5}) ([a-z]+)/gi)];
    // Every number of the sentence is one of the groups: nothing else is counted or left out.
    if (parts.length < 2 || (s.match(/\d+/g) ?? []).length !== parts.length) return null;
    // "How many children?" over "52 children and 9 grown-ups": the grown-ups are no children.
    if (parts.some((x) => sameThing(x[2], m[1]))) return null;
    const sum = parts.reduce((a, x) => a + Number(x[1]), 0);
    const said = clean(toSecondPerson(s.replace(/[.!]+$/, "")));
    const noun = m[1].toLowerCase();
    return expand(
      `[${sum} ${noun} altogether (${parts.map((x) => x[1]).join(" + ")}): you told me ${said}.|${sum} ${noun} in total, from what you said (${parts.map((x) => x[1]).join(" + ")}): ${said}.]`,
    );
  }
  return null;
}

/** "How many tables do we need?" after "140 guests" and "10 people at each table": the guests over the table size, rounded up. */
export function groupsNeeded(q: string, sentences: readonly string[]): Filled[] | null {
  const m = /\bhow many ([a-z]+) (?:do|will|would|should|shall) (?:we|i|you|they) need\b/i.exec(q);
  if (!m) return null;
  const group = m[1]
    .toLowerCase()
    .replace(/(ch|sh|x|ss|us)es$/, "$1")
    .replace(/([^su])s$/, "$1");
  const PEOPLE =
    "guests|people|persons|kids|children|students|players|attendees|visitors|singers|dancers|campers|runners";
  const perSaid = (s: string) =>
    new RegExp(
      `\\b(\\d{1,4})\\s+(?:(?:${PEOPLE})\\s+)?(?:(?:at|per|on|in|to|around)\\s+(?:each|every|a|one|per)|per)\\s+${group}\\b`,
      "i",
    ).exec(s)?.[1] ??
    new RegExp(
      `\\b(?:each|every|a|one)\\s+${group}\\s+(?:takes|holds|seats|fits|carries|sits|has room for)\\s+(?:up to\\s+)?(\\d{1,4})\\b`,
      "i",
    ).exec(s)?.[1];
  const sizes = new Set(sentences.map(perSaid).filter((x): x is string => x !== undefined));
  if (sizes.size !== 1) return null;
  const per = { n: Number([...sizes][0]) };
  if (per.n <= 0) return null;
  const totals = sentences
    .filter((s) => perSaid(s) === undefined)
    .flatMap((s) => [...s.matchAll(new RegExp(`\\b(\\d[\\d,]{0,6})\\s+(${PEOPLE})\\b`, "gi"))]);
  if (totals.length !== 1) return null;
  const total = num(totals[0][1]);
  const need = Math.ceil(total / per.n);
  const plural = need === 1 ? group : `${group}${/(?:s|x|ch|sh)$/.test(group) ? "es" : "s"}`;
  const rest = total % per.n;
  const why = rest
    ? `${show(total)} ÷ ${per.n} = ${show(Math.round((total / per.n) * 100) / 100)}, rounded up so everyone has a place; the last ${group} has ${rest}`
    : `${show(total)} ${totals[0][2].toLowerCase()} ÷ ${per.n} per ${group}`;
  return expand(`[${need} ${plural}: ${why}.|You need ${need} ${plural} (${why}).]`);
}

/** "What's my average so far?" after "I scored 72, 85 and 90 on my first three tests": their mean. */
function average(q: string, statements: readonly string[]): Filled[] | null {
  if (!/\b(?:my|our)\s+(?:average|mean)\b|\baverage (?:score|mark|grade)\b/i.test(q)) return null;
  for (const s of [...statements].reverse()) {
    if (!/\b(?:scored|got|score[sd]?|marks?|grades?|results?|points)\b/i.test(s)) continue;
    // The scores are the run of numbers said together: "72, 85 and 90" (not "three tests").
    const run = /\b(\d+(?:\.\d+)?%?(?:\s*(?:,|and|,\s*and)\s*\d+(?:\.\d+)?%?)+)/i.exec(s);
    if (!run) continue;
    const values = (run[1].match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
    if (values.length < 2) continue;
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const shown = Math.round(mean * 100) / 100;
    const said = clean(toSecondPerson(s));
    return expand(
      `[${show(shown)}: (${values.map(show).join(" + ")}) ÷ ${values.length} from what you told me: ${said}.|Your average is ${show(shown)} (${values.map(show).join(" + ")} = ${show(values.reduce((a, b) => a + b, 0))}, divided by ${values.length}).]`,
    );
  }
  return null;
}

/**
 * "How much milk for 12 pancakes?" after "300 ml milk ... makes 8 pancakes": the amount scaled by
 * how many are wanted over how many the recipe makes.
 */
function scaled(q: string, statements: readonly string[]): Filled[] | null {
  const what =
    /\bhow (?:much|many)\s+(?:(?:grams?|g|ml|millilitres?|milliliters?|cups?|eggs?)\s+(?:of\s+)?)?([a-z]+)\b/i.exec(q);
  if (!what) return null;
  const thing = what[1].toLowerCase();
  for (const s of [...statements].reverse()) {
    const makes = /\b(?:makes|serves|is enough for|feeds|for)\s+(\d+)\s+([a-z]+)/i.exec(s);
    if (!makes) continue;
    const unit = makes[2].toLowerCase().replace(/s$/, "");
    const want = new RegExp(`\\b(\\d+)\\s+${unit}s?\\b`, "i").exec(q);
    if (!want) continue;
    const amount = new RegExp(
      `\\b(\\d+(?:\\.\\d+)?)\\s*(g|grams?|kg|ml|millilitres?|milliliters?|l|litres?|liters?|cups?|tbsp|tsp|)\\s+(?:of\\s+)?${thing}\\b`,
      "i",
    ).exec(s);
    if (!amount) return null;
    const n = (Number(amount[1]) * Number(want[1])) / Number(makes[1]);
    const value = Math.round(n * 100) / 100;
    const u = amount[2] ? `${amount[2]} ` : "";
    const said = clean(toSecondPerson(s));
    return expand(
      `[${show(value)} ${u}${thing}: ${amount[1]} ${u}for ${makes[1]} ${makes[2]}, times ${want[1]}/${makes[1]}. You told me ${said}.|Use ${show(value)} ${u}${thing} (${amount[1]} ${u}× ${want[1]} ÷ ${makes[1]}), going by what you told me: ${said}.]`,
    );
  }
  return null;
}

const FACTORS: Record<string, number> = {
  double: 2,
  twice: 2,
  triple: 3,
  treble: 3,
  quadruple: 4,
  halve: 0.5,
  half: 0.5,
};

/**
 * "I need to double it. What are the new amounts?" after "500 g flour, 300 ml water, 10 g salt and
 * 7 g yeast": every amount the user listed, times the factor asked.
 */
function multiplied(q: string, statements: readonly string[]): Filled[] | null {
  const m =
    /\b(double|triple|treble|quadruple|halve)\s+(?:it|that|this|the (?:recipe|batch|mix|dough|order|amounts?|quantities|lot))\b/i.exec(
      q,
    ) ?? /\b(twice|half)\s+(?:as much|the amount)\b/i.exec(q);
  if (!m || !/\b(?:amounts?|quantities|how much|what do i need|each|new)\b/i.test(q)) return null;
  const factor = FACTORS[m[1].toLowerCase()];
  const UNIT_WORD = "kg|g|grams?|ml|millilitres?|milliliters?|l|litres?|liters?|tbsp|tsp|cups?|oz|lb";
  for (const s of [...statements].reverse()) {
    const items = [
      ...s.matchAll(new RegExp(`\\b(\\d+(?:\\.\\d+)?)\\s*(?:(${UNIT_WORD})\\s+)?(?:of\\s+)?([a-z]+)\\b`, "gi")),
    ];
    if (items.length < 2) continue;
    // Every amount of the list is scaled, or none: "2 eggs" left as they were would be a wrong recipe.
    if ((s.match(/\d+(?:\.\d+)?/g) ?? []).length !== items.length) return null;
    // "a pinch of salt" has no number to scale: a list without it would be a wrong recipe.
    if (
      /\b(?:a|an)\s+(?:pinch|dash|handful|splash|sprinkle|knob|squeeze|drizzle|bunch|clove|few|little|bit)\b/i.test(s)
    )
      return null;
    const lines = items.map((x) => {
      const n = Math.round(Number(x[1]) * factor * 100) / 100;
      const unit = (x[2] ?? "").toLowerCase();
      // 1000 g is 1 kg, 1000 ml is 1 litre: said both ways.
      const big =
        n >= 1000 && /^(?:g|grams?)$/.test(unit)
          ? ` (${show(n / 1000)} kg)`
          : n >= 1000 && /^(?:ml|millilitres?|milliliters?)$/.test(unit)
            ? ` (${show(n / 1000)} l)`
            : "";
      return `- ${show(n)} ${x[2] ? `${x[2]} ` : ""}${x[3]}${big}`;
    });
    const said = clean(toSecondPerson(s));
    const how = factor === 0.5 ? "halved" : `× ${factor}`;
    return [{ text: `${lines.join("\n")}\n\nThat is each amount ${how}, from what you told me: ${said}.`, weight: 1 }];
  }
  return null;
}

/**
 * "How old will Mochi be in 2027?" after "My cat Mochi was born in 2019.": the year asked less the
 * year of birth, the age turned in that year (the birthday itself was not said).
 */
function ageInYear(q: string, statements: readonly string[]): Filled[] | null {
  const m =
    /\bhow old (?:will|is|would|was) (my \w+|[\p{L}'-]+) (?:be |turn |get )?in (\d{4})\b/iu.exec(q) ??
    /\bwhat age (?:will|is|would) (my \w+|[\p{L}'-]+) (?:be |turn )?in (\d{4})\b/iu.exec(q);
  // "How old will I be?" is the user's own age (history.ts); "the universe" is no one the user told of.
  if (!m || /^(?:i|you|we|the|a|an|this|that)$/i.test(m[1])) return null;
  const who = m[1];
  const pronoun = /^(?:he|she|it|they)$/i.test(who);
  for (const s of [...statements].reverse()) {
    const born = /\bborn in (\d{4})\b/i.exec(s);
    if (!born) continue;
    // The one asked about must be the one born: "my cat Mochi" for Mochi or "my cat"; a pronoun, the last one said.
    const name = who.replace(/^my\s+/i, "");
    if (!pronoun && !new RegExp(`\\b${name.replace(/[^\p{L}' -]/gu, "")}\\b`, "iu").test(s)) continue;
    const n = Number(m[2]) - Number(born[1]);
    if (n < 0 || n > 150) return null;
    const said = clean(toSecondPerson(s));
    const label = pronoun ? cap(who.toLowerCase()) : /^my\s/i.test(who) ? `Your ${name}` : cap(who);
    return expand(
      `[${label} turns ${n} in ${m[2]}: ${m[2]} - ${born[1]} = ${n}, and you told me ${said}.|${n}: ${label} turns ${n} in ${m[2]}, going by what you said: ${said}.]`,
    );
  }
  return null;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A sum or difference over numbers the user stated, or null when the question asks none plainly. */
export function userSumReplies(
  q: string,
  facts: readonly Fact[],
  statements: readonly string[],
  sentences: readonly string[] = statements,
): Filled[] | null {
  return (
    relativeAge(q, facts, statements) ??
    ageInYear(q, statements) ??
    extremeAge(q, statements) ??
    nights(q, statements) ??
    total(q, statements) ??
    remaining(q, statements) ??
    average(q, statements) ??
    scaled(q, statements) ??
    multiplied(
      q,
      sentences.filter((x) => !/\?\s*$/.test(x)),
    ) ??
    spend(
      q,
      sentences.filter((x) => !/\?\s*$/.test(x)),
    ) ??
    runningTotal(
      q,
      sentences.filter((x) => !/\?\s*$/.test(x)),
    ) ??
    groupTotal(
      q,
      sentences.filter((x) => !/\?\s*$/.test(x)),
    ) ??
    groupsNeeded(
      q,
      sentences.filter((x) => !/\?\s*$/.test(x)),
    ) ??
    rate(q, statements)
  );
}

/** Words of a number an elliptical message starts with: "And 5 in February.", "Plus another 3 on Sunday." */
const ELLIPSIS =
  /^(?:(?:oh|and|also|plus|then)[,!]?\s+)+((?:another\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\b[^?]{0,50})$/i;

/**
 * "I read 3 books in January." then "And 5 in February.": the second says only the new number, so
 * it is read as the end of the first ("I read 3 books in January, and 5 in February"), the way a
 * listener hears it. Other messages are kept as they are.
 */
export function withEllipses(texts: readonly string[]): string[] {
  const out = [...texts];
  for (let i = 1; i < out.length; i++) {
    const m = ELLIPSIS.exec(out[i].trim());
    const prev = out[i - 1]?.trim();
    if (!m || !prev || /\?\s*$/.test(prev) || !/\d/.test(prev)) continue;
    out[i - 1] = `${prev.replace(/[.!]+$/, "")}, and ${m[1].replace(/[.!]+$/, "")}.`;
    out[i] = "";
  }
  return out;
}
