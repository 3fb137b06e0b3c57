/**
 * "A table with two columns, Planet and Number of moons, for Earth and Mars", "the symbols of gold,
 * silver and iron in a table": the named planets or elements, one row each, with the columns the
 * request names, read from the sourced planet table (corpus/planets.ts, NASA) and the element data
 * (corpus/elements.ts, chemical-elements). A column neither holds means no table: the facts skills
 * answer or decline the question as before. Countries have their own table (country-table.ts).
 */
import { type ElementFacts, findElementByName } from "../corpus/elements";
import { PLANETS, type Planet, findPlanet } from "../corpus/planets";
import type { Skill } from "./skill";

type Column<T> = [RegExp, string, (x: T) => string];

/** Thousands grouped alike in every row: "6,792" beside "12,104". */
const figure = (x: number, decimals = 1) => x.toLocaleString("en-US", { maximumFractionDigits: decimals });

const NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight"];

const PLANET_COLUMNS: Column<Planet>[] = [
  [/\bmoons?\b/i, "Moons", (p) => String(p.moons)],
  [
    /\b(?:position|order|place|number)\s+(?:from|counting from|out from)\s+the\s+sun\b|\bposition\b/i,
    "Position from the Sun",
    (p) => String(p.order),
  ],
  [/\bdiameters?\b|\bsize\b|\bwidth\b/i, "Diameter (km)", (p) => figure(p.diameterKm)],
  [/\bdistances?\b|\bhow far\b/i, "Mean distance from the Sun (million km)", (p) => figure(p.distanceMkm)],
  [
    /\blength of (?:a |the |its |their )?years?\b|\byear length\b|\borbit(?:al period)?s?\b|\bhow long (?:a |its |their )?years?\b/i,
    "One orbit (Earth days)",
    (p) => figure(p.yearDays),
  ],
  [
    /\bday length\b|\blength of (?:a |the |its |their )?days?\b|\bhow long (?:a |its |their )?days?\b|\brotation\b/i,
    "One day (hours)",
    (p) => figure(p.dayHours),
  ],
  [/\btemperatures?\b/i, "Mean temperature (°C)", (p) => String(p.meanTempC)],
  [/\brings?\b/i, "Rings", (p) => (p.rings ? "yes" : "no")],
  [/\b(?:type|kind)s?\b/i, "Type", (p) => p.kind],
];

const ELEMENT_COLUMNS: Column<ElementFacts>[] = [
  [/\bsymbols?\b/i, "Symbol", (e) => e.symbol],
  [/\batomic numbers?\b|\bnumbers?\b/i, "Atomic number", (e) => String(e.number)],
  [/\b(?:atomic )?(?:mass|weight)(?:es)?\b/i, "Atomic mass", (e) => (e.mass === undefined ? "" : figure(e.mass, 3))],
  [/\bstates?\b|\bsolid\b|\bliquid\b|\bgas\b/i, "State at 20 °C", (e) => e.state ?? ""],
  [/\b(?:categor(?:y|ies)|group|family|famil(?:y|ies)|type|kind)\b/i, "Category", (e) => e.category],
];

/** Columns no data here holds (a planet's gravity, an element's price): the table is not made up. */
const LACKING =
  /\b(?:pluto|reclassif\w*|atmospheres?|composition|surface|weather|named? (?:after|for)|nicknames?|largest moon|moon names|names of (?:the|their|its) moons|gravity|mass of|price|cost|discover(?:ed|er|y)|melting|boiling|density|colou?r|uses?)\b/i;

function found<T extends { name: string }>(text: string, find: (part: string) => T | undefined): T[] {
  const out: T[] = [];
  for (const part of text.split(/,|;|\||\n|\band\b|\bor\b|&/i)) {
    const x = find(part);
    if (x && !out.some((o) => o.name === x.name)) out.push(x);
  }
  return out;
}

function table<T extends { name: string }>(
  first: string,
  rows: T[],
  columns: Column<T>[],
  asked: string,
): string | null {
  // The columns in the order the request names them, after the name column.
  const named = columns
    .map((col) => ({ col, at: asked.search(col[0]) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((x) => x.col);
  if (!named.length || rows.some((r) => named.some((c) => c[2](r) === ""))) return null;
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [
    line([first, ...named.map((c) => c[1])]),
    line([first, ...named].map(() => "---")),
    ...rows.map((r) => line([r.name, ...named.map((c) => c[2](r))])),
  ].join("\n");
}

export const factTable: Skill = {
  name: "fact-table",
  does: "a markdown table of named planets or elements with the columns asked for (moons, position, diameter; symbol, atomic number, mass)",
  reply({ lastUser, json }) {
    if (json || !/\btables?\b/i.test(lastUser) || LACKING.test(lastUser)) return null;
    const named = found(lastUser, findPlanet);
    // "three planets", "all the planets": none named, so the first ones out from the Sun.
    const some = /\b(two|three|four|five|six|seven|eight|\d)\s+planets\b/i.exec(lastUser)?.[1];
    const wanted = some ? Number(some) || NUMBER_WORDS.indexOf(some.toLowerCase()) + 2 : undefined;
    const all = /\b(?:all(?: of)?(?: the)?|the(?: eight)?|each of the|every)\s+planets\b/i.test(lastUser);
    const planets =
      named.length >= 2
        ? named
        : wanted && wanted <= 8
          ? PLANETS.slice(0, wanted)
          : all && !named.length
            ? PLANETS
            : named;
    // Without the planet names, what is left names the columns ("Planet and Number of moons").
    const asked = lastUser.replace(/\b(?:Mercury|Venus|Earth|Mars|Jupiter|Saturn|Uranus|Neptune)\b/gi, " ");
    let text: string | null = null;
    if (planets.length >= 2) text = table("Planet", planets, PLANET_COLUMNS, asked.replace(/\bplanets?\b/gi, " "));
    else {
      const elements = found(lastUser, findElementByName);
      const rest = elements.reduce((t, e) => t.replace(new RegExp(`\\b${e.name}\\b`, "gi"), " "), lastUser);
      if (elements.length >= 2)
        text = table("Element", elements, ELEMENT_COLUMNS, rest.replace(/\belements?\b/gi, " "));
    }
    return text ? { texts: [{ text, weight: 1 }], exact: true, asWritten: true } : null;
  },
};
