/**
 * "How many legs do three spiders have altogether?", "How many legs do 2 dogs and 3 chickens
 * have?": the count of each animal times its legs (corpus/everyday-facts.ts, each group with its
 * source), added up, with the sum shown. An animal the table does not hold leaves the question
 * to the other skills, so nothing is guessed.
 */
import { digitsForWords } from "../language/numbers";
import { LEGS, plural } from "../corpus/everyday-facts";
import type { Skill } from "./skill";

/** The table's animals by singular and plural, with their legs; spiders counted as arachnids are. */
const BY_NAME = new Map<string, { one: string; many: string; legs: number }>();
for (const g of [...LEGS, { animals: ["spider"], legs: 8 }])
  for (const a of g.animals) {
    const entry = { one: a, many: plural(a), legs: g.legs };
    BY_NAME.set(a, entry);
    BY_NAME.set(entry.many, entry);
  }

const ASKED = /\bhow many (?:legs|feet|paws)\b/i;
const PAIR = /\b(\d{1,3})\s+([a-z]+(?:\s+[a-z]+)?)\b/gi;

export const legCount: Skill = {
  name: "leg-count",
  does: "the legs of several animals added up (three spiders, two dogs and a chicken)",
  reply({ lastUser }) {
    if (!ASKED.test(lastUser) || lastUser.length > 200) return null;
    const q = digitsForWords(lastUser.toLowerCase()).replace(/\ban?\s+(?=[a-z]+\b)/g, "1 ");
    const groups: { n: number; one: string; many: string; legs: number }[] = [];
    for (const m of q.matchAll(PAIR)) {
      // "3 spiders", "2 guinea pigs": the longest name the table holds.
      const words = m[2].split(/\s+/);
      const found = BY_NAME.get(m[2]) ?? BY_NAME.get(words[0]);
      if (found) groups.push({ n: Number(m[1]), ...found });
    }
    // One animal alone ("How many legs does a spider have?") is the fact's own answer.
    const total = groups.reduce((s, g) => s + g.n, 0);
    if (!groups.length || total < 2 || total > 1000) return null;
    const sum = groups.reduce((s, g) => s + g.n * g.legs, 0);
    const name = (g: (typeof groups)[number]) => `${g.n} ${g.n === 1 ? g.one : g.many}`;
    const work = groups.map((g) => `${g.n} × ${g.legs}`).join(" + ");
    const said = groups.map((g) => `${g.many} have ${g.legs}`);
    const each = said.length > 1 ? `${said.slice(0, -1).join(", ")} and ${said[said.length - 1]}` : said[0];
    const list =
      groups.length === 1
        ? name(groups[0])
        : `${groups.slice(0, -1).map(name).join(", ")} and ${name(groups[groups.length - 1])}`;
    return {
      texts: [
        { text: `${list} have ${sum} legs altogether: ${work} = ${sum} (${each}).`, weight: 2 },
        { text: `That's ${sum} legs: ${work} = ${sum}, since ${each}.`, weight: 1 },
      ],
      fields: { answer: sum, legs: sum, total: sum },
    };
  },
};
