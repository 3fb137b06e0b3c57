/**
 * Percentages as people write them in a sentence about their own money or body, not as a sum: a
 * markup or VAT added to a cost, a usual price with a percentage off, one amount as a percentage of
 * another (and whether that is under a limit they name), and a change from an old figure to a new
 * one, perhaps said in an earlier turn. Every number of the message must be used, or the message is
 * left to the other skills: a guess would ignore part of the question.
 */
import type { ConversationTurn } from "../read/conversation";
import { digitsForWords, formatMoney, formatNumber } from "../language/numbers";
import { type Solved, phrased } from "./computed";

const n = (x: number) => formatNumber(x, 2);
const PCT = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)`;

/** The message in lower case, numbers as digits, "1,200" as 1200. */
export const plainText = (message: string) =>
  digitsForWords(message.toLowerCase())
    .replace(/[’‘]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");

const numbersIn = (t: string) => (t.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);

export function solvePercentStory(t: string): Solved | null {
  if (t.length > 500 || !/%|\bper ?cent/.test(t)) return null;
  const nums = numbersIn(t);
  return (
    priceChanged(t) ??
    percentMore(t, nums) ??
    shareGoes(t) ??
    percentOn(t, nums) ??
    addedPercent(t, nums) ??
    usualPriceOff(t, nums) ??
    partOfWhole(t, nums) ??
    changeStated(t, nums) ??
    shareAsked(t, nums) ??
    margin(t, nums)
  );
}

/**
 * "Last month we gave out 420 parcels. This month it was 35% more than that. How many?": the one
 * other number, raised or lowered by the percentage. Only two numbers, and a count or amount asked.
 */
function percentMore(t: string, nums: number[]): Solved | null {
  const m = new RegExp(
    String.raw`\b${PCT}\s+(more|less|fewer|higher|lower|bigger|smaller|extra)\b(?:\s+than\s+(?:that|it|this|before|last [a-z]+|the [a-z]+|(?:the )?previous [a-z]+))?`,
  ).exec(t);
  if (!m || nums.length !== 2 || !/\bhow (?:many|much)\b|\bwhat(?:'s|s| is| was)\b/.test(t)) return null;
  const r = Number(m[1]);
  const base = nums[0] === r ? nums[1] : nums[1] === r ? nums[0] : undefined;
  const down = /^(?:less|fewer|lower|smaller)$/.test(m[2]);
  if (base === undefined || (down && r >= 100)) return null;
  const sign = new RegExp(String.raw`([$€£¥])\s*${base}\b`).exec(t)?.[1];
  const f = (x: number) => (sign ? formatMoney(x, sign) : n(x));
  const change = (base * r) / 100;
  const result = down ? base - change : base + change;
  // "How many parcels ...?": the count says what it counts.
  const noun = /\bhow many ([a-z]+)/.exec(t)?.[1];
  const what = noun && !/^(?:of|is|are|do|did|does|have|has|more|less|fewer|were|was)$/.test(noun) ? ` ${noun}` : "";
  return {
    value: f(result),
    texts: phrased([
      [
        `${f(result)}${what}: ${r}% of ${f(base)} is ${f(change)}, and ${f(base)} ${down ? "−" : "+"} ${f(change)} = ${f(result)}.`,
        0.6,
      ],
      [`That's ${f(result)}${what} (${f(base)} ${down ? "less" : "plus"} ${r}%, which is ${f(change)}).`, 0.4],
    ]),
  };
}

const LEVIES = "sales tax|tax|vat|tip|service charge|surcharge|deposit|commission|gst";

/**
 * "The tip jar has $120 and 15% goes to the shift lead. How much does the shift lead get?": the
 * share of the one amount named. Other numbers must be spans of time, or it is some other sum.
 */
function shareGoes(t: string): Solved | null {
  const rate = new RegExp(
    String.raw`\b${PCT}\s+(?:of (?:it|that|the [a-z]+)\s+)?(?:goes|go|is going|will go|is paid|gets paid)\s+to\b|\b(?:gets?|receives?|keeps?|takes?)\s+${PCT}`,
  ).exec(t);
  if (!rate) return null;
  if (!/\bhow much (?:does|do|will|would|should|did) [^?.!]{1,40}\b(?:get|receive|keep|take|make|earn)\b/.test(t))
    return null;
  const money = [...t.matchAll(/([$€£¥])\s*(\d+(?:\.\d+)?)\b/g)];
  if (new Set(money.map((m) => m[2])).size !== 1) return null;
  const rest = t
    .replace(/[$€£¥]\s*\d+(?:\.\d+)?/g, " ")
    .replace(rate[0], " ")
    .replace(/\b\d+(?:\.\d+)?\s*(?:years?|months?|weeks?|days?|hours?|am|pm)\b/g, " ");
  if (/\d/.test(rest)) return null;
  const r = Number(rate[1] ?? rate[2]);
  if (r > 100) return null;
  const base = Number(money[0][2]);
  const m = (x: number) => formatMoney(x, money[0][1]);
  const share = (base * r) / 100;
  return {
    value: m(share),
    texts: phrased([
      [`${m(share)}: ${r}% of ${m(base)} = ${m(share)}.`, 0.6],
      [`${r}% of ${m(base)} is ${m(share)}, leaving ${m(base - share)}.`, 0.4],
    ]),
  };
}

/**
 * "A full groom is $65 right now. If I raise it by 10%, what should the new price be?": the one
 * price named, raised or lowered by the percentage. Other numbers in the message must be spans of
 * time said in passing ("the first time in three years"), never a second amount the question might mean.
 */
function priceChanged(t: string): Solved | null {
  const by = new RegExp(
    String.raw`\b(raise|raising|raised|increase|increasing|increased|put up|putting up|bump up|bump|bumping|hike|hiked|lower|lowering|lowered|reduce|reducing|reduced|cut|cutting|drop|dropping|dropped|decrease|decreasing|decreased|mark down|went up|gone up|goes up|going up|rose|risen|rises|went down|gone down|goes down|fell|fallen|falls)\s+(?:it|that|this|them|(?:the|my|our|your)\s+(?:[a-z]+\s+)?(?:price|prices|rate|rates|fee|fees|charge|charges|cost|rent))?\s*(?:up\s+|down\s+)?by\s+${PCT}`,
  ).exec(t);
  if (!by) return null;
  if (
    !/\bnew (?:price|rate|fee|charge|cost|rent|total|amount|budget|figure)\b|\bhow much (?:will|would|should|is) (?:it|that|the [a-z]+|a [a-z]+) (?:be|cost|come to|now)\b|\bwhat (?:will|would|should|does|do) (?:it|that|the [a-z]+|an? [a-z]+) (?:be|cost)\b|\bwhat (?:do|should|would) i charge\b|\bwhat(?:'s|s| is) (?:it|that|the [a-z]+|my [a-z]+|our [a-z]+) now\b|\bwhat(?:'s|s| is) it after\b/.test(
      t,
    )
  )
    return null;
  const money = [...t.matchAll(/([$€£¥])\s*(\d+(?:\.\d+)?)\b/g)];
  const amounts = new Set(money.map((m) => m[2]));
  if (amounts.size !== 1) return null;
  const rate = Number(by[2]);
  // Every other number is the rate, the price or a span of time.
  const rest = t
    .replace(/[$€£¥]\s*\d+(?:\.\d+)?/g, " ")
    .replace(by[0], " ")
    .replace(/\b\d+(?:\.\d+)?\s*(?:years?|months?|weeks?|days?|hours?|am|pm)\b|\b\d{1,2}(?::\d{2})\b/g, " ");
  if (/\d/.test(rest)) return null;
  const base = Number(money[0][2]);
  const sign = money[0][1];
  const down = /^(?:lower|reduc|cut|drop|decreas|mark down|went down|gone down|goes down|fell|fallen|falls)/.test(
    by[1],
  );
  if (down && rate >= 100) return null;
  const change = (base * rate) / 100;
  const result = down ? base - change : base + change;
  const m = (x: number) => formatMoney(x, sign);
  return {
    value: m(result),
    texts: phrased([
      [
        `${m(result)}: ${rate}% of ${m(base)} is ${m(change)}, and ${m(base)} ${down ? "−" : "+"} ${m(change)} = ${m(result)}.`,
        0.6,
      ],
      [
        `The new ${/\bnew (price|rate|fee|charge|cost|rent|total|amount|budget|figure)\b/.exec(t)?.[1] ?? (/\bprices?\b/.test(t) ? "price" : "amount")} would be ${m(result)} (${m(base)} ${down ? "less" : "plus"} ${rate}%, which is ${m(change)}).`,
        0.4,
      ],
    ]),
  };
}

/** "How much VAT goes on an invoice of £340 net at 20%?": the share itself, of the one amount named. */
function shareAsked(t: string, nums: number[]): Solved | null {
  const q = new RegExp(String.raw`\b(?:how much|what(?:'s| is| would be| will be)(?: the)?)\s+(${LEVIES})\b`).exec(t);
  const rate = new RegExp(PCT).exec(t);
  if (!q || !rate || nums.length !== 2 || /\btotal\b|\bincluding\b|\bgross\b|\binclusive\b/.test(t)) return null;
  const r = Number(rate[1]);
  const base = nums[0] === r && nums.indexOf(r) === nums.lastIndexOf(r) ? nums[1] : nums[1] === r ? nums[0] : undefined;
  if (
    base === undefined ||
    !new RegExp(String.raw`[$€£¥]\s*${base}\b|\b${base}\s*(?:net|dollars|euros|pounds)`).test(t)
  )
    return null;
  const what = q[1] === "vat" ? "VAT" : q[1] === "gst" ? "GST" : q[1];
  const share = (base * r) / 100;
  const sign = new RegExp(String.raw`([$€£¥])\s*${base}\b`).exec(t)?.[1];
  const m = (x: number) => (sign ? formatMoney(x, sign) : n(x));
  return {
    value: m(share),
    texts: phrased([
      [`The ${what} is ${m(share)}: ${r}% of ${m(base)} = ${m(share)}, so ${m(base + share)} with it.`, 0.6],
      [`${m(share)} (${r}% of ${m(base)}), so ${m(base + share)} in all with the ${what}.`, 0.4],
    ]),
  };
}

/** "Revenue was 80,000 and costs were 62,000: the profit margin as a percentage?": profit over revenue. */
function margin(t: string, nums: number[]): Solved | null {
  if (nums.length !== 2 || !/\b(?:profit )?margin\b/.test(t) || /\bmark-?up\b/.test(t)) return null;
  const revenue = /\b(?:revenue|sales|turnover|income|takings)\b[^.?!\d]{0,30}?[$€£]?\s*(\d+(?:\.\d+)?)/.exec(t);
  const costs = /\b(?:costs?|expenses|spending|outgoings)\b[^.?!\d]{0,30}?[$€£]?\s*(\d+(?:\.\d+)?)/.exec(t);
  if (!revenue || !costs || revenue[1] === costs[1]) return null;
  const [r, c] = [Number(revenue[1]), Number(costs[1])];
  if (!r) return null;
  const p = ((r - c) / r) * 100;
  return {
    value: `${n(p)}%`,
    texts: phrased([
      [
        `The profit margin is ${n(p)}%: profit ${n(r)} − ${n(c)} = ${n(r - c)}, and ${n(r - c)} ÷ ${n(r)} = ${n(p / 100)}.`,
        0.6,
      ],
      [`${n(p)}% (a profit of ${n(r - c)} on revenue of ${n(r)}).`, 0.4],
    ]),
  };
}

/** "7.5% sales tax on a 240 dollar bike, how much is the tax?": the share itself, or the price with it. */
function percentOn(t: string, nums: number[]): Solved | null {
  const m = new RegExp(
    String.raw`\b${PCT}\s*(?:sales tax|tax|vat|tip|service charge|surcharge|fee|mark-?up|deposit)\s+on\s+(?:an?\s+|the\s+|my\s+)?[$€£]?\s*(\d+(?:\.\d+)?)\b`,
  ).exec(t);
  if (!m || nums.length !== 2) return null;
  const [rate, base] = [Number(m[1]), Number(m[2])];
  const extra = (base * rate) / 100;
  const what = /(sales tax|tax|vat|tip|service charge|surcharge|fee|mark-?up|deposit)/.exec(m[0])?.[1] ?? "";
  const shown = what === "vat" ? "VAT" : what;
  if (
    /\bhow much is the (?:sales tax|tax|vat|tip|service charge|surcharge|fee|mark-?up|deposit)\b/.test(t) &&
    !/\btotal\b|\bpay\b/.test(t)
  )
    return {
      value: n(extra),
      texts: phrased([
        [`The ${shown} is ${n(extra)}: ${rate}% of ${n(base)} = ${n(extra)}.`, 0.6],
        [`${n(extra)} (${rate}% of ${n(base)}), so ${n(base + extra)} with the ${shown}.`, 0.4],
      ]),
    };
  if (!/\btotal\b|\bpay\b|\bcost\b|\bhow much\b/.test(t)) return null;
  return {
    value: n(base + extra),
    texts: phrased([
      [
        `${n(base + extra)} in total: ${rate}% ${shown} on ${n(base)} is ${n(extra)}, and ${n(base)} + ${n(extra)} = ${n(base + extra)}.`,
        1,
      ],
    ]),
  };
}

/** "Parts came to 340 and I add a 15% markup": the cost and the share added on top of it. */
function addedPercent(t: string, nums: number[]): Solved | null {
  if (nums.length !== 2) return null;
  const m =
    new RegExp(
      String.raw`\b(?:add|adds|adding|put|puts|charge|charges|plus|with|apply|applies|there's|there is|includ\w*)\s+(?:an?\s+|the\s+|my\s+)?${PCT}\s*(mark-?up|vat|sales tax|tax|service charge|surcharge|fee|tip|gratuity)\b`,
    ).exec(t) ?? new RegExp(String.raw`\b${PCT}\s+(more|less) than\s+[$€£]?\s*(\d+(?:\.\d+)?)\b`).exec(t);
  if (!m || /\bmargin\b|\bbefore\b|\bexcluding\b|\bwithout\b|\boriginal\b|\boff\b|\bdiscount/.test(t)) return null;
  if (!/\bwhat\b|\bhow much\b|\btotal\b|\bcharge\b|\bprice\b/.test(t)) return null;
  const rate = Number(m[1]);
  const base = m[3] !== undefined ? Number(m[3]) : nums.find((x) => x !== rate);
  if (base === undefined || nums.filter((x) => x === rate).length > 1) return null;
  const less = m[2] === "less";
  if (less && rate > 100) return null;
  const extra = (base * rate) / 100;
  const total = less ? base - extra : base + extra;
  const what = /^(?:more|less)$/.test(m[2]) ? "" : ` ${m[2].replace(/^vat$/, "VAT").replace(/^mark-?up$/, "markup")}`;
  return {
    value: n(total),
    texts: phrased([
      [
        `${n(total)}: ${rate}%${what} of ${n(base)} is ${n(extra)}, and ${n(base)} ${less ? "−" : "+"} ${n(extra)} = ${n(total)}.`,
        0.6,
      ],
      [
        `${n(base)} ${less ? "less" : "plus"} ${rate}%${what}: ${n(base)} × ${n(less ? 1 - rate / 100 : 1 + rate / 100)} = ${n(total)}.`,
        0.4,
      ],
    ]),
  };
}

/** "Nappies are normally 18 a pack but there's 30% off": the usual price less the share off. */
function usualPriceOff(t: string, nums: number[]): Solved | null {
  if (nums.length !== 2) return null;
  // "The room is £95 a night and members get 15% off": a price in a currency is the usual one too.
  const price =
    /\b(?:normally|usually|regularly|originally|full price (?:is|was|of)?|list price (?:is|was|of)?|rrp (?:is|was|of)?)\s+(?:costs?\s+|is\s+|was\s+)?[$€£]?\s*(\d+(?:\.\d+)?)\b/.exec(
      t,
    ) ?? /[$€£¥]\s*(\d+(?:\.\d+)?)\b/.exec(t);
  const off = new RegExp(String.raw`\b${PCT}\s*(?:off|discount)\b|\b(?:discount|reduction) of\s+${PCT}`).exec(t);
  if (!price || !off) return null;
  if (
    !/\bhow much\b|\bwhat (?:do|will|would|does|is|'s)\b|\bwhat's\b|\bprice now\b|\bcost now\b/.test(t) ||
    /\bhow much (?:do|will|would|did) (?:i|we|you|they) save\b|\bsaving\b/.test(t)
  )
    return null;
  const value = Number(price[1]);
  const rate = Number(off[1] ?? off[2]);
  if (rate >= 100 || value === rate) return null;
  const sale = value * (1 - rate / 100);
  // "A $60 jacket": the price's own currency, on every amount.
  const sign = new RegExp(String.raw`([$€£¥])\s*${price[1].replace(".", "\\.")}\b`).exec(t)?.[1];
  const m = (x: number) => (sign ? formatMoney(x, sign) : n(x));
  return {
    value: m(sale),
    texts: phrased([
      [
        `${m(sale)} now: ${rate}% of ${m(value)} is ${m(value - sale)}, and ${m(value)} − ${m(value - sale)} = ${m(sale)}.`,
        0.6,
      ],
      [`It's ${m(sale)} with ${rate}% off (you save ${m(value - sale)}).`, 0.4],
    ]),
  };
}

/** Words that ask for a figure worked from the two amounts (a profit, a change), not one as a share of the other. */
const DERIVED =
  /\b(?:profit|margin|mark-?up|increase|decrease|change|difference|saving|savings|more|less|left|remain\w*|tax|vat|tip|discount|off|grow\w*|rise|drop|fall|went|go|up|down|after|before|interest|per year|a year)\b/;

/**
 * "I sell it for 15 and it costs me 4.50: what percentage of the price is food cost?", "my pack is
 * 12 kg and I weigh 75 kg: what percent am I carrying?": the smaller amount as a share of the
 * larger, and, when a limit in percent is named, whether the share is under it.
 */
function partOfWhole(t: string, nums: number[]): Solved | null {
  const q = /[^.?!]*\bwhat (?:percent(?:age)?|%|share)\b[^.?!]*[?.!]?/.exec(t);
  if (!q) return null;
  const question = q[0].split(/,?\s+and\s+(?=(?:is|am|are|do|does|will|would)\b)/)[0];
  if (DERIVED.test(question)) return null;
  const limit = new RegExp(
    String.raw`\b(under|below|less than|no more than|at most|over|above|more than|at least)\s+(?:a\s+|the\s+)?${PCT}`,
  ).exec(t);
  const amounts = nums.filter((x, i) => !limit || i !== nums.indexOf(Number(limit[2])));
  if (amounts.length !== 2 || new RegExp(PCT).test(t.replace(limit?.[0] ?? "\0", " "))) return null;
  // Both amounts in one unit, or neither with a unit: "12 kg ... 75 kg", "4.50 ... 15".
  const unitAfter = (x: number) =>
    new RegExp(
      String.raw`(?<![\d.])${String(x).replace(".", "\\.")}\s*(kg|g|lbs?|km|miles|hours|minutes|[a-z]+)?`,
    ).exec(t)?.[1];
  const [ua, ub] = amounts.map(unitAfter);
  const units =
    /^(?:kg|g|lbs?|km|miles|hours|minutes|metres|meters|litres|liters|ml|calories|watts|pages|words|points)$/;
  if ((ua && units.test(ua)) !== (ub && units.test(ub)) || (ua && units.test(ua) && ua !== ub)) return null;
  const [part, whole] = amounts[0] <= amounts[1] ? amounts : [amounts[1], amounts[0]];
  if (!whole || part === whole) return null;
  const p = (part / whole) * 100;
  let verdict = "";
  if (limit) {
    const bound = Number(limit[2]);
    const under = /under|below|less|no more|at most/.test(limit[1]);
    const ok = under ? (/at most|no more/.test(limit[1]) ? p <= bound : p < bound) : p >= bound;
    verdict = ok
      ? ` Yes, that's ${p < bound ? "under" : p > bound ? "over" : "exactly"} the ${bound}% ${under ? "limit" : "mark"}.`
      : ` No, that's ${p < bound ? "under" : p > bound ? "over" : "exactly"} the ${bound}% ${under ? "limit" : "mark"}.`;
  }
  // "What percentage of the menu price is food cost?": the answer names the two things asked about.
  const named =
    /\bwhat (?:percent(?:age)?|%) of (?:the |my |your |our )?([a-z][a-z ]{1,30}?) (?:is|are|goes on|goes to|is spent on) (?:the |my |your |our )?([a-z][a-z ]{1,30}?)\s*[?.!]?$/.exec(
      question.trim(),
    );
  const said = named ? `${named[2].charAt(0).toUpperCase()}${named[2].slice(1)} is ${n(p)}% of the ${named[1]}` : "";
  return {
    value: `${n(p)}%`,
    texts: phrased([
      [
        `${said ? `${said}: ` : `${n(p)}%: `}${n(part)} ÷ ${n(whole)} = ${n(part / whole)}, and × 100 that's ${n(p)}%.${verdict}`,
        0.6,
      ],
      [`${said ? `${said}` : `It's ${n(p)}%`} (${n(part)} out of ${n(whole)}).${verdict}`, 0.4],
    ]),
  };
}

const CHANGE_ASKED =
  /\b(?:by )?(?:what|how much|how many) (?:percent(?:age)?|%)\b[^.?!]*\b(?:go(?:ne)? up|went up|increase|rise|rose|grow|grew|improve|go(?:ne)? down|went down|decrease|drop|fall|fell|change|shrink|shrank)|\b(?:percent(?:age)?|%) (?:increase|decrease|change|rise|drop|improvement)\b/;

/** "My FTP was 220 watts in January. Today it's 253. By what percentage did it go up?" */
function changeStated(t: string, nums: number[]): Solved | null {
  if (nums.length !== 2 || !CHANGE_ASKED.test(t)) return null;
  if (
    !/\b(?:was|were|used to be|started at|began at)\b/.test(t) &&
    !/\b(?:went|gone|go|goes|dropped|fell|rose|grew|climbed|came|improved|moved|changed)\s+(?:\w+\s+)?from\s+[$€£]?\d/.test(
      t,
    )
  )
    return null;
  return changeReply(...inOneUnit(t, [nums[0], nums[1]]));
}

/** "a stamp was 85p ... up to £1.10": pence and pounds (cents and dollars) compared in the larger unit. */
function inOneUnit(t: string, [a, b]: [number, number]): [number, number] {
  const minor = /(?<![\d.])(\d+(?:\.\d+)?)\s?(?:p|pence|cents?|c)\b/.exec(t);
  const major = /[£$€]\s?(\d+(?:\.\d+)?)/.exec(t);
  if (!minor || !major) return [a, b];
  const small = Number(minor[1]);
  return [a === small ? a / 100 : a, b === small ? b / 100 : b];
}

function changeReply(from: number, to: number): Solved | null {
  if (!from || from === to) return null;
  const p = ((to - from) / from) * 100;
  const way = p < 0 ? "down" : "up";
  return {
    value: `${n(Math.abs(p))}%`,
    texts: phrased([
      [
        `It went ${way} by ${n(Math.abs(p))}%: from ${n(from)} to ${n(to)} is a change of ${n(Math.abs(to - from))}, and ${n(Math.abs(to - from))} ÷ ${n(from)} = ${n(Math.abs(p) / 100)}.`,
        0.6,
      ],
      [`${n(Math.abs(p))}% ${p < 0 ? "lower" : "higher"} (${n(from)} → ${n(to)}).`, 0.4],
    ]),
  };
}

/**
 * "My FTP was 220 watts back in January." ... "Retested today: 253 watts! By what percentage did it
 * go up?": the old figure from the user's earlier turn, the new one from this one, one each.
 */
export function percentChangeWithContext(turns: readonly ConversationTurn[], lastUser: string): Solved | null {
  const t = plainText(lastUser);
  if (t.length > 300) return null;
  if (!CHANGE_ASKED.test(t)) return percentOfEarlier(turns, t);
  const now = numbersIn(t);
  if (now.length !== 1) return null;
  const before = turns.filter((x) => x.role === "user").at(-2)?.text;
  if (!before || before.length > 300 || /\?/.test(before)) return null;
  const said = plainText(before).replace(/\b(?:19|20)\d\d\b/g, " ");
  // The same unit, when either names one: "220 watts" and "253 watts"; "my 5k time was 30 minutes": the minutes.
  const unit = /\d\s*([a-z%]+)/.exec(t)?.[1];
  const all = numbersIn(said);
  const same = unit
    ? [...said.matchAll(new RegExp(String.raw`(\d+(?:\.\d+)?)\s*${unit.replace(/%/g, "\\%")}\b`, "g"))].map((m) =>
        Number(m[1]),
      )
    : [];
  const then = all.length === 1 ? all : same;
  if (then.length !== 1) return null;
  const ua = /\d\s*([a-z%]+)/.exec(said.slice(said.indexOf(String(then[0]))))?.[1];
  if (ua && unit && ua !== unit) return null;
  return changeReply(then[0], now[0]);
}

/**
 * "My monthly take-home pay is 3,200." ... "If I put 15% of it into savings, how much is that?": a
 * share of the one amount the user stated in the turn before, "it" or "that" pointing back to it.
 */
function percentOfEarlier(turns: readonly ConversationTurn[], t: string): Solved | null {
  const m = new RegExp(String.raw`\b${PCT}\s+of\s+(?:it|that|this|them|my \w+|the \w+)\b`).exec(t);
  if (!m || numbersIn(t).length !== 1 || !/\bhow much\b|\bwhat(?:'s| is)\b/.test(t)) return null;
  const before = turns.filter((x) => x.role === "user").at(-2)?.text;
  if (!before || before.length > 300 || /\?/.test(before)) return null;
  const then = numbersIn(plainText(before).replace(/\b(?:19|20)\d\d\b/g, " "));
  if (then.length !== 1) return null;
  const [rate, base] = [Number(m[1]), then[0]];
  const part = (base * rate) / 100;
  return {
    value: n(part),
    texts: phrased([
      [`${n(part)}: ${rate}% of ${n(base)} is ${n(base)} × ${n(rate / 100)} = ${n(part)}.`, 0.6],
      [`That's ${n(part)} (${rate}% of the ${n(base)} you mentioned).`, 0.4],
    ]),
  };
}

/**
 * "The standard VAT rate is 20%." in the system message, then "How much VAT goes on an invoice of
 * £340 net?": the rate the instructions state is the one asked about, when the question names none.
 */
export function withStatedRate(turns: readonly ConversationTurn[], lastUser: string): Solved | null {
  const t = plainText(lastUser);
  if (new RegExp(PCT).test(t) || t.length > 300) return null;
  const asked = new RegExp(String.raw`\b(${LEVIES})\b`).exec(t);
  if (!asked) return null;
  const given = turns
    .filter((x) => x.role === "system" || x.role === "developer")
    .map((x) => plainText(x.text))
    .join(" ");
  const rates = [
    ...given.matchAll(
      new RegExp(String.raw`\b${asked[1]}\b(?:\s+rate)?\s+(?:is|of|at|=|:)\s+${PCT}|${PCT}\s+${asked[1]}\b`, "g"),
    ),
  ];
  const values = new Set(rates.map((m) => m[1] ?? m[2]));
  if (values.size !== 1) return null;
  return solvePercentStory(`${t.replace(/[?.!\s]+$/, "")} at ${[...values][0]}%?`);
}
