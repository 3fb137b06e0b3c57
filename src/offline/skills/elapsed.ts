/**
 * Time counted from a date the user gave: "How many days until my birthday?" (from a stated
 * birthday, to the workbook's today), "How many years have I worked there?" (from "I started my
 * job in 2019"). A day of the month is never read as the count asked for.
 */
import { workbookToday } from "../../api/catalog";
import { expand, type Filled } from "../language/templates";
import { readDate, toSecondPerson, type Fact } from "./user-facts";

const DAY_MS = 86_400_000;

/** Whole days from the workbook's today to the next `month`/`day` (0 when it is today). */
function daysUntil(month: number, day: number): number {
  const today = workbookToday();
  const now = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  let year = Number(today.slice(0, 4));
  let next = Date.UTC(year, month - 1, day);
  if (next < now) next = Date.UTC(++year, month - 1, day);
  return Math.round((next - now) / DAY_MS);
}

const clean = (s: string) => s.replace(/[[\]|]/g, " ");

const DAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const WEEKDAY = new RegExp(`\\bon (${DAY_NAMES.join("|")})\\b`, "i");

/** A day and month a statement gives ("on 3 March", "on March 3rd"), or null. */
function dayAndMonth(statement: string): { month: number; day: number } | null {
  const d = readDate(statement);
  return d.month && d.day ? { month: d.month, day: d.day } : null;
}

/** Replies to a question about time until or since a date the user stated; null when the message is not one. */
export function elapsedReplies(q: string, facts: readonly Fact[], statements: readonly string[]): Filled[] | null {
  if (
    /\bhow many (?:days|weeks|months)\b[^?]{0,20}\b(?:until|till|til|to|before|left (?:until|till|before)?)\s+my birthday\b/i.test(
      q,
    )
  ) {
    const birthday = facts.findLast((f) => f.key === "birthday");
    const date = birthday ? readDate(birthday.value) : {};
    if (!birthday || !date.month || !date.day)
      return expand(
        "[I can't count that: you haven't told me the day and month of your birthday.|You haven't told me your birthday's day and month, so I can't count the days.] [Tell me and I'll work it out.|What's the date?]",
      );
    const n = daysUntil(date.month, date.day);
    const said = clean(birthday.said);
    if (n === 0)
      return expand(
        `[It's today: ${said}. Happy birthday!|Today! ${said.charAt(0).toUpperCase()}${said.slice(1)}. Happy birthday!]`,
      );
    const weeks = /\bweeks\b/i.test(q) ? ` (about ${Math.round(n / 7)} weeks)` : "";
    return expand(
      `[${n} ${n === 1 ? "day" : "days"}${weeks}: ${said}, and today is ${workbookToday()}.|${n} ${n === 1 ? "day" : "days"}${weeks} to go, going by what you told me: ${said}.]`,
    );
  }
  // "How many days until my exam?" after "My exam is on Friday" or "... on 3 March".
  const until =
    /\bhow many (?:more )?days\b[^?]{0,20}\b(?:until|till|til|to|before|left (?:until|till|before)?)\s+(?:my|our|the) ([a-z]+(?: [a-z]+)?)\b/i.exec(
      q,
    );
  if (until && !/birthday/i.test(until[1])) {
    const word = until[1].split(" ").pop() ?? "";
    const said = statements.findLast(
      (st) => new RegExp(`\\b${word}`, "i").test(st) && (WEEKDAY.test(st) || dayAndMonth(st)),
    );
    if (!said) return null;
    const date = dayAndMonth(said);
    const day = WEEKDAY.exec(said)?.[1]?.toLowerCase();
    let n: number | null = null;
    if (date) n = daysUntil(date.month, date.day);
    else if (day) {
      const today = new Date(`${workbookToday()}T00:00:00Z`).getUTCDay();
      n = (DAY_NAMES.indexOf(day) - today + 7) % 7;
      // "On Friday" said on a Friday may mean today or next week: no guess.
      if (n === 0) return null;
    }
    if (n === null) return null;
    const back = clean(toSecondPerson(said));
    return expand(
      `[${n} ${n === 1 ? "day" : "days"}: you told me ${back}, and today is ${workbookToday()}.|${n} ${n === 1 ? "day" : "days"} to go, going by what you said: ${back}.]`,
    );
  }
  const since =
    /\bhow (?:many years|long)\b[^?]{0,40}\b(?:have|has|had|did)\s+(?:i|we)\b|\bhow many years (?:since|ago did) (?:i|we)\b/i.test(
      q,
    );
  if (!since) return null;
  // The one statement that dates a start: "I started my job in 2019", "We moved here in 2015".
  const dated = statements.filter((s) =>
    /\b(?:started|began|joined|moved|met|married|got married|founded|opened|bought|graduated|have (?:worked|lived|been)[^.]{0,30}since|since)\b[^.?!]{0,40}\b(?:in|since)\s+(?:19|20)\d\d\b/i.test(
      s,
    ),
  );
  if (dated.length !== 1) return null;
  const year = Number(/\b((?:19|20)\d\d)\b/.exec(dated[0])?.[1]);
  const n = Number(workbookToday().slice(0, 4)) - year;
  if (!(n >= 0 && n < 120)) return null;
  const said = clean(toSecondPerson(dated[0]));
  return expand(
    `[About ${n} ${n === 1 ? "year" : "years"}: you told me ${said}.|Roughly ${n} ${n === 1 ? "year" : "years"}, going by what you said: ${said}.]`,
  );
}
