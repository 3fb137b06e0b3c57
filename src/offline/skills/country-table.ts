/**
 * "A markdown table with columns Country and Capital for France, Spain and Portugal": the named
 * countries, one row each, with the columns the request names, read from the countries-list data
 * (corpus/countries.ts). A column the data lacks (population, area) means no table: the facts
 * skill declines it honestly.
 */
import { type CountryFacts, findCountry } from "../corpus/countries";
import type { Skill } from "./skill";

const COLUMNS: [RegExp, string, (c: CountryFacts) => string][] = [
  [/\b(?:countr(?:y|ies)|nations?)\b/i, "Country", (c) => c.name],
  [/\bcapitals?(?: cit(?:y|ies))?\b/i, "Capital", (c) => c.capital],
  [/\bcurrenc(?:y|ies)\b/i, "Currency", (c) => (c.currency ? `${c.currency.name} (${c.currency.code})` : "")],
  [/\bcontinents?\b/i, "Continent", (c) => c.continent],
  [/\blanguages?\b/i, "Language", (c) => c.languages.join(", ")],
  [/\b(?:calling|dialling|dialing|phone|country) codes?\b/i, "Calling code", (c) => c.callingCodes.join(", ")],
];

/** Columns no data here holds: the table is not made up. */
const LACKING =
  /\b(?:population|people|area|size|gdp|president|leader|king|queen|prime minister|flag|religion|climate)\b/i;

function countriesIn(text: string): CountryFacts[] {
  const found: CountryFacts[] = [];
  for (const part of text.split(/,|;|\||\n|\band\b|\bor\b|&/i)) {
    const c = findCountry(part)?.country;
    if (c && !found.some((f) => f.code === c.code)) found.push(c);
  }
  return found;
}

export const countryTable: Skill = {
  name: "country-table",
  does: "a markdown table of named countries with the columns asked for (capital, currency, continent, language, calling code)",
  reply({ lastUser, json }) {
    if (json || !/\btable\b/i.test(lastUser) || LACKING.test(lastUser)) return null;
    const rows = countriesIn(lastUser);
    if (rows.length < 2) return null;
    // The columns in the order the request names them; the country always first.
    const named = COLUMNS.map((col) => ({ col, at: lastUser.search(col[0]) }))
      .filter((x) => x.at >= 0 && x.col[1] !== "Country")
      .sort((a, b) => a.at - b.at)
      .map((x) => x.col);
    if (!named.length) return null;
    const columns = [COLUMNS[0], ...named];
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    const table = [
      line(columns.map((c) => c[1])),
      line(columns.map(() => "---")),
      ...rows.map((r) => line(columns.map((c) => c[2](r)))),
    ].join("\n");
    return { texts: [{ text: table, weight: 1 }], exact: true, asWritten: true };
  },
};
