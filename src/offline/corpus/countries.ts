/**
 * Countries from the countries-list package (ISO 3166 names, capitals, continents, currencies,
 * languages, calling codes; MIT, data bundled), read through one small interface, plus the few
 * capitals a one-word table gets wrong or too short (split capitals, a moved seat of government),
 * each with its source. The package has no population or area figures: questions about them are
 * answered with what it lacks, never a guess.
 */
import { continents, countries, languages, type ICountry } from "countries-list";
import { currencies } from "countries-list/currencies";

export interface Source {
  url: string;
  /** What the source says, in a sentence. */
  says: string;
}

export interface CountryFacts {
  code: string;
  /** The English short name: "Peru", "United States". */
  name: string;
  /** As it reads mid-sentence: "the United States", "Peru". */
  inSentence: string;
  capital: string;
  /** A sentence that qualifies the capital (split or moved capitals), when the bare name would mislead. */
  capitalNote?: string;
  continent: string;
  /** The main currency: "Peruvian Sol (PEN)". */
  currency?: { name: string; code: string };
  languages: string[];
  /** "+51" */
  callingCodes: string[];
  /** The country this territory belongs to ("SH" for Ascension Island), if any. */
  partOf?: string;
  /** Where the capital comes from when it is not the package. */
  source?: Source;
}

interface CapitalNote {
  capital: string;
  note: string;
  source: Source;
}

/** Capitals that need more than one word, or that the package gives as the largest city instead. */
const CAPITAL_NOTES: Record<string, CapitalNote> = {
  BO: {
    capital: "Sucre",
    note: "Sucre is Bolivia's constitutional capital, while the government sits in La Paz.",
    source: {
      url: "https://www.britannica.com/place/Bolivia",
      says: "Bolivia's administrative capital is La Paz; its legal capital and seat of the judiciary is Sucre.",
    },
  },
  NL: {
    capital: "Amsterdam",
    note: "Amsterdam is the capital of the Netherlands, though the government and parliament sit in The Hague.",
    source: {
      url: "https://www.britannica.com/place/Netherlands",
      says: "The capital is Amsterdam, and the seat of government is The Hague.",
    },
  },
  ZA: {
    capital: "Pretoria",
    note: "South Africa has three capitals: Pretoria (the government), Cape Town (parliament) and Bloemfontein (the courts).",
    source: {
      url: "https://www.britannica.com/place/South-Africa",
      says: "South Africa has three capitals: Pretoria (executive), Cape Town (legislative) and Bloemfontein (judicial).",
    },
  },
  LK: {
    capital: "Sri Jayawardenepura Kotte",
    note: "Sri Jayawardenepura Kotte is Sri Lanka's official capital; Colombo, right next to it, is the largest city and the commercial capital.",
    source: {
      url: "https://www.britannica.com/place/Sri-Lanka",
      says: "The capital is Sri Jayawardenepura Kotte, a suburb of Colombo, the commercial capital.",
    },
  },
  CI: {
    capital: "Yamoussoukro",
    note: "Yamoussoukro is the official capital of Côte d'Ivoire; Abidjan is its largest city and economic centre.",
    source: {
      url: "https://www.britannica.com/place/Cote-dIvoire",
      says: "The official capital is Yamoussoukro; Abidjan remains the administrative and economic centre.",
    },
  },
  MY: {
    capital: "Kuala Lumpur",
    note: "Kuala Lumpur is the capital of Malaysia, while most government offices have moved to Putrajaya.",
    source: {
      url: "https://www.britannica.com/place/Malaysia",
      says: "The capital is Kuala Lumpur; Putrajaya is the administrative centre.",
    },
  },
  BJ: {
    capital: "Porto-Novo",
    note: "Porto-Novo is the official capital of Benin, while the government sits in Cotonou.",
    source: {
      url: "https://www.britannica.com/place/Benin",
      says: "The official capital is Porto-Novo; Cotonou is the seat of government.",
    },
  },
  TZ: {
    capital: "Dodoma",
    note: "Dodoma is the official capital of Tanzania; Dar es Salaam is its largest city and commercial centre.",
    source: {
      url: "https://www.britannica.com/place/Tanzania",
      says: "The capital is Dodoma; Dar es Salaam is the largest city and former capital.",
    },
  },
  SZ: {
    capital: "Mbabane",
    note: "Eswatini has two capitals: Mbabane (the government) and Lobamba (the royal and legislative capital).",
    source: {
      url: "https://www.britannica.com/place/Eswatini",
      says: "The administrative capital is Mbabane; the royal and legislative capital is Lobamba.",
    },
  },
  IL: {
    capital: "Jerusalem",
    note: "Israel names Jerusalem as its capital, a status many countries do not recognise; most embassies are in Tel Aviv.",
    source: {
      url: "https://www.britannica.com/place/Israel",
      says: "Israel's proclaimed capital is Jerusalem, a status not generally recognised internationally.",
    },
  },
  PS: {
    capital: "Ramallah",
    note: "Palestine claims East Jerusalem as its capital; its administration sits in Ramallah.",
    source: {
      url: "https://www.britannica.com/place/Palestine",
      says: "The Palestinian Authority is based in Ramallah; East Jerusalem is the proclaimed capital.",
    },
  },
  GE: {
    capital: "Tbilisi",
    note: "(If you meant the US state of Georgia, its capital is Atlanta.)",
    source: {
      url: "https://www.britannica.com/place/Georgia-state",
      says: "Atlanta is the capital of the US state of Georgia.",
    },
  },
};

/** Nations of the United Kingdom, which ISO 3166 does not list but learners ask about. */
const UK_NATIONS: { name: string; capital: string }[] = [
  { name: "England", capital: "London" },
  { name: "Scotland", capital: "Edinburgh" },
  { name: "Wales", capital: "Cardiff" },
  { name: "Northern Ireland", capital: "Belfast" },
];
const UK_SOURCE: Source = {
  url: "https://www.britannica.com/place/United-Kingdom",
  says: "The United Kingdom is made up of England (capital London), Scotland (Edinburgh), Wales (Cardiff) and Northern Ireland (Belfast).",
};

/** Names that need "the" mid-sentence. */
const THE =
  /^(United|Netherlands|Philippines|Bahamas|Gambia|Maldives|Marshall|Solomon|Czech Republic|Democratic|Republic|Dominican|Central African|Comoros|Seychelles|Vatican|British|U\.S\.|Falkland|Faroe|Cayman|Cook|Turks|Northern Mariana|Cocos)/;

const continentName = (code: string) => (continents as Record<string, string>)[code] ?? code;

function fromPackage(code: string, c: ICountry): CountryFacts {
  const note = CAPITAL_NOTES[code];
  const main = c.currency[0];
  const money = main ? (currencies as Record<string, { name: string }>)[main] : undefined;
  return {
    code,
    name: c.name,
    inSentence: THE.test(c.name) ? `the ${c.name}` : c.name,
    capital: note?.capital ?? c.capital,
    capitalNote: note?.note,
    continent: continentName(c.continent),
    currency: main && money ? { name: money.name, code: main } : undefined,
    languages: c.languages.map((l) => (languages as Record<string, { name: string }>)[l]?.name ?? l),
    callingCodes: c.phone.map((p) => `+${p}`),
    partOf: c.partOf,
    source: note?.source,
  };
}

let table:
  | {
      all: CountryFacts[];
      byName: Map<string, CountryFacts>;
      index: NameIndex<CountryFacts>;
      capitals: NameIndex<CountryFacts>;
    }
  | undefined;

/** Lower case, accents off, punctuation as spaces: how names are compared. */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Names by their first word, so a text is searched word by word, not name by name. */
export class NameIndex<T> {
  private readonly byFirst = new Map<string, { key: string; words: string[]; value: T }[]>();

  /** Adds a normalized name; an earlier value for the same name wins. */
  add(key: string, value: T): void {
    if (!key) return;
    const words = key.split(" ");
    const list = this.byFirst.get(words[0]) ?? [];
    if (list.some((e) => e.key === key)) return;
    list.push({ key, words, value });
    this.byFirst.set(words[0], list);
  }

  get(key: string): T | undefined {
    return this.byFirst.get(key.split(" ")[0])?.find((e) => e.key === key)?.value;
  }

  /** Every name in a normalized text, the longest at each place, none overlapping, in order. */
  all(normalized: string): { key: string; value: T; at: number }[] {
    const words = normalized.split(" ");
    const out: { key: string; value: T; at: number }[] = [];
    for (let i = 0; i < words.length; i++) {
      let best: { key: string; value: T; at: number; n: number } | undefined;
      for (const e of this.byFirst.get(words[i]) ?? [])
        if ((!best || e.words.length > best.n) && e.words.every((w, k) => words[i + k] === w))
          best = { key: e.key, value: e.value, at: i, n: e.words.length };
      if (!best) continue;
      out.push({ key: best.key, value: best.value, at: i });
      i += best.n - 1;
    }
    return out;
  }

  /** The longest name in a normalized text, with where it starts (in words). */
  longest(normalized: string): { key: string; value: T; at: number } | undefined {
    const words = normalized.split(" ");
    let best: { key: string; value: T; at: number } | undefined;
    for (let i = 0; i < words.length; i++) {
      for (const e of this.byFirst.get(words[i]) ?? []) {
        if (best && e.key.length <= best.key.length) continue;
        if (e.words.every((w, k) => words[i + k] === w)) best = { key: e.key, value: e.value, at: i };
      }
    }
    return best;
  }
}

function build() {
  const all: CountryFacts[] = [];
  const byName = new Map<string, CountryFacts>();
  const add = (name: string, facts: CountryFacts) => {
    const key = normalizeName(name);
    if (key && !byName.has(key)) byName.set(key, facts);
  };
  for (const [code, c] of Object.entries(countries) as [string, ICountry][]) {
    if (!c.capital) continue;
    const facts = fromPackage(code, c);
    all.push(facts);
    add(c.name, facts);
  }
  // Short names win over aliases: "Georgia" is the country, not part of "South Georgia".
  for (const [code, c] of Object.entries(countries) as [string, ICountry][]) {
    const facts = all.find((f) => f.code === code);
    if (!facts) continue;
    for (const alias of c.alias ?? []) if (!/^[A-Z]{2,4}$/.test(alias)) add(alias, facts);
    if (/^[\p{Script=Latin}\s'-]+$/u.test(c.native)) add(c.native, facts);
  }
  const gb = byName.get("united kingdom");
  if (gb)
    for (const n of UK_NATIONS)
      add(n.name, {
        ...gb,
        code: `GB-${n.name}`,
        name: n.name,
        inSentence: n.name,
        capital: n.capital,
        source: UK_SOURCE,
      });
  // The two letters people use for the two largest English-speaking countries.
  for (const [short, long] of [
    ["USA", "united states"],
    ["US", "united states"],
    ["UK", "united kingdom"],
    ["UAE", "united arab emirates"],
    ["DRC", "democratic republic of the congo"],
  ] as const) {
    const f = byName.get(long);
    if (f) byName.set(short, f);
  }
  const index = new NameIndex<CountryFacts>();
  for (const [key, c] of byName) if (!/^[A-Z]+$/.test(key)) index.add(key, c);
  // A sovereign country before a territory with the same capital (Kingston, Georgetown).
  const capitals = new NameIndex<CountryFacts>();
  for (const c of [...all].sort((a, b) => Number(Boolean(a.partOf)) - Number(Boolean(b.partOf)))) {
    const key = normalizeName(c.capital);
    if (!COMMON_WORDS.has(key)) capitals.add(key, c);
  }
  for (const [spelling, code] of Object.entries(CAPITAL_SPELLINGS)) {
    const c = all.find((x) => x.code === code);
    if (c) capitals.add(spelling, c);
  }
  return { all, byName, index, capitals };
}

function countryTable() {
  table ??= build();
  return table;
}

/** Every country that has a capital. */
export function allCountries(): readonly CountryFacts[] {
  return countryTable().all;
}

/**
 * The country a text names, by its longest name found (so "South Sudan" is not "Sudan"):
 * English names, aliases ("Holland", "Burma"), Latin-script native names, and the capital
 * letters "USA", "UK", "UAE", "DRC" when written in capitals.
 */
export function findCountry(text: string): { country: CountryFacts; name: string } | undefined {
  const { byName, index } = countryTable();
  const normalized = normalizeName(text);
  const found = index.longest(normalized);
  let best = found ? { country: found.value, name: found.key } : undefined;
  const short = /\b(USA|US|UK|UAE|DRC)\b/.exec(text);
  const abbreviated = short ? byName.get(short[1]) : undefined;
  if (short && abbreviated && (!best || best.name.length < short[1].length))
    best = { country: abbreviated, name: short[1] };
  // "New Mexico", "Western Australia", "New South Wales" are states, not the country they contain.
  if (found && best?.name === found.key && regionPrefix(found.key).test(` ${normalized} `) && !apart(text, found.key))
    return undefined;
  return best;
}

/**
 * Every country a text names, each once, in the order named ("from chile and colombia"): the
 * names findCountry reads, a region's name ("New Mexico") left out.
 */
export function countriesIn(text: string): { country: CountryFacts; name: string }[] {
  const { index } = countryTable();
  const normalized = normalizeName(text);
  const out: { country: CountryFacts; name: string }[] = [];
  for (const f of index.all(normalized)) {
    if (regionPrefix(f.key).test(` ${normalized} `) && !apart(text, f.key)) continue;
    if (!out.some((o) => o.country.code === f.value.code)) out.push({ country: f.value, name: f.key });
  }
  return out;
}

/** Edits between two words (insert, delete, substitute, swap two neighbours): "austrailia" to "australia" is 1. */
function edits(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

/**
 * The country a misspelt name means ("austrailia", "brazill", "argentinia"), only where the words
 * are asked as a country ("the capital of ..."): one edit for names up to 7 letters, two beyond,
 * and only when a single country is that close. Null otherwise; a word is never bent into a name.
 */
export function misspeltCountry(words: string): { country: CountryFacts; name: string } | undefined {
  const w = normalizeName(words).trim();
  if (w.length < 5 || w.length > 30) return undefined;
  const { byName } = countryTable();
  const close: { country: CountryFacts; name: string; d: number }[] = [];
  for (const [name, country] of byName) {
    if (name.length < 5 || Math.abs(name.length - w.length) > 2) continue;
    const d = edits(w, name);
    if (d <= (name.length >= 8 ? 2 : 1)) close.push({ country, name, d });
  }
  const best = Math.min(...close.map((c) => c.d));
  const at = close.filter((c) => c.d === best);
  return new Set(at.map((c) => c.country)).size === 1 ? at[0] : undefined;
}

/** "its neighbour to the north, Switzerland": a direction before a comma is no part of the name. */
function apart(text: string, name: string): boolean {
  const flat = text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  return new RegExp(
    `\\b(?:new|west|western|south|southern|east|eastern|north|northern|upper|lower)\\s*[,;:(—-]\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`,
  ).test(flat);
}

const regionPrefix = (name: string) =>
  new RegExp(`\\b((?:(?:new|west|western|south|southern|east|eastern|north|northern|upper|lower) ){1,3})${name} `);

/** A state or region named after a country it is part of or near ("New Mexico"), as written. */
export function regionNamed(text: string): string | undefined {
  const padded = ` ${normalizeName(text)} `;
  const found = countryTable().index.longest(padded.trim());
  const m = found ? regionPrefix(found.key).exec(padded) : null;
  if (!found || !m || apart(text, found.key)) return undefined;
  return `${m[1]}${found.key}`
    .split(" ")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** Capitals whose names are also everyday words or common place names elsewhere. */
const COMMON_WORDS = new Set([
  "the valley",
  "male",
  "victoria",
  "city of victoria",
  "stanley",
  "west island",
  "road town",
  "flying fish cove",
  "hamilton",
  "kingston",
  "georgetown",
  "jamestown",
  "plymouth",
]);

/** Other spellings of capitals learners write (the package has one spelling each). */
const CAPITAL_SPELLINGS: Record<string, string> = {
  ulaanbaatar: "MN",
  "ulan bator": "MN",
  kiev: "UA",
  "nay pyi taw": "MM",
  naypyitaw: "MM",
  delhi: "IN",
  "nur sultan": "KZ",
  washington: "US",
  "washington dc": "US",
  "ha noi": "VN",
  teheran: "IR",
  torshavn: "FO",
};

/** The country whose capital a text names ("Nairobi"), longest capital name first. */
export function findCapital(text: string): CountryFacts | undefined {
  return countryTable().capitals.longest(normalizeName(text))?.value;
}
