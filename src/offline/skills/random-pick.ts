/**
 * Random picks: a number in a range, a die, a coin, a card, a letter, or one of the options the
 * user lists. Every outcome is a candidate reply of equal weight, so the sampler's seed does the
 * picking, n > 1 choices differ as often as chance says, and the reported logprobs are the true
 * odds. A range too wide to list is represented by evenly spread values (still equally likely).
 */
import type { Filled } from "../language/templates";
import { digitsForWords, formatNumber } from "../language/numbers";
import { EVERYDAY_SETS, plainSet } from "../corpus/sets";
import { hash32 } from "../model/rng";
import { wantsOnlyValue } from "./computed";
import type { Skill, SkillInput, TextReplies } from "./skill";

/** At most this many outcomes are offered (the generator follows 256 candidates at most). */
const MAX_OUTCOMES = 200;

interface Outcome {
  /** The bare pick: "7", "Heads", "coffee". */
  value: string;
  /** Whole replies stating it. */
  phrasings: string[];
}

const PICK_WORDS =
  /\b(?:random(?:ly)?|pick|choose|chose|select|roll|flip|toss|draw|generate|give me|think of|decide|surprise me|name (?:a|an|one|any))\b/i;

/** Spreads the outcomes' weight evenly, over up to three phrasings each. */
function replies(outcomes: Outcome[], bare: boolean): TextReplies {
  const per = Math.max(1, Math.min(3, Math.floor(MAX_OUTCOMES / outcomes.length)));
  const texts: Filled[] = [];
  for (const o of outcomes) {
    if (bare) {
      texts.push({ text: o.value, weight: 1 });
      continue;
    }
    // Each outcome keeps its share whatever its phrasing: the phrasing is picked by the outcome.
    const start = hash32(o.value) % o.phrasings.length;
    const chosen = Array.from(
      { length: Math.min(per, o.phrasings.length) },
      (_, i) => o.phrasings[(start + i) % o.phrasings.length],
    );
    for (const text of chosen) texts.push({ text, weight: 1 / chosen.length });
  }
  return { texts, exact: true };
}

/** Whole numbers from lo to hi; a wide range as MAX_OUTCOMES values spread evenly across it. */
function numbersBetween(lo: number, hi: number): number[] {
  const size = hi - lo + 1;
  if (size <= MAX_OUTCOMES) return Array.from({ length: size }, (_, i) => lo + i);
  const out = new Set<number>();
  for (let k = 0; k < MAX_OUTCOMES; k++) {
    const jitter = (hash32(`${lo}:${hi}:${k}`) % 1000) / 1000;
    out.add(lo + Math.floor(((k + jitter) * size) / MAX_OUTCOMES));
  }
  return [...out];
}

function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

const numberPhrasings = (v: string, what: string) => [
  `${v}`,
  `${v}.`,
  `Here you go: ${v}.`,
  `I pick ${v}.`,
  `How about ${v}?`,
  `Your random ${what}: ${v}.`,
];

function rangePick(t: string): Outcome[] | null {
  const m =
    /\b(?:random\s+)?(number(?=ed\b)|number|integer|digit|year|age|score|whole number)(?:s|ed)?\b[^.?!\d]{0,30}?(?:between|from|in the range(?: of)?|within)?\s*(-?\d{1,12})\s*(?:and|to|-|–|through|thru|\.\.)\s*(-?\d{1,12})\b/i.exec(
      t,
    ) ?? /\b(?:between|from)\s+(-?\d{1,12})\s+(?:and|to)\s+(-?\d{1,12})\b/i.exec(t);
  if (!m) return null;
  const [what, a, b] = m.length === 4 ? [m[1].toLowerCase(), m[2], m[3]] : ["number", m[1], m[2]];
  let lo = Number(a);
  let hi = Number(b);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) return null;
  if (lo > hi) [lo, hi] = [hi, lo];
  const show = (n: number) => (what === "year" ? String(n) : formatNumber(n));
  // "a random even number", "an odd number", "a multiple of 5", "a prime": only numbers that are.
  const kind = /\b(even|odd|prime)\b/i.exec(t)?.[1].toLowerCase();
  const named = kind ? `${kind} number` : "";
  const step = Number(/\b(?:multiple of|divisible by)\s+(\d{1,6})\b/i.exec(t)?.[1] ?? 0);
  const fits = (n: number) =>
    (kind !== "even" || n % 2 === 0) &&
    (kind !== "odd" || Math.abs(n % 2) === 1) &&
    (kind !== "prime" || isPrime(n)) &&
    (!step || n % step === 0);
  if (kind || step) {
    if (kind === "prime" && hi - lo + 1 > MAX_OUTCOMES) return null;
    // A spread value that does not fit moves to the next one that does.
    const found = new Set<number>();
    for (const n of numbersBetween(lo, hi)) {
      let k = n;
      while (k <= hi && !fits(k)) k++;
      if (k <= hi) found.add(k);
    }
    if (!found.size)
      return [
        {
          value: "none",
          phrasings: [`There is no ${named || `multiple of ${step}`} from ${show(lo)} to ${show(hi)}.`],
        },
      ];
    return [...found].map((n) => ({ value: show(n), phrasings: numberPhrasings(show(n), what) }));
  }
  if (lo === hi) return [{ value: String(lo), phrasings: [`${lo}: it's the only number in that range.`] }];
  return numbersBetween(lo, hi).map((n) => ({
    value: show(n),
    phrasings: numberPhrasings(show(n), what === "digit" ? "number" : what),
  }));
}

/**
 * "One invoice out of INV-201 to INV-250", "a ticket from A-07 to A-30": a range of labelled numbers,
 * each drawn with its label and its digits' width kept.
 */
function labelledPick(t: string): Outcome[] | null {
  const m = /\b([A-Z][A-Z0-9]{0,5})([-#/ ]?)(\d{1,9})\s*(?:to|-|–|through|thru|and)\s*(?:\1\2?)?(\d{1,9})\b/.exec(t);
  if (!m || /^\d/.test(m[1])) return null;
  const [, label, sep, a, b] = m;
  let lo = Number(a);
  let hi = Number(b);
  if (lo > hi) [lo, hi] = [hi, lo];
  if (hi === lo) return null;
  const width = a.length === b.length ? a.length : 0;
  return numbersBetween(lo, hi).map((n) => {
    const v = `${label}${sep}${String(n).padStart(width, "0")}`;
    return { value: v, phrasings: [`${v}`, `${v}.`, `I pick ${v}.`, `Check ${v}.`] };
  });
}

/** "A random 4-digit number for my bike lock", "a 6 digit PIN": every digit drawn, leading zeros kept. */
function digitsPick(t: string): Outcome[] | null {
  const m = /\b(\d{1,2})[- ]digit\s+(?:random\s+)?(number|code|pin|combination|passcode)\b/i.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  if (n < 1 || n > 12) return null;
  // A code may start with 0; a number of n digits may not.
  // "(no leading zero)" says so outright, whatever it is for.
  const noZero = /\bno leading (?:zeros?|0s?)(?!\w)|\bnot (?:start|begin)(?:ing)? with (?:a )?(?:0|zero)(?!\w)/i.test(
    t,
  );
  const code = !noZero && (!/^number$/i.test(m[2]) || /\b(?:pin|code|lock|combination|passcode)\b/i.test(t));
  const lo = code ? 0 : 10 ** (n - 1);
  const hi = 10 ** n - 1;
  return numbersBetween(lo, hi).map((x) => {
    const v = String(x).padStart(n, "0");
    return { value: v, phrasings: [`${v}`, `Here you go: ${v}.`, `How about ${v}?`] };
  });
}

function dicePick(t: string): Outcome[] | null {
  const m =
    /\broll\s+(?:a|an|one|the|(\d|two|three))?\s*(?:(\d{1,3})[- ]sided\s+)?(?:(?:fair\s+)?(?:die|dice)|d(\d{1,3}))\b/i.exec(
      t,
    ) ?? /\b(?:roll|throw)\s+(?:of\s+)?(?:a|the)\s+(?:(\d{1,3})[- ]sided\s+)?(die|dice)\b/i.exec(t);
  if (!m) return null;
  const countWord = (m[1] ?? "").toLowerCase();
  const count = countWord === "two" || countWord === "2" ? 2 : countWord ? 0 : 1;
  const sides = Number(m[2] ?? m[3] ?? 6) || 6;
  if (sides < 2 || sides > 100) return null;
  if (count === 1) {
    return Array.from({ length: sides }, (_, i) => {
      const v = String(i + 1);
      return { value: v, phrasings: [`You rolled a ${v}.`, `${v}!`, `It landed on ${v}.`] };
    });
  }
  if (count === 2 && sides <= 12) {
    const out: Outcome[] = [];
    for (let a = 1; a <= sides; a++)
      for (let b = 1; b <= sides; b++)
        out.push({
          value: `${a} and ${b}`,
          phrasings: [`You rolled ${a} and ${b}: ${a + b} in total.`, `${a} and ${b} (${a + b}).`],
        });
    return out;
  }
  return null;
}

const SUITS = ["Hearts", "Diamonds", "Clubs", "Spades"];
const RANKS = ["Ace", "2", "3", "4", "5", "6", "7", "8", "9", "10", "Jack", "Queen", "King"];
/** The week from Monday and the year from January, as corpus/sets.ts lists them. */
const setOf = (first: string) => EVERYDAY_SETS.find((set) => set.items[0] === first)?.items ?? [];
const WEEKDAYS = setOf("Monday");
const MONTHS = setOf("January");

/**
 * The days a pick may land on: a range the message gives ("Monday to Friday"), else a weekday or
 * working day is Monday to Friday (the everyday sense: https://dictionary.cambridge.org/dictionary/english/weekday),
 * a weekend day Saturday or Sunday, a day of the week any of the seven.
 */
function daysAsked(t: string): string[] {
  const names = WEEKDAYS.map((d) => d.toLowerCase()).join("|");
  const range = new RegExp(`\\b(${names})\\s*(?:to|through|thru|until|till|and|-|–)\\s*(${names})\\b`, "i").exec(t);
  if (range) {
    const a = WEEKDAYS.findIndex((d) => d.toLowerCase() === range[1].toLowerCase());
    const b = WEEKDAYS.findIndex((d) => d.toLowerCase() === range[2].toLowerCase());
    const out: string[] = [];
    for (let i = a; out.length < 7; i = (i + 1) % 7) {
      out.push(WEEKDAYS[i]);
      if (i === b) break;
    }
    return out;
  }
  if (/\bweekend\b/i.test(t)) return WEEKDAYS.slice(5);
  if (/\bday of the week\b/i.test(t)) return WEEKDAYS;
  return WEEKDAYS.slice(0, 5);
}

function fixedPick(t: string): Outcome[] | null {
  if (/\b(?:flip|toss)\s+(?:a|the)\s+coin\b|\bcoin\s+(?:flip|toss)\b|\bheads or tails\b/i.test(t))
    return ["Heads", "Tails"].map((v) => ({
      value: v,
      phrasings: [`${v}.`, `It's ${v.toLowerCase()}!`, `${v}: the coin landed ${v.toLowerCase()} up.`],
    }));
  if (/\brandom\s+(?:playing\s+)?card\b|\b(?:draw|pick)\s+a\s+card\b/i.test(t))
    return SUITS.flatMap((s) => RANKS.map((r) => `${r} of ${s}`)).map((v) => ({
      value: v,
      phrasings: [`${v}.`, `You drew the ${v}.`],
    }));
  if (/\brandom\s+letter\b|\bpick\s+a\s+letter\b/i.test(t))
    return Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i)).map((v) => ({
      value: v,
      phrasings: [`${v}.`, `The letter ${v}.`, `I pick ${v}.`],
    }));
  // "A random month that starts with M": only those months (setPick reads the letter through corpus/sets.ts).
  if (/\b(?:(?:that|which)\s+(?:starts?|begins?|ends?)|starting|beginning|ending)\s+with\b/i.test(t)) return null;
  if (
    /\brandom\s+(?:day of the week|weekday|week ?day|weekend day|day (?:of|at) the weekend|working day|work ?day|business day)\b|\b(?:pick|choose)\s+a\s+(?:day of the week|weekday|week ?day|weekend day|day (?:of|at) the weekend|working day|work ?day|business day)\b/i.test(
      t,
    ) ||
    /\b(?:random|pick|choose)\s+(?:a\s+)?(?:random\s+)?day\s+(?:from|between)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(
      t,
    )
  )
    return daysAsked(t).map((v) => ({ value: v, phrasings: [`I pick ${v}.`, `${v}, picked at random.`] }));
  if (/\brandom\s+month\b|\b(?:pick|choose)\s+a\s+month\b/i.test(t))
    return MONTHS.map((v) => ({ value: v, phrasings: [`${v}.`, `I pick ${v}.`] }));
  return null;
}

/** "Pick one of: tea, coffee, juice", "choose between pizza and pasta", "help me decide: beach or mountains?" */
function optionPick(t: string): Outcome[] | null {
  const m =
    /\b(?:pick|choose|select|decide|draw)\b[^:\n]{0,60}:\s*(.{1,600})$/isu.exec(t) ??
    /\b(?:pick|choose|select|decide)\s+(?:randomly\s+)?(?:between|among|from)\s+(.{1,600})$/isu.exec(t) ??
    /\b(?:randomly\s+)?(?:pick|choose|select)\s+(?:one|either)\s*(?:of|from)?\s*:?\s*(.{1,600})$/isu.exec(t);
  if (!m) return null;
  // "pizza, sushi, tacos. Just pick, don't explain.": the options end with their sentence.
  const body = m[1]
    .replace(/[.?!]\s+\S[\s\S]*$/, "")
    .replace(/[.?!]+\s*$/, "")
    // "Rome, Paris or Vienna for our trip?": what the pick is for is no part of the last option.
    .replace(/\s+for\s+(?:our|my|the|this|tonight|today|dinner|lunch|breakfast)\b[^,;\n]*$/i, "")
    .replace(/\s*\b(?:for me|please|at random|randomly)\b\s*$/i, "");
  if (!/,|\bor\b|\band\b|;|\n/.test(body)) return null;
  const options = body
    .split(/\s*(?:,|;|\n)\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+/)
    .map((o) => o.trim().replace(/^["'“‘(]|["'”’)]$/g, ""))
    .filter((o) => o && o.length <= 80);
  const unique = [...new Set(options.map((o) => o.toLowerCase()))];
  if (unique.length < 2 || unique.length > 50 || unique.length !== options.length) return null;
  return options.map((o) => ({
    value: o,
    phrasings: [`${capital(o)}.`, `I pick ${o}.`, `Let's go with ${o}.`, `${capital(o)}!`],
  }));
}

const PICK_ONE =
  /^(?:(?:ok(?:ay)?|no|yes|nah|hmm|well|actually|just|then|so|please)[,.!]?\s+)*(?:can you |could you |please |just )*(?:randomly |just )?(?:pick|choose|select|draw)\s+(?:one|1)\b[^.?!]{0,50}[.?!]*\s*$/i;

/**
 * "I've got four jobs: the Hendersons, Mrs Okafor, the school." ... "just pick one at random": the
 * options are the latest list said earlier, by the user after a colon, or by the assistant as bullets
 * or numbers. Nothing else earlier is read as options.
 */
function earlierPick(input: SkillInput, t: string): Outcome[] | null {
  if (!PICK_ONE.test(t.trim())) return null;
  const earlier = input.turns.filter((u) => u.role === "user" || u.role === "assistant").slice(0, -1);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const said = earlier[i].text;
    if (earlier[i].role === "assistant") {
      const items = said
        .split("\n")
        .map((l) => /^\s*(?:[-*•]|\d{1,2}[.)])\s+(.+)$/.exec(l)?.[1].replace(/\*\*/g, "").trim())
        .filter((l): l is string => !!l && l.length <= 80);
      if (items.length >= 2) return optionPick(`pick one of: ${items.join("; ")}`);
      continue;
    }
    const listed = /:\s*([^:\n]{3,600}?)\s*(?:[.?!](?:\s|$)|$)/.exec(said)?.[1];
    const options = listed ? optionPick(`pick one of: ${listed}`) : null;
    if (options) return options;
  }
  return null;
}

/** "Pick a random fruit", "Name a colour": one member of an everyday set (corpus/sets.ts), each as likely. */
function setPick(t: string, input?: SkillInput): Outcome[] | null {
  const set = plainSet(t, (s) =>
    // "one" reaches here as "1" (digitsForWords).
    s.one ? new RegExp(`\\b(?:a|an|one|any|1)\\s+(?:random\\s+)?(?:${s.one.source})`, "i") : undefined,
  );
  if (!set) return null;
  // "I have bandanas in red, blue, green and yellow." ... "pick one colour": one of those offered, never
  // another of the set's members.
  const offered = input ? offeredEarlier(input, set.items) : [];
  if (offered.length >= 2)
    return offered.map((v) => ({
      value: v,
      phrasings: [`${capital(v)}.`, `I pick ${v}.`, `Let's go with ${v}.`],
    }));
  return set.items.map((v) => ({
    value: v,
    phrasings: [`${v}.`, `How about ${article(v)}?`, `I pick ${article(v)}.`],
  }));
}

/** The members of a set the earlier turns name, in the words they were said in: the offered ones. */
function offeredEarlier(input: SkillInput, items: readonly string[]): string[] {
  const earlier = input.turns.filter((u) => u.role === "user" || u.role === "assistant").slice(0, -1);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const said = earlier[i].text;
    // "apples, pears and bananas": a member said in the plural is offered too.
    const word = (v: string) =>
      new RegExp(`(?<![\\p{L}])${v.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:e?s)?(?![\\p{L}])`, "iu");
    const named = items.filter((v) => word(v).test(said));
    if (named.length >= 2) return named;
  }
  return [];
}

/** "a mango", "an apple"; names of days, months, languages and places stand alone. */
const article = (v: string) =>
  /^[A-Z][a-z]+day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter)$/.test(
    v,
  ) || /^(?:Python|JavaScript|Java|C|C\+\+|C#|Go|Rust|TypeScript|Ruby|Swift|Kotlin|[AEIOU])$/.test(v)
    ? v
    : `${/^[aeiou]/i.test(v) ? "an" : "a"} ${v.toLowerCase()}`;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Several picks at once ("three random numbers from 1 to 50"): lists drawn in advance, each as likely. */
function severalPicks(outcomes: Outcome[], count: number, key: string, unique: boolean): Outcome[] {
  const lists: Outcome[] = [];
  const seen = new Set<string>();
  for (let k = 0; seen.size < MAX_OUTCOMES && k < MAX_OUTCOMES * 3; k++) {
    const picks: string[] = [];
    let state = hash32(`${key}#${k}`);
    for (let i = 0; picks.length < count && i < count * 20; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      const v = outcomes[state % outcomes.length].value;
      if (unique && picks.includes(v)) continue;
      picks.push(v);
    }
    const text = picks.join(", ");
    if (picks.length === count && !seen.has(text)) {
      seen.add(text);
      lists.push({ value: text, phrasings: [text, `Here you go: ${text}.`] });
    }
  }
  return lists;
}

function readPick(input: SkillInput): Outcome[] | null {
  const raw = input.lastUser;
  if (raw.length > 1500 || !PICK_WORDS.test(raw)) return null;
  // "Give me 4 names for a choir for ages 8 to 14": names or ideas asked, the range is only a remark.
  if (
    /\b(?:\d+|some|a few|three|four|five)\s+(?:\w+\s+)?(?:names|ideas|suggestions|slogans|titles|tips)\b/i.test(raw) &&
    !/\b(?:random(?:ly)?|pick|roll|flip|toss|draw)\b/i.test(raw)
  )
    return null;
  const t = digitsForWords(raw.replace(/[’‘]/g, "'")).replace(/(\d),(?=\d{3}\b)/g, "$1");
  const outcomes =
    dicePick(t) ??
    fixedPick(t) ??
    digitsPick(t) ??
    labelledPick(t) ??
    rangePick(t) ??
    optionPick(t) ??
    setPick(t, input) ??
    earlierPick(input, t);
  if (!outcomes) return null;
  const several =
    /\b(\d{1,2})\s+(?:random\s+|different\s+|unique\s+)*(?:numbers|integers|letters|cards|picks|rolls|flips|digits|years)\b/i.exec(
      t,
    );
  const count = several ? Number(several[1]) : 1;
  if (count > 1 && count <= 20) {
    const unique = /\b(?:different|unique|distinct|without repeats|no repeats)\b/i.test(t) || /\bcards\b/i.test(t);
    if (unique && count > outcomes.length) return null;
    return severalPicks(outcomes, count, t, unique);
  }
  return outcomes;
}

export const randomPick: Skill = {
  name: "random-pick",
  does: "random numbers, dice, coins, cards and picks from a list: every outcome equally weighted",
  reply(input) {
    if (input.summarizing) return null;
    const outcomes = readPick(input);
    if (!outcomes?.length) return null;
    return replies(outcomes, wantsOnlyValue(input));
  },
};
