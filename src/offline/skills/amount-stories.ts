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
  return amountsTold(t) ?? sharePlusOwn(t);
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
  const others = (
    rest
      .replace(/\b(?:day|stage|leg|part|round|week|section|ride|run)\s+\d+\b/g, " ")
      .replace(new RegExp(String.raw`(?<![\d.-])\d+(?:\.\d+)?\s*(?:${UNITS})\b`, "g"), " ")
      .match(/\d+(?:\.\d+)?/g) ?? []
  ).map(Number);
  if (others.some((x) => x !== xs.length)) return null;
  const sum = xs.reduce((a, b) => a + b, 0);
  const mean = sum / xs.length;
  const show = (x: number) => `${n(x)} ${unit}`;
  const added = xs.map(n).join(" + ");
  const said: string[] = [];
  if (wantsTotal || !wantsMean) said.push(`The total is ${show(sum)} (${added}).`);
  if (wantsMean)
    said.push(
      `The average is ${show(mean)} per ${/\brides?\b/.test(t) ? "ride" : /\bruns?\b/.test(t) ? "run" : /\bdays?\b|\bday\b/.test(t) ? "day" : "item"}: ${n(sum)} ÷ ${xs.length} = ${n(mean)}.`,
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
