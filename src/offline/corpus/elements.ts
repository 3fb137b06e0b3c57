/**
 * The chemical elements from the chemical-elements package (cheminfo; MIT; names, symbols, atomic
 * numbers and standard atomic masses of all 118, bundled), plus what it leaves out and every
 * school table shows: the element's family and its state at room temperature, by atomic number.
 */
import { elements } from "chemical-elements";
import type { Source } from "./countries";

export type ElementCategory =
  | "alkali metal"
  | "alkaline earth metal"
  | "transition metal"
  | "post-transition metal"
  | "metalloid"
  | "reactive nonmetal"
  | "halogen"
  | "noble gas"
  | "lanthanide"
  | "actinide";

export interface ElementFacts {
  number: number;
  symbol: string;
  /** English (IUPAC) name: "Aluminium", "Sulfur". */
  name: string;
  /** Standard atomic mass in daltons; undefined for elements with no stable isotope to weigh. */
  mass?: number;
  category: ElementCategory;
  /** At 20 °C and normal pressure; undefined where it was never observed (the superheavy elements). */
  state?: "solid" | "liquid" | "gas";
  /** True for the elements whose family or state is only predicted (104 and up). */
  predicted: boolean;
}

/**
 * The families, as the periodic tables of the RSC and IUPAC colour them (metalloids: B, Si, Ge,
 * As, Sb, Te; astatine counted with the halogens). Numbers not listed are transition metals.
 */
const FAMILIES: [ElementCategory, number[]][] = [
  ["alkali metal", [3, 11, 19, 37, 55, 87]],
  ["alkaline earth metal", [4, 12, 20, 38, 56, 88]],
  ["metalloid", [5, 14, 32, 33, 51, 52]],
  ["reactive nonmetal", [1, 6, 7, 8, 15, 16, 34]],
  ["halogen", [9, 17, 35, 53, 85, 117]],
  ["noble gas", [2, 10, 18, 36, 54, 86, 118]],
  ["post-transition metal", [13, 31, 49, 50, 81, 82, 83, 84, 113, 114, 115, 116]],
];

export const ELEMENT_SOURCES: Source[] = [
  {
    url: "https://www.npmjs.com/package/chemical-elements",
    says: "Names, symbols, atomic numbers and atomic masses of the 118 elements (cheminfo, from IUPAC data).",
  },
  {
    url: "https://iupac.org/what-we-do/periodic-table-of-elements/",
    says: "The IUPAC periodic table: groups 1 (alkali metals), 2 (alkaline earth metals), 17 (halogens), 18 (noble gases), the lanthanoids 57-71 and actinoids 89-103.",
  },
];

const GASES = new Set([1, 2, 7, 8, 9, 10, 17, 18, 36, 54, 86]);
const LIQUIDS = new Set([35, 80]);

function categoryOf(n: number): ElementCategory {
  if (n >= 57 && n <= 71) return "lanthanide";
  if (n >= 89 && n <= 103) return "actinide";
  for (const [category, numbers] of FAMILIES) if (numbers.includes(n)) return category;
  return "transition metal";
}

let table: ElementFacts[] | undefined;

export function allElements(): readonly ElementFacts[] {
  table ??= elements.map((e) => ({
    number: e.number,
    symbol: e.symbol,
    name: e.name,
    mass: typeof e.mass === "number" && Number.isFinite(e.mass) ? e.mass : undefined,
    category: categoryOf(e.number),
    state: e.number >= 104 ? undefined : GASES.has(e.number) ? "gas" : LIQUIDS.has(e.number) ? "liquid" : "solid",
    predicted: e.number >= 104,
  }));
  return table;
}

/** Other spellings of element names learners write: American and older British ones. */
const SPELLINGS: Record<string, string> = {
  aluminum: "Aluminium",
  cesium: "Caesium",
  sulphur: "Sulfur",
};

let byName: Map<string, ElementFacts> | undefined;

/** The element a text names in words ("gold", "Aluminum"): every element's name is one word. */
export function findElementByName(text: string): ElementFacts | undefined {
  if (!byName) {
    byName = new Map(allElements().map((e) => [e.name.toLowerCase(), e]));
    for (const [spelling, name] of Object.entries(SPELLINGS)) {
      const e = byName.get(name.toLowerCase());
      if (e) byName.set(spelling, e);
    }
  }
  for (const word of text.toLowerCase().split(/[^a-z]+/)) {
    const e = byName.get(word);
    if (e) return e;
  }
  return undefined;
}

export function elementBySymbol(symbol: string): ElementFacts | undefined {
  return allElements().find((e) => e.symbol === symbol);
}

export function elementByNumber(n: number): ElementFacts | undefined {
  return allElements().find((e) => e.number === n);
}
