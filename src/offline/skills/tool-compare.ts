/**
 * Two numbers in a tool result that the question asks to weigh against each other: a value now and
 * the same value earlier ({"weight_kg": 38.5, "last_week_kg": 36.1}), or a value and its limit
 * ({"wind_knots": 22, "beginner_limit_knots": 15}). "Has it gained weight?" and "Is it OK to go out?"
 * are answered by the comparison (yes or no, and by how much), not by reading the fields out.
 */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Num = [string, number];

/** A unit written at the end of a field's name, as said after a number. */
const UNIT_AT_END =
  /[_-](kg|g|lb|lbs|oz|cm|m|mm|km|mi|miles|c|f|pct|percent|knots|kts|kt|mph|kph|kmh|ms|db|amps|a|v|volts|w|watts|l|litres|liters|ml|usd|eur|gbp|minutes|mins|hours|hrs|seconds|secs|days|ppm|bpm|mmhg|psi|bar|kpa|hpa)$/i;
const UNIT_WORDS: Record<string, string> = {
  c: "°C",
  f: "°F",
  pct: "%",
  percent: "%",
  kts: "knots",
  kt: "knots",
  kmh: "km/h",
  kph: "km/h",
  ms: "m/s",
  db: "dB",
  a: "amps",
  v: "volts",
  w: "watts",
  l: "litres",
  liters: "litres",
  lbs: "lb",
  usd: "USD",
  eur: "EUR",
  gbp: "GBP",
  mins: "minutes",
  hrs: "hours",
  secs: "seconds",
  mmhg: "mmHg",
  kpa: "kPa",
  hpa: "hPa",
};

function unitOf(key: string): string | undefined {
  const u = UNIT_AT_END.exec(key)?.[1].toLowerCase();
  return u ? (UNIT_WORDS[u] ?? u) : undefined;
}

/** A field's words without its unit: "beginner_limit_knots" -> ["beginner", "limit"]. */
function words(key: string): string[] {
  return key
    .replace(UNIT_AT_END, "")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
}

/** Fields that name a thing rather than measure it: {"hive": 2}, {"id": 7}, {"year": 2026}. */
const NOT_A_MEASURE = /^(?:id|\w+_id|year|month|day|hour|number|no|hive|room|unit|floor|page|version|seed|zip)$/i;

function numbers(all: [string, Json][]): Num[] {
  return all.filter((e): e is Num => typeof e[1] === "number" && Number.isFinite(e[1]) && !NOT_A_MEASURE.test(e[0]));
}

function amount(n: number, unit: string | undefined): string {
  const s = String(Math.round(n * 100) / 100);
  return unit ? `${s} ${unit}` : s;
}

/** The decimals of the inputs, so 38.5 - 36.1 is said 2.4, not 2.4000000000000057. */
function difference(a: number, b: number): number {
  const places = Math.max(...[a, b].map((x) => (String(x).split(".")[1] ?? "").length));
  return Number((a - b).toFixed(Math.min(places, 4)));
}

/** "last_week", "yesterday", "previous", "an_hour_ago": a field holding an earlier reading. */
const EARLIER =
  /\b(?:last|previous|prev|prior|earlier|before|yesterday|ago|was|initial|baseline|start|starting|opening)\b|\bthis morning\b/;

function when(key: string): string {
  const w = words(key).join(" ");
  const ago = /\b(?:an?|one|\d+) (?:minute|hour|day|week|month|year)s? ago\b/.exec(w)?.[0];
  if (ago) return ago;
  if (/\byesterday\b/.test(w)) return "yesterday";
  if (/\bthis morning\b/.test(w)) return "this morning";
  const last = /\b(?:last|previous|prev|prior) (\w+)/.exec(w);
  if (last) {
    if (/^(?:week|month|year|night|season|quarter|time|weekend|summer|winter|spring|autumn)$/.test(last[1]))
      return `last ${last[1]}`;
    if (
      /^(?:check|checkup|reading|visit|inspection|measurement|weigh|weighing|count|service|test|session)$/.test(last[1])
    )
      return `at the last ${last[1]}`;
  }
  if (/\b(?:initial|baseline|start|starting|opening)\b/.test(w)) return "at the start";
  return "before";
}

const UP =
  /\b(?:heavier|bigger|larger|more|higher|up|increased?|gained?|grown|grew|risen|rose|gone up|went up|put on|longer|taller|warmer|faster|improved|better)\b/i;
const DOWN =
  /\b(?:lighter|smaller|less|fewer|lower|down|decreased?|lost|shrunk|shrank|dropped|fallen|fell|gone down|went down|shorter|cooler|colder|slower|worse)\b/i;

/**
 * {"weight_kg": 38.5, "last_week_kg": 36.1} and "Has it gained weight since last week?": "Yes: 38.5 kg
 * now, up 2.4 kg from 36.1 kg last week." Null when the result holds no earlier reading or the question
 * does not ask how it moved.
 */
export function nowAndBefore(all: [string, Json][], question: string): string | null {
  const nums = numbers(all);
  const earlier = nums.find(([k]) => EARLIER.test(words(k).join(" ")));
  if (!earlier) return null;
  const others = nums.filter(([k]) => k !== earlier[0] && !EARLIER.test(words(k).join(" ")));
  const shared = (k: string) => words(k).some((w) => words(earlier[0]).includes(w));
  const q = question.toLowerCase();
  const now =
    others.find(([k]) => shared(k)) ??
    (unitOf(earlier[0]) ? others.find(([k]) => unitOf(k) === unitOf(earlier[0])) : undefined) ??
    others.find(([k]) => words(k).some((w) => w.length >= 3 && q.includes(w))) ??
    (others.length === 1 ? others[0] : undefined);
  if (!now) return null;
  const up = UP.test(question);
  const down = DOWN.test(question);
  const asksChange = /\b(?:change[ds]?|compared?|difference|since|than)\b/i.test(question);
  if (up === down && !asksChange) return null;
  const unit = unitOf(now[0]) ?? unitOf(earlier[0]);
  const diff = difference(now[1], earlier[1]);
  const at = when(earlier[0]);
  const noun = words(now[0]).join(" ");
  const body =
    diff === 0
      ? `${noun} ${amount(now[1], unit)} now, the same as ${at}`
      : `${noun} ${amount(now[1], unit)} now, ${diff > 0 ? "up" : "down"} ${amount(Math.abs(diff), unit)} from ${amount(earlier[1], unit)} ${at}`;
  const yesNo = /^\s*(?:has|have|had|is|are|was|were|did|does|do)\b/i.test(question);
  if (!yesNo || up === down) return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
  const yes = diff !== 0 && (up ? diff > 0 : diff < 0);
  return `${yes ? "Yes" : "No"}: ${body}.`;
}

/** Words that make a number a limit: "beginner_limit_knots", "max_safe_wave_m", "budget_gbp". */
const LIMIT = /\b(?:limit|limits|threshold|allowed|allowance|budget|safe|permitted|legal|rated)\b/;
const MAX_MIN = /\b(?:max|maximum|min|minimum)\b/;
const TIME_WORD = /\b(?:today|tonight|tomorrow|daily|weekly|hourly|overnight|day|night|high|low|temp|temperature)\b/;

/**
 * {"wind_knots": 22, "gusts_knots": 30, "beginner_limit_knots": 15} and "Is it OK to take the
 * beginners out?": "No: the wind is 22 knots and gusts 30 knots, over the beginner limit of 15 knots."
 * A "max"/"min" field is a limit only with a qualifier in front ("drone_max_wind_mph"), since a bare
 * "max_heart_rate" or "temp_max" is a reading, not a rule.
 */
export function againstLimit(all: [string, Json][], question: string): string | null {
  const nums = numbers(all);
  const isLimit = (k: string) => {
    const w = words(k);
    const s = w.join(" ");
    if (LIMIT.test(s)) return true;
    const at = w.findIndex((x) => MAX_MIN.test(x));
    return at > 0 && !TIME_WORD.test(w.slice(0, at).join(" ")) && at < w.length - 1;
  };
  const limit = nums.find(([k]) => isLimit(k));
  if (!limit) return null;
  const lower = /\b(?:min|minimum|at least|lowest)\b/.test(words(limit[0]).join(" "));
  const limitUnit = unitOf(limit[0]);
  const nouns = (k: string) =>
    words(k).filter((w) => !LIMIT.test(w) && !MAX_MIN.test(w) && !/^(?:current|now|level|value|the)$/.test(w));
  const values = nums.filter(
    ([k]) =>
      k !== limit[0] &&
      !isLimit(k) &&
      !EARLIER.test(words(k).join(" ")) &&
      (limitUnit ? unitOf(k) === limitUnit : nouns(k).some((w) => nouns(limit[0]).includes(w))),
  );
  if (!values.length || values.length > 3) return null;
  const outside = (v: number) => (lower ? v < limit[1] : v > limit[1]);
  const anyOutside = values.some(([, v]) => outside(v));
  const said = values.map(([k, v], i) => {
    const name = words(k).join(" ");
    return i === 0 ? `the ${name} is ${amount(v, unitOf(k))}` : `${name} ${amount(v, unitOf(k))}`;
  });
  const limitName = words(limit[0])
    .join(" ")
    .replace(/\b(?:maximum|max)\b/, "maximum");
  const allAt = values.every(([, v]) => v === limit[1]);
  const where = anyOutside ? (lower ? "below" : "over") : allAt ? "right at" : lower ? "above" : "under";
  const body = `${said.length > 1 ? `${said.slice(0, -1).join(", ")} and ${said[said.length - 1]}` : said[0]}, ${where} the ${limitName} of ${amount(limit[1], limitUnit)}`;
  const yesNo =
    /^\s*(?:is|are|am|can|could|should|shall|may|will|would|do|does|did|was|were|has|have)\b/i.test(question) ||
    /\b(?:ok|okay|alright|safe) to\b/i.test(question);
  if (!yesNo) return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
  // "Is it too windy?", "Are we over budget?" ask whether the limit is broken; "Is it OK?", "Are we
  // under budget?", "cold enough?" ask whether it is kept.
  const asksBroken = lower
    ? /\b(?:too|under|below|less than|lower than|short)\b/i.test(question)
    : /\b(?:too|over|above|exceed\w*|beyond|more than|higher than|break\w*|breach\w*)\b/i.test(question);
  const asksKept =
    /\b(?:ok|okay|alright|all right|safe|can|could|may|allowed|fine|good|enough|within|go ahead|able)\b/i.test(
      question,
    ) || (lower ? /\b(?:over|above|at least)\b/i : /\b(?:under|below|less than)\b/i).test(question);
  // "Am I speeding?" asks neither way in words this reads: the comparison is said without a yes or no.
  if (asksBroken === asksKept) return `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
  const yes = asksBroken ? anyOutside : !anyOutside;
  return `${yes ? "Yes" : "No"}: ${body}.`;
}

/** A unit as a rule or a question writes it, as a field name's suffix ("20 knots" -> "knots", "10 kilos" -> "kg"). */
const RULE_UNITS: Record<string, string> = {
  kilos: "kg",
  kilograms: "kg",
  g: "g",
  grams: "g",
  l: "l",
  litres: "l",
  liters: "l",
  ml: "ml",
  knot: "knots",
  knots: "knots",
  kts: "knots",
  mph: "mph",
  "km/h": "kmh",
  kmh: "kmh",
  kph: "kmh",
  "°c": "c",
  "°f": "f",
  "%": "pct",
  percent: "pct",
  kg: "kg",
  cm: "cm",
  mm: "mm",
  metres: "m",
  meters: "m",
  m: "m",
  minutes: "minutes",
  hours: "hours",
};

/**
 * "Safety rule: no boats go out when the wind is over 20 knots" in the system message: the rule's
 * limit as a field beside the tool's ({"wind_limit_knots": 20}), so the result is weighed against it.
 */
export function limitsIn(rules: string): Num[] {
  const out: Num[] = [];
  for (const sentence of rules.split(/(?<=[.!?;])\s+|\n+/).slice(0, 40)) {
    if (
      !/\b(?:no|not|never|don't|do not|must not|mustn't|cannot|can't|shouldn't|should not|stop|cancel\w*|suspend\w*|close[sd]?|shut[s]?|off limits)\b/i.test(
        sentence,
      )
    )
      continue;
    const m =
      /\b(?:when|if|whenever|once)\s+(?:the\s+)?((?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:(?:is|are|gets?|goes|reads?|rises?|climbs?|falls?|drops?)\s+)?(?:(over|above|more than|greater than|higher than|exceeds?|beyond)|(under|below|less than|lower than))\s+(\d+(?:\.\d+)?)\s*(knots?|kts|mph|km\/h|kmh|kph|°c|°f|%|percent|kg|cm|mm|metres|meters|m|minutes|hours)?\b/i.exec(
        sentence,
      );
    if (!m) continue;
    const subject = m[1].toLowerCase().replace(/\s+/g, "_");
    const unit = m[5] ? RULE_UNITS[m[5].toLowerCase()] : undefined;
    out.push([`${subject}_${m[3] ? "minimum_" : ""}limit${unit ? `_${unit}` : ""}`, Number(m[4])]);
  }
  return out;
}

/** The thing a result is about ({"item": "flour"}), to say "6.5 kg of flour". */
function thingOf(all: [string, Json][]): string | undefined {
  const named = all.find(
    ([k, v]) => typeof v === "string" && /^(?:item|ingredient|product|material|fabric|name)$/i.test(k),
  );
  return named ? String(named[1]) : undefined;
}

/**
 * "Have I got enough flour? I need about 10 kg" after {"item": "flour", "quantity_kg": 6.5}: what
 * the user needs, against what the tool says there is. "No: you have 6.5 kg of flour, 3.5 kg short
 * of the 10 kg you need."
 */
export function againstNeed(all: [string, Json][], question: string): string | null {
  // "They want 4 dozen", "the customer needs 30": whoever needs it, the amount needed; "4 dozen" is 48.
  const m =
    /(?:\b(?:i|we|they|he|she|you|the (?:customer|client|bride|couple|order|job))\s+|(?:^|[.!?]\s+))(?:need|needs|want|wants|require|requires|ordered|asked for|'ll need|will need|have to have)\s+(?:about|around|roughly|at least|some|approximately)?\s*(?:(?:a|an|one) (?:course|box|batch|supply|total|order|set) of\s+)?(\d+(?:\.\d+)?|an?|half a)(\s+dozen)?\s*(kg|kilos|kilograms|g|grams|l|litres|liters|ml|m|metres|meters|cm)?\b/i.exec(
      question,
    );
  if (!m) return null;
  if (!/^\d/.test(m[1]) && !m[2]) return null;
  const need = (/^half/i.test(m[1]) ? 0.5 : /^an?$/i.test(m[1]) ? 1 : Number(m[1])) * (m[2] ? 12 : 1);
  const dozens = m[2] ? `${m[1]} dozen` : undefined;
  const unit = m[3] ? RULE_UNITS[m[3].toLowerCase()] : undefined;
  const yesNo =
    /\b(?:enough|have i got|do i have|do we have|have we got|is there|are there|will .{0,20} do|can i)\b/i.test(
      question,
    );
  // {"packs": 2, "capsules_per_pack": 21}: what is held is the packs times what each holds, 42 capsules.
  const each = numbers(all).find(([k]) => /^\w+ per \w+$/.test(words(k).join(" ")));
  if (each && !m[3]) {
    const [what, , per] = words(each[0]);
    const packs = numbers(all).find(([k]) =>
      [per, `${per}s`, `${per}es`, `number of ${per}s`].includes(words(k).join(" ")),
    );
    if (packs && Number.isInteger(packs[1]) && packs[1] >= 0) {
      const have = packs[1] * each[1];
      const plural = packs[1] === 1 ? per : words(packs[0]).at(-1)?.endsWith("s") ? words(packs[0]).at(-1) : `${per}s`;
      const has = `${packs[1]} ${plural} of ${each[1]} is ${have} ${what}`;
      const needed = `${need}${dozens ? ` (${dozens})` : ""} needed`;
      const body =
        have >= need
          ? `${has}, enough for the ${needed}${have > need ? ` (${have - need} to spare)` : ""}`
          : `${has}, ${need - have} short of the ${needed}`;
      return yesNo ? `${have >= need ? "Yes" : "No"}: ${body}.` : `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
    }
  }
  const suffix = (k: string) => {
    const raw = UNIT_AT_END.exec(k)?.[1].toLowerCase() ?? "";
    return RULE_UNITS[raw] ?? raw;
  };
  const held = numbers(all).filter(([k]) =>
    unit
      ? suffix(k) === unit
      : /\b(?:quantity|qty|stock|amount|left|remaining|available|count|on hand|in stock)\b/.test(words(k).join(" ")),
  );
  // {"item": "red roses", "stems": 60}: a count named by what it counts is the one held, when it is the only number.
  const counted = numbers(all).filter(([k]) => !/price|cost|fee|rate|total|per|_at$|time|temp/i.test(k));
  const only = !unit && !held.length && counted.length === 1 && /^[a-z]+s$/i.test(counted[0][0]) ? counted : held;
  if (only.length !== 1) return null;
  const have = only[0][1];
  // "60 stems": a count named by a plural field says what it counts.
  const u = unitOf(only[0][0]) ?? unit ?? (only === counted ? only[0][0].toLowerCase() : undefined);
  const thing = thingOf(all);
  // "10 eggs", not "10 of eggs": a bare count is of the thing itself.
  const has = `${amount(have, u)}${thing ? `${u ? " of" : ""} ${thing}` : ""}`;
  const enough = have >= need;
  const mine = /^(?:i|we)\b/i.test(m[0]);
  const needed = `${amount(need, u)}${dozens ? ` (${dozens})` : ""}${mine ? " you need" : " needed"}`;
  const body = enough
    ? `you have ${has}, enough for the ${needed}${have > need ? ` (${amount(difference(have, need), u)} to spare)` : ""}`
    : `you have ${has}, ${amount(difference(need, have), u)} short of the ${needed}`;
  return yesNo ? `${enough ? "Yes" : "No"}: ${body}.` : `${body.charAt(0).toUpperCase()}${body.slice(1)}.`;
}

const CURRENCY: Record<string, string> = { gbp: "£", usd: "$", eur: "€" };

/**
 * "How much would 3 metres cost?" after {"price_per_metre_gbp": 28}: the price per unit times the
 * amount asked. "It's £28 per metre, so 3 metres would cost £84."
 */
export function perUnitCost(all: [string, Json][], question: string): string | null {
  const price = numbers(all).find(([k]) => /\b(?:price|cost|rate)\s+per\s+\w+/.test(words(k).join(" ")));
  if (!price) return null;
  const per = /\bper\s+(\w+)/.exec(words(price[0]).join(" "))?.[1];
  if (!per) return null;
  const stem = per.replace(/s$/, "").replace(/re$/, "r");
  const asked = new RegExp(
    `\\b(\\d+(?:\\.\\d+)?)\\s+(${stem}\\w*|${per}\\w*)\\b[^?]{0,30}\\b(?:cost|be|come to|set me back)\\b`,
    "i",
  ).exec(question);
  if (!asked) return null;
  const n = Number(asked[1]);
  const cur = CURRENCY[(unitOf(price[0]) ?? "").toLowerCase()] ?? "";
  const money = (x: number) => {
    const s = Number.isInteger(x) ? String(x) : x.toFixed(2);
    return cur ? `${cur}${s}` : s;
  };
  return `It's ${money(price[1])} per ${per}, so ${n} ${asked[2]} would cost ${money(price[1] * n)}.`;
}
