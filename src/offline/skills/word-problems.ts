/**
 * Everyday word problems said over several sentences, each kind a pattern whose numbers are all
 * accounted for: what is left of a total, how many groups, how many weeks of saving, a distance
 * done a few times a week, slices shared with some left over, a bill split by the people named
 * before it, a sale price and the change from it, a nightly price with its tax. A message with a
 * number the pattern does not use is not answered here: a guess would ignore part of the question.
 */
import { digitsForWords, formatMoney, formatNumber } from "../language/numbers";
import { type Solved, phrased } from "./computed";
import { solveAmountStory } from "./amount-stories";
import { plainText, solvePercentStory } from "./percent-stories";
import { solveUnitPrice } from "./unit-prices";

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const MONEY = String.raw`([$€£¥])\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(euros?|dollars?|pounds?|bucks)\b`;

/** Every number the message holds, in order ("1,200" as 1200). */
const numbersIn = (t: string) => (t.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);

const symbolOf = (s?: string, word?: string) =>
  s ?? (/^euro/.test(word ?? "") ? "€" : /^pound/.test(word ?? "") ? "£" : "$");

/** A sum of money in the text: its value and currency sign. */
function moneyAt(text: string): { value: number; symbol: string; at: number } | null {
  const m = new RegExp(MONEY).exec(text);
  if (!m) return null;
  return { value: Number(m[2] ?? m[3]), symbol: symbolOf(m[1], m[4]), at: m.index };
}

const n = (x: number) => formatNumber(x, 2);
const plural = (x: number, word: string) => `${n(x)} ${word}${x === 1 ? "" : "s"}`;

export function solveStory(message: string): Solved | null {
  if (message.length > 600) return null;
  const t = digitsForWords(message.toLowerCase())
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[’‘]/g, "'")
    .replace(/\btwice\b/g, "2 times")
    .replace(/\bonce\b/g, "1 time");
  if (!/\?|\bhow (?:many|much|long)\b|\bwhat(?:'s|s| is)\b|\bwhat (?:percent(?:age)?|share|proportion)\b/.test(t))
    return null;
  const nums = numbersIn(t);
  return (
    leftOfTotal(t, nums) ??
    freeOfTotal(t, nums) ??
    leftAfterUses(t, nums) ??
    groups(t, nums) ??
    eachTimes(t, nums) ??
    chained(t, nums) ??
    saving(t, nums) ??
    repeated(t, nums) ??
    sharedPieces(t, nums) ??
    billSplit(t, nums) ??
    salePrice(t, nums) ??
    nightly(t, nums) ??
    shareOf(t, nums) ??
    changeFromTo(t, nums) ??
    scaled(t, nums) ??
    solvePercentStory(t) ??
    solveAmountStory(t) ??
    solveUnitPrice(message)
  );
}

/** The free part of a total alone, for a question asked after the total was said in an earlier turn. */
export function solveFreeOfTotal(message: string): Solved | null {
  const t = digitsForWords(message.toLowerCase()).replace(/(\d),(?=\d{3}\b)/g, "$1");
  return t.length > 600 ? null : freeOfTotal(t, numbersIn(t));
}

/** "Our hotel has 120 rooms. If 87 are booked tonight, how many are still free?" */
function freeOfTotal(t: string, nums: number[]): Solved | null {
  if (nums.length !== 2) return null;
  const q =
    /\bhow many(?:\s+[a-z]+)?\s+(?:are|is|will be|would be)\s+(?:still\s+|left\s+)?(free|available|empty|open|vacant|unbooked|spare|unsold|not booked|not taken)\b/.exec(
      t,
    );
  const total = /\b(?:has|have|had|there are|there were|with|holds|seats|sleeps)\s+(\d+)\s+([a-z]+)/.exec(t);
  const taken =
    /\b(\d+)\s+(?:of them\s+|[a-z]+\s+)?(?:are|is|were|have been|has been|got|get)\s+(?:already\s+)?(booked|taken|occupied|reserved|sold|in use|full|filled|let|rented)\b/.exec(
      t,
    );
  if (!q || !total || !taken || total[1] === taken[1]) return null;
  const [all, used] = [Number(total[1]), Number(taken[1])];
  if (used > all) return null;
  const free = all - used;
  const what = total[2];
  return {
    value: String(free),
    texts: phrased([
      [`${free} ${what} ${q[1]}: ${all} − ${used} ${taken[2]} = ${free}.`, 0.6],
      [`That leaves ${free} of the ${all} ${what} ${q[1]} (${used} ${taken[2]}).`, 0.4],
    ]),
  };
}

const USED = /\b(?:used|ate|eaten|gave|given|sold|spent|lost|broke|broken|drank|drunk|baked|cooked|took|taken)\b/;

/** "I had 14 eggs, used 5 for a cake and 3 for breakfast. How many have I got left?": each use taken from the first. */
function leftAfterUses(t: string, nums: number[]): Solved | null {
  if (nums.length < 3 || nums.length > 6) return null;
  if (!/\bhow (?:many|much)\b[^?.!]*\b(?:left|remain(?:s|ing)?)\b/.test(t)) return null;
  const start = new RegExp(
    String.raw`\b(?:had|have|bought|got|started with|there (?:were|are))\s+(?:a total of\s+)?${nums[0]}\s*([a-z]+)?`,
  ).exec(t);
  const told = t.slice(0, t.search(/\bhow (?:many|much)\b/));
  const after = start ? told.slice(start.index + start[0].length) : "";
  // Every later number is a use ("used 5 ... and 3"); anything added back is another question.
  if (!start || !USED.test(after) || /\b(?:bought|got|added|more|another|found|received|plus)\b/.test(after))
    return null;
  const used = nums.slice(1);
  const left = nums[0] - used.reduce((a, b) => a + b, 0);
  if (left < 0) return null;
  const unit = start[1] && !/^(?:and|so|in|of|for|but)$/.test(start[1]) ? ` ${start[1]}` : "";
  return {
    value: n(left),
    texts: phrased([
      [`${n(left)}${unit} left: ${[nums[0], ...used].map(n).join(" − ")} = ${n(left)}.`, 0.6],
      [`You have ${n(left)}${unit} left (${n(nums[0])} minus the ${used.map(n).join(" and ")} used).`, 0.4],
    ]),
  };
}

/** "The trip is 420 km and we've driven 185 km so far. How many km are left?" */
function leftOfTotal(t: string, nums: number[]): Solved | null {
  if (nums.length !== 2) return null;
  if (!/\bhow (?:many|much|far)\b[^?.!]*\b(?:left|remain(?:s|ing)?|to go|more (?:to|do|until))\b/.test(t)) return null;
  if (
    !/\b(?:so far|already|driven|done|read|walked|ran|cycled|run|finished|completed|covered|travell?ed|spent|used|paid|eaten|watched|written|climbed|swum)\b/.test(
      t,
    )
  )
    return null;
  // Both numbers in one unit: "420 km ... 185 km", "$60 ... $25", "300 pages ... 120".
  const unit = new RegExp(String.raw`\b${nums[0]}\s*([a-z]+)\b`).exec(t)?.[1];
  const money = moneyAt(t);
  const [total, done] = nums[0] >= nums[1] ? nums : [nums[1], nums[0]];
  const show = (x: number) =>
    money ? formatMoney(x, money.symbol) : unit && !/^(?:and|so|in|of)$/.test(unit) ? `${n(x)} ${unit}` : n(x);
  const left = total - done;
  return {
    value: n(left),
    texts: phrased([
      [`${show(left)} left: ${show(total)} − ${show(done)} = ${show(left)}.`, 0.6],
      [
        USED.test(t)
          ? `You have ${show(left)} left (${show(total)} minus the ${show(done)} used).`
          : `You have ${show(left)} to go (${show(total)} minus the ${show(done)} done).`,
        0.4,
      ],
    ]),
  };
}

/** "28 students in groups of 4: how many groups?" */
function groups(t: string, nums: number[]): Solved | null {
  const m = /\b(?:groups?|teams?|tables?|rows?) of (\d+)\b/.exec(t);
  if (!m || nums.length !== 2 || !/\bhow many (?:full |whole |complete )?(?:groups|teams|tables|rows)\b/.test(t))
    return null;
  const size = Number(m[1]);
  const all = nums[0] === size ? nums[1] : nums[0];
  if (!size || !Number.isInteger(all) || !Number.isInteger(size) || size > all) return null;
  const word = /\bteams?\b/.test(m[0])
    ? "team"
    : /\btables?\b/.test(m[0])
      ? "table"
      : /\brows?\b/.test(m[0])
        ? "row"
        : "group";
  const q = Math.floor(all / size);
  const r = all % size;
  return {
    value: String(q),
    texts: r
      ? phrased([
          [
            `${all} ÷ ${size} = ${q} remainder ${r}: ${plural(q, `full ${word}`)} of ${size}, with ${r} left over (${q + 1} ${word}s if the last one may be smaller).`,
            1,
          ],
        ])
      : phrased([
          [`There will be ${plural(q, word)}: ${all} ÷ ${size} = ${q}.`, 0.6],
          [`${all} ÷ ${size} = ${q}, so ${plural(q, word)} of ${size}.`, 0.4],
        ]),
  };
}

/**
 * "We made 6 crossings and carried 212 passengers on each one. How many passengers altogether?":
 * so many of one thing, so many of the other in each, and the question asks the other's total.
 */
function eachTimes(t: string, nums: number[]): Solved | null {
  if (nums.length !== 2) return null;
  const m =
    /\b(\d+)\s+([a-z]+)\b[^.?!\d]{0,60}?\b(\d+)\s+([a-z]+)\s+(?:on|in|for|per|with|to)\s+(?:each|every)(?:\s+(?:one|of them|[a-z]+))?\b/.exec(
      t,
    ) ??
    /\b(\d+)\s+([a-z]+)\b[^.?!\d]{0,30}?\b(?:each|every one)\s+(?:with|of|holding|carrying|has|had|having|containing|contains)\s+(\d+)\s+([a-z]+)\b/.exec(
      t,
    );
  if (!m) return null;
  const [count, things, per, items] = [Number(m[1]), m[2], Number(m[3]), m[4]];
  if (!count || !per || things === items) return null;
  const q = new RegExp(
    String.raw`\bhow many\s+(?:${items})\b[^?.!]*\b(?:altogether|in total|total|in all|all together)\b|\bhow many\s+(?:${items})\b[^?.!]*\b(?:did|do|will|would)\b[^?.!]*\b(?:carry|make|need|use|get|have|count|sell|serve|wash)\b|\b(?:total|altogether)\b[^?.!]*\b${items}\b`,
  ).exec(t);
  if (!q) return null;
  const total = count * per;
  return {
    value: n(total),
    texts: phrased([
      [`${n(total)} ${items}: ${n(count)} ${things} × ${n(per)} ${items} each = ${n(total)}.`, 0.6],
      [`${n(count)} × ${n(per)} = ${n(total)} ${items} altogether.`, 0.4],
    ]),
  };
}

/**
 * The kinds that link a remark to the message before it: "35% more than that" of the number said
 * before, "every bin 3 times" after "every bay has 2 bins". Asked of two messages read as one.
 */
export function solveLinked(message: string): Solved | null {
  if (message.length > 600) return null;
  const t = plainText(message);
  const nums = (t.match(/\d+(?:\.\d+)?/g) ?? []).map(Number);
  return chained(t, nums) ?? solvePercentStory(t);
}

/** "bay" and "bays", "box" and "boxes", "lorry" and "lorries" are one noun. */
const singular = (w: string) =>
  w
    .replace(/ies$/, "y")
    .replace(/(?<=(?:s|x|z|ch|sh))es$/, "")
    .replace(/(?<!s)s$/, "");
const sameNoun = (a: string, b: string) => singular(a) === singular(b);

/**
 * "14 hives and each one gave me about 23 lb of honey", "16 bays, every bay has 2 bins, I empty
 * every bin 3 times a shift": a count, then "each"/"every" links that multiply it, each link about
 * the thing the one before counted (or "each one"). Every number must be a link, and a total must
 * be asked ("how much honey is that altogether?", "how many bin emptyings is that?").
 */
function chained(t: string, nums: number[]): Solved | null {
  if (nums.length < 2 || nums.length > 4) return null;
  const asked = /\bhow (?:many|much)\s+([a-z]+(?:\s+[a-z]+)?)?/.exec(t);
  if (
    !asked ||
    !/\b(?:altogether|all together|in total|total|in all|is that|does that make|do i|do we|did i|did we)\b/.test(t)
  )
    return null;
  const start = /\b(\d+(?:\.\d+)?)\s+([a-z]+)\b/.exec(t);
  if (!start) return null;
  let total = Number(start[1]);
  let noun = start[2];
  const steps = [`${n(total)} ${noun}`];
  let links = 0;
  const link =
    /\b(?:each|every)\s+(?:(one|of them)|([a-z]+))\b((?:\s+(?!each\b|every\b)[a-z']+){0,4}?)\s+(?:about|around|roughly|approximately|approx|maybe|up to)?\s*(\d+(?:\.\d+)?)\s+([a-z]+)\b/g;
  let unit = noun;
  for (const m of t.slice((start.index ?? 0) + start[0].length).matchAll(link)) {
    if (m[2] && !sameNoun(m[2], noun)) return null;
    const k = Number(m[4]);
    if (!k) return null;
    total *= k;
    links++;
    if (/^times?$/.test(m[5])) steps.push(`${n(k)} times`);
    else {
      noun = m[5];
      unit = m[5];
      steps.push(`${n(k)} ${m[5]}`);
    }
  }
  if (!links || links + 1 !== nums.length) return null;
  // "how much honey" over "23 lb of honey": the unit said, then what it measures.
  const thing = asked[1]?.replace(/\s+(?:is|are|do|does|did|have|has|that|altogether|in)$/, "");
  const of =
    thing &&
    !sameNoun(thing.split(" ")[0], unit) &&
    new RegExp(String.raw`\b${unit} of ${thing.split(" ")[0]}\b`).test(t);
  const label = of
    ? `${unit} of ${thing!.split(" ")[0]}`
    : thing && !/^(?:is|are|do|does|did|have|has|of)$/.test(thing)
      ? /^times?$/.test(unit) || !sameNoun(thing.split(" ").at(-1)!, unit)
        ? thing
        : unit
      : unit;
  return {
    value: n(total),
    texts: phrased([
      [`${n(total)} ${label}: ${steps.join(" × ")} = ${n(total)}.`, 0.6],
      [`That's ${n(total)} ${label} altogether (${steps.join(" × ")}).`, 0.4],
    ]),
  };
}

/** "I save $35 a week for a $630 bike. How many weeks?" */
function saving(t: string, nums: number[]): Solved | null {
  const m = new RegExp(
    String.raw`\b(?:sav(?:e|es|ing)|put(?:ting)? (?:away|aside)|set(?:ting)? aside)\s+(?:${MONEY})\s+(?:a|an|every|each|per)\s+(day|week|month|year)\b`,
  ).exec(t);
  if (!m || nums.length !== 2) return null;
  const per = Number(m[2] ?? m[3]);
  const symbol = symbolOf(m[1], m[4]);
  const unit = m[5];
  if (!new RegExp(String.raw`\bhow (?:many|long)\b[^?]*\b(?:${unit}s?|take)\b`).test(t)) return null;
  const goal = nums[0] === per ? nums[1] : nums[0];
  if (!per || goal <= 0) return null;
  const k = Math.ceil(goal / per - 1e-9);
  const money = (x: number) => formatMoney(x, symbol);
  const exact = Math.abs(k * per - goal) < 1e-9;
  return {
    value: String(k),
    texts: phrased([
      [
        `${plural(k, unit)}: ${money(goal)} ÷ ${money(per)} = ${n(goal / per)}${exact ? "" : `, so you reach it in week ${k}`.replace("week", unit)}.`,
        0.6,
      ],
      [`It will take ${plural(k, unit)} (${plural(k, unit)} × ${money(per)} = ${money(k * per)}).`, 0.4],
    ]),
  };
}

/** "I run 5 km three times a week. How far after 6 weeks?" */
function repeated(t: string, nums: number[]): Solved | null {
  const m = new RegExp(
    String.raw`\b${NUM}\s*(km|kilometres?|kilometers?|miles?|laps?|pages?|minutes?|hours?|lengths?|push-?ups|glasses)\s+(\d+)\s+times?\s+(?:a|an|per|every)\s+(day|week|month)\b`,
  ).exec(t);
  if (!m || nums.length !== 3) return null;
  const span = new RegExp(String.raw`\b(?:after|in|over|for)\s+(\d+)\s+${m[4]}s?\b`).exec(t);
  if (!span || !/\bhow (?:many|much|far)\b/.test(t)) return null;
  const [each, times, periods] = [Number(m[1]), Number(m[3]), Number(span[1])];
  const total = each * times * periods;
  const unit = m[2].replace(/s$/, "");
  const word = total === 1 ? unit : /^(?:km|push-?ups)$/.test(unit) ? unit : `${unit}s`;
  return {
    value: n(total),
    texts: phrased([
      [`${n(total)} ${word}: ${n(each)} × ${times} times a ${m[4]} × ${periods} ${m[4]}s = ${n(total)}.`, 0.6],
      [
        `${n(each)} × ${times} = ${n(each * times)} a ${m[4]}, and over ${periods} ${m[4]}s that's ${n(total)} ${word}.`,
        0.4,
      ],
    ]),
  };
}

/** "4 pizzas, each cut into 8 slices, shared by 5 friends plus me: how many each, how many left?" */
function sharedPieces(t: string, nums: number[]): Solved | null {
  const m =
    /\b(\d+)\s+([a-z]+)\b[^.?!]{0,30}?\b(?:each\s+)?(?:cut into|with|of|has|have|holds?|contains?|containing)\s+(\d+)\s+(slices|pieces|squares|cookies|sweets|candies|biscuits|chocolates)\b/.exec(
      t,
    );
  const people = /\b(\d+)\s+(?:friends|people|kids|children|guests|of us)\b(\s+(?:plus|and|with)\s+me\b)?/.exec(t);
  if (!m || !people || nums.length !== 3 || !/\b(?:share|shared|split|equally|evenly|each)\b/.test(t)) return null;
  const total = Number(m[1]) * Number(m[3]);
  const who = Number(people[1]) + (people[2] ? 1 : 0);
  if (!who) return null;
  const each = Math.floor(total / who);
  const left = total % who;
  const piece = m[4];
  return {
    value: String(each),
    texts: phrased([
      [
        `${m[1]} × ${m[3]} = ${total} ${piece}, shared by ${who} people${people[2] ? " (you included)" : ""}: ${each} each, with ${left} left over (${who} × ${each} = ${who * each}).`,
        1,
      ],
    ]),
  };
}

/** "6 friends at dinner and the bill came to $138. Split evenly, how much each?" */
function billSplit(t: string, nums: number[]): Solved | null {
  if (nums.length !== 2 || /%|\bpercent\b|\btip\b/.test(t)) return null;
  if (!/\b(?:split|splitting|share|sharing|evenly|equally)\b/.test(t) || !/\beach\b|\bper person\b|\bapiece\b/.test(t))
    return null;
  const people = /\b(\d+)\s+(?:friends|people|of us|colleagues|guests|persons)\b/.exec(t);
  const bill =
    moneyAt(t) ??
    (() => {
      const b = /\b(?:bill|total|check|cheque)\b[^.?!\d]{0,20}\b(?:was|is|came to|comes to|of)\s+(\d+(?:\.\d+)?)/.exec(
        t,
      );
      return b ? { value: Number(b[1]), symbol: "", at: b.index } : null;
    })();
  if (!people || !bill) return null;
  const who = Number(people[1]);
  if (who < 2 || who === bill.value) return null;
  const each = bill.value / who;
  const money = (x: number) => (bill.symbol ? formatMoney(x, bill.symbol) : n(x));
  const exact = Math.abs(Math.round(each * 100) - each * 100) < 1e-6;
  return {
    value: money(each),
    texts: phrased([
      [`Each person pays ${exact ? "" : "about "}${money(each)}: ${money(bill.value)} ÷ ${who} = ${money(each)}.`, 0.6],
      [`${money(bill.value)} split ${who} ways is ${exact ? "" : "about "}${money(each)} each.`, 0.4],
    ]),
  };
}

/** "A jacket costs €80 and it's 25% off", perhaps "I pay with $150: how much change?" */
function salePrice(t: string, nums: number[]): Solved | null {
  const price = new RegExp(String.raw`\b(?:costs?|is|are|was|were|priced at)\s+(?:${MONEY})`).exec(t);
  const off = /\b(\d+(?:\.\d+)?)\s*%\s*(?:off|discount)\b/.exec(t);
  if (!price || !off) return null;
  const value = Number(price[2] ?? price[3]);
  const symbol = symbolOf(price[1], price[4]);
  const rate = Number(off[1]);
  if (rate >= 100) return null;
  const money = (x: number) => formatMoney(x, symbol);
  const sale = value * (1 - rate / 100);
  const paid = new RegExp(String.raw`\bpay(?:ing)?\s+(?:with|using)\s+(?:an?\s+)?(?:${MONEY})`).exec(t);
  if (paid && nums.length === 3 && /\bchange\b/.test(t)) {
    const cash = Number(paid[2] ?? paid[3]);
    if (cash < sale) return null;
    return {
      value: money(cash - sale),
      texts: phrased([
        [
          `${money(cash - sale)} change: ${rate}% of ${money(value)} is ${money(value - sale)}, so you pay ${money(sale)}, and ${money(cash)} − ${money(sale)} = ${money(cash - sale)}.`,
          1,
        ],
      ]),
    };
  }
  if (
    nums.length !== 2 ||
    !/\b(?:sale price|price now|new price|how much|what(?:'s| is| will) (?:it|the price)|cost now|pay)\b/.test(t)
  )
    return null;
  return {
    value: money(sale),
    texts: phrased([
      [
        `The sale price is ${money(sale)}: ${rate}% of ${money(value)} is ${money(value - sale)}, and ${money(value)} − ${money(value - sale)} = ${money(sale)}.`,
        0.6,
      ],
      [`${money(sale)} (you save ${money(value - sale)}).`, 0.4],
    ]),
  };
}

/** "€120 a night plus a 10% tourist tax: how much for 3 nights?" */
function nightly(t: string, nums: number[]): Solved | null {
  const m = new RegExp(String.raw`(?:${MONEY})\s+(?:a|an|per|each)\s+(night|day|week|month|person|ticket)\b`).exec(t);
  const tax = /\b(\d+(?:\.\d+)?)\s*%\s+(?:[a-z]+\s+)?(?:tax|fee|service charge|vat)\b/.exec(t);
  if (!m || !tax || nums.length !== 3) return null;
  const unit = m[5];
  const count = new RegExp(String.raw`\b(\d+)\s+${unit}s?\b`).exec(t.slice(m.index + m[0].length));
  if (!count || !/\bhow much\b|\btotal\b/.test(t)) return null;
  const price = Number(m[2] ?? m[3]);
  const symbol = symbolOf(m[1], m[4]);
  const k = Number(count[1]);
  const rate = Number(tax[1]);
  const base = price * k;
  const total = base * (1 + rate / 100);
  const money = (x: number) => formatMoney(x, symbol);
  return {
    value: money(total),
    texts: phrased([
      [
        `${money(total)} in total: ${k} × ${money(price)} = ${money(base)}, plus ${rate}% (${money((base * rate) / 100)}).`,
        1,
      ],
    ]),
  };
}

/** "My salary is 3200 and my rent is 1120. What percent of my salary goes on rent?" */
function shareOf(t: string, nums: number[]): Solved | null {
  const q =
    /\bwhat (?:percent(?:age)?|%|share|fraction|proportion) of (?:my |our |the )?([a-z]+)\b[^?]{0,30}?\b(?:goes on|goes to|goes towards|is spent on|do i spend on|is|are|pays for) (?:my |our |the )?([a-z]+)\b/.exec(
      t,
    );
  if (!q || nums.length !== 2) return null;
  // "I spend 500 on groceries": the amount said before the thing.
  const spent = (word: string) =>
    new RegExp(
      String.raw`\b(?:spend|pay|put)\s+[$€£]?\s*(\d+(?:\.\d+)?)\s+(?:a month\s+|a week\s+)?(?:on|for|towards?)\s+(?:my |our |the )?${word}`,
    ).exec(t)?.[1];
  const statedValue = (word: string) =>
    spent(word) ??
    new RegExp(
      String.raw`\b(?:my |our |the )?${word}s?\b[^.?!\d]{0,20}?\b(?:is|was|of|costs?|comes to)\s+[$€£]?\s*(\d+(?:\.\d+)?)`,
    ).exec(t)?.[1];
  const whole = statedValue(q[1]);
  const part = statedValue(q[2]);
  if (!whole || !part || whole === part) return null;
  const p = (Number(part) / Number(whole)) * 100;
  return {
    value: `${n(p)}%`,
    texts: phrased([
      [
        `${n(p)}%: ${n(Number(part))} ÷ ${n(Number(whole))} = ${n(Number(part) / Number(whole))}, and × 100 that's ${n(p)}%.`,
        1,
      ],
    ]),
  };
}

/** "The price dropped from 80 to 68: what's the % decrease?" */
function changeFromTo(t: string, nums: number[]): Solved | null {
  const m =
    /\b(dropped|fell|went down|decreased|was cut|was reduced|went up|rose|increased|grew|was raised)\s+from\s+[$€£]?\s*(\d+(?:\.\d+)?)\s*(?:[a-z]+\s+)?to\s+[$€£]?\s*(\d+(?:\.\d+)?)/.exec(
      t,
    );
  if (!m || nums.length !== 2 || !/%|\bpercent(?:age)?\b/.test(t)) return null;
  const [from, to] = [Number(m[2]), Number(m[3])];
  if (!from) return null;
  const p = ((to - from) / from) * 100;
  const way = p < 0 ? "decrease" : "increase";
  return {
    value: `${n(Math.abs(p))}%`,
    texts: phrased([
      [
        `A ${n(Math.abs(p))}% ${way}: it changed by ${n(Math.abs(to - from))}, and ${n(Math.abs(to - from))} ÷ ${n(from)} = ${n(Math.abs(p) / 100)}.`,
        1,
      ],
    ]),
  };
}

/** "A recipe calls for 500 g of flour; I want a batch 30% smaller. How much flour?" */
function scaled(t: string, nums: number[]): Solved | null {
  const m = /\b(\d+(?:\.\d+)?)\s*%\s+(smaller|less|fewer|bigger|larger|more)\b/.exec(t);
  const amount =
    /\b(\d+(?:\.\d+)?)\s*(g|kg|grams?|kilos?|ml|l|litres?|liters?|cups?|tablespoons?|tbsp|teaspoons?|tsp|oz|ounces?)\b(?:\s+of\s+([a-z]+))?/.exec(
      t,
    );
  if (!m || !amount || nums.length !== 2 || !/\bhow (?:much|many)\b/.test(t)) return null;
  const rate = Number(m[1]);
  const down = /smaller|less|fewer/.test(m[2]);
  if (down && rate >= 100) return null;
  const base = Number(amount[1]);
  const out = base * (1 + ((down ? -1 : 1) * rate) / 100);
  const unit = amount[2];
  const of = amount[3] ? ` of ${amount[3]}` : "";
  return {
    value: n(out),
    texts: phrased([
      [
        `${n(out)} ${unit}${of}: ${rate}% of ${n(base)} ${unit} is ${n((base * rate) / 100)} ${unit}, and ${n(base)} ${down ? "−" : "+"} ${n((base * rate) / 100)} = ${n(out)}.`,
        1,
      ],
    ]),
  };
}
