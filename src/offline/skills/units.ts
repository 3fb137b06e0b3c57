/**
 * Unit and temperature conversions: the quantity and the target unit are read from the message,
 * js-quantities converts (its tables hold exact definitions: a mile is 1,609.344 m, a US gallon
 * 3.785411784 L, temperatures with their offsets). Loaded on the first conversion asked, so the
 * model starts as fast as before.
 */
import { createRequire } from "node:module";
import { digitsForWords, formatNumber } from "../language/numbers";
import { registerSolver, type Solved, phrased, solveParts } from "./computed";
import type { Skill } from "./skill";

/** What the skill uses of js-quantities (its own typings are a separate package). */
interface Quantity {
  to(unit: string): Quantity;
  scalar: number;
  kind(): string;
}
type QtyFactory = (text: string) => Quantity;

let qty: QtyFactory | undefined;
function Qty(text: string): Quantity {
  qty ??= createRequire(import.meta.url)("js-quantities") as QtyFactory;
  return qty(text);
}

/**
 * The light-year as the IAU defines it (a Julian year of 365.25 days at c, Resolution B2 of 2012 and
 * the IAU style manual): js-quantities still holds an older 9.460528e15 m, 200 million km short.
 */
const LIGHT_YEAR_M = 9_460_730_472_580_800;

interface Unit {
  /** The unit as js-quantities reads it. */
  qty: string;
  /** Names to write: one, many. */
  one: string;
  many: string;
  /** Temperatures are written with their symbol: 37.78 °C. */
  symbol?: string;
}

const u = (qtyName: string, one: string, many = `${one}s`, symbol?: string): Unit => ({
  qty: qtyName,
  one,
  many,
  symbol,
});

/** How people write units, longest first when matched; each with the unit it means. */
const ALIASES: [string, Unit][] = [];
function add(unit: Unit, ...names: string[]) {
  for (const n of names) ALIASES.push([n, unit]);
}
// length
add(u("mm", "millimetre"), "millimeters", "millimeter", "millimetres", "millimetre", "mm");
add(u("cm", "centimetre"), "centimeters", "centimeter", "centimetres", "centimetre", "cm", "cms");
add(u("m", "metre"), "meters", "meter", "metres", "metre", "m");
add(u("km", "kilometre"), "kilometers", "kilometer", "kilometres", "kilometre", "km", "kms");
add(u("in", "inch", "inches"), "inches", "inch", "in", '"', "″");
add(u("ft", "foot", "feet"), "feet", "foot", "ft", "'", "′");
add(u("yd", "yard"), "yards", "yard", "yd", "yds");
add(u("mi", "mile"), "miles", "mile", "mi");
add(u("nmi", "nautical mile"), "nautical miles", "nautical mile", "nmi");
add(u("ly", "light-year"), "light years", "light-years", "light year", "light-year");
// mass
add(u("mg", "milligram"), "milligrams", "milligram", "mg");
add(u("g", "gram"), "grams", "gram", "grammes", "gramme", "g", "gr");
add(u("kg", "kilogram"), "kilograms", "kilogram", "kilogrammes", "kilos", "kilo", "kg", "kgs");
add(u("oz", "ounce"), "ounces", "ounce", "oz");
add(u("lb", "pound"), "pounds", "pound", "lbs", "lb");
add(u("stone", "stone", "stone"), "stones", "stone", "st");
add(u("tn", "short ton"), "short tons", "short ton", "tons", "ton");
add(u("t", "tonne"), "metric tons", "metric ton", "tonnes", "tonne");
// volume
add(u("ml", "millilitre"), "milliliters", "milliliter", "millilitres", "millilitre", "ml", "mls");
add(u("cl", "centilitre"), "centiliters", "centilitre", "centilitres", "centiliter", "cl");
add(u("l", "litre"), "liters", "liter", "litres", "litre", "l", "ltr");
add(u("gal", "US gallon"), "us gallons", "us gallon", "gallons", "gallon", "gal");
add(u("galimp", "imperial gallon"), "imperial gallons", "imperial gallon", "uk gallons", "uk gallon");
// A UK pint is 568.26125 ml (Weights and Measures Act 1985, sched. 1); js-quantities calls it pint-imp.
add(
  u("pint-imp", "UK pint"),
  "imperial pints",
  "imperial pint",
  "uk pints",
  "uk pint",
  "british pints",
  "british pint",
);
add(u("pint", "US pint"), "us pints", "us pint", "pints", "pint");
add(u("qt", "quart"), "quarts", "quart", "qt");
add(u("cup", "cup"), "cups", "cup");
add(u("tbsp", "tablespoon"), "tablespoons", "tablespoon", "tbsp", "tbs");
add(u("tsp", "teaspoon"), "teaspoons", "teaspoon", "tsp");
add(u("floz", "fluid ounce"), "fluid ounces", "fluid ounce", "fl oz", "fl. oz", "fl.oz");
// temperature
add(
  u("tempC", "degree Celsius", "degrees Celsius", "°C"),
  "degrees celsius",
  "degree celsius",
  "degrees centigrade",
  "celsius",
  "centigrade",
  "°c",
  "ºc",
  "c",
);
add(
  u("tempF", "degree Fahrenheit", "degrees Fahrenheit", "°F"),
  "degrees fahrenheit",
  "degree fahrenheit",
  "fahrenheit",
  "°f",
  "ºf",
  "f",
);
add(u("tempK", "kelvin", "kelvin", "K"), "degrees kelvin", "kelvins", "kelvin", "°k");
// time
add(u("ms", "millisecond"), "milliseconds", "millisecond", "ms");
add(u("s", "second"), "seconds", "second", "secs", "sec", "s");
add(u("min", "minute"), "minutes", "minute", "mins", "min");
add(u("h", "hour"), "hours", "hour", "hrs", "hr", "h");
add(u("day", "day"), "days", "day");
add(u("week", "week"), "weeks", "week", "wks");
add(u("fortnight", "fortnight"), "fortnights", "fortnight");
add(u("year", "year"), "years", "year", "yrs");
add(u("leapyear", "leap year"), "leap years", "leap year");
add(u("decade", "decade"), "decades", "decade");
add(u("century", "century", "centuries"), "centuries", "century");
// speed
add(u("mph", "mile per hour", "miles per hour", "mph"), "miles per hour", "miles an hour", "mph");
add(
  u("kph", "kilometre per hour", "kilometres per hour", "km/h"),
  "kilometers per hour",
  "kilometres per hour",
  "kilometers an hour",
  "kilometres an hour",
  "km/h",
  "kmh",
  "kph",
);
add(u("m/s", "metre per second", "metres per second", "m/s"), "meters per second", "metres per second", "m/s");
add(u("knot", "knot"), "knots", "knot", "kn", "kt");
// area
add(u("ft^2", "square foot", "square feet"), "square feet", "square foot", "sq ft", "sqft", "ft²", "ft2");
add(u("m^2", "square metre"), "square meters", "square metres", "square meter", "square metre", "sq m", "m²", "m2");
add(
  u("km^2", "square kilometre"),
  "square kilometers",
  "square kilometres",
  "square kilometer",
  "square kilometre",
  "sq km",
  "km²",
  "km2",
);
add(u("mi^2", "square mile"), "square miles", "square mile", "sq mi");
add(u("acre", "acre"), "acres", "acre");
add(u("hectare", "hectare"), "hectares", "hectare", "ha");
// data (decimal prefixes, as drives are sold)
add(u("bit", "bit"), "bits", "bit");
add(u("byte", "byte"), "bytes", "byte");
add(u("kB", "kilobyte"), "kilobytes", "kilobyte", "kb");
add(u("MB", "megabyte"), "megabytes", "megabyte", "mb");
add(u("GB", "gigabyte"), "gigabytes", "gigabyte", "gb");
add(u("TB", "terabyte"), "terabytes", "terabyte", "tb");
// energy, power, pressure
add(u("kcal", "calorie"), "kilocalories", "kilocalorie", "calories", "calorie", "kcal", "cal");
add(u("kJ", "kilojoule"), "kilojoules", "kilojoule", "kj");
add(u("J", "joule"), "joules", "joule", "j");
add(u("kWh", "kilowatt-hour"), "kilowatt hours", "kilowatt-hours", "kilowatt hour", "kilowatt-hour", "kwh");
add(u("hp", "horsepower", "horsepower"), "horsepower", "hp");
add(u("kW", "kilowatt"), "kilowatts", "kilowatt", "kw");
add(u("W", "watt"), "watts", "watt", "w");
add(u("psi", "psi", "psi"), "psi");
add(u("bar", "bar", "bar"), "bars", "bar");
add(u("atm", "atmosphere"), "atmospheres", "atmosphere", "atm");
add(u("kPa", "kilopascal"), "kilopascals", "kilopascal", "kpa");

const BY_NAME = new Map(ALIASES);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const UNIT_NAMES = [...BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");
/** A unit name, whole: not the "m" of "make". */
const UNIT = `(${UNIT_NAMES}|degrees?)(?![\\p{L}\\d])`;
const NUMBER = String.raw`(-?\d+(?:\.\d+)?|an?|one)`;
/** "5 miles", "25°C", "a day": a number, then a unit. */
const QUANTITY = `${NUMBER}\\s*(?:(?:degrees?|deg)(?!\\p{L})\\s*)?${UNIT}`;

const PATTERNS: { re: RegExp; order: "quantity-first" | "target-first" }[] = [
  // "Convert 3.5 kg to pounds", "What is 25°C in Fahrenheit?", "5 miles in km"
  {
    re: new RegExp(
      `${QUANTITY}\\s+(?:to|in|into|in terms of|as|=|equals?|expressed in)\\s+(?:the\\s+)?(?:degrees?\\s+)?${UNIT}`,
      "iu",
    ),
    order: "quantity-first",
  },
  // "How many centimeters are in 6 feet?", "how many seconds in a day"
  {
    re: new RegExp(
      `how many\\s+(?:degrees?\\s+)?${UNIT}\\s+(?:are\\s+|is\\s+)?(?:there\\s+)?(?:in|to|make(?:s)?(?: up)?|equals?|per|is|are)\\s+(?:an?\\s+)?${QUANTITY}`,
      "iu",
    ),
    order: "target-first",
  },
  // "How many kilometers is 5 miles?"
  {
    re: new RegExp(`how many\\s+${UNIT}\\s+(?:is|are|equals?|make)\\s+${QUANTITY}`, "iu"),
    order: "target-first",
  },
  // "5 miles is how many km"
  {
    re: new RegExp(`${QUANTITY}\\s+(?:is|are|equals?)\\s+how many\\s+${UNIT}`, "iu"),
    order: "quantity-first",
  },
];

const TEMPS = new Set(["tempC", "tempF", "tempK"]);

/** A bare "degrees" means the scale the question is not converting to. */
function unitFor(name: string, other?: Unit): Unit | undefined {
  const key = name.toLowerCase();
  if (/^degrees?$/.test(key)) {
    if (!other || !TEMPS.has(other.qty)) return undefined;
    return BY_NAME.get(other.qty === "tempC" ? "fahrenheit" : "celsius");
  }
  return BY_NAME.get(key);
}

const FRACTION_WORDS: [RegExp, number][] = [
  [/\b(?:a\s+)?half\s+(?:of\s+)?an?\b/gi, 0.5],
  [/\bthree[- ]quarters?\s+(?:of\s+)?(?:an?\s+)?/gi, 0.75],
  [/\b(?:a|one)[- ]quarter\s+(?:of\s+)?(?:an?\s+)?/gi, 0.25],
  [/\b(?:a|one)[- ]third\s+(?:of\s+)?(?:an?\s+)?/gi, 1 / 3],
  [/\btwo[- ]thirds\s+(?:of\s+)?(?:an?\s+)?/gi, 2 / 3],
];

/** "3/4 of a cup", "1 1/2 cups", "half a cup": the amount as a number before its unit. */
function withFractions(text: string): string {
  let t = text
    .replace(/\b(\d+)\s+(\d+)\s*\/\s*(\d+)\s+(?=\p{L})/gu, (m, w: string, a: string, b: string) =>
      Number(b) ? `${Number(w) + Number(a) / Number(b)} ` : m,
    )
    .replace(/\b(\d+)\s*\/\s*(\d+)\s+(?:of\s+)?(?:an?\s+)?(?=\p{L})/gu, (m, a: string, b: string) =>
      Number(b) ? `${Number(a) / Number(b)} ` : m,
    )
    .replace(/([\d.]+)\s+and\s+a\s+half\s+(?=\p{L})/gu, (_m, n: string) => `${Number(n) + 0.5} `)
    .replace(
      /\b(\d+)[- ](quarter|third)s?\s+(?:of\s+)?(?:an?\s+)?(?=\p{L})/gu,
      (_m, n: string, part: string) => `${Number(n) / (part === "quarter" ? 4 : 3)} `,
    );
  for (const [re, n] of FRACTION_WORDS) t = t.replace(re, `${n} `);
  return t;
}

/** "1st", "22nd", "13th" are ordinals; "11st" (eleven stone) is not. */
function isOrdinal(word: string): boolean {
  const n = Number.parseInt(word, 10);
  const suffix = word.slice(String(n).length).toLowerCase();
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const expected = teen ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return suffix === expected;
}

function read(message: string): { amount: number; from: Unit; to: Unit; question: "how-many" | "convert" } | null {
  const t = withFractions(digitsForWords(message))
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    // "the 1st of March" is a date, not 1 stone ("11st", no ordinal, still is).
    .replace(/\b\d+(?:st|nd|rd|th)\b/gi, (m) => (isOrdinal(m) ? "(date)" : m))
    .replace(/[’‘]/g, "'")
    // "373 K in Celsius": a capital K beside a temperature scale is kelvin, not a thousand.
    .replace(/\b(\d+(?:\.\d+)?)\s*K\b(?=[^.?!]*\b(?:celsius|fahrenheit|centigrade|°c|°f)\b)/gi, (m, k: string) =>
      /K/.test(m) ? `${k} kelvin` : m,
    )
    // "5 foot 10", "5 ft 10 in", 5'10": a height in feet and inches is so many inches.
    .replace(
      /\b(\d{1,2})\s*(?:foot|feet|ft|')\s*(\d{1,2}(?:\.\d+)?)\s*(?:inches|inch|"|in(?=\s+(?:to|in|into|as)\b))?(?=\s|$|[?.!,])/gi,
      (_m, f: string, i: string) => `${Number(f) * 12 + Number(i)} inches`,
    )
    // "11 stone 4", "11 st 4 lb": a weight in stones and pounds is so many pounds.
    .replace(
      /\b(\d{1,2})\s*(?:stones?|st)\s*(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:pounds?|lbs?|lb)?(?=\s|$|[?.!,])/gi,
      (_m, st: string, lb: string) => `${Number(st) * 14 + Number(lb)} pounds`,
    )
    // "7 lb 8 oz", "7 pounds and 8 ounces": a weight in pounds and ounces is so many pounds.
    .replace(
      /\b(\d{1,3})\s*(?:pounds?|lbs?)\s*(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:ounces?|oz)\b/gi,
      (_m, lb: string, oz: string) => `${Number(lb) + Number(oz) / 16} pounds`,
    )
    // "2 hours 30 minutes", "3 minutes and 20 seconds": one amount in the smaller unit.
    .replace(
      /\b(\d{1,4})\s*(?:hours?|hrs?)\s*(?:and\s+)?(\d{1,2})\s*(?:minutes?|mins?)\b/gi,
      (_m, h: string, m: string) => `${Number(h) * 60 + Number(m)} minutes`,
    )
    .replace(
      /\b(\d{1,4})\s*(?:minutes?|mins?)\s*(?:and\s+)?(\d{1,2})\s*(?:seconds?|secs?)\b/gi,
      (_m, m: string, sec: string) => `${Number(m) * 60 + Number(sec)} seconds`,
    );
  const stated = statedQuantity(t);
  if (stated) return stated;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(t);
    if (!m) continue;
    const [rawAmount, fromName, toName] = order === "quantity-first" ? [m[1], m[2], m[3]] : [m[2], m[3], m[1]];
    const amount = /^(an?|one)$/i.test(rawAmount) ? 1 : Number(rawAmount);
    // A single-letter unit is only read right after its number ("5 m", "25C"), never as a word.
    const to0 = BY_NAME.get(toName.toLowerCase());
    const from = unitFor(fromName, to0);
    const to = unitFor(toName, from);
    if (!from || !to || !Number.isFinite(amount)) continue;
    if (/^[a-z]$/i.test(toName) && !TEMPS.has(to.qty)) continue;
    if (/^(f|c)$/i.test(fromName) && !TEMPS.has(to.qty)) continue;
    return { amount, from, to, question: order === "target-first" ? "how-many" : "convert" };
  }
  return null;
}

/** Every "number unit" the text states, with the units read. */
function quantitiesIn(t: string): { amount: number; unit: Unit; name: string }[] {
  const out: { amount: number; unit: Unit; name: string }[] = [];
  for (const m of t.matchAll(new RegExp(QUANTITY, "giu"))) {
    if (/^(an?|one)$/i.test(m[1])) continue;
    const unit = BY_NAME.get(m[2].toLowerCase());
    if (unit && !(/^[a-z]$/i.test(m[2]) && !TEMPS.has(unit.qty))) out.push({ amount: Number(m[1]), unit, name: m[2] });
  }
  return out;
}

/**
 * "I'm driving in France and the sign says 100 km/h. What's that in miles per hour?", "My recipe
 * says 180°C but my oven only shows Fahrenheit": one quantity stated, the unit wanted asked of "that"
 * or named as what a device shows. Null unless both are plain.
 */
function statedQuantity(text: string): { amount: number; from: Unit; to: Unit; question: "convert" } | null {
  // "I ran a 10K": a race distance in kilometres.
  const t = /\b(?:ran|run|running|race|raced|jog)\b/i.test(text)
    ? text.replace(
        /\b(?:a|the|my|our|his|her)\s+(?:first|next|last|own|fastest|best)?\s*(\d{1,3})\s*k\b(?!\w)/gi,
        (_m, n: string) => `a ${n} km`,
      )
    : text;
  const wanted =
    new RegExp(`\\b(?:that|it|this)\\s+(?:in|to|into)\\s+(?:degrees?\\s+)?${UNIT}`, "iu").exec(t) ??
    new RegExp(`how many\\s+${UNIT}\\s+(?:is|are|would be|does that make)\\s+(?:that|it|this)\\b`, "iu").exec(t) ??
    (/\b(?:what|which)\s+(?:should|do|would|must)\s+i\s+(?:set|put|turn)\b|\bwhat (?:temperature|setting)\b/i.test(t)
      ? new RegExp(
          `\\b(?:shows?|reads?|uses?|is in|is|works in|has|only does|goes by|set in)\\s+(?:only\\s+)?(?:degrees\\s+)?${UNIT}`,
          "iu",
        ).exec(t)
      : null);
  if (!wanted) return null;
  const found = quantitiesIn(t.replace(wanted[0], " "));
  if (found.length !== 1) return null;
  const to = unitFor(wanted[1], found[0].unit);
  if (!to || to === found[0].unit) return null;
  return { amount: found[0].amount, from: found[0].unit, to, question: "convert" };
}

/**
 * "My suitcase weighs 23 kg and the airline limit is 50 lb. Am I over the limit?": the first
 * quantity in the second's unit, and which is more.
 */
function solveComparison(message: string): Solved | null {
  const t = digitsForWords(message).replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (
    !/\?/.test(t) ||
    !/\b(?:over|under|within|exceed\w*|too (?:heavy|long|big|much|fast|hot|cold)|more than|less than|heavier|lighter|faster|slower|longer|shorter|limit|allowed|allowance)\b/i.test(
      t,
    )
  )
    return null;
  const qs = quantitiesIn(t);
  if (qs.length !== 2 || qs[0].unit === qs[1].unit) return null;
  const [a, b] = qs;
  let value: number;
  try {
    const qa = Qty(`${a.amount} ${a.unit.qty}`);
    if (qa.kind() !== Qty(`1 ${b.unit.qty}`).kind() || TEMPS.has(a.unit.qty)) return null;
    value = qa.to(b.unit.qty).scalar;
  } catch {
    return null;
  }
  const n = (x: number) => formatNumber(x, 2);
  const src = quantity(a.amount, a.unit, formatNumber(a.amount));
  const conv = quantity(value, b.unit, n(value));
  const lim = quantity(b.amount, b.unit, formatNumber(b.amount));
  const gap = quantity(Math.abs(value - b.amount), b.unit, n(Math.abs(value - b.amount)));
  const limit = /\blimit|allowed|allowance|maximum|max\b/i.test(t);
  const over = value > b.amount;
  const verdict =
    value === b.amount
      ? `exactly ${lim}`
      : over
        ? `${gap} more than ${lim}${limit ? ", so yes, that is over the limit" : ""}`
        : `${gap} less than ${lim}${limit ? ", so no, that is within the limit" : ""}`;
  return {
    value: n(value),
    texts: phrased([
      [`${src} is about ${conv}: ${verdict}.`, 0.6],
      [
        `${over && limit ? "Yes" : !over && limit ? "No" : cap(src)}${limit ? `: ${src} is about ${conv}, ${verdict.replace(/, so (?:yes|no), that is/, ", which is")}.` : ` is about ${conv}, ${verdict}.`}`,
        0.4,
      ],
    ]),
  };
}

/**
 * "How many hours are in a year?" asks of a calendar year, 365 days (js-quantities' year is the
 * mean Gregorian 365.2425, which no one counts hours by); a leap year is 366.
 */
const CALENDAR_DAYS: Record<string, number> = { year: 365, leapyear: 366 };
const inDays = (unit: Unit) => CALENDAR_DAYS[unit.qty] ?? 1;
const qtyOf = (unit: Unit) => (CALENDAR_DAYS[unit.qty] ? "day" : unit.qty);

function name(unit: Unit, amount: number): string {
  if (unit.symbol && TEMPS.has(unit.qty)) return unit.symbol;
  return Math.abs(amount) === 1 ? unit.one : unit.many;
}

/** "37.78 °C", "8.05 kilometres": a temperature keeps its symbol, other units their names. */
function quantity(amount: number, unit: Unit, text: string): string {
  return TEMPS.has(unit.qty) ? `${text} ${unit.symbol}` : `${text} ${name(unit, amount)}`;
}

/**
 * "How many grams is 2 cups, if a cup of flour is 120 g?": the user gives the rate between two kinds
 * of unit no table can (a cup of flour weighs what its flour weighs), so the answer uses theirs.
 */
const STATED_RATE = new RegExp(
  `\\b(?:(?:if|when|assuming|given that|since)\\s+)?(?:a|one|1)\\s+${UNIT}\\s+(?:of\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+)?(?:is|=|equals|weighs|holds|makes|comes to|is about|is roughly|is around)\\s+(?:about\\s+|roughly\\s+|around\\s+)?(\\d+(?:\\.\\d+)?)\\s*${UNIT}`,
  "iu",
);

function statedRate(message: string): { clause: string; from: Unit; per: number; to: Unit } | null {
  const m = STATED_RATE.exec(message);
  if (!m) return null;
  const from = BY_NAME.get(m[1].toLowerCase());
  const to = BY_NAME.get(m[3].toLowerCase());
  if (!from || !to || /^[a-z]$/i.test(m[1]) || TEMPS.has(from.qty) || TEMPS.has(to.qty)) return null;
  return { clause: m[0], from, per: Number(m[2]), to };
}

/** The amount in the wanted unit by the user's own rate, or undefined when the rate does not join the two. */
function byRate(
  amount: number,
  from: Unit,
  to: Unit,
  rate: NonNullable<ReturnType<typeof statedRate>>,
): number | undefined {
  try {
    const inRateUnits = Qty(`${amount} ${from.qty}`).to(rate.from.qty).scalar;
    return Qty(`${inRateUnits * rate.per} ${rate.to.qty}`).to(to.qty).scalar;
  } catch {
    return undefined;
  }
}

/** "3 cups of sugar. If 1 cup weighs 200 g, how many grams do I need?": the one amount, in the rate's units, asked in the other. */
function askedByRate(
  message: string,
  rate: NonNullable<ReturnType<typeof statedRate>>,
): { amount: number; from: Unit; to: Unit; question: "convert" } | null {
  const wanted = new RegExp(`how (?:many|much)\\s+${UNIT}`, "iu").exec(message);
  const to = wanted ? BY_NAME.get(wanted[1].toLowerCase()) : undefined;
  const found = quantitiesIn(digitsForWords(message.replace(rate.clause, " ")));
  if (!to || found.length !== 1 || found[0].unit !== rate.from) return null;
  return { amount: found[0].amount, from: found[0].unit, to, question: "convert" };
}

function solveConversion(message: string): Solved | null {
  const rate = statedRate(message);
  const asked = read(rate ? message.replace(rate.clause, " ") : message) ?? (rate ? askedByRate(message, rate) : null);
  if (!asked) return null;
  const { amount, from, to } = asked;
  const own = rate ? byRate(amount, from, to, rate) : undefined;
  if (rate && own !== undefined && Number.isFinite(own)) {
    const n = (x: number) => formatNumber(x, 2);
    const target = quantity(own, to, n(own));
    const source = quantity(amount, from, formatNumber(amount));
    const per = `${quantity(1, rate.from, "1")} = ${quantity(rate.per, rate.to, formatNumber(rate.per))}`;
    return {
      value: n(own),
      texts: phrased([
        [`${source} is ${target}, at ${per}.`, 0.6],
        [`At ${per}, ${source} makes ${target}.`, 0.4],
      ]),
    };
  }
  // American spelling in, American spelling out: "kilometers" is answered in kilometers.
  const us = /\b\w*(?:meter|liter)s?\b/i.test(message);
  const spell = (text: string) => (us ? text.replace(/metre/g, "meter").replace(/litre/g, "liter") : text);
  const source = spell(quantity(amount, from, formatNumber(amount)));
  let value: number;
  try {
    const q = from.qty === "ly" ? Qty(`${amount * LIGHT_YEAR_M} m`) : Qty(`${amount * inDays(from)} ${qtyOf(from)}`);
    const target = Qty(`1 ${to.qty === "ly" ? "m" : qtyOf(to)}`);
    if (q.kind() !== target.kind()) {
      // Only a request to convert hears that the units do not match; "5 k in 30 min" asks nothing.
      if (!/\bconvert|\bhow many\b/i.test(message)) return null;
      const kinds = `${q.kind()} and ${target.kind()}`.replace(/_/g, " ");
      return {
        value: "n/a",
        texts: [
          {
            text: `${cap(from.many)} and ${to.many} measure different things (${kinds}), so ${source} can't be converted into ${to.many}.`,
            weight: 1,
          },
        ],
      };
    }
    value = to.qty === "ly" ? q.to("m").scalar / LIGHT_YEAR_M : q.to(qtyOf(to)).scalar / inDays(to);
  } catch {
    return null;
  }
  if (!Number.isFinite(value)) return null;
  if (TEMPS.has(to.qty) && to.qty === "tempK" && value < 0) return null;
  const decimals = Math.abs(value) >= 100 ? 2 : Math.abs(value) >= 0.01 ? 2 : 6;
  const text = formatNumber(value, decimals);
  // Float noise is far below 1e-13 of the value; a cut digit (12 significant kept) is above it.
  const rounded = Math.abs(Number(text.replace(/,/g, "")) - value) > 1e-13 * Math.max(1, Math.abs(value));
  const about = rounded ? "about " : "";
  let target = spell(quantity(value, to, text));
  const howMany = asked.question === "how-many";
  // JSON fields named for either unit get its amount: {"celsius": 30, "fahrenheit": 86}.
  const fields: Record<string, number> = {};
  for (const [unit, amountOf] of [
    [from, amount],
    [to, Number(value.toFixed(decimals))],
  ] as const)
    for (const key of fieldNames(unit)) fields[key] = amountOf;
  // "in feet and inches": a height is told as 5 feet 10.9 inches, not 5.91 feet.
  if (to.qty === "ft" && value > 0 && /\b(?:feet|foot|ft)\s+(?:and|&)\s+(?:inches|inch|in)\b/i.test(message)) {
    let feet = Math.floor(value);
    let inches = Number(((value - feet) * 12).toFixed(1));
    if (inches >= 12) {
      feet += 1;
      inches = 0;
    }
    const rest = Math.abs(feet * 12 + inches - value * 12) > 1e-6;
    target = `${feet === 1 ? "1 foot" : `${formatNumber(feet)} feet`} ${formatNumber(inches, 1)} ${inches === 1 ? "inch" : "inches"}`;
    return {
      value: target,
      fields,
      texts: phrased([
        [`${source} is ${rest ? "about " : ""}${target}.`, 0.5],
        [`That's ${rest ? "about " : ""}${target}.`, 0.5],
      ]),
    };
  }
  const frost = freezingVerdict(message, amount, from);
  return {
    value: text,
    fields,
    texts: phrased([
      [
        `${howMany ? `There are ${about}${target} in ${source}.` : `${source} is ${about}${target}.`}${frost ? ` ${frost}` : ""}`,
        0.45,
      ],
      [`${source} ${rounded ? "≈" : "="} ${target}.${frost ? ` ${frost}` : ""}`, 0.3],
      [`That's ${about}${target}.${frost ? ` ${frost}` : ""}`, 0.25],
    ]),
  };
}

/**
 * "14 °F: is that below freezing?": asked beside a temperature, whether it is under the point where
 * water freezes at sea level, 0 °C = 32 °F (the Celsius scale's definition point, BIPM SI brochure).
 */
function freezingVerdict(message: string, amount: number, from: Unit): string | null {
  if (!TEMPS.has(from.qty) || !/\b(?:freez\w*|frost\w*|below zero|above zero|ice)\b/i.test(message)) return null;
  let c: number;
  try {
    c = from.qty === "tempC" ? amount : Qty(`${amount} ${from.qty}`).to("tempC").scalar;
  } catch {
    return null;
  }
  if (Math.abs(c) < 1e-9) return "That's exactly freezing point: water freezes at 0 °C (32 °F).";
  return c < 0
    ? "Yes, that's below freezing: water freezes at 0 °C (32 °F)."
    : "No, that's above freezing: water freezes at 0 °C (32 °F).";
}

/** The names a JSON field may give a unit: "fahrenheit", "kilometers", "km". */
function fieldNames(unit: Unit): string[] {
  const temp = { tempC: "celsius", tempF: "fahrenheit", tempK: "kelvin" }[unit.qty];
  if (temp) return [temp];
  const names = [unit.one, unit.many, unit.qty].map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, ""));
  return [...new Set([...names, ...names.map((n) => n.replace(/metre/g, "meter").replace(/litre/g, "liter"))])];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Does 1 km equal 1,000 metres?": the left amount converted into the right's unit, then compared. */
function solveUnitCheck(message: string): Solved | null {
  const m =
    /^\s*(?:is|does|do|are)\s+(.{1,40}?)\s+(?:equals?(?:\s+to)?|the same as|as much as|=)\s+(?:exactly\s+)?(-?\d[\d,]*(?:\.\d+)?)\s*([\p{L}°][\p{L}° ]{0,20}?)\s*\?/iu.exec(
      message,
    );
  if (!m) return null;
  const converted = solveConversion(`Convert ${m[1]} to ${m[3]}`);
  if (!converted || converted.value === "n/a") return null;
  const got = Number(converted.value.replace(/,/g, ""));
  const said = Number(m[2].replace(/,/g, ""));
  if (!Number.isFinite(got)) return null;
  const yes = Math.abs(got - said) <= 1e-9 * Math.max(1, Math.abs(said));
  const best = converted.texts.reduce((a, b) => (b.weight > a.weight ? b : a)).text;
  const word = yes ? "Yes" : "No";
  return { value: word, texts: phrased([[`${word}: ${best.charAt(0).toLowerCase()}${best.slice(1)}`, 1]]) };
}

/**
 * "Which is bigger, a kilometre or a mile?", "Is a pound heavier than a kilogram?": one of each
 * unit, side by side in the second's unit.
 */
function solveUnitSizes(message: string): Solved | null {
  const t = message.replace(/[’‘]/g, "'");
  const one = String.raw`(?:a|an|one)\s+${UNIT}`;
  const which = new RegExp(
    String.raw`\b(?:which|what)(?:'s| is)\s+(?:bigger|larger|longer|heavier|more|greater|smaller|shorter|lighter|less)\b[^?]{0,20}?\b${one}\s+or\s+${one}`,
    "iu",
  ).exec(t);
  const is = which
    ? null
    : new RegExp(
        String.raw`^\s*(?:is|are)\s+${one}\s+(?:bigger|larger|longer|heavier|more|greater|smaller|shorter|lighter|less)\s+than\s+${one}\s*\??\s*$`,
        "iu",
      ).exec(t);
  const m = which ?? is;
  if (!m) return null;
  const a = BY_NAME.get(m[1].toLowerCase());
  const b = BY_NAME.get(m[2].toLowerCase());
  if (!a || !b || a.qty === b.qty || TEMPS.has(a.qty) || TEMPS.has(b.qty)) return null;
  let value: number;
  try {
    const qa = Qty(`${inDays(a)} ${qtyOf(a)}`);
    if (qa.kind() !== Qty(`1 ${qtyOf(b)}`).kind()) return null;
    value = qa.to(qtyOf(b)).scalar / inDays(b);
  } catch {
    return null;
  }
  if (value === 1) return null;
  const kind = Qty(`1 ${qtyOf(a)}`).kind();
  const word = kind === "mass" ? ["heavier", "lighter"] : kind === "length" ? ["longer", "shorter"] : ["more", "less"];
  const [big, small] = value > 1 ? [a, b] : [b, a];
  const ratio = value > 1 ? value : 1 / value;
  const says = `One ${big.one} is about ${formatNumber(ratio, 2)} ${small.many}`;
  const lead = is
    ? `${value > 1 ? "Yes" : "No"}: a${/^[aeiou]/i.test(big.one) ? "n" : ""} ${big.one} is ${word[0]}.`
    : `A${/^[aeiou]/i.test(big.one) ? "n" : ""} ${big.one} is ${word[0]}.`;
  return { value: big.one, texts: phrased([[`${lead} ${says}.`, 1]]) };
}

registerSolver(solveConversion);
registerSolver(solveUnitCheck);

export const units: Skill = {
  name: "units",
  does: "unit and temperature conversions (length, mass, volume, time, speed, area, data), via js-quantities",
  reply(said) {
    if (said.summarizing) return null;
    const input = { ...said, lastUser: imperialThroughout(said.lastUser) };
    return (
      solveParts(
        input,
        (text) => solveUnitCheck(text) ?? solveComparison(text) ?? solveUnitSizes(text) ?? solveConversion(text),
      ) ?? solveParts(input, (text) => (text === input.lastUser ? thatIn(text) : null))
    );
  },
};

/**
 * "How many litres is 2 pints of milk? British pints": the message's "British" holds for every pint
 * (gallon, quart) it names, not only the one beside it.
 */
function imperialThroughout(message: string): string {
  const named = /\b(?:uk|british|imperial|english)\s+(pint|gallon|quart)s?\b/i.exec(message);
  if (!named || /\bus\s+(?:pint|gallon|quart)s?\b/i.test(message)) return message;
  return message.replace(
    new RegExp(`(\\d(?:[\\d.,]*\\d)?\\s*)(${named[1]}s?)\\b`, "gi"),
    (_m, n: string, unit: string) => `${n}imperial ${unit}`,
  );
}

/**
 * "We're cruising at 36,000 feet. A kid asked what that is in metres.", "200 g of butter. What's
 * that in ounces?": one amount said, and "that" asked in another unit a sentence later.
 */
function thatIn(message: string): Solved | null {
  const t = digitsForWords(message).replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (t.length > 400 || (t.match(/\d+(?:\.\d+)?/g) ?? []).length !== 1) return null;
  const to = new RegExp(
    `\\b(?:that|it|this)\\s+(?:is\\s+|would be\\s+|comes to\\s+)?(?:in|into|to|as)\\s+${UNIT}`,
    "iu",
  ).exec(t);
  const amount = new RegExp(`(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*(?:(?:degrees?|deg)(?!\\p{L})\\s*)?${UNIT}`, "iu").exec(
    t,
  );
  if (!to || !amount || amount.index > to.index) return null;
  // "How tall is that in feet and inches?": the second unit goes with the first.
  const and = /^\s*(?:and|&)\s+(?:inches|inch|in)\b/i.test(t.slice(to.index + to[0].length)) ? " and inches" : "";
  return solveConversion(`What is ${amount[1]} ${amount[2]} in ${to[1]}${and}?`);
}
