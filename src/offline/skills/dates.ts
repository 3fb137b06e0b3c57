/**
 * Dates and day counts, computed against the model's "today" (workbookToday(): the clock, or
 * WORKBOOK_TODAY where tests pin it): days until or since a date, days between two dates, the
 * weekday of any date, a date N days/weeks/months from another, leap years, days in a month, and
 * an age from a birth year. Calendar arithmetic on UTC day numbers (proleptic Gregorian, as
 * JavaScript's Date counts): no package needed for that, and a natural-language date parser
 * (chrono-node) would cost a quarter of a second to load for the handful of forms read here.
 */
import { workbookToday } from "../../api/catalog";
import { digitsForWords, formatNumber } from "../language/numbers";
import { registerSolver, type Solved, phrased, solveParts, wantsOnlyYesNo } from "./computed";
import type { ConversationTurn } from "../read/conversation";
import type { Skill } from "./skill";

export const MONTHS = [
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
const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1));
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const DAY_MS = 86_400_000;

interface Day {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 (negative before). */
function dayNumber({ y, m, d }: Day): number {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return Math.round(date.getTime() / DAY_MS);
}

function fromDayNumber(n: number): Day {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
const valid = ({ y, m, d }: Day) => y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
const weekday = (day: Day) => WEEKDAYS[(((dayNumber(day) + 4) % 7) + 7) % 7];

/** The next day with that weekday's name after today (a week on, when today has it). */
function comingWeekday(now: Day, name: string): Day {
  const want = WEEKDAYS.findIndex((w) => w.toLowerCase() === name.toLowerCase());
  const today = (((dayNumber(now) + 4) % 7) + 7) % 7;
  return fromDayNumber(dayNumber(now) + ((want - today + 7) % 7 || 7));
}
/** "14 July 1789" */
const show = ({ y, m, d }: Day) => `${d} ${MONTH_NAMES[m - 1]} ${y}`;
const showLong = (day: Day) => `${weekday(day)}, ${show(day)}`;
const iso = ({ y, m, d }: Day) =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function today(): Day {
  const [y, m, d] = workbookToday().split("-").map(Number);
  return { y, m, d };
}

/** Easter Sunday (the Gregorian computus, Meeus/Jones/Butcher). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth weekday of a month: Thanksgiving is the 4th Thursday of November. */
function nthWeekday(y: number, m: number, wd: number, n: number): Day {
  const first = (((dayNumber({ y, m, d: 1 }) + 4) % 7) + 7) % 7;
  return { y, m, d: 1 + ((wd - first + 7) % 7) + (n - 1) * 7 };
}

/** Days with a name, in a given year. */
const HOLIDAYS: [RegExp, string, (y: number) => Day][] = [
  [/\bchristmas eve\b/, "Christmas Eve", (y) => ({ y, m: 12, d: 24 })],
  [/\b(?:christmas|xmas)(?: day)?\b/, "Christmas", (y) => ({ y, m: 12, d: 25 })],
  [/\bboxing day\b/, "Boxing Day", (y) => ({ y, m: 12, d: 26 })],
  [/\bnew year'?s eve\b/, "New Year's Eve", (y) => ({ y, m: 12, d: 31 })],
  [/\bnew year(?:'?s)?(?: day)?\b/, "New Year's Day", (y) => ({ y, m: 1, d: 1 })],
  [/\bvalentine'?s(?: day)?\b/, "Valentine's Day", (y) => ({ y, m: 2, d: 14 })],
  [/\bhalloween\b/, "Halloween", (y) => ({ y, m: 10, d: 31 })],
  [/\b(?:independence day|(?:the )?fourth of july|4th of july)\b/, "the Fourth of July", (y) => ({ y, m: 7, d: 4 })],
  [/\bst\.? patrick'?s(?: day)?\b/, "St Patrick's Day", (y) => ({ y, m: 3, d: 17 })],
  [/\beaster(?: sunday)?\b/, "Easter Sunday", easter],
  [/\b(?:us |american )?thanksgiving\b/, "Thanksgiving (US)", (y) => nthWeekday(y, 11, 4, 4)],
];

interface Found {
  day: Day;
  /** The year was written (else it is this year's or the next one's). */
  hasYear: boolean;
  at: number;
  end: number;
  /** How the message named it, for the reply: "Christmas", or the date. */
  label?: string;
}

const MONTH = `(${MONTHS.join("|")}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = `(?:,?\\s+(\\d{1,4})(?:\\s*(ad|ce|bc|bce))?)?`;
const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, string | undefined, string?] }[] = [
  // 2025-03-09
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, read: (m) => [Number(m[2]), Number(m[3]), m[1]] },
  // 14 July 1789, the 14th of July, 1789
  {
    re: new RegExp(`\\b(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}(?!\\d|:\\d)`, "g"),
    read: (m) => [monthOf(m[2]), Number(m[1]), m[3], m[4]],
  },
  // July 14, 1789; July 14th
  {
    re: new RegExp(`\\b${MONTH}\\s+(?:the\\s+)?${DAY}(?![\\d:])${YEAR}(?!\\d|:\\d)`, "g"),
    read: (m) => [monthOf(m[1]), Number(m[2]), m[3], m[4]],
  },
];

function monthOf(name: string): number {
  const n = name.toLowerCase().replace(".", "");
  return MONTHS.findIndex((m) => m.startsWith(n.slice(0, 3))) + 1;
}

/** Every date the message names, in order. */
function findDates(text: string, now: Day): Found[] {
  const out: Found[] = [];
  const taken = (at: number, end: number) => out.some((f) => at < f.end && end > f.at);
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken(at, end)) continue;
      const [month, d, year, era] = read(m as RegExpExecArray);
      if (era && /bc/.test(era)) continue;
      const y = year ? Number(year) : now.y;
      const day = { y, m: month, d };
      if (!valid(day)) continue;
      out.push({ day, hasYear: year !== undefined, at, end });
    }
  }
  for (const [re, label, make] of HOLIDAYS) {
    const m = re.exec(text);
    if (!m || taken(m.index, m.index + m[0].length)) continue;
    const after = /^\s*,?\s*(\d{4})\b/.exec(text.slice(m.index + m[0].length));
    const y = after ? Number(after[1]) : now.y;
    // "Christmas Day, December 25, 2026": the date written beside the holiday's name is the same day, once.
    if (out.some((f) => !f.label && f.day.m === make(f.day.y).m && f.day.d === make(f.day.y).d)) continue;
    out.push({
      day: make(y),
      hasYear: Boolean(after),
      at: m.index,
      end: m.index + m[0].length + (after ? after[0].length : 0),
      label,
    });
  }
  for (const m of text.matchAll(/\b(today|tomorrow|yesterday|now)\b/g)) {
    const at = m.index ?? 0;
    if (taken(at, at + m[0].length)) continue;
    const shift = m[1] === "tomorrow" ? 1 : m[1] === "yesterday" ? -1 : 0;
    out.push({ day: fromDayNumber(dayNumber(now) + shift), hasYear: true, at, end: at + m[0].length, label: m[1] });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** A date without a year, seen from today: its next time (for "until"), its last time (for "since"). */
function nearest(found: Found, now: Day, toward: "next" | "last", make?: (y: number) => Day): Day {
  if (found.hasYear) return found.day;
  const at = (y: number) => (make ? make(y) : clampDay({ ...found.day, y }));
  const here = at(now.y);
  if (toward === "next") return dayNumber(here) >= dayNumber(now) ? here : at(now.y + 1);
  return dayNumber(here) <= dayNumber(now) ? here : at(now.y - 1);
}

const clampDay = (day: Day): Day => ({ ...day, d: Math.min(day.d, daysIn(day.y, day.m)) });

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${Math.abs(n) === 1 ? "" : "s"}`;
const named = (f: Found, day: Day) =>
  f.label && !/^(today|tomorrow|yesterday|now)$/.test(f.label) ? `${f.label} (${show(day)})` : show(day);

function tense(day: Day, now: Day): "was" | "is" | "will be" {
  const diff = dayNumber(day) - dayNumber(now);
  return diff < 0 ? "was" : diff === 0 ? "is" : "will be";
}

function holidayMaker(f: Found): ((y: number) => Day) | undefined {
  return HOLIDAYS.find(([, label]) => label === f.label)?.[2];
}

/**
 * A span the question counts by: "the first time in three years" looks back over a stretch, it names
 * no date; and in a longer message, the sentence with the span asks for the date, or the question
 * asks a date ("I retire in 12 years. What year will that be?"). A price question beside a span
 * said in passing is no date question.
 */
function spanAsked(t: string, m: RegExpExecArray): boolean {
  const before = t.slice(Math.max(0, m.index - 40), m.index);
  if (
    /\b(?:first|last|only|second|third)\s+time\s*$|\b(?:first|best|worst|biggest|most|highest|lowest)\b[^.?!]{0,25}$/.test(
      before,
    ) &&
    /^in\b/.test(m[0])
  )
    return false;
  const sentences = t.match(/[^.?!]+[.?!]*/g) ?? [t];
  let at = 0;
  const own =
    sentences.find((x) => {
      const start = t.indexOf(x, at);
      at = start + x.length;
      return m.index >= start && m.index < start + x.length;
    }) ?? t;
  if (own.length === t.length || /\bwhat\b|\bwhich\b|\bwhen\b|\bdate\b|\bday\b|\bwill\b|\?/.test(own)) return true;
  const questions = sentences.filter((x) => x.includes("?"));
  const asked = questions.length ? questions : sentences.slice(-1);
  return asked.some((x) => /\b(?:date|day|year|month|when|weekday)\b/.test(x));
}

function solveDates(message: string, yesNoOnly = false): Solved | null {
  const t = digitsForWords(message.toLowerCase())
    .replace(/[’‘]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
  // "If today is 2026-12-07, how many days until...": the stated today is the one to count from.
  // "Today is Tuesday, 14 April 2026": the weekday named first is part of the statement.
  const statedAt = /\btoday(?:'s date)? is\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?/.exec(t);
  const statedDay = statedAt
    ? findDates(t, today()).find(
        (f) =>
          !f.label &&
          (f.at === statedAt.index + statedAt[0].length ||
            f.at === statedAt.index + (/^.*?\bis\s+/.exec(statedAt[0])?.[0].length ?? 0)),
      )
    : undefined;
  // "If today is 1 December": a today without a year is in this year.
  const now = statedDay ? (statedDay.hasYear ? statedDay.day : { ...statedDay.day, y: today().y }) : today();
  let m: RegExpExecArray | null;

  // Leap years: "Is 2100 a leap year?"
  m = /\bis\s+(?:the\s+year\s+)?(\d{1,4})\s+a\s+leap\s+year\b|\bwas\s+(\d{1,4})\s+a\s+leap\s+year\b/.exec(t);
  if (m) {
    const y = Number(m[1] ?? m[2]);
    const leap = isLeap(y);
    const why =
      y % 400 === 0
        ? `it is divisible by 400`
        : y % 100 === 0
          ? `it is divisible by 100 but not by 400`
          : y % 4 === 0
            ? `it is divisible by 4 and not by 100`
            : `it is not divisible by 4`;
    const word = leap ? "Yes" : "No";
    return {
      value: word,
      texts: yesNoOnly
        ? [{ text: `${word}.`, weight: 1 }]
        : phrased([
            [`${word}, ${y} ${leap ? "is" : "is not"} a leap year: ${why}.`, 0.6],
            [`${word}: ${why}, so ${y} has ${leap ? 366 : 365} days.`, 0.4],
          ]),
    };
  }
  // "Which of these are leap years: 1900, 2000, 2024, 2026": the list, filtered by the Gregorian rule.
  if (/\bleap\s*years?\b/.test(t)) {
    const years = (t.match(/\b\d{4}\b/g) ?? []).map(Number);
    if (years.length >= 2 && !findDates(t, now).some((f) => f.hasYear && !f.label)) {
      const leap = years.filter(isLeap);
      const bare = /\bonly\b|\bcomma[- ]separated\b|\bjust\b/.test(t);
      const list = leap.length > 1 ? `${leap.slice(0, -1).join(", ")} and ${leap.at(-1)}` : String(leap[0] ?? "");
      const value = leap.join(", ");
      if (!leap.length) return { value: "none", texts: phrased([["None of those years is a leap year.", 1]]) };
      return {
        value,
        texts: bare
          ? [{ text: value, weight: 1 }]
          : phrased([
              [`The leap ${leap.length > 1 ? "years are" : "year is"} ${list}.`, 0.6],
              [`Of those, ${list} ${leap.length > 1 ? "are leap years" : "is a leap year"}.`, 0.4],
            ]),
      };
    }
  }
  // "Born on 29 February 2024: when is his next real birthday?": the next leap year after that, still to come.
  const leapDay = findDates(t, now).find((f) => f.day.m === 2 && f.day.d === 29 && !f.label);
  if (
    leapDay &&
    /\b(?:next|again|real|actual|proper)\b/.test(t) &&
    /\b(?:birthday|anniversary|29th|celebrate)\b/.test(t)
  ) {
    let y = Math.max(leapDay.day.y, now.y - 1) + 1;
    while (!isLeap(y) || dayNumber({ y, m: 2, d: 29 }) <= dayNumber(now)) y++;
    return {
      value: String(y),
      texts: phrased([
        [
          `${y}: 29 February only comes in leap years, and the next one after ${leapDay.day.y} still to come is ${y}.`,
          0.6,
        ],
        [`The next 29 February is in ${y} (a leap year), so that's the next real birthday.`, 0.4],
      ]),
    };
  }
  if (/\bnext leap year\b/.test(t)) {
    let y = now.y + 1;
    while (!isLeap(y)) y++;
    return { value: String(y), texts: phrased([[`The next leap year is ${y}.`, 1]]) };
  }

  // "Which months have 30 days?": the calendar's own lengths (any common year), February apart.
  m =
    /\b(?:which|what)\s+months?\s+(?:of the year\s+)?(?:have|has|are|with|contain)\s+(?:only\s+)?(28|29|30|31|thirty|thirty-one|thirty one|twenty-eight)\s+days\b/.exec(
      t,
    );
  if (m) {
    const want = { thirty: 30, "thirty-one": 31, "thirty one": 31, "twenty-eight": 28 }[m[1]] ?? Number(m[1]);
    const months = MONTH_NAMES.filter((_, i) => (want >= 28 && want <= 29 ? i === 1 : daysIn(2023, i + 1) === want));
    const list = months.length > 1 ? `${months.slice(0, -1).join(", ")} and ${months.at(-1)}` : months[0];
    const text =
      want === 28 || want === 29
        ? "February is the only month with just 28 days (29 in a leap year), though every month has at least 28."
        : `${list} have ${want} days.`;
    return { value: months.join(", "), texts: phrased([[text, 1]]) };
  }
  // "How many days are there in July and August put together?": the months' days added up.
  m = new RegExp(
    `\\bhow many days\\s+(?:are\\s+|were\\s+)?(?:there\\s+)?in\\s+((?:${MONTH}(?:\\s*,\\s*|\\s+and\\s+|\\s*\\+\\s*)){1,11}${MONTH})(?:\\s+(\\d{4}))?\\b`,
  ).exec(t);
  if (m) {
    const y = m.at(-1) && /^\d{4}$/.test(m.at(-1) ?? "") ? Number(m.at(-1)) : now.y;
    const named = [...m[1].matchAll(new RegExp(MONTH, "g"))].map((x) => monthOf(x[1]));
    const days = named.map((month) => daysIn(y, month));
    const total = days.reduce((a, b) => a + b, 0);
    const names = named.map((month) => MONTH_NAMES[month - 1]);
    const leapNote = named.includes(2) ? ` (February counted as in ${y})` : "";
    return {
      value: String(total),
      texts: phrased([
        [`${total} days: ${names.map((n, i) => `${n} has ${days[i]}`).join(", ")}${leapNote}.`, 0.6],
        [`There are ${total} days in ${names.slice(0, -1).join(", ")} and ${names.at(-1)} together${leapNote}.`, 0.4],
      ]),
    };
  }
  // Days in a month or a year: "How many days are in February 2028?", "How many days does April have?"
  m =
    new RegExp(
      `\\bhow many days\\s+(?:are\\s+|were\\s+|will\\s+)?(?:there\\s+)?(?:be\\s+)?in\\s+(?:the month of\\s+)?${MONTH}(?:\\s+(?:of\\s+)?(\\d{1,4}))?\\b`,
    ).exec(t) ??
    new RegExp(`\\bhow many days\\s+(?:does|do|did|will)\\s+${MONTH}(?:\\s+(\\d{1,4}))?\\s+have\\b`).exec(t);
  if (m) {
    const month = monthOf(m[1]);
    const y = m[2] ? Number(m[2]) : now.y;
    const n = daysIn(y, month);
    const name = MONTH_NAMES[month - 1];
    if (month === 2 && !m[2])
      return {
        value: String(n),
        texts: phrased([[`February has 28 days, or 29 in a leap year (${now.y} has ${n}).`, 1]]),
      };
    return {
      value: String(n),
      texts: phrased([
        [`${name}${m[2] ? ` ${y}` : ""} has ${n} days.`, 0.6],
        [`There are ${n} days in ${name}${m[2] ? ` ${y}` : ""}.`, 0.4],
      ]),
    };
  }
  m = /\bhow many days\s+(?:are\s+|were\s+|will\s+)?(?:there\s+)?(?:be\s+)?in\s+(?:the\s+year\s+)?(\d{3,4})\b/.exec(t);
  if (m) {
    const y = Number(m[1]);
    const n = isLeap(y) ? 366 : 365;
    return { value: String(n), texts: phrased([[`${y} has ${n} days${n === 366 ? " (a leap year)" : ""}.`, 1]]) };
  }

  // Age: "How old is someone born in 1990?", "I was born on 12 March 1985, how old am I?"
  if (/\bhow old\b|\bmy age\b|\bage of someone\b|\bwhat age\b/.test(t) && /\bborn\b/.test(t)) {
    const dates = findDates(t, now).filter((f) => f.hasYear && !f.label && f.at !== statedDay?.at);
    const yearOnly = /\bborn\s+in\s+(\d{3,4})\b/.exec(t);
    const at = /\bin\s+(\d{4})\s*\??\s*$|\bwill\b.*\bin\s+(\d{4})\b/.exec(t.replace(/\bborn\s+in\s+\d{3,4}/, ""));
    const ref: Day = at ? { y: Number(at[1] ?? at[2]), m: 12, d: 31 } : now;
    if (dates.length) {
      const born = dates[0].day;
      if (dayNumber(born) > dayNumber(ref)) return null;
      let age = ref.y - born.y;
      if (ref.m < born.m || (ref.m === born.m && ref.d < born.d)) age--;
      const when = at ? `at the end of ${ref.y}` : `today (${show(now)})`;
      return {
        value: String(age),
        texts: phrased([
          [`Someone born on ${show(born)} is ${plural(age, "year")} old ${when}.`, 0.6],
          [`${cap(plural(age, "year"))} old: ${age} birthdays have passed since ${show(born)}, ${when}.`, 0.4],
        ]),
      };
    }
    if (yearOnly) {
      const y = Number(yearOnly[1]);
      if (y > ref.y) return null;
      const age = ref.y - y;
      const when = at ? `in ${ref.y}` : `this year (${ref.y})`;
      return {
        value: String(age),
        texts: phrased([
          [
            `Someone born in ${y} turns ${age} ${when}: they are ${age} if their birthday has passed, ${age - 1} if not.`,
            0.6,
          ],
          [
            `${age}, or ${age - 1} if the birthday is still to come ${at ? "that" : "this"} year (${ref.y} - ${y} = ${age}).`,
            0.4,
          ],
        ]),
      };
    }
  }

  // "How many days are left in the year?", "How many days old is someone born on 1 January 2000?"
  if (
    /\bhow many (?:days|weeks)\s+(?:are\s+)?(?:there\s+)?(?:left|remaining|to go)\s+(?:in|until the end of)\s+(?:the|this)\s+year\b/.test(
      t,
    )
  ) {
    const end = { y: now.y, m: 12, d: 31 };
    const days = dayNumber(end) - dayNumber(now);
    return {
      value: String(days),
      texts: phrased([
        [`There are ${plural(days, "day")} left in ${now.y} after today (${show(now)}).`, 0.6],
        [`${cap(plural(days, "day"))} to go until 31 December ${now.y}.`, 0.4],
      ]),
    };
  }
  if (
    /\bhow many days old\b|\bage in days\b|\bhow many days (?:have passed |has it been )?since (?:i was|someone was|they were) born\b/.test(
      t,
    )
  ) {
    // "born on 2026-01-10. How many days old is she on 2026-04-20?": the birth is the date after "born",
    // and a second date is the day asked about; a question with no birth in it is not this one.
    const said = findDates(t, now).filter((f) => f.hasYear && !f.label && f.at !== statedDay?.at);
    const bornAt = /\bborn\b/.exec(t)?.index;
    const born = bornAt === undefined ? undefined : (said.find((f) => f.at > bornAt) ?? said[0]);
    const on = said.find((f) => f !== born);
    if (born && said.length <= 2) {
      const ref = on ? on.day : now;
      const days = dayNumber(ref) - dayNumber(born.day);
      if (days < 0) return null;
      const when = on ? `on ${show(ref)}` : `today (${show(now)})`;
      return {
        value: String(days),
        texts: phrased([
          [`Someone born on ${show(born.day)} ${on ? tense(ref, now) : "is"} ${plural(days, "day")} old ${when}.`, 1],
        ]),
      };
    }
  }
  // "What year was it 50 years ago?", "What year will it be in 15 years?"
  m = /\bwhat year\s+(?:was it|will it be|is it)\s+(?:in\s+)?(\d{1,4})\s+years?(\s+ago|\s+from now)?\b/.exec(t);
  if (m) {
    const y = now.y + (m[2]?.includes("ago") ? -1 : 1) * Number(m[1]);
    return { value: String(y), texts: phrased([[`It ${m[2]?.includes("ago") ? "was" : "will be"} ${y}.`, 1]]) };
  }

  // Today: "What's today's date?", "What day is it today?", "What year is it?"
  if (
    /^\W*(?:what(?:'s| is)\s+(?:the\s+date\s+today|today'?s\s+date|the\s+date|the\s+day\s+today)|what\s+day\s+is\s+(?:it\s+)?today|what\s+day\s+is\s+it|what\s+is\s+today)\W*$/.test(
      t,
    )
  ) {
    return {
      value: iso(now),
      texts: phrased([
        [`Today is ${showLong(now)}.`, 0.6],
        [`It's ${showLong(now)}.`, 0.4],
      ]),
    };
  }
  if (/^\W*what\s+year\s+is\s+it(?:\s+now)?\W*$/.test(t))
    return { value: String(now.y), texts: phrased([[`It's ${now.y}.`, 1]]) };

  // A date N days/weeks/months/years from another: "What date is 90 days after January 15, 2026?"
  m =
    /\b(\d{1,6})\s+(day|week|month|year|fortnight)s?\s+(from|after|before|ago|since|later|earlier|prior(?:\s+to)?|ahead of|in advance(?:\s+of)?|beforehand|out from)\b/.exec(
      t,
    ) ?? /\bin\s+(\d{1,6})\s+(day|week|month|year)s?(?:'?\s*time)?\b/.exec(t);
  // "How old will I be in 3 years?" asks an age (memory's), not a date.
  if (
    m &&
    /\bwhat\b|\bwhich\b|\bwhen\b|\bdate\b|\bday\b|\bwill\b/.test(t) &&
    !/\bhow old\b|\bage\b/.test(t) &&
    spanAsked(t, m)
  ) {
    const n = Number(m[1]);
    const unit = m[2];
    // "Count back 8 weeks from it", "16 weeks out from race day": back, though "from" is said.
    const counted = /\b(?:go|going|count|counting|step|work|working)\s+back(?:wards)?\b|\bsubtract\b|\bminus\b/.test(t);
    const dir = !m[3] || (/from|after|later|since/.test(m[3]) && !/^out/.test(m[3]) && !counted) ? 1 : -1;
    const rest = t.slice(m.index + m[0].length);
    // "I start on 15 January 2027. my probation ends 30 days after that": "that" is the one date said before.
    const earlier = findDates(t.slice(0, m.index), now).filter((f) => !f.label);
    const dates =
      (/^\s*(?:that|it|then|that date|this date|that day|the start|the beginning|the first day|it starts|it began|it begins)\b/.test(
        rest,
      ) ||
        (m[3] !== "ago" && namedEarlier(rest, t.slice(0, m.index), now))) &&
      earlier.length === 1
        ? earlier
        : findDates(rest, now);
    // "Two weeks from Friday": from the coming Friday, not from today.
    const named =
      /^\s*(?:next\s+|this\s+|the\s+coming\s+|coming\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/.exec(
        rest,
      );
    const onWeekday = named && m[3] && m[3] !== "ago" ? comingWeekday(now, named[1]) : undefined;
    const base =
      onWeekday ??
      (m[3] === "ago" || !m[3] || !dates.length ? now : nearest(dates[0], now, "next", holidayMaker(dates[0])));
    if (m[3] && m[3] !== "ago" && !dates.length && !onWeekday && !/\b(?:today|now)\b/.test(t)) {
      // "90 days from" with no date after it: from today, when the message says so.
      // "8 weeks from it", "30 days from my birthday": no date said for it, nothing to count from.
      if (!/\bfrom\s*$|\bfrom\W*$/.test(t.slice(0, m.index + m[0].length)) || namesSomething(rest)) return null;
    }
    let result: Day;
    if (unit === "day" || unit === "week" || unit === "fortnight") {
      const days = n * (unit === "week" ? 7 : unit === "fortnight" ? 14 : 1) * dir;
      result = fromDayNumber(dayNumber(base) + days);
    } else {
      const months = n * (unit === "year" ? 12 : 1) * dir;
      const total = base.y * 12 + (base.m - 1) + months;
      result = clampDay({ y: Math.floor(total / 12), m: (total % 12) + 1, d: base.d });
    }
    if (!valid(result)) return null;
    const span = plural(n, unit);
    const from = base === now ? "today" : show(base);
    const relation =
      dir > 0 ? (base === now && !m[3] ? "from today" : `after ${from}`) : m[3] === "ago" ? "ago" : `before ${from}`;
    const phrase = m[3] === "ago" ? `${span} ago` : `${span} ${relation}`;
    return {
      value: show(result),
      texts: phrased([
        [`${cap(phrase)} ${tense(result, now)} ${showLong(result)}.`, 0.6],
        [`That's ${showLong(result)}.`, 0.4],
      ]),
    };
  }

  // "Today is 2 March 2026 and...": the date stated is today's, not a second date beside the clock's.
  const found = findDates(t, now).filter((f) => f.at !== statedDay?.at);
  const statesToday = /\btoday(?:'s date)? is\b/.test(t) && found.some((f) => !f.label && f.hasYear);
  const dates = statesToday || statedDay ? found.filter((f) => !f.label || !/^(?:today|now)$/.test(f.label)) : found;
  if (!dates.length) return null;

  // "I borrowed it on 20 December and the loan is 21 days. When is it due back?": one date, a span, when it ends.
  // "Serviced every 18 months, last on 10 November 2025: when is the next one due?" counts months on the calendar.
  const span = /\b(\d{1,4})\s*-?\s*(day|week|month|year)s?\b/.exec(t);
  if (
    span &&
    dates.length === 1 &&
    !dates[0].label &&
    (/\b(?:when|what date|which date|what day)\b[^?]*\b(?:due|end|ends|finish|finishes|expire|expires|over|back|return|deadline|run out|runs out)\b/.test(
      t,
    ) ||
      /\bwhat(?:'s| is| will be) the (?:due|end|expiry|expiration|return|payment|deadline|renewal) date\b|\bwhen (?:is|will) (?:it|that|the \w+) (?:be )?(?:payable|renewed)\b/.test(
        t,
      ))
  ) {
    const start = dates[0].hasYear ? dates[0].day : nearest(dates[0], now, "next");
    const n = Number(span[1]) * (span[2] === "week" ? 7 : 1);
    const months = span[2] === "month" ? n : span[2] === "year" ? n * 12 : 0;
    const end = months
      ? clampDay({
          y: Math.floor((start.y * 12 + start.m - 1 + months) / 12),
          m: ((start.m - 1 + months) % 12) + 1,
          d: start.d,
        })
      : fromDayNumber(dayNumber(start) + n);
    if (!valid(end)) return null;
    return {
      value: show(end),
      texts: phrased([
        [`${cap(plural(Number(span[1]), span[2]))} after ${show(start)} is ${showLong(end)}.`, 0.6],
        [`That's ${showLong(end)}: ${plural(Number(span[1]), span[2])} after ${show(start)}.`, 0.4],
      ]),
    };
  }

  // "Today is 3 March 2026. What day of the week is it?": the stated today's weekday.
  if (statedDay && /\bwhat day(?: of the week)? is it\b|\bwhich day(?: of the week)? is it\b/.test(t)) {
    return {
      value: weekday(now),
      texts: phrased([[`${cap(show(now))} is a ${weekday(now)}.`, 1]]),
    };
  }

  // Weekday: "What day of the week was 14 July 1789?"
  if (
    /\bwhat day(?: of the week)?\b|\bwhich day(?: of the week)?\b|\bweekday\b|\bday of the week\b/.test(t) &&
    dates.length === 1
  ) {
    const f = dates[0];
    const day = f.hasYear ? f.day : nearest(f, now, "next", holidayMaker(f));
    const verb = tense(day, now);
    // "What day of the week is it today?": today, by its name.
    if (f.label && /^(?:today|tomorrow|yesterday)$/.test(f.label))
      return {
        value: weekday(day),
        fields: { weekday: weekday(day), day_of_week: weekday(day) },
        texts: phrased([
          [`${cap(f.label)} ${verb} ${weekday(day)}, ${show(day)}.`, 0.6],
          [
            f.label === "today"
              ? `It's ${weekday(day)} today (${show(day)}).`
              : `${cap(f.label)} ${verb} ${weekday(day)}, ${show(day)}.`,
            0.4,
          ],
        ]),
      };
    return {
      value: weekday(day),
      fields: { weekday: weekday(day), day_of_week: weekday(day) },
      texts: phrased([
        [`${cap(named(f, day))} ${verb} a ${weekday(day)}.`, 0.6],
        // The date is named in every phrasing: "It will be a Friday." alone does not say what will.
        [`${show(day)} ${verb} a ${weekday(day)}.`, 0.4],
      ]),
    };
  }

  // Working days between two dates, Monday to Friday, the first day counted and the last not (as
  // date calculators count by default); public holidays differ by country, so they are named, not taken off.
  const workdays = /\bhow many\s+(weekdays|week days|working days|work days|workdays|business days|school days)\b/.exec(
    t,
  );
  if (workdays && dates.length >= 2) {
    const [a, b] = dates;
    const dayA = a.hasYear || !b.hasYear ? a.day : clampDay({ ...a.day, y: b.day.y });
    const dayB = b.hasYear || !a.hasYear ? b.day : clampDay({ ...b.day, y: a.day.y });
    const [from, to] = dayNumber(dayA) <= dayNumber(dayB) ? [dayA, dayB] : [dayB, dayA];
    if (dayNumber(to) - dayNumber(from) > 366 * 20) return null;
    let count = 0;
    for (let n = dayNumber(from); n < dayNumber(to); n++) if (!/^S/.test(weekday(fromDayNumber(n)))) count++;
    const what = workdays[1].replace(/^week days$/, "weekdays");
    return {
      value: String(count),
      fields: { [what.replace(/\s+/g, "_")]: count, days: count },
      texts: phrased([
        [
          `There are ${plural(count, what.replace(/s$/, ""))} (Monday to Friday) from ${showLong(from)} up to ${showLong(to)}, counting the first day but not the last. Public holidays are not taken off.`,
          0.6,
        ],
        [
          `${cap(plural(count, what.replace(/s$/, "")))}: Monday to Friday from ${show(from)}, not counting ${show(to)} itself, and with no public holidays taken off.`,
          0.4,
        ],
      ]),
    };
  }

  // Between two dates: "How many days between 3 March and 9 June 2025?"
  const unit =
    /\bhow many\s+(weeks|months|years|hours|days|nights)\b/.exec(t)?.[1] ??
    (/\bhow long\b/.test(t) ? "days" : undefined);
  // "Today is 2 March and the wedding is on 20 June. How many weeks is that?": two dates stated, the span asked.
  const stated = /\bhow many\b[^?]*\b(?:is that|is it|are there|away|apart|left|remain|remaining|to go)\b/.test(t);
  // "How many days after 1 July is Christmas Day?": the gap between the two, either way round.
  if (
    unit &&
    dates.length >= 2 &&
    (/\bbetween\b|\bfrom\b|\bsince\b|\buntil\b|\btill\b|\bto\b/.test(t) ||
      stated ||
      new RegExp(`\\bhow many ${unit} (?:after|before)\\b`).test(t))
  ) {
    const [a, b] = dates;
    // "3 March and 9 June 2025": a date without its year takes the other's.
    const dayA = a.hasYear || !b.hasYear ? a.day : clampDay({ ...a.day, y: b.day.y });
    const dayB = b.hasYear || !a.hasYear ? b.day : clampDay({ ...b.day, y: a.day.y });
    // "counting both the first and last day", "inclusive": both ends count, one day more than the gap.
    const both =
      unit === "days" &&
      /\binclusive(?:ly)?\b|\b(?:counting|including|count|include)\s+(?:both|the first and (?:the )?last|both the first and (?:the )?last)(?:\s+days?|\s+ends?|\s+dates?)?\b/i.test(
        t,
      );
    const days = Math.abs(dayNumber(dayB) - dayNumber(dayA)) + (both ? 1 : 0);
    return countReply(
      days,
      unit,
      both ? `from ${show(dayA)} to ${show(dayB)}, counting both` : `between ${show(dayA)} and ${show(dayB)}`,
    );
  }

  // Until or since one date: "How many days until Christmas?", "How many days since 1 January?"
  if (unit && dates.length === 1) {
    const f = dates[0];
    const make = holidayMaker(f);
    const since = /\bsince\b|\bago\b|\bpassed\b|\belapsed\b/.test(t);
    const until =
      /\buntil\b|\btill\b|\bto go\b|\bleft\b|\bremain(?:s|ing)?\b|\bbefore\b|\bto\b|\baway\b/.test(t) ||
      (stated && !!statedDay);
    if (!since && !until) return null;
    const day = nearest(f, now, since ? "last" : "next", make);
    const days = dayNumber(day) - dayNumber(now);
    if (days === 0) return { value: "0", texts: phrased([[`${cap(named(f, day))} is today!`, 1]]) };
    const what = named(f, day);
    return countReply(Math.abs(days), unit, days > 0 ? `until ${what}` : `since ${what}`);
  }
  return null;
}

/**
 * A weekday the message supposes: "If today is a Wednesday, what day will it be in 100 days?"
 * is counted from that weekday, never from the real today.
 */
const SUPPOSED =
  /\b(?:if|suppose|say|assume|assuming|pretend)\s+(?:that\s+)?today\s+(?:is|was|were)\s+(?:a\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/;

const STATED_TODAY =
  /\btoday(?:'s date)? is\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d|the\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/;

function solveSupposed(message: string): Solved | null {
  const t = digitsForWords(message.toLowerCase());
  const m = SUPPOSED.exec(t);
  if (m) {
    const from = WEEKDAYS.findIndex((w) => w.toLowerCase() === m?.[1]);
    const rest = t.slice(m.index + m[0].length);
    const ahead =
      /\b(\d{1,6})\s+(day|week)s?\s+(from now|from today|later|after|ago|before|earlier)\b/.exec(rest) ??
      /\bin\s+(\d{1,6})\s+(day|week)s?\b/.exec(rest);
    const near = /\b(the day after tomorrow|the day before yesterday|tomorrow|yesterday)\b/.exec(rest);
    let step: number | undefined;
    let span = "";
    if (ahead) {
      const n = Number(ahead[1]) * (ahead[2] === "week" ? 7 : 1);
      const back = /ago|before|earlier/.test(ahead[3] ?? "");
      step = back ? -n : n;
      span = `${plural(Number(ahead[1]), ahead[2])} ${back ? "before" : "after"} a ${WEEKDAYS[from]}`;
    } else if (near) {
      step = { "the day after tomorrow": 2, "the day before yesterday": -2, tomorrow: 1, yesterday: -1 }[near[1]];
      span = `${cap(near[1])}`;
    }
    if (step === undefined || !/\bwhat\b|\bwhich\b|\bday\b/.test(rest)) return null;
    const to = WEEKDAYS[(((from + step) % 7) + 7) % 7];
    const why =
      Math.abs(step) >= 7
        ? ` (${plural(Math.abs(step), "day")} is ${plural(Math.floor(Math.abs(step) / 7), "week")} and ${plural(Math.abs(step) % 7, "day")})`
        : "";
    return {
      value: to,
      texts: phrased([
        [`${cap(span)} ${near ? (step < 0 ? "was" : "would be") : "is"} a ${to}${why}.`, 0.6],
        [`It would be a ${to}: ${span.charAt(0).toLowerCase()}${span.slice(1)} is a ${to}${why}.`, 0.4],
      ]),
    };
  }
  return null;
}

function countReply(days: number, unit: string, span: string): Solved {
  const exact: Record<string, [number, string]> = {
    days: [days, "day"],
    // A stay's nights are the days from check-in to check-out.
    nights: [days, "night"],
    weeks: [days / 7, "week"],
    hours: [days * 24, "hour"],
    months: [days / 30.436875, "month"],
    years: [days / 365.2425, "year"],
  };
  const [n, word] = exact[unit] ?? exact.days;
  const whole = Number.isInteger(n);
  const value = whole ? formatNumber(n) : formatNumber(n, 1);
  // Weeks are counted whole with the days left over: "15 weeks and 5 days", not "about 15.7 weeks".
  const count =
    unit === "weeks" && !whole
      ? `${plural(Math.floor(days / 7), "week")} and ${plural(days % 7, "day")}`
      : `${whole ? "" : "about "}${value} ${word}${value === "1" ? "" : "s"}`;
  const extra =
    unit === "weeks" && !whole
      ? ` (${plural(days, "day")})`
      : unit !== "days" && unit !== "hours" && unit !== "nights"
        ? ` (${plural(days, "day")})`
        : "";
  return {
    value,
    // {"days": 31} beside a weekday in one JSON answer: the count is the field its unit names.
    fields: { [unit]: Number(value.replace(/,/g, "")), ...(unit !== "days" ? { days } : {}) },
    texts: phrased([
      [`There are ${count}${extra} ${span}.`, 0.55],
      [`${cap(count)}${extra} ${span}.`, 0.25],
      [`It's ${count}${extra}.`, 0.2],
    ]),
  };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const ORDINAL_WORDS: Record<string, number> = {
  next: 1,
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const countOf = (w: string | undefined) =>
  w === undefined ? 1 : /^\d+$/.test(w) ? Number(w) : (ORDINAL_WORDS[w.toLowerCase()] ?? Number.NaN);

/**
 * Steps around the week or the year without a date: "3 days after Friday", "the day before
 * Monday", "what month comes after October", "two months before March".
 */
function solveCycles(message: string): Solved | null {
  const t = message.toLowerCase();
  const day = WEEKDAYS.map((w) => w.toLowerCase()).join("|");
  const month = MONTHS.join("|");
  const re = (unit: string, names: string) =>
    new RegExp(
      String.raw`^(?:what|which)\s+(?:${unit}\s+)?(?:(?:is it|will it be|would it be|was it|comes?|is)\s+)?(?:the\s+)?(?:(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+${unit}s?\s+|${unit}\s+|)(?:(?:that\s+)?comes?\s+|is\s+)?(after|before|from)\s+(${names})(?:\s+(?:is it|will it be|comes?))?\s*\??$`,
    );
  for (const [unit, names, list] of [
    ["day", day, WEEKDAYS],
    ["month", month, MONTH_NAMES],
  ] as const) {
    const m = re(unit, names).exec(t.replace(/[!.]+$/, "").trim());
    if (!m) continue;
    const n = countOf(m[1]);
    if (!Number.isInteger(n) || n < 0 || n > 10_000) return null;
    const from = list.findIndex((x) => x.toLowerCase() === m[3]);
    const step = m[2] === "before" ? -n : n;
    const size = list.length;
    const to = list[(((from + step) % size) + size) % size];
    const span =
      n === 1
        ? `the ${unit} ${m[2] === "before" ? "before" : "after"} ${list[from]}`
        : `${n} ${unit}s ${m[2]} ${list[from]}`;
    return {
      value: to,
      texts: phrased([
        [`${cap(span)} is ${to}.`, 0.5],
        [`It's ${to}.`, 0.3],
        [`${to}.`, 0.2],
      ]),
    };
  }
  return null;
}

/** Words that name no event of their own ("the big day", "my date"). */
const NO_EVENT = new Set("the my our your his her their its this that big day date one what which when".split(" "));

/** What follows "N days from" names a day of its own ("it", "my birthday"), not the bare "from" of today. */
function namesSomething(rest: string): boolean {
  const lead = /^[^?.!,;:]*/.exec(rest)?.[0] ?? "";
  if (/^\s*(?:it|that|then|this|there)\b/.test(lead)) return true;
  return (lead.match(/[a-z][a-z'-]{2,}/g) ?? []).some(
    (w) => !NO_EVENT.has(w) && !/^(?:now|today|here|will|would|be|is|it)$/.test(w),
  );
}

/**
 * "The deadline is 20 May 2026. What date is 3 days before the deadline?", "... 30 days prior.":
 * the span counts from the date said before it when nothing follows it, or what follows is named
 * beside that date (never "before my birthday" after another day's date).
 */
function namedEarlier(rest: string, before: string, now: Day): boolean {
  if (findDates(rest, now).length) return false;
  const lead = /^[^?.!,;:]*/.exec(rest)?.[0] ?? "";
  const words = (lead.match(/[a-z][a-z'-]{2,}/g) ?? []).filter((w) => !NO_EVENT.has(w));
  if (words.some((w) => /^(?:now|today|tomorrow|yesterday)$/.test(w))) return false;
  return words.length === 0 || words.some((w) => new RegExp(`\\b${w.replace(/'s$/, "")}`).test(before));
}

/**
 * "I'm starting a sourdough starter on Monday 5 January 2026." ... "It needs 10 days. What date will
 * that be?": a span asked after the user stated one date is counted from that date ("10 days
 * before that" back from it).
 */
function solveFromEarlierDate(turns: readonly ConversationTurn[], lastUser: string): Solved | null {
  const t = digitsForWords(lastUser.toLowerCase()).replace(/[’‘]/g, "'");
  if (t.length > 300 || !/\b(?:what|which) (?:date|day)\b|\bwhen\b/.test(t)) return null;
  const now = today();
  if (findDates(t, now).length) return null;
  const spans = [...t.matchAll(/\b(\d{1,4})\s*-?\s*(day|week|month)s?\b/g)];
  if (spans.length !== 1 || (t.match(/\d+/g) ?? []).length !== 1) return null;
  const before = turns.filter((x) => x.role === "user").at(-2)?.text;
  if (!before || before.length > 300) return null;
  const stated = findDates(digitsForWords(before.toLowerCase()), now).filter((f) => !f.label && f.hasYear);
  if (stated.length !== 1) return null;
  const [, count, unit] = spans[0];
  // "It needs 10 days before the first bake": a time something takes, counted on from the date said.
  const takes = new RegExp(
    String.raw`\b(?:needs?|takes?|requires?|lasts?|wait|waits|for)\s+(?:about\s+|exactly\s+|at least\s+)?${count}\s*-?\s*${unit}`,
  ).test(t);
  const back =
    !takes &&
    (new RegExp(
      String.raw`\b${count}\s*-?\s*${unit}s?\s+(?:earlier|ago|prior|before|beforehand|ahead of|in advance|out from|out(?!\s+of)|back from)\b`,
    ).test(t) ||
      /\b(?:go|going|count|counting|step|work|working)\s+back(?:wards)?\b|\bsubtract\b|\bminus\b/.test(t));
  const n = Number(count) * (back ? -1 : 1);
  const start = stated[0].day;
  const end =
    unit === "month"
      ? clampDay({
          y: Math.floor((start.y * 12 + start.m - 1 + n) / 12),
          m: ((((start.m - 1 + n) % 12) + 12) % 12) + 1,
          d: start.d,
        })
      : fromDayNumber(dayNumber(start) + n * (unit === "week" ? 7 : 1));
  if (!valid(end)) return null;
  const span = `${plural(Math.abs(n), unit)} ${back ? "before" : "after"} ${show(start)}`;
  return {
    value: show(end),
    fields: { date: iso(end), weekday: weekday(end), day_of_week: weekday(end) },
    texts: phrased([
      [`${cap(span)} is ${showLong(end)}.`, 0.6],
      [`That's ${showLong(end)}: ${span}.`, 0.4],
    ]),
  };
}

/** "my flight is on 14 march" ... "what day of the week is that?": the weekday of the date said just before. */
function weekdayOfEarlierDate(turns: readonly ConversationTurn[], lastUser: string): Solved | null {
  const t = lastUser.toLowerCase();
  if (t.length > 200 || /\d/.test(t)) return null;
  if (
    !/\b(?:what|which) (?:day(?: of the week)?|weekday) (?:is|was|will be|will|does|did) (?:that|it|this)\b|\b(?:what|which) weekday\b|\bwhat day of the week\b/.test(
      t,
    )
  )
    return null;
  const now = today();
  const users = turns.filter((x) => x.role === "user");
  for (const said of users.slice(-3, -1).reverse()) {
    const found = findDates(digitsForWords(said.text.toLowerCase()), now).filter((f) => !f.label);
    if (found.length > 1) return null;
    if (found.length === 0) continue;
    const f = found[0];
    const day = f.hasYear ? f.day : nearest(f, now, "next");
    const verb = tense(day, now);
    return {
      value: weekday(day),
      fields: { weekday: weekday(day), day_of_week: weekday(day), date: iso(day) },
      texts: phrased([
        [`${cap(show(day))} ${verb} a ${weekday(day)}.`, 0.6],
        [`It ${verb} a ${weekday(day)}: ${show(day)}.`, 0.4],
      ]),
    };
  }
  return null;
}

const solveCalendar = (message: string, yesNoOnly = false) => solveCycles(message) ?? solveDates(message, yesNoOnly);
registerSolver(solveCalendar);

export const dates: Skill = {
  name: "dates",
  does: "day counts, weekdays, date offsets, leap years and ages, against the model's today",
  reply(input) {
    if (input.summarizing) return null;
    // A supposed today is the only today the answer may count from.
    if (SUPPOSED.test(input.lastUser.toLowerCase())) {
      const supposed = solveSupposed(input.lastUser);
      return supposed ? solveParts(input, (text) => (text === input.lastUser ? supposed : null)) : null;
    }
    const yesNoOnly = wantsOnlyYesNo(input);
    // "Today is 5 May 2026. How old is...?": a part without the stated today would count from the real one.
    const statesToday = STATED_TODAY.test(input.lastUser.toLowerCase());
    const own = solveParts(input, (text) =>
      statesToday && !STATED_TODAY.test(text.toLowerCase()) ? null : solveCalendar(text, yesNoOnly),
    );
    if (own) return own;
    const earlier =
      solveFromEarlierDate(input.turns, input.lastUser) ?? weekdayOfEarlierDate(input.turns, input.lastUser);
    return earlier ? solveParts(input, (text) => (text === input.lastUser ? earlier : null)) : null;
  },
};
