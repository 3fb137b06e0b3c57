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
import { namesOf } from "../language/landmarks";
import { expand } from "../language/templates";
import {
  countriesIn,
  findCapital,
  findCountry,
  misspeltCountry,
  normalizeName,
  regionNamed,
  type CountryFacts,
} from "../corpus/countries";
import {
  allElements,
  elementByNumber,
  elementBySymbol,
  findElementByName,
  type ElementFacts,
} from "../corpus/elements";
import { ELEMENT_NAMES } from "../corpus/element-names";
import { EVERYDAY_FACTS } from "../corpus/everyday-facts";
import { MOUNTAINS, type Mountain } from "../corpus/mountains";
import { COLOUR_FACTS, MIX_FACTS } from "../corpus/colours";
import { digitsForWords } from "../language/numbers";
import { countWords, terms } from "../language/text";
import { contentWords } from "../read/grounding";
import { FACTS, WORKS, type Fact, type Work } from "../corpus/facts";
import { PLANETS, findPlanet, type Planet } from "../corpus/planets";

export interface FactAnswer {
  /** What was looked up, for debugging and tests: "country:PE:capital". */
  key: string;
  /** Whole answers, with "[a|b]" alternatives; the first is the favourite. */
  texts: string[];
  /** The bare answer, for "answer in one word". */
  word: string;
  /** The whole name when the one word shortens it ("George Orwell"), for answers in another language. */
  name?: string;
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

/** Where a fuller answer can be had, as the model's other "I can't" replies say. */
const REAL_ANSWER =
  "For a full answer, set OPENAI_API_KEY to use a real model, or OPENAI_BASE_URL to point at a local server such as Ollama.";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const possessive = (name: string) => (name.endsWith("s") ? `${name}'` : `${name}'s`);
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
const thousands = (n: number) => n.toLocaleString("en-US");

/** A question's text, cut so that no pattern runs long. */
function clip(question: string): string {
  // "what element is Fe again?": a word of the asking at the end is no part of what is asked.
  return question
    .slice(0, 300)
    .replace(/\s+(?:again|exactly|please|pls|for me|real quick|quickly|lol)\s*([?.!]*)\s*$/i, "$1");
}

/**
 * "Old film used silver bromide. What's the atomic number of bromine?": a question after remarks
 * is asked alone first, so the thing it names (bromine), not one named in a remark before it
 * (silver), is what is answered. A question that points back ("what's its symbol?") is not alone.
 */
export function answerFact(question: string): FactAnswer | null {
  const sentences = question
    .slice(0, 600)
    .split(/(?<=[.!?])\s+(?=\S)/)
    .filter((x) => /\p{L}/u.test(x));
  const last = sentences.at(-1) ?? "";
  if (
    sentences.length > 1 &&
    /\?\s*$/.test(last) &&
    countWords(last) >= 3 &&
    !/\b(?:it|its|it's|they|them|their|that|this|these|those|there|he|she|his|her|one|ones|same|both|each)\b/i.test(
      last,
    )
  ) {
    const alone = answerWhole(last);
    if (alone && !alone.lacking) return alone;
  }
  return answerWhole(question);
}

function answerWhole(question: string): FactAnswer | null {
  // "whats the capitol of brazil": the Capitol is a building; "capitol of" a country is its capital.
  const q = clip(question).replace(/\bcapitol(\s+(?:city\s+)?of)\b/gi, "capital$1");
  // The corpus's passages ground the question's own words, which the misspelling is not.
  if (q !== clip(question)) {
    const found = answerFact(q);
    return found && { ...found, corpusSays: undefined };
  }
  // "Where is the Bank of England?" asks about the bank: England's facts are not its answer.
  if (namesOf(q).length) return null;
  const lower = q.toLowerCase();
  return (
    // "Is a peanut actually a nut?": the hedge asks the same fact.
    everydayFact(lower.replace(/\b(?:actually|really|technically|truly|in fact)\s+(?=(?:a|an|the)\s)/g, "")) ??
    mountainCompared(lower) ??
    workFact(lower) ??
    elementFact(q, lower) ??
    planetFact(lower) ??
    capitalIn(q) ??
    countryFact(q, lower)
  );
}

/** "Is Tokyo in China?": a capital city is in its own country (countries-list), and in no other. */
function capitalIn(question: string): FactAnswer | null {
  const q = question.replace(
    /[.?!]?\s*(?:(?:please\s+)?(?:just\s+|only\s+)?(?:answer|reply|respond|say)\s+)?(?:with\s+)?(?:just\s+|only\s+)?(?:a\s+)?yes(?:\s+or\s+|\/)no(?:\s+only)?[.!?]*\s*$/i,
    "?",
  );
  const m =
    /^\s*(?:is|isn't)\s+([\p{L}][\p{L} .'-]{1,40}?)\s+(?:located\s+)?in\s+([\p{L}][\p{L} .'-]{1,40}?)\s*\??\s*$/iu.exec(
      q,
    );
  if (!m) return null;
  const city = findCapital(m[1]);
  const country = findCountry(m[2])?.country;
  if (!city || !country || normalizeName(city.capital) !== normalizeName(m[1])) return null;
  const yes = city.code === country.code;
  const text = yes
    ? `Yes, ${city.capital} is in ${country.name}: it is the capital.`
    : `No, ${city.capital} is in ${city.name}, not ${country.name}: it is ${city.name}'s capital.`;
  return {
    key: `capital-in:${city.code}:${country.code}`,
    texts: [text],
    word: yes ? "Yes" : "No",
    short: text,
    fields: { answer: yes ? "yes" : "no", city: city.capital, country: city.name },
  };
}

/**
 * A question that points back into the conversation: "Who wrote that book again?" (a work the
 * earlier turns name), "Which of those is the largest?" (planets the assistant listed).
 * `earlier` holds the earlier user and assistant texts, the latest first.
 */
export function answerFromContext(question: string, earlier: readonly string[]): FactAnswer | null {
  const lower = clip(question).toLowerCase();
  const pointsBack = /\b(that|this|the|those|these|it|them|your)\b/.test(lower);
  if (!pointsBack) return null;
  if (WROTE.test(lower) || PAINTED.test(lower) || WHEN.test(lower)) {
    for (const text of earlier.slice(0, 6)) {
      const work = findWork(clip(text).toLowerCase());
      if (work) return workFact(`${lower} ${work.title.toLowerCase()}`);
    }
    return null;
  }
  // "Which planet comes right after that one?": the one planet the last turns named.
  if (/\b(?:which|what) planet\b/.test(lower) && NEIGHBOUR.test(lower) && !findPlanet(lower)) {
    for (const text of earlier.slice(0, 2)) {
      const named = PLANETS.filter((p) => new RegExp(`\\b${p.name}\\b`).test(text));
      if (named.length === 1) return neighbour(named[0], lower);
      if (named.length > 1) return null;
    }
    return null;
  }
  if (/\b(of|among) (those|these|them)\b|\bwhich one\b/.test(lower)) {
    // "Jupiter, Saturn, Uranus and Neptune are all bigger than Earth": Earth is what they were measured
    // against, not one of "those".
    const text = (earlier[0] ?? "").replace(
      /\b(?:than|as \w+ as|compared (?:to|with))\s+(?:the\s+)?(?:planet\s+)?[A-Z][a-z]+/g,
      " ",
    );
    const named = PLANETS.filter((p) => new RegExp(`\\b${p.name}\\b`).test(text));
    if (named.length < 2) return null;
    for (const s of SUPERLATIVES.slice(0, 6)) {
      if (!s.test.test(lower)) continue;
      const key = s.field;
      const pick = [...named].sort((a, b) =>
        key === "largest"
          ? b.diameterKm - a.diameterKm
          : key === "smallest"
            ? a.diameterKm - b.diameterKm
            : key === "closest"
              ? a.order - b.order
              : key === "farthest"
                ? b.order - a.order
                : key === "hottest"
                  ? b.meanTempC - a.meanTempC
                  : a.meanTempC - b.meanTempC,
      )[0];
      const how =
        key === "largest" || key === "smallest"
          ? `, ${thousands(pick.diameterKm)} km across`
          : key === "closest" || key === "farthest"
            ? `, about ${thousands(pick.distanceMkm)} million km from the Sun`
            : `, about ${pick.meanTempC} °C on average`;
      return {
        key: `planets:${key}-of:${named.map((p) => p.name).join(",")}`,
        texts: [
          `Of ${list(named.map((p) => p.name))}, ${pick.name} is the ${key}${how}.`,
          `${pick.name} is the ${key} of ${named.length === 3 ? "the three" : "them"}${how}.`,
        ],
        word: pick.name,
        short: `${pick.name} is the ${key}.`,
        fields: planetFields(pick),
      };
    }
  }
  return null;
}

// ---- mountains compared ------------------------------------------------------------------------

/** "Is Everest taller than K2?", "which is higher, Mont Blanc or Kilimanjaro?": the two heights compared. */
function mountainCompared(lower: string): FactAnswer | null {
  const named = MOUNTAINS.map((m) => ({ m, at: m.names.exec(lower)?.index ?? -1 }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at)
    .map((x) => x.m);
  if (named.length !== 2) return null;
  const high = /\b(?:taller|higher|bigger)\b/.test(lower);
  const low = /\b(?:shorter|lower|smaller)\b/.test(lower);
  if (high === low) return null;
  const [top, other] = [...named].sort((x, y) => (high ? y.metres - x.metres : x.metres - y.metres));
  // The comparison in the asker's word: "taller" asked, "taller" said.
  const word = /\b(?:taller|higher|bigger|shorter|lower|smaller)\b/.exec(lower)?.[0] ?? (high ? "higher" : "lower");
  const said = (m: Mountain) => `${m.name} (${thousands(m.metres)} m)`;
  const because = capitalFirst(`${said(top)} is ${word} than ${said(other)}.`);
  const fields = { mountain: top.name, height_m: top.metres, other: other.name, other_height_m: other.metres };
  if (/^\s*(?:is|are|was)\b/.test(lower)) {
    const yes = named[0] === top;
    const answer = yes ? "Yes" : "No";
    return {
      key: `mountains:yes-no:${word}:${named[0].name},${named[1].name}`,
      texts: [`${answer}. ${because}`],
      word: answer,
      short: `${answer}. ${because}`,
      fields: { ...fields, answer: answer.toLowerCase() },
    };
  }
  return {
    key: `mountains:compare:${word}:${top.name},${other.name}`,
    texts: [because],
    word: top.name,
    short: because,
    fields,
  };
}

const capitalFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---- everyday facts and works ------------------------------------------------------------------

const WORLDS =
  /\b(?:on|of|from|at|around|in)\s+(?:the\s+)?(mercury|venus|mars|jupiter|saturn|uranus|neptune|pluto|the moon|moon|titan|europa|io|the sun|sun|another planet|other planets|space)\b/;

/** A world other than Earth named in the question ("on Mars") that the fact's answer never names. */
function otherWorld(lower: string, answer: string): boolean {
  const m = WORLDS.exec(lower);
  if (!m) return false;
  const world = m[1].replace(/^the\s+/, "");
  return !new RegExp(`\\b${world}`, "i").test(answer);
}

function asksBeside(lower: string, m: RegExpExecArray, answer: string): boolean {
  const start =
    Math.max(lower.lastIndexOf(".", m.index), lower.lastIndexOf("?", m.index), lower.lastIndexOf("!", m.index)) + 1;
  const after = lower.slice(m.index + m[0].length);
  const end = after.search(/[.?!;]/);
  // The whole sentence: "the freezing point of salt water" holds its "salt" inside the fact's own words.
  const beside = `${lower.slice(start, m.index)} ${m[0]} ${end < 0 ? after : after.slice(0, end)}`;
  const said = new Set(terms(answer));
  return contentWords(beside).some((c) => OTHER_SUBJECT.test(c.word) && !said.has(c.stem));
}

/** Things a fact's question may be about instead: an animal, a substance, a medium ("in water", "of a cat"). */
const OTHER_SUBJECT =
  /^(?:cats?|dogs?|horses?|cows?|pigs?|sheep|birds?|fish|snakes?|spiders?|insects?|whales?|sharks?|worms?|octopus(?:es)?|bees?|ants?|crabs?|mice|mouse|rats?|rabbits?|chickens?|ducks?|elephants?|lions?|tigers?|bears?|frogs?|babies|baby|child|children|kids?|salt|salty|sea|seawater|milk|oil|gold|silver|iron|glass|ice|alcohol|sugar|vacuum|mercury|diamond|steel|water)$/;

const KM_PER: Record<string, number> = {
  km: 1,
  kilometre: 1,
  kilometer: 1,
  mile: 1.609344,
  m: 0.001,
  metre: 0.001,
  meter: 0.001,
};

/** "longer than 40 km" against a fact whose value is a length ("42.195 km"): yes or no, by arithmetic. */
function comparedLength(lower: string, f: Fact): FactAnswer | null {
  const value = /^(\d[\d,]*(?:\.\d+)?)\s*(km|m|miles?)$/.exec(f.value);
  const asked =
    /\b(longer|more|further|farther|shorter|less)\s+than\s+(\d[\d,]*(?:\.\d+)?)\s*(km|kilometres?|kilometers?|miles?|metres?|meters?|m)\b/.exec(
      lower,
    );
  if (!value || !asked) return null;
  const unit = (u: string) => KM_PER[u.replace(/s$/, "")] ?? KM_PER[u];
  const have = Number(value[1].replace(/,/g, "")) * unit(value[2]);
  const limit = Number(asked[2].replace(/,/g, "")) * unit(asked[3]);
  if (!Number.isFinite(have) || !Number.isFinite(limit) || Math.abs(have - limit) < 1e-9) return null;
  const more = /^(?:longer|more|further|farther)$/.test(asked[1]);
  const yes = more ? have > limit : have < limit;
  const word = yes ? "Yes" : "No";
  return {
    key: `fact:${f.id}:than:${word.toLowerCase()}`,
    texts: [`${word}. ${f.answer}`],
    word,
    short: `${word}. ${firstSentence(f.answer)}`,
    fields: { answer: word.toLowerCase(), value: f.value, source: f.source.url, ...f.fields },
  };
}

function everydayFact(lower: string): FactAnswer | null {
  for (const f of [...FACTS, ...EVERYDAY_FACTS, ...COLOUR_FACTS, ...MIX_FACTS]) {
    const m = f.asks.exec(lower);
    if (!m) continue;
    // "The longest river in Europe" is not the longest river in the world.
    if (f.worldwide && elsewhere(lower.slice(m.index + m[0].length))) continue;
    // "What colour is the sky on Mars?" is not Earth's sky: a world the question names, the answer must name too.
    if (otherWorld(lower, f.answer)) continue;
    // "How many bones does a cat have?", "the speed of light in water": a word beside the fact's own
    // question, in the same sentence, that its answer never says asks about something else.
    if (asksBeside(lower, m, f.answer)) continue;
    const word = f.value.replace(/^(The|Mount) /, "");
    const name = f.value.replace(/^The /, "");
    // "Is the Pacific the largest ocean?": yes or no first, when the fact is a name to compare.
    // "Is water an element or a compound?" names the choices: the answer is the one, not "Yes".
    const choice = /\s+or\s+(?:an?\s+|the\s+)?[a-z]+/.test(lower.replace(/\b(?:yes|true)\s+or\s+(?:no|false)\b/g, ""));
    // "Does a spider have eight legs?", "Did the war end in 1945?": yes when the question names the number;
    // no only for a bare count ("six legs"), where another number is plainly another answer.
    // "Is a marathon longer than 40 km?": the fact's distance against the one asked, in the same unit.
    const compared = YES_NO.test(lower) && !choice ? comparedLength(lower, f) : null;
    if (compared) return compared;
    if (YES_NO.test(lower) && /\d/.test(f.value) && !choice) {
      const said = (digitsForWords(lower).match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((n) => n.replace(/,/g, ""));
      const value = (f.value.match(/\d[\d,]*(?:\.\d+)?/) ?? [""])[0].replace(/,/g, "");
      const yes = said.includes(value);
      if (yes || (/^\d+$/.test(f.value) && said.length === 1)) {
        const word = yes ? "Yes" : "No";
        return {
          key: `fact:${f.id}:${word.toLowerCase()}`,
          texts: [`${word}. ${f.answer}`],
          word,
          short: `${word}. ${firstSentence(f.answer)}`,
          fields: { answer: word.toLowerCase(), value: f.value, source: f.source.url, ...f.fields },
        };
      }
      continue;
    }
    if (YES_NO.test(lower) && !/\d/.test(f.value) && !choice) {
      const yes = lower.includes(word.toLowerCase().split(/\s+/).pop() ?? word);
      return {
        key: `fact:${f.id}:${yes ? "yes" : "no"}`,
        texts: [
          `${yes ? "Yes" : "No"}. ${f.answer}`,
          `${yes ? "Yes" : "No"}: ${f.answer.charAt(0).toLowerCase()}${f.answer.slice(1)}`,
        ],
        word: yes ? "Yes" : "No",
        short: `${yes ? "Yes" : "No"}, ${firstSentence(f.answer).charAt(0).toLowerCase()}${firstSentence(f.answer).slice(1)}`,
        fields: { answer: yes ? "yes" : "no", value: f.value, source: f.source.url, ...f.fields },
      };
    }
    return {
      key: `fact:${f.id}`,
      texts: [f.answer],
      word,
      name,
      short: firstSentence(f.answer),
      fields: { answer: f.value, value: f.value, source: f.source.url, ...f.fields },
    };
  }
  return null;
}

const YES_NO = /^\s*(is|are|was|were|did|does|do|has|have)\b/;

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
  const asksWho =
    WROTE.test(lower) ||
    PAINTED.test(lower) ||
    (YES_NO.test(lower) && /\b(write|wrote|written|paint|painted|author|painter)\b/.test(lower));
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
  if (YES_NO.test(lower)) {
    const surname = (work.creator.split(" ").pop() ?? work.creator).toLowerCase();
    const yes = lower.includes(surname);
    return {
      key: `work:${work.title}:creator:${yes ? "yes" : "no"}`,
      texts: [
        `${yes ? "Yes" : "No"}: ${title} ${made === "painted" ? "was painted" : work.plural ? "were written" : "was written"} by ${work.creator}, in ${work.year}.`,
      ],
      word: yes ? "Yes" : "No",
      short: `${yes ? "Yes" : "No"}, it was ${work.creator}.`,
      fields: { ...fields, answer: yes ? "yes" : "no" },
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
    name: work.creator,
    short: `${work.creator} ${made} ${title}.`,
    fields,
  };
}

let workKeys: { key: string; w: Work }[] | undefined;

function findWork(lower: string): Work | undefined {
  const padded = ` ${normalizeName(lower)} `;
  let best: Work | undefined;
  let bestLength = 0;
  workKeys ??= WORKS.flatMap((w) =>
    [w.title.toLowerCase(), ...(w.aliases ?? [])].map((t) => ({ key: normalizeName(t.replace(/^the /, "")), w })),
  );
  for (const { key, w } of workKeys) {
    if (key.length > bestLength && padded.includes(` ${key} `)) {
      best = w;
      bestLength = key.length;
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
  /\?|^\s*(what'?s?|which|who|where|when|how|tell|give|name|list|do you know|is|are|does|can you)\b|\b(capital|currency|language|code|continent)( city)? of\b/;

/** "Is she right?", "Is that true?", "..., right?": the message asks whether a claim holds. */
const CHECKS_CLAIM =
  /\b(?:is|are|am)\s+(?:s?he|they|i|that|this|it|he)\s+(?:right|correct|wrong|true|mistaken)\b|\b(?:is it|is that) true\b|,\s*right\s*\?|\btrue or false\b/;

/**
 * "two nurses are from chile and colombia. whats the capital of each of them": a question about a
 * country's attribute that names several countries and ties the attribute to none of them by
 * name ("the capital of Peru") answers it for each, never for the one found first. Null when one
 * is named as the one asked about, or when any of them has no plain answer.
 */
function eachCountry(q: string, lower: string): FactAnswer | { one: { country: CountryFacts; name: string } } | null {
  const named = countriesIn(q);
  if (named.length < 2 || named.length > 6) return null;
  const attribute = ATTRIBUTES.find(([, t]) => t.test(lower))?.[0];
  if (!attribute || attribute === "continent") return null;
  const flat = ` ${normalizeName(q)} `;
  const tied = named.filter((n) =>
    new RegExp(
      ` (?:capital|capitals|currency|currencies|money|languages?|code|prefix)(?: city)? (?:of|in|for) (?:the )?${n.name} `,
    ).test(flat),
  );
  // "I'm in Colombia. What's the capital of Chile?": a country named before the one asked about is a remark;
  // one named after it ("capital of canada? and while ur at it australia") is asked too.
  if (tied.length === 1 && named.indexOf(tied[0]) === named.length - 1) return { one: tied[0] };
  if (tied.length > 1 || LACKS.some(([, t]) => t.test(lower))) return null;
  if (tied.length === 1) named.splice(0, named.indexOf(tied[0]));
  const answers = named.map((n) => countryAttribute(n.country, attribute));
  if (named.some((n) => n.country.capitalNote)) return null;
  const shortest = (template: string) =>
    expand(template)
      .map((e) => e.text)
      .sort((a, b) => a.length - b.length)[0];
  const values = answers.map((a) => a.word);
  return {
    key: `countries:${named.map((n) => n.country.code).join(",")}:${attribute}`,
    texts: [answers.map((a) => shortest(a.texts[0])).join(" ")],
    word: values.join(", "),
    short: answers.map((a) => a.short).join(" "),
    fields: Object.fromEntries(named.map((n, i) => [n.country.name.toLowerCase().replace(/\s+/g, "_"), values[i]])),
  };
}

function countryFact(q: string, lower: string): FactAnswer | null {
  if (!ASKS.test(lower)) return null;
  const each = eachCountry(q, lower);
  if (each && !("one" in each)) return each;
  // "capitol of austrailia?": the words asked as a country may be misspelt.
  const asCountry =
    /\b(?:capital|currency|population|continent|flag|languages?|money)\s+(?:city\s+)?(?:of|in)\s+([a-z][a-z' -]{3,28}?)\s*(?:[?.!,]|$|\s+(?:and|is|i|pls|please)\b)/i.exec(
      q,
    );
  // "I'm in Colombia. What's the capital of Chile?": the country the attribute is asked of, not the longest name.
  const found =
    (each && "one" in each ? each.one : undefined) ??
    findCountry(q) ??
    (asCountry ? misspeltCountry(asCountry[1]) : undefined);
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
  // "Is Sydney the capital of Australia?"
  // "My friend says Istanbul is the capital of Turkey. Is she right?": a claim to check is the same question.
  const isCapital =
    /^\s*is\s+([\p{L}' .-]{2,40}?)\s+(?:the )?capital (?:city )?of\b/iu.exec(q) ??
    (CHECKS_CLAIM.test(lower)
      ? /(?:^|\b(?:that|says?|said|thinks?|thought|claims?|claimed|believes?|told me|reckons?|insists?)\s+)(\p{Lu}[\p{L}'.-]*(?:\s+(?:(?:de|da|do|del|la|el|of)\s+)?\p{Lu}[\p{L}'.-]*){0,3})\s+is\s+(?:the\s+)?capital\s+(?:city\s+)?of\b/u.exec(
          q,
        )
      : null);
  if (isCapital && !c.capitalNote) {
    const named = isCapital[1].trim();
    const yes = normalizeName(named) === normalizeName(c.capital);
    return {
      key: `country:${c.code}:is-capital`,
      texts: yes
        ? [`Yes, ${c.capital} is the capital of ${c.inSentence}.`]
        : [
            `No, the capital of ${c.inSentence} is ${c.capital}, not ${cap(named)}.`,
            `No: ${c.capital} is ${possessive(c.inSentence)} capital, not ${cap(named)}.`,
          ],
      word: yes ? "Yes" : "No",
      short: yes ? `Yes, it is.` : `No, it is ${c.capital.replace(/\.$/, "")}.`,
      fields: { ...countryFields(c), answer: yes ? "yes" : "no" },
    };
  }
  for (const [attribute, test] of ATTRIBUTES) {
    if (!test.test(lower)) continue;
    const answer = countryAttribute(c, attribute);
    // "The capital and the population of Peru?": the part it knows, and what it leaves out.
    const missing = LACKS.find(([, t]) => t.test(lower));
    if (!missing) return answer;
    const left = ` As the workbook's offline model, I have no ${missing[0]} in my country data, so I can't tell you that part.`;
    return { ...answer, texts: answer.texts.map((t) => t + left), corpusSays: undefined };
  }
  for (const [what, test] of LACKS) if (test.test(lower)) return countryLacks(c, what, lower);
  return null;
}

function regionLacks(region: string): FactAnswer {
  return {
    key: `region:${region}:lacks`,
    texts: [
      `I can't answer that for ${region}: I'm the workbook's offline model, my data covers countries (their capitals, continents, currencies, languages and calling codes), and ${region} is a state or region within one, not a country. ${REAL_ANSWER}`,
      `${region} is not a country, and as the workbook's offline model I only hold country facts such as national capitals, so I can't give you that for ${region}. ${REAL_ANSWER}`,
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
          ? [`The capital of ${c.inSentence} is ${c.capital.replace(/\.$/, "")}. ${c.capitalNote}`]
          : [c.capitalNote]
        : [
            `The capital of ${c.inSentence} is ${c.capital.replace(/\.$/, "")}.${context}`,
            `${c.capital} is the capital of ${c.inSentence}.${context}`,
            `${cap(possessive(c.inSentence))} capital is ${c.capital.replace(/\.$/, "")}.${context}`,
          ];
      return {
        ...base,
        key: `country:${c.code}:capital`,
        texts,
        word: c.capital,
        short: `The capital of ${c.inSentence} is ${c.capital.replace(/\.$/, "")}.`,
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
      `I can't give you that: I'm the workbook's offline model, and my country data has no ${what}. It does say that the capital of ${c.inSentence} is ${c.capital}, that it is in ${c.continent}${c.currency ? ` and that its currency is the ${currencyName(c.currency.name)}` : ""}. ${REAL_ANSWER}`,
      `I can't tell you that: the country data I carry as the workbook's offline model holds capitals, continents, currencies, languages and calling codes, but no ${what} for ${c.inSentence}. (Its capital is ${c.capital.replace(/\.$/, "")}.) ${REAL_ANSWER}`,
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
      `I can't give you the population of ${c.capital}: I'm the workbook's offline model, and my country data has no ${what}. I only know that ${c.capital} is the capital of ${c.inSentence}, in ${c.continent}. ${REAL_ANSWER}`,
      `I can't tell you that: the country data I carry as the workbook's offline model holds capitals, continents, currencies, languages and calling codes, not populations. ${c.capital} is the capital of ${c.inSentence}. ${REAL_ANSWER}`,
    ],
    word: "Unknown",
    short: `I don't have the population of ${c.capital.replace(/\.$/, "")}.`,
    fields: { city: c.capital, country: c.name },
    corpusSays: [c.capital, "million"],
    lacking: true,
  };
}

// ---- chemical elements -------------------------------------------------------------------------

const ELEMENT_CUE =
  /\b(chemical|elements?|symbol|atomic|protons?|electrons?|periodic|noble gas(es)?|halogens?|metals?|metalloids?|non-?metals?|alkali|alkaline|lanthanides?|actinides?|atoms?)\b/;

const CATEGORY_WORDS: [RegExp, (e: ElementFacts) => boolean, string][] = [
  [/\bnoble gas(?:es)?\b/, (e) => e.category === "noble gas", "a noble gas"],
  [/\bhalogens?\b/, (e) => e.category === "halogen", "a halogen"],
  [/\balkali metals?\b/, (e) => e.category === "alkali metal", "an alkali metal"],
  [/\balkaline earth metals?\b/, (e) => e.category === "alkaline earth metal", "an alkaline earth metal"],
  [/\btransition metals?\b/, (e) => e.category === "transition metal", "a transition metal"],
  [/\bmetalloids?\b/, (e) => e.category === "metalloid", "a metalloid"],
  [
    /\bnon-?metals?\b/,
    (e) => e.category === "reactive nonmetal" || e.category === "halogen" || e.category === "noble gas",
    "a nonmetal",
  ],
  [/\blanthanides?\b/, (e) => e.category === "lanthanide", "a lanthanide"],
  [/\bactinides?\b/, (e) => e.category === "actinide", "an actinide"],
  [
    /\bmetals?\b/,
    // "reactive nonmetal" ends in "metal" too.
    (e) =>
      (/metal$/.test(e.category) && !/nonmetal$/.test(e.category)) ||
      e.category === "lanthanide" ||
      e.category === "actinide",
    "a metal",
  ],
  [/\bgas\b/, (e) => e.state === "gas", "a gas at room temperature"],
  [/\bliquid\b/, (e) => e.state === "liquid", "a liquid at room temperature"],
  [/\bsolid\b/, (e) => e.state === "solid", "a solid at room temperature"],
];

/** What the element data has no values for. */
const ELEMENT_LACKS =
  /\b(melting|boiling|melt|boil|density|discover\w*|electron configuration|electronegativity|isotopes?|price|cost|uses?|used for|radius|neutrons?|valence)\b/;

/** "I mix up Au and Ag. Which one is gold?": the symbol of the two that names the element asked. */
function whichSymbol(q: string): FactAnswer | null {
  const pick = /\bwhich(?: one| of (?:them|the two|those|these))? (?:is|means|stands for) ([a-z]+)\b/i.exec(q);
  const pair = /\b([A-Z][a-z]?)\s*(?:,|\band\b|\bor\b|&|\bvs\.?|\bversus\b)\s*([A-Z][a-z]?)\b/.exec(q);
  if (!pick || !pair) return null;
  const target = findElementByName(pick[1].toLowerCase());
  const both = [elementBySymbol(pair[1]), elementBySymbol(pair[2])];
  if (!target || !both[0] || !both[1] || !both.includes(target)) return null;
  const other = both[0] === target ? both[1] : both[0];
  return {
    key: `element:which:${target.symbol}:${other.symbol}`,
    texts: [
      `${target.symbol} is ${target.name.toLowerCase()}; ${other.symbol} is ${other.name.toLowerCase()}.`,
      `${target.name} is ${target.symbol}, and ${other.symbol} is ${other.name.toLowerCase()}.`,
    ],
    word: target.symbol,
    short: `${target.symbol}.`,
    fields: { symbol: target.symbol, element: target.name, answer: target.symbol },
  };
}

/**
 * "Which halogen is the lightest?": the group's member with the smallest standard atomic mass, its
 * first in the table. Not the heaviest: the heaviest members (astatine, radon) have no standard
 * mass in the data, so a maximum over it would be a wrong answer.
 */
function groupLightest(lower: string): FactAnswer | null {
  if (!/\blightest\b/.test(lower)) return null;
  const group = CATEGORY_WORDS.find(([re]) => re.test(lower));
  // "a metal", "a gas at room temperature": no group of the table, and "lightest" there means density to many.
  if (!group || /^an? (?:metal|nonmetal|gas|liquid|solid)\b/.test(group[2])) return null;
  const members = allElements().filter((e) => group[1](e) && e.mass !== undefined);
  if (members.length < 2) return null;
  const e = members.reduce((a, b) => ((b.mass ?? 0) < (a.mass ?? 0) ? b : a));
  const kind = group[2].replace(/^an?\s+/, "");
  const mass = round(e.mass ?? 0);
  return {
    key: `element:lightest:${kind}:${e.symbol}`,
    texts: [
      `${e.name} (${e.symbol}) is the lightest ${kind}, with a standard atomic mass of about ${mass}.`,
      `The lightest ${kind} is ${e.name.toLowerCase()} (${e.symbol}), atomic mass about ${mass}.`,
    ],
    word: e.name,
    short: `${e.name}.`,
    fields: { element: e.name, name: e.name, symbol: e.symbol, atomic_mass: mass, answer: e.name },
  };
}

/** "Which element is named after the planet Uranus?", "What is einsteinium named after?": the name's origin. */
function elementNamedFor(lower: string): FactAnswer | null {
  const asksWhich =
    /\b(?:elements?|metals?)\b[^?.!]{0,40}\b(?:named|called|(?:got|gets|takes|took|has) (?:its|their) names?)\s+(?:after|for|from)\s+([^?.!]{1,60})/.exec(
      lower,
    ) ??
    /\b(?:named|called|(?:got|gets|takes|took|has) (?:its|their) names?)\s+(?:after|for|from)\s+([^?.!]{1,60}?)[,:;]?\s+(?:so\s+)?(?:which|what) (?:chemical )?(?:element|metal)\b/.exec(
      lower,
    );
  if (asksWhich) {
    const after = asksWhich[1];
    const found = ELEMENT_NAMES.filter((n) => n.key.test(after));
    if (found.length === 1) {
      const n = found[0];
      const e = elementByNumber(n.number);
      if (!e) return null;
      return {
        key: `element:${e.symbol}:named-for`,
        texts: [
          `${e.name} (${e.symbol}, element ${e.number}) is named after ${n.namesake}.`,
          `It's ${e.name.toLowerCase()}: element ${e.number}, symbol ${e.symbol}, named after ${n.namesake}.`,
        ],
        word: e.name,
        short: `${e.name}.`,
        fields: { element: e.name, name: e.name, symbol: e.symbol, atomic_number: e.number, answer: e.name },
      };
    }
    // "Which elements are named after planets?": every one the table holds of that kind.
    const kind =
      /\bplanets?\b/.test(after) && !findPlanet(after)
        ? "planet"
        : /\b(?:scientists?|people|persons?|a person)\b/.test(after)
          ? "person"
          : undefined;
    if (kind) {
      const names = ELEMENT_NAMES.filter((n) => n.kind === kind).flatMap((n) => {
        const e = elementByNumber(n.number);
        return e
          ? [`${e.name.toLowerCase()} (${n.namesake.replace(/^the planet /, "").replace(/\s*[(,].*$/, "")})`]
          : [];
      });
      return {
        key: `element:named-for:${kind}`,
        texts: [`Elements named after ${kind === "planet" ? "planets" : "people"}: ${list(names)}.`],
        word: names.map((x) => x.replace(/ \(.*$/, "")).join(", "),
        short: `${list(names.map((x) => x.replace(/ \(.*$/, "")))}.`,
        fields: {},
      };
    }
    // "Which element is named after Saturn?": none that the table knows of, and no guess.
    const planet = findPlanet(after);
    return {
      key: `element:named-for:none`,
      texts: [
        `I can't tell you which element is named after ${planet ? planet.name : after.trim()}: I'm the workbook's offline model, and the element names I know the origins of name no such element. ${REAL_ANSWER}`,
      ],
      word: "Unknown",
      short: "I don't know of one.",
      fields: {},
      lacking: true,
    };
  }
  // "What is uranium named after?", "Where does the name einsteinium come from?"
  if (
    !/\b(?:named|called)\s+(?:after|for)\b|\bname\b[^?.!]{0,20}\bcome from\b|\bwhy is it called\b|\borigin of (?:the|its) name\b/.test(
      lower,
    )
  )
    return null;
  const e = findElementByName(lower);
  const n = e && ELEMENT_NAMES.find((x) => x.number === e.number);
  if (!e || !n) return null;
  return {
    key: `element:${e.symbol}:namesake`,
    texts: [`${e.name} is named after ${n.namesake}.`],
    word: n.namesake,
    short: `${e.name} is named after ${n.namesake}.`,
    fields: { element: e.name, name: e.name, symbol: e.symbol, named_after: n.namesake, answer: n.namesake },
  };
}

function elementFact(q: string, lower: string): FactAnswer | null {
  const namesake = elementNamedFor(lower);
  if (namesake) return namesake;
  const which = whichSymbol(q);
  if (which) return which;
  const lightest = groupLightest(lower);
  if (lightest) return lightest;
  // "The melting point of iron": an element named with a property only elements have.
  const bareSymbol = /^\s*[Ww]hat(?: is|'s)\s+([A-Z][a-z])\s*\?\s*$/.exec(q);
  if (
    !ELEMENT_CUE.test(lower) &&
    !(/\b(melting|boiling|density|gas|liquid|solid)\b/.test(lower) && findElementByName(lower)) &&
    !(bareSymbol && elementBySymbol(bareSymbol[1]))
  )
    return null;
  const bySymbol =
    /\b(?:element|symbol)\s+(?:is\s+|of\s+)?([A-Z][a-z]?)\b(?!\s+[a-z])/.exec(q) ??
    /\b([A-Z][a-z]?)\s+(?:stands? for|is the (?:chemical )?symbol|the symbol)\b/.exec(q) ??
    /\bwhat (?:chemical )?element is\s+([A-Z][a-z]?)\s*[?.!]?\s*$/i.exec(q) ??
    /\bwhat does\s+([A-Z][a-z]?)\s+stand for\b/.exec(q) ??
    // "Fe on the periodic table stands for which metal?", "I saw 'Na' on a salt packet. Which element is that?"
    /\b([A-Z][a-z]?)\b(?=[^.?!A-Z]{0,30}\bstands? for\b)/.exec(q) ??
    (/\b(?:which|what) (?:chemical )?(?:element|metal|gas)\b/i.test(q) ? /['"‘“]([A-Z][a-z]?)['"’”]/.exec(q) : null) ??
    /^\s*[Ww]hat(?: is|'s)\s+([A-Z][a-z])\s*\?\s*$/.exec(q);
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
  // "What is the symbol for gold and what is its atomic number?": both, in one sentence.
  if (/\bsymbol\b/.test(lower) && named && /\batomic number\b/.test(lower))
    return {
      key: `${id}:symbol-number`,
      texts: [
        `The chemical symbol for ${name} is ${e.symbol}, and its atomic number is ${e.number}.`,
        `${Name}: symbol ${e.symbol}, atomic number ${e.number}.`,
      ],
      // Two values: asked in another language, a bare "Ni" would leave the number out (skills/facts.ts).
      word: `${e.symbol} and ${e.number}`,
      short: `${Name} is ${e.symbol}, number ${e.number}.`,
      fields,
    };
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
      `I can't tell you the ${what} of ${name}: I'm the workbook's offline model, and my element data holds names, symbols, atomic numbers, atomic masses and families only. ${e.name} is ${e.symbol}, atomic number ${e.number}. ${REAL_ANSWER}`,
      `As the workbook's offline model, I can't tell you the ${what} of ${name}: my element data has nothing on it, so I won't guess. What it does say: ${e.name}, symbol ${e.symbol}, atomic number ${e.number}, ${describeCategory(e)}. ${REAL_ANSWER}`,
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
    test: /\bgreat red spot\b/,
    pick: () => PLANETS[4],
    says: () => "Jupiter has the Great Red Spot, a giant storm wider than Earth that has raged for centuries.",
    field: "great-red-spot",
  },
  {
    test: /\b(on its side|sideways|tilted)\b/,
    pick: () => PLANETS[6],
    says: () => "Uranus is the planet that spins on its side: its axis is tilted by about 98 degrees.",
    field: "tilted",
  },
  {
    test: /\b(morning star|evening star|earth'?s twin|sister planet)\b/,
    pick: () => PLANETS[1],
    says: () =>
      "Venus: it shines as the morning or evening star, and it is called Earth's twin because it is almost the same size.",
    field: "venus",
  },
  {
    test: /\blongest day\b/,
    pick: by((p) => p.dayHours, true),
    says: (p) =>
      `${p.name} has the longest day: one day there lasts about ${thousands(Math.round(p.dayHours / 24))} Earth days.`,
    field: "longest-day",
  },
  {
    test: /\bshortest day\b|\bspins? (the )?fastest\b/,
    pick: by((p) => p.dayHours, false),
    says: (p) => `${p.name} spins fastest: a day there lasts only about ${p.dayHours} hours.`,
    field: "shortest-day",
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

/** "Not counting Pluto", "ignoring Pluto": an aside that leaves the question about the eight planets. */
const PLUTO_ASIDE =
  /[,(]?\s*\b(?:not counting|ignoring|excluding|without counting|without|leaving out|apart from|other than|besides)\s+pluto\b[),]?/g;

/** "now that Pluto doesn't count", "since Pluto isn't a planet any more": Pluto set aside in a clause of its own. */
const PLUTO_DEMOTED =
  /[,(]?\s*\b(?:now that|now|since|as|given that|seeing as|because|if)\s+pluto(?:'s|\s+is|\s+was)?\s+(?:doesn'?t|does not|no longer|isn'?t|is not|not|got|was|has been|been)\s+(?:count(?:s|ed)?|a planet|demoted|kicked out|reclassified|considered a planet|counted)\b[^,.?!()]{0,30}[),]?/g;

/** "Which planet is the furthest? (A tourist insisted it's Pluto.)": someone's guess beside a question of which planet. */
const PLUTO_GUESS =
  /\(?[^.?!()]{0,60}\b(?:insists?|insisted|says|said|thinks|thought|swears|reckons|claims|claimed)\b[^.?!()]{0,20}\bpluto\b[^.?!()]{0,20}[.!)]*\)?/g;

/** The superlative the question asks for: the one named first ("the hottest? ... not the closest one"). */
function firstSuperlative(lower: string): Superlative | undefined {
  let best: Superlative | undefined;
  let at = Number.POSITIVE_INFINITY;
  for (const s of SUPERLATIVES) {
    const m = s.test.exec(lower);
    if (m && m.index < at) [best, at] = [s, m.index];
  }
  return best;
}

/** Ways to compare one planet with another, with the figure that decides. */
const COMPARISONS: [RegExp, string, (p: Planet) => number][] = [
  [/\b(?:bigger|larger|wider)\b/, "bigger", (p) => p.diameterKm],
  [/\bsmaller\b/, "smaller", (p) => -p.diameterKm],
  [/\b(?:closer|nearer)\b[^?.!]{0,15}\bsun\b/, "closer to the Sun", (p) => -p.distanceMkm],
  [/\b(?:farther|further)\b[^?.!]{0,15}\bsun\b/, "farther from the Sun", (p) => p.distanceMkm],
  [/\bhotter\b/, "hotter", (p) => p.meanTempC],
  [/\bcolder\b/, "colder", (p) => -p.meanTempC],
  [/\bmore moons\b/, "with more moons", (p) => p.moons],
];

/** What planets can be put in order by, with the words for its two ends. */
const ORDERINGS: [RegExp, (p: Planet) => number, string, string][] = [
  [/\b(?:size|big\w*|large\w*|small\w*|diameter|wide\w*)\b/, (p) => p.diameterKm, "smallest", "largest"],
  [/\b(?:hot\w*|cold\w*|temperature|warm\w*)\b/, (p) => p.meanTempC, "coldest", "hottest"],
  [/\bmoons?\b/, (p) => p.moons, "fewest moons", "most moons"],
  [/\b(?:years?|orbits?)\b/, (p) => p.yearDays, "shortest year", "longest year"],
  [
    /\b(?:sun|distance|near\w*|clos\w*|far\w*|furth\w*|out\w*)\b/,
    (p) => p.distanceMkm,
    "nearest the Sun",
    "farthest from it",
  ],
];

/**
 * "Put these planets in order from the sun, nearest first: Saturn, Mars, Neptune, Venus": the
 * named planets sorted by the fact sheet's figure for the property asked (never their letters).
 */
function planetsInOrder(lower: string): FactAnswer | null {
  if (!/\b(?:order|sort|arrange|rank)\b/.test(lower) || /\balphabet/.test(lower)) return null;
  const named = PLANETS.filter((p) => new RegExp(`\\b${p.name.toLowerCase()}\\b`).test(lower));
  if (named.length < 2) return null;
  const how = lower.replace(/\b(?:mercury|venus|earth|mars|jupiter|saturn|uranus|neptune|planets?)\b/g, " ");
  const way = ORDERINGS.find(([test]) => test.test(how)) ?? ORDERINGS[ORDERINGS.length - 1];
  const [, score, low, high] = way;
  // "farthest first", "largest to smallest", "descending": the high end first.
  const down =
    /\b(?:far\w*|furth\w*|out\w*most|big\w*|larg\w*|hot\w*|most|longest)\s+(?:one\s+|planet\s+)?(?:first|to)\b|\bdescending\b|\breverse\b/.test(
      how,
    );
  const sorted = [...named].sort((a, b) => (down ? score(b) - score(a) : score(a) - score(b)));
  const names = sorted.map((p) => p.name).join(", ");
  const ends = down ? `${high} to ${low.replace(/ the Sun$/, "")}` : `${low} to ${high}`;
  const from =
    way === ORDERINGS[ORDERINGS.length - 1]
      ? down
        ? "farthest from the Sun to nearest"
        : "nearest the Sun to farthest"
      : ends;
  return {
    key: `planets:order:${names}`,
    texts: [`From ${from}: ${names}.`, `${names} (from ${from}).`],
    word: names,
    short: `${names}.`,
    fields: { order: names, answer: names, planets: names },
  };
}

/** "How many planets are bigger than Earth?": counted from the fact sheet, not the eight. */
function countCompared(lower: string): FactAnswer | null {
  // "Which planets are smaller than Earth?" asks the same list, and the count with it.
  const m =
    /\b(?:how many|which|what|name(?: all)?(?: the)?|list(?: all)?(?: the)?) (?:other )?planets\b([^?!]{0,80})\bthan\s+(?:the\s+)?(\w+)/.exec(
      lower,
    );
  if (!m) return null;
  const base = findPlanet(m[2]);
  if (!base) return null;
  for (const [test, word, score] of COMPARISONS) {
    if (!test.test(m[1])) continue;
    const which = PLANETS.filter((p) => score(p) > score(base)).map((p) => p.name);
    const n = NUMBER_WORDS[which.length];
    return {
      key: `planets:count-${word}:${base.name}`,
      texts: [
        which.length
          ? `${cap(n)} planet${which.length === 1 ? " is" : "s are"} ${word} than ${base.name}: ${list(which)}.`
          : `No planet is ${word} than ${base.name}.`,
      ],
      word: cap(n),
      short: `${cap(n)}${which.length ? `: ${list(which)}` : ""}.`,
      fields: { count: which.length, number: which.length },
    };
  }
  return null;
}

/** "Which planet comes after Mars?": the next one out from the Sun, or the one before. */
function neighbour(p: Planet, lower: string): FactAnswer | null {
  const before = /\b(?:before|inside|closer in|inward|previous)\b/.test(lower);
  const n = p.order + (before ? -1 : 1);
  const q = PLANETS.find((x) => x.order === n);
  if (!q) {
    const text = before
      ? `${p.name} is the first planet: none comes before it.`
      : `${p.name} is the last of the eight planets: beyond it lie Pluto and the other dwarf planets of the Kuiper belt.`;
    return {
      key: `planets:neighbour-none:${p.name}`,
      texts: [text],
      word: "None",
      short: text,
      fields: planetFields(p),
    };
  }
  return {
    key: `planets:neighbour:${p.name}:${q.name}`,
    texts: [
      `${q.name} comes ${before ? "before" : "after"} ${p.name}, going out from the Sun: it is planet number ${q.order}, ${p.name} number ${p.order}.`,
    ],
    word: q.name,
    short: `${q.name}.`,
    fields: planetFields(q),
  };
}

const NEIGHBOUR = /\b(?:comes?|is|lies)\b[^?.!]{0,12}\b(?:after|before|beyond|past|next)\b|\bnext planet\b/;

function planetFact(question: string): FactAnswer | null {
  // Pluto set aside is no question about Pluto.
  // "since Pluto isn't a planet any more, which one is the furthest out?": the one asked is a planet.
  const pluto = question.replace(PLUTO_DEMOTED, " ");
  const setAside =
    pluto !== question && !/\bplanets?\b/.test(pluto)
      ? pluto.replace(/\b(which|what)(?:\s+one)?\b/, "$1 planet")
      : pluto;
  const lower = setAside
    .replace(PLUTO_ASIDE, " ")
    .replace(/\b(?:which|what) planet\b/.test(question) ? PLUTO_GUESS : /$^/, " ")
    // "the planet we live on", "after ours": Earth, said the way a child asks it.
    .replace(/\b(?:our (?:own |home )?planet|the (?:planet|one) we live on|ours)\b/g, "earth");
  if (/^\s*(?:so\s+)?(?:what|which) planet (?:do|did) (?:we|i|you|people|humans) live on\b/.test(lower))
    return {
      key: "planets:home",
      texts: [
        "We live on Earth, the third planet from the Sun.",
        "Earth: the third planet out from the Sun, and the only one known to have life.",
      ],
      word: "Earth",
      short: "Earth.",
      fields: { planet: "Earth", answer: "Earth" },
    };
  if (!PLANET_CUE.test(lower) && !findPlanet(lower)) return null;
  const ordered = planetsInOrder(lower);
  if (ordered) return ordered;
  const counted = countCompared(lower);
  if (counted) return counted;
  const having = /\bhow many planets\b[^?.!]{0,20}\b(have|has|with)\b[^?.!]{0,20}\b(rings?|moons?)\b/.exec(lower);
  if (having) {
    const rings = having[2].startsWith("ring");
    const which = PLANETS.filter((p) => (rings ? p.rings : p.moons > 0)).map((p) => p.name);
    return {
      key: `planets:count-with-${rings ? "rings" : "moons"}`,
      texts: [
        `${cap(NUMBER_WORDS[which.length])} planets have ${rings ? "rings" : "moons"}: ${list(which)}.${rings ? " Saturn's are by far the brightest." : " Mercury and Venus have none."}`,
      ],
      word: cap(NUMBER_WORDS[which.length]),
      short: `${cap(NUMBER_WORDS[which.length])}: ${list(which)}.`,
      fields: { count: which.length, number: which.length },
    };
  }
  const compared = comparePlanets(lower);
  if (compared) return compared;
  const between = planetsBetween(lower);
  if (between) return between;
  // "How many planets are bigger than Earth?": a count of some of them, which the eight is not.
  if (
    /\bhow many (?:other )?planets\b[^?.!]{0,40}\b(?:between|closer|nearer|farther|further|beyond|past|after|before|bigger|larger|smaller|heavier|lighter|hotter|colder|than|inside|outside|except|besides|apart)\b/.test(
      lower,
    )
  )
    return null;
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
        // "Is Pluto still a planet?" is a yes-or-no question: the no comes first.
        `${/^\s*is\b/.test(lower) ? "No, " : ""}Pluto is no longer counted as a planet: since 2006 the International Astronomical Union classes it as a dwarf planet, because it has not cleared its orbit of other objects.`,
      ],
      word: /^\s*is\b/.test(lower) ? "No" : "Dwarf",
      short: "Pluto is a dwarf planet.",
      fields: { answer: "no", planet: "Pluto" },
    };
  }
  const named = findPlanet(lower);
  const asksWhich =
    /\b(which|what) planet\b|\bplanet (is|has)\b|\bwhich\b[^?.!]{0,20}\bplanets?\b|\b(?:what|which)(?:'s| is) the next planet\b/.test(
      lower,
    );
  // "List all the planets in order, starting from the one nearest the Sun" asks for the list (lists.ts), not the nearest.
  const wantsAll =
    /\b(?:list|name)\b[^?.!]{0,30}\bplanets\b|\b(?:all|every|each|eight)\b[^?.!]{0,12}\bplanets\b|\bplanets\b[^?.!]{0,12}\bin order\b/.test(
      lower,
    ) && !/\b(?:which|what) planet\b/.test(lower);
  if (
    named &&
    asksWhich &&
    NEIGHBOUR.test(lower) &&
    PLANETS.filter((p) => lower.includes(p.name.toLowerCase())).length === 1
  )
    return neighbour(named, lower);
  const ranked = !named ? rankedPlanets(lower) : null;
  if (ranked) return ranked;
  if (!wantsAll && (asksWhich || (!named && /\bplanets?\b/.test(lower)))) {
    for (const s of [firstSuperlative(lower)]) {
      if (!s) continue;
      const p = s.pick();
      return {
        key: `planets:${s.field}`,
        texts: [s.says(p)],
        word: p.name,
        short: `${p.name}.`,
        fields: planetFields(p),
      };
    }
    // "the third planet", "which planet is third from the sun".
    const order =
      /\b(\d)(?:st|nd|rd|th) planet\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth) planet\b/.exec(lower) ??
      /\b(?:(\d)(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth)) (?:(?:closest|nearest|out|away) )?from the sun\b/.exec(
        lower,
      );
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

/**
 * "How many planets are closer to the Sun than Saturn?", or than the one a clue picks ("the ringed
 * planet ... than it"): counted from the planets' order, with the planet itself.
 */
function planetsBetween(lower: string): FactAnswer | null {
  const inside = planetsInside(lower);
  if (inside) return inside;
  const m =
    /\bhow many (?:other )?planets\b[^?.!]{0,20}\b(closer|nearer|farther|further)\b[^?.!]{0,20}\bsun\b[^?.!]{0,10}\bthan\b([^?.!]*)/.exec(
      lower,
    );
  if (!m) return null;
  const p = findPlanet(m[2]) ?? findPlanet(lower) ?? SUPERLATIVES.find((s) => s.test.test(lower))?.pick();
  if (!p) return null;
  const inner = /^(closer|nearer)$/.test(m[1]);
  const which = PLANETS.filter((x) => (inner ? x.order < p.order : x.order > p.order)).map((x) => x.name);
  const side = inner ? "closer to the Sun" : "farther from the Sun";
  const n = which.length;
  const count = { count: n, number: n, [`planets_${inner ? "closer_to_sun" : "farther_from_sun"}`]: n };
  return {
    key: `planets:${inner ? "inside" : "outside"}:${p.name}`,
    texts: [
      `${p.name} is planet number ${p.order} from the Sun, so ${NUMBER_WORDS[n]} planet${n === 1 ? " is" : "s are"} ${side} than it${n ? `: ${list(which)}` : ""}.`,
    ],
    word: String(n),
    short: `${cap(NUMBER_WORDS[n])}${n ? `: ${list(which)}` : ""}.`,
    fields: {
      ...planetFields(p),
      ...count,
      [`planets_${inner ? "closer" : "farther"}`]: n,
      [inner ? "closer" : "farther"]: n,
    },
  };
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight"];

/** "How many planets are there between Earth and the Sun?", "between Mars and Saturn": the ones strictly inside. */
function planetsInside(lower: string): FactAnswer | null {
  const m =
    /\bhow many (?:other )?planets\b[^?.!]{0,30}\bbetween\s+(?:the\s+)?([a-z]+)\s+and\s+(?:the\s+)?([a-z]+)\b/.exec(
      lower,
    ) ??
    // "Which planet comes between Earth and Jupiter?": the one (or ones) inside, named.
    /\bwhich (?:planets?|one)\b[^?.!]{0,30}\bbetween\s+(?:the\s+)?([a-z]+)\s+and\s+(?:the\s+)?([a-z]+)\b/.exec(lower);
  if (!m) return null;
  const at = (w: string) => (w === "sun" ? 0 : (findPlanet(w)?.order ?? -1));
  const [a, b] = [at(m[1]), at(m[2])];
  if (a < 0 || b < 0 || a === b) return null;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const which = PLANETS.filter((x) => x.order > lo && x.order < hi).map((x) => x.name);
  const n = which.length;
  const ends = [m[1], m[2]].map((w) => (w === "sun" ? "the Sun" : cap(w)));
  return {
    key: `planets:between:${lo}:${hi}`,
    texts: [
      `${cap(NUMBER_WORDS[n])} planet${n === 1 ? " lies" : "s lie"} between ${ends[0]} and ${ends[1]}${n ? `: ${list(which)}` : ""}.`,
    ],
    word: String(n),
    short: `${cap(NUMBER_WORDS[n])}${n ? `: ${list(which)}` : ""}.`,
    fields: { count: n, number: n },
  };
}

/** "Which is bigger, Earth or Mars?": two named planets and a comparison. */
function comparePlanets(lower: string): FactAnswer | null {
  const named = PLANETS.filter((p) => new RegExp(`\\b${p.name.toLowerCase()}\\b`).test(lower));
  if (named.length !== 2) return null;
  const ways: [RegExp, string, (p: Planet) => number, string][] = [
    [/\b(bigger|larger|wider)\b/, "bigger", (p) => p.diameterKm, "km across"],
    [/\bsmaller\b/, "smaller", (p) => -p.diameterKm, "km across"],
    [/\b(closer|nearer) to the sun\b/, "closer to the Sun", (p) => -p.distanceMkm, "million km from the Sun"],
    [
      /\b(farther|further) (from|away from) the sun\b/,
      "farther from the Sun",
      (p) => p.distanceMkm,
      "million km from the Sun",
    ],
    [/\bhotter\b/, "hotter", (p) => p.meanTempC, "°C on average"],
    [/\bcolder\b/, "colder", (p) => -p.meanTempC, "°C on average"],
  ];
  for (const [test, word, score, unit] of ways) {
    if (!test.test(lower)) continue;
    const [a, b] = [...named].sort((x, y) => score(y) - score(x));
    const value = (p: Planet) =>
      unit.startsWith("km")
        ? thousands(p.diameterKm)
        : unit.startsWith("million")
          ? thousands(p.distanceMkm)
          : String(p.meanTempC);
    // "Is Mars closer to the Sun than Jupiter?": yes or no first, about the planet named first.
    if (/^\s*(is|are)\b/.test(lower)) {
      const first = [...named].sort(
        (x, y) => lower.indexOf(x.name.toLowerCase()) - lower.indexOf(y.name.toLowerCase()),
      )[0];
      const yes = first === a;
      return {
        key: `planets:compare-yes-no:${word}:${a.name},${b.name}`,
        texts: [
          `${yes ? "Yes" : "No"}: ${a.name} is ${word} than ${b.name}, about ${value(a)} ${unit} against ${value(b)}.`,
        ],
        word: yes ? "Yes" : "No",
        short: `${yes ? "Yes" : "No"}, ${a.name} is ${word}.`,
        fields: { ...planetFields(a), answer: yes ? "yes" : "no" },
      };
    }
    return {
      key: `planets:compare:${word}:${a.name},${b.name}`,
      texts: [
        `${a.name} is ${word} than ${b.name}: about ${value(a)} ${unit}, against ${value(b)} for ${b.name}.`,
        `${a.name}[ is ${word}|, by a clear margin]: ${value(a)} ${unit}, while ${b.name} is ${value(b)}.`,
      ],
      word: a.name,
      short: `${a.name} is ${word}.`,
      fields: planetFields(a),
    };
  }
  return null;
}

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];

/** The orders a planet can be ranked in, by a measure in the planets table. */
const RANKINGS: {
  test: RegExp;
  word: string;
  tail?: string;
  value: (p: Planet) => number;
  says: (p: Planet) => string;
}[] = [
  {
    test: /largest|biggest|widest/,
    word: "largest",
    value: (p) => p.diameterKm,
    says: (p) => `${thousands(p.diameterKm)} km across`,
  },
  {
    test: /smallest/,
    word: "smallest",
    value: (p) => -p.diameterKm,
    says: (p) => `${thousands(p.diameterKm)} km across`,
  },
  {
    test: /closest|nearest/,
    word: "closest",
    tail: " to the Sun",
    value: (p) => -p.order,
    says: (p) => `${p.distanceMkm} million km from the Sun`,
  },
  {
    test: /farthest|furthest/,
    word: "farthest",
    tail: " from the Sun",
    value: (p) => p.order,
    says: (p) => `${thousands(p.distanceMkm)} million km from the Sun`,
  },
  { test: /hottest/, word: "hottest", value: (p) => p.meanTempC, says: (p) => `about ${p.meanTempC} °C on average` },
];
const RANK_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"];
const COUNT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight"];
const rankOf = (w: string) => (/^\d/.test(w) ? Number.parseInt(w, 10) : RANK_WORDS.indexOf(w) + 1);

/**
 * "The second biggest planet", "the two largest planets", "the biggest and the second biggest":
 * the planets at those places once the table is sorted by the measure asked.
 */
function rankedPlanets(lower: string): FactAnswer | null {
  const ORD = "(first|second|third|fourth|fifth|sixth|seventh|eighth|[1-8](?:st|nd|rd|th))";
  const SUP = "(largest|biggest|widest|smallest|closest|nearest|farthest|furthest|hottest)";
  let ranks: number[] = [];
  let which: string | undefined;
  const single = new RegExp(`\\b${ORD}[- ]${SUP}\\b`).exec(lower);
  const top =
    new RegExp(`\\b(?:top )?(two|three|four|five|[2-5]) ${SUP}(?: planets)?\\b`).exec(lower) ??
    new RegExp(`\\b(two|three|four|five|[2-5]) planets (?:are |is )?(?:the )?${SUP}\\b`).exec(lower);
  const both = new RegExp(`\\b${SUP}\\b[^?.!]{0,40}\\band (?:the )?${ORD}(?:[- ]${SUP})?\\b`).exec(lower);
  if (both && rankOf(both[2]) > 1) {
    ranks = [1, rankOf(both[2])];
    which = both[1];
  } else if (single) {
    ranks = [rankOf(single[1])];
    which = single[2];
  } else if (top && /\bplanets\b/.test(lower)) {
    const n = /^\d/.test(top[1]) ? Number(top[1]) : COUNT_WORDS.indexOf(top[1]) + 1;
    ranks = Array.from({ length: n }, (_, i) => i + 1);
    which = top[2];
  }
  if (!which || !ranks.length || ranks.some((r) => r < 1 || r > 8)) return null;
  if (ranks.length === 1 && ranks[0] === 1) return null;
  const how = RANKINGS.find((r) => r.test.test(which ?? ""));
  if (!how) return null;
  const sorted = [...PLANETS].sort((a, b) => how.value(b) - how.value(a));
  const picked = ranks.map((r) => sorted[r - 1]);
  const line = (p: Planet, r: number) =>
    `${r === 1 ? `The ${how.word}` : `The ${RANK_WORDS[r - 1]} ${how.word}`} planet${how.tail ?? ""} is ${p.name} (${how.says(p)}).`;
  const names = picked.map((p) => p.name);
  return {
    key: `planets:rank:${how.word}:${ranks.join(",")}`,
    texts: [picked.map((p, i) => line(p, ranks[i])).join(" ")],
    word: names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`,
    short: `${names.join(", ")}.`,
    fields: picked.length === 1 ? planetFields(picked[0]) : { planets: names.join(", "), answer: names.join(", ") },
  };
}

function planetFields(p: Planet): Record<string, string | number> {
  return {
    planet: p.name,
    name: p.name,
    moons: p.moons,
    number_of_moons: p.moons,
    moon_count: p.moons,
    order: p.order,
    position: p.order,
    position_from_sun: p.order,
    order_from_sun: p.order,
    planet_number: p.order,
    has_rings: p.rings ? "true" : "false",
    rings: p.rings ? "true" : "false",
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
  if (p.name !== "Earth" && /\b(how far|distance)\b/.test(lower) && /\b(from|to) (the )?earth\b/.test(lower)) {
    return {
      key: `${id}:distance-from-earth`,
      texts: [
        `The distance between ${p.name} and Earth changes all the time, as both planets orbit the Sun at different speeds. What stays the same is ${p.name}'s average distance from the Sun: about ${thousands(p.distanceMkm)} million km, against 149.6 million km for Earth.`,
      ],
      word: "Varies",
      short: `It varies; ${p.name} is about ${thousands(p.distanceMkm)} million km from the Sun.`,
      fields,
    };
  }
  if (/\b(how long|length)\b[^?.!]{0,20}\bday\b|\bday (on|of)\b/.test(lower)) {
    const days = p.dayHours / 24;
    const span = p.dayHours > 48 ? `about ${thousands(Math.round(days))} Earth days` : `about ${p.dayHours} hours`;
    return {
      key: `${id}:day`,
      texts: [`A day on ${p.name}, from one sunrise to the next, lasts ${span}.`, `One ${p.name} day lasts ${span}.`],
      word: span,
      short: `${cap(span)}.`,
      fields: { ...fields, day_hours: p.dayHours },
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

/** "The symbols for hydrogen, calcium and chlorine": each element looked up (chemical-elements), all said in one reply. */
export function severalElements(question: string): FactAnswer | null {
  if (!/\bsymbols\b/i.test(question) || question.length > 400) return null;
  const found: ElementFacts[] = [];
  for (const word of question.split(/[^\p{L}]+/u)) {
    const e = word.length > 2 ? findElementByName(word) : undefined;
    if (e && !found.includes(e)) found.push(e);
  }
  if (found.length < 2 || found.length > 20) return null;
  // One sentence each, so "one per line" (the layout's to follow) puts each on its own line.
  const said = found.map((e) => `${e.name}: ${e.symbol}`);
  return {
    key: `elements:${found.map((e) => e.symbol).join(",")}:symbol`,
    texts: [found.map((e) => `The symbol for ${e.name.toLowerCase()} is ${e.symbol}.`).join(" ")],
    word: found.map((e) => e.symbol).join(", "),
    short: `${said.join(", ")}.`,
    fields: Object.fromEntries(found.map((e) => [e.name.toLowerCase(), e.symbol])),
  };
}

/**
 * "Fill in the capitals for my flashcards: Japan - Italy - Chile -", "Capitals please: Spain, Portugal":
 * the countries after the colon, as one list (each must be a country, or nothing is said).
 */
function capitalsListed(question: string): [string, string] | null {
  const m =
    /\bcapitals\b[^:?]{0,60}:\s*([^?!.:]+?)\s*[-–—,]?\s*$/i.exec(question) ??
    // "Capitals round! Spain, Japan, Argentina. Give me the three answers": a sentence that is only names.
    (/\bcapitals\b/i.test(question)
      ? /(?:^|[.!?:]\s+)((?:[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2})(?:\s*,\s*(?:and\s+)?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2}|\s+and\s+[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2}){1,7})\s*[.!?]?(?=\s|$)/u.exec(
          question,
        )
      : null);
  if (!m) return null;
  const names = m[1].split(/\s*(?:[-–—,;\n/]|\band\b)\s*/i).filter((n) => /\p{L}/u.test(n));
  return [m[0], names.join(", ")];
}

/** "The capitals of Spain, Portugal and Italy": each looked up, all said in one reply (none guessed). */
export function severalCapitals(question: string): FactAnswer | null {
  const m = /\bcapitals?\s+(?:cities\s+)?of\s+([^?!.:]+)/i.exec(question) ?? capitalsListed(question);
  if (!m) return null;
  // "the first line is the capital of Italy, the second the capital of Spain": each "capital of" names one.
  const each = [
    ...question.matchAll(/\bcapital(?:\s+city)?\s+of\s+(?:the\s+)?([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,3})/gu),
  ].map((x) => x[1]);
  const names =
    new Set(each).size >= 2
      ? [...new Set(each)]
      : m[1]
          .replace(/,?\s+(?:as|in|with|please|one per line|each on)\b.*$/i, "")
          .split(/\s*,\s*(?:and\s+)?|\s+and\s+/i)
          .filter(Boolean);
  if (names.length < 2 || names.length > 8) return null;
  const found = names.map((n) => answerFact(`What is the capital of ${n.replace(/^the\s+/i, "")}?`));
  if (found.some((f) => !f || !f.fields.capital || !f.fields.country)) return null;
  const pairs = (found as FactAnswer[]).map((f) => ({
    country: String(f.fields.country),
    capital: String(f.fields.capital),
  }));
  const lines = pairs.map((p) => `The capital of ${p.country} is ${p.capital.replace(/\.$/, "")}.`);
  const inline = `${pairs
    .map((p, i) => `${i === 0 ? "The capital of " : ""}${p.country} is ${p.capital}`)
    .join(", ")
    .replace(/, ([^,]*)$/, " and $1")}.`;
  return {
    key: `countries:${pairs.map((p) => p.country).join(",")}:capital`,
    texts: [lines.join(" ")],
    word: pairs.map((p) => p.capital).join(", "),
    short: inline,
    fields: Object.fromEntries(pairs.map((p) => [p.country.toLowerCase().replace(/\s+/g, "_"), p.capital])),
  };
}
