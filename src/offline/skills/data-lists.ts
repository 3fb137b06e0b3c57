/**
 * Lists read from the data adapters, not written by hand: the countries of a continent and their
 * capitals (countries-list), the elements of a family or state (chemical-elements), the planets of
 * a kind (NASA's fact sheet). skills/lists.ts asks here first; a set it cannot name is not listed.
 */
import { allCountries, type CountryFacts } from "../corpus/countries";
import { allElements } from "../corpus/elements";
import { PLANETS } from "../corpus/planets";

export interface DataList {
  items: string[];
  /** Ordered: "the first three elements" are H, He, Li; an open set may be drawn in several picks. */
  ordered: boolean;
}

/**
 * Members of the United Nations only (https://www.un.org/en/about-us/member-states): the package
 * also lists territories (Greenland, Aruba, Reunion...), and counts a few countries on a continent
 * that many atlases put on another (Russia, Türkiye, Cyprus, Egypt): those are left out of
 * continent lists so no listed item is arguable.
 */
const NOT_LISTED = new Set(
  (
    "AC AX SH TA EH RE YT FO GG GI IM JE SJ XK VA PS TW HK CC CX IO AI AW BL BM BQ KY CW GL GP MQ MS MF PM PR SX TC VG VI FK GF AS CK GU MP NC NF NU PF PN TK WF GS TF UM BV HM MO " +
    "RU TR KZ AZ GE AM CY EG TL"
  ).split(" "),
);

const CONTINENTS: [RegExp, string][] = [
  [/\bsouth americ(?:a|an)\b|\blatin americ(?:a|an)\b/i, "South America"],
  [/\bnorth americ(?:a|an)\b|\bcentral americ(?:a|an)\b|\bcaribbean\b/i, "North America"],
  [/\bafric(?:a|an)\b/i, "Africa"],
  [/\beurop(?:e|ean)\b|\bthe eu\b/i, "Europe"],
  [/\basia(?:n)?\b/i, "Asia"],
  [/\boceania\b|\bpacific island\b/i, "Oceania"],
];

/** Well-known first, so a short list reads like one a person would write; the rest follow alphabetically. */
const FAMILIAR = new Set(
  "BR AR CL CO PE VE EC UY BO PY US CA MX CU JM CR PA GT NG EG KE ZA GH ET MA TZ SN DZ FR DE IT ES GB PT NL SE NO PL GR IE AT BE CH DK FI CN JP IN KR ID TH VN PH PK SA AU NZ FJ PG".split(
    " ",
  ),
);

function countriesOf(continent: string): CountryFacts[] {
  const list = allCountries().filter((c) => c.continent === continent && !c.partOf && !NOT_LISTED.has(c.code));
  return [
    ...list
      .filter((c) => FAMILIAR.has(c.code))
      .sort((a, b) => [...FAMILIAR].indexOf(a.code) - [...FAMILIAR].indexOf(b.code)),
    ...list.filter((c) => !FAMILIAR.has(c.code)).sort((a, b) => a.name.localeCompare(b.name)),
  ];
}

/**
 * Groups of countries with a fixed, official membership, by the body that names them:
 * the Nordic Council (https://www.norden.org/en/information/facts-about-nordic-countries),
 * the Benelux Union (https://www.benelux.int/en/), the G7 (https://www.consilium.europa.eu/en/policies/g7/),
 * the Baltic states (https://www.britannica.com/place/Baltic-states). "Scandinavian" is left out:
 * whether Finland and Iceland count is disputed.
 */
const GROUPS: [RegExp, string[]][] = [
  [/\bnordic (?:countries|nations|states)\b/i, ["Denmark", "Finland", "Iceland", "Norway", "Sweden"]],
  [/\bbaltic (?:countries|nations|states)\b/i, ["Estonia", "Latvia", "Lithuania"]],
  [/\bbenelux(?: countries| nations| states)?\b/i, ["Belgium", "Netherlands", "Luxembourg"]],
  [
    /\bg7 (?:countries|nations|members)\b|\bmembers of the g7\b/i,
    ["Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"],
  ],
];

function countryList(text: string): DataList | null | undefined {
  const group = GROUPS.find(([re]) => re.test(text));
  // "the capitals of the Nordic countries" asks for more than the names.
  // A closed set: listed whole, never a draw of some of its members.
  if (group)
    return /\bcapitals?\b|\bpopulation|\blargest|\bbiggest|\bsmallest/i.test(text)
      ? null
      : { items: group[1], ordered: true };
  // Plural only: "the capital of Norway" is a fact, not a list.
  if (!/\bcountries\b|\bnations\b|\bcapitals\b|\bcapital cities\b/i.test(text)) return undefined;
  // "Countries that border Germany", "the largest countries": more than the data says.
  if (
    /\b(?:border|neighbou?r|largest|biggest|smallest|richest|poorest|most|least|populous|population|speak|beginning|starting|ending|that|which|whose|where|with|without)\b/i.test(
      text,
    )
  )
    return null;
  const continent = CONTINENTS.find(([re]) => re.test(text))?.[1];
  if (!continent) return null;
  const countries = countriesOf(continent);
  const capitals = /\bcapitals?\b|\bcapital cities\b/i.test(text);
  const both = capitals && /\bcountr(?:y|ies)\b/i.test(text);
  const items = countries.map((c) => (both ? `${c.name}: ${c.capital}` : capitals ? c.capital : c.name));
  return { items, ordered: false };
}

const FAMILY_NAMES: [RegExp, (e: ReturnType<typeof allElements>[number]) => boolean][] = [
  [/\bnoble gases\b|\binert gases\b/i, (e) => e.category === "noble gas"],
  [/\bhalogens\b/i, (e) => e.category === "halogen"],
  [/\balkali(?:ne)? earth metals\b/i, (e) => e.category === "alkaline earth metal"],
  [/\balkali metals\b/i, (e) => e.category === "alkali metal"],
  [/\btransition metals\b/i, (e) => e.category === "transition metal"],
  [/\bmetalloids\b/i, (e) => e.category === "metalloid"],
  [/\blanthanides\b|\brare earths?\b/i, (e) => e.category === "lanthanide"],
  [/\bactinides\b/i, (e) => e.category === "actinide"],
  [
    /\bnon-?metals\b/i,
    (e) => e.category === "reactive nonmetal" || e.category === "halogen" || e.category === "noble gas",
  ],
  [
    /\bmetals\b/i,
    (e) =>
      (/metal$/.test(e.category) && !/nonmetal/.test(e.category)) ||
      e.category === "lanthanide" ||
      e.category === "actinide",
  ],
  [/\b(?:elements? (?:that are|which are)? ?gas(?:es|eous)?|gaseous elements|gases)\b/i, (e) => e.state === "gas"],
  [/\b(?:liquid elements|elements? (?:that are|which are)? ?liquids?)\b/i, (e) => e.state === "liquid"],
  [/\belements\b/i, () => true],
];

function elementList(text: string): DataList | null | undefined {
  const family = FAMILY_NAMES.find(([re]) => re.test(text));
  if (!family) return undefined;
  // "Elements" alone is a list only as "the first N elements (of the periodic table)".
  if (family[0].source === "\\belements\\b" && !/\bfirst\s+\S+\s+(?:chemical\s+)?elements\b/i.test(text))
    return undefined;
  if (
    /\b(?:heaviest|lightest|rarest|most|least|used|found|discovered|named|radioactive|that|which|with|cheapest|expensive)\b/i.test(
      text.replace(/\b(?:that|which) are\b/gi, ""),
    )
  )
    return null;
  const items = allElements()
    .filter((e) => !e.predicted && family[1](e))
    .map((e) => e.name);
  // Everyday metals first: a list of "three metals" is iron, copper, gold, not lithium.
  if (family[0].source === "\\bmetals\\b") {
    const common = ["Iron", "Copper", "Gold", "Silver", "Aluminium", "Zinc", "Lead", "Tin", "Nickel", "Platinum"];
    return { items: [...common, ...items.filter((n) => !common.includes(n))], ordered: false };
  }
  return { items, ordered: true };
}

const PLANET_KINDS: [RegExp, (p: (typeof PLANETS)[number]) => boolean][] = [
  [/\b(?:inner|rocky|terrestrial)\s+planets\b/i, (p) => p.kind === "rocky planet"],
  [/\bouter\s+planets\b|\bgiant planets\b/i, (p) => p.kind !== "rocky planet"],
  [/\bgas giants\b/i, (p) => p.kind === "gas giant"],
  [/\bice giants\b/i, (p) => p.kind === "ice giant"],
  [/\bplanets\s+(?:with|that have|which have)\s+rings\b|\bringed planets\b/i, (p) => p.rings],
  [/\bplanets\s+(?:with(?:out)? no|without|that have no|with no)\s+moons?\b/i, (p) => p.moons === 0],
  [/\bplanets\s+(?:with|that have|which have)\s+moons?\b/i, (p) => p.moons > 0],
];

function planetList(text: string): DataList | null | undefined {
  if (!/\bplanets\b|\bgas giants\b|\bice giants\b/i.test(text)) return undefined;
  const kind = PLANET_KINDS.find(([re]) => re.test(text));
  if (kind) return { items: PLANETS.filter(kind[1]).map((p) => p.name), ordered: true };
  // "the planets", "the planets of the solar system": all eight; any other qualifier is more than the data.
  const qualified =
    /\b(?:\w+er|\w+est|hot|cold|big|small|dwarf|habitable|visible|named|other|exo|with|without|that|which|than)\s+(?:\w+\s+)?planets\b|\bplanets\s+(?:with|without|that|which|than|bigger|smaller|larger|closer|farther|visible|named)\b/i;
  if (qualified.test(text.replace(/\b(?:the )?first\b|\blast\b/gi, ""))) return null;
  return undefined;
}

/**
 * The list a request names, read from data; null when it names a kind of list the data cannot
 * give exactly ("countries that border Germany", "the hottest planets"), undefined when it names
 * none of these sets.
 */
export function dataList(text: string): DataList | null | undefined {
  for (const read of [planetList, elementList, countryList]) {
    const found = read(text);
    if (found !== undefined) return found;
  }
  return undefined;
}
