/**
 * The right kind of value for a JSON field, read from its name: `city` a city, `year` a year,
 * `email` an email, `author` a name, `source` a source or null. Values come from the prompt
 * (capitalised names, years, numbers, quoted strings) or from the answer the model would give
 * (its passage), never a paragraph. Countries are known from the runtime's own region names
 * (Intl.DisplayNames, ICU data that ships with Node), so no list is kept here.
 */

import { PHRASE_LANG_NAMES } from "../corpus/phrasebook";
import { EVERYDAY_SETS } from "../corpus/sets";
import { detectSpoken, type Spoken } from "../language/languages";
import { matchResultOf, matchScore, matchSide } from "../language/match-results";
import { purchaseOf } from "../language/purchases";
import { rateChargeOf } from "../language/rate-charges";

export interface FieldSources {
  /** The user's message. */
  query?: string;
  /** The answer the model would give in prose (a passage), which holds its knowledge. */
  text: string;
  /** The answer's title, a short phrase. */
  title: string;
}

/** What a field asks for, by its name; undefined for prose or unknown fields. */
export type FieldKind =
  | "email"
  | "url"
  | "source"
  | "city"
  | "country"
  | "place"
  | "year"
  | "date"
  | "person"
  | "work"
  | "phone"
  | "language"
  | "colour"
  | "currency"
  | "time"
  | "month"
  | "weekday"
  | "substance"
  | "thing";

const KINDS: [FieldKind, RegExp][] = [
  ["email", /^(e-?mail|email_?address|contact_?email|user_?email)$|_email$|^email/i],
  ["url", /^(url|link|website|homepage|href|uri)$|_url$|^url_|_link$/i],
  ["source", /^(source|sources|reference|citation|cite|origin|provenance)$|_source$|^source_/i],
  ["city", /^(city|town|capital|capital_?city|home_?town|destination|birth_?place|hometown|city_?name)$|_city$/i],
  ["country", /^(country|nation|country_?name)$|_country$/i],
  ["place", /^(location|place|where|region|venue|address|area)$|_location$/i],
  ["year", /^(year|years?_\w+|\w+_year|founded|established|release_?year|year_?\w+|publication_?year|birth_?year)$/i],
  ["date", /^(date|day|when|deadline|due|due_?date|birth_?date|birthday|dob|\w+_date|date_\w+|\w+_on)$/i],
  [
    "person",
    /^(name|full_?name|person|author|writer|director|artist|composer|painter|inventor|founder|creator|scientist|leader|ceo|president|character|customer|customer_?name|user_?name|first_?name|last_?name|contact|contact_?name|owner|speaker|winner|discoverer|attendee|participant|guest|recipient|sender|assignee|manager|employee|patient|student|teacher|host|organizer|organiser|doctor|dentist|physician|surgeon|vet|veterinarian|nurse|therapist|tutor|coach|instructor|trainer|lawyer|solicitor|agent|landlord|landlady|professor|pharmacist|plumber|driver|captain|pilot|couple|bride|groom|newlyweds|family|client|tenant|buyer|seller|\w+_name)$/i,
  ],
  ["work", /^(title|book|book_?title|film|movie|song|album|novel|work|show|series|play|painting|poem_?title)$/i],
  ["phone", /^(phone|phone_?number|mobile|telephone|tel)$/i],
  ["language", /^(language|lang|locale)$/i],
  ["colour", /^(colou?rs?|favou?rite_?colou?r)$/i],
  ["currency", /^(currency|currency_?code)$/i],
  ["time", /^(time|start_?time|end_?time|starts?_?at|hour|at|\w+_time|time_\w+|\w+_at)$/i],
  ["month", /^(month|month_?name|\w+_month)$/i],
  ["weekday", /^(weekday|day_?of_?(?:the_)?week|week_?day)$/i],
  ["substance", /^(substance|material|liquid|chemical|compound|matter)$/i],
  ["thing", /^(event|activity|task|meeting|item|product|dish|thing|what|occasion|appointment)$/i],
];

const SPOKEN_NAMES: Record<Spoken, string> = PHRASE_LANG_NAMES;

export function fieldKind(name: string): FieldKind | undefined {
  const n = name.trim();
  for (const [kind, re] of KINDS) if (re.test(n)) return kind;
  return undefined;
}

let countries: Map<string, string> | null = null;

/** Country names in English, lower case -> as written ("france" -> "France"), from ICU's region names. */
function countryNames(): Map<string, string> {
  if (countries) return countries;
  countries = new Map();
  try {
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    for (let a = 65; a < 91; a++)
      for (let b = 65; b < 91; b++) {
        const code = String.fromCharCode(a, b);
        let name: string | undefined;
        try {
          name = names.of(code);
        } catch {
          name = undefined;
        }
        if (name && name !== code && !/^(Unknown|European Union|United Nations|Eurozone|Outlying|world)/i.test(name))
          countries.set(name.toLowerCase(), name);
      }
  } catch {
    // A runtime without ICU region names knows no countries: the field falls back to the prompt's names.
  }
  for (const [alias, name] of [
    ["usa", "United States"],
    ["america", "United States"],
    ["uk", "United Kingdom"],
    ["britain", "United Kingdom"],
    ["england", "England"],
    ["scotland", "Scotland"],
    ["wales", "Wales"],
  ])
    countries.set(alias, name);
  return countries;
}

const NOT_ENTITY = new Set(
  "extract classify convert label pull parse identify detect fill team you we they he she our their his her its reach contact call meet whatever however whenever wherever though yet still even just only both either neither such much very i'm i've i'd i'll it's that's there's let's don't about after before during since on at by with from as but or if while although because one some many most all each every more other yesterday what what's whats tell how can could please is are do does give show the a an i in for and hi hello write explain find get search look check when where why who which list name return reply answer json use make create describe summarize summarise translate my your it this that there here yes no ok okay thanks thank dear note sure also so then now should would will shall might must did has have had am was were today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);

/**
 * Capitalised word groups ("George Orwell", "New York"), not sentence openers like "What" or "Please".
 * A group never runs over a line break: a signature's name and the job title under it are two.
 */
export function entitiesIn(text: string): string[] {
  const out: string[] = [];
  const re =
    /(^|[^\p{L}\p{N}'])([A-Z\u00C0-\u00DE][\p{L}'’-]*(?:[^\S\n]+(?:de |del |van |von |da |di |of |the |la |le )?[A-Z\u00C0-\u00DE][\p{L}'’-]*){0,3})/gu;
  for (const m of text.slice(0, 20_000).matchAll(re)) {
    let words = m[2].split(/\s+/);
    while (words.length && NOT_ENTITY.has(words[0].toLowerCase().replace(/[’']s$/, ""))) words = words.slice(1);
    const e = words.join(" ").replace(/[’']s$/, "");
    if (e.length > 1 && !NOT_ENTITY.has(e.toLowerCase()) && !/^[A-Z]$|-$/.test(e) && !out.includes(e)) out.push(e);
    if (out.length > 40) break;
  }
  return out;
}

/**
 * "Budget review with Priya": a single capitalised word that opens the text and is followed by a
 * plain word is the sentence's capital, not a name ("Maria is moving", "Tom, ..." are names).
 */
export function openerOnly(entity: string, text: string): boolean {
  if (/\s/.test(entity)) return false;
  const m = new RegExp(`^\\s*${entity.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b\\s*(\\S*)`).exec(text);
  if (!m) return false;
  const next = m[1];
  if (!next || /^[,:;]/.test(next) || /^[A-Z]/.test(next)) return false;
  return !/^(?:is|was|has|had|will|would|can|could|said|says|and|who|just|also|'s|’s|\w+ed|\w+s)$/i.test(next);
}

function countryIn(text: string): string | undefined {
  const names = countryNames();
  for (const e of entitiesIn(text)) {
    const hit = names.get(e.toLowerCase());
    if (hit) return hit;
  }
  const lower = text.toLowerCase();
  for (const [k, v] of names)
    if (k.length > 3 && new RegExp(`\\b${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(lower)) return v;
  return undefined;
}

const isCountry = (e: string) => countryNames().has(e.toLowerCase());

/** "St. Mary's Hospital" is where someone works, not a city. */
const INSTITUTION =
  /\b(?:Hospital|University|College|School|Museum|Hotel|Church|Station|Airport|Park|Street|Road|Avenue|Company|Inc|Ltd|Bank|Library|Centre|Center|Clinic|Institute|Office|Hall|Stadium|Bridge|Tower)\b/;

/** "French", "Spanish": what a country's people are called is not a place. */
const NATIONALITY =
  /^(?:[A-Z][a-z]+(?:ish|ese|ian|ean)|French|Dutch|Greek|Thai|Swiss|Czech|Irish|German|American|Mexican|Canadian|Italian|Korean|European|African|Asian)$/;

const CONTINENT =
  /^(?:Europe|Asia|Africa|Antarctica|Oceania|Australasia|North America|South America|Central America|Latin America|the Americas|Middle East|Scandinavia|the Arctic|Caribbean|Mediterranean)$/i;

/** A place the text names after "in", "to", "from", "at" or "of": "the weather in Paris". */
function placesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text
    .slice(0, 20_000)
    .matchAll(
      /\b(?:in|to|from|at|of|near|visit|visiting|around)\s+((?:St\.\s|Mt\.\s|Ft\.\s)?[A-Z\u00C0-\u00DE][\p{L}'’-]+(?:[\s-][A-Z\u00C0-\u00DE][\p{L}'’-]+){0,2})/gu,
    )) {
    // "lives in Leeds'": the quote that closes the text is not part of the name.
    const e = m[1].replace(/['’]+$/, "");
    if (!NOT_ENTITY.has(e.toLowerCase()) && !out.includes(e)) out.push(e);
  }
  return out;
}

/** "Hi it's Omar", "Jo here", "my name is Rui": names a writer gives as their own, never a place. */
export function introducedNames(text: string): string[] {
  return [
    ...text.matchAll(
      /\b(?:[Ii]t'?s|I'?m|I am|[Tt]his is|[Nn]ame is|[Nn]ame's)\s+([A-Z][\p{L}'-]+)|\b([A-Z][\p{L}'-]+)\s+(?:here|speaking)\b/gu,
    ),
  ].map((m) => m[1] ?? m[2]);
}

/** What a question is about, after its last "of" or "about": "the author of 1984?" -> "1984", "formula of water" -> "water". */
export function questionSubject(query: string): string | undefined {
  const m =
    /\b(?:of|about|for)\s+(?:the\s+|a\s+|an\s+)?["“'‘]?([\p{L}\p{N}][\p{L}\p{N} .'’-]{0,40}?)["”'’]?\s*[?.!]*\s*$/u.exec(
      query.trim(),
    );
  const subject = m?.[1]?.trim();
  return subject && subject.split(/\s+/).length <= 5 && !/^(?:it|this|that|them|these|those)$/i.test(subject)
    ? subject
    : undefined;
}

/** The text a prompt quotes to work on: "Extract ... from: 'Team lunch at Luigi's on Friday.'" */
function quotedPart(query: string): string | undefined {
  const m =
    /:\s*["“'‘](.{3,400})["”'’]\s*[.!?]?\s*$/.exec(query) ??
    /["“](.{3,400}?)["”]/.exec(query) ??
    /(?:^|\s)'(.{3,400})'(?:\s|[.!?]|$)/.exec(query);
  return m?.[1];
}

const URL_RE = /\bhttps?:\/\/[^\s"'<>)\]]{3,200}/;
const EMAIL_RE = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/;
const YEAR_RE = /\b(1[0-9]{3}|20[0-9]{2})\b/;

/** A value for a field of this kind, from the prompt or the answer; null when a source is absent; undefined when nothing fits. */
export function fieldValue(kind: FieldKind, src: FieldSources): string | null | undefined {
  const query = src.query ?? "";
  const both = `${query}\n${src.text}`;
  switch (kind) {
    case "email": {
      const m = EMAIL_RE.exec(both);
      if (m) return m[0];
      const person =
        entitiesIn(query).find((e) => !isCountry(e) && /\s/.test(e)) ?? entitiesIn(query).find((e) => !isCountry(e));
      const local = person
        ? person
            .normalize("NFD")
            .replace(/[\u0300-\u036f]/g, "")
            .toLowerCase()
            .replace(/[^a-z]+/g, ".")
            .replace(/^\.|\.$/g, "")
        : "";
      return `${local || "name"}@example.com`;
    }
    case "url":
      return URL_RE.exec(both)?.[0]?.replace(/[.,;]+$/, "") ?? undefined;
    case "source": {
      const url = URL_RE.exec(both)?.[0]?.replace(/[.,;]+$/, "");
      if (url) return url;
      const said =
        /\b(?:[Aa]ccording to|[Ss]ource:|[Pp]ublished (?:by|in)|[Rr]eported by|[Cc]ited in)\s+(?:[Tt]he\s+)?([A-Z][\p{L}&'-]+(?:\s+[A-Z][\p{L}&'-]+){0,4})/u.exec(
          both,
        );
      return said ? said[1] : null;
    }
    case "country":
      return countryIn(query) ?? countryIn(src.text);
    case "city":
    case "place": {
      const asksCity = /\b(capital|which city|what city|where is|where was|where)\b/i.test(query);
      const inQuery = placesIn(query).filter((e) => kind === "place" || (!isCountry(e) && !INSTITUTION.test(e)));
      // The answer's sentence that shares most words with the question holds the city it asks for.
      const asked = new Set(query.toLowerCase().match(/[a-z]{4,}/g) ?? []);
      const ranked = src.text
        .slice(0, 20_000)
        .split(/(?<=[.!?])\s+/)
        .map((s, i) => ({
          s,
          hits: (s.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => asked.has(w)).length - i * 0.01,
        }))
        .sort((a, b) => b.hits - a.hits)
        .map((x) => x.s);
      const inText = ranked
        .flatMap((s) => [...placesIn(s), ...entitiesIn(s)])
        .filter((e) => (kind === "place" || !isCountry(e)) && !query.includes(e) && !NATIONALITY.test(e));
      // "What is the capital of France?" asks for a city the answer names; "weather in Oslo" names it itself.
      const pick = asksCity
        ? (inText[0] ?? inQuery[0])
        : (inQuery[0] ??
          entitiesIn(query).find((e) => !isCountry(e) && !introducedNames(query).includes(e)) ??
          inText[0]);
      // "Paris and France": one place, the first. A city field holds a city: "Europe", "France" or "French" is the wrong kind.
      let one = pick?.split(/\s+and\s+/)[0];
      // "the Berlin Wall" is a landmark, not a city: the city is the name before it, when it has one.
      const landmark =
        /^(.+?)\s+(?:Wall|Tower|Bridge|Gate|Palace|Castle|Cathedral|Museum|Park|River|Lake|Mountain|Street|Square|Stadium|Airport|Station|Opera House|University)$/.exec(
          one ?? "",
        );
      if (kind === "city" && landmark) one = landmark[1];
      else if (kind === "city" && one && /\b(?:Wall|Tower|Bridge|Gate|Palace|Castle|Cathedral|Museum)$/.test(one))
        return undefined;
      if (one && kind === "city" && (CONTINENT.test(one) || isCountry(one) || NATIONALITY.test(one))) return undefined;
      return one;
    }
    case "year": {
      const q = YEAR_RE.exec(query);
      if (q) return q[1];
      return YEAR_RE.exec(src.text)?.[1];
    }
    case "date": {
      const iso = /\b\d{4}-\d{2}-\d{2}\b/.exec(both);
      if (iso) return iso[0];
      const m =
        /\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\b/.exec(
          both,
        );
      if (m) return m[1];
      // "tomorrow", "on Saturday": the day the prompt gives, as it gives it.
      return /\b(today|tomorrow|tonight|yesterday|(?:next |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i.exec(
        query,
      )?.[1];
    }
    case "person": {
      // "an EV charger": a short run of capitals is an initialism, not someone's name.
      const people = (list: string[]) =>
        list.filter((e) => !isCountry(e) && !placesIn(both).includes(e) && !/^[A-Z]{2,5}$/.test(e));
      // "a nurse who lives in Leeds" describes someone; it does not ask who.
      const asksWho = /\b(who|author|wrote|written by|directed|painted|invented|founded|composed|discovered)\b/i.test(
        query.replace(/\b(?:a|an|the|my|our)\s+[a-z]+\s+who\b/gi, " "),
      );
      if (asksWho) {
        // The person asked about is in the answer, not in the question; unknown when the answer names none.
        const by = /\bby\s+([A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){1,3})/u.exec(src.text);
        if (by && !query.includes(by[1])) return by[1];
        return people(entitiesIn(src.text)).find((e) => /\s/.test(e) && !query.includes(e)) ?? null;
      }
      // "'The Hobbit' by J.R.R. Tolkien": the maker named after a quoted work, not a word of its title.
      const byline =
        /["”'’]\s*,?\s*(?:\(\d{4}\)\s*)?(?:written |directed |painted |sung )?by\s+([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})/u.exec(
          query,
        );
      if (byline) return byline[1].replace(/[.,]+$/, "");
      const named = /\b(?:named|called|name is|I'm|I am|this is)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2})/u.exec(
        query,
      );
      if (named) return named[1];
      // "Hey, Marco here, ...", "Sam speaking.": the writer giving their name.
      const here = /(?:^|['"‘“,.!]\s*|\b(?:hi|hey|hello)\s*,?\s+)([A-Z][\p{L}'-]+)\s+(?:here|speaking)\b/u.exec(query);
      if (here && !NOT_ENTITY.has(here[1].toLowerCase())) return here[1];
      // "Call with Dr. Patel": a title stays with a surname alone; "Prof. Lena Ortiz" is Lena Ortiz.
      const titled = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sir|Dame)\.?\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/u.exec(query);
      if (titled) return /\s/.test(titled[1]) ? titled[1] : titled[0];
      const quoted = quotedPart(query);
      const fromQuote = quoted
        ? people(entitiesIn(quoted)).filter((e) => !NATIONALITY.test(e) && !openerOnly(e, quoted))
        : [];
      if (fromQuote.length) return fromQuote[0];
      const inQuery = people(entitiesIn(query)).filter((e) => /\s/.test(e));
      return inQuery[0] ?? people(entitiesIn(src.text)).find((e) => /\s/.test(e));
    }
    case "work": {
      const quoted =
        /["“'‘]([^"”'’]{2,80})["”'’]/.exec(query) ?? /["“'‘]([^"”'’]{2,80})["”'’]/.exec(src.text.slice(0, 400));
      if (quoted) return quoted[1];
      return questionSubject(query);
    }
    case "time":
      return /\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s?[ap]\.?m\.?|\bnoon\b|\bmidnight\b/i
        .exec(query)?.[0]
        ?.replace(/(?<=\d\s?[ap]m)\.$/i, "");
    case "thing": {
      // "Extract the event from: 'Team lunch at Luigi's on Friday'": the words before the first "at/on/in".
      const quoted = quotedPart(query);
      if (!quoted) return undefined;
      const head =
        /^\s*(?:(?:a|an|the|our|my)\s+)?(.+?)(?=\s+(?:at|on|in|with|for|from|by|to|next|this|tomorrow|today|is|was|will)\b|[.,;!?]|$)/i.exec(
          quoted,
        );
      return head && head[1].split(/\s+/).length <= 6 ? head[1] : undefined;
    }
    case "substance":
      // "at what temperature does water boil?": the stuff the question names, never a unit or a place; unknown otherwise.
      return (
        /\b(water|ice|steam|salt|sugar|iron|gold|silver|copper|aluminium|aluminum|lead|oxygen|hydrogen|nitrogen|carbon dioxide|carbon|helium|mercury|ethanol|alcohol|milk|olive oil|oil|air|wax|chocolate|butter|glass|sand)\b/i
          .exec(query)?.[1]
          ?.toLowerCase() ?? null
      );
    case "month":
      return /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(
        query,
      )?.[1];
    case "weekday": {
      // The day the prompt names, else the day the answer gives ("It was a Saturday.").
      const day = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
      return day.exec(query)?.[1] ?? day.exec(src.text)?.[1];
    }
    case "phone":
      return /\+?\d[\d ()-]{6,18}\d/.exec(query)?.[0];
    case "language": {
      // "Detect the language of: 'Je voudrais un café'": the quoted words' own language.
      const quoted = quotedPart(query) ?? materialOf(query) ?? "";
      const spoken = detectSpoken(quoted);
      // Letters another language writes ("ó", "ñ" in a text read as French) make the guess unsure: no guess.
      const against: Partial<Record<Spoken, RegExp>> = {
        fr: /[ñ¿¡áíóúãõ]/,
        es: /[èêëçâîôûãõäöüß]/,
        pt: /[ñ¿¡èêëäöüß]/,
      };
      if (spoken && !against[spoken]?.test(quoted)) return SPOKEN_NAMES[spoken];
      const m =
        /\b(English|French|German|Spanish|Italian|Portuguese|Dutch|Japanese|Chinese|Korean|Russian|Arabic|Hindi|Swedish|Polish|Turkish|Greek|Python|TypeScript|JavaScript|Java|Rust|Go|C\+\+|C#|Ruby|PHP|Kotlin|Swift)\b/.exec(
          both,
        );
      return m?.[1];
    }
    case "colour":
      return /\b(red|orange|yellow|green|blue|indigo|violet|purple|pink|brown|black|white|grey|gray|gold|silver|teal|turquoise|beige)\b/i
        .exec(both)?.[1]
        ?.toLowerCase();
    case "currency":
      return (
        /\b(USD|EUR|GBP|JPY|CHF|CAD|AUD|CNY|INR)\b/.exec(both)?.[1] ??
        (/€|\beuros?\b/i.test(both)
          ? "EUR"
          : /£|\bpounds? sterling\b|\bquid\b/i.test(both)
            ? "GBP"
            : /\$|\b(?:us )?dollars?\b/i.test(both)
              ? "USD"
              : /¥|\byen\b/i.test(both)
                ? "JPY"
                : undefined)
      );
  }
}

const NUMBER_NAMES = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
// "10:04, platform 3": a clock's minutes (or a list's comma) are no amount; "2,400" and "2.49" are.
const AMOUNT = `((?<![\\d:.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\d:.,])\\d+(?:\\.\\d+)?|${NUMBER_NAMES.join("|")})`;

function amount(raw: string): number {
  const i = NUMBER_NAMES.indexOf(raw.toLowerCase());
  return i >= 0 ? i + 1 : Number(raw.replace(/,/g, ""));
}

/** Words of a field's name that make its number a worked-out one: stems "used", stems "left". */
const RESULT_QUALIFIER =
  /^(?:used|use|left|spare|remaining|remain|needed|need|leftover|after|new|scaled|final|saved|extra|short|change|difference|missing|required)$/;
/** A unit at the end of a field's name: "rice_kg", "vinegar_ml". */
const FIELD_UNIT =
  /^(?:kg|g|mg|ml|l|km|m|cm|mm|lb|lbs|oz|grams|litres|liters|kilos|metres|meters|miles|minutes|mins|hours|hrs|seconds|secs)$/;

/** The ways one unit is written: "flour_grams" is said "200 g". */
const UNIT_SPELLINGS = [
  /kg|kilos?|kilograms?/,
  /g|grams?/,
  /mg|milligrams?/,
  /ml|millilit(?:re|er)s?/,
  /l|lit(?:re|er)s?/,
  /km|kilomet(?:re|er)s?/,
  /m|met(?:re|er)s?/,
  /cm|centimet(?:re|er)s?/,
  /mm|millimet(?:re|er)s?/,
  /lbs?|pounds?/,
  /oz|ounces?/,
  /miles?/,
  /minutes?|mins?/,
  /hours?|hrs?/,
  /seconds?|secs?/,
];

/** A field that holds what a sum works out to: a total, a fare, a bill. */
const RESULT_FIELD =
  /total|sum\b|^sum|fare|bill|charge|spent|spend|due|owed|^cost$|_cost$|^cost_|^price$|^amount$|^answer$|^result$|(?:^|_)(?:pay|gross|net|earnings|wages?|salary|income|takings|revenue)(?:_|$)/i;

export const isResultField = (name: string) =>
  RESULT_FIELD.test(name) && !/per_|_per|each|unit|rate|hourly/i.test(name);

/**
 * "£3.20 to start plus £1.80 per mile. What is the fare for a 5 mile journey?": a question whose
 * answer is worked out from two or more of its numbers (a rate, a sum), so none of them is the answer.
 */
export function worksOut(query: string): boolean {
  const numbers = new Set(query.match(/\d+(?:\.\d+)?/g) ?? []);
  return (
    numbers.size >= 2 &&
    /\b(?:per|each|every|plus|times|an? (?:hour|day|week|month|year|mile|km|night|person|head|kilo|kg|litre|liter|gallon))\b/i.test(
      query,
    ) &&
    /\?\s*$|\b(?:how much|how many|what(?:'s| is| will| would| does| do)|work out|calculate)\b/i.test(query)
  );
}

/** A number for a field from the prompt or the answer: an age, a count, a price, a year, a population. */
export function fieldNumber(name: string, src: FieldSources): number | undefined {
  const query = src.query ?? "";
  // "a dozen yellow tulips", "half a dozen eggs": a quantity said in dozens.
  if (/quantity|qty|count|number|amount|how_?many|stems|units|pieces/i.test(name)) {
    const dozen = /\b(half a|an?|one|two|three|four|five|six|\d{1,3})\s+dozen\b/i.exec(query);
    if (dozen) {
      const k = dozen[1].toLowerCase();
      const n =
        k === "half a" ? 0.5 : /^(?:an?|one)$/.test(k) ? 1 : /^\d/.test(k) ? Number(k) : NUMBER_NAMES.indexOf(k) + 1;
      return n * 12;
    }
  }
  // "Lions 3, Tigers 1": a side's score in a game's result.
  const game = /goals|score|points|runs/i.test(name) ? matchResultOf(query) : undefined;
  const scored = game && matchScore(name, game);
  if (scored !== undefined) return scored;
  // "2 lattes at $4.50 each and one muffin at $3": the items are the quantities added (3), not the lines.
  if (
    /^(?:(?:total|number|num|count)_?(?:of_?)?)?(?:items?|things|products|pieces)(?:_?(?:count|total|number|bought|ordered))?$|^(?:quantity|qty|item_?count)$/i.test(
      name,
    )
  ) {
    const bill = purchaseOf(query);
    if (bill) return bill.lines.reduce((sum, l) => sum + l.qty, 0);
  }
  // "4 notebooks at $3 each and one pen for $2": the bill's total, added up, not its first price.
  if (/total|sum|cost|price|amount|pay|bill|spent|spend/i.test(name)) {
    const bill = purchaseOf(query);
    if (bill) return bill.total;
  }
  // "What is the sum of 17 and 25?": the sum is the worked-out result ("17 + 25 = 42"), not the first operand.
  if (
    /^(?:sum|product|difference|quotient|result|answer|total|average|mean|remainder|value)$/i.test(name) &&
    /\b(?:sum|product|difference|quotient|average|mean|remainder|result)\s+of\s+-?\d|\d\s*[+*×^]\s*-?\d|\d\s+[-/]\s+-?\d|\d\s+(?:plus|minus|times|divided by|multiplied by)\s+-?\d/i.test(
      query,
    ) &&
    src.text.trim() !== query.trim()
  ) {
    const worked =
      /=\s*(-?\d[\d,]*(?:\.\d+)?)/.exec(src.text) ?? /(-?\d[\d,]*(?:\.\d+)?)\D*$/.exec(src.text.split("\n")[0]);
    if (worked) return Number(worked[1].replace(/,/g, ""));
  }
  // "£3.20 to start plus £1.80 per mile ... a 5 mile journey?": the fare is worked out, never one of the
  // prompt's own amounts; with no working (a skill's answer or a charge read here) there is no value.
  if (isResultField(name) && worksOut(query)) {
    const charge = rateChargeOf(query);
    if (charge) return charge.total;
    // The text the prompt gives to extract from is no answer: only a reply's own working is.
    const answer = src.text.trim() && !query.includes(src.text.trim()) ? src.text : "";
    const worked = /=\s*[$€£]?\s*(-?\d[\d,]*(?:\.\d+)?)/.exec(answer) ?? /[$€£]\s*(-?\d[\d,]*(?:\.\d+)?)/.exec(answer);
    return worked ? Number(worked[1].replace(/,/g, "")) : undefined;
  }
  // "temperature_celsius", "distance_km": the number the answer gives in that unit ("100 °C", "42.2 km").
  const UNIT: [RegExp, string][] = [
    [/celsius|_c$|centigrade/i, "\\s*°\\s*C\\b|\\s*degrees? Celsius\\b"],
    [/fahrenheit|_f$/i, "\\s*°\\s*F\\b|\\s*degrees? Fahrenheit\\b"],
    [/kelvin/i, "\\s*K\\b|\\s*kelvin\\b"],
  ];
  for (const [field, unit] of UNIT)
    if (field.test(name)) {
      for (const text of [src.text, query]) {
        const m = new RegExp(`(-?\\d[\\d,]*(?:\\.\\d+)?)(?:${unit})`).exec(text);
        if (m) return Number(m[1].replace(/,/g, ""));
      }
    }
  // "weight_kg", "distance_km": the one amount the prompt gives in that unit ("3.5 kg of runner beans");
  // with two ("18 km in the morning and 27 km in the evening") the unit alone does not say which.
  const MEASURE: [RegExp, string][] = [
    [/(?:^|_)(?:kg|kilos|kilograms)$/i, "\\s*(?:kg|kilos?|kilograms?)\\b"],
    [/(?:^|_)(?:km|kilometres|kilometers)$/i, "\\s*(?:km|kilomet(?:re|er)s?)\\b"],
    [/(?:^|_)miles$/i, "\\s*miles?\\b"],
    [/(?:^|_)(?:litres|liters)$/i, "\\s*(?:l|litres?|liters?)\\b"],
  ];
  for (const [field, unit] of MEASURE)
    if (field.test(name) && !isResultField(name)) {
      const found = [...query.matchAll(new RegExp(`(?<![\\d.])(\\d[\\d,]*(?:\\.\\d+)?)(?:${unit})`, "gi"))];
      if (found.length === 1) return Number(found[0][1].replace(/,/g, ""));
    }
  // "age_years" is an age counted in years, not a year: the age comes first.
  if (/^age$|_age$|^age_/i.test(name) || /^age[A-Z]/.test(name)) {
    const a =
      /\b(\d{1,3})[- ]years?[- ]old\b|\baged?:?\s+(\d{1,3})\b|\bI(?:'m| am)\s+(\d{1,3})\b|(?<=[A-Z][a-z]+,\s*)(\d{1,3})(?=\s*,)|\b(?:[A-Z][a-z]+|who)(?:'s| is| was| turned| turns)\s+(\d{1,3})\b(?!\s*(?:%|km|kg|cm|mm|m|lbs?|miles?|met(?:er|re)s?|dollars?|euros?|percent|degrees?|times|people|minutes?|hours?|days?|weeks?|months?)\b)/.exec(
        query,
      );
    return a ? Number(a[1] ?? a[2] ?? a[3] ?? a[4] ?? a[5]) : undefined;
  }
  if (/year|founded|established/i.test(name)) {
    const y = YEAR_RE.exec(query) ?? YEAR_RE.exec(src.text);
    return y ? Number(y[1]) : undefined;
  }
  // A number next to the field's own word: "3 apples" for "apples", "population of 2.1 million" for "population".
  const word = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .split(" ")
    .filter((w) => w.length > 2 && !/^(num|number|count|total|amount|the|of)$/.test(w))[0];
  // "A recipe for 4 uses 200 g of flour. How much flour for 6 people?": the question's own numbers
  // come before the statement's, and the thing it asks "how much" of is the answer's number.
  const question = /(?:^|[.!?]\s)([^.!?]*\?)\s*$/.exec(query)?.[1];
  const answer = src.text.trim() && src.text.trim() !== query.trim() ? src.text : "";
  const asked =
    word !== undefined &&
    question !== undefined &&
    new RegExp(`\\bhow (?:much|many)\\s+(?:[a-z]+\\s+){0,2}?${word.replace(/(es|s)$/, "")}`, "i").test(question);
  const texts =
    asked && answer ? [answer, question, query] : question ? [question, query, src.text] : [query, src.text];
  // A number is the field's only when it is said for it: "stems_used" is not the "7 stems each" the
  // text gives (the used ones are worked out), and "rice_kg" is not the "300 ml rice vinegar".
  const fieldWords = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .split(" ");
  const qualifiers = fieldWords.filter((w) => RESULT_QUALIFIER.test(w));
  const unit = fieldWords.length > 1 ? FIELD_UNIT.exec(fieldWords.at(-1) ?? "")?.[0] : undefined;
  const saidFor = (said: string) =>
    qualifiers.every((q) => new RegExp(`\\b${q.slice(0, 4)}`, "i").test(said)) &&
    (!unit ||
      new RegExp(
        `\\d\\s*(?:${UNIT_SPELLINGS.find((u) => new RegExp(`^(?:${u.source})$`).test(unit))?.source ?? unit})\\b`,
        "i",
      ).test(said));
  for (const text of texts) {
    if (word) {
      const stem = word.replace(/(es|s)$/, "");
      const nearAll = [
        ...text
          .slice(0, 20_000)
          .matchAll(
            new RegExp(
              `${AMOUNT}\\s*(million|billion|thousand)?(?:\\s+|-)(?:[a-z]+\\s+){0,2}${stem}|${stem}\\w*\\s+(?:(?:no\\.?|number|num\\.?|#|ref\\.?)\\s*)?(?:of|is|was|are|at|:)?\\s*(?:about|around|roughly|over|nearly|some)?\\s*[$€£]?${AMOUNT}\\s*(million|billion|thousand)?`,
              "gi",
            ),
          ),
      ];
      const around = (m: RegExpMatchArray) =>
        text.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + m[0].length + 16);
      const fit = qualifiers.length || unit ? nearAll.filter((m) => saidFor(around(m))) : nearAll.slice(0, 1);
      // With a unit in its name, two different amounts of the thing ("3 kg of rice ... for 5 kg") do not say which.
      if (unit && new Set(fit.map((m) => m[1] ?? m[3])).size > 1) return undefined;
      const near =
        fit[0] ??
        (nearAll.length && (qualifiers.length || unit)
          ? null
          : /^population|inhabitants|residents|people$/i.test(word)
            ? new RegExp(`${AMOUNT}\\s*(million|billion|thousand)?\\s+(people|inhabitants|residents)()()`, "i").exec(
                text.slice(0, 20_000),
              )
            : null);
      if (near) {
        const raw = amount(near[1] ?? near[3]);
        const scale = { million: 1e6, billion: 1e9, thousand: 1e3 }[(near[2] ?? near[4] ?? "").toLowerCase()] ?? 1;
        if (Number.isFinite(raw)) return raw * scale;
      }
      // The thing is counted in the text, but never for this field: no other number stands in for it.
      if (nearAll.length && (qualifiers.length || unit)) return undefined;
    }
  }
  // "Serves 4", "makes 12", "feeds six": a recipe's servings.
  if (/serv(?:ings?|es)|portions|yield|feeds/i.test(name)) {
    const s = new RegExp(
      `\\b(?:serves|serving|feeds|makes|yields?)\\s+(?:about\\s+|up to\\s+)?${AMOUNT}\\b|\\b${AMOUNT}\\s+(?:servings|portions|people)\\b`,
      "i",
    ).exec(query);
    if (s) return amount(s[1] ?? s[2]);
  }
  if (/party|guests|people|persons|seats|diners|covers|group_?size|headcount/i.test(name)) {
    // "a table for four": the party said in words too.
    const n = `(\\d{1,3}|${NUMBER_NAMES.join("|")})`;
    const g = new RegExp(
      `\\bfor\\s+${n}\\b(?!\\s*(?:%|am|pm|minutes?|hours?|days?|nights?|weeks?|dollars?|o'clock))|\\b${n}\\s+(?:people|guests|persons|adults|of us)\\b`,
      "i",
    ).exec(query);
    if (g) return amount(g[1] ?? g[2]);
  }
  if (/price|cost|amount|fee|salary|budget|total|due|paid|balance|rent|pay|wage|hourly|rate/i.test(name)) {
    const p = /[$€£]\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:dollars|euros|pounds|USD|EUR|GBP)/i.exec(query);
    if (p) return Number((p[1] ?? p[2]).replace(/,/g, ""));
  }
  if (/count|number|quantity|how_?many|total|amount|qty/i.test(name)) {
    const n = /(?<![#\w-])(\d{1,6})\b(?!\s*(?:%|years?|am|pm))/.exec(query.replace(YEAR_RE, ""));
    if (n) return Number(n[1]);
  }
  if (/price|cost|amount|fee|salary|budget/i.test(name)) {
    const p = /[$€£]\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:dollars|euros|pounds|USD|EUR|GBP)/i.exec(query);
    if (p) return Number((p[1] ?? p[2]).replace(/,/g, ""));
  }
  return undefined;
}

/** Options that name a message's good tone, and its bad one. */
const TONE_GOOD = /^(?:compliments?|praise|thanks|thank you|positive feedback|happy|satisfied|pleased)$/;
const TONE_BAD = /^(?:complaints?|criticism|negative feedback|unhappy|dissatisfied|upset)$/;

/** The enum option the prompt or answer points to, or its first option when nothing does. */
export function enumChoice(options: readonly unknown[], src: FieldSources): unknown {
  return enumPointed(options, src) ?? options[0];
}

/**
 * The enum option the prompt or answer points to: named outright, or by the sentiment or urgency
 * words it uses; an "other" or "unknown" option when nothing points; else undefined.
 */
export function enumPointed(options: readonly unknown[], src: FieldSources): unknown {
  const query = (src.query ?? "").toLowerCase();
  const text = src.text.toLowerCase();
  const strings = options.filter((o): o is string => typeof o === "string");
  const named = (t: string) =>
    strings.find(
      (o) => o.length > 1 && new RegExp(`\\b${o.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(t),
    );
  const lower = strings.map((o) => o.toLowerCase());
  // "compliment" or "complaint", "praise" or "criticism": the two tones of a message by other names.
  const good = lower.findIndex((o) => TONE_GOOD.test(o));
  const bad = lower.findIndex((o) => TONE_BAD.test(o));
  if (lower.some((o) => /^(positive|negative|neutral|mixed)$/.test(o)) || (good >= 0 && bad >= 0)) {
    const pos = (
      query.match(
        /\b(love|loved|loves|lovely|great|excellent|amazing|good|happy|wonderful|fantastic|perfect|best|enjoyed|recommend|delicious|friendly|fast|nice|beautiful|comfortable|solid|sturdy|reliable|easy|helpful|tasty|fresh|bright|sharp|crisp|smooth|brilliant|superb|pleased|impressed|awesome|spotless|clean|tidy|quick|comfortable|comfy|spacious|cozy|cosy|lovely|efficient|welcoming|attentive|charming|stunning)\b/g,
      ) ?? []
    ).length;
    const neg = (
      query.match(
        /\b(hate|hated|terrible|awful|bad|worst|poor|broken|disappointed|disappointing|slow|rude|refund|never again|cold|late|wrong|dies|died|drains|flimsy|noisy|overpriced|expensive|leaks|crash(?:es|ed)?|stopped working|uncomfortable|bland|dirty|boring|waited|broke|breaks|cracked|faulty|defective|useless|annoying|blurry|stale|greasy|leaked|missing|damaged|ugly|confusing|unhelpful|horrible|hate|sucks|cramped|smelly|filthy|unfriendly|soggy|lukewarm|delayed|mouldy|moldy|stained)\b/g,
      ) ?? []
    ).length;
    const contrast = /\b(?:but|however|although|though|yet)\b/.test(query);
    if (good >= 0 && bad >= 0) {
      // Thanks are praise; a message with both, or neither, is no compliment and no complaint.
      const thanks = /\b(?:thank(?:s| you)|grateful|appreciated?|well done|kudos)\b/.test(query) ? 1 : 0;
      if (pos + thanks && !neg) return strings[good];
      if (neg && !pos && !thanks) return strings[bad];
      const asking = lower.findIndex((o) => /^(?:question|query|enquiry|inquiry)$/.test(o));
      if (asking >= 0 && !pos && !neg && /\?\s*['"”’]?\s*$/.test(query)) return strings[asking];
    } else {
      const want =
        pos && (neg || (contrast && lower.includes("mixed")))
          ? "mixed"
          : pos
            ? "positive"
            : neg
              ? "negative"
              : "neutral";
      const hit = strings[lower.indexOf(want)] ?? strings[lower.indexOf(want === "mixed" ? "neutral" : want)];
      if (hit !== undefined) return hit;
    }
  }
  // A mood from the day described: "missed the bus in the rain, spilled coffee" is no happy day.
  const MOODS_BAD = ["annoyed", "frustrated", "angry", "upset", "stressed", "sad", "tired", "anxious", "bad"];
  const MOODS_GOOD = ["happy", "excited", "joyful", "glad", "content", "grateful", "proud", "good"];
  if (lower.some((o) => MOODS_BAD.includes(o)) && lower.some((o) => MOODS_GOOD.includes(o))) {
    const bad = (
      query.match(
        /\b(missed|spilled|spilt|lost|forgot|late|stuck|soaked|burnt|burned|dropped|broke|broken|failed|argued|rude|cancelled|canceled|delayed|sick|ill|hate|terrible|awful|worst|annoying|crying|cried)\b/g,
      ) ?? []
    ).length;
    const good = (
      query.match(
        /\b(won|passed|finally|great|amazing|wonderful|best|loved|love|fun|celebrated|birthday|promotion|sunny|beautiful|perfect|delicious|laughed|happy|excited)\b/g,
      ) ?? []
    ).length;
    const order =
      bad > good ? MOODS_BAD : good > bad ? MOODS_GOOD : ["calm", "neutral", "okay", "ok", "fine", "relaxed"];
    const hit = order.map((m) => lower.indexOf(m)).find((i) => i >= 0);
    if (hit !== undefined) return strings[hit];
  }
  if (lower.some((o) => /^(low|medium|high|urgent|critical|routine)$/.test(o))) {
    // The text to rate, when the message quotes one: "Is this urgent? '...'" names no urgency of its own.
    const told = materialOf(src.query ?? "")?.toLowerCase() ?? query;
    const urgent =
      /\b(urgent|asap|immediately|critical|down|outage|emergency|right now|now|waiting|straight away|at once|broken|in an hour|in \d+ minutes|losing (?:money|sales|customers|data))\b|!!/.test(
        told,
      ) && !/\b(?:not|non)[\s-]urgent\b/.test(told);
    // Many people stopped ("nobody on our team can log in"), or a deadline: high, if not urgent.
    const wide =
      /\b(nobody|no one|everyone|everybody|all (?:our |the )?(?:users|customers|staff|employees|clients)|whole (?:team|company|office)|locked out|deadline|due today|by today|blocking|blocked)\b/.test(
        told,
      );
    const minor =
      /\b(whenever|no rush|no hurry|not urgent|non-urgent|minor|small|typo|someday|sometime|some time|eventually|low priority|next week|when you (?:get|have) (?:a )?(?:chance|moment|minute))\b/.test(
        told,
      );
    const want = urgent
      ? ["urgent", "critical", "high"]
      : wide
        ? ["high", "urgent", "critical"]
        : minor
          ? ["low", "routine"]
          : ["medium", "normal"];
    for (const w of want) {
      const i = lower.indexOf(w);
      if (i >= 0) return strings[i];
    }
  }
  const byName = named(query);
  if (byName !== undefined) return byName;
  // "700 pounds per month" for ["EUR", "USD", "GBP"]: the code of the currency the text names.
  const coded = CURRENCY_WORDS.find(([code, re]) => lower.includes(code.toLowerCase()) && re.test(query));
  if (coded) return strings[lower.indexOf(coded[0].toLowerCase())];
  // "Heavy snow expected" for "snowy", "strong winds" for "windy": an adjective option named by its noun.
  let first: string | undefined;
  let at = Infinity;
  for (const o of strings) {
    if (!/^[a-z]{4,}y$/i.test(o)) continue;
    const root = o
      .toLowerCase()
      .slice(0, -1)
      .replace(/(.)\1$/, "$1");
    const i = query.search(new RegExp(`\\b${root}(?:s|ed|ing|fall|shine|storms?|showers?)?\\b`));
    if (i >= 0 && i < at) [first, at] = [o, i];
  }
  if (first !== undefined) return first;
  // "Tag this headline with a topic": the option whose subject's words the text uses most.
  let best: string | undefined;
  let hits = 0;
  for (const o of strings) {
    const cue = TOPIC_CUES.find(([key]) => key.test(o))?.[1];
    const n = cue ? (query.match(new RegExp(cue.source, "gi")) ?? []).length : 0;
    if (n > hits) [best, hits] = [o, n];
  }
  if (best !== undefined) return best;
  // Nothing points to an option: "other" or "unknown" says so, where the schema has one.
  const none = strings.find((o) => /^(?:other|unknown|none|n\/a|unsure|general|misc(?:ellaneous)?)$/i.test(o));
  return named(text) ?? none;
}

/** ISO 4217 codes and the words and signs a text names them by. */
const CURRENCY_WORDS: [string, RegExp][] = [
  ["EUR", /€|\beuros?\b/i],
  ["USD", /\$|\b(?:us )?dollars?\b|\bbucks\b/i],
  ["GBP", /£|\bpounds?(?: sterling)?\b|\bquid\b/i],
  ["JPY", /¥|\byen\b/i],
  ["CHF", /\bswiss francs?\b/i],
  ["INR", /₹|\brupees?\b/i],
];

/** The words that point to a common category: a headline's topic, a support ticket's kind. */
const TOPIC_CUES: [RegExp, RegExp][] = [
  [
    /^sports?$/i,
    /\b(?:football|soccer|team|match|championship|league|tournament|goal|player|coach|olympics?|cup|tennis|basketball|baseball|cricket|rugby|race|wins?|won|score[sd]?|penalty|season|stadium)\b/,
  ],
  [
    /^politics?$|^government$/i,
    /\b(?:election|elected|minister|parliament|vote[sd]?|voters|government|president|senate|congress|policy|law|bill|mayor|campaign|party|prime minister)\b/,
  ],
  [
    /^business$|^economy$|^finance$/i,
    /\b(?:market|shares?|stocks?|profits?|company|companies|economy|revenue|bank|investors?|merger|sales|ceo|inflation|prices?|earnings)\b/,
  ],
  [
    /^tech(?:nology)?$|^science$/i,
    /\b(?:app|apps|software|ai|smartphone|chip|computer|internet|startup|tech|robot|data|cyber|phone|launch(?:es|ed)?|researchers?|scientists?|study|space|nasa)\b/,
  ],
  [
    /^entertainment$|^culture$|^arts?$/i,
    /\b(?:film|movie|actor|actress|album|concert|music|singer|celebrity|show|festival|tv|series|box office|premiere|band)\b/,
  ],
  [/^health$/i, /\b(?:doctors?|hospital|vaccine|disease|patients?|health|medical|virus|diet|nurses?)\b/],
  [/^weather$/i, /\b(?:storm|rain|snow|heatwave|flood|temperatures?|forecast|hurricane|wind)\b/],
  [
    /^bug$|^technical$|^tech(?:nical)?_?(?:issue|support)$/i,
    /\b(?:crash(?:es|ed)?|error|broken|bug|doesn't work|does not work|not working|fails?|freez(?:es|ing)|won't load)\b/,
  ],
  [
    /^billing$|^payment$|^refund$/i,
    /\b(?:charged?|invoice|refund|payment|card|subscription|bill(?:ed|ing)?|price|overcharged)\b/,
  ],
  [
    /^feature(?:_?request)?$|^suggestion$/i,
    /\b(?:would be nice|feature|could you add|please add|wish|suggest(?:ion)?|it would be great)\b/,
  ],
  [/^account$|^login$|^access$/i, /\b(?:password|log ?in|sign ?in|account|locked out|username)\b/],
  [/^outage$|^downtime$|^availability$/i, /\b(?:down|outage|offline|unavailable|unreachable|not loading|won't load)\b/],
  [/^shipping$|^delivery$/i, /\b(?:delivery|delivered|shipping|package|parcel|tracking|arrived?)\b/],
];

// ---- material: the text a prompt gives to extract from ------------------------------------------

/**
 * The text a prompt gives to work on, quoted or after a colon: "Extract the contact from this:
 * 'You can reach Tom at ...'". Undefined when the prompt only asks a question.
 */
export function materialOf(query: string): string | undefined {
  const quoted = quotedPart(query);
  if (quoted && quoted.length >= 12) return quoted.trim();
  // "runs from 9:15 to 11:45": a clock's colon introduces no text.
  const colon = /^(?:[^:\n]|\d:\d{2}\b){3,120}?(?<!\d):(?!\d{2}\b)\s*(\S[\s\S]{11,})$/.exec(query.trim());
  if (colon && !/^https?$/i.test(query.trim().split(":")[0].split(/\s+/).pop() ?? "")) return colon[1].trim();
  // "Extract the contact details from this signature.\n\nBest wishes,\nTomás Ruiz...": the ask, a blank line, the text.
  const block = /^([^\n]{8,300})\n[^\S\n]*\n([\s\S]{12,})$/.exec(query.trim());
  if (block && /\b(?:this|these|the following|below|here)\b/i.test(block[1])) return block[2].trim();
  return undefined;
}

/** A sign-off that opens an email signature: the lines under it are a name, a job title, contacts. */
const SIGN_OFF =
  /^(?:best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|cheers|thanks|thank you|many thanks|sincerely|yours sincerely|yours truly|yours|all the best|take care|with thanks)[,.!]?$/i;
const PHONE_LINE = /^(?:(?:tel|phone|mobile|mob|cell|t|m)\.?:?\s*)?\+?[\d\s().-]{7,20}$/i;

/**
 * An email signature's parts: the name line after the sign-off, then "Sales Manager, Greenfield Tiles"
 * (or "... at ..."), an email and a phone. Undefined when the text has no sign-off and no contact line.
 */
export function signatureOf(
  text: string,
): { name: string; title?: string; company?: string; email?: string; phone?: string } | undefined {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 3) return undefined;
  const off = lines.findIndex((l) => SIGN_OFF.test(l));
  const rest = lines.slice(off + 1);
  const at = rest.findIndex((l) =>
    /^[A-Z\u00C0-\u00DE][\p{L}'’.-]*(?:[^\S\n]+[A-Z\u00C0-\u00DE][\p{L}'’.-]*){1,3}$/u.test(l),
  );
  if (at < 0) return undefined;
  const after = rest.slice(at + 1);
  const email = after.map((l) => EMAIL_RE.exec(l)?.[0]).find(Boolean);
  const phone = after.find((l) => PHONE_LINE.test(l))?.replace(/^[^+\d(]*/, "");
  if (off < 0 && !email && !phone) return undefined;
  const role = after.find((l) => !EMAIL_RE.test(l) && !PHONE_LINE.test(l) && !URL_RE.test(l) && /\p{L}/u.test(l));
  const split = role ? /^(.+?)(?:\s*,\s*|\s+at\s+|\s+@\s+|\s+[|–—-]\s+)(.+)$/.exec(role) : null;
  return {
    name: rest[at],
    title: split ? split[1] : role,
    company: split?.[2],
    email,
    phone,
  };
}

/** A leading request or action ("I'd like", "Whisk", "Buy") is not part of an item. */
const ITEM_LEAD =
  /^(?:(?:and|then|also|plus|with|or)\s+)?(?:(?:[a-z][a-z'-]*\s+(?:likes|loves|enjoys|plays|hates|prefers|collects|speaks)|i'd like|i would like|i want|i need|we need|we want|please|can i get|could i get|get me|give me|order|buy|get|pick up|bring|add|mix|whisk|stir|beat|combine|chop|slice|fry|bake|boil|cook|use|take|pack|grab|fold in|top with|serve with|season with)\s+)+(?:(?:in|with|into|on)\s+)?/i;
/** Where an item stops: "2 cokes delivered to 12 Baker Street" is "2 cokes". */
const ITEM_END =
  /\s+(?:delivered|to be|for (?:the|my|our|a)|please|asap|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)|until|then)\b.*$|\s+(?:to|at|from)\s+\d.*$/i;

/** A task keeps its verb ("call the dentist"); only "need to", "remember to" go. */
const TASK_LEAD =
  /^(?:(?:and|then|also|plus)\s+)?(?:(?:i|we)\s+)?(?:need to|have to|must|should|got to|remember to|don't forget to|please)\s+/i;

/**
 * The items a text lists: "two eggs with flour, milk and a pinch of salt" -> two eggs, flour, milk,
 * a pinch of salt. For a field of tasks or steps, each keeps its verb ("buy milk"); for people or
 * places, the names the text gives.
 */
export function itemsFor(name: string, material: string): string[] {
  const kind = fieldKind(name.replace(/ies$/, "y").replace(/s$/, ""));
  if (kind === "person" || /^(?:names|people|persons|attendees|participants|guests)$/i.test(name)) {
    const people = entitiesIn(material).filter(
      (e) => !isCountry(e) && !NATIONALITY.test(e) && !openerOnly(e, material) && !placesIn(material).includes(e),
    );
    if (people.length) return people;
  }
  if (kind === "city" || kind === "place" || kind === "country") {
    const places = placesIn(material);
    if (places.length) return places;
  }
  if (kind === "colour") {
    // "the fence white and the door dark green": the colour words, with a shade word before one.
    const colours = [
      ...material.matchAll(
        /\b(?:(?:light|dark|pale|bright|deep|navy)\s+)?(?:red|orange|yellow|green|blue|purple|violet|pink|brown|black|white|grey|gray|beige|turquoise|teal|gold|silver|maroon|cyan|magenta|indigo|cream)\b/gi,
      ),
    ].map((m) => m[0].toLowerCase());
    if (colours.length) return [...new Set(colours)];
  }
  if (kind === "date" || kind === "time" || kind === "email" || kind === "year" || kind === "url") {
    const re =
      kind === "date"
        ? /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)\b/g
        : kind === "time"
          ? /\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s?[ap]\.?m\.?/gi
          : kind === "email"
            ? new RegExp(EMAIL_RE.source, "g")
            : kind === "year"
              ? new RegExp(YEAR_RE.source, "g")
              : new RegExp(URL_RE.source, "g");
    return [...new Set([...material.matchAll(re)].map((m) => m[0]))];
  }
  if (/^(?:keywords?|tags?|topics?|key_?terms|terms|concepts)$/i.test(name)) return keywordsOf(material);
  if (/task|todo|to_do|step|action|chore|errand|instruction/i.test(name)) return itemsOf(material, true);
  // "with my sister", "with Omar": who comes along.
  if (/companion|travel+er|fellow|with|partner|guest/i.test(name))
    return [
      ...new Set(
        [
          ...material.matchAll(/\bwith\s+((?:my|his|her|our|their)\s+[a-z]+|[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/gu),
        ].map((m) => m[1]),
      ),
    ];
  // A review's pros and cons: the parts that praise, the parts that complain.
  if (
    /^(?:pros|positives?|likes|strengths|good_?points)$/i.test(name) ||
    /^(?:cons|negatives?|dislikes|weaknesses|complaints|bad_?points)$/i.test(name)
  ) {
    const good = /^(?:pros|positives?|likes|strengths|good_?points)$/i.test(name);
    const parts = material
      .replace(/[.!?]+\s*$/, "")
      .split(/\s*(?:[,;.!?]|\bbut\b|\bhowever\b|\balthough\b|\bthough\b)\s*/i)
      .map((p) => p.replace(/^(?:and|the|but)\s+/i, "").trim())
      .filter((p) => p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 8);
    return parts.filter((p) => {
      const sense = enumChoice(["positive", "negative", "neutral", "mixed"], { query: p, text: "", title: "" });
      return good ? sense === "positive" : sense === "negative";
    });
  }
  return itemsOf(material);
}

const KEYWORD_STOP =
  /^(?:about|after|again|also|because|been|before|being|between|both|could|does|doing|each|from|have|having|here|into|just|like|more|most|much|only|other|over|same|should|some|such|than|that|their|them|then|there|these|they|this|those|through|under|very|were|what|when|where|which|while|will|with|would|your|make|makes|made|convert|converts|using|uses|used|turn|turns|take|takes|give|gives|help|helps|keep|keeps|show|shows|said|says)$/i;

/** The content words of a text, in order: "Solar panels convert sunlight..." -> solar, panels, sunlight... */
function keywordsOf(material: string): string[] {
  const out: string[] = [];
  for (const w of material.match(/[\p{L}][\p{L}'-]{3,}/gu) ?? []) {
    const lower = w.toLowerCase();
    if (KEYWORD_STOP.test(lower) || /(?:ing|ed|ly)$/.test(lower) || out.includes(lower)) continue;
    out.push(lower);
  }
  return out.slice(0, 5);
}

export function itemsOf(material: string, tasks = false): string[] {
  const flat = material.replace(/[.!?]+\s*$/, "").replace(/\s+/g, " ");
  const whole = /^[^:]{0,40}:\s*(.+)$/.exec(flat)?.[1] ?? flat;
  // "2 eggs, 250 ml milk and a pinch of salt. Serves 4.": the sentence that lists is the list.
  const said = whole.split(/(?<=[\p{L}\d)])\.\s+(?=[A-Z])/u);
  const listing = (s: string) => (s.match(/,|\band\b/g) ?? []).length;
  const body = said.length > 1 ? said.reduce((a, b) => (listing(b) > listing(a) ? b : a)) : whole;
  const out: string[] = [];
  const split = tasks
    ? /\s*[,;]\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+|\s*\n\s*/i
    : /\s*[,;]\s*|\s+(?:and|with|plus|or|then)\s+|\s*\n\s*/i;
  for (const raw of body.split(split)) {
    const item = tasks
      ? raw
          .replace(TASK_LEAD, "")
          .replace(/\s+(?:please|asap)$/i, "")
          .trim()
      : raw
          // "we're out of eggs": what ran out is the item; "the cat needs food" is cat food.
          .replace(
            /^(?:(?:and|also|plus)\s+)?(?:(?:we|i)(?:'re|'m| are| am| have| 've)?\s+)?(?:(?:all|completely|nearly|almost)\s+)?(?:run |ran |running )?out of\s+/i,
            "",
          )
          .replace(
            /^(?:(?:and|also|plus)\s+)?(?:the|my|our)\s+([a-z]+)\s+(?:needs?|wants?)\s+(?:some\s+|more\s+|new\s+|a\s+|an\s+)?([a-z][a-z -]*)$/i,
            "$1 $2",
          )
          .replace(/^(?:(?:and|also|plus)\s+)?(?:need|needs)\s+/i, "")
          .replace(ITEM_LEAD, "")
          .replace(ITEM_END, "")
          .replace(/^(?:some|the)\s+/i, "")
          .trim();
    if (!item || item.split(/\s+/).length > 6 || !/\p{L}{2,}/u.test(item)) continue;
    if (/^(?:i|we|you|it|they|this|that|there)\b/i.test(item)) continue;
    if (!out.some((o) => o.toLowerCase() === item.toLowerCase())) out.push(item);
  }
  return out.slice(0, 20);
}

/** An item without its quantity: "3 large pizzas" -> "large pizzas". */
export function itemName(item: string): string {
  return (
    item
      .replace(
        /^(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozen)\s+(?:x\s+)?/i,
        "",
      )
      .replace(/^(?:of)\s+/i, "")
      .trim() || item
  );
}

/** The quantity an item names: "3 large pizzas" -> 3, "a pinch of salt" -> 1. */
export function itemCount(item: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?|a dozen|dozen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.exec(
    item.trim(),
  );
  if (!m) return undefined;
  const w = m[1].toLowerCase();
  if (/dozen/.test(w)) return 12;
  return /^\d/.test(w) ? Number(w) : NUMBER_NAMES.indexOf(w) + 1;
}

/** The noun phrase a text opens with, up to its verb: "The blue backpack costs $49" -> "blue backpack". */
export function headPhrase(material: string): string | undefined {
  // "I bought 3 notebooks": a sentence about oneself opens with no name of a thing.
  if (/^\s*(?:i|we|you|he|she|they|my|remind|please|book|can|could|hi|hello|hey|dear)\b/i.test(material))
    return undefined;
  const words = material
    .replace(/^\s*(?:(?:a|an|the|our|my|your|this|that)\s+)/i, "")
    .split(/\s+/)
    .slice(0, 10);
  const out: string[] = [];
  for (const w of words) {
    const bare = w.replace(/[.,;:!?]+$/, "");
    if (
      out.length &&
      /^(?:is|are|was|were|has|have|had|will|can|costs?|sells?|starts?|begins?|takes?|came|comes|opens|opened|closes|closed|lives|lived|works|worked|released|launched|at|on|in|with|for|from|by|to|next|this|tomorrow|today|tonight)$/i.test(
        bare,
      )
    )
      break;
    out.push(bare);
    if (bare !== w) break;
  }
  const phrase = out.join(" ");
  return phrase && out.length <= 5 ? phrase : undefined;
}

/** "Here's my pancake recipe: ...": the dish a recipe is named for. */
export function recipeName(text: string): string | undefined {
  return /\b(?:my|our|a|the|this|grandma's|mum's|mom's)\s+([a-z][a-z -]{1,30}?)\s+recipe\b/i.exec(text)?.[1];
}

const STREET =
  /\b(\d{1,5}[A-Za-z]?\s+(?:[A-Z][\p{L}'’-]+\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Way|Place|Pl\.?|Court|Ct\.?|Square|Sq\.?|Terrace|Close|Crescent|Gardens|Row|Hill|Parkway|Highway)(?:\s+(?:NW|NE|SW|SE|N|S|E|W))?)(?=[\s,.;]|$)/u;
const POSTCODE = /\b([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5}(?:-\d{4})?|\d{4,5}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/;

/** A postal address a text gives: its street line, the town after it, a postcode or zip, a state. */
export function addressOf(
  text: string,
): { street: string; city?: string; postcode?: string; state?: string } | undefined {
  const street = STREET.exec(text);
  if (!street) return undefined;
  const rest = text.slice((street.index ?? 0) + street[0].length);
  const postcode = POSTCODE.exec(rest)?.[1];
  const parts = rest
    .split(/[,\n]/)
    .map((p) => p.replace(postcode ?? "\u0000", "").trim())
    .filter(Boolean);
  const town = parts.find((p) => /^[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}$/u.test(p) && !/^[A-Z]{2}$/.test(p));
  const state = parts.find((p) => /^[A-Z]{2}$/.test(p));
  return { street: street[1], city: town && !isCountry(town) ? town : undefined, postcode, state };
}

/**
 * A part of the full name a text gives, for a name field: with a middle-name field beside it, the
 * first word, the words between (null when there are none) and the last word; undefined for any
 * other field or when the text names nobody.
 */
export function namePart(name: string, material: string, withMiddle: boolean): string | null | undefined {
  const field = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim();
  const part = /^(?:first|given|fore)/.test(field)
    ? "first"
    : /^middle/.test(field)
      ? "middle"
      : /^(?:last|sur|family)/.test(field)
        ? "last"
        : undefined;
  if (!part || !/name|^first$|^last$|^middle$/.test(field)) return undefined;
  // "Smith, John - DOB ...": a list's "Surname, Given" puts the last name first.
  const inverted =
    /(?:^|[\s'"“‘:(])([A-Z][a-z'’-]+),\s+([A-Z][a-z'’-]+)(?=\s*(?:[-–—|;(/]|$|,\s*(?:[a-z\d]|DOB\b|born\b|aged?\b|staff\b|id\b|no\b)))/.exec(
      material,
    );
  if (
    inverted &&
    !isCountry(inverted[1]) &&
    !isCountry(inverted[2]) &&
    !/^(?:hi|hello|hey|dear|thanks|thank|cheers|regards|best|love|yes|no|oh|well|sorry|please|ok|okay)$/i.test(
      inverted[1],
    ) &&
    part !== "middle"
  )
    return part === "first" ? inverted[2] : inverted[1];
  if (!withMiddle && part !== "middle") return undefined;
  const full = entitiesIn(material).find((e) => /\s/.test(e) && !isCountry(e)) ?? entitiesIn(material)[0];
  if (!full) return undefined;
  const words = full.split(/\s+/);
  if (part === "first") return words[0];
  if (part === "last") return words.length > 1 ? words[words.length - 1] : null;
  return words.length > 2 ? words.slice(1, -1).join(" ") : null;
}

/** Words in a text that mark it as spam, urgent or the like: a yes/no field about the text reads them. */
const CUES: [RegExp, RegExp][] = [
  [
    /spam|scam|phishing|junk|fraud/i,
    /\b(?:congratulations|you(?:'ve| have)? won|winner|prize|free|click here|claim|act now|limited time|guaranteed|lottery|wire|bitcoin|urgent(?:ly)?|verify your account)\b/i,
  ],
  [
    /urgent|emergency|asap|critical/i,
    /\b(?:urgent|asap|immediately|right now|emergency|critical|down|outage|today)\b/i,
  ],
  [
    /deadline|^due$|_due$|time_?limit|time_?sensitive/i,
    /\b(?:deadline|due|overdue|by (?:tomorrow|tonight|today|noon|midnight|the end of|end of|(?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d)|before (?:tomorrow|tonight|noon|midnight|the end|(?:next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|\d)|in an? (?:hour|few hours|minute|few minutes)|in \d+ (?:hours?|minutes?|days?)|within (?:an?|the|\d+) \w+|(?:has|have|needs?) to be (?:sent|done|paid|filed|submitted|finished|ready|delivered)\b)/i,
  ],
  [
    /warning|warn|danger|hazard|alert|^risk|_risk|unsafe|caution/i,
    /\b(?:heavy|icy|ice|storms?|stormy|floods?|flooding|warning|danger|dangerous|hazard\w*|severe|extreme|gales?|blizzard|thick fog|slippery|avoid|hurricane|tornado|heatwave|wildfires?)\b|\bstrong winds?\b/i,
  ],
  // "The auto-belays were broken again": equipment named by what it is, or by its breaking down.
  [
    /equipment|gear|kit\b|machine|facilit/i,
    /\b(?:equipment|gear|kit|machines?|broken|out of order|faulty|not working|auto-?belays?|belays?|ropes?|harness(?:es)?|treadmills?|weights|tools?|devices?|showers?|lockers?|appliances?)\b/i,
  ],
  // "The guard in the Egyptian room was so helpful": staff named by their job, or as "the man at the desk".
  [
    /staff|employee|personnel|worker|crew|team_?member/i,
    /\b(?:staff|staffer|employees?|workers?|crew|guards?|security|waiters?|waitress(?:es)?|waiting staff|servers?|bartenders?|barman|barmaid|nurses?|doctors?|receptionists?|drivers?|cashiers?|attendants?|stewards?|stewardess(?:es)?|porters?|concierge|cleaners?|housekeep(?:er|ers|ing)|chefs?|cooks?|managers?|shop ?assistants?|assistants?|clerks?|guides?|tour guides?|instructors?|lifeguards?|ushers?|hosts?|hostess(?:es)?|pharmacists?|librarians?|conductors?|ticket inspectors?|inspectors?|mechanics?|technicians?|volunteers?|(?:sales|shop|store|desk|counter|front desk|reception) (?:staff|person|people|clerk|team)|(?:man|woman|lady|guy|girl|gentleman|person|bloke|chap|lad|fella|someone) (?:at|on|behind|from|working) (?:the )?(?:desk|counter|till|door|bar|reception|front desk|checkout|gate|ticket office|box office|information desk))\b/i,
  ],
  [/question/i, /\?/],
  [
    /complaint|negative|angry|upset/i,
    /\b(?:terrible|awful|worst|broken|rude|refund|disappointed|never again|angry)\b/i,
  ],
  [
    /positive|happy|satisfied/i,
    /\b(?:love|great|excellent|amazing|happy|wonderful|fantastic|perfect|best|recommend)\b/i,
  ],
];

/** The marks of spam, urgency or feeling a text uses, as it writes them: "free", "click here", "rude". */
export function cueWords(material: string): string[] {
  const out: string[] = [];
  for (const [, cue] of CUES)
    for (const m of material.matchAll(new RegExp(cue.source, "gi")))
      if (m[0].length > 1 && !out.some((o) => o.toLowerCase() === m[0].toLowerCase())) out.push(m[0]);
  return out.slice(0, 4);
}

/**
 * A yes or no about the given text, by the field's name: "is_spam" reads spam's marks, "mentions_price"
 * or "has_deadline" looks for the word. Undefined when the name points to nothing the text can show.
 */
export function materialBoolean(name: string, material: string): boolean | undefined {
  for (const [field, cue] of CUES) if (field.test(name)) return cue.test(material);
  // "Checked baggage: not included", "no balcony", "a standalone, not part of a series": the part of
  // the text that names the field's thing says yes or no, and a negation there says no.
  const said = statedBoolean(name, material);
  if (said !== undefined) return said;
  const m = /^(?:has|have|mentions?|contains?|includes?|is|are|needs?|requires?|wants?)_?(.+)$/i.exec(name);
  if (m) {
    const word = m[1].replace(/[_-]+/g, " ").toLowerCase().replace(/s$/, "");
    if (word.length > 2) return new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(material);
  }
  return undefined;
}

/** Words of a yes/no field's name that say nothing of its thing ("is", "of") or only its sense ("included"). */
const FLAG_FILLER =
  /^(?:is|are|was|has|have|had|does|do|can|could|will|should|mentions?|contains?|includes?|needs?|requires?|wants?|any|the|a|an|of|on|in|at|to|for|with|by|flag|bool|boolean|included|allowed|permitted|available|provided|offered|welcome|accepted|required|needed|present|possible|ok|okay|yes|true)$/;
/** A clause that denies what it names: "not included", "no balcony", "dogs aren't allowed". */
const DENIES =
  /\b(?:not|never|none|excluded|extra|forbidden|prohibited|banned|unavailable|isn't|aren't|wasn't|doesn't|don't|didn't|won't|can't|cannot)\b|n't\b/i;
/** "no" or "without" denies only the words right after it: "free wifi and no pool" has wifi. */
const DENIES_NEXT = /\b(?:no|without|zero)\s+(?:\w+\s+){0,2}$/i;
/** One word that means the opposite of a field's thing: a standalone book is in no series. */
const OPPOSITE: [RegExp, RegExp][] = [
  [/^series$/, /\bstand-?alone\b/i],
  [
    /^(?:vegetarian|vegan)$/,
    /\b(?:beef|chicken|pork|bacon|ham|lamb|fish|tuna|salmon|shrimp|prawns?|sausages?|steak|turkey)\b/i,
  ],
];

/** The field's own words (stems) found in one clause of the text: that clause's yes or no, else undefined. */
function statedBoolean(name: string, material: string): boolean | undefined {
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 1 && !FLAG_FILLER.test(w));
  if (!words.length || words.length > 4) return undefined;
  const stem = (w: string) => w.replace(/(?:ies|es|s|ed|ing)$/, "").slice(0, Math.max(3, Math.min(w.length, 6)));
  const clauses = material.split(/[.;!?\n]+|,\s*|\s+(?:but|whereas|while|although|though)\s+/i).filter((c) => c.trim());
  for (const clause of clauses) {
    const own = clause
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter(Boolean);
    const names = (w: string) =>
      own.some((o) => o.startsWith(stem(w)) || (o.length >= 3 && w.startsWith(o) && o.length >= w.length - 2));
    if (words.every(names)) {
      const lower = clause.toLowerCase();
      const first = lower.search(new RegExp(`\\b${stem(words[0])}`));
      return !(DENIES.test(clause) || (first >= 0 && DENIES_NEXT.test(lower.slice(0, first))));
    }
  }
  for (const [field, cue] of OPPOSITE) if (words.some((w) => field.test(w)) && cue.test(material)) return false;
  return undefined;
}

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const FULL_DATE =
  /\b(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})|(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4}))\b/gi;
const OFFSET = /\b(\d{1,4})\s+(days?|weeks?|months?)\s+(after|later|on from|from|before|earlier)\b/i;

/**
 * A date field whose own word stands in the clause that shifts the text's one date: "picked on 14
 * September 2025 and we rack it 45 days after picking" gives racking_date 2025-10-29, never the picking
 * date. Null when the shift cannot be worked out (no year); undefined when the field is not such a one.
 */
export function shiftedDate(name: string, material: string): string | null | undefined {
  const offset = OFFSET.exec(material);
  if (!offset) return undefined;
  const stems = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 2 && !/^(?:date|day|when|the|and|for|iso|yyyy|new)$/.test(w))
    .map((w) => w.slice(0, 4));
  if (!stems.length) return undefined;
  const clauses = material.split(/[,;:]|\.\s|\s+(?:and|but|then|so)\s+/i);
  const shiftClause = clauses.find((c) => OFFSET.test(c));
  if (!shiftClause) return undefined;
  const own = (c: string) => stems.some((st) => new RegExp(`\\b${st}`, "i").test(c.replace(OFFSET, " ")));
  // The stem must be the clause's own, not only the event the shift counts from ("45 days after picking").
  const before = shiftClause.slice(0, shiftClause.search(OFFSET));
  if (!own(before)) {
    // A date field the text says nothing of ("racking_date" beside "we press them 10 days after
    // picking") is not the one date it gives: that date belongs to the field its clause names.
    const dated = clauses.find((c) =>
      /\b\d{4}-\d{2}-\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(
        c,
      ),
    );
    return !dated || own(dated) ? undefined : null;
  }
  const dates = [...material.matchAll(FULL_DATE)];
  if (dates.length !== 1) return null;
  const d = dates[0];
  const [y, mo, da] = d[1]
    ? [Number(d[1]), Number(d[2]) - 1, Number(d[3])]
    : d[4]
      ? [Number(d[6]), MONTH_NAMES.indexOf(d[5].toLowerCase()), Number(d[4])]
      : [Number(d[9]), MONTH_NAMES.indexOf(d[7].toLowerCase()), Number(d[8])];
  const n = Number(offset[1]) * (/^(?:before|earlier)$/i.test(offset[3]) ? -1 : 1);
  const date = new Date(Date.UTC(y, mo, da));
  if (/^month/i.test(offset[2])) {
    date.setUTCMonth(date.getUTCMonth() + n);
    if (date.getUTCDate() !== da) return null;
  } else date.setUTCDate(date.getUTCDate() + n * (/^week/i.test(offset[2]) ? 7 : 1));
  return date.toISOString().slice(0, 10);
}

/** Where a place said after a verb stops: a comma, a time, "and", "then", "by", "before". */
const PLACE_END = String.raw`(?=\s*[,.;!?"\n]|\s*'(?:\s|$)|\s+(?:(?:by|before|after|and|then|for|please|asap|tomorrow|today|tonight)\b|at \d)|\s*$)`;
const DROP_FIELD =
  /^(?:drop ?off|drop|dropoff|delivery|deliver to|destination|deliver)(?: (?:address|point|location|place|site|spot))?$/;
const PICK_FIELD =
  /^(?:pick ?up|pickup|collection|collect from|origin)(?: (?:address|point|location|place|site|spot))?$/;

/** The place a job's text drops at or picks up from: "drop at King's Cross station" for "dropoff". */
function jobEnd(field: string, material: string): string | undefined {
  const verb = DROP_FIELD.test(field)
    ? String.raw`\b(?:drop(?:ped|ping)?(?:\s+(?:it|them|(?:it|them|\w+)\s+)?off)?|deliver(?:ed|ing)?(?:\s+(?:it|them))?|take\s+(?:it|them)|bring\s+(?:it|them)|leave\s+(?:it|them))\s+(?:at|to)`
    : PICK_FIELD.test(field)
      ? String.raw`\b(?:collect(?:ed|ing)?|pick(?:ed|ing)?\s+up)\b[^.;,]{0,40}?\bfrom`
      : undefined;
  if (!verb) return undefined;
  const m = new RegExp(`${verb}\\s+((?:the\\s+)?[A-Za-z0-9][^,.;!?"\\n]{1,50}?)${PLACE_END}`, "i").exec(material);
  return m?.[1].trim();
}

/**
 * A short value for a field from the given text, by the field's name: "job" from "Anna, 34, engineer
 * from Berlin", "location" from "in room 4B", "product" from the phrase the text opens with, or
 * "<field> is X" / "<field>: X". Undefined when the text holds none.
 */
export function materialValue(name: string, material: string): string | undefined {
  const field = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim();
  const said = new RegExp(
    `\\b${field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*(?::|is|was|=)\\s*((?:[^,.;!?\\n]|[.,](?=\\w)){1,60})`,
    "i",
  ).exec(material);
  // "name is Sofia Reyes and I live in Valencia": the value ends where the clause goes on.
  if (said) return said[1].replace(/\s+(?:and|but|who|which|so|because|from|in|at|on)\b.*$/i, "").trim();
  // "harvested 3.5 kg of runner beans from plot 14": the crop is what the amount is of.
  if (/^(?:crop|produce|harvest|vegetable|veg|fruit|food|ingredient|goods|commodity)s?$/.test(field)) {
    const of =
      /\b\d+(?:\.\d+)?\s*(?:kg|g|grams?|kilos?|kilograms?|lbs?|pounds?|oz|tonnes?|litres?|liters?|ml|bags?|boxes?|crates?|baskets?|punnets?|bunches?|trays?|sacks?|buckets?)\s+of\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)(?=\s+(?:from|at|on|in|for|to|by|off|out|this|last|today|yesterday)\b|\s*[,.;!?]|\s*$)/i.exec(
        material,
      );
    if (of) return of[1];
  }
  // "Best wishes,\nTomás Ruiz\nSales Manager, Greenfield Tiles": a signature's lines are its fields.
  if (
    /^(?:name|full name|contact name|job title|title|role|position|job|company|organi[sz]ation|employer|business|firm|company name)$/.test(
      field,
    )
  ) {
    const sig = signatureOf(material);
    const part = !sig
      ? undefined
      : /name$/.test(field) && !/company/.test(field)
        ? sig.name
        : /^(?:company|organi|employer|business|firm)/.test(field)
          ? sig.company
          : sig.title;
    if (part) return part;
  }
  // "Lions 3, Tigers 1": who won, who lost, who played at home.
  const game = /winner|winning|loser|losing|home|away|team|opponent|victor/.test(field)
    ? matchResultOf(material)
    : undefined;
  const side = game && matchSide(field, game);
  if (side) return side;
  // "drop at King's Cross station", "collect from 9 Mill Lane": where a job ends or starts, for a
  // dropoff or pickup field, as the text's own verb leads to it (before any street: with one street
  // given, it may be the other end of the job).
  const end = jobEnd(field, material);
  if (end) return end;
  // "221B Baker Street, London NW1 6XE": the street, the city after it, the postcode.
  const address = addressOf(material);
  if (address) {
    if (/^(?:street|street address|address line|address line 1|line1|line 1|road)$/.test(field)) return address.street;
    if (/^(?:city|town|city name)$/.test(field) && address.city) return address.city;
    if (/^(?:postcode|post code|postal code|zip|zip code|zipcode|postcode uk)$/.test(field) && address.postcode)
      return address.postcode;
    if (/^(?:state|region)$/.test(field) && address.state) return address.state;
    // "pickup_address", "delivery address", "address": the street the text gives, when it gives one;
    // with two ("from 4 Mill Road to 9 Park Lane") the one the field's own word leads to.
    if (/(?:^|\s)address$/.test(field) && !/e ?mail|\bip\b|web|mac|wallet|url/.test(field)) {
      const streets = [...material.matchAll(new RegExp(STREET.source, "gu"))];
      if (streets.length === 1) return streets[0][1];
      const lead = field.replace(/\s*address$/, "").split(/\s+/)[0];
      if (lead) {
        const led = streets.find((x) =>
          new RegExp(`\\b${lead.slice(0, 4)}\\w*[^.;]{0,20}$`, "i").test(material.slice(0, x.index)),
        );
        if (led) return led[1];
      }
    }
  }
  // "gate G12", "platform 7", "seat 14C", "room 4B": the code the text gives after the field's own word.
  const labelled = /^(?:[a-z]+ )?([a-z]+)$/.exec(field)?.[1];
  if (labelled && !/^(?:name|time|date|year|day|price|cost|total|number|age|city|country)$/.test(labelled)) {
    const m = new RegExp(`\\b${labelled}\\s+(?:no\\.?\\s*|#\\s*)?([A-Za-z]{0,3}\\d[\\w-]*)\\b`, "i").exec(material);
    if (m && /^[A-Z]{0,3}\d/.test(m[1])) return m[1];
  }
  // "invoice_number" from "Invoice 442", "flight_number" from "Flight BA117", "order_id" from "order #A-19".
  const code = /^(\w+)\s+(?:number|no|id|code|ref|reference)$/.exec(field);
  if (code) {
    const m = new RegExp(
      `\\b${code[1]}\\s*(?:number|no\\.?|id|code|ref|#)?\\s*[:#]?\\s*([A-Z0-9][A-Z0-9-]*\\d[A-Z0-9-]*|\\d[\\w-]*)`,
      "i",
    ).exec(material);
    if (m) return m[1];
    // "Train ICE 578": a short capitalised code and its number.
    const spaced = new RegExp(`\\b${code[1]}\\s+([A-Z]{2,4}\\s\\d{1,5})\\b`, "i").exec(material);
    if (spaced && /^[A-Z]+\s/.test(spaced[1])) return spaced[1];
  }
  // "airline_code" from "flight BA 117", "airport_code" from "Heathrow (LHR)": a short capital code the
  // text gives; a carrier's code stands before its number, a place's code alone.
  if (
    /\bcode$/.test(field) &&
    !/^(?:post|postal|zip|area|country|currency|language|lang|promo|discount|coupon|colou?r|source)\b/.test(field)
  ) {
    const codes = [...material.matchAll(/\b([A-Z][A-Z0-9]{1,3})\b(?![’'-])(\s*\d{1,5}\b)?/g)].filter(
      (m) => !/^(?:AM|PM|OK|TV|ID|NO|UK|US|USA|EU)$/.test(m[1]),
    );
    const carrier = /airline|carrier|flight|operator|train|bus|line/.test(field);
    const pick = carrier
      ? codes.find((m) => m[2])
      : /airport|origin|from|depart|destination|to|arriv|station/.test(field)
        ? /destination|to|arriv/.test(field)
          ? codes.filter((m) => !m[2] && /^[A-Z]{3}$/.test(m[1])).at(-1)
          : codes.find((m) => !m[2] && /^[A-Z]{3}$/.test(m[1]))
        : codes[0];
    if (pick) return pick[1];
  }
  // "For the pancakes you need...", "to make a lasagne": the dish a recipe is for.
  if (/^(?:dish|recipe|meal|food|dish name|recipe name)$/.test(field)) {
    const named = recipeName(material);
    if (named) return named;
    const m =
      /\b(?:for|to make|making|recipe for)\s+(?:the\s+|a\s+|an\s+|some\s+|my\s+|our\s+)?([a-z][a-z -]{1,30}?)(?=\s*,|\s+(?:you|we|i|need|needs|take|takes|use|uses|calls?)\b|\s*:)/i.exec(
        material,
      );
    if (m) return m[1];
    // "bake the muffins for 25 minutes", "roast the chicken at 200°C": what the cooking verb acts on.
    const cooked =
      /\b(?:bake|roast|cook|fry|grill|boil|simmer|steam|toast|microwave|poach|broil|reheat)\s+(?:the|a|an|some|your|my|our)\s+([a-z][a-z -]{1,30}?)(?=\s+(?:for|at|in|on|until|till|with|over|under)\b|\s*[,.;:!'"’]|\s*$)/i.exec(
        material,
      );
    if (cooked) return cooked[1];
  }
  // "a dozen yellow tulips" for a "flower" field: the member of the everyday set the field names, as written.
  const set = EVERYDAY_SETS.find((x) => x.one?.test(field) && x.test.test(`${field}s`));
  if (set) {
    const members = set.items
      .map((item) => {
        const word = item.toLowerCase().replace(/[^a-z ]/g, "");
        // "Lily" is "lilies" in a plural too.
        const forms = /[^aeiou]y$/.test(word) ? `${word.slice(0, -1)}(?:y|ies)` : `${word}(?:s|es)?`;
        return new RegExp(`\\b${forms}\\b`, "i").exec(material);
      })
      .filter((x): x is RegExpExecArray => x !== null);
    if (members.length === 1) return members[0][0].toLowerCase();
  }
  // "a 3 year old beagle", "a 5-year-old Siamese": the kind of animal after its age.
  if (/^(?:breed|species|animal|kind|type|animal type|pet type|dog breed|cat breed)$/.test(field)) {
    const m =
      /\b\d{1,3}[- ](?:years?|months?|weeks?)[- ]old\s+(?!(?:and|but|with|from|who|is|was|in|at|when|now)\b)([A-Za-z][\p{L}-]*(?:\s+(?!(?:and|called|named|who|with|from|in|at|that|but|is|was|for)\b)[A-Za-z][\p{L}-]*)?)/u.exec(
        material,
      );
    if (m) return m[1];
    const kind = appositive(material);
    if (kind) return kind;
    // "book Rufus, he's a beagle", "Luna is a Siamese": what the named animal is said to be.
    const said =
      /\b(?:he|she|it|[A-Z][\p{L}'’-]+)(?:'s|’s| is)\s+(?:a|an)\s+(?:\d{1,2}[- ](?:years?|months?)[- ]old\s+)?([A-Za-z][a-z-]+(?:\s[a-z][a-z-]+)?)/u.exec(
        material,
      );
    const breed = said ? said[1].split(/\s+/) : [];
    const end = breed.findIndex((w) => PHRASE_END.test(w) || /^(?:for|on|at|this|next|today|tomorrow)$/.test(w));
    const kept = (end < 0 ? breed : breed.slice(0, end)).join(" ");
    if (kept && !NOT_A_KIND.test(breed[0])) return kept;
  }
  if (/^(?:first name|given name|forename|first|last name|surname|family name|last)$/.test(field)) {
    // "Maria Garcia Lopez": the first word is the given name, the rest the family name.
    const full = entitiesIn(material).find((e) => /\s/.test(e) && !isCountry(e));
    if (full) {
      const [first, ...rest] = full.split(/\s+/);
      return /^(?:first|given|fore)/.test(field) ? first : rest.join(" ");
    }
  }
  if (/^(?:origin|from|departure|departs? from|start|starting point|departure (?:city|airport))$/.test(field)) {
    const m =
      /\b(?:from|departs|departing|leaves|leaving)\s+(?:from\s+)?([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,3})/u.exec(
        material,
      );
    if (m) return m[1];
  }
  if (/^(?:to|destination|arrival(?: city| airport)?|arrives?(?: in)?|lands?(?: in)?|going to)$/.test(field)) {
    // "departs London at 09:15 and lands in Rio": where it ends up.
    const m =
      /\b(?:lands?|landing|arrives?|arriving)\s+(?:in|at)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,3})/u.exec(
        material,
      ) ?? /\b(?:to|for)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,3})/u.exec(material);
    if (m) return m[1];
  }
  if (
    /^(?:arrival|end|finish|return|landing)(?: time)?$|^(?:arrival|end|finish|landing|return) time$|^(?:arrives?|lands?|ends?) at$/.test(
      field,
    )
  ) {
    const times = [...material.matchAll(/\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s?[ap]\.?m\.?/gi)].map(
      (m) => m[0],
    );
    if (times.length > 1) return times[times.length - 1];
  }
  if (/^(?:job|occupation|profession|role|position|job title|work)$/.test(field)) {
    const m =
      /\b(?:works? as|working as|is|am|i'm)\s+(?:a|an)\s+([a-z][a-z -]{2,40}?)(?=\s+(?:at|in|from|for|with|who|and)\b|[,.;!?]|$)/i.exec(
        material,
      ) ??
      /,\s*\d{1,3},\s*([a-z][a-z -]{2,40}?)(?=\s+(?:at|in|from|for|with)\b|[,.;!?]|$)/i.exec(material) ??
      // A job ad: "Barista wanted at ...", "We're hiring a line cook".
      /^\s*([A-Za-z][\w -]{1,40}?)\s+(?:wanted|needed|required)\b/i.exec(material) ??
      /\b(?:hiring|looking for|seeking)\s+(?:an?\s+)?(?:new\s+)?([a-z][a-z -]{2,40}?)(?=\s+(?:at|in|to|for|with|who)\b|[,.;!?]|$)/i.exec(
        material,
      );
    return m?.[1]?.trim();
  }
  // "I'd love a swallow on my right wrist": what is asked for, and where it goes.
  const wanted = wantedOn(material);
  if (wanted) {
    if (/^(?:design|item|product|thing|what|request|order|tattoo|piece|motif|artwork|idea|image|picture)$/.test(field))
      return wanted.thing;
    if (/^(?:placement|place|position|spot|location|where|area|body ?part|body area|body location|site)$/.test(field))
      return wanted.place;
  }
  if (/^(?:task|todo|to do|action|reminder|what|activity|errand)$/.test(field)) {
    const m =
      /\b(?:remind me to|remember to|need to|have to|don't forget to|must|should|got to|going to|want to)\s+(.+?)(?=\s+(?:tomorrow|today|tonight|at \d|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|by|next|this|before|after)\b|[.,;!?]|$)/i.exec(
        material,
      );
    if (m) return m[1].replace(/\bmy\b/gi, "my");
  }
  if (/^(?:item|product|thing|object|purchase|goods|what)$/.test(field)) {
    const m =
      /\b(?:bought|ordered|purchased|got|need|want|sold|returned|picked up|(?:i'd|i would|we'd|we would) like|(?:i'll|we'll) (?:have|take)|can (?:i|we) (?:get|have))\s+(?:\d+|a|an|some|two|three|four|five|six|seven|eight|nine|ten|a pair of|a box of|a pack of)?\s*([a-z][\w -]{1,30}?)(?=\s+(?:for|at|from|on|in|with|to|yesterday|today|last|please|sent|delivered|posted|shipped|wrapped)\b|[.,;!?]|$)/i.exec(
        material,
      );
    if (m) return m[1];
  }
  if (
    /^(?:store|shop|restaurant|merchant|vendor|seller|brand|cafe|café|hotel|venue|bar|pub|gym|clinic)(?: name)?$/.test(
      field,
    )
  ) {
    const m = /\b(?:at|from|in)\s+(?:the\s+)?((?:St\.\s)?[A-Z][\p{L}&'’-]+(?:\s+[A-Z][\p{L}&'’-]+){0,3})/u.exec(
      material,
    );
    if (
      m &&
      !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
        m[1],
      )
    )
      return m[1];
  }
  if (/^(?:favou?rite|likes?|loves?|preferred)\b/.test(field)) {
    const m = /\b(?:loves|likes|enjoys|adores|prefers|favou?rite \w+ is)\s+([\w -]{2,30}?)(?=[.,;!?]|\s+and\b|$)/i.exec(
      material,
    );
    if (m) return m[1];
  }
  if (/^(?:company|employer|organi[sz]ation|org|business|firm|team|school|university)$/.test(field)) {
    const m = /\b(?:at|for|with|joined|from)\s+((?:St\.\s)?[A-Z][\p{L}&'’-]+(?:\s+[A-Z][\p{L}&'’-]+){0,3})/u.exec(
      material,
    );
    return m?.[1];
  }
  if (/^(?:location|place|venue|room|where|address|destination)$/.test(field)) {
    // "a new socket in my garage": the user's own room or place, named without a capital.
    const own =
      /\b(?:in|at|on|outside|behind)\s+(?:my|our)\s+((?:front |back |spare |main |living |dining |utility )?(?:kitchen|garage|garden|bathroom|bedroom|hallway|hall|loft|attic|basement|cellar|shed|office|study|lounge|room|flat|house|home|driveway|porch|patio|balcony|roof|yard|conservatory|landing|stairs|wall))\b/i.exec(
        material,
      );
    if (own) return own[1];
    for (const m of material.matchAll(
      /\b(?:in|at|to)\s+((?:room|the|building|floor|hall|office|studio|suite|\d+\w*|[A-Z][\p{L}'’-]*)(?:\s+(?:[A-Z\d][\p{L}\d'’-]*|room|street|road|avenue|lane|store|shop|office|hall|park|cafe|café|centre|center|library|station|building|downtown|main|conference|meeting)){0,4})/gu,
    )) {
      const place = m[1].replace(/[.,;]+$/, "");
      if (/^(?:the|\d+)$/i.test(place)) continue;
      if (/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(place))
        continue;
      if (/^\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?$/i.test(place)) continue;
      if (/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|noon|midnight)$/i.test(place)) continue;
      return place;
    }
    return undefined;
  }
  if (/^(?:topic|subject|about|purpose|agenda|reason)$/.test(field)) {
    // "a call with Dr. Patel about the budget": what it is about.
    const about =
      /\b(?:about|regarding|re:|on the subject of|to discuss|discussing)\s+(?:the\s+)?([^,.;!?\n]{2,50}?)(?=\s+(?:on|at|with|tomorrow|today|next|this|before|after)\b|[,.;!?\n]|$)/i.exec(
        material,
      );
    if (about) return about[1].trim();
  }
  if (/^(?:product|item|thing|object|dish|event|activity|task|meeting|subject|topic|title)$/.test(field)) {
    // "Try 'The Left Hand of Darkness' by ...": a title the text quotes is the title.
    const quoted = field === "title" ? /(?:^|\s)["“'‘]([^"”'’]{2,80})["”'’]/.exec(material)?.[1] : undefined;
    // "The movie Inception came out in 2010": the name after the kind of work is its title.
    const work =
      field === "title"
        ? /\b(?:movie|film|book|novel|song|album|show|series|play|game|poem|painting|podcast)\s+(?:called\s+|named\s+|titled\s+)?((?:[A-Z0-9][\p{L}\p{N}'’:-]*)(?:\s+(?:of|the|and|a|in|on|[A-Z0-9][\p{L}\p{N}'’:-]*))*)/u
            .exec(material)?.[1]
            ?.replace(/(?:\s+(?:of|the|and|a|in|on))+$/, "")
        : undefined;
    // "Just finished The Night Circus by Erin Morgenstern": the capitalised words before "by <name>".
    const made =
      field === "title"
        ? /((?:[A-Z0-9][\p{L}\p{N}'’:-]*)(?:\s+(?:of|the|and|a|an|in|on|to|for|[A-Z0-9][\p{L}\p{N}'’:-]*))*)\s+by\s+[A-Z]/u
            .exec(material)?.[1]
            ?.replace(
              /^(?:(?:just|finally|finished|read|reading|re-?read|saw|seen|watched|watching|loved|enjoyed|started|listened to|listening to)\s+)+/i,
              "",
            )
        : undefined;
    return quoted ?? work ?? (made && /^[A-Z0-9]/.test(made) ? made : undefined) ?? headPhrase(material);
  }
  return undefined;
}

/**
 * "I'd love a swallow on my right wrist", "can I get a small rose behind my ear": the thing asked
 * for and the place it goes, as written; undefined when the text asks for nothing placed.
 */
export function wantedOn(material: string): { thing: string; place: string } | undefined {
  const m =
    /\b(?:i'?d (?:love|like)|i would (?:love|like)|i want|i'm after|i am after|looking for|thinking of|thinking about|can i (?:get|have)|could i (?:get|have)|i'?d love to get|i'?d like to get|want to get|i wanna get)\s+(?:a|an|some|the|another)\s+((?:[a-z][\p{L}'’-]*)(?:\s+(?!(?:on|in|at|behind|under|across|along|around|over|inside|for|with|and|but)\b)[a-z][\p{L}'’-]*){0,3})\s+(?:(?:on|behind|under|across|along|around|inside|over)\s+(?:my|her|his|their|our|the)|in\s+(?:my|her|his|their|our))\s+((?:[a-z][\p{L}'’-]*)(?:\s+(?!(?:and|but|please|so|because|you|if|for|by|with|which|that|of)\b)[a-z][\p{L}'’-]*){0,2}(?:\s+of\s+(?:my|her|his|their|our|the)\s+[a-z][\p{L}'’-]*)?)/iu.exec(
      material,
    );
  if (!m) return undefined;
  return { thing: m[1], place: m[2] };
}

/** Words that end a noun phrase rather than belong to it: "the dog called Rex" is a dog. */
const PHRASE_END = /^(?:called|named|who|which|that|and|or|but|is|was|with|from|in|at|of|for|to)$/;

/** "He's a good boy", "she's a bit nervous": words that say how an animal is, not what it is. */
const NOT_A_KIND =
  /^(?:good|bad|big|small|little|tiny|huge|very|real|bit|sweet|nice|lovely|cute|friendly|nervous|shy|rescue|new|old|young|puppy|kitten|boy|girl|dog|cat|pet|mix|mixed|cross|lot|few|total|great|handful|character|sweetheart|darling)$/i;

/**
 * The noun a name stands beside: "our neighbour's beagle, Pickles, is 4", "Pickles, a beagle", "my
 * beagle Pickles" -> "beagle". What kind of thing (or animal) the named one is.
 */
export function appositive(material: string): string | undefined {
  const noun = (phrase: string) => {
    const words = phrase.split(/\s+/);
    const end = words.findIndex((w) => PHRASE_END.test(w));
    return (end < 0 ? words : words.slice(0, end)).join(" ") || undefined;
  };
  const before =
    /\b(?:my|our|their|his|her|your|the|[\p{L}]+['’]s)\s+((?:[a-z][a-z-]+\s)?[a-z][a-z-]+),?\s+([A-Z][\p{L}'’-]+)\b/u.exec(
      material,
    );
  if (before && !PHRASE_END.test(before[1].split(/\s+/).at(-1) ?? "")) return noun(before[1]);
  const after =
    /\b[A-Z][\p{L}'’-]+,\s+(?:a|an|the|our|my|their|his|her)\s+(?:\d{1,3}[- ](?:years?|months?)[- ]old\s+)?([a-z][a-z-]+(?:\s[a-z][a-z-]+)?)/u.exec(
      material,
    );
  return after ? noun(after[1]) : undefined;
}

/** "12 March 2027", "March 12th, 2027" -> "2027-03-12"; undefined without a day, a month and a year. */
export function isoDate(text: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return text.trim();
  const m =
    /\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]+),?\s+(\d{4})\b/.exec(text) ??
    /\b([A-Za-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(text);
  if (!m) return undefined;
  const [day, month] = /^\d/.test(m[1]) ? [m[1], m[2]] : [m[2], m[1]];
  const i = MONTH_NAMES.findIndex(
    (x) => x === month.toLowerCase() || (month.length >= 3 && x.startsWith(month.toLowerCase())),
  );
  if (i < 0 || Number(day) < 1 || Number(day) > 31) return undefined;
  return `${m[3]}-${String(i + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
}
