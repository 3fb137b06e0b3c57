/**
 * The checks the everyday prompts are judged by. Each one tests what the prompt asked (the computed
 * number, the right capital, the exact count, the language, the persona's marks, JSON of the right
 * kinds, code that runs) so that an unrelated passage cannot pass, and each says why it failed.
 */
import * as vm from "node:vm";
import ts from "typescript";
import { isInLanguage, type Language } from "./languages";
import type { Check, Reply } from "./types";

const ok = true as const;

/** Every check must pass; the first failure is the reason. */
export const all =
  (...checks: Check[]): Check =>
  (reply) => {
    for (const check of checks) {
      const result = check(reply);
      if (result !== true) return result;
    }
    return ok;
  };

/** One of the checks must pass (e.g. two honest ways of answering). */
export const any =
  (...checks: Check[]): Check =>
  (reply) => {
    const reasons: string[] = [];
    for (const check of checks) {
      const result = check(reply);
      if (result === true) return ok;
      reasons.push(result);
    }
    return reasons.join(" / ");
  };

/** A check on the reply's text. */
const onText =
  (test: (text: string) => true | string): Check =>
  (reply) =>
    test(reply.text);

// ---- text helpers --------------------------------------------------------------------------

/** The text without Markdown emphasis, code ticks and heading marks, with straight apostrophes. */
export function plain(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/(\*\*|__|\*|`)/g, "")
    .replace(/^#+\s*/gm, "");
}

export const wordsOf = (text: string): string[] => [...(plain(text).match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? [])];
/** All non-empty lines, a lead-in included. */
const allLines = (text: string) =>
  plain(text)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
/**
 * The reply without a lead-in line ("Here's a haiku about snow:"), which assistants often put before
 * the thing asked for; counts of lines, sentences and words are of what follows it.
 */
export function body(text: string): string {
  const lines = allLines(text);
  const lead = lines.length > 1 && /:$/.test(lines[0]) && lines[0].split(/\s+/).length <= 12;
  return lead ? lines.slice(1).join("\n") : plain(text);
}
export const linesOf = (text: string) => allLines(body(text));
export function sentencesOf(text: string): string[] {
  return linesOf(text)
    .flatMap((line) =>
      line.split(
        /(?<!\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|vs|etc|e\.g|i\.e)\.)(?<=[.!?…])["')\]]?\s+(?=["'([]?[\p{Lu}\p{N}¿¡])/u,
      ),
    )
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}
const LIST_MARK = /^\s*(?:[-*•–]|\d+[.)]|[a-z][.)])\s+/;
/** The items of a bullet or numbered list (without their marks), or of plain lines when `lines`. */
export const listItemsOf = (text: string, style: "bullet" | "numbered" | "any" = "any") =>
  text
    .split("\n")
    .filter((l) =>
      style === "bullet"
        ? /^\s*[-*•–]\s+/.test(l)
        : style === "numbered"
          ? /^\s*\d+[.)]\s+/.test(l)
          : LIST_MARK.test(l),
    )
    .map((l) => plain(l.replace(LIST_MARK, "")).trim());

const compiled = new Map<string, RegExp>();
/** A string as a whole word or phrase in any case (compiled once: the test judges tens of thousands of pairs). */
const asPattern = (p: string | RegExp): RegExp => {
  if (typeof p !== "string") return p;
  let re = compiled.get(p);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(p)}(?![\\p{L}\\p{N}])`, "iu");
    compiled.set(p, re);
  }
  return re;
};
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const show = (p: string | RegExp) => (typeof p === "string" ? `"${p}"` : String(p));

// ---- words and facts -----------------------------------------------------------------------

/** Every pattern appears (a string as a whole word or phrase, any case). */
export const has = (...patterns: (string | RegExp)[]): Check =>
  onText((text) => {
    const t = plain(text);
    const missing = patterns.filter((p) => !asPattern(p).test(t));
    return missing.length === 0 ? ok : `missing ${missing.map(show).join(", ")}`;
  });

/** At least one pattern appears. */
export const hasAny = (...patterns: (string | RegExp)[]): Check =>
  onText((text) => {
    const t = plain(text);
    return patterns.some((p) => asPattern(p).test(t)) ? ok : `none of ${patterns.map(show).join(", ")}`;
  });

/** No pattern appears (a wrong neighbour: Sydney for Australia's capital). */
export const lacks = (...patterns: (string | RegExp)[]): Check =>
  onText((text) => {
    const t = plain(text);
    const found = patterns.filter((p) => asPattern(p).test(t));
    return found.length === 0 ? ok : `says ${found.map(show).join(", ")}`;
  });

/** At least `min` distinct marks of a topic or persona appear. */
export const marks = (min: number, ...patterns: (string | RegExp)[]): Check =>
  onText((text) => {
    const t = plain(text);
    const found = patterns.filter((p) => asPattern(p).test(t));
    return found.length >= min ? ok : `${found.length} of ${min} marks (${patterns.map(show).join(", ")})`;
  });

/**
 * The reply says what it leaves out: for a prompt only partly grounded ("the capital of Peru, and
 * the weather there now"), the grounded part is checked apart and this asks for the admission.
 */
export const admits = (): Check =>
  onText((text) =>
    /\b(can't|cannot|can not|don't know|do not know|not able|unable|no (?:live|real-time|current|up-to-date) (?:data|information|access|weather|prices)|(?:don't|do not) have (?:live|real-time|current|up-to-date|any|access))\b/i.test(
      plain(text),
    )
      ? ok
      : "does not say what it leaves out",
  );

// ---- numbers, dates ------------------------------------------------------------------------

const NUMBER_WORDS =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(
    " ",
  );

const TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** The numbers in a text: 1,234 / 1234 / 1234.0 / -12 / 0.75 / .75 / number words below 100. */
export function numbersIn(text: string): number[] {
  const t = plain(text)
    .replace(/^\s*\d+[.)]\s+/gm, "")
    .replace(/[−–](?=\d)/g, "-")
    .replace(/\b(?:negative|minus)\s+(?=\d)/gi, "-");
  const out: number[] = [];
  for (const m of t.matchAll(/(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?![\d])/g)) {
    const raw = m[0];
    if (!/\d/.test(raw)) continue;
    out.push(Number(raw.replace(/,/g, "")));
  }
  for (const m of t
    .toLowerCase()
    .matchAll(
      /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four|five|six|seven|eight|nine))?\b/g,
    ))
    out.push(TENS.indexOf(m[1]) * 10 + 20 + (m[2] ? NUMBER_WORDS.indexOf(m[2]) : 0));
  for (const w of t.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const i = NUMBER_WORDS.indexOf(w);
    if (i >= 0) out.push(i);
  }
  return out;
}

/** The reply states `expected` (within `tolerance`, for rounded decimals). */
export const num = (expected: number, tolerance = 0): Check =>
  onText((text) => {
    const found = numbersIn(text);
    const tol = Math.max(tolerance, 1e-9);
    return found.some((n) => Math.abs(n - expected) <= tol)
      ? ok
      : `no ${expected}${tolerance ? ` (±${tolerance})` : ""} among [${found.slice(0, 8).join(", ")}]`;
  });

const MONTHS = "january february march april may june july august september october november december".split(" ");

/** The reply states the date, as "April 15", "15 April", "Apr 15" or 2026-04-15 (and the year when given). */
export const dateIs = (year: number, month: number, day: number): Check =>
  onText((text) => {
    const t = plain(text).toLowerCase();
    const name = MONTHS[month - 1];
    const short = name.slice(0, 3);
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const words = new RegExp(
      `\\b(?:(?:${name}|${short}\\.?)\\s+${day}(?:st|nd|rd|th)?\\b|${day}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(?:${name}|${short})\\b)`,
    );
    return t.includes(iso) || words.test(t) ? ok : `no date ${iso}`;
  });

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** The reply names the weekday and no other. */
export const weekday = (day: string): Check => all(has(day), lacks(...WEEKDAYS.filter((d) => d !== day)));

/**
 * One whole number from lo to hi, in a short reply in words (a pick, not a passage or a list that
 * happens to hold a digit). The range's own ends may be repeated beside the pick.
 */
export const pick = (lo: number, hi: number, maxWordCount = 25): Check =>
  all(
    maxWords(maxWordCount),
    onText((text) => (/[{[]\s*"/.test(text) ? "JSON, not a pick" : ok)),
    onText((text) => {
      let found = [...new Set(numbersIn(text))];
      if (found.length > 1) found = found.filter((n) => n !== lo && n !== hi);
      if (found.length !== 1) return `${found.length} numbers, not one pick: [${found.slice(0, 6).join(", ")}]`;
      const [n] = found;
      return Number.isInteger(n) && n >= lo && n <= hi ? ok : `${n} is not a whole number from ${lo} to ${hi}`;
    }),
  );

/** A short joke: at most 60 words, no code, and the shape of one (a question and its answer, a punchline). */
export const joke = (): Check =>
  all(
    maxWords(60),
    onText((text) =>
      text.includes("```")
        ? "code, not a joke"
        : /\?\s*\S|!|walks into|knock,? knock|because|said/i.test(text)
          ? ok
          : "not shaped like a joke",
    ),
  );

// ---- forms ---------------------------------------------------------------------------------

const bare = (text: string) =>
  plain(text)
    .trim()
    .replace(/^["'([]+|["'.!)\]]+$/g, "")
    .trim()
    .toLowerCase();

/** The reply is only this label (any case, quotes or a full stop allowed). */
export const onlyLabel = (...labels: string[]): Check =>
  onText((text) =>
    labels.map((l) => l.toLowerCase()).includes(bare(text)) ? ok : `not only ${labels.join(" or ")}: "${cut(text)}"`,
  );

/** The reply starts with yes or no (and never says the other first). */
export const startsYesNo = (answer: "yes" | "no"): Check =>
  onText((text) => {
    const first = bare(text).match(/^\p{L}+/u)?.[0];
    return first === answer ? ok : `does not start with ${answer}: "${cut(text)}"`;
  });

export const wordCount = (n: number): Check =>
  onText((text) => {
    const count = wordsOf(body(text)).length;
    return count === n ? ok : `${count} words, not ${n}`;
  });

export const maxWords = (n: number): Check =>
  onText((text) => {
    const count = wordsOf(body(text)).length;
    return count <= n ? ok : `${count} words, more than ${n}`;
  });

export const sentenceCount = (n: number): Check =>
  onText((text) => {
    const count = sentencesOf(text).length;
    return count === n ? ok : `${count} sentences, not ${n}`;
  });

export const maxSentences = (n: number): Check =>
  onText((text) => {
    const count = sentencesOf(text).length;
    return count <= n ? ok : `${count} sentences, more than ${n}`;
  });

export const lineCount = (n: number): Check =>
  onText((text) => {
    const count = linesOf(text).length;
    return count === n ? ok : `${count} lines, not ${n}`;
  });

/** Exactly n list items of the style, and no other lines but an optional lead-in. */
export const listOf = (n: number, style: "bullet" | "numbered" | "any" = "any"): Check =>
  onText((text) => {
    const items = listItemsOf(text, style);
    return items.length === n ? ok : `${items.length} ${style === "any" ? "" : `${style} `}items, not ${n}`;
  });

/** Exactly n non-empty lines, each (without a list mark) matching `item`. */
export const linesEach = (n: number, item: RegExp): Check =>
  onText((text) => {
    const lines = linesOf(text).map((l) => l.replace(LIST_MARK, "").trim());
    if (lines.length !== n) return `${lines.length} lines, not ${n}`;
    const bad = lines.filter((l) => !item.test(l));
    return bad.length === 0 ? ok : `lines not matching ${item}: ${bad.map((b) => `"${cut(b, 40)}"`).join(", ")}`;
  });

export const allCaps = (): Check =>
  onText((text) => {
    const letters = plain(text).replace(/[^\p{L}]/gu, "");
    return letters.length > 0 && letters === letters.toUpperCase() ? ok : "not all capitals";
  });

export const maxChars = (n: number): Check =>
  onText((text) => {
    const length = body(text).trim().length;
    return length < n ? ok : `${length} characters, not under ${n}`;
  });

export const singleLine = (): Check =>
  onText((text) => (linesOf(text).length === 1 ? ok : `${linesOf(text).length} lines, not one`));

/** The patterns appear in this order (sorted words, reversed words). */
export const inOrder = (...items: string[]): Check =>
  onText((text) => {
    const t = plain(text).toLowerCase();
    let from = 0;
    for (const item of items) {
      const at = t.slice(from).search(asPattern(item.toLowerCase()));
      if (at < 0) return `not in the order ${items.join(", ")}`;
      from += at + item.length;
    }
    return ok;
  });

/** The word appears exactly n times. */
export const occurrences = (word: string, n: number): Check =>
  onText((text) => {
    const count = (plain(text).match(new RegExp(asPattern(word).source, "giu")) ?? []).length;
    return count === n ? ok : `"${word}" ${count} times, not ${n}`;
  });

/** The letters of `word` in order, one by one (r-h-y-t-h-m, R H Y T H M, r, h, y...). */
export const spelled = (word: string): Check =>
  onText((text) => {
    const pattern = new RegExp(
      word
        .split("")
        .map((c) => escapeRegExp(c))
        .join("[\\s,.\\-–·/|]+"),
      "i",
    );
    return pattern.test(plain(text)) ? ok : `no letter-by-letter ${word}`;
  });

export const lang = (language: Language): Check => onText((text) => isInLanguage(plain(text), language));

/** Not a copy: no run of `run` words taken verbatim from the source (a summary is written, not extracted). */
export const noCopy = (source: string, run = 10): Check =>
  onText((text) => {
    const src = ` ${wordsOf(source).join(" ").toLowerCase()} `;
    const words = wordsOf(text).map((w) => w.toLowerCase());
    for (let i = 0; i + run <= words.length; i++) {
      const piece = words.slice(i, i + run).join(" ");
      if (src.includes(` ${piece} `)) return `copies "${piece}"`;
    }
    return ok;
  });

/** A rough syllable count, for haiku lines (vowel groups, a silent final e). */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, "");
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  return Math.max(1, (trimmed.match(/[aeiouy]{1,2}/g) ?? []).length);
}

/** Three lines near 5-7-5 syllables (±2 a line: the counter is rough), about the subject. */
export const haiku = (): Check =>
  onText((text) => {
    const lines = linesOf(text);
    if (lines.length !== 3) return `${lines.length} lines, not 3`;
    const counts = lines.map((l) => wordsOf(l).reduce((s, w) => s + syllables(w), 0));
    const far = [5, 7, 5].some((want, i) => Math.abs(counts[i] - want) > 2);
    return far ? `syllables ${counts.join("-")}, not near 5-7-5` : ok;
  });

/** Five lines, at least two of the limerick's rhyme pairs ending alike. */
export const limerick = (): Check =>
  onText((text) => {
    const lines = linesOf(text);
    if (lines.length !== 5) return `${lines.length} lines, not 5`;
    const ends = lines.map((l) => (wordsOf(l).at(-1) ?? "").toLowerCase());
    const rhyme = (a: string, b: string) => a !== "" && b !== "" && rhymeKey(a) === rhymeKey(b);
    const pairs = [
      [0, 1],
      [0, 4],
      [1, 4],
      [2, 3],
    ].filter(([a, b]) => rhyme(ends[a], ends[b])).length;
    return pairs >= 2 ? ok : `line ends ${ends.join("/")} do not rhyme as a limerick's`;
  });
const rhymeKey = (w: string) => w.replace(/e$/, "").match(/[aeiouy]+[^aeiouy]*$/)?.[0] ?? w.slice(-2);

const SHOP_WORDS =
  /\b(?:shop|store|bakery|boutique|emporium|caf[eé]|co|company|ltd|inc|llc|corner|outlet|market)\b|&\s*sons\b/i;

/**
 * n name ideas: a list (bullets, numbers or one per line) or one comma-separated line, each a short
 * name (at most 4 words), all different, none a shop's name unless a shop was asked for.
 */
export const names = (n: number, shopsAllowed = false): Check =>
  onText((text) => {
    let items = listItemsOf(text);
    if (items.length !== n) {
      const lines = linesOf(text);
      items = lines.length === n ? lines : (lines.at(-1) ?? "").replace(/^[^:]*:\s*/, "").split(/\s*,\s*|\s+and\s+/);
    }
    if (/[{}[\]=<>]/.test(text)) return "not a list of names";
    const named = items
      .map((i) =>
        i
          .replace(/\s+[-–—:(].*$/, "")
          .replace(/["'.!]/g, "")
          .trim(),
      )
      .filter(Boolean);
    if (named.length !== n) return `${named.length} names, not ${n}`;
    const long = named.find((x) => wordsOf(x).length > 4);
    if (long) return `"${cut(long, 40)}" is not a short name`;
    if (new Set(named.map((x) => x.toLowerCase())).size !== n) return "names repeat";
    const lower = named.find((x) => !/^[\p{Lu}\p{N}]/u.test(x) || !/\p{L}/u.test(x));
    if (lower) return `"${lower}" is not a name`;
    if (named.every((x) => COMMON_WORD.test(x))) return "a list of common words, not names";
    const shop = shopsAllowed ? undefined : named.find((x) => SHOP_WORDS.test(x));
    return shop ? `"${shop}" is a shop's name` : ok;
  });

// Lists of these (months, colours, fruits...) answer other prompts; they are not name ideas.
const COMMON_WORD =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall|winter|red|orange|yellow|green|blue|purple|pink|black|white|brown|gr[ae]y|apples?|bananas?|pears?|grapes?|mangos?|kiwis?|cherr(?:y|ies)|lemons?|limes?|carrots?|potato(?:es)?|broccoli|spinach|peas|onions?|dolphins?|octopus|sharks?|whales?|jellyfish|sea turtles?|turtles?|crabs?|seals?|mercury|venus|earth|mars|jupiter|saturn|uranus|neptune)$/i;

/**
 * The inner check passes, and the reply is about the question: a bare answer (at most 4 words:
 * "391", "Oslo.", "No.") or one that names the topic (the operands, the unit, "protons"). So a
 * passage or another prompt's answer that happens to hold the same number or word does not pass.
 */
export const about =
  (check: Check, ...topic: (string | RegExp)[]): Check =>
  (reply) => {
    const result = check(reply);
    if (result !== true) return result;
    if (wordsOf(body(reply.text)).length <= 4) return ok;
    const t = plain(reply.text);
    return topic.some((p) => asPattern(p).test(t))
      ? ok
      : `not about the question (none of ${topic.map(show).join(", ")})`;
  };

// ---- structured output, tools, code ----------------------------------------------------------

/** A value check inside JSON: true, or why not. */
export type Value = (value: unknown) => true | string;

export const isString =
  (test?: RegExp, max = 80): Value =>
  (v) =>
    typeof v !== "string"
      ? `${JSON.stringify(v)} is not a string`
      : v.length > max
        ? `a ${v.length}-character string, not a short value`
        : test && !test.test(v)
          ? `"${v}" does not match ${test}`
          : ok;
export const isInteger =
  (expected?: number, range?: [number, number]): Value =>
  (v) =>
    typeof v !== "number" || !Number.isInteger(v)
      ? `${JSON.stringify(v)} is not a whole number`
      : expected !== undefined && v !== expected
        ? `${v}, not ${expected}`
        : range && (v < range[0] || v > range[1])
          ? `${v} outside ${range.join("..")}`
          : ok;
export const isNumber =
  (expected: number, tolerance = 0.01): Value =>
  (v) =>
    typeof v === "number" && Math.abs(v - expected) <= tolerance ? ok : `${JSON.stringify(v)}, not ${expected}`;
export const isBoolean =
  (expected?: boolean): Value =>
  (v) =>
    typeof v !== "boolean"
      ? `${JSON.stringify(v)} is not a boolean`
      : expected !== undefined && v !== expected
        ? `${v}, not ${expected}`
        : ok;
export const oneOf =
  (...values: unknown[]): Value =>
  (v) =>
    values.includes(v) ? ok : `${JSON.stringify(v)} is not one of ${JSON.stringify(values)}`;
export const isNumberKind =
  (range?: [number, number]): Value =>
  (v) =>
    typeof v !== "number"
      ? `${JSON.stringify(v)} is not a number`
      : range && (v < range[0] || v > range[1])
        ? `${v} outside ${range.join("..")}`
        : ok;
export const stringOrNull =
  (max = 120): Value =>
  (v) =>
    v === null || (typeof v === "string" && v.length <= max)
      ? ok
      : `${JSON.stringify(v)?.slice(0, 60)} is not a short source or null`;
export const stringArray =
  (length?: number, item?: RegExp): Value =>
  (v) =>
    !Array.isArray(v) || v.some((x) => typeof x !== "string" || x.length > 80)
      ? `${JSON.stringify(v)?.slice(0, 60)} is not a list of short strings`
      : length !== undefined && v.length !== length
        ? `${v.length} items, not ${length}`
        : item && v.some((x) => !item.test(x as string))
          ? `items ${JSON.stringify(v)} do not all match ${item}`
          : ok;

/** The reply is JSON (nothing around it) with these fields holding the right kinds of value. */
export const json =
  (fields: Record<string, Value>): Check =>
  (reply) => {
    let value: unknown;
    try {
      value = JSON.parse(reply.text);
    } catch {
      return `not JSON: "${cut(reply.text)}"`;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
    for (const [key, test] of Object.entries(fields)) {
      if (!(key in value)) return `no field ${key}`;
      const result = test((value as Record<string, unknown>)[key]);
      if (result !== true) return `${key}: ${result}`;
    }
    return ok;
  };

/** An answer in words: no JSON object or tool call dumped into the reply. */
export const inWords = (): Check => (reply) =>
  reply.toolCalls > 0
    ? "called a tool again instead of answering"
    : /[{[]\s*"[\w ]+"\s*:/.test(reply.text)
      ? "dumps JSON"
      : /\p{L}{2,}.*\p{L}{2,}/su.test(reply.text)
        ? ok
        : "no words";

/** Runs the named function from the reply's code (TypeScript or JavaScript) against cases. */
export const runs =
  (name: string, cases: [args: unknown[], expected: unknown][]): Check =>
  (reply) => {
    const code = codeOf(reply.text);
    if (!code) return "no code";
    let fn: unknown;
    try {
      const js = ts.transpileModule(code, {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
      }).outputText;
      const sandbox = { exports: {}, module: { exports: {} }, require: () => ({}), console: { log() {} } };
      fn = vm.runInNewContext(`${js}\n;typeof ${name} === "function" ? ${name} : exports.${name};`, sandbox, {
        timeout: 200,
      });
    } catch (error) {
      return `code does not run: ${(error as Error).message}`;
    }
    if (typeof fn !== "function") return `no function ${name}`;
    for (const [args, expected] of cases) {
      let got: unknown;
      try {
        got = fn(...args);
      } catch (error) {
        return `${name}(${args.map((a) => JSON.stringify(a)).join(", ")}) throws ${(error as Error).message}`;
      }
      if (JSON.stringify(got) !== JSON.stringify(expected))
        return `${name}(${args.map((a) => JSON.stringify(a)).join(", ")}) = ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`;
    }
    return ok;
  };

/** The code of a reply: its fenced blocks, or the whole reply when it is bare code. */
export function codeOf(text: string): string {
  const blocks = [...text.matchAll(/```[\w-]*\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (blocks.length > 0) return blocks.join("\n");
  return /^\s*(?:export\s+)?(?:function|const|let)\s/.test(text) ? text : "";
}

export const cut = (text: string, n = 70) => {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
};

export type { Reply };
