/**
 * Amounts of one unit told one by one ("42 km on Monday, 18 km on Wednesday and 65 km on Saturday"),
 * added up, averaged, or checked against a total someone else gave; and a shared bill with the
 * user's own extra on top. Every number of the message must be one of the amounts, the count of them,
 * or the total being checked: a number left over is another question, left to the other skills.
 */
import { formatNumber } from "../language/numbers";
import { type Solved, phrased } from "./computed";

const n = (x: number) => formatNumber(x, 2);

const UNITS =
  "km|kilometres|kilometers|miles|mi|metres|meters|m|hours|hrs|minutes|mins|kg|g|litres|liters|l|ml|pages|steps|laps|points|words|euros|dollars|pounds";

export function solveAmountStory(t: string): Solved | null {
  if (t.length > 600) return null;
  return (
    amountsTold(t) ??
    sharePlusOwn(t) ??
    perPeriod(t) ??
    fuelUse(t) ??
    readings(t) ??
    boxesOfEach(t) ??
    eachAmount(t) ??
    speedOf(t) ??
    neededFor(t)
  );
}

/**
 * "I ran 42.2 km in exactly 4 hours: what was my average speed?": the distance over the time, in the
 * distance's own unit per hour (a question naming another unit is left to the converters).
 */
function speedOf(t: string): Solved | null {
  if (
    !/\b(?:average speed|how fast|speed|pace|km per hour|kilometres per hour|kilometers per hour|miles per hour|mph|km\/h|kph)\b/.test(
      t,
    )
  )
    return null;
  if (/\bpace\b|\bper (?:km|kilometre|kilometer|mile)\b/.test(t)) return null;
  if ((t.match(/\d+(?:\.\d+)?/g) ?? []).length !== 2) return null;
  const m =
    /\b(\d+(?:\.\d+)?)\s*(km|kilometres|kilometers|miles|mi)\b[^.?!\d]{0,40}?\bin\s+(?:exactly\s+|about\s+|around\s+|just\s+)?(\d+(?:\.\d+)?)\s*(hours?|hrs?|h|minutes?|mins?)\b/.exec(
      t,
    );
  if (!m) return null;
  const km = /^k/.test(m[2]);
  if (km ? /\b(?:miles per hour|mph)\b/.test(t) : /\b(?:km per hour|kilomet\w+ per hour|km\/h|kph)\b/.test(t))
    return null;
  const hours = /^h/.test(m[4]) ? Number(m[3]) : Number(m[3]) / 60;
  if (!hours) return null;
  const speed = Number(m[1]) / hours;
  const unit = km ? "km/h" : "mph";
  const time = /^h/.test(m[4]) ? `${m[3]} h` : `${m[3]} min = ${n(hours)} h`;
  return {
    value: n(speed),
    texts: phrased([
      [`${n(speed)} ${unit} on average: ${m[1]} ${m[2]} ÷ ${time} = ${n(speed)} ${unit}.`, 0.6],
      [`Your average speed was ${n(speed)} ${unit} (${m[1]} ${m[2]} ÷ ${time}).`, 0.4],
    ]),
  };
}

const PEOPLE =
  /^(?:people|persons?|passengers?|guests?|students?|kids?|children|visitors?|pupils?|players?|diners?|runners?|members?)$/;

/**
 * "180 passengers, and each trolley run serves 30 people: how many runs do I need?": the count over
 * what one holds, rounded up (a part-full one is still needed).
 */
function neededFor(t: string): Solved | null {
  if ((t.match(/\d+(?:\.\d+)?/g) ?? []).length !== 2) return null;
  const q = /\bhow many\s+([a-z]+)\s+(?:do|will|would|should|must)\s+(?:i|we|you|they)\s+need\b/.exec(t);
  const cap =
    /\beach\s+(?:([a-z]+)\s+)?([a-z]+)\s+(?:serves|holds|carries|seats|takes|fits|feeds|sleeps|covers)\s+(?:up to\s+)?(\d+)(?:\s+([a-z]+))?/.exec(
      t,
    );
  if (!q || !cap) return null;
  const what = stemOf(q[1]);
  if (what !== stemOf(cap[2]) && what !== stemOf(`${cap[1] ?? ""}`)) return null;
  const rest = t.slice(0, cap.index) + t.slice(cap.index + cap[0].length);
  const all = /(?<![\d.])(\d+)\s+([a-z]+)/.exec(rest);
  if (!all) return null;
  const same = !cap[4] || stemOf(cap[4]) === stemOf(all[2]) || (PEOPLE.test(cap[4]) && PEOPLE.test(all[2]));
  if (!same) return null;
  const [total, size] = [Number(all[1]), Number(cap[3])];
  if (!size || !Number.isInteger(total) || !Number.isInteger(size)) return null;
  const k = Math.ceil(total / size);
  const r = total % size;
  const word = q[1];
  const why = r
    ? `${total} ÷ ${size} = ${Math.floor(total / size)} remainder ${r}, and the last ${r} still need one, so ${k}`
    : `${total} ÷ ${size} = ${k}`;
  return {
    value: String(k),
    texts: phrased([
      [`You need ${k} ${word}: ${why}.`, 0.6],
      [`${k} ${word} (${why}).`, 0.4],
    ]),
  };
}

const stemOf = (w: string) => w.replace(/(x|ch|sh|ss)es$/, "$1").replace(/(?<!s)s$/, "");

/**
 * "14 lengths of pipe at 2.5 metres each: how many metres altogether?", "86 cows and each one gives
 * about 28 litres a day: how many litres a day?": a count of things times the amount each has, when
 * the question asks for that amount's unit and the message has no other number.
 */
function eachAmount(t: string): Solved | null {
  if ((t.match(/\d+(?:\.\d+)?/g) ?? []).length !== 2) return null;
  const asked = /\bhow (?:many|much)\s+([a-z]+)\b/.exec(t);
  if (!asked) return null;
  const amount =
    /\b(\d+(?:\.\d+)?)\s*([a-z]+)\s+(?:each|apiece)\b/.exec(t) ??
    /\beach(?:\s+(?:one|of them|[a-z]+))?\s+(?:gives|makes|holds|weighs|uses|needs|takes|has|is|produces|eats|drinks|carries|contains|measures|covers)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?(\d+(?:\.\d+)?)\s*([a-z]+)\b/.exec(
      t,
    );
  if (!amount || stemOf(amount[2]) !== stemOf(asked[1])) return null;
  const rest = t.slice(0, amount.index) + " ".repeat(amount[0].length) + t.slice(amount.index + amount[0].length);
  const counted = /(?<![\d.])(\d+)\s+([a-z]+)/.exec(rest);
  if (!counted || stemOf(counted[2]) === stemOf(amount[2])) return null;
  const per = /^\s*(a|an|per|each|every)\s+(day|week|month|year|night|hour)\b/.exec(
    t.slice(amount.index + amount[0].length),
  );
  const [k, each] = [Number(counted[1]), Number(amount[1])];
  const total = k * each;
  const tail = per ? ` a ${per[2]}` : "";
  return {
    value: n(total),
    texts: phrased([
      [`${n(total)} ${amount[2]}${tail} in total: ${k} × ${n(each)} = ${n(total)}.`, 0.6],
      [`That's ${n(total)} ${amount[2]}${tail} (${k} ${counted[2]} × ${n(each)} ${amount[2]}).`, 0.4],
    ]),
  };
}

/** "The odometer said 18,460 km before the trip and 19,127 km after: how far did we drive?" */
function readings(t: string): Solved | null {
  const q =
    /\bhow (?:many|much|far)\b[^.?!]*\b(?:drive|drove|driven|travel\w*|cover\w*|go|went|gone|use|used|ride|rode|ridden|walk\w*|run|ran|climb\w*|add\w*|gain\w*|lose|lost)\b/.exec(
      t,
    );
  const found = [
    ...t.matchAll(
      new RegExp(
        String.raw`(?<![\d.])(\d+(?:\.\d+)?)\s*(${UNITS})?\b\s*(before|after|at the start|at the end|at the beginning|to start|now|when \w+ (?:started|finished|left|got back))?`,
        "g",
      ),
    ),
  ];
  if (!q || found.length !== 2 || !/\b(?:odometer|meter|reading|counter|clock|said|showed|read|was at)\b/.test(t))
    return null;
  if (!/\bbefore\b|\bat the start\b|\bstart/.test(t) || !/\bafter\b|\bat the end\b|\bnow\b|\bend\b/.test(t))
    return null;
  const [a, b] = found.map((m) => Number(m[1]));
  const unit = found[0][2] ?? found[1][2] ?? "";
  if (found[0][2] && found[1][2] && found[0][2] !== found[1][2]) return null;
  const gap = Math.abs(b - a);
  const u = unit ? ` ${unit}` : "";
  return {
    value: n(gap),
    texts: phrased([
      [`${n(gap)}${u}: ${n(Math.max(a, b))} − ${n(Math.min(a, b))} = ${n(gap)}.`, 0.6],
      [`The difference between the two readings is ${n(gap)}${u} (${n(Math.max(a, b))} − ${n(Math.min(a, b))}).`, 0.4],
    ]),
  };
}

/** "48 boxes of pencils, and each box has 12 pencils: how many pencils?" */
function boxesOfEach(t: string): Solved | null {
  const m =
    /\b(\d+)\s+([a-z]+?)(?:es|s)?\s+of\s+([a-z]+)\b[^.?!\d]{0,40}?\beach\s+(?:one\s+)?(?:\2(?:es|s)?\s+)?(?:has|holds|contains|have|hold|contain|is|comes with)\s+(\d+)\s+([a-z]+)/.exec(
      t,
    );
  if (!m || (t.match(/\d+(?:\.\d+)?/g) ?? []).length !== 2) return null;
  const thing = m[5];
  if (!new RegExp(String.raw`\bhow many\s+${thing}\b`).test(t)) return null;
  const [boxes, each] = [Number(m[1]), Number(m[4])];
  return {
    value: String(boxes * each),
    texts: phrased([
      [`${boxes * each} ${thing} in total: ${boxes} × ${each} = ${boxes * each}.`, 0.6],
      [
        `That's ${boxes * each} ${thing} (${boxes} ${m[2]}es/s of ${each})`.replace(
          / \(.*\)$/,
          ` (${boxes} × ${each}).`,
        ),
        0.4,
      ],
    ]),
  };
}

/** Periods in a year, as pay is reckoned: 12 months, 52 weeks, 365 days (a year is 52 weeks and a day or two). */
const PER_YEAR: Record<string, number> = { year: 1, month: 12, week: 52, day: 365 };

/** "My salary is 42,000 a year. What's that a month?": one amount per period, asked per another period. */
function perPeriod(t: string): Solved | null {
  const m = /\b(\d+(?:\.\d+)?)\s*(?:[a-z]+\s+)?(?:a|an|per|each|every)\s+(year|month|week|day)\b/.exec(t);
  const q =
    /\b(?:what(?:'s| is| does) (?:that|it|this)|how much (?:is|does) (?:that|it|this)(?: come to| make| work out)?|how much (?:is|do i (?:get|earn|make|spend|pay|save)))(?: to)?\s+(?:a|an|per|each|every)\s+(year|month|week|day)\b/.exec(
      t,
    );
  if (!m || !q || (t.match(/\d+(?:\.\d+)?/g) ?? []).length !== 1) return null;
  const [from, to] = [m[2], q[1]];
  if (from === to || (from === "day" && to === "month") || (from === "month" && to === "day")) return null;
  if ((from === "week" && to === "month") || (from === "month" && to === "week")) return null;
  const amount = Number(m[1]);
  const value = (amount * PER_YEAR[from]) / PER_YEAR[to];
  const note =
    from === "week" || to === "week"
      ? from === "day" || to === "day"
        ? " (7 days a week)"
        : " (a year taken as 52 weeks)"
      : from === "day" || to === "day"
        ? " (365 days a year)"
        : "";
  const op = PER_YEAR[from] > PER_YEAR[to] ? "×" : "÷";
  const k = PER_YEAR[from] > PER_YEAR[to] ? PER_YEAR[from] / PER_YEAR[to] : PER_YEAR[to] / PER_YEAR[from];
  return {
    value: n(value),
    texts: phrased([
      [`${n(amount)} a ${from} is ${n(value)} a ${to}: ${n(amount)} ${op} ${n(k)} = ${n(value)}${note}.`, 0.6],
      [`That's ${n(value)} a ${to}${note}.`, 0.4],
    ]),
  };
}

/** "420 km, and my car does 6 litres per 100 km: how many litres?", "300 miles at 40 mpg: how many gallons?" */
function fuelUse(t: string): Solved | null {
  if (!/\bhow (?:many|much) (?:litres|liters|gallons|fuel|petrol|gas|diesel)\b/.test(t)) return null;
  if ((t.match(/\d+(?:\.\d+)?/g) ?? []).length !== 3 && !/\bmpg\b/.test(t)) return null;
  const per100 =
    /\b(\d+(?:\.\d+)?)\s*(?:l|litres|liters)\s*(?:per|\/|a|every)\s*100\s*(?:km|kilometres|kilometers)\b/.exec(t);
  const trip = /\b(\d+(?:\.\d+)?)\s*(km|kilometres|kilometers|miles)\b/.exec(t.replace(per100?.[0] ?? "\0", " "));
  if (per100 && trip && /^k/.test(trip[2]) && (t.match(/\d+(?:\.\d+)?/g) ?? []).length === 3) {
    const [rate, dist] = [Number(per100[1]), Number(trip[1])];
    const litres = (dist * rate) / 100;
    return {
      value: n(litres),
      texts: phrased([[`About ${n(litres)} litres: ${n(dist)} km × ${n(rate)} L ÷ 100 km = ${n(litres)} L.`, 1]]),
    };
  }
  const mpg = /\b(\d+(?:\.\d+)?)\s*(?:mpg|miles per gallon|miles to the gallon)\b/.exec(t);
  const miles = /\b(\d+(?:\.\d+)?)\s*miles\b(?! per| to the)/.exec(t.replace(mpg?.[0] ?? "\0", " "));
  if (mpg && miles && (t.match(/\d+(?:\.\d+)?/g) ?? []).length === 2 && /\bgallons?\b/.test(t)) {
    const [rate, dist] = [Number(mpg[1]), Number(miles[1])];
    if (!rate) return null;
    const gallons = dist / rate;
    return {
      value: n(gallons),
      texts: phrased([[`About ${n(gallons)} gallons: ${n(dist)} miles ÷ ${n(rate)} mpg = ${n(gallons)}.`, 1]]),
    };
  }
  return null;
}

/**
 * "I rode 42 km on Monday, 18 km on Wednesday and 65 km on Saturday: total and average per ride?",
 * "Day one is 11.5 km, day two 14.2 km, the last 8.3 km; the guidebook says about 35 km. Actual total?"
 */
function amountsTold(t: string): Solved | null {
  const wantsTotal = /\b(?:total|altogether|in all|combined|all together|add(?:ed)? up)\b/.test(t);
  const wantsMean = /\b(?:average|mean)\b/.test(t);
  if (!wantsTotal && !wantsMean) return null;
  if (!/\?|\bwhat\b|\bhow\b/.test(t)) return null;
  if (
    /\b(?:more|less|fewer|longer|shorter) than\b|\btimes as\b|%|\bper cent\b|\beach\b|\bper (?:hour|km|mile)\b/.test(t)
  )
    return null;
  // A total someone gives ("the guidebook says the whole thing is about 35 km") is checked, not added.
  const claim = new RegExp(
    String.raw`\b(?:says?|said|claims?|reckons?|lists?|listed as|supposed to be|apparently)\b[^.?!\d]{0,40}?\b(?:about|around|roughly|approximately|is|be|as)?\s*(\d+(?:\.\d+)?)\s*(${UNITS})\b`,
  ).exec(t);
  const rest = claim ? t.replace(claim[0], " ") : t;
  const amounts = [...rest.matchAll(new RegExp(String.raw`(?<![\d.-])(\d+(?:\.\d+)?)\s*(${UNITS})\b`, "g"))];
  if (amounts.length < 2) return null;
  const unit = amounts[0][2];
  if (amounts.some((a) => a[2] !== unit) || (claim && claim[2] !== unit)) return null;
  const xs = amounts.map((a) => Number(a[1]));
  // "a 3-day loop", "3 rides": the count of the amounts may be said too; any other number is not this.
  // "22mm copper", "a 4 inch pipe": a size in another unit set before a noun describes the thing, it
  // is not one of the amounts asked about.
  const others = (
    rest
      .replace(/\b(?:day|stage|leg|part|round|week|section|ride|run)\s+\d+\b/g, " ")
      .replace(/(?<![\d.])\d+(?:\.\d+)?\s*(?:mm|cm|inch|in|")(?:\s+|-)(?=[a-z])(?!and\b|or\b|of\b|by\b|x\b)/g, (m) =>
        /^\d+(?:\.\d+)?\s*(mm|cm)/.exec(m)?.[1] === unit ? m : " ",
      )
      .replace(new RegExp(String.raw`(?<![\d.-])\d+(?:\.\d+)?\s*(?:${UNITS})\b`, "g"), " ")
      .match(/\d+(?:\.\d+)?/g) ?? []
  ).map(Number);
  if (others.some((x) => x !== xs.length)) return null;
  const sum = xs.reduce((a, b) => a + b, 0);
  const mean = sum / xs.length;
  const show = (x: number) => `${n(x)} ${unit}`;
  const added = xs.map(n).join(" + ");
  const said: string[] = [];
  if (wantsTotal || !wantsMean) said.push(`That's ${show(sum)} in total (${added}).`);
  if (wantsMean)
    said.push(
      `The average is ${show(mean)} per ${/\bper ([a-z]+)\b/.exec(t)?.[1] ?? (/\bdays?\b/.test(t) ? "day" : "item")}: ${n(sum)} ÷ ${xs.length} = ${n(mean)}.`,
    );
  if (claim) {
    const given = Number(claim[1]);
    const gap = Math.abs(sum - given);
    said.push(
      gap < 1e-9
        ? `That matches the ${show(given)} you were given.`
        : `That's ${show(gap)} ${sum < given ? "less" : "more"} than the ${show(given)} you were given.`,
    );
  }
  return {
    value: n(wantsTotal || !wantsMean ? sum : mean),
    texts: phrased([[said.join(" "), 1]]),
    fields: {
      total: Number(n(sum).replace(/,/g, "")),
      ...(wantsMean ? { average: Number(n(mean).replace(/,/g, "")) } : {}),
    },
  };
}

/** "Rent is 780 a month split between 3 of us, and I also pay 45 for the internet on my own. How much do I pay?" */
function sharePlusOwn(t: string): Solved | null {
  const split =
    /\b(\d+(?:\.\d+)?)\b[^.?!\d]{0,30}?\b(?:split|shared|divided)\s+(?:equally\s+|evenly\s+)?(?:between|among|by|across)\s+(\d+)\s+(?:of us|people|flatmates|housemates|roommates|friends|ways)\b/.exec(
      t,
    );
  const own =
    /\b(?:i|me)\s+(?:also\s+|then\s+)?(?:pay|cover|add)\s+(?:another\s+|an extra\s+)?[$€£]?\s*(\d+(?:\.\d+)?)\b(?:\s+(?:for|on)\s+(?:the\s+|my\s+)?([a-z]+))?/.exec(
      t,
    );
  if (!split || !own || !/\bhow much (?:do|will|should|would) i\b/.test(t)) return null;
  if ((t.match(/\d+(?:\.\d+)?/g) ?? []).length !== 3) return null;
  const [bill, people, extra] = [Number(split[1]), Number(split[2]), Number(own[1])];
  if (people < 2) return null;
  const share = bill / people;
  const total = share + extra;
  const what = own[2] ? ` for the ${own[2]}` : "";
  return {
    value: n(total),
    texts: phrased([
      [`You pay ${n(total)}: your share is ${n(bill)} ÷ ${people} = ${n(share)}, plus the ${n(extra)}${what}.`, 0.6],
      [`${n(share)} (a ${people}-way share of ${n(bill)}) + ${n(extra)}${what} = ${n(total)}.`, 0.4],
    ]),
  };
}
