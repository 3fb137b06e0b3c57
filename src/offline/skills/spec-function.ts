/**
 * "Write a JS function fare(miles): £3 flag fall plus £2.50 a mile": a small function from a clear
 * one-line spec, when the request names the function and its parameters. The spec is read by a
 * few building blocks, each one kind of everyday function whose code is known to be right: a
 * threshold test ("true when it's been more than 6 months"), a fee of a flat part and a rate
 * ("£3 plus £2.50 a mile"), full groups ("how many FULL bouquets"), an area, perimeter or volume
 * from the sides, seconds as m:ss, a code of exactly N digits, the key of an object with the most.
 * Exactly one block must read the spec, words that add a condition the block does not do ("unless",
 * "after the first mile") make it step aside, and the code is RUN (skills/run-js.ts's interpreter,
 * run-python.ts for Python) on the examples the request gives and on a few of its own before it is
 * offered: an example it does not meet, or one it cannot read, and the request is declined.
 */
import { wordsToNumber } from "../language/numbers";
import jsep from "jsep";
import type { CodeLanguage } from "../corpus/snippets";
import { evaluateIn, show } from "./run-js";
import { runPython } from "./run-python";

type Value = unknown;

/** One block's reading of the spec: the returned expression in JavaScript (and Python, when written). */
interface Part {
  js: string;
  /** Python's return expression; absent when the block is not written for Python. */
  py?: string;
  /** Lines before the Python def ("import math"). */
  pyImports?: string[];
  types: string[];
  returns: string;
  /** What the function does, said after the code. */
  does: string;
  /** Arguments it is shown running on, besides the request's own examples. */
  samples: Value[][];
  /** Regular expressions the expression names (RE0, RE1...), bound when it is run. */
  regexes?: RegExp[];
  ref: string;
}

type Block = (spec: string, params: string[], name: string) => Part | null;

const num = (s: string): number => wordsToNumber(s) ?? Number(s);
const NUM = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/** "monthsSinceCheckup" -> "months since checkup". */
const words = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_$]+/g, " ")
    .toLowerCase();

const UNITS =
  /\b(second|minute|hour|day|week|month|year|mm|cm|metre|meter|km|kilometre|kilometer|mile|inch|foot|feet|yard|gram|kg|kilo|pound|ounce|litre|liter|pint|gallon)s?\b/;
const unitOf = (text: string) => {
  const u = UNITS.exec(text)?.[1];
  return u === "meter" ? "metre" : u === "feet" ? "foot" : u === "kilo" ? "kg" : u;
};

/** Words that add a condition or a step no block does: the request is more than the block. */
const EXTRA =
  /\b(?:unless|except|otherwise|else|but|also|as well|then|rounded|round(?:ing)? (?:up|down|to|off)|rounding|error|throw|invalid|negative|ignor\w*|without|recursive\w*|async|sorted|discount|minimum|maximum|cap(?:ped)?|first|after|before|tax|vat|tip|weekends?|nights?|double|triple|half|between)\b|n't\b|\bnot\b/;

const POUNDS = String.raw`(?:[£$€]\s?(\d+(?:\.\d{1,2})?)|(\d+(?:\.\d{1,2})?)\s?(?:pounds|dollars|euros|quid|bucks))`;
const PENCE = String.raw`(?:(\d+(?:\.\d+)?)\s?(?:p|pence|cents?)\b())`;
const money = (m: RegExpExecArray, i: number) => Number(m[i] ?? m[i + 1]);
/** A literal as code writes it: 2.50 -> 2.5. */
const lit = (n: number) => String(n);

/** "isOverdue(months) ... true when it's been more than 6 months": the one parameter compared with a number. */
const threshold: Block = (spec, params, name) => {
  if (params.length !== 1) return null;
  if (!/^(?:is|has|can|should|needs?|was|are|did|too|over|under|must|qualifies|eligible)(?:[A-Z_]|$)/.test(name))
    if (!/\b(?:true|boolean|bool|whether|check(?:s|ing)?)\b/.test(spec)) return null;
  const cmps: [RegExp, string, string][] = [
    [
      new RegExp(
        String.raw`\b(?:more than|over|greater than|above|exceeds?|exceeding|bigger than|larger than|longer than|older than|higher than|past)\s+[£$€]?${NUM}(?!\s*or\b)`,
        "g",
      ),
      ">",
      "more than",
    ],
    [
      new RegExp(
        String.raw`\b(?:at least|no less than|not less than|a minimum of)\s+[£$€]?${NUM}|[£$€]?\b${NUM}\s*(?:[a-z]+\s+)?or\s+(?:more|over|above|higher|greater|older|longer)\b`,
        "g",
      ),
      ">=",
      "at least",
    ],
    [
      new RegExp(
        String.raw`\b(?:less than|under|below|fewer than|younger than|shorter than|lower than|smaller than)\s+[£$€]?${NUM}(?!\s*or\b)`,
        "g",
      ),
      "<",
      "less than",
    ],
    [
      new RegExp(
        String.raw`\b(?:at most|no more than|not more than|a maximum of|up to)\s+[£$€]?${NUM}|[£$€]?\b${NUM}\s*(?:[a-z]+\s+)?or\s+(?:less|fewer|under|below|lower|younger|shorter)\b`,
        "g",
      ),
      "<=",
      "at most",
    ],
  ];
  const found = cmps.flatMap(([re, op, said]) => [...spec.matchAll(re)].map((m) => ({ m, op, said })));
  if (found.length !== 1) return null;
  const { m, op, said } = found[0];
  const n = num(m[1] ?? m[2]);
  // A threshold said with "not", "unless", "between"... is more than one comparison.
  const rest = spec.replace(m[0], " ").replace(/\bnot less than|not more than\b/, " ");
  if (EXTRA.test(rest.replace(/\b(?:is|it's|its)\b/g, " ")) || /\bor\b|\band\b.*\d/.test(rest)) return null;
  const p = params[0];
  // "days" asked against "6 months" is a conversion the block does not do.
  const after = spec.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 20);
  const unitSaid = unitOf(after);
  const unitParam = unitOf(words(p));
  if (unitSaid && unitParam && unitSaid !== unitParam) return null;
  const pyOp = op;
  const step = Number.isInteger(n) ? 1 : 0.5;
  return {
    js: `${p} ${op} ${lit(n)}`,
    py: `${p} ${pyOp} ${lit(n)}`,
    types: ["number"],
    returns: "boolean",
    does: `It returns true when \`${p}\` is ${said} ${lit(n)}${op === ">" || op === "<" ? ` (${lit(n)} itself gives false)` : ` (${lit(n)} itself gives true)`}, and false otherwise`,
    samples: [[n - step], [n], [n + step]],
    ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators#relational_operators",
  };
};

/** "£3 flag fall plus £2.50 a mile": a flat part and a rate for each unit of the one parameter. */
const fee: Block = (spec, params) => {
  if (params.length !== 1 || /%|\bpercent\b/.test(spec)) return null;
  // Amounts all in pence (or cents) stay in pence; pence beside pounds would need a conversion.
  const pence = /\d\s?(?:p|pence|cents?)\b/.test(spec);
  if (pence && /[£$€]|\b(?:pounds|dollars|euros|quid|bucks)\b/.test(spec)) return null;
  const MONEY = pence ? PENCE : POUNDS;
  const rate = String.raw`\s*(?:a|an|per|each|for each|for every|every)\s+([a-z]+)`;
  const flatFirst = new RegExp(
    String.raw`${MONEY}\s*(?:[a-z-]+\s+){0,3}?(?:plus|\+|and)\s+(?:then\s+)?${MONEY}${rate}`,
  ).exec(spec);
  const rateFirst = flatFirst
    ? null
    : new RegExp(String.raw`${MONEY}${rate}\s*,?\s*(?:plus|\+|and)\s+(?:a\s+)?${MONEY}`).exec(spec);
  const rateOnly =
    flatFirst || rateFirst
      ? null
      : new RegExp(String.raw`(?:at|costs?|is|for|of|charges?)\s+${MONEY}${rate}`).exec(spec);
  const m = flatFirst ?? rateFirst ?? rateOnly;
  if (!m) return null;
  const a = flatFirst ? money(flatFirst, 1) : rateFirst ? money(rateFirst, 4) : 0;
  const b = flatFirst ? money(flatFirst, 3) : money(m, 1);
  const unit = flatFirst ? flatFirst[5] : m[3];
  // Every amount of the request is one the formula uses; words after it ("after the first mile") are conditions.
  const amounts = [...spec.matchAll(new RegExp(MONEY, "g"))].length;
  if (amounts !== (rateOnly ? 1 : 2)) return null;
  if (EXTRA.test(spec.replace(m[0], " ")) || /\bif\b|\bwhen\b|\bover\b|\bup to\b/.test(spec)) return null;
  const p = params[0];
  const unitParam = unitOf(words(p));
  const unitRate = unitOf(unit);
  if (unitParam && unitRate && unitParam !== unitRate) return null;
  const sum = a ? `${lit(a)} + ${lit(b)} * ${p}` : `${lit(b)} * ${p}`;
  // Amounts in quarters are exact in binary; others are rounded to the penny so 0.1 * 3 is 0.3.
  const exact = Number.isInteger(a * 4) && Number.isInteger(b * 4);
  const sym = /[$€]/.exec(spec)?.[0] ?? "£";
  const penny = pence ? "" : `, rounded to the ${sym === "£" ? "penny" : "cent"}`;
  const js = exact || pence ? sum : `Math.round((${sum}) * 100) / 100`;
  const py = exact || pence ? sum : `round(${sum}, 2)`;
  const cash = (n: number) =>
    pence ? `${n}${/cent/.test(spec) ? " cents" : "p"}` : `${sym}${Number.isInteger(n) ? n : n.toFixed(2)}`;
  return {
    js,
    py,
    types: ["number"],
    returns: "number",
    does: a
      ? `It adds the flat ${cash(a)} to ${cash(b)} for each ${unit} in \`${p}\`${exact ? "" : penny}, and returns the number`
      : `It multiplies \`${p}\` by ${cash(b)} a ${unit}${exact ? "" : penny}`,
    samples: [[0], [1], [10]],
    ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Multiplication",
  };
};

/** "how many FULL bouquets from stems with perBouquet in each": whole groups, rounded down (or the groups needed, up). */
const groups: Block = (spec, params) => {
  if (params.length !== 2) return null;
  const full =
    /\bhow many\b[^.?!]{0,40}\b(?:full|whole|complete|entire)\b/.test(spec) ||
    /\bhow many\b[^.?!]{0,40}\b(?:can|could) (?:i|we|you) (?:make|fill|get|fit|pack)\b/.test(spec);
  const need = /\bhow many\b[^.?!]{0,40}\b(?:i|we|you)(?: will| would)? need\b|\bhow many\b[^.?!]{0,40}\bneeded\b/.test(
    spec,
  );
  const total = /\b(?:altogether|all together|in total|total)\b/.test(spec) && /\bhow many\b|\btotal\b/.test(spec);
  if ([full, need, total].filter(Boolean).length !== 1) return null;
  if (/\bleft ?over\b|\bremain|\bspare\b|\bpartial\b|\bdecimal/.test(spec) || EXTRA.test(spec)) return null;
  const per = params.filter((p) =>
    /\b(?:per|each|size|capacity|fits?|holds?|max|in)\b|^(?:per|each)/.test(words(p).replace(/^per(?=[a-z])/, "per ")),
  );
  if (per.length !== 1) return null;
  const [d] = per;
  const t = params.find((p) => p !== d) as string;
  const fn = full ? "floor" : "ceil";
  if (total)
    return {
      js: `${t} * ${d}`,
      py: `${t} * ${d}`,
      types: ["number", "number"],
      returns: "number",
      does: `It multiplies \`${t}\` by \`${d}\``,
      samples:
        params[0] === t
          ? [
              [4, 12],
              [0, 12],
            ]
          : [
              [12, 4],
              [12, 0],
            ],
      ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Multiplication",
    };
  return {
    js: `Math.${fn}(${t} / ${d})`,
    py: full ? `${t} // ${d}` : `-(-${t} // ${d})`,
    types: ["number", "number"],
    returns: "number",
    does: full
      ? `It divides \`${t}\` by \`${d}\` and rounds down, since only full ones count`
      : `It divides \`${t}\` by \`${d}\` and rounds up, since a part-filled one is still needed`,
    samples:
      params[0] === t
        ? [
            [100, 7],
            [21, 7],
            [5, 7],
          ]
        : [
            [7, 100],
            [7, 21],
            [7, 5],
          ],
    ref: `https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Math/${fn}`,
  };
};

/** The role a parameter's name gives it in a shape. */
function role(p: string): string | undefined {
  const w = words(p).replace(/^(?:plot|room|box|garden|tank|field|rect|rectangle|circle|square) /, "");
  if (/^(?:length|len|l|long)$/.test(w)) return "L";
  if (/^(?:width|w|breadth|wide)$/.test(w)) return "W";
  if (/^(?:height|h|depth|d|tall|high|deep)$/.test(w)) return "H";
  if (/^(?:radius|r)$/.test(w)) return "R";
  if (/^(?:side|s|side length|edge)$/.test(w)) return "S";
  if (/^(?:base|b)$/.test(w)) return "B";
  return undefined;
}

/** "plotArea(length, width)": the area, perimeter or volume of a shape from its sides. */
const geometry: Block = (spec, params, name) => {
  const all = `${spec} ${words(name)}`;
  const what = ["area", "perimeter", "volume", "circumference"].filter((w) => new RegExp(`\\b${w}\\b`).test(all));
  if (
    what.length !== 1 ||
    /\bconvert|\bacres?\b|\bhectares?\b|\bsurface\b|\bcylinder|\bsphere|\bcone\b|\bpyramid|\btrapez|\bhexagon|\bellipse|\boval/.test(
      all,
    )
  )
    return null;
  if (EXTRA.test(spec)) return null;
  const roles = params.map(role);
  if (roles.some((r) => !r) || new Set(roles).size !== roles.length) return null;
  const by = (r: string) => params[roles.indexOf(r)];
  const has = (...rs: string[]) => rs.length === roles.length && rs.every((r) => roles.includes(r));
  const circle = /\bcircle|\bcircular/.test(all);
  const triangle = /\btriangle|\btriangular/.test(all);
  let js: string | undefined;
  let py: string | undefined;
  let does = "";
  const k = what[0];
  if (k === "area" && has("B", "H") && triangle) {
    js = py = `(${by("B")} * ${by("H")}) / 2`;
    does = "It halves base times height: a triangle's area";
  } else if (triangle) return null;
  else if (k === "area" && (has("L", "W") || has("W", "H")) && !circle) {
    const [a, b] = has("L", "W") ? [by("L"), by("W")] : [by("W"), by("H")];
    js = py = `${a} * ${b}`;
    does = `It multiplies \`${a}\` by \`${b}\`: a rectangle's area, in square units of the sides (square metres when they are in metres)`;
  } else if (k === "area" && has("S") && !circle) {
    js = py = `${by("S")} * ${by("S")}`;
    does = "It multiplies the side by itself: a square's area";
  } else if ((k === "area" || k === "circumference") && has("R") && (circle || k === "circumference")) {
    const r = by("R");
    js = k === "area" ? `Math.PI * ${r} * ${r}` : `2 * Math.PI * ${r}`;
    py = k === "area" ? `math.pi * ${r} * ${r}` : `2 * math.pi * ${r}`;
    does = k === "area" ? "It returns π r², a circle's area" : "It returns 2πr, a circle's circumference";
  } else if (k === "perimeter" && (has("L", "W") || has("W", "H")) && !circle) {
    const [a, b] = has("L", "W") ? [by("L"), by("W")] : [by("W"), by("H")];
    js = py = `2 * (${a} + ${b})`;
    does = "It adds the two sides and doubles the sum: a rectangle's perimeter";
  } else if (k === "volume" && has("L", "W", "H")) {
    js = py = `${by("L")} * ${by("W")} * ${by("H")}`;
    does = "It multiplies length, width and height: a box's volume";
  }
  if (!js || !py) return null;
  return {
    js,
    py,
    pyImports: /math\./.test(py) ? ["import math"] : undefined,
    types: params.map(() => "number"),
    returns: "number",
    does,
    samples:
      params.length === 1
        ? [[3], [10]]
        : params.length === 2
          ? [
              [10, 25],
              [5, 5],
            ]
          : [[2, 3, 4]],
    ref: /PI/.test(js)
      ? "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Math/PI"
      : "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Multiplication",
  };
};

const pad2 = (e: string) => `String(${e}).padStart(2, "0")`;

/** "formatTime(seconds) into m:ss": a count of seconds (or minutes) as a clock time. */
const clockText: Block = (spec, params) => {
  if (params.length !== 1) return null;
  const p = params[0];
  const pw = words(p);
  const fmt = /\b(h{1,2}:mm:ss|m{1,2}:ss|h{1,2}:mm)\b/.exec(spec)?.[1];
  const example = /\b\d+\s*(?:->|→|=>|gives|becomes|is)\s*['"`]?(\d{1,2}:\d\d(?::\d\d)?)\b/.exec(spec)?.[1];
  const shape = fmt ?? (example ? (example.split(":").length === 3 ? "h:mm:ss" : "m:ss") : undefined);
  if (!shape || EXTRA.test(spec)) return null;
  const secs =
    /^(?:s|secs?|seconds?|total ?seconds?|time|t|duration)$/.test(pw) || /\bin seconds\b|\bseconds\b/.test(spec);
  const mins = /^(?:m|mins?|minutes?|total ?minutes?)$/.test(pw) || /\bin minutes\b/.test(spec);
  if (secs === mins) return null;
  let js: string;
  if (secs && /^m{1,2}:ss$/.test(shape)) {
    const m = `Math.floor(${p} / 60)`;
    js = `${shape.startsWith("mm") ? pad2(m) : m} + ":" + ${pad2(`${p} % 60`)}`;
  } else if (secs && /^h{1,2}:mm:ss$/.test(shape)) {
    const h = `Math.floor(${p} / 3600)`;
    js = `${shape.startsWith("hh") ? pad2(h) : h} + ":" + ${pad2(`Math.floor((${p} % 3600) / 60)`)} + ":" + ${pad2(`${p} % 60`)}`;
  } else if (mins && /^h{1,2}:mm$/.test(shape)) {
    const h = `Math.floor(${p} / 60)`;
    js = `${shape.startsWith("hh") ? pad2(h) : h} + ":" + ${pad2(`${p} % 60`)}`;
  } else return null;
  return {
    js,
    types: ["number"],
    returns: "string",
    does: `It splits \`${p}\` into ${secs ? (shape.startsWith("h") ? "hours, minutes and seconds" : "minutes and seconds") : "hours and minutes"} with \`Math.floor\` and \`%\`, and pads with \`padStart\` so 9 shows as 09`,
    samples: secs ? (shape.startsWith("h") ? [[75], [3725]] : [[75], [9], [600]]) : [[75], [600]],
    ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/padStart",
  };
};

/** "isValidKeyCode(code) ... exactly 5 digits, nothing else": a string of exactly so many digits (or letters). */
const exactCode: Block = (spec, params) => {
  if (params.length !== 1) return null;
  const m =
    new RegExp(String.raw`\b(?:exactly|only|just|precisely)\s+${NUM}\s+(digits?|numbers?|letters?)\b`).exec(spec) ??
    new RegExp(String.raw`\b${NUM}[- ](digit|letter)\b`).exec(spec);
  if (!m) return null;
  const n = num(m[1]);
  if (!Number.isInteger(n) || n < 1 || n > 40) return null;
  const digits = /^(?:digit|number)/.test(m[2]);
  const rest = spec.replace(m[0], " ").replace(/\bnothing else\b|\bno other\b|\bonly\b|\bexactly\b/g, " ");
  // "5 digits starting with 0", "letters and digits": more than one rule.
  if (
    EXTRA.test(rest) ||
    /\b(?:start|begin|end|contain|include|letters?|digits?|numbers?|upper|lower|capital|space|dash|hyphen|and|or)\w*\b/.test(
      rest,
    )
  )
    return null;
  const cls = digits ? "[0-9]" : "[A-Za-z]";
  const p = params[0];
  return {
    js: `RE0.test(${p})`,
    py: `re.fullmatch(r"${cls}{${n}}", ${p}) is not None`,
    pyImports: ["import re"],
    regexes: [new RegExp(`^${cls}{${n}}$`)],
    types: ["string"],
    returns: "boolean",
    does: `The pattern \`^${cls}{${n}}$\` matches exactly ${n} ${digits ? "digits (0-9)" : "letters"}: \`^\` and \`$\` pin it to the whole string, so anything longer, shorter or with another character gives false`,
    samples: digits
      ? [["1".repeat(n)], ["1".repeat(n + 1)], [`${"1".repeat(Math.max(0, n - 1))}a`]]
      : [["a".repeat(n)], ["a".repeat(n + 1)], [`${"a".repeat(Math.max(0, n - 1))}1`]],
    ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/RegExp/test",
  };
};

/** "busiestDay(days), days like {Mon: 46, Tue: 52}, gives back the day with the most": the key of the largest value. */
const keyOfMost: Block = (spec, params) => {
  if (params.length !== 1) return null;
  if (!/\{\s*['"]?\w+['"]?\s*:\s*-?\d|\bobject\b|\bdict(?:ionary)?\b|\bmap of\b/.test(spec)) return null;
  const m =
    /\b(?:the|which)\s+([a-z]+)\s+(?:with|has|had|that has|that had)\s+the\s+(most|highest|largest|biggest|greatest|max(?:imum)?|least|fewest|lowest|smallest|min(?:imum)?)\b/.exec(
      spec,
    ) ?? /\b(?:gives?|returns?)\s+(?:back\s+)?the\s+(most|busiest|least|quietest)\s+([a-z]+)\b/.exec(spec);
  if (!m) return null;
  const most =
    /^(?:most|highest|largest|biggest|greatest|max|maximum|busiest)$/.test(m[2] ?? "") ||
    /^(?:most|busiest)$/.test(m[1]);
  const rest = spec.replace(m[0], " ");
  if (
    EXTRA.test(rest) ||
    /\btie|\ball\b|\bsorted?\b|\bboth\b|\band (?:how|the) (?:many|count|total|number)\b/.test(rest)
  )
    return null;
  const d = params[0];
  const op = most ? ">" : "<";
  return {
    js: `Object.keys(${d}).reduce((a, b) => (${d}[b] ${op} ${d}[a] ? b : a))`,
    py: `${most ? "max" : "min"}(${d}, key=${d}.get)`,
    types: ["Record<string, number>"],
    returns: "string",
    does: `It goes through the keys and keeps the one whose value is ${most ? "largest" : "smallest"} (on a tie, the first); an empty object has no answer and throws`,
    samples: [most ? [{ a: 3, b: 9, c: 5 }] : [{ a: 3, b: 1, c: 5 }]],
    ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Object/keys",
  };
};

/** Each unit in its kind's base (second, metre, gram, millilitre): exact factors only (an inch is 2.54 cm by definition). */
const UNIT_SIZE: Record<string, [kind: string, size: number]> = {
  second: ["time", 1],
  minute: ["time", 60],
  hour: ["time", 3600],
  day: ["time", 86400],
  week: ["time", 604800],
  millimetre: ["length", 0.001],
  centimetre: ["length", 0.01],
  metre: ["length", 1],
  kilometre: ["length", 1000],
  inch: ["length", 0.0254],
  foot: ["length", 0.3048],
  yard: ["length", 0.9144],
  mile: ["length", 1609.344],
  gram: ["mass", 1],
  kilogram: ["mass", 1000],
  pound: ["mass", 453.59237],
  ounce: ["mass", 28.349523125],
  stone: ["mass", 6350.29318],
  millilitre: ["volume", 1],
  litre: ["volume", 1000],
};
const UNIT_NAMES: [RegExp, string][] = [
  [/^(?:s|secs?|seconds?)$/, "second"],
  [/^(?:mins?|minutes?)$/, "minute"],
  [/^(?:h|hrs?|hours?)$/, "hour"],
  [/^days?$/, "day"],
  [/^(?:wks?|weeks?)$/, "week"],
  [/^(?:mm|millimet(?:re|er)s?)$/, "millimetre"],
  [/^(?:cm|centimet(?:re|er)s?)$/, "centimetre"],
  [/^(?:m|met(?:re|er)s?)$/, "metre"],
  [/^(?:km|kms|kilomet(?:re|er)s?)$/, "kilometre"],
  [/^(?:in|inch|inches)$/, "inch"],
  [/^(?:ft|foot|feet)$/, "foot"],
  [/^(?:yds?|yards?)$/, "yard"],
  [/^(?:mi|miles?)$/, "mile"],
  [/^(?:g|grams?|grammes?)$/, "gram"],
  [/^(?:kg|kgs|kilos?|kilograms?)$/, "kilogram"],
  [/^(?:lbs?|pounds?)$/, "pound"],
  [/^(?:oz|ounces?)$/, "ounce"],
  [/^(?:st|stones?)$/, "stone"],
  [/^(?:ml|millilit(?:re|er)s?)$/, "millilitre"],
  [/^(?:l|lit(?:re|er)s?)$/, "litre"],
];
const unitNamed = (w: string) => UNIT_NAMES.find(([re]) => re.test(w))?.[1];

/** "hoursToMinutes(h) that turns hours into minutes": one unit into another of its kind, by an exact factor. */
const conversion: Block = (spec, params, name) => {
  if (params.length !== 1) return null;
  const said =
    /\b(?:turns?|converts?|changes?|from)\s+(?:a\s+|an\s+|the\s+)?(?:number of\s+|amount of\s+|time in\s+|distance in\s+|weight in\s+)?([a-z]+)\s+(?:in)?to\s+([a-z]+)\b/.exec(
      spec,
    ) ?? /^([a-z]+) to ([a-z]+)$/.exec(words(name));
  if (!said) return null;
  const from = unitNamed(said[1]);
  const to = unitNamed(said[2]);
  if (!from || !to || from === to) return null;
  const [k1, s1] = UNIT_SIZE[from];
  const [k2, s2] = UNIT_SIZE[to];
  if (k1 !== k2 || EXTRA.test(spec.replace(said[0], " ")) || /\bround|\bdecimal|\bformat|:/.test(spec)) return null;
  const p = params[0];
  const up = s1 / s2;
  const down = s2 / s1;
  const whole = (x: number) => Math.abs(x - Math.round(x)) < 1e-9;
  // The factor as written in its definition: km / 1.609344, not km * 0.621371192237334.
  const short = (x: number) => /^\d+(?:\.\d{1,9})?$/.test(String(x));
  const expr = whole(up)
    ? `${p} * ${Math.round(up)}`
    : whole(down) || short(down)
      ? `${p} / ${whole(down) ? Math.round(down) : down}`
      : short(up)
        ? `${p} * ${up}`
        : null;
  if (!expr) return null;
  const a = (u: string) => (/^[aeiou]/.test(u) || u === "hour" ? `an ${u}` : `a ${u}`);
  const plural = (u: string) => (u === "inch" ? "inches" : u === "foot" ? "feet" : `${u}s`);
  return {
    js: expr,
    py: expr,
    types: ["number"],
    returns: "number",
    does: expr.includes("*")
      ? `There are ${up} ${plural(to)} in ${a(from)}, so it multiplies by that`
      : `There are ${down} ${plural(from)} in ${a(to)}, so it divides by that`,
    samples: [[1], [2.5], [10]],
    ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Multiplication",
  };
};

/** "titleCase(s) that capitalises the first letter of every word": each word's first letter in capitals. */
const titleWords: Block = (spec, params, name) => {
  if (params.length !== 1) return null;
  const m =
    /\bcapitali[sz]e?s?\s+(?:the\s+)?first\s+letter\s+of\s+(?:every|each|all(?:\s+the)?)\s+words?\b/.exec(spec) ??
    (/^title case$/.test(words(name)) ? /\btitle[- ]case\b|$/.exec(spec) : null);
  if (!m) return null;
  const lowerRest = /\b(?:rest|others?|remaining)\b[^.]{0,30}\b(?:lower|small)/.test(spec);
  const rest = spec.replace(m[0], " ").replace(/\b(?:rest|others?|remaining)\b[^.]{0,30}\b(?:lower|small)\w*/, " ");
  if (EXTRA.test(rest) || /\b(?:except|small words|and|of|the|a)\b.*\b(?:stay|keep|lower)/.test(rest)) return null;
  const p = params[0];
  const tail = lowerRest ? "w.slice(1).toLowerCase()" : "w.slice(1)";
  return {
    js: `${p}.split(" ").map((w) => w.charAt(0).toUpperCase() + ${tail}).join(" ")`,
    types: ["string"],
    returns: "string",
    does: `It splits the text at each space, puts each word's first letter in capitals${lowerRest ? " and the rest in small letters" : ""}, and joins the words back with spaces`,
    samples: [["penny bun cafe"], ["hello"]],
    ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/toUpperCase",
  };
};

const CHARS: [RegExp, string, string][] = [
  [/^(?:spaces?|blanks?)$/, " ", "space"],
  [/^(?:dash(?:es)?|hyphens?)$/, "-", "dash"],
  [/^commas?$/, ",", "comma"],
  [/^(?:dots?|full stops?|periods?)$/, ".", "full stop"],
  [/^(?:slash(?:es)?)$/, "/", "slash"],
  [/^(?:underscores?)$/, "_", "underscore"],
  [/^(?:brackets?|parenthes[ie]s)$/, "()", "bracket"],
];

/** "cleanPhone(s) that removes every space and every dash": the characters named taken out. */
const removeChars: Block = (spec, params) => {
  if (params.length !== 1) return null;
  const char =
    "spaces?|blanks?|dash(?:es)?|hyphens?|commas?|dots?|full stops?|periods?|slash(?:es)?|underscores?|brackets?|parenthes[ie]s";
  const item = String.raw`(?:(?:every|all(?: the)?|any|the)\s+)?(?:${char})`;
  const m = new RegExp(
    String.raw`\b(?:removes?|strips?(?:\s+out)?|deletes?|takes?\s+out|gets?\s+rid\s+of)\s+(${item}(?:\s*(?:,|and|&|or)\s*${item})*)`,
  ).exec(spec);
  if (!m) return null;
  const names = [...m[1].matchAll(new RegExp(char, "g"))].map((x) => x[0]);
  const chars = names.map((n) => CHARS.find(([re]) => re.test(n)));
  if (chars.some((c) => !c)) return null;
  const rest = spec.replace(m[0], " ");
  if (
    EXTRA.test(rest) ||
    /\b(?:start|end|double|extra|leading|trailing|only|first|last|letters?|digits?|numbers? only)\b/.test(rest)
  )
    return null;
  const p = params[0];
  const each = [...new Set(chars.flatMap((c) => (c as [RegExp, string, string])[1].split("")))];
  const js = `${p}${each.map((c) => `.replaceAll(${JSON.stringify(c)}, "")`).join("")}`;
  return {
    js,
    py: js.replace(/\.replaceAll\(/g, ".replace("),
    types: ["string"],
    returns: "string",
    does: `Each \`replaceAll\` takes out every ${each.map((c) => `\`${c}\``).join(" and every ")}, wherever it is`,
    samples: [[`07700 900-123`], [`a${each.join("b")}c`]],
    ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/String/replaceAll",
  };
};

/** "average(times) that returns the average of an array of numbers": one total of a list of numbers. */
const listTotal: Block = (spec, params) => {
  if (params.length !== 1 || !/\b(?:array|list)\b/.test(spec)) return null;
  const m =
    /\b(?:the\s+)?(average|mean|sum|total|largest|biggest|highest|max(?:imum)?|smallest|lowest|min(?:imum)?)\s+(?:of|in|from)\s+(?:an?|the|my|this)?\s*(?:array|list)\b/.exec(
      spec,
    ) ?? /\b(?:adds? up|sums?|averages?)\s+(?:an?|the|all(?: the)?)?\s*(?:array|list)\b/.exec(spec);
  if (!m) return null;
  const word = m[1] ?? (/\baverage/.test(m[0]) ? "average" : "sum");
  const rest = spec.replace(m[0], " ");
  if (
    EXTRA.test(rest) ||
    /\b(?:median|mode|ignor|skip|except|only|even|odd|positive|words?|strings?|objects?)\b/.test(rest)
  )
    return null;
  const p = params[0];
  const sum = `${p}.reduce((a, b) => a + b, 0)`;
  const kind = /average|mean/.test(word)
    ? "avg"
    : /sum|total/.test(word)
      ? "sum"
      : /larg|big|high|max/.test(word)
        ? "max"
        : "min";
  const js =
    kind === "avg"
      ? `${sum} / ${p}.length`
      : kind === "sum"
        ? sum
        : `${p}.reduce((a, b) => (b ${kind === "max" ? ">" : "<"} a ? b : a))`;
  const py = kind === "avg" ? `sum(${p}) / len(${p})` : `${kind}(${p})`;
  return {
    js,
    py,
    types: ["number[]"],
    returns: "number",
    does:
      kind === "avg"
        ? "It adds the numbers with `reduce` and divides by how many there are (an empty array gives NaN)"
        : kind === "sum"
          ? "It adds the numbers with `reduce`, starting from 0 (an empty array gives 0)"
          : `It keeps the ${kind === "max" ? "larger" : "smaller"} of each pair with \`reduce\` (an empty array throws)`,
    samples: [[[420, 432, 417]], [[5, 10]]],
    ref: "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/reduce",
  };
};

const BLOCKS: Block[] = [
  threshold,
  fee,
  groups,
  geometry,
  clockText,
  exactCode,
  keyOfMost,
  conversion,
  titleWords,
  removeChars,
  listTotal,
];

/** A value the request writes: a number, a quoted string, true/false, a clock time, an object of numbers. */
function literal(src: string): { ok: true; value: Value } | { ok: false } {
  const s = src.trim();
  if (/^-?\d+(?:\.\d+)?$/.test(s)) return { ok: true, value: Number(s) };
  const q = /^(['"`])(.*)\1$/.exec(s);
  if (q) return { ok: true, value: q[2] };
  if (/^(?:true|false)$/i.test(s)) return { ok: true, value: /^true$/i.test(s) };
  if (/^\d{1,2}:\d\d(?::\d\d)?$/.test(s)) return { ok: true, value: s };
  const o = /^\{([^{}]*)\}$/.exec(s);
  if (o) {
    const out: Record<string, number> = {};
    for (const pair of o[1].split(",")) {
      const kv = /^\s*['"]?([A-Za-z_]\w*)['"]?\s*:\s*(-?\d+(?:\.\d+)?)\s*$/.exec(pair);
      if (!kv) return { ok: false };
      out[kv[1]] = Number(kv[2]);
    }
    return { ok: true, value: out };
  }
  return { ok: false };
}

/** Examples the request gives: "e.g. 75 -> '1:15'", "fare(5) should return 15.5". */
function examples(text: string, name: string, arity: number): { args: Value[]; expected: Value }[] | null {
  const out: { args: Value[]; expected: Value }[] = [];
  const value = String.raw`(-?\d+(?:\.\d+)?|'[^']*'|"[^"]*"|\`[^\`]*\`|true|false|\d{1,2}:\d\d(?::\d\d)?)`;
  const arrow = String.raw`\s*(?:->|→|=>|===?|should (?:return|give|be|become)|returns|gives|becomes|turns into)\s*`;
  const called = new RegExp(String.raw`\b${name}\(([^()]*)\)${arrow}${value}`, "g");
  for (const m of text.matchAll(called)) {
    const args = m[1].split(",").map(literal);
    const exp = literal(m[2]);
    if (!exp.ok || args.some((a) => !a.ok) || args.length !== arity) return null;
    out.push({ args: args.map((a) => (a as { value: Value }).value), expected: exp.value });
  }
  if (arity === 1) {
    const bare = new RegExp(String.raw`(?:^|[\s(,;:])(-?\d+(?:\.\d+)?|'[^']*'|"[^"]*")${arrow}${value}`, "g");
    for (const m of text.replace(called, " ").matchAll(bare)) {
      const a = literal(m[1]);
      const e = literal(m[2]);
      if (!a.ok || !e.ok) return null;
      out.push({ args: [a.value], expected: e.value });
    }
  }
  // An example the request gives that could not be read: the code cannot be checked against it.
  if (!out.length && /->|→|=>|\be\.g\.|\bfor example\b|\bshould (?:return|give)\b|\bsay\s+\d/.test(text)) return null;
  return out;
}

/** The expression run on the arguments; undefined when it falls outside the interpreter's subset. */
function runJs(part: Part, params: string[], args: Value[]): { value: Value } | undefined {
  try {
    const scope = new Map<string, Value>(params.map((p, i) => [p, args[i]]));
    for (const [i, re] of (part.regexes ?? []).entries()) scope.set(`RE${i}`, re);
    return { value: evaluateIn(jsep(part.js) as never, scope) };
  } catch {
    return undefined;
  }
}

/** The Python expression run on the arguments by run-python; its printed repr, or undefined. */
function runPy(part: Part, params: string[], args: Value[]): string | undefined {
  if (!part.py || part.regexes || /math\.|\.get\b/.test(part.py)) return undefined;
  if (!args.every((a) => typeof a === "number")) return undefined;
  const ran = runPython(`${params.map((p, i) => `${p} = ${args[i]}`).join("\n")}\nprint(repr(${part.py}))`);
  return ran?.output;
}

const same = (a: Value, b: Value) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) < 1e-9 : JSON.stringify(a) === JSON.stringify(b);

export interface SpecCode {
  code: string;
  /** What it does and the runs shown: "fare(0) gives 3, fare(10) gives 28". */
  note: string;
  ref: string;
}

/**
 * The function a request names, written from its one-line spec, or null when no block reads the
 * spec alone, or the code fails an example, or the language is one the block is not written in.
 */
export function specFunction(text: string, lang: CodeLanguage, name: string, params: string[]): SpecCode | null {
  if (!params.length || params.length > 3 || text.length > 400) return null;
  const low = text.toLowerCase();
  const spec = low.replace(new RegExp(String.raw`\b${name.toLowerCase()}\s*\([^()]*\)(?:\s*:\s*\w+)?`), " ").trim();
  const parts = BLOCKS.map((b) => b(spec, params, name)).filter((p): p is Part => p !== null);
  if (parts.length !== 1) return null;
  const part = parts[0];
  const given = examples(text, name, params.length);
  if (given === null) return null;
  for (const ex of given) {
    const got = runJs(part, params, ex.args);
    if (!got || !same(got.value, ex.expected)) return null;
  }
  const shown: string[] = [];
  // An object the request shows ("days is an object like {Mon: 46, Tue: 52}") is run on too.
  const shownObjects =
    params.length === 1 && part.types[0].startsWith("Record")
      ? [...text.matchAll(/\{[^{}]{1,200}\}/g)]
          .map((m) => literal(m[0]))
          .flatMap((l) => (l.ok && Object.keys(l.value as object).length ? [[l.value]] : []))
      : [];
  const runs = [...given.map((g) => g.args), ...shownObjects, ...part.samples].filter(
    (a, i, all) => all.findIndex((b) => JSON.stringify(b) === JSON.stringify(a)) === i,
  );
  for (const args of runs.slice(0, 3)) {
    const got = runJs(part, params, args);
    if (!got) return null;
    // Python's own run must agree with JavaScript's wherever run-python can run it.
    if (lang === "python") {
      const py = runPy(part, params, args);
      if (py !== undefined && !same(py === "True" ? true : py === "False" ? false : Number(py), got.value)) return null;
    }
    const call = `${name}(${args.map((a) => showArg(a, lang)).join(", ")})`;
    shown.push(`\`${call}\` gives \`${showValue(got.value, lang)}\``);
  }
  if (lang === "python" && !part.py) return null;
  const code =
    lang === "python"
      ? [
          ...(part.pyImports ?? []),
          ...(part.pyImports ? [""] : []),
          `def ${name}(${params.join(", ")}):`,
          `    return ${part.py}`,
        ].join("\n")
      : jsFunction(part, lang, name, params);
  const does = lang === "python" ? part.does.replace(/\btrue\b/g, "True").replace(/\bfalse\b/g, "False") : part.does;
  return {
    code,
    note: `${does}. Run on a few values: ${shown.join(", ")}.`,
    ref:
      lang === "python" && part.py?.includes("re.")
        ? "https://docs.python.org/3/library/re.html#re.fullmatch"
        : part.ref,
  };
}

function jsFunction(part: Part, lang: CodeLanguage, name: string, params: string[]): string {
  const ts = lang === "typescript";
  const list = params.map((p, i) => (ts ? `${p}: ${part.types[i] ?? part.types[0]}` : p)).join(", ");
  const regexes = (part.regexes ?? []).map((re) => `/${re.source}/`);
  const body = part.js.replace(/\bRE(\d+)\b/g, (_, i: string) => regexes[Number(i)]);
  return `function ${name}(${list})${ts ? `: ${part.returns}` : ""} {\n  return ${body};\n}`;
}

function showArg(v: Value, lang: CodeLanguage): string {
  if (typeof v === "object" && v !== null && !Array.isArray(v))
    return `{ ${Object.entries(v)
      .map(([k, x]) => (lang === "python" ? `"${k}": ${x}` : `${k}: ${x}`))
      .join(", ")} }`;
  return showValue(v, lang);
}

function showValue(v: Value, lang: CodeLanguage): string {
  if (lang === "python") {
    if (typeof v === "boolean") return v ? "True" : "False";
    if (typeof v === "string") return `'${v}'`;
  }
  return show(v);
}
