/**
 * After a tool result (a `tool` message answering the assistant's tool call), the answer to the
 * user's question in words: "It is 14 °C with light rain in Paris." The tool's JSON is read by
 * what its fields mean (temperature, conditions, place, price, currency, count, status, error),
 * whatever they are called; a field it cannot place is said as "its <field> is <value>".
 */
import type { ConversationTurn } from "../read/conversation";
import { expand, type Filled } from "../language/templates";
import type { Skill } from "./skill";
import { formatNumber } from "../language/numbers";
import { againstLimit, limitsIn, nowAndBefore, againstNeed, perUnitCost } from "./tool-compare";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** The template phrases this skill says, for the seam check. */
export const TOOL_RESULT_TEMPLATES: string[] = [];

function say(template: string, ...values: string[]): Filled[] {
  if (!TOOL_RESULT_TEMPLATES.includes(template)) TOOL_RESULT_TEMPLATES.push(template);
  let i = 0;
  return expand(template.replace(/\{\}/g, () => (values[i++] ?? "").replace(/[[\]|]/g, " ")));
}

/** A field's name in words: "temperature_c" -> "temperature c", "windSpeed" -> "wind speed". */
function spoken(key: string): string {
  if (/^[a-z]{2,3}$/i.test(key) && !/^(age|day|sky|fee|tax|way|top|due|low|max|min|end|new|old|won|out)$/i.test(key))
    return key.toUpperCase();
  return key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim()
    .replace(/\b(uv|id|url|eta|aqi|gps|vat|api)\b/g, (w) => w.toUpperCase());
}

/** The fields of an object (one level of nesting flattened: {"main": {"temp": 14}} gives "temp"). */
function fields(obj: { [k: string]: Json }, depth = 0): [string, Json][] {
  const out: [string, Json][] = [];
  for (const [k, v] of Object.entries(obj).slice(0, 40)) {
    if (v && typeof v === "object" && !Array.isArray(v) && depth < 2) out.push(...fields(v, depth + 1));
    else out.push([k, v]);
  }
  return out;
}

function scalar(v: Json): string | undefined {
  if (typeof v === "string") return v.trim() ? v.trim().slice(0, 200) : undefined;
  if (typeof v === "number" && Number.isFinite(v)) return String(Math.round(v * 100) / 100);
  if (typeof v === "boolean") return v ? "yes" : "no";
  return undefined;
}

function find(list: [string, Json][], re: RegExp): [string, string] | undefined {
  for (const [k, v] of list) {
    const s = scalar(v);
    if (s !== undefined && re.test(k)) return [k, s];
  }
  return undefined;
}

const CURRENCY: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };

/**
 * {"steps": 8432, "goal": 10000}: a count beside its goal is said against it, so "did I hit my
 * goal?" is answered (no: 1,568 short), not left to the reader as two numbers.
 */
function goalMet(all: [string, Json][], question: string): Filled[] | null {
  const goal = all.find(
    ([k, v]) => typeof v === "number" && /^(?:daily_?|weekly_?|monthly_?)?(?:goal|target|quota)s?$/i.test(k),
  );
  if (!goal) return null;
  const numbers = all.filter(
    ([k, v]) => typeof v === "number" && k !== goal[0] && !/(?:^|_)(?:id|year|date|day)$/i.test(k),
  );
  // The field the question names ("how many steps"), else the only other number.
  const asked = numbers.find(([k]) => new RegExp(`\\b${spoken(k).replace(/s$/, "")}`, "i").test(question));
  const done = asked ?? (numbers.length === 1 ? numbers[0] : undefined);
  if (!done) return null;
  const value = done[1] as number;
  const target = goal[1] as number;
  const what = spoken(done[0]);
  const when = find(all, /^(day|date|when|period)$/i)?.[1];
  const on = when ? (/^(today|yesterday|tomorrow)$/i.test(when) ? ` ${when.toLowerCase()}` : ` on ${when}`) : "";
  // Grouped from 1,000 here: "8,432 steps" reads as a count.
  const n = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });
  const yesNo =
    /\b(?:did|have|has|am|was|were|will)\s+(?:i|we|you|they|he|she)\b[^?]{0,40}\b(?:hit|reach|reached|meet|met|make|made|beat|achieve|achieved|get to|enough|on track)\b|\benough\b/i.test(
      question,
    );
  const gap =
    value >= target ? (value === target ? "exactly" : `${n(value - target)} over`) : `${n(target - value)} short of`;
  const body = `${n(value)} ${what}${on}, ${gap} your goal of ${n(target)}`;
  if (!yesNo) return say("[{}.|That's {}.]", cap(body), body);
  if (value >= target) return say("[Yes: {}.|Yes, you made it: {}.]", body, body);
  return say("[No: {}.|Not quite: {}.]", body, body);
}

const UP =
  /\b(?:heavier|bigger|larger|more|higher|up|increased?|gained|grown|grew|risen|rose|gone up|went up|longer|taller|warmer|faster)\b/i;
const DOWN =
  /\b(?:lighter|smaller|less|fewer|lower|down|decreased?|lost|shrunk|shrank|dropped|fallen|fell|gone down|went down|shorter|cooler|colder|slower)\b/i;

/**
 * {"weight_kg": 41.5, "change_since_last_week_kg": -1.2} and "Has it got lighter?": the change's sign
 * answers yes or no, and its size says by how much.
 */
function changeAnswer(all: [string, Json][], question: string): Filled[] | null {
  if (!/^\s*(?:has|have|did|is|are|was|were)\b/i.test(question)) return null;
  const up = UP.test(question);
  const down = DOWN.test(question);
  if (up === down) return null;
  const change = all.find(
    ([k, v]) => typeof v === "number" && /(?:^|_)(?:change|delta|diff|difference)(?:_|$)/i.test(k),
  );
  if (!change) return null;
  const value = change[1] as number;
  const unit = /_(kg|g|lb|cm|m|km|mm|c|f|percent|pct)$/i.exec(change[0])?.[1];
  const amount = `${Math.abs(value)}${unit ? (/^(?:c|f)$/i.test(unit) ? ` °${unit.toUpperCase()}` : /^(?:percent|pct)$/i.test(unit) ? "%" : ` ${unit}`) : ""}`;
  const word = (down ? DOWN : UP).exec(question)?.[0].toLowerCase() ?? (down ? "down" : "up");
  const since = /since ([a-z ]+?)(?: (?:kg|g|lb|cm|m|km|mm|c|f|percent|pct))?$/i.exec(spoken(change[0]))?.[1];
  const when = since ? ` since ${since}` : "";
  if (value === 0) return say("[No: it has not changed{}.|No, there is no change{}.]", when, when);
  const yes = down ? value < 0 : value > 0;
  const dir = value < 0 ? "down" : "up";
  return yes
    ? say("[Yes: {} by {}{}.|Yes, {} {}{}.]", word, amount, when, dir, amount, when)
    : say("[No: it went {} by {}{}.|No, it is {} {}{}.]", dir, amount, when, dir, amount, when);
}

const QTY_KEY =
  /^(?:qty|quantity|count|units|sold|ordered|pieces|portions|number|amount)$|_(?:qty|quantity|count|sold|ordered)$/i;
const NAME_KEY = /^(?:item|name|product|title|show|dish|description|what|label|type|kind)$|_name$/i;
/** "How many orders?" counts the rows; "how many gozleme?" adds up their quantities. */
const ROWS =
  /^(?:orders?|entries|entry|rows?|lines?|records?|results?|bookings?|transactions?|types?|kinds?|sorts?|different|customers?|people)$/i;
const GENERIC = /^(?:items?|things?|units?|pieces?|portions?)$/i;
const QUESTION_STOP =
  /^(?:how|many|much|have|has|had|been|were|was|are|is|the|did|does|do|we|our|you|they|today|yesterday|this|that|week|altogether|total|in|all|for|of|and|so|far|there|sold|ordered|order|get|got|made|with|from|at|on|to)$/i;

/**
 * {"orders": [{"item": "lamb gozleme", "qty": 14}, ...]} and "How many gozleme altogether?": the
 * quantities of the rows the question names, added up (14 + 9 = 23), not the number of rows.
 */
function listTotal(data: Json, question: string): Filled[] | null {
  const asked = /\bhow many\s+([a-z]+)/i.exec(question);
  if (!asked || ROWS.test(asked[1])) return null;
  const rows = (
    Array.isArray(data)
      ? data
      : data && typeof data === "object"
        ? (Object.values(data).find((v) => Array.isArray(v) && v.length > 0) ?? [])
        : []
  ) as Json[];
  if (rows.length < 2 || rows.length > 200 || !rows.every((r) => r && typeof r === "object" && !Array.isArray(r)))
    return null;
  const objs = rows as { [k: string]: Json }[];
  const qtyKey = Object.keys(objs[0]).find((k) => QTY_KEY.test(k) && objs.every((o) => typeof o[k] === "number"));
  const nameKey =
    Object.keys(objs[0]).find((k) => NAME_KEY.test(k) && objs.every((o) => typeof o[k] === "string")) ??
    Object.keys(objs[0]).find((k) => objs.every((o) => typeof o[k] === "string"));
  if (!qtyKey || !nameKey) return null;
  const words = (question.toLowerCase().match(/[\p{L}]{3,}/gu) ?? []).filter((w) => !QUESTION_STOP.test(w));
  // "pasties" names a "steak pasty", "boxes" a "box".
  const stem = (w: string) => w.replace(/ies$/, "y").replace(/(?<=(?:s|x|z|ch|sh))es$|(?<!s)s$/, "");
  const names = (o: { [k: string]: Json }) => String(o[nameKey]).toLowerCase();
  const named = words.filter((w) => objs.some((o) => names(o).includes(stem(w))));
  const totals = /\b(?:altogether|in total|total|in all|combined|between them|overall)\b/i.test(question);
  let picked: { [k: string]: Json }[];
  if (named.length) picked = objs.filter((o) => named.every((w) => names(o).includes(stem(w))));
  else if (totals && (GENERIC.test(asked[1]) || qtyKey.toLowerCase().includes(stem(asked[1].toLowerCase()))))
    picked = objs;
  else return null;
  if (!picked.length) return null;
  const sum = picked.reduce((a, o) => a + (o[qtyKey] as number), 0);
  const n = (x: number) => formatNumber(x, 2);
  const thing = asked[1];
  const parts = picked.map((o) => `${o[nameKey]} ${n(o[qtyKey] as number)}`);
  const how = picked.length > 1 ? `: ${list(parts)}` : ` (${parts[0]})`;
  const sumLine = picked.length > 1 ? ` (${picked.map((o) => n(o[qtyKey] as number)).join(" + ")} = ${n(sum)})` : "";
  return say(
    "[{} {} in total{}{}.|That's {} {} altogether{}{}.]",
    n(sum),
    thing,
    how,
    sumLine,
    n(sum),
    thing,
    how,
    sumLine,
  );
}

const TOTAL_ASKED = /\b(?:altogether|all together|in total|total|combined|in all|between them|together|overall)\b/i;

/**
 * {"ewes": 212, "lambs": 347} and "How many sheep altogether, ewes and lambs?": the numeric fields
 * the question names, added up (559), not the first of them said alone. Only when a total is asked
 * and two or more fields are named by their words.
 */
function fieldsTotal(all: [string, Json][], question: string): Filled[] | null {
  const asked = /\bhow (?:many|much)\s+([a-z]+)?/i.exec(question);
  if (!asked || !TOTAL_ASKED.test(question)) return null;
  const q = question.toLowerCase();
  const named = all.filter(
    ([k, v]) =>
      typeof v === "number" &&
      spoken(k)
        .toLowerCase()
        .split(" ")
        .every((w) => w.length >= 3 && new RegExp(`\\b${w.replace(/e?s$/, "")}`, "i").test(q)),
  ) as [string, number][];
  if (named.length < 2 || named.length > 8) return null;
  const sum = named.reduce((a, [, v]) => a + v, 0);
  const n = (x: number) => formatNumber(x, 2);
  const thing = asked[1] && !/^(?:are|is|do|does|did|have|has|in|of|there|we|i)$/i.test(asked[1]) ? ` ${asked[1]}` : "";
  const parts = named.map(([k, v]) => `${n(v)} ${spoken(k)}`);
  return say(
    "[{}{} altogether: {} ({}).|That's {}{} in total: {}.]",
    n(sum),
    thing,
    list(parts),
    `${named.map(([, v]) => n(v)).join(" + ")} = ${n(sum)}`,
    n(sum),
    thing,
    `${parts.join(" + ")} = ${n(sum)}`,
  );
}

/** What a JSON tool result says, as sentences: null when it holds nothing to say. */
function describe(data: Json, question: string, rules = ""): Filled[] | null {
  const summed = listTotal(data, question);
  if (summed) return summed;
  if (Array.isArray(data)) {
    if (!data.length)
      return say("[The tool found nothing for that.|The search came back empty: there were no results.]");
    const names = data
      .slice(0, 5)
      .map((x) => (x && typeof x === "object" && !Array.isArray(x) ? itemLine(x) : scalar(x)))
      .filter((x): x is string => !!x);
    const more = data.length > 5 ? ` and ${data.length - 5} more` : "";
    return say(
      "[I found {} {}: {}{}.|There are {} {}: {}{}.]",
      String(data.length),
      data.length === 1 ? "result" : "results",
      list(names),
      more,
      String(data.length),
      data.length === 1 ? "result" : "results",
      list(names),
      more,
    );
  }
  if (!data || typeof data !== "object") {
    const s = scalar(data as Json);
    return s ? say("[The answer is {}.|The tool says: {}.|It's {}.]", s, s, s) : null;
  }
  const all = fields(data);
  const added = fieldsTotal(all, question);
  if (added) return added;
  const moved = changeAnswer(all, question);
  if (moved) return moved;
  // A limit the system message sets ("no boats go out when the wind is over 20 knots") weighs the result too.
  const weighed =
    nowAndBefore(all, question) ??
    againstNeed(all, question) ??
    perUnitCost(all, question) ??
    againstLimit([...all, ...limitsIn(rules)], question);
  if (weighed) return say("{}", weighed);
  // {"results": [...]} or {"events": [...]} with little else: the list is the answer.
  const lists = Object.entries(data).filter(
    ([, v]) => Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === "object"),
  );
  if (lists.length === 1 && all.filter(([, v]) => scalar(v) !== undefined).length <= 2) {
    const items = (lists[0][1] as { [k: string]: Json }[]).slice(0, 5).map(itemLine);
    if (items.length === 1) return say("[{}.|I found one: {}.|There is one: {}.]", cap(items[0]), items[0], items[0]);
    return say(
      "[I found {}: {}.|There are {}: {}.]",
      String((lists[0][1] as Json[]).length),
      list(items),
      String((lists[0][1] as Json[]).length),
      list(items),
    );
  }
  const outcome = runOutcome(all, question);
  if (outcome) return outcome;
  const error =
    find(all, /^(error|error_?message|err|failure|fault)$/i) ??
    (/^(error|failed|failure)$/i.test(find(all, /^status$/i)?.[1] ?? "")
      ? (find(all, /^(message|detail|reason)$/i) ?? ["error", "unknown error"])
      : undefined);
  if (error)
    return say(
      "[The tool couldn't answer: {}.|I tried, but the tool reported an error: {}.|Sorry, that didn't work. The tool said: {}.]",
      error[1].replace(/[.!]+$/, ""),
      error[1].replace(/[.!]+$/, ""),
      error[1].replace(/[.!]+$/, ""),
    );
  const place = find(all, /^(city|location|place|name|town|region|area|country|where)$/i)?.[1] ?? placeIn(question);
  const temp = find(
    all,
    /^(temp|temperature|temp_?c|temp_?f|temperature_?(c|f|celsius|fahrenheit)|current_?temp(erature)?|degrees)$/i,
  );
  const condition = find(all, /^(condition|conditions|description|weather|summary|sky|forecast|status_text|text)$/i);
  // A forecast's "high_c", "tonight_low_c", "temp_min": the day's range, said as a high and a low.
  const rain = find(all, RAIN_CHANCE);
  const low = find(all, LOW_TEMP);
  const high = find(all, HIGH_TEMP);
  if (
    temp ||
    ((low || high || rain) &&
      (condition !== undefined || /_(c|f)$|temp/i.test(`${low?.[0]}${high?.[0]}`) || WEATHER_ASK.test(question))) ||
    (condition &&
      /weather|rain|sun|cloud|snow|wind|forecast|clear|freez|frost|fog|storm/i.test(`${question} ${condition[1]}`))
  ) {
    const unitField = find(all, /^(unit|units|temp_?unit)$/i)?.[1] ?? "";
    const inF = (key: string) => /(_f|fahrenheit)$/i.test(key) || /^f|fahrenheit|imperial/i.test(unitField);
    const f = [temp, low, high].some((x) => x && inF(x[0]));
    const deg = (x: [string, string]) => `${x[1]} °${inF(x[0]) ? "F" : "C"}`;
    const t = temp ? deg(temp) : "";
    const celsius = (x: [string, string] | undefined) =>
      x && Number.isFinite(Number(x[1])) ? (inF(x[0]) ? ((Number(x[1]) - 32) * 5) / 9 : Number(x[1])) : undefined;
    const coldest = celsius(low) ?? celsius(temp);
    const warmest = celsius(high) ?? celsius(temp);
    const when = /^(tonight|today|tomorrow|overnight)/i.exec(low?.[0] ?? high?.[0] ?? "")?.[1].toLowerCase();
    const range = [high ? `a high of ${deg(high)}` : "", low ? `a low of ${deg(low)}` : ""].filter(Boolean);
    if (!temp && range.length) {
      const c = condition?.[1].toLowerCase().replace(/\bsky$/, "skies");
      const where = place ? ` in ${place}` : "";
      const day = when ?? find(all, /^(day|date|when)$/i)?.[1];
      const head = `${where ? ` for ${place}` : ""}${day ? ` ${/^\d/.test(day) ? `on ${day}` : day}` : ""}`;
      const span = `${list([...range, ...(rain ? [`${/^(?:8|11|18)/.test(rain[1]) ? "an" : "a"} ${rain[1]} % chance of rain`] : [])])}${c ? `, ${c}` : ""}`;
      const extras: string[] = [];
      const wind = find(all, /^wind(_?speed)?(_?(kph|kmh|km_h|mph|ms))?$/i);
      if (wind)
        extras.push(`Wind ${wind[1]}${/mph/i.test(wind[0]) ? " mph" : /kph|kmh|km_h/i.test(wind[0]) ? " km/h" : ""}.`);
      const advice =
        freezeAnswer(question, coldest, "") ??
        rainAnswer(question, rain) ??
        weatherAdvice(question, coldest, false, c ?? "", warmest);
      const tail = extras.length ? ` ${extras.join(" ")}` : "";
      return say("{}[The forecast{}: {}.|Forecast{}: {}.]{}", advice ? `${advice} ` : "", head, span, head, span, tail);
    }
    const c = condition?.[1].toLowerCase();
    const where = place ? ` in ${place}` : "";
    const extras: string[] = [];
    const humidity = find(all, /^humidity(_?pct|_?percent)?$/i);
    if (humidity) extras.push(`humidity is ${humidity[1].replace(/%$/, "")} %`);
    const wind = find(all, /^wind(_?speed)?(_?(kph|kmh|km_h|mph|ms))?$/i);
    if (wind)
      extras.push(`wind ${wind[1]}${/mph/i.test(wind[0]) ? " mph" : /kph|kmh|km_h/i.test(wind[0]) ? " km/h" : ""}`);
    if (rain) extras.push(`the chance of rain is ${rain[1]} %`);
    const tail = extras.length ? ` ${cap(list(extras))}.` : "";
    const advice =
      freezeAnswer(question, coldest, t) ??
      rainAnswer(question, rain) ??
      weatherAdvice(question, temp ? Number(temp[1]) : undefined, f === true, c ?? "");
    // "14 °C with light rain", but "27 °C and sunny": a condition that is an adjective takes "and".
    const sky = c?.replace(/\bsky$/, "skies");
    const weather = t && sky ? `${t}${ADJECTIVE.test(sky) ? " and" : " with"} ${sky}` : t || sky || "";
    if (advice && weather)
      return say("{} [It is {}{}.|It's {}{} right now.]{}", advice, weather, where, weather, where, tail);
    if (t && c)
      return say(
        "[It is {}{}.|It's {}{} right now.|Right now{} it's {}.]{}",
        weather,
        where,
        weather,
        where,
        where ? `${where},` : "",
        weather,
        tail,
      );
    if (t)
      return say("[It is {}{}.|It's currently {}{}.|The temperature{} is {}.]{}", t, where, t, where, where, t, tail);
    return say("[{}{}: {}.|The weather{} is {}.]{}", cap(c ?? ""), where, "that's the latest", where, c ?? "", tail);
  }
  // "whats my K/D?", "my W/L ratio": two counts the question names by their first letters, divided.
  const pair = /\b([a-z])\s*\/\s*([a-z])\b/i.exec(question);
  if (pair) {
    const count = (letter: string) =>
      all
        .map(([k, v]) => [k, scalar(v) ?? ""] as [string, string])
        .filter(([k, v]) => k.toLowerCase().startsWith(letter.toLowerCase()) && /^-?\d+(?:\.\d+)?$/.test(v));
    const [top, bottom] = [count(pair[1]), count(pair[2])];
    if (top.length === 1 && bottom.length === 1 && Number(bottom[0][1]) !== 0) {
      const ratio = formatNumber(Number(top[0][1]) / Number(bottom[0][1]), 2);
      const name = `${pair[1].toUpperCase()}/${pair[2].toUpperCase()}`;
      const from = `${top[0][1]} ${spoken(top[0][0])} ÷ ${bottom[0][1]} ${spoken(bottom[0][0])}`;
      return say("[Your {} is {} ({}).|{}: {}, from {}.]", name, ratio, from, name, ratio, from);
    }
  }
  const reached = goalMet(all, question);
  if (reached) return reached;
  // A conversion ({amount, from, to, rate, converted}): the converted amount answers, not the one asked about.
  const converted = find(all, /^(converted(?:_?(?:amount|value))?|result|output_?amount)$/i);
  const to = find(all, /^(to|to_?currency|target|target_?currency|quote)$/i);
  if (converted && /^-?\d/.test(converted[1]) && to) {
    const from = find(all, /^(from|from_?currency|source|base|base_?currency)$/i)?.[1] ?? "";
    const given = find(all, /^(amount|value|input|original_?amount)$/i)?.[1];
    const rate = find(all, /^(rate|exchange_?rate)$/i)?.[1];
    const was = given ? `${given}${from ? ` ${from}` : ""}` : "It";
    const at = rate ? `, at a rate of ${rate}` : "";
    return say("[{} is {} {}{}.|{} comes to {} {}{}.]", was, converted[1], to[1], at, was, converted[1], to[1], at);
  }
  // {"value": 3.17, "unit": "US cups"}: a measured or converted amount, said with its unit.
  const measured = find(all, /^(value|result|converted|quantity|amount)$/i);
  const measureUnit = find(all, /^(unit|units)$/i);
  if (
    measured &&
    measureUnit &&
    /^-?\d/.test(measured[1]) &&
    !find(all, /^(currency|currency_?code|ccy)$/i) &&
    // {"item": "limes", "quantity": 0}: a stock count, said below with the thing it counts.
    !find(all, /^(item|product|name|title|ingredient)$/i) &&
    all.length <= 3
  )
    return say("[That's {} {}.|It comes to {} {}.]", measured[1], measureUnit[1], measured[1], measureUnit[1]);
  const run = testRun(all, question);
  if (run) return run;
  const currencyField = find(all, /^(currency|currency_?code|ccy)$/i);
  // "total", "amount", "value" are money only beside a currency or in a question about money.
  const price = find(all, /^(price|cost|amount|total|value|rate|fare|fee|last_?price|current_?price)$/i);
  const money =
    price &&
    (/^(price|cost|fare|fee|last_?price|current_?price)$/i.test(price[0]) ||
      currencyField !== undefined ||
      /\b(?:cost|costs|price|pay|paid|owe|owed|spend|spent|charge|bill|fee|how much|money|budget)\b|[$€£¥]/i.test(
        question,
      ));
  if (price && money && /^-?\d/.test(price[1])) {
    const currency = find(all, /^(currency|currency_?code|ccy|unit)$/i)?.[1] ?? "";
    const item = find(all, /^(symbol|ticker|item|product|name|title|sku|pair)$/i)?.[1];
    const amount = /^\d+\.\d$/.test(price[1]) ? `${price[1]}0` : price[1];
    const symbol = CURRENCY[currency.toUpperCase()];
    const money = symbol ? `${symbol}${amount}` : `${amount}${currency ? ` ${currency}` : ""}`;
    const verb = /^[A-Z]{1,5}$/.test(item ?? "") ? "is trading at" : "costs";
    const moved = priceMove(all, symbol ?? "");
    if (item && moved)
      return say("[{} {} {}, {}.|{} {} {} right now, {}.]", item, verb, money, moved, item, verb, money, moved);
    const more = restSaid(all, /^(currency|currency_?code|ccy|unit|symbol|ticker|item|product|name|title|sku|pair)$/i, [
      price[0],
    ]);
    if (more)
      return item
        ? say("[{} {} {}. {}|The {} of {} is {}. {}]", item, verb, money, more, spoken(price[0]), item, money, more)
        : say("[The {} is {}. {}|It comes to {}. {}]", spoken(price[0]), money, more, money, more);
    return item
      ? say(
          "[{} {} {}.|{} {} {} right now.|The {} of {} is {}.]",
          item,
          verb,
          money,
          item,
          verb,
          money,
          spoken(price[0]),
          item,
          money,
        )
      : say("[The {} is {}.|It comes to {}.]", spoken(price[0]), money, money);
  }
  // "how many unread emails" with {"unread": 23, "total": 1402}: the count the question names wins.
  const named = /\bhow many\b/i.test(question)
    ? all.find(
        ([k, v]) =>
          typeof v === "number" &&
          spoken(k)
            .toLowerCase()
            .split(" ")
            .every((w) => w.length >= 3 && new RegExp(`\\b${w.replace(/s$/, "")}`, "i").test(question)),
      )
    : undefined;
  const count =
    (named && ([named[0], String(named[1])] as [string, string])) ??
    find(
      all,
      /^(count|total|total_?count|results?_?count|number|n|hits|matches|quantity|stock|in_?stock|available)$/i,
    ) ??
    find(all, /^[a-z]+_(left|remaining)$/i);
  if (count && /^\d/.test(count[1])) {
    const subject =
      find(all, /^(item|items|product|name|title|kind|type|query|what|ingredient)$/i) ??
      (/^([a-z]+)_(left|remaining)$/i.test(count[0])
        ? (["what", count[0].replace(/_(left|remaining)$/i, "")] as [string, string])
        : undefined);
    const unit = find(all, /^(unit|units)$/i)?.[1];
    const what =
      subject?.[1] ??
      /\bhow many ([a-z]+(?: [a-z]+)?)\b/i.exec(question)?.[1].replace(/\s+(?:are|is|do|does|did|have|has)$/, "");
    const n = Number(count[1]);
    // "available": 1 beside "copies": 3 is one of three, said as such.
    const whole = /^(available|in_?stock)$/i.test(count[0])
      ? all.find(
          ([k, v]) =>
            typeof v === "number" && k !== count[0] && /^(copies|total|count|stock|units|capacity|seats)$/i.test(k),
        )
      : undefined;
    const yesNo = /^\s*(?:do|does|is|are|have|has|any)\b/i.test(question) && !/\bhow many\b/i.test(question);
    const answer = yesNo ? (n > 0 ? "Yes. " : "No. ") : "";
    const more = restSaid(all, /^$/, [count[0], subject?.[0] ?? "", unit ? "unit" : "", whole?.[0] ?? ""]);
    const tail = more ? ` ${more}` : "";
    // "any limes left?" with {"item": "limes", "quantity": 0}: the answer names the thing asked about.
    if (yesNo && subject && !whole) {
      const left = /\b(?:left|still|remaining|anymore|any more)\b/i.test(question) ? " left" : "";
      const of = unit && unit.toLowerCase() !== subject[1].toLowerCase() ? `${unit} of ` : "";
      if (n === 0)
        return say(
          "No, there {} no {}{} (0{}).{}",
          /s$/i.test(subject[1]) ? "are" : "is",
          subject[1],
          left,
          unit ? ` ${unit}` : "",
          tail,
        );
      return say("Yes, there {} {} {}{}{}.{}", n === 1 ? "is" : "are", count[1], of, subject[1], left, tail);
    }
    if (whole || unit || /^(available|in_?stock)$/i.test(count[0])) {
      const amount = whole
        ? `${count[1]} of ${whole[1]} ${/^(capacity|total|count)$/i.test(whole[0]) ? "places" : spoken(whole[0])} ${/^in_?stock$/i.test(count[0]) ? "in stock" : "available"}`
        : unit
          ? `${count[1]} ${unit}${what ? ` of ${what}` : ""}`
          : `${count[1]} ${spoken(count[0])}`;
      const named = what && !unit;
      const lead = cap(named ? `${what}: ${amount}` : amount);
      return say("{}[{}.|There are {}.]{}", answer, lead, named ? `${amount} of ${what}` : amount, tail);
    }
    return say(
      "{}[There are {}{}.|The count is {}{}.|I found {}{}.]{}",
      answer,
      count[1],
      what ? ` ${what}` : "",
      count[1],
      what ? ` for ${what}` : "",
      count[1],
      what ? ` ${what}` : "",
      tail,
    );
  }
  const flag = all.find(
    ([k, v]) =>
      typeof v === "boolean" &&
      /^(is_?|has_?|can_?)?(open|available|in_?stock|online|active|enabled|valid|free|busy|closed|delayed|cancel+ed|done|complete|completed|paid|shipped|delivered|overdue|late|expired|full|sold_?out|booked)$/i.test(
        k,
      ),
  );
  if (flag) {
    const subject =
      find(
        all,
        /^(name|title|place|venue|room|location|city|item|product|service|store|shop|flight|order_?id)$/i,
      )?.[1] ?? "It";
    const when = find(all, /^(day|date|when|time)$/i)?.[1];
    const word = spoken(flag[0].replace(/^(is|has|can)_?/i, ""));
    const yes = flag[1] === true;
    const state = word === "open" && !yes ? "closed" : `${yes ? "" : "not "}${word}`;
    const on = when ? (/^\d{1,2}:\d\d/.test(when) ? ` at ${when}` : ` on ${when}`) : "";
    const more = restSaid(
      all,
      /^(name|title|place|venue|room|location|city|item|product|service|store|shop|flight|order_?id|day|date|when|time)$/i,
      [flag[0]],
    );
    const tail = more ? ` ${more}` : "";
    // "Is the hall free on the 12th?" asks the flag itself: the reply opens with its yes or no.
    const asks = new RegExp(`\\b(?:${word}${/available/.test(word) ? "|free|open|bookable" : ""})\\b`, "i");
    const answer = /^\s*(?:is|are|was|were|can|has|have|did|does|do)\b/i.test(question) && asks.test(question);
    const lead = answer ? (yes ? "Yes. " : "No. ") : "";
    return say("{}[{} is {}{}.|{}: {}{}.]{}", lead, subject, state, on, subject, state, on, tail);
  }
  const status = find(all, /^(status|state|result|outcome)$/i);
  const sentence = describeLine(data);
  if (status) {
    const id = find(all, /^(order_?id|id|order|name|title|service|job|task|tracking_?number)$/i);
    const label = id
      ? `${/order/i.test(id[0]) ? "Order" : cap(spoken(id[0]).replace(/\s*id$/, "") || "Item")} ${id[1]}`
      : "It";
    const rest: { [k: string]: Json } = {};
    for (const [k, v] of all) if (k !== status[0] && k !== id?.[0]) rest[k] = v;
    const more = describeLine(rest);
    const tail = more ? `; ${more}` : "";
    // "out_for_delivery" is a code; the sentence says it in words.
    const state = /^[a-z]+(?:[_-][a-z]+)+$/i.test(status[1]) ? spoken(status[1]) : status[1].toLowerCase();
    return say("[{} is {}{}.|{}: {}{}.]", label, state, tail, label, state, tail);
  }
  if (!sentence) return null;
  return say("[Here is what I found: {}.|The tool says {}.|According to the tool, {}.]", sentence, sentence, sentence);
}

/** The low and high of a forecast, whatever the day in front: "tonight_low_c", "temp_min", "low". */
const LOW_TEMP =
  /^(?:(?:tonight|today|tomorrow|overnight|daily)_?)?(?:low|min|minimum)(?:_?temp(?:erature)?)?(?:_?(?:c|f|celsius|fahrenheit))?$|^temp(?:erature)?_?(?:low|min)(?:_?(?:c|f))?$/i;
const HIGH_TEMP =
  /^(?:(?:tonight|today|tomorrow|overnight|daily)_?)?(?:high|max|maximum)(?:_?temp(?:erature)?)?(?:_?(?:c|f|celsius|fahrenheit))?$|^temp(?:erature)?_?(?:high|max)(?:_?(?:c|f))?$/i;
const RAIN_CHANCE =
  /^(?:rain|precip\w*|pop|chance_?of_?rain|rain_?chance|rain_?probability)(?:_?(?:pct|percent|probability|chance))?$/i;

/** "Is it going to rain?": the chance of rain the forecast gives, said as likely or not. */
function rainAnswer(question: string, rain: [string, string] | undefined): string | undefined {
  if (!rain || !/\b(?:rain\w*|umbrella|wet|shower\w*|water the)\b/i.test(question)) return undefined;
  const chance = Number(rain[1]);
  if (!Number.isFinite(chance)) return undefined;
  if (chance >= 60) return `Yes, rain is likely (${chance} % chance).`;
  if (chance <= 30) return `Rain is unlikely (${chance} % chance).`;
  return `It might rain (${chance} % chance).`;
}

const WEATHER_ASK =
  /\b(?:weather|forecast|freez\w*|frost|cold|warm|hot|temperature|degrees|jacket|coat|umbrella|snow|rain)\b/i;

/**
 * "Will it freeze tonight?": yes at a low of 0 °C or below. From 0 to 2 °C (33-36 °F) frost can still
 * form on plants, which is when the US National Weather Service issues a frost advisory
 * (weather.gov/safety/cold-ww: "Frost Advisory ... minimum temperatures of 33 to 36 degrees").
 */
function freezeAnswer(question: string, coldest: number | undefined, said: string): string | undefined {
  if (coldest === undefined || !/\b(?:freez(?!er)\w*|frost\w*|below (?:zero|freezing)|ice over|icy)\b/i.test(question))
    return undefined;
  const cover = /\b(?:cover|protect|bring in|blanket)\b/i.test(question);
  const low = said ? ` (${said})` : "";
  // "Is there going to be a frost?" is answered in its own word, not only as "below freezing".
  const frost = /\bfrost/i.test(question);
  if (coldest <= 0)
    return `Yes, ${frost ? "expect a frost: " : ""}it should drop below freezing${low}${cover ? ", so cover the plants tonight" : ""}.`;
  if (coldest <= 2)
    return `It should stay just above freezing${low}, but frost can still form${cover ? ", so covering the plants is a good idea" : ""}.`;
  return `No${frost ? " frost is expected:" : ","} it should stay above freezing${low}${cover ? ", so the plants should be fine uncovered" : ""}.`;
}

/**
 * The fields a reply has not said yet, as one sentence ("The next free date is 2026-09-19."): a
 * result of a few fields is the answer whole, and a field left out may be the one asked about.
 */
function restSaid(all: [string, Json][], skip: RegExp, used: readonly string[]): string {
  const scalars = all.filter(([, v]) => scalar(v) !== undefined || Array.isArray(v));
  if (scalars.length > 7) return "";
  const rest: { [k: string]: Json } = {};
  for (const [k, v] of scalars) if (!used.includes(k) && !skip.test(k)) rest[k] = v;
  const line = describeLine(rest);
  return line ? `${cap(line)}.` : "";
}

/**
 * {"branch": "main", "status": "failed", "failed_tests": 2}: the tool worked and reports that the
 * build (or payment, deploy...) failed. That is the answer to "did it pass?", not a tool error; a
 * "passed" status answers it the other way.
 */
function runOutcome(all: [string, Json][], question: string): Filled[] | null {
  const status = find(all, /^(status|state|result|outcome|conclusion)$/i);
  const failed = /^(failed|failure|failing|broken|red|unsuccessful)$/i.test(status?.[1] ?? "");
  const passed = /^(passed|passing|success|succeeded|successful|green|completed|complete|done)$/i.test(
    status?.[1] ?? "",
  );
  if (!status || (!failed && !passed)) return null;
  if (find(all, /^(error|error_?message|err|fault)$/i)) return null;
  const others = all.filter(([k, v]) => scalar(v) !== undefined && !/^(status|message|detail|reason|cause)$/i.test(k));
  const asksOutcome =
    /\b(pass(?:ed)?|succeed(?:ed)?|success(?:ful)?|work(?:ed)?|go through|went through|fail(?:ed)?|green|broken|broke|ok|okay|finish(?:ed)?|done)\b/i;
  if (!asksOutcome.test(question) && (passed || !others.length)) return null;
  const things =
    /\b(build|deploy(?:ment)?|pipeline|job|tests?|run|payment|transfer|upload|backup|order|migration|release|sync|import|export)\b/i;
  const thing = (things.exec(question)?.[1] ?? things.exec(all.map(([k]) => k).join(" "))?.[1])?.toLowerCase();
  const branch = find(all, /^(branch|ref)$/i)?.[1];
  const subject = thing ? `the ${thing}${branch ? ` on ${branch}` : ""}` : "it";
  const countKey = /^(?:failed|failing)_(\w+)$/i;
  const counts = all
    .filter(([k, v]) => typeof v === "number" && countKey.test(k))
    .map(([k, v]) => `${v} ${countKey.exec(k)?.[1].toLowerCase().replace(/_/g, " ")} failed`);
  const reason = find(all, /^(reason|message|detail|cause)$/i)?.[1].replace(/[.!]+$/, "");
  const why = [...counts, ...(reason ? [reason] : [])];
  const used = [status[0], ...all.filter(([k]) => countKey.test(k)).map(([k]) => k)];
  const more = restSaid(all, /^(branch|ref|reason|message|detail|cause)$/i, used);
  const yesNo = /^\s*(?:did|does|do|is|are|was|were|has|have)\b/i.test(question);
  const asksFailure = /\b(fail(?:ed)?|broken|broke|red)\b/i.test(question);
  const lead = yesNo ? (failed === asksFailure ? "Yes, " : "No, ") : "";
  const verb = failed ? "failed" : /^(completed|complete|done)$/i.test(status[1]) ? "completed" : "passed";
  const head = `${lead}${lead ? subject : cap(subject)} ${verb}${why.length ? `: ${list(why)}` : ""}.`;
  return say("{}{}", head, more ? ` ${more}` : "");
}

/**
 * {"total": 240, "passed": 236, "failed": 4}: a run of tests or checks, said as how many failed and
 * which, so "did it pass?" is answered by the failures rather than the total.
 */
function testRun(all: [string, Json][], question: string): Filled[] | null {
  const num = (re: RegExp) => all.find(([k, v]) => typeof v === "number" && re.test(k)) as [string, number] | undefined;
  const passed = num(/^(passed|passes|passing|pass_?count|succeeded|successes)$/i);
  const failed = num(/^(failed|failures|failing|fail_?count|failed_?count)$/i);
  if (!passed || !failed) return null;
  const total = num(/^(total|count|tests|total_?tests|ran)$/i)?.[1] ?? passed[1] + failed[1];
  const namesField = all.find(
    ([k, v]) =>
      Array.isArray(v) && /^(failed|failing|failures)_?\w*$/i.test(k) && v.every((x) => typeof x === "string"),
  );
  const noun =
    /^(?:failed|failing|failures)_(\w+)$/i.exec(namesField?.[0] ?? "")?.[1].toLowerCase() ??
    /\b(tests|checks|jobs|cases|builds)\b/i.exec(question)?.[1].toLowerCase() ??
    "tests";
  const names = (namesField?.[1] as string[] | undefined)?.slice(0, 8) ?? [];
  const yesNo = /^\s*(?:did|does|do|is|are|was|were|has|have)\b/i.test(question);
  if (failed[1] === 0)
    return say(
      "{}[All {} {} passed.|All {} {} passed; none failed.]",
      yesNo ? "Yes. " : "",
      String(total),
      noun,
      String(total),
      noun,
    );
  const which = names.length ? ` (${list(names)})` : "";
  const body = `${failed[1]} of ${total} ${noun} failed${which}, and ${passed[1]} passed`;
  return say("{}[{}.|Not all passed: {}.]", yesNo ? "No. " : "", cap(body), body);
}

const ADJECTIVE =
  /^(?:(?:partly|mostly|very|quite|a bit|slightly)\s+)?(?:[a-z]+y|clear|overcast|fair|dry|hot|cold|mild|warm|cool|humid|freezing)$/;

/**
 * The advice a weather question asks for ("Should I take an umbrella?", "Do I need a jacket?", "What
 * should I wear?"), read from the conditions and the temperature; undefined when none is asked.
 */
function weatherAdvice(
  question: string,
  temp: number | undefined,
  fahrenheit: boolean,
  conditions: string,
  warmest?: number,
): string | undefined {
  const q = question.toLowerCase();
  if (
    !/\b(should|do i need|will i need|need to|good (?:day|time|idea|weather)|is it (?:a )?good|can i|ok(?:ay)? to|wear|bring|take|pack)\b/.test(
      q,
    )
  )
    return undefined;
  const celsius = temp === undefined ? undefined : fahrenheit ? ((temp - 32) * 5) / 9 : temp;
  const wet = /rain|drizzle|shower|storm|thunder/.test(conditions);
  const snow = /snow|sleet|ice|blizzard/.test(conditions);
  const sunny = /sun|clear/.test(conditions);
  const cold = celsius !== undefined && celsius < 10;
  const cool = celsius !== undefined && celsius < 18;
  const hot = (warmest ?? celsius) !== undefined && (warmest ?? (celsius as number)) >= 25;
  // "do I need a brolly?": British English for an umbrella.
  if (/umbrella|brolly|raincoat|rain jacket|wellies|rain boots/.test(q))
    return wet ? "Yes, take an umbrella." : "You shouldn't need an umbrella.";
  if (/jacket|coat|sweater|jumper|hoodie|warm/.test(q))
    return cold || snow
      ? "Yes, wear a warm coat."
      : cool || wet
        ? "Yes, a light jacket is a good idea."
        : "You can leave the jacket at home.";
  if (/shorts|t-?shirt|sunscreen|sunglasses|swim|beach/.test(q))
    return hot || sunny ? `Yes, ${hot ? "it's warm enough" : "it's sunny"}.` : "Probably not today.";
  if (/picnic|run|walk|bike|cycl|hike|outside|outdoors|barbecue|bbq/.test(q))
    return wet || snow
      ? "Not the best day for it."
      : cold
        ? "Yes, if you dress warmly."
        : "Yes, it's a fine day for it.";
  if (/wear|pack|bring|take/.test(q))
    return snow || cold
      ? "Wear a warm coat."
      : wet
        ? "Take an umbrella or a raincoat."
        : cool
          ? "A light jacket will do."
          : hot
            ? "Light clothes, and sunscreen if you're out long."
            : "Ordinary clothes will do.";
  return undefined;
}

/** A price's move, when the result gives one: "up 2.35 (1.25 %) today", "down 0.8 %". */
function priceMove(all: [string, Json][], symbol: string): string | undefined {
  const abs = all.find(
    ([k, v]) => typeof v === "number" && /^(change|delta|diff|day_?change|change_?today|net_?change)$/i.test(k),
  );
  const pct = all.find(
    ([k, v]) =>
      typeof v === "number" &&
      /^(change_?(pct|percent|percentage)|(pct|percent|percentage)_?change|change_?%|day_?change_?pct)$/i.test(k),
  );
  if (!abs && !pct) return undefined;
  const value = (abs?.[1] ?? pct?.[1]) as number;
  const way = value < 0 ? "down" : value > 0 ? "up" : "unchanged";
  if (way === "unchanged") return "unchanged today";
  const round = (x: number) => String(Math.round(Math.abs(x) * 100) / 100);
  const a = abs ? `${symbol}${symbol ? Math.abs(abs[1] as number).toFixed(2) : round(abs[1] as number)}` : "";
  const p = pct ? `${round(pct[1] as number)} %` : "";
  return `${way} ${a && p ? `${a} (${p})` : a || p} today`;
}

/** One item of a list: its name, then its times or other details ("Dentist from 15:30 to 16:00"). */
function itemLine(obj: { [k: string]: Json }): string {
  const all = fields(obj);
  const name = find(all, /^(name|title|label|summary|event|item|product|city|subject)$/i);
  const start = find(all, /^(start|starts?_?at|start_?time|from|begin|time)$/i);
  const end = find(all, /^(end|ends?_?at|end_?time|to|until)$/i);
  const details: string[] = [];
  if (start && end) details.push(`from ${start[1]} to ${end[1]}`);
  else if (start) details.push(`at ${start[1]}`);
  for (const [k, v] of all) {
    if (details.length >= 3) break;
    const s = scalar(v);
    if (s === undefined || k === name?.[0] || k === start?.[0] || k === end?.[0] || /^(id|uuid|url|href)$/i.test(k))
      continue;
    if (/_km$/i.test(k)) details.push(`${s} km away`);
    else if (/_mi(les)?$/i.test(k)) details.push(`${s} miles away`);
    else if (/^rating|stars$/i.test(k)) details.push(`rated ${s}`);
    else details.push(`${spoken(k)} ${s}`);
  }
  if (!name) return details.join(", ") || describeLine(obj);
  if (!details.length) return name[1];
  return start ? `${name[1]} ${details.join(", ")}` : `${name[1]} (${details.join(", ")})`;
}

/** A unit written into a field's name ("duration_minutes", "distance_km"), said after the value instead. */
const UNIT_SUFFIX =
  /[_-](minutes|mins|min|hours|hrs|h|seconds|secs|s|days|weeks|km|kms|miles|mi|m|cm|mm|kg|lbs|lb|pct|percent|c|f|usd|eur|gbp)$/i;
const UNITS: Record<string, string> = {
  minutes: " minutes",
  mins: " minutes",
  min: " minutes",
  hours: " hours",
  hrs: " hours",
  h: " hours",
  seconds: " seconds",
  secs: " seconds",
  s: " seconds",
  days: " days",
  weeks: " weeks",
  km: " km",
  kms: " km",
  miles: " miles",
  mi: " miles",
  m: " m",
  cm: " cm",
  mm: " mm",
  kg: " kg",
  lbs: " lb",
  lb: " lb",
  pct: " %",
  percent: " %",
  c: " °C",
  f: " °F",
  usd: " USD",
  eur: " EUR",
  gbp: " GBP",
};

/** One field as words: "the delivery is 6 days" for {"delivery_days": 6}, "the city is Paris". */
function fieldSaid(k: string, v: Json, s: string): string {
  const unit = UNIT_SUFFIX.exec(k);
  // {"items": 3} is "3 items", not "the items is 3".
  if (typeof v === "number" && !unit && /^[a-z]+[^s]s$/i.test(k)) return `${s} ${k.toLowerCase()}`;
  return unit && typeof v === "number"
    ? `the ${spoken(k.slice(0, unit.index))} is ${s}${UNITS[unit[1].toLowerCase()]}`
    : `the ${spoken(k)} is ${s}`;
}

/** An object said as "its temperature is 14, its city is Paris" (first fields, scalars only). */
function describeLine(obj: { [k: string]: Json }): string {
  const parts: string[] = [];
  for (const [k, v] of fields(obj)) {
    const s = scalar(v);
    if (s === undefined) {
      if (Array.isArray(v) && v.length) {
        const items = v
          .slice(0, 4)
          .map((x) => scalar(x as Json))
          .filter((x): x is string => !!x);
        if (items.length) parts.push(`the ${spoken(k)} are ${list(items)}`);
      }
      continue;
    }
    parts.push(fieldSaid(k, v, s));
    if (parts.length >= 5) break;
  }
  return list(parts);
}

function placeIn(question: string): string | undefined {
  return /\b(?:in|at|for)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/u.exec(question)?.[1];
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A field the question names that the reply has not said yet ("What's the UV index?" with a
 * "uv_index" field) is added to it: the user asked for it, and the tool gave it.
 */
function withAskedFields(replies: Filled[] | null, data: Json, question: string): Filled[] | null {
  if (!replies?.length || !data || typeof data !== "object" || Array.isArray(data)) return replies;
  const q = question.toLowerCase();
  const extra: string[] = [];
  for (const [k, v] of fields(data)) {
    const value = scalar(v);
    if (value === undefined || replies[0].text.includes(value)) continue;
    // A yes-or-no field the reply already said in words ("closed" for "open": false).
    if (typeof v === "boolean" && /^(?:yes|no)\b/i.test(replies[0].text)) continue;
    if (typeof v === "number" && replies[0].text.includes(v.toLocaleString("en-US"))) continue;
    const words = spoken(k)
      .toLowerCase()
      .split(" ")
      .filter((w) => w.length >= 3 && !/^(the|and|for|pct|num|val|value|data|info|current)$/.test(w));
    if (words.length && words.every((w) => q.includes(w.replace(/s$/, ""))))
      extra.push(`${cap(fieldSaid(k, v, value))}.`);
    if (extra.length >= 3) break;
  }
  if (!extra.length) return replies;
  return replies.map((f) => ({ ...f, text: `${f.text} ${extra.join(" ")}` }));
}

/** Replies to the turn after a tool result; null when the last message is not a tool result. */
export function toolResultReplies(turns: readonly ConversationTurn[]): Filled[] | null {
  const last = turns[turns.length - 1];
  if (last?.role !== "tool") return null;
  // Several calls answered in a row: every result since the user's question.
  let i = turns.length - 1;
  while (i > 0 && turns[i - 1].role === "tool") i--;
  const results = turns.slice(i).map((t) => t.text.trim());
  let question = "";
  for (let k = i - 1; k >= 0; k--)
    if (turns[k].role === "user") {
      question = turns[k].text;
      break;
    }
  const rules = turns
    .filter((t) => t.role === "system" || t.role === "developer")
    .map((t) => t.text)
    .join("\n");
  const replies = results.map((text) => {
    let data: Json | undefined;
    try {
      data = JSON.parse(text.slice(0, 100_000)) as Json;
    } catch {
      data = undefined;
    }
    if (data !== undefined) return withAskedFields(describe(data, question, rules), data, question);
    const plain = text
      .replace(/\s+/g, " ")
      .slice(0, 300)
      .replace(/[.!]+$/, "");
    return plain
      ? say("[The tool says: {}.|According to the tool: {}.|Here's the answer from the tool: {}.]", plain, plain, plain)
      : null;
  });
  const said = replies.filter((r): r is Filled[] => !!r && r.length > 0);
  if (!said.length)
    return say(
      "[The tool returned nothing I can use, so I can't answer that yet.|The tool's answer was empty, so I don't have a result to give you.]",
    );
  if (said.length === 1) return said[0];
  // Several results: the favourite phrasing of each, one after the other, in a few orders of phrasings.
  return [0, 1].map((v) => ({
    text: said.map((r) => r[Math.min(v, r.length - 1)].text).join(" "),
    weight: v === 0 ? 1.25 : 1,
  }));
}

export const toolResult: Skill = {
  name: "tool-result",
  does: "after a tool result, answers the user's question in words with what the tool returned",
  whileSummarizing: true,
  reply: ({ turns }) => {
    const texts = toolResultReplies(turns);
    return texts ? { texts, exact: true } : null;
  },
};
