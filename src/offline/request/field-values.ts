/**
 * The right kind of value for a JSON field, read from its name: `city` a city, `year` a year,
 * `email` an email, `author` a name, `source` a source or null. Values come from the prompt
 * (capitalised names, years, numbers, quoted strings) or from the answer the model would give
 * (its passage), never a paragraph. Countries are known from the runtime's own region names
 * (Intl.DisplayNames, ICU data that ships with Node), so no list is kept here.
 */

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
    /^(name|full_?name|person|author|writer|director|artist|composer|painter|inventor|founder|creator|scientist|leader|ceo|president|character|customer|customer_?name|user_?name|first_?name|last_?name|contact|owner|speaker|winner|discoverer|\w+_name)$/i,
  ],
  ["work", /^(title|book|book_?title|film|movie|song|album|novel|work|show|series|play|painting|poem_?title)$/i],
  ["phone", /^(phone|phone_?number|mobile|telephone|tel)$/i],
  ["language", /^(language|lang|locale)$/i],
  ["colour", /^(colou?r|favou?rite_?colou?r)$/i],
  ["currency", /^(currency|currency_?code)$/i],
  ["time", /^(time|start_?time|end_?time|starts?_?at|hour|at)$/i],
  ["month", /^(month|month_?name|\w+_month)$/i],
  ["weekday", /^(weekday|day_?of_?(?:the_)?week|week_?day)$/i],
  ["thing", /^(event|activity|task|meeting|item|product|dish|thing|what|occasion|appointment)$/i],
];

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
  "extract classify convert label pull parse identify detect fill team what what's whats tell how can could please is are do does give show the a an i in for and hi hello write explain find get search look check when where why who which list name return reply answer json use make create describe summarize summarise translate my your it this that there here yes no ok okay thanks thank dear note sure also so then now today tomorrow monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);

/** Capitalised word groups ("George Orwell", "New York"), not sentence openers like "What" or "Please". */
export function entitiesIn(text: string): string[] {
  const out: string[] = [];
  const re =
    /(^|[^\p{L}\p{N}'])([A-Z\u00C0-\u00DE][\p{L}'’-]*(?:\s+(?:de |del |van |von |da |di |of |the |la |le )?[A-Z\u00C0-\u00DE][\p{L}'’-]*){0,3})/gu;
  for (const m of text.slice(0, 20_000).matchAll(re)) {
    let words = m[2].split(/\s+/);
    while (words.length && NOT_ENTITY.has(words[0].toLowerCase().replace(/[’']s$/, ""))) words = words.slice(1);
    const e = words.join(" ").replace(/[’']s$/, "");
    if (e.length > 1 && !NOT_ENTITY.has(e.toLowerCase()) && !/^[A-Z]$/.test(e) && !out.includes(e)) out.push(e);
    if (out.length > 40) break;
  }
  return out;
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
      /\b(?:in|to|from|at|of|near|visit|visiting|around)\s+([A-Z\u00C0-\u00DE][\p{L}'-]+(?:[\s-][A-Z\u00C0-\u00DE][\p{L}'-]+){0,2})/gu,
    )) {
    const e = m[1];
    if (!NOT_ENTITY.has(e.toLowerCase()) && !out.includes(e)) out.push(e);
  }
  return out;
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
      const inQuery = placesIn(query).filter((e) => kind === "place" || !isCountry(e));
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
        : (inQuery[0] ?? entitiesIn(query).find((e) => !isCountry(e)) ?? inText[0]);
      // "Paris and France": one place, the first. A city field holds a city: "Europe", "France" or "French" is the wrong kind.
      const one = pick?.split(/\s+and\s+/)[0];
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
      return m?.[1];
    }
    case "person": {
      const people = (list: string[]) => list.filter((e) => !isCountry(e) && !placesIn(both).includes(e));
      const asksWho = /\b(who|author|wrote|written by|directed|painted|invented|founded|composed|discovered)\b/i.test(
        query,
      );
      if (asksWho) {
        // The person asked about is in the answer, not in the question; unknown when the answer names none.
        const by = /\bby\s+([A-Z][\p{L}.'-]+(?:\s+[A-Z][\p{L}.'-]+){1,3})/u.exec(src.text);
        if (by && !query.includes(by[1])) return by[1];
        return people(entitiesIn(src.text)).find((e) => /\s/.test(e) && !query.includes(e)) ?? null;
      }
      const named = /\b(?:named|called|name is|I'm|I am|this is)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2})/u.exec(
        query,
      );
      if (named) return named[1];
      const quoted = quotedPart(query);
      const fromQuote = quoted ? people(entitiesIn(quoted)).filter((e) => !NATIONALITY.test(e)) : [];
      if (fromQuote.length) return fromQuote[0];
      const inQuery = people(entitiesIn(query)).filter((e) => /\s/.test(e));
      return inQuery[0] ?? people(entitiesIn(src.text)).find((e) => /\s/.test(e));
    }
    case "work": {
      const quoted = /["“'‘]([^"”'’]{2,80})["”'’]/.exec(query);
      if (quoted) return quoted[1];
      return undefined;
    }
    case "time":
      return /\b\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?!\d)|\b\d{1,2}\s?[ap]\.?m\.?|\bnoon\b|\bmidnight\b/i.exec(
        query,
      )?.[0];
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
    case "month":
      return /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(
        query,
      )?.[1];
    case "weekday":
      return /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.exec(query)?.[1];
    case "phone":
      return /\+?\d[\d ()-]{6,18}\d/.exec(query)?.[0];
    case "language": {
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
        (/€/.test(both) ? "EUR" : /£/.test(both) ? "GBP" : /\$/.test(both) ? "USD" : undefined)
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
const AMOUNT = `(\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_NAMES.join("|")})`;

function amount(raw: string): number {
  const i = NUMBER_NAMES.indexOf(raw.toLowerCase());
  return i >= 0 ? i + 1 : Number(raw.replace(/,/g, ""));
}

/** A number for a field from the prompt or the answer: an age, a count, a price, a year, a population. */
export function fieldNumber(name: string, src: FieldSources): number | undefined {
  const query = src.query ?? "";
  if (/year|founded|established/i.test(name)) {
    const y = YEAR_RE.exec(query) ?? YEAR_RE.exec(src.text);
    return y ? Number(y[1]) : undefined;
  }
  if (/^age$|_age$|^age_/i.test(name)) {
    const a =
      /\b(\d{1,3})[- ]years?[- ]old\b|\baged?:?\s+(\d{1,3})\b|\bI(?:'m| am)\s+(\d{1,3})\b|\b[A-Z][a-z]+(?:'s| is| was| turned| turns)\s+(\d{1,3})\b(?!\s*(?:%|km|kg|cm|mm|m|lbs?|miles?|met(?:er|re)s?|dollars?|euros?|percent|degrees?|times|people|minutes?|hours?|days?|weeks?|months?)\b)/.exec(
        query,
      );
    return a ? Number(a[1] ?? a[2] ?? a[3] ?? a[4]) : undefined;
  }
  // A number next to the field's own word: "3 apples" for "apples", "population of 2.1 million" for "population".
  const word = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .split(" ")
    .filter((w) => w.length > 2 && !/^(num|number|count|total|amount|the|of)$/.test(w))[0];
  for (const text of [query, src.text]) {
    if (word) {
      const stem = word.replace(/(es|s)$/, "");
      const near =
        new RegExp(
          `${AMOUNT}\\s*(million|billion|thousand)?\\s+(?:[a-z]+\\s+){0,2}${stem}|${stem}\\w*\\s+(?:of|is|was|are|at|:)?\\s*(?:about|around|roughly|over|nearly|some)?\\s*[$€£]?${AMOUNT}\\s*(million|billion|thousand)?`,
          "i",
        ).exec(text.slice(0, 20_000)) ??
        (/^population|inhabitants|residents|people$/i.test(word)
          ? new RegExp(`${AMOUNT}\\s*(million|billion|thousand)?\\s+(people|inhabitants|residents)()()`, "i").exec(
              text.slice(0, 20_000),
            )
          : null);
      if (near) {
        const raw = amount(near[1] ?? near[3]);
        const scale = { million: 1e6, billion: 1e9, thousand: 1e3 }[(near[2] ?? near[4] ?? "").toLowerCase()] ?? 1;
        if (Number.isFinite(raw)) return raw * scale;
      }
    }
  }
  if (/count|number|quantity|how_?many|total|amount|qty/i.test(name)) {
    const n = /\b(\d{1,6})\b(?!\s*(?:%|years?|am|pm))/.exec(query.replace(YEAR_RE, ""));
    if (n) return Number(n[1]);
  }
  if (/price|cost|amount|fee|salary|budget/i.test(name)) {
    const p = /[$€£]\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:dollars|euros|pounds|USD|EUR|GBP)/i.exec(query);
    if (p) return Number((p[1] ?? p[2]).replace(/,/g, ""));
  }
  return undefined;
}

/** The enum option the prompt or answer points to: named outright, or by the sentiment or urgency words it uses. */
export function enumChoice(options: readonly unknown[], src: FieldSources): unknown {
  const query = (src.query ?? "").toLowerCase();
  const text = src.text.toLowerCase();
  const strings = options.filter((o): o is string => typeof o === "string");
  const named = (t: string) =>
    strings.find(
      (o) => o.length > 1 && new RegExp(`\\b${o.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(t),
    );
  const lower = strings.map((o) => o.toLowerCase());
  if (lower.some((o) => /^(positive|negative|neutral|mixed)$/.test(o))) {
    const pos = (
      query.match(
        /\b(love|loved|great|excellent|amazing|good|happy|wonderful|fantastic|perfect|best|enjoyed|recommend|delicious|friendly|fast)\b/g,
      ) ?? []
    ).length;
    const neg = (
      query.match(
        /\b(hate|hated|terrible|awful|bad|worst|poor|broken|disappointed|disappointing|slow|rude|refund|never again|cold|late|wrong)\b/g,
      ) ?? []
    ).length;
    const want = pos && neg ? "mixed" : pos ? "positive" : neg ? "negative" : "neutral";
    const hit = strings[lower.indexOf(want)] ?? strings[lower.indexOf(want === "mixed" ? "neutral" : want)];
    if (hit !== undefined) return hit;
  }
  if (lower.some((o) => /^(low|medium|high|urgent|critical)$/.test(o))) {
    const urgent = /\b(urgent|asap|immediately|critical|down|outage|emergency|right now|broken)\b/.test(query);
    const minor = /\b(whenever|no rush|minor|small|typo|someday|eventually|low priority)\b/.test(query);
    const want = urgent ? ["urgent", "critical", "high"] : minor ? ["low"] : ["medium", "normal"];
    for (const w of want) {
      const i = lower.indexOf(w);
      if (i >= 0) return strings[i];
    }
  }
  return named(query) ?? named(text) ?? options[0];
}
