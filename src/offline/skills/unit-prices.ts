/**
 * A price per unit times how many of that unit: "oat milk costs $4 a carton and we go through 6
 * cartons a day: what do we spend per day?" is 6 × $4 = $24 a day. Said in one message, or over
 * the user's earlier turns with the question after them. Only when the price and the count name
 * the same unit and no other number is in play; a period asked that the count is not said per
 * ("per week" of cartons a day) is left alone rather than guessed.
 */
import type { Filled } from "../language/templates";
import { digitsForWords, formatMoney, formatNumber } from "../language/numbers";
import { type Solved, phrased } from "./computed";

const SYMBOL: Record<string, string> = { dollar: "$", buck: "$", euro: "€", pound: "£", yen: "¥" };

/** "$4 a carton", "4 dollars per bag", "costs 1.60 a litre": the price and the unit it is for. */
const PRICE =
  /(?:([$€£¥])\s*(\d+(?:\.\d+)?)|(?:\b(?:costs?|is|are|was|charges?|charging|at|priced at|sells? for|pays?|paying|pay)\s+)(\d+(?:\.\d+)?)(?:\s*(dollar|euro|pound|buck|yen)s?)?|(\d+(?:\.\d+)?)\s*(dollar|euro|pound|buck|yen)s?\b)\s*(?:(?:an|a|per|for (?:an|a|one|each))\s+|\/\s*|(each)\b)([a-z]{1,20})?\b/;

/** How a count is said per period: "a day", "per week", "each month", "this week", "daily". */
const PERIOD =
  /^\s*(?:(a|an|per|each|every|this|last|that)\s+(day|week|month|year|night|shift|morning|evening|weekend|service|visit)|(daily|weekly|monthly|nightly|yearly))\b/;

const ASKS_COST =
  /\b(?:spend|spent|spending|cost|costs|costing|bill|owe|owed|pay|paying|total|come to|comes to|how much|budget)\b/;

/** Other stories a price and a count can be part of: what is left, a share, a saving, a discount. */
const OTHER_STORY =
  /%|\bpercent\b|\bleft\b|\bchange\b|\bsav(?:e|ed|ing)\b|\bsplit\b|\bshare\b|\beach of us\b|\bper person\b|\bdiscount\b|\boff\b|\btax\b|\btip\b|\bbudget of\b|\bremain/;

const ADJECTIVE = { day: "daily", week: "weekly", month: "monthly", year: "yearly", night: "nightly" } as const;

/** A count said per one period, asked per a longer one: the factor, and how it is reached (a month is 52 ÷ 12 weeks on average). */
const SCALE: Record<string, [number, string]> = {
  "day>week": [7, "a week has 7 days"],
  "day>year": [365, "a year has 365 days"],
  "week>year": [52, "a year has 52 weeks"],
  "month>year": [12, "a year has 12 months"],
  "week>month": [52 / 12, "a month averages 52 ÷ 12 ≈ 4.33 weeks (4 weeks would be {4})"],
  "day>month": [365 / 12, "a month averages 365 ÷ 12 ≈ 30.4 days"],
};

/** "cartons" -> "carton", "boxes" -> "box", "litres" -> "litre": the singular a price is said for. */
const singular = (w: string) => w.replace(/(x|ch|sh|ss)es$/, "$1").replace(/(?<!s)s$/, "");

/** The period a question asks about: "per day", "a week", "daily", "monthly". */
function askedPeriod(q: string): string | undefined {
  const m =
    /\b(?:per|a|an|each|every)\s+(day|week|month|year|night)\b/.exec(q) ??
    /\b(daily|weekly|monthly|yearly|nightly)\b/.exec(q);
  if (!m) return undefined;
  const word = m[1];
  return (Object.entries(ADJECTIVE).find(([, adj]) => adj === word)?.[0] ?? word) as string;
}

function periodOf(m: RegExpExecArray | null): { unit: string; said: string } | undefined {
  if (!m) return undefined;
  if (m[3]) {
    const unit = Object.entries(ADJECTIVE).find(([, adj]) => adj === m[3])?.[0] ?? m[3];
    return { unit, said: `a ${unit}` };
  }
  const unit = m[2];
  const said = /^(?:this|last|that)$/.test(m[1])
    ? `${m[1]} ${unit}`
    : `${/^(?:[aeiou]|hour)/.test(unit) ? "an" : "a"} ${unit}`;
  return { unit, said };
}

/**
 * The statement (price and count) and the question, worked: null unless the statement holds
 * exactly one price per unit and one count of that unit, and nothing else numbered.
 */
export function unitPrice(statement: string, question: string): Solved | null {
  const s = digitsForWords(statement.toLowerCase())
    .replace(/[’‘]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
  const q = digitsForWords(question.toLowerCase()).replace(/[’‘]/g, "'");
  if (s.length > 400 || q.length > 200 || /\d/.test(q)) return null;
  if (!ASKS_COST.test(q) || OTHER_STORY.test(`${s} ${q}`)) return null;
  const price = PRICE.exec(s);
  if (!price || (!price[7] && !price[8])) return null;
  const value = Number(price[2] ?? price[3] ?? price[5]);
  const written = price[2] ?? price[3] ?? price[5];
  const word = price[4] ?? price[6];
  const symbol = price[1] ?? (word ? SYMBOL[word] : "");
  // The count of that unit, anywhere but the price itself.
  const rest = s.slice(0, price.index) + " ".repeat(price[0].length) + s.slice(price.index + price[0].length);
  const numbered = [...rest.matchAll(/(?<![\d.$€£¥])(\d+(?:\.\d+)?)\s+([a-z]{1,20})\b/g)];
  // "Eggs are $0.30 each and I need 24 eggs": "each" is for the thing the count names, said before the price.
  const unit = price[7]
    ? numbered.length === 1 && new RegExp(`\\b${singular(numbered[0][2])}`).test(s.slice(0, price.index))
      ? singular(numbered[0][2])
      : ""
    : singular(price[8]);
  if (!unit || /^(?:day|week|month|year|person|head|piece|time|go)$/.test(unit)) return null;
  const counts = numbered.filter((m) => singular(m[2]) === unit);
  if (counts.length !== 1) return null;
  const count = counts[0];
  // Every number is the price or the count: a third one belongs to another question.
  if ((s.match(/\d+(?:\.\d+)?/g) ?? []).length !== 2) return null;
  const period = periodOf(PERIOD.exec(rest.slice((count.index ?? 0) + count[0].length)));
  const asked = askedPeriod(q);
  const scale = asked && asked !== period?.unit ? SCALE[`${period?.unit}>${asked}`] : undefined;
  if (asked && asked !== period?.unit && !scale) return null;
  const qty = Number(count[1]);
  const total = qty * value;
  const money = (x: number) => (symbol ? formatMoney(x, symbol) : formatNumber(x, 2));
  const each = symbol ? formatMoney(value, symbol) : written;
  const per = period ? ` ${period.said}` : "";
  const things = `${formatNumber(qty, 2)} ${count[2]}`;
  const fields = (x: number) => ({ total: Math.round(x * 100) / 100, cost: Math.round(x * 100) / 100 });
  if (scale && asked) {
    // "What do we spend per month?" of bags a week: the week's figure, then the month's from it.
    const [factor, said] = scale;
    const how = said.replace("{4}", money(total * 4));
    const longer = total * factor;
    const about = Number.isInteger(factor) ? "" : "about ";
    return {
      value: money(longer),
      fields: fields(longer),
      texts: phrased([
        [`${about}${money(longer)} a ${asked}: ${things} × ${each} = ${money(total)}${per}, and ${how}.`, 0.6],
        [`That's ${about}${money(longer)} a ${asked} (${money(total)}${per}; ${how}).`, 0.4],
      ]),
    };
  }
  return {
    value: money(total),
    fields: fields(total),
    texts: phrased([
      [`${money(total)}${per}: ${things} × ${each} = ${money(total)}.`, 0.6],
      [
        `That's ${money(total)}${per} (${things} at ${each} ${price[7] ? "each" : `${/^(?:[aeiou]|hour)/.test(unit) ? "an" : "a"} ${unit}`}).`,
        0.4,
      ],
    ]),
  };
}

/** One message: its statement sentences and its question. */
export function solveUnitPrice(message: string): Solved | null {
  if (message.length > 600) return null;
  const sentences = message.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim());
  const question = sentences.at(-1) ?? "";
  // "... 6 cartons a day, so what do we spend per day?": the question after the last comma.
  const split = /^(.*\d.*?)[,;:]?\s+(?:so\s+)?((?:what|how|whats|what's)\b[\s\S]*)$/i.exec(question);
  if (split) return unitPrice([...sentences.slice(0, -1), split[1]].join(" "), split[2]);
  return unitPrice(sentences.slice(0, -1).join(" "), question);
}

/**
 * The same over the conversation: "Our oat milk costs $4 a carton and we go through 6 cartons a
 * day." ... "So what do we spend on oat milk per day?". The last statement with numbers, or the
 * last two, are what the question is about.
 */
export function unitPriceReplies(message: string, earlier: readonly string[]): Filled[] | null {
  if (message.length > 400) return null;
  // "She worked 5 hours this week. How much do we owe her?": the message's own statement counts too.
  const own = message.split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim());
  const q = own.at(-1) ?? "";
  if (/\d/.test(q)) return null;
  const numbered = [...earlier.slice(-3), own.slice(0, -1).join(" ")]
    .flatMap((t) => t.slice(0, 1000).split(/(?<=[.!?])\s+|\n+/))
    .map((x) => x.trim())
    .filter((x) => x && /\d/.test(x) && !/\?\s*$/.test(x));
  for (const take of [1, 2]) {
    if (numbered.length < take) break;
    const solved = unitPrice(numbered.slice(-take).join(" "), q);
    if (solved) return solved.texts.map((t) => ({ ...t, text: t.text.replace(/\.$/, ", going by what you told me.") }));
  }
  return null;
}
