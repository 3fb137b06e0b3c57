/**
 * A bill a prompt spells out ("4 notebooks at $3 each and one pen for $2"): each line's quantity and
 * price, and their sum. Read only when every line is plain (a price per item, or one item for a price);
 * "2 pizzas for $20" could be the price of both or of each, so it is not guessed.
 */

import { digitsForWords } from "./numbers";

export interface PurchaseLine {
  qty: number;
  what: string;
  price: number;
}

export interface Purchase {
  lines: PurchaseLine[];
  /** "$", "€", "£", "¥" or "" when no currency is named. */
  symbol: string;
  total: number;
}

const SYMBOL: Record<string, string> = { dollar: "$", euro: "€", pound: "£", yen: "¥" };

/** Discounts, taxes, change, shares: a bill with more in it than lines to add is not this. */
const MORE_THAN_A_SUM =
  /%|\bpercent\b|\bdiscount|\boff\b|\btax\b|\bvat\b|\bchange\b|\bleft\b|\bremain|\bsplit\b|\bshare|\bper person\b|\beach (?:of us|person)|\bsave\b|\bsaving|\bmore than\b|\bless than\b|\bcheaper\b|\bdifference\b|\bbudget\b/;

export function purchaseOf(message: string): Purchase | null {
  const t = digitsForWords(message.toLowerCase())
    .replace(/[’‘]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (
    !/\bhow much\b|\btotal\b|\baltogether\b|\bin all\b|\bcost\b|\bpay\b|\bspend\b|\bspent\b|\bcomes? to\b|\badds? up\b/.test(
      t,
    )
  )
    return null;
  if (MORE_THAN_A_SUM.test(t)) return null;
  const lines: PurchaseLine[] = [];
  const symbols = new Set<string>();
  const item =
    /\b(\d+|an?)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+|[a-z]+\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(at|for|@|costing)\s+([$€£¥])?\s*(\d+(?:\.\d+)?)\s*(?:(dollar|euro|pound|yen)s?\b)?(\s+(?:each|apiece|a piece|per \w+|a pop|an? (?:metre|meter|foot|yard|hour|day|kilo|kg|litre|liter|night|week|month|square metre|square foot))\b)?/g;
  for (const m of t.matchAll(item)) {
    const qty = /^an?$/.test(m[1]) ? 1 : Number(m[1]);
    // "2 pizzas for $20": the price of both or of each; the prompt does not say.
    if (qty > 1 && m[3] !== "at" && m[3] !== "@" && !m[7]) return null;
    lines.push({ qty, what: m[2], price: Number(m[5]) });
    symbols.add(m[4] ?? (m[6] ? SYMBOL[m[6]] : ""));
  }
  // "plus a 6 euro booking fee", "and a $5 delivery charge": one more line.
  const fee =
    /\b(?:an?|the)\s+([$€£¥])?\s*(\d+(?:\.\d+)?)\s*(?:-?(dollar|euro|pound|yen)s?)?\s+((?:[a-z-]+\s+){0,2}(?:fee|charge|tip|deposit|surcharge))\b/g;
  for (const m of t.matchAll(fee)) {
    lines.push({ qty: 1, what: m[4], price: Number(m[2]) });
    symbols.add(m[1] ?? (m[3] ? SYMBOL[m[3]] : ""));
  }
  if (lines.length < 2 || symbols.size !== 1) return null;
  // Every number of the prompt is a quantity or a price of the bill: none is left unexplained.
  const used = lines.flatMap((l) => [l.qty, l.price]);
  for (const n of t.match(/\d+(?:\.\d+)?/g) ?? []) if (!used.includes(Number(n))) return null;
  const total = lines.reduce((sum, l) => sum + l.qty * l.price, 0);
  return { lines, symbol: [...symbols][0], total: Math.round(total * 100) / 100 };
}
