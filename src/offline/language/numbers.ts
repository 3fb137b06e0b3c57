/**
 * Numbers in text: spelled-out numbers read as digits ("twelve times seven" -> "12 times 7"), and
 * computed results written the way a person would (no 0.30000000000000004, thousands grouped from
 * 10,000 up, so years and four-digit sums read as typed).
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 };

/** The words for 0-19 and for the tens, in order, for writing a number out (language/number-words.ts). */
export const ONES_WORDS: readonly string[] = Object.keys(UNITS);
export const TENS_WORDS: readonly string[] = ["", "", ...Object.keys(TENS)];

const WORD = Object.keys({ ...UNITS, ...TENS, ...SCALES }).join("|");
/** A run of number words and the joins between them: "one hundred and twenty-five", "twelve". */
const RUN = new RegExp(`\\b(?:an?\\s+(?=(?:${WORD})\\b))?(?:${WORD})(?:(?:[\\s-]+(?:and\\s+)?)(?:${WORD}))*\\b`, "gi");

/** The value of a run of number words, or undefined when it is not one number ("one two"). */
export function wordsToNumber(run: string): number | undefined {
  const parts = run
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (!parts.length) return undefined;
  let total = 0;
  let current = 0;
  let last: "unit" | "ten" | "scale" | "and" | undefined;
  for (const [i, w] of parts.entries()) {
    if ((w === "a" || w === "an") && i === 0) {
      current = 1;
      last = "unit";
    } else if (w === "and") {
      // "and" only inside a number after a scale: "one hundred and five".
      if (last !== "scale" || i === parts.length - 1) return undefined;
      last = "and";
    } else if (w in UNITS) {
      if (last === "unit" || (last === "ten" && UNITS[w] >= 10)) return undefined;
      current += UNITS[w];
      last = "unit";
    } else if (w in TENS) {
      if (last === "unit" || last === "ten") return undefined;
      current += TENS[w];
      last = "ten";
    } else if (w in SCALES) {
      if (last === "and") return undefined;
      const scale = SCALES[w];
      if (scale === 100) {
        if (current % 100 === 0 && current !== 0 && last === "scale") return undefined;
        current = (current || 1) * 100;
      } else {
        total += (current || 1) * scale;
        current = 0;
      }
      last = "scale";
    } else return undefined;
  }
  return last === "and" ? undefined : total + current;
}

/** The words of a run as numbers: the longest prefix that is one number, then the rest the same way. */
function runToDigits(run: string): string {
  // Tokens alternate word / separator; try the longest prefix of words that reads as one number.
  const tokens = run.match(/[^\s-]+|[\s-]+/g) ?? [];
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (/^[\s-]+$/.test(tokens[i])) {
      out.push(tokens[i]);
      i++;
      continue;
    }
    let done = false;
    for (let j = tokens.length; j > i; j--) {
      const piece = tokens.slice(i, j).join("");
      if (/^[\s-]/.test(tokens[j - 1] ?? "")) continue;
      const n = wordsToNumber(piece);
      if (n !== undefined && !/^(a|an|and)$/i.test(piece)) {
        out.push(String(n));
        i = j;
        done = true;
        break;
      }
    }
    if (!done) {
      out.push(tokens[i]);
      i++;
    }
  }
  return out.join("");
}

/** The text with spelled-out numbers as digits ("twelve times seven" -> "12 times 7"). */
const CENTURY = "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty";
const TEEN = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS_WORD = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine";
/**
 * A year said the way people say it, after a month or "in"/"of"/"since"...: "March twenty
 * twenty-seven", "in nineteen eighty-four", "nineteen oh five". Read alone, it would be two numbers.
 */
const SPOKEN_YEAR = new RegExp(
  `\\b(january|february|march|april|may|june|july|august|september|october|november|december|in|of|since|until|till|by|year|from)(,?\\s+)(${CENTURY})[\\s-]+(?:(oh)[\\s-]+(${DIGIT_WORD})|(${TEEN})|(${TENS_WORD})(?:[\\s-]+(${DIGIT_WORD}))?)\\b`,
  "gi",
);

const ORDINALS = [
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];
const DAY_WORD = `(?:(twenty|thirty)[\\s-]+)?(${ORDINALS.join("|")})|(thirtieth)`;
const MONTH = "january|february|march|april|may|june|july|august|september|october|november|december";
const DAY_OF_MONTH = new RegExp(`\\b(?:${DAY_WORD})(\\s+of\\s+(?:${MONTH}))\\b`, "gi");
const MONTH_DAY = new RegExp(`\\b(${MONTH})(\\s+(?:the\\s+)?)(?:${DAY_WORD})\\b`, "gi");

/** "the seventh of December", "March the first": a day of the month said in words, as "7th". */
function dayOrdinal(tens: string | undefined, word: string | undefined, thirtieth: string | undefined): string {
  const n = thirtieth ? 30 : (tens ? TENS[tens.toLowerCase()] : 0) + ORDINALS.indexOf((word ?? "").toLowerCase()) + 1;
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

function spokenYears(text: string): string {
  return text
    .replace(DAY_OF_MONTH, (_m, tens, word, thirtieth, rest: string) => `${dayOrdinal(tens, word, thirtieth)}${rest}`)
    .replace(
      MONTH_DAY,
      // "you may first want to...": lower-case "may" is a verb unless "the" follows ("may the fourth").
      (m, month: string, gap: string, tens, word, thirtieth) =>
        month === "may" && !/the/i.test(gap) ? m : `${month}${gap}${dayOrdinal(tens, word, thirtieth)}`,
    )
    .replace(
      SPOKEN_YEAR,
      (
        _m,
        lead: string,
        gap: string,
        century: string,
        _oh,
        ohDigit?: string,
        teen?: string,
        tens?: string,
        unit?: string,
      ) => {
        const rest = ohDigit
          ? UNITS[ohDigit.toLowerCase()]
          : teen
            ? UNITS[teen.toLowerCase()]
            : TENS[(tens ?? "").toLowerCase()] + (unit ? UNITS[unit.toLowerCase()] : 0);
        return `${lead}${gap}${UNITS[century.toLowerCase()] ?? TENS[century.toLowerCase()]}${String(rest).padStart(2, "0")}`;
      },
    );
}

export function digitsForWords(text: string): string {
  return halves(
    halves(spokenYears(text)).replace(RUN, (run, at: number) => {
      if (/^an?$/i.test(run)) return run;
      // "one" as a pronoun stays a word: "pick one of these", "which one", "one more time".
      if (
        /^one$/i.test(run) &&
        (/^\s+(of|more|another|at a time|by one|day|way)\b/i.test(text.slice(at + run.length)) ||
          /\b(no|any|some|each|every|which|this|that|the|another|last|first)\s+$/i.test(text.slice(0, at)))
      )
        return run;
      return runToDigits(run);
    }),
  );
}

/** "3 and a half" -> 3.5, "an hour and a half" -> 1.5 hours, "half an hour" -> 0.5 hour, "two dozen" -> 2 dozen. */
function halves(text: string): string {
  return text
    .replace(/\b(\d+|an?|one)\s+and\s+a\s+(half|quarter)\b/gi, (_m, n: string, part: string) =>
      String((/^\d+$/.test(n) ? Number(n) : 1) + (part.toLowerCase() === "half" ? 0.5 : 0.25)),
    )
    .replace(
      /\b(an?|one)\s+([a-z]+)\s+and\s+a\s+(half|quarter)\b/gi,
      (_m, _a, unit: string, part: string) => `${part.toLowerCase() === "half" ? 1.5 : 1.25} ${unit}`,
    )
    .replace(/\bhalf\s+an?\s+(?=[a-z])/gi, "0.5 ")
    .replace(/\b(\d+)\s+dozen\b/gi, (_m, n: string) => String(Number(n) * 12))
    .replace(/\ba\s+dozen\b/gi, "12");
}

/**
 * A computed number as a person writes it: at most `decimals` decimals (trailing zeros dropped),
 * float noise rounded away, thousands grouped from 10,000, scientific notation past 1e21.
 */
export function formatNumber(x: number, decimals = 6): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? "undefined" : x > 0 ? "infinity" : "minus infinity";
  const clean = Number(x.toPrecision(12));
  if (clean !== 0 && (Math.abs(clean) >= 1e21 || Math.abs(clean) < 10 ** -decimals)) {
    return clean
      .toExponential(4)
      .replace(/\.?0+e/, "e")
      .replace(/e\+?(-?)(\d+)$/, " × 10^$1$2");
  }
  const fixed = Number(clean.toFixed(decimals));
  const grouped = Math.abs(fixed) >= 10_000;
  const text = fixed.toLocaleString("en-US", { maximumFractionDigits: decimals, useGrouping: grouped });
  return text === "-0" ? "0" : text;
}

/** Money: two decimals unless whole ("$28", "$34.50"). */
export function formatMoney(x: number, symbol = "$"): string {
  const cents = Math.round(x * 100) / 100;
  const whole = Number.isInteger(cents);
  const body = Math.abs(cents).toLocaleString("en-US", {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
    useGrouping: Math.abs(cents) >= 10_000,
  });
  return `${cents < 0 ? "-" : ""}${symbol}${body}`;
}

/**
 * "40p" as "£0.40" when the text is about money, so a bill priced in pence adds up in pounds with
 * the rest. "720p" in a text about video is not money, hence the money words.
 */
export function poundsForPence(text: string): string {
  if (!/£|\bpence\b|\bquid\b|\bcosts?\b|\bspen[dt]\b|\bpa(?:y|id)\b|\bprice|\beach\b|\bbought\b|\bbuy\b/i.test(text))
    return text;
  return text.replace(/(?<![\d.£$€])\b(\d{1,3})p\b(?!['’\w])/g, (_m, d: string) => `£${(Number(d) / 100).toFixed(2)}`);
}
