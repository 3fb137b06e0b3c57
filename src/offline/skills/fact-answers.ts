/**
 * Reading a general-knowledge question and looking its answer up: countries (capitals,
 * continents, currencies, languages, calling codes), chemical elements, planets, and the corpus's
 * small table of everyday facts and well-known works. Each reader either finds the thing asked
 * about and the attribute asked for, or passes. When it knows the thing but not the attribute
 * (the population of a country), it says what it lacks instead of guessing.
 *
 * All patterns are bounded (no nested quantifiers) and run on the question's first 300
 * characters, so any input is answered quickly.
 */
import { findCapital, findCountry, normalizeName, regionNamed, type CountryFacts } from "../corpus/countries";
import { elementByNumber, elementBySymbol, findElementByName, type ElementFacts } from "../corpus/elements";
import { FACTS, WORKS, type Work } from "../corpus/facts";
import { PLANETS, findPlanet, type Planet } from "../corpus/planets";

export interface FactAnswer {
  /** What was looked up, for debugging and tests: "country:PE:capital". */
  key: string;
  /** Whole answers, with "[a|b]" alternatives; the first is the favourite. */
  texts: string[];
  /** The bare answer, for "answer in one word". */
  word: string;
  /** The answer in one short sentence, for tight word limits. */
  short: string;
  /** Values for the fields of a JSON answer, by field name. */
  fields: Record<string, string | number>;
  /**
   * Words that, all found in the corpus's best passage, mean the corpus already says this (the
   * course's own Paris passages): then the passages answer, as they always have.
   */
  corpusSays?: string[];
  /** True when the answer says what the data lacks. */
  lacking?: boolean;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const thousands = (n: number) => n.toLocaleString("en-US");

/** A question's text, cut so that no pattern runs long. */
function clip(question: string): string {
  return question.slice(0, 300);
}

export function answerFact(question: string): FactAnswer | null {
  const q = clip(question);
  const lower = q.toLowerCase();
  return everydayFact(lower) ?? workFact(lower) ?? elementFact(q, lower) ?? planetFact(lower) ?? countryFact(q, lower);
}

// ---- everyday facts and works ------------------------------------------------------------------

function everydayFact(lower: string): FactAnswer | null {
  for (const f of FACTS) {
    const m = f.asks.exec(lower);
    if (!m) continue;
    // "The longest river in Europe" is not the longest river in the world.
    if (f.worldwide && elsewhere(lower.slice(m.index + m[0].length))) continue;
    const word = f.value.replace(/^(The|Mount) /, "");
    return {
      key: `fact:${f.id}`,
      texts: [f.answer],
      word,
      short: firstSentence(f.answer),
      fields: { answer: f.value, value: f.value, source: f.source.url, ...f.fields },
    };
  }
  return null;
}

/** A place or group named right after a superlative: "in Africa", "of Europe", "in the UK". */
function elsewhere(rest: string): boolean {
  const m = /^\s+(?:in|of|on)\s+(?:the\s+)?([a-z]+)/.exec(rest);
  return m !== null && !/^(world|earth|planet|our|whole|entire|solar|universe)$/.test(m[1]);
}

const WROTE =
  /\b(who wrote|who write|who has written|who is the author|who was the author|who's the author|author of|writer of|written by|who penned|who authored)\b/;
const PAINTED = /\b(who painted|painter of|painted by|who made|who created|artist (of|behind|who))\b/;
const WHEN = /\b(when was|what year was|in what year was|when did)\b/;

function workFact(lower: string): FactAnswer | null {
  const asksWho = WROTE.test(lower) || PAINTED.test(lower);
  const asksWhen =
    WHEN.test(lower) && /\b(written|published|painted|come out|came out|released|finished)\b/.test(lower);
  if (!asksWho && !asksWhen) return null;
  const work = findWork(lower);
  if (!work) return null;
  const made = work.kind === "painting" || work.kind === "ceiling fresco" ? "painted" : "wrote";
  const title = /^\d/.test(work.title) ? `"${work.title}"` : work.the ? `the ${work.title}` : work.title;
  const fields = {
    title: work.title,
    author: work.creator,
    artist: work.creator,
    painter: work.creator,
    creator: work.creator,
    name: work.creator,
    year: Number.parseInt(work.year.replace(/^\D+/, ""), 10) || work.year,
    source: work.source.url,
  };
  if (asksWhen && !asksWho) {
    const verb = made === "painted" ? "painted" : work.kind === "play" ? "written" : "published";
    return {
      key: `work:${work.title}:year`,
      texts: [
        `${cap(title)} was ${verb} in ${work.year}, by ${work.creator}.`,
        `${work.creator}'s ${work.kind} ${title} dates from ${work.year}.`,
      ],
      word: work.year.replace(/^about /, ""),
      short: `${cap(title)} was ${verb} in ${work.year}.`,
      fields,
    };
  }
  return {
    key: `work:${work.title}:creator`,
    texts: [
      `${cap(title)} ${work.plural ? "were" : "was"} ${made === "painted" ? "painted" : "written"} by ${work.creator}[, in ${work.year}| (${work.year})].`,
      `${work.creator} ${made} ${title}[, in ${work.year}|; it is from ${work.year}].`,
      `[It was|That was] ${work.creator}, who ${made} ${title} in ${work.year}.`,
    ],
    word: work.creator.split(" ").pop() ?? work.creator,
    short: `${work.creator} ${made} ${title}.`,
    fields,
  };
}

function findWork(lower: string): Work | undefined {
  const padded = ` ${normalizeName(lower)} `;
  let best: Work | undefined;
  let bestLength = 0;
  for (const w of WORKS) {
    for (const t of [w.title.toLowerCase(), ...(w.aliases ?? [])]) {
      const key = normalizeName(t.replace(/^the /, ""));
      if (key.length > bestLength && padded.includes(` ${key} `)) {
        best = w;
        bestLength = key.length;
      }
    }
  }
  return best;
}

function firstSentence(template: string): string {
  // The first alternative of every "[a|b]", up to the first full stop outside brackets.
  const plain = template.replace(/\[([^[\]|]*)(?:\|[^[\]]*)?\]/g, "$1");
  const m = /^.*?[.!?](?=\s|$)/.exec(plain);
  return (m ? m[0] : plain).trim();
}

// ---- countries ---------------------------------------------------------------------------------

type CountryAttribute = "capital" | "currency" | "language" | "calling code" | "continent";

const ATTRIBUTES: [CountryAttribute, RegExp][] = [
  ["capital", /\bcapital\b/],
  ["currency", /\b(currency|currencies|money|pay with|cash)\b/],
  ["language", /\blanguages?\b|\b(speak|spoken)\b/],
  [
    "calling code",
    /\b(calling|dialling|dialing|phone|telephone|country|area|international) (code|prefix)\b|\bdial\w*\b/,
  ],
  ["continent", /\bcontinent\b|\bwhich part of the world\b|\bwhere is\b/],
];

/** Attributes of a country the package has no figures for. */
const LACKS: [string, RegExp][] = [
  ["population figures", /\bpopulation\b|\bhow many (people|inhabitants|citizens|residents)\b|\bpeople live\b/],
  ["areas", /\b(area|surface|square (km|kilomet\w*|miles?))\b|\bhow (big|large) is\b/],
  ["leaders", /\b(president|prime minister|leader|head of state|king|queen|ruler|government)\b/],
  ["economic figures", /\b(gdp|economy|income)\b/],
  ["largest cities", /\b(largest|biggest) cit(y|ies)\b/],
  ["flags", /\bflag\b/],
  ["time zones", /\btime ?zones?\b/],
  ["national symbols", /\bnational (anthem|animal|bird|dish|sport|flower|symbol)\b/],
];

/** "What country is Nairobi in?", "Nairobi is the capital of which country?" */
const WHICH_COUNTRY = /\b(which|what) country\b|\bcapital of (which|what)\b|\bwhere is\b|\bin which country\b/;

/** A question, not a statement that happens to name a country. */
const ASKS =
  /\?|^\s*(what|which|who|where|when|how|tell|give|name|list|do you know|is|are|does|can you)\b|\b(capital|currency|language|code|continent) of\b/;

function countryFact(q: string, lower: string): FactAnswer | null {
  if (!ASKS.test(lower)) return null;
  const found = findCountry(q);
  if (WHICH_COUNTRY.test(lower)) {
    const city = findCapital(q);
    if (city && (!found || normalizeName(city.capital).includes(found.name) || found.country === city))
      return capitalOf(city);
  }
  if (!found) {
    const region = regionNamed(q);
    if (region && ATTRIBUTES.some(([, t]) => t.test(lower))) return regionLacks(region);
    // "What is the population of Lima?": a capital named, a figure the data does not hold.
    const city = findCapital(q);
    if (!city) return null;
    for (const [what, test] of LACKS)
      if (test.test(lower) && what === "population figures") return cityLacks(city, what);
    return null;
  }
  const c = found.country;
  for (const [attribute, test] of ATTRIBUTES) {
    if (!test.test(lower)) continue;
    const answer = countryAttribute(c, attribute);
    // "The capital and the population of Peru?": the part it knows, and what it leaves out.
    const missing = LACKS.find(([, t]) => t.test(lower));
    if (!missing) return answer;
    const left = ` My country data has no ${missing[0]}, so I can't tell you that part.`;
    return { ...answer, texts: answer.texts.map((t) => t + left), corpusSays: undefined };
  }
  for (const [what, test] of LACKS) if (test.test(lower)) return countryLacks(c, what, lower);
  return null;
}

function regionLacks(region: string): FactAnswer {
  return {
    key: `region:${region}:lacks`,
    texts: [
      `I can't answer that for ${region}: my data covers countries (their capitals, continents, currencies, languages and calling codes), and ${region} is a state or region within one, not a country.`,
      `${region} is not a country, and my data only holds country facts such as national capitals, so I can't give you that for ${region}.`,
    ],
    word: "Unknown",
    short: `I have no data on ${region}.`,
    fields: {},
    lacking: true,
  };
}

function countryFields(c: CountryFacts): Record<string, string | number> {
  return {
    country: c.name,
    country_name: c.name,
    capital: c.capital,
    capital_city: c.capital,
    city: c.capital,
    continent: c.continent,
    region: c.continent,
    ...(c.currency
      ? {
          currency: currencyName(c.currency.name),
          currency_code: c.currency.code,
          currency_name: currencyName(c.currency.name),
        }
      : {}),
    language: c.languages[0] ?? "",
    languages: list(c.languages),
    calling_code: c.callingCodes[0] ?? "",
    phone_code: c.callingCodes[0] ?? "",
    dialing_code: c.callingCodes[0] ?? "",
    dial_code: c.callingCodes[0] ?? "",
    ...(c.source ? { source: c.source.url } : {}),
  };
}

/** "Peruvian Sol" reads "Peruvian sol" mid-sentence. */
function currencyName(name: string): string {
  return name.replace(/(\s)([A-Z][a-z]+)$/, (_, s: string, w: string) => s + w.toLowerCase()).replace(/^Euro$/, "euro");
}

function capitalOf(c: CountryFacts): FactAnswer {
  const where = c.partOf ? "" : ` ${cap(c.inSentence)} is in ${c.continent}.`;
  return {
    key: `country:${c.code}:which-country`,
    texts: c.capitalNote
      ? [`${c.capital} is in ${c.inSentence}. ${c.capitalNote}`]
      : [
          `${c.capital} is the capital of ${c.inSentence}[, in ${c.continent}|].`,
          `${c.capital} is in ${c.inSentence}, [where it is the capital|as its capital].${where}`,
        ],
    word: c.name,
    short: `${c.capital} is in ${c.inSentence}.`,
    fields: countryFields(c),
    corpusSays: [c.capital, c.name],
  };
}

function countryAttribute(c: CountryFacts, attribute: CountryAttribute): FactAnswer {
  const base = { fields: countryFields(c) };
  const The = cap(c.inSentence);
  switch (attribute) {
    case "capital": {
      const context = `[ ${The} is in ${c.continent}.|]`;
      const texts = c.capitalNote
        ? c.capitalNote.startsWith("(")
          ? [`The capital of ${c.inSentence} is ${c.capital}. ${c.capitalNote}`]
          : [c.capitalNote]
        : [
            `The capital of ${c.inSentence} is ${c.capital}.${context}`,
            `${c.capital} is the capital of ${c.inSentence}.${context}`,
            `${cap(possessive(c.inSentence))} capital is ${c.capital}.${context}`,
          ];
      return {
        ...base,
        key: `country:${c.code}:capital`,
        texts,
        word: c.capital,
        short: `The capital of ${c.inSentence} is ${c.capital}.`,
        corpusSays: [c.capital, c.name.replace(/^the /i, "")],
      };
    }
    case "currency": {
      if (!c.currency) return countryLacks(c, "currencies", "");
      const money = `the ${currencyName(c.currency.name)} (${c.currency.code})`;
      return {
        ...base,
        key: `country:${c.code}:currency`,
        texts: [
          `The currency of ${c.inSentence} is ${money}.`,
          `${The} uses ${money}.`,
          `In ${c.inSentence}, people pay with ${money}.`,
        ],
        word: currencyName(c.currency.name).split(" ").pop() ?? c.currency.code,
        short: `${The} uses ${money}.`,
      };
    }
    case "language": {
      const langs = list(c.languages);
      const many = c.languages.length > 1;
      return {
        ...base,
        key: `country:${c.code}:language`,
        texts: many
          ? [
              `The official languages of ${c.inSentence} are ${langs}.`,
              `People in ${c.inSentence} speak ${langs}[, which are its official languages|].`,
            ]
          : [
              `The [main|official] language of ${c.inSentence} is ${langs}.`,
              `People in ${c.inSentence} speak ${langs}.`,
            ],
        word: c.languages[0] ?? "",
        short: many ? `${The} speaks ${langs}.` : `People in ${c.inSentence} speak ${langs}.`,
      };
    }
    case "calling code": {
      const codes = list(c.callingCodes);
      return {
        ...base,
        key: `country:${c.code}:calling-code`,
        texts: [
          `The international calling code for ${c.inSentence} is ${codes}.`,
          `To phone ${c.inSentence} from abroad, dial ${codes} before the number.`,
        ],
        word: c.callingCodes[0] ?? "",
        short: `${The}'s calling code is ${codes}.`,
      };
    }
    case "continent":
      return {
        ...base,
        key: `country:${c.code}:continent`,
        texts: [`${The} is in ${c.continent}.`, `${The} lies in ${c.continent}[, and its capital is ${c.capital}|].`],
        word: c.continent,
        short: `${The} is in ${c.continent}.`,
      };
  }
}

function countryLacks(c: CountryFacts, what: string, lower: string): FactAnswer {
  const figure = /population/.test(what) ? "population" : what;
  const evidence = /population/.test(what) ? ["million"] : [what.split(" ")[0].replace(/s$/, "")];
  void lower;
  return {
    key: `country:${c.code}:lacks:${what}`,
    texts: [
      `I can't give you that: my country data has no ${what}. It does say that the capital of ${c.inSentence} is ${c.capital}, that it is in ${c.continent}${c.currency ? ` and that its currency is the ${currencyName(c.currency.name)}` : ""}.`,
      `I don't have ${what} for ${c.inSentence}: the country data I carry holds capitals, continents, currencies, languages and calling codes only. (The capital of ${c.inSentence} is ${c.capital}.)`,
    ],
    word: "Unknown",
    short: `I don't have the ${figure} of ${c.inSentence}.`,
    fields: countryFields(c),
    corpusSays: [c.name, ...evidence],
    lacking: true,
  };
}

function cityLacks(c: CountryFacts, what: string): FactAnswer {
  return {
    key: `city:${c.code}:lacks:${what}`,
    texts: [
      `I can't give you the population of ${c.capital}: my country data has no ${what}. I only know that ${c.capital} is the capital of ${c.inSentence}, in ${c.continent}.`,
      `I don't have ${what} for ${c.capital}: the country data I carry holds capitals, continents, currencies, languages and calling codes, not populations. ${c.capital} is the capital of ${c.inSentence}.`,
    ],
    word: "Unknown",
    short: `I don't have the population of ${c.capital}.`,
    fields: { city: c.capital, country: c.name },
    corpusSays: [c.capital, "million"],
    lacking: true,
  };
}

// ---- chemical elements -------------------------------------------------------------------------

const ELEMENT_CUE =
  /\b(chemical|elements?|symbol|atomic|protons?|electrons?|periodic|noble gas(es)?|halogens?|metals?|metalloids?|non-?metals?|alkali|alkaline|lanthanides?|actinides?|atoms?)\b/;

const CATEGORY_WORDS: [RegExp, (e: ElementFacts) => boolean, string][] = [
  [/\bnoble gas\b/, (e) => e.category === "noble gas", "a noble gas"],
  [/\bhalogen\b/, (e) => e.category === "halogen", "a halogen"],
  [/\balkali metal\b/, (e) => e.category === "alkali metal", "an alkali metal"],
  [/\balkaline earth metal\b/, (e) => e.category === "alkaline earth metal", "an alkaline earth metal"],
  [/\btransition metal\b/, (e) => e.category === "transition metal", "a transition metal"],
  [/\bmetalloid\b/, (e) => e.category === "metalloid", "a metalloid"],
  [
    /\bnon-?metal\b/,
    (e) => e.category === "reactive nonmetal" || e.category === "halogen" || e.category === "noble gas",
    "a nonmetal",
  ],
  [/\blanthanide\b/, (e) => e.category === "lanthanide", "a lanthanide"],
  [/\bactinide\b/, (e) => e.category === "actinide", "an actinide"],
  [
    /\bmetal\b/,
    (e) => /metal$/.test(e.category) || e.category === "lanthanide" || e.category === "actinide",
    "a metal",
  ],
  [/\bgas\b/, (e) => e.state === "gas", "a gas at room temperature"],
  [/\bliquid\b/, (e) => e.state === "liquid", "a liquid at room temperature"],
  [/\bsolid\b/, (e) => e.state === "solid", "a solid at room temperature"],
];

/** What the element data has no values for. */
const ELEMENT_LACKS =
  /\b(melting|boiling|melt|boil|density|discover\w*|electron configuration|electronegativity|isotopes?|price|cost|uses?|used for|radius|neutrons?|valence)\b/;

function elementFact(q: string, lower: string): FactAnswer | null {
  // "The melting point of iron": an element named with a property only elements have.
  if (!ELEMENT_CUE.test(lower) && !(/\b(melting|boiling|density)\b/.test(lower) && findElementByName(lower)))
    return null;
  const bySymbol =
    /\b(?:element|symbol)\s+(?:is\s+|of\s+)?([A-Z][a-z]?)\b(?!\s+[a-z])/.exec(q) ??
    /\b([A-Z][a-z]?)\s+(?:stands? for|is the (?:chemical )?symbol|the symbol)\b/.exec(q) ??
    /\bwhat (?:chemical )?element is\s+([A-Z][a-z]?)\s*[?.!]?\s*$/i.exec(q) ??
    /\bwhat does\s+([A-Z][a-z]?)\s+stand for\b/.exec(q);
  const byNumber = /\b(?:atomic number|element(?: number)?|number)\s+(\d{1,3})\b/.exec(lower);
  const named = findElementByName(lower);
  const symbolElement = bySymbol
    ? elementBySymbol(bySymbol[1].charAt(0).toUpperCase() + bySymbol[1].slice(1))
    : undefined;
  const e = named ?? symbolElement ?? (byNumber ? elementByNumber(Number(byNumber[1])) : undefined);
  if (!e) {
    // "element 150": no such element, and saying so is the answer.
    if (byNumber && /\belements?\b|\batomic number\b/.test(lower)) {
      const n = Number(byNumber[1]);
      return {
        key: `element:none:${n}`,
        texts: [
          `There is no element with atomic number ${n}: the periodic table runs from hydrogen (1) to oganesson (118).`,
        ],
        word: "None",
        short: `No element has atomic number ${n}.`,
        fields: {},
        lacking: true,
      };
    }
    return null;
  }
  const fields: Record<string, string | number> = {
    element: e.name,
    name: e.name,
    element_name: e.name,
    symbol: e.symbol,
    chemical_symbol: e.symbol,
    atomic_number: e.number,
    number: e.number,
    protons: e.number,
    category: e.category,
    group: e.category,
    type: e.category,
    ...(e.mass !== undefined ? { atomic_mass: round(e.mass), mass: round(e.mass), atomic_weight: round(e.mass) } : {}),
    ...(e.state ? { state: e.state, phase: e.state } : {}),
  };
  const name = e.name.toLowerCase();
  const Name = e.name;
  const id = `element:${e.symbol}`;
  // Yes/no: "Is helium a noble gas?"
  if (/^\s*(is|are)\b/.test(lower)) {
    for (const [test, holds, label] of CATEGORY_WORDS) {
      if (!test.test(lower)) continue;
      const yes = holds(e);
      if (/room temperature/.test(label) && e.state === undefined)
        return elementLacks(e, "state at room temperature (it has never been observed)", fields);
      const kind = /room temperature/.test(label) ? (e.state ?? "") : describeCategory(e);
      return {
        key: `${id}:is:${label}`,
        texts: yes
          ? [
              `Yes, ${name} is ${label}[: it is element ${e.number}, symbol ${e.symbol}|].`,
              `Yes: ${name} (${e.symbol}, atomic number ${e.number}) is ${label === kind ? label : `${label}, ${kind}`}.`,
            ]
          : [`No, ${name} is not ${label}: it is ${kind}.`, `No. ${Name} (${e.symbol}) is ${kind}, not ${label}.`],
        word: yes ? "Yes" : "No",
        short: yes ? `Yes, ${name} is ${label}.` : `No, ${name} is ${kind}.`,
        fields: { ...fields, answer: yes ? "yes" : "no" },
      };
    }
  }
  if (/\bsymbol\b/.test(lower) && named) {
    return {
      key: `${id}:symbol`,
      texts: [
        `The chemical symbol for ${name} is ${e.symbol}.`,
        `${Name}'s symbol is ${e.symbol}[ (atomic number ${e.number})|].`,
        `${Name} is written ${e.symbol}[ on the periodic table|], and its atomic number is ${e.number}.`,
      ],
      word: e.symbol,
      short: `The symbol for ${name} is ${e.symbol}.`,
      fields,
    };
  }
  if (/\b(atomic number|protons?|electrons?)\b/.test(lower) && !byNumber) {
    const what = /\bprotons?\b/.test(lower) ? "protons" : /\belectrons?\b/.test(lower) ? "electrons" : "number";
    const texts =
      what === "number"
        ? [
            `The atomic number of ${name} is ${e.number}.`,
            `${Name} (${e.symbol}) has atomic number ${e.number}[, so each atom has ${e.number} protons|].`,
          ]
        : what === "protons"
          ? [
              `An atom of ${name} has ${e.number} protons[: that is its atomic number|, since its atomic number is ${e.number}].`,
              `${Name} has ${e.number} protons in its nucleus; ${e.number} is its atomic number.`,
            ]
          : [
              `A neutral atom of ${name} has ${e.number} electrons, as many as its protons (atomic number ${e.number}).`,
            ];
    return {
      key: `${id}:${what}`,
      texts,
      word: String(e.number),
      short: `${Name} has atomic number ${e.number}.`,
      fields,
    };
  }
  if (/\b(mass|weight|weigh)\b/.test(lower)) {
    if (e.mass === undefined)
      return {
        key: `${id}:mass:none`,
        texts: [
          `${Name} has no standard atomic mass: none of its isotopes is stable, so there is no natural mix of them to weigh. It is ${e.symbol}, atomic number ${e.number}.`,
        ],
        word: "None",
        short: `${Name} has no standard atomic mass.`,
        fields,
      };
    const m = round(e.mass);
    return {
      key: `${id}:mass`,
      texts: [
        `The standard atomic mass of ${name} is about ${m} (in daltons, or grams per mole).`,
        `${Name} has an atomic mass of about ${m} u.`,
      ],
      word: String(m),
      short: `${Name}'s atomic mass is about ${m}.`,
      fields,
    };
  }
  if (/\b(what (kind|type|sort) of|category|family|classified|group)\b/.test(lower) && named) {
    return {
      key: `${id}:category`,
      texts: [
        `${Name} is ${describeCategory(e)}.`,
        `${Name} (${e.symbol}, atomic number ${e.number}) is ${describeCategory(e)}.`,
      ],
      word: e.category.split(" ").pop() ?? e.category,
      short: `${Name} is ${describeCategory(e)}.`,
      fields,
    };
  }
  if (named && ELEMENT_LACKS.test(lower)) {
    const what = ELEMENT_LACKS.exec(lower)?.[1] ?? "that";
    const noun = /^(melt|boil)/.test(what)
      ? `${what.replace(/^(melt|boil)$/, "$1ing").replace(/ing$|$/, "ing")} point`
      : what;
    return elementLacks(e, noun.replace(/inging/, "ing"), fields);
  }
  if (symbolElement || (byNumber && !named)) {
    return {
      key: `${id}:identity`,
      texts: [
        symbolElement
          ? `${e.symbol} is the chemical symbol for ${name}, [atomic number ${e.number}|element number ${e.number}].`
          : `The element with atomic number ${e.number} is ${name} (${e.symbol}).`,
        `That is ${name}: symbol ${e.symbol}, atomic number ${e.number}[, ${describeCategory(e)}|].`,
      ],
      word: Name,
      short: `It is ${name} (${e.symbol}).`,
      fields,
    };
  }
  return null;
}

function describeCategory(e: ElementFacts): string {
  const a = /^[aeiou]/.test(e.category) ? "an" : "a";
  return `${a} ${e.category}${e.predicted ? " (predicted: it has only been made a few atoms at a time)" : ""}`;
}

function elementLacks(e: ElementFacts, what: string, fields: Record<string, string | number>): FactAnswer {
  const name = e.name.toLowerCase();
  return {
    key: `element:${e.symbol}:lacks`,
    texts: [
      `I can't tell you the ${what} of ${name}: my element data holds names, symbols, atomic numbers, atomic masses and families only. ${e.name} is ${e.symbol}, atomic number ${e.number}.`,
      `My element data has nothing on the ${what} of ${name}, so I won't guess. What it does say: ${e.name}, symbol ${e.symbol}, atomic number ${e.number}, ${describeCategory(e)}.`,
    ],
    word: "Unknown",
    short: `I don't have the ${what} of ${name}.`,
    fields,
    lacking: true,
  };
}

function round(mass: number): number {
  return Number(mass.toFixed(mass < 10 ? 3 : 2));
}

// ---- planets -----------------------------------------------------------------------------------

const PLANET_CUE = /\b(planets?|solar system|moons?|orbit\w*|the sun|rings?|pluto)\b/;

type Superlative = { test: RegExp; pick: () => Planet; says: (p: Planet) => string; field: string };

const by = (f: (p: Planet) => number, most: boolean) => () =>
  [...PLANETS].sort((a, b) => (most ? f(b) - f(a) : f(a) - f(b)))[0];

const SUPERLATIVES: Superlative[] = [
  {
    test: /\b(largest|biggest|heaviest|most massive)\b/,
    pick: by((p) => p.diameterKm, true),
    says: (p) =>
      `${p.name} is the largest planet in the solar system, ${thousands(p.diameterKm)} km across[, more than eleven times as wide as Earth|].`,
    field: "largest",
  },
  {
    test: /\bsmallest\b/,
    pick: by((p) => p.diameterKm, false),
    says: (p) =>
      `${p.name} is the smallest planet, ${thousands(p.diameterKm)} km across[, only a little larger than our Moon|].`,
    field: "smallest",
  },
  {
    test: /\b(closest|nearest)\b[^?.!]{0,20}\bsun\b|\bfirst planet\b|\binnermost\b/,
    pick: by((p) => p.order, false),
    says: (p) => `${p.name} is the planet closest to the Sun, about ${p.distanceMkm} million km away on average.`,
    field: "closest",
  },
  {
    test: /\b(farthest|furthest|most distant|outermost)\b|\blast planet\b/,
    pick: by((p) => p.order, true),
    says: (p) =>
      `${p.name} is the farthest planet from the Sun, about ${thousands(p.distanceMkm)} million km away[ (Pluto, farther out, has been a dwarf planet since 2006)|].`,
    field: "farthest",
  },
  {
    test: /\bhottest\b/,
    pick: by((p) => p.meanTempC, true),
    says: (p) =>
      `${p.name} is the hottest planet, about ${p.meanTempC} °C on average: its thick carbon dioxide atmosphere traps heat, so it is hotter than Mercury, which is closer to the Sun.`,
    field: "hottest",
  },
  {
    test: /\bcoldest\b/,
    pick: by((p) => p.meanTempC, false),
    says: (p) =>
      `${p.name}, the farthest planet, is the coldest on average (about ${p.meanTempC} °C), though Uranus has recorded the lowest single temperature.`,
    field: "coldest",
  },
  {
    test: /\bmost moons\b/,
    pick: by((p) => p.moons, true),
    says: (p) => `${p.name} has the most known moons: ${p.moons}. ${p.moonNote ?? ""}`.trim(),
    field: "most moons",
  },
  {
    test: /\bred planet\b/,
    pick: () => PLANETS[3],
    says: () => "Mars is called the Red Planet: iron oxide (rust) in its dust and rocks makes it look red.",
    field: "red",
  },
  {
    test: /\b(rings?|ringed)\b/,
    pick: () => PLANETS[5],
    says: () =>
      "Saturn is the planet famous for its rings: broad, bright rings of ice and rock. Jupiter, Uranus and Neptune have rings too, but far fainter ones.",
    field: "rings",
  },
];

function planetFact(lower: string): FactAnswer | null {
  if (!PLANET_CUE.test(lower) && !findPlanet(lower)) return null;
  if (/\bhow many planets\b/.test(lower)) {
    return {
      key: "planets:count",
      texts: [
        "There are eight planets in the solar system: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune. Pluto was reclassified as a dwarf planet in 2006.",
        "The solar system has eight planets[: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune|]. Pluto counted as the ninth until 2006, when it became a dwarf planet.",
      ],
      word: "Eight",
      short: "There are eight planets.",
      fields: { count: 8, number: 8, planets: 8 },
    };
  }
  if (/\bpluto\b/.test(lower) && /\bplanet\b/.test(lower)) {
    return {
      key: "planets:pluto",
      texts: [
        "Pluto is no longer counted as a planet: since 2006 the International Astronomical Union classes it as a dwarf planet, because it has not cleared its orbit of other objects.",
      ],
      word: /^\s*is\b/.test(lower) ? "No" : "Dwarf",
      short: "Pluto is a dwarf planet.",
      fields: { answer: "no", planet: "Pluto" },
    };
  }
  const named = findPlanet(lower);
  const asksWhich = /\b(which|what) planet\b|\bplanet (is|has)\b|\bwhich\b[^?.!]{0,20}\bplanets?\b/.test(lower);
  if (asksWhich || (!named && /\bplanets?\b/.test(lower))) {
    for (const s of SUPERLATIVES) {
      if (!s.test.test(lower)) continue;
      const p = s.pick();
      return {
        key: `planets:${s.field}`,
        texts: [s.says(p)],
        word: p.name,
        short: `${p.name}.`,
        fields: planetFields(p),
      };
    }
    const order =
      /\b(\d)(?:st|nd|rd|th) planet\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth) planet\b/.exec(lower);
    if (order) {
      const n = order[1] ? Number(order[1]) : ORDINALS.indexOf(order[2]) + 1;
      const p = PLANETS.find((x) => x.order === n);
      if (p)
        return {
          key: `planets:order:${n}`,
          texts: [`The ${ORDINALS[n - 1]} planet from the Sun is ${p.name}.`],
          word: p.name,
          short: `${p.name}.`,
          fields: planetFields(p),
        };
    }
  }
  if (!named) return null;
  return planetAttribute(named, lower);
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

function planetFields(p: Planet): Record<string, string | number> {
  return {
    planet: p.name,
    name: p.name,
    moons: p.moons,
    number_of_moons: p.moons,
    moon_count: p.moons,
    order: p.order,
    position: p.order,
    diameter_km: p.diameterKm,
    diameter: p.diameterKm,
    distance_from_sun_km: p.distanceMkm * 1e6,
    distance_million_km: p.distanceMkm,
    type: p.kind,
  };
}

function planetAttribute(p: Planet, lower: string): FactAnswer | null {
  const fields = planetFields(p);
  const id = `planet:${p.name}`;
  if (/\bmoons?\b|\bsatellites?\b/.test(lower)) {
    const count =
      p.moons === 0
        ? `${p.name} has no moons.`
        : p.moons === 1
          ? `${p.name} has one moon.`
          : `${p.name} has ${p.moons} known moons.`;
    return {
      key: `${id}:moons`,
      texts: [
        `${count}${p.moonNote ? ` ${p.moonNote}` : ""}`,
        `[NASA counts|There are] ${p.moons === 0 ? "no" : p.moons} known moon${p.moons === 1 ? "" : "s"} [around|of] ${p.name}.${p.moonNote ? ` ${p.moonNote}` : ""}`,
      ],
      word: String(p.moons),
      short: count,
      fields,
    };
  }
  if (/\b(how far|distance|from the sun|away)\b/.test(lower) && !/\b(which|what number|position|order)\b/.test(lower)) {
    return {
      key: `${id}:distance`,
      texts: [
        `${p.name} orbits about ${thousands(p.distanceMkm)} million km from the Sun on average.`,
        `On average, ${p.name} is about ${thousands(p.distanceMkm)} million kilometres from the Sun[ (${(p.distanceMkm / 149.6).toFixed(p.distanceMkm < 500 ? 2 : 1)} times Earth's distance)|].`,
      ],
      word: `${thousands(p.distanceMkm)} million km`,
      short: `About ${thousands(p.distanceMkm)} million km.`,
      fields,
    };
  }
  if (/\b(which|what number|position|order)\b[^?.!]{0,30}\b(planet|from the sun)\b/.test(lower)) {
    return {
      key: `${id}:order`,
      texts: [
        `${p.name} is the ${ORDINALS[p.order - 1]} planet from the Sun.`,
        `Counting out from the Sun, ${p.name} is planet number ${p.order}.`,
      ],
      word: cap(ORDINALS[p.order - 1]),
      short: `${p.name} is the ${ORDINALS[p.order - 1]} planet.`,
      fields,
    };
  }
  if (/\b(diameter|how big|how large|how wide|size|across|radius)\b/.test(lower)) {
    return {
      key: `${id}:diameter`,
      texts: [
        `${p.name} is about ${thousands(p.diameterKm)} km across at its equator.`,
        `${p.name}'s diameter is about ${thousands(p.diameterKm)} km[, ${(p.diameterKm / 12756).toFixed(2)} times Earth's|].`,
      ],
      word: `${thousands(p.diameterKm)} km`,
      short: `About ${thousands(p.diameterKm)} km across.`,
      fields,
    };
  }
  if (/\b(year|orbit|go around|around the sun)\b/.test(lower)) {
    const years = p.yearDays / 365.25;
    const span =
      years < 1.5
        ? `${thousands(Math.round(p.yearDays))} Earth days`
        : `about ${years.toFixed(years < 20 ? 1 : 0)} Earth years`;
    return {
      key: `${id}:year`,
      texts: [`${p.name} takes ${span} to go around the Sun once.`, `A year on ${p.name} lasts ${span}.`],
      word: span,
      short: `${span}.`,
      fields,
    };
  }
  if (/\b(temperature|how hot|how cold)\b/.test(lower)) {
    return {
      key: `${id}:temperature`,
      texts: [
        `${p.name}'s mean temperature is about ${p.meanTempC} °C${p.kind === "rocky planet" ? "" : " at its cloud tops"}.`,
      ],
      word: `${p.meanTempC} °C`,
      short: `About ${p.meanTempC} °C.`,
      fields,
    };
  }
  if (/\brings?\b/.test(lower)) {
    return {
      key: `${id}:rings`,
      texts: [
        p.rings
          ? `Yes, ${p.name} has rings${p.name === "Saturn" ? ", the brightest and broadest of any planet" : ", though they are faint compared with Saturn's"}.`
          : `No, ${p.name} has no rings.`,
      ],
      word: p.rings ? "Yes" : "No",
      short: p.rings ? `Yes, ${p.name} has rings.` : `No, ${p.name} has no rings.`,
      fields,
    };
  }
  if (/\b(what (kind|type|sort) of planet|gas giant|rocky|ice giant)\b/.test(lower)) {
    return {
      key: `${id}:kind`,
      texts: [`${p.name} is ${/^[aeiou]/.test(p.kind) ? "an" : "a"} ${p.kind}.`],
      word: p.kind,
      short: `${p.name} is ${/^[aeiou]/.test(p.kind) ? "an" : "a"} ${p.kind}.`,
      fields,
    };
  }
  if (/\bnamed (after|for)\b/.test(lower)) {
    return {
      key: `${id}:name`,
      texts: [`${p.name} is named after ${p.namedFor}.`],
      word: p.namedFor,
      short: `${p.name} is named after ${p.namedFor}.`,
      fields,
    };
  }
  return null;
}
