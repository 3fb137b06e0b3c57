/**
 * "Summarise this in under 30 words, and include the dates and the cost": what the ask names is part
 * of the answer. A summary that left a named date or amount out gets it back, said as the text says
 * it, and the rest is cut to make room; when even that cannot fit, it says so instead of dropping it.
 */

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?";
const ONE_DATE = `(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?`;
/** "from Friday 13 March to Sunday 15 March", "13-15 March": a span is one date to a reader. */
const DATE = new RegExp(
  `\\b(?:(?:from\\s+)?${ONE_DATE}\\s+(?:to|until|till|through|-|–)\\s+${ONE_DATE}|\\d{1,2}(?:st|nd|rd|th)?\\s*(?:-|–|to)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${ONE_DATE})`,
  "gi",
);
/** "£45 per cub", "$12 each", "€30". */
const MONEY = /[$€£]\s?\d[\d,]*(?:\.\d{2})?(?:\s+(?:per|a|each|for each)\s+[a-z]+)?/gi;
const TIME =
  /\b\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s*(?:-|–|to|until)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))?/gi;

interface Kind {
  asked: RegExp;
  found: RegExp;
  label: string;
  /** Said once is enough ("the cost is £28 a month" includes the cost); otherwise every one is due. */
  any?: boolean;
}

const KINDS: Kind[] = [
  { asked: /\b(?:dates?|days?|when)\b/i, found: DATE, label: "Dates" },
  { asked: /\b(?:cost|costs|price|prices|fee|fees|amount|how much|money)\b/i, found: MONEY, label: "Cost", any: true },
  { asked: /\b(?:times?|hours?)\b/i, found: TIME, label: "Times", any: true },
];

/** The words after "include" in the summary request: "the dates and the cost". */
function namedInAsk(ask: string): string | undefined {
  for (const line of ask.split("\n")) {
    if (!/\b(?:summ?ar[iy][sz]e|summary|sum up|tl;?dr|gist|key points|in short)\b/i.test(line)) continue;
    const m =
      /\b(?:include|including|mention|keep|don't (?:leave out|forget)|make sure (?:you |to )?(?:include|mention|keep))\s+([^.;:!?\n]{2,80})/i.exec(
        line,
      );
    if (m) return m[1];
  }
  return undefined;
}

/** Digits a phrase holds, in order: "Friday 13 March" -> "13"; a summary holds the phrase when it holds them. */
const held = (summary: string, phrase: string): boolean => {
  // "£2 a day" is held by "£2", not by the "2" of "2 weeks".
  const money = /^[$€£]\s?\d[\d,]*(?:\.\d+)?/.exec(phrase)?.[0];
  if (money) return summary.replace(/\s/g, "").includes(money.replace(/\s/g, ""));
  const digits = phrase.match(/\d+(?:\.\d+)?/g) ?? [];
  if (digits.length)
    return digits.every((d) => new RegExp(`(?<![\\d.])${d.replace(".", "\\.")}(?![\\d])`).test(summary));
  return summary.toLowerCase().includes(phrase.toLowerCase());
};

/** The summary with every date, amount or time the ask names, or an honest word on what it could not fit. */
export function withIncluded(
  summary: string,
  text: string,
  ask: string,
  maxWords?: number,
  sentenceCount?: number,
): string {
  const named = namedInAsk(ask);
  if (!named) return summary;
  const missing: { label: string; phrases: string[] }[] = [];
  for (const kind of KINDS) {
    if (!kind.asked.test(named)) continue;
    const phrases = [...new Set([...text.matchAll(kind.found)].map((m) => m[0].trim()))];
    // A date inside a span is said by the span.
    const whole = phrases.filter((p) => !phrases.some((q) => q !== p && q.includes(p)));
    const left = whole.filter((p) => !held(summary, p));
    if (kind.any && left.length < whole.length) continue;
    if (left.length) missing.push({ label: kind.label, phrases: left.slice(0, 3) });
  }
  if (!missing.length) return summary;
  const extra = missing
    .map((m) => `${m.label}: ${m.phrases.join("; ").replace(/^from\s+/i, "")}.`)
    .join(" ")
    .replace(/^./, (c) => c.toUpperCase());
  // "in two sentences": the sentences asked stay that many, the last one carries what was left out.
  const join = (head: string) =>
    sentenceCount !== undefined
      ? `${head.replace(/[.!?]\s*$/, "")} (${extra
          .replace(/\.$/, "")
          .replace(/\.\s+/g, "; ")
          .replace(/^./, (c) => c.toLowerCase())}).`
      : `${head} ${extra}`;
  if (maxWords === undefined) return join(summary);
  const room = maxWords - wordCount(extra);
  if (room < 4)
    return `${summary} I couldn't fit the ${missing.map((m) => m.label.toLowerCase()).join(" and ")} in the words allowed.`;
  return join(cut(summary, room));
}

/** The summary's first words up to a limit, ended cleanly. */
function cut(summary: string, max: number): string {
  if (wordCount(summary) <= max) return summary;
  const words = summary.split(/\s+/);
  let out = "";
  for (const w of words) {
    const next = out ? `${out} ${w}` : w;
    if (wordCount(next) > max) break;
    out = next;
  }
  out = out.replace(/[,;:]+$/, "");
  while (/\s(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|is|are|was|were)$/i.test(out))
    out = out.replace(/\s\S+$/, "");
  return /[.!?]$/.test(out) ? out : `${out}.`;
}
