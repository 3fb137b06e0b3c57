/**
 * A charge a prompt spells out as a fixed part plus a rate ("£3.20 to start plus £1.80 per mile ...
 * a 5 mile journey", "£45 call-out plus £30 per hour ... a 3 hour job"): fixed + rate × units.
 * Read only when every number of the prompt is one of the three, so nothing is left unexplained.
 */

import { digitsForWords } from "./numbers";

export interface RateCharge {
  fixed: number;
  rate: number;
  units: number;
  /** The unit the rate is charged by, singular: "mile", "hour", "month". */
  unit: string;
  /** "$", "€", "£" or "" when no currency is named. */
  symbol: string;
  total: number;
}

const SYMBOL: Record<string, string> = { dollar: "$", euro: "€", pound: "£" };
const MONEY = String.raw`([$€£])?\s*(\d+(?:\.\d+)?)\s*(?:(dollar|euro|pound)s?\b|(p)\b)?`;
/** What makes an amount the fixed part: a start, a call-out, a joining fee. */
const FIXED_CUE = String.raw`(?:to (?:start|begin|join|book|hire|enter|get in)|entry(?: fee)?|admission|call[- ]?out(?: fee| charge)?|joining fee|sign[- ]?up fee|flat fee|standing charge|base fare|booking fee|up ?front|fixed(?: fee| charge)?|deposit|for the first|plus(?=\s+[$€£]?\s*\d[^.?!]*?\b(?:per|every)\b))`;
/** Discounts, shares, changes: a charge with more in it than fixed + rate × units is not this. */
const MORE = /%|\bpercent\b|\bdiscount|\boff\b|\btax\b|\bvat\b|\bsplit\b|\bshare|\bchange\b|\bleft\b|\bsave\b/;

export function rateChargeOf(message: string): RateCharge | null {
  const t = digitsForWords(message.toLowerCase())
    .replace(/[’‘]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (MORE.test(t)) return null;
  const fixed = new RegExp(
    `${MONEY}\\s+(?:\\w+\\s+){0,1}${FIXED_CUE}|${FIXED_CUE}\\s+(?:of|is|costs?)?\\s*${MONEY}`,
  ).exec(t);
  const rate = new RegExp(`${MONEY}\\s+(?:per|a|an|every|each)\\s+([a-z]+?)s?\\b`).exec(t);
  if (!fixed || !rate) return null;
  const unit = rate[5];
  if (/^(?:start|piece|go|time|pop|day off)$/.test(unit)) return null;
  // "a 5 mile journey", "for 3 hours", "the first 4 months": how many units are charged.
  const counted = [...t.matchAll(new RegExp(`\\b(\\d+(?:\\.\\d+)?)[- ](?:\\w+[- ])?${unit}s?\\b`, "g"))].filter(
    (m) => m.index !== rate.index && !t.slice(Math.max(0, (m.index ?? 0) - 6), m.index).match(/[$€£]\s*$/),
  );
  if (counted.length !== 1) return null;
  const units = Number(counted[0][1]);
  // "5p per text": pence are hundredths of a pound.
  const amount = (m: RegExpExecArray, base: number) => {
    const n = Number(m[base + 2]);
    return m[base + 4] ? n / 100 : n;
  };
  const f = fixed[2] !== undefined ? amount(fixed, 0) : amount(fixed, 4);
  const r = amount(rate, 0);
  const symbols = new Set(
    [fixed[1] ?? fixed[5], fixed[3] ?? fixed[7], rate[1], rate[3]].filter(Boolean).map((s) => SYMBOL[s as string] ?? s),
  );
  const pence = Boolean(fixed[4] ?? fixed[8] ?? rate[4]);
  if (pence) symbols.add("£");
  if (symbols.size > 1) return null;
  // Every number of the prompt is the fixed part, the rate or the units.
  const used = [Number(fixed[2] ?? fixed[6]), Number(rate[2]), units];
  for (const n of t.match(/\d+(?:\.\d+)?/g) ?? []) if (!used.includes(Number(n))) return null;
  const total = Math.round((f + r * units) * 100) / 100;
  return { fixed: f, rate: r, units, unit, symbol: [...symbols][0] ?? "", total };
}
