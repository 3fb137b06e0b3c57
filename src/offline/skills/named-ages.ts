/**
 * Ages the user gave for the people and pets they named ("I have two dogs, Max is 7 years old and
 * Luna is 4"): "How old is Max?", "How many years older is Max than Luna?", "Who is older?", their
 * ages together. Every answer is read from the user's own words or worked out from them.
 */
import { workbookToday } from "../../api/catalog";
import { digitsForWords } from "../language/numbers";
import type { ConversationTurn } from "../read/conversation";
import type { Skill } from "./skill";

interface Age {
  name: string;
  n: number;
  unit: string;
}

const NOT_A_NAME =
  /^(?:I|It|He|She|That|This|There|What|Which|Who|The|A|An|My|Our|Your|His|Her|Their|Today|Tomorrow|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** "Max is 7 years old and Luna is 4": each named age, the unit carried to the next one said bare. */
function statedAges(turns: readonly ConversationTurn[]): Map<string, Age> {
  const ages = new Map<string, Age>();
  for (const t of turns) {
    if (t.role !== "user") continue;
    for (const sentence of digitsForWords(t.text.slice(0, 2000)).split(/(?<=[.!?])\s+|\n+/)) {
      if (/\?\s*$/.test(sentence)) continue;
      let unit = "years";
      for (const m of sentence.matchAll(
        /\b([A-Z][\p{L}-]{1,20})(?:,?\s+who(?:'s|\s+is|\s+(?:just\s+)?turned|\s+turns)|\s+(?:is|(?:just\s+)?turned|turns)|'s)\s+(\d{1,3})(?: (years?|months?|weeks?)(?: old)?)?\b/gu,
      )) {
        if (NOT_A_NAME.test(m[1])) continue;
        if (m[3]) unit = m[3].replace(/s?$/, "s");
        ages.set(m[1].toLowerCase(), { name: m[1], n: Number(m[2]), unit });
      }
      // "my kids are Ava, 12, and Ben", "Ava (12)", "Ben aged 8": a name with its age beside it.
      for (const m of sentence.matchAll(
        /\b([A-Z][\p{L}-]{1,20})(?:,\s+|\s+\(|\s+aged\s+)(\d{1,2})(?=\)|\s*,|\s+and\b|\s*$|\.)/gu,
      )) {
        if (NOT_A_NAME.test(m[1]) || ages.has(m[1].toLowerCase())) continue;
        ages.set(m[1].toLowerCase(), { name: m[1], n: Number(m[2]), unit });
      }
    }
  }
  return ages;
}

const say = (a: Age) => `${a.name} is ${a.n} ${a.n === 1 ? a.unit.replace(/s$/, "") : a.unit} old`;

export const namedAges: Skill = {
  name: "named-ages",
  does: "the ages the user gave for named people and pets: how old, how much older, who is older, together",
  reply: ({ turns, lastUser, json }) => {
    if (json) return null;
    const q = lastUser.toLowerCase();
    if (!/\b(?:old|older|younger|oldest|youngest|age|ages)\b/.test(q)) return null;
    // The asking message may state them too ("Tom is 3 and Rex is 9. How much older is Rex?"): its question is skipped.
    const ages = statedAges(turns);
    if (ages.size === 0) return null;
    const named = [...q.matchAll(/\b([a-z][a-z'-]{1,20})\b/g)].map((m) => ages.get(m[1])).filter((a): a is Age => !!a);
    const one = (text: string, value: number | string) => ({
      texts: [{ text, weight: 1 }],
      exact: true,
      fields: { answer: value },
    });
    const diff =
      /\bhow (?:many|much) (?:years?|months?|weeks?)? ?(older|younger)\b|\bage (?:difference|gap)\b|\bdifference in (?:their )?ages?\b/.exec(
        q,
      );
    // "How much older is Rex?" of two named ages compares Rex with the other one.
    const pair =
      named.length >= 2
        ? named
        : named.length === 1 && ages.size === 2
          ? [named[0], ...[...ages.values()].filter((a) => a !== named[0])]
          : [];
    if (diff && pair.length >= 2) {
      const [a, b] = pair;
      if (a.unit !== b.unit) return null;
      const gap = Math.abs(a.n - b.n);
      const [older, younger] = a.n >= b.n ? [a, b] : [b, a];
      const units = gap === 1 ? a.unit.replace(/s$/, "") : a.unit;
      return one(
        diff[1] === "younger"
          ? `${younger.name} is ${gap} ${units} younger than ${older.name} (${younger.n} and ${older.n}).`
          : `${older.name} is ${gap} ${units} older than ${younger.name} (${older.n} and ${younger.n}).`,
        gap,
      );
    }
    if (
      /\bwho(?:'s| is)? (?:the )?(older|oldest|younger|youngest)\b|\bwhich (?:one|dog|cat|kid|child) is (?:the )?(older|oldest|younger|youngest)\b/.test(
        q,
      )
    ) {
      const list = named.length >= 2 ? named : [...ages.values()];
      if (list.length < 2 || new Set(list.map((a) => a.unit)).size > 1) return null;
      const wantsOld = /\bolde(?:r|st)\b/.test(q);
      const sorted = [...list].sort((x, y) => (wantsOld ? y.n - x.n : x.n - y.n));
      if (sorted[0].n === sorted[1].n)
        return one(
          `${sorted[0].name} and ${sorted[1].name} are the same age: ${sorted[0].n} ${sorted[0].unit}.`,
          sorted[0].name,
        );
      return one(
        `${sorted[0].name} is ${wantsOld ? "older" : "younger"}: ${list.map(say).join(", and ")}.`,
        sorted[0].name,
      );
    }
    if (/\b(?:together|combined|in total|total age|add(?:ed)? up)\b/.test(q) && (named.length >= 2 || ages.size >= 2)) {
      const list = named.length >= 2 ? named : [...ages.values()];
      if (new Set(list.map((a) => a.unit)).size > 1) return null;
      const total = list.reduce((sum, a) => sum + a.n, 0);
      return one(
        `Together they are ${total} ${list[0].unit} old (${list.map((a) => `${a.name} ${a.n}`).join(" + ")}).`,
        total,
      );
    }
    if (/\b(?:average|mean)\b/.test(q) && (named.length >= 2 || ages.size >= 2)) {
      const list = named.length >= 2 ? named : [...ages.values()];
      if (new Set(list.map((a) => a.unit)).size > 1) return null;
      const mean = Math.round((list.reduce((sum, a) => sum + a.n, 0) / list.length) * 10) / 10;
      return one(
        `Their average age is ${mean} ${list[0].unit}: (${list.map((a) => a.n).join(" + ")}) / ${list.length}.`,
        mean,
      );
    }
    // "How old will Pepper be in 2030?": the age said now, plus the years until then (the workbook's today).
    const will =
      /\bhow old will ([a-z][a-z'-]{1,20}) be (?:in (\d{1,3}) years?|in (\d{4})|next year)\b|\bwhat age will ([a-z][a-z'-]{1,20}) be (?:in (\d{1,3}) years?|in (\d{4})|next year)\b/.exec(
        digitsForWords(q),
      );
    const later = will ? ages.get(will[1] ?? will[4]) : undefined;
    if (will && later && later.unit === "years") {
      const thisYear = Number(workbookToday().slice(0, 4));
      const inYear = will[3] ?? will[6];
      const years = inYear ? Number(inYear) - thisYear : Number(will[2] ?? will[5] ?? 1);
      if (years < 1 || years > 120) return null;
      const age = later.n + years;
      const when = inYear ? `in ${inYear}` : years === 1 ? "next year" : `in ${years} years`;
      const since = inYear
        ? `: ${later.n} now, in ${thisYear}, plus ${years} year${years === 1 ? "" : "s"}`
        : ` (${later.n} + ${years})`;
      return one(`${later.name} will be ${age} ${when}${since}.`, age);
    }
    const how = /\bhow old is ([a-z][a-z'-]{1,20})\b|\bwhat(?:'s| is) ([a-z][a-z'-]{1,20})'s age\b/.exec(q);
    const asked = how ? ages.get(how[1] ?? how[2]) : undefined;
    return asked ? one(`${say(asked)}.`, asked.n) : null;
  },
};
