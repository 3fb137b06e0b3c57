/**
 * Times of day, worked out: "What time will it be 3 hours after 10:30?", "How many minutes between
 * 9:15 and 11:40?", "How long is it from 9am to 5:30pm?". A clock time needs a colon or am/pm, so
 * "3 hours after 10" is not guessed at; the answer keeps the clock the question used (12 or 24 hours).
 */
import type { Filled } from "../language/templates";
import type { Skill } from "./skill";

interface Clock {
  minutes: number;
  twelve: boolean;
}

const TIME = String.raw`(\d{1,2})(?::(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?`;

function clockOf(h: string, m: string | undefined, half: string | undefined): Clock | null {
  if (m === undefined && half === undefined) return null;
  let hour = Number(h);
  const minute = Number(m ?? 0);
  if (minute > 59) return null;
  if (half) {
    if (hour < 1 || hour > 12) return null;
    const pm = half.startsWith("p");
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (hour > 23) return null;
  return { minutes: hour * 60 + minute, twelve: half !== undefined };
}

function show(minutes: number, twelve: boolean): string {
  const day = ((minutes % 1440) + 1440) % 1440;
  const h = Math.floor(day / 60);
  const m = String(day % 60).padStart(2, "0");
  if (!twelve) return `${String(h).padStart(2, "0")}:${m}`;
  return `${h % 12 === 0 ? 12 : h % 12}:${m} ${h < 12 ? "am" : "pm"}`;
}

function span(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const hours = h ? `${h} hour${h === 1 ? "" : "s"}` : "";
  const mins = m ? `${m} minute${m === 1 ? "" : "s"}` : "";
  return [hours, mins].filter(Boolean).join(" and ") || "0 minutes";
}

/** "3 hours (and 15 minutes) after 10:30", "45 minutes before 9am". */
function shifted(t: string): Filled[] | null {
  const m = new RegExp(
    String.raw`\b(\d{1,3})\s*(hours?|hrs?|h|minutes?|mins?|m)(?:,?\s*(?:and\s+)?(\d{1,3})\s*(minutes?|mins?|m))?\s+(after|from|past|later than|before|earlier than)\s+${TIME}`,
    "i",
  ).exec(t);
  if (!m) return null;
  const start = clockOf(m[6], m[7], m[8]?.toLowerCase());
  if (!start) return null;
  const amount = Number(m[1]) * (/^h/i.test(m[2]) ? 60 : 1) + Number(m[3] ?? 0);
  const back = /before|earlier/i.test(m[5]);
  const end = start.minutes + (back ? -amount : amount);
  const dayNote = end >= 1440 ? " the next day" : end < 0 ? " the day before" : "";
  // A 24-hour answer past noon also says it the 12-hour way: "10:30" may have meant the morning.
  const day = ((end % 1440) + 1440) % 1440;
  const also = !start.twelve && day >= 780 ? ` (${show(end, true)})` : "";
  const at = `${show(end, start.twelve)}${also}${dayNote}`;
  return [
    { text: `It will be ${at}.`, weight: 0.5 },
    {
      text: `${at.charAt(0).toUpperCase()}${at.slice(1)}: ${span(amount)} ${back ? "before" : "after"} ${show(start.minutes, start.twelve)}.`,
      weight: 0.5,
    },
  ];
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ON_DAY = String.raw`(?:\s+on\s+(?:\w+day,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*))?`;
const START = `(?:leaves?|leaving|departs?|departing|starts?|starting|begins?|set off|sets off|took off|takes off|went to bed|go to bed|fell asleep|clocked in|got on)`;
const END = `(?:arrives?|arriving|lands?|landing|ends?|ending|finish(?:es|ed)?|gets? in|got in|woke up|wake up|got up|get up|clocked out|got off)`;

/** Whole days from one day and month to another (the later in the same year, else the next). */
function daysApart(d1: string, m1: string, d2: string, m2: string): number {
  const at = (d: string, m: string, y: number) => Date.UTC(y, MONTHS.indexOf(m.slice(0, 3)), Number(d));
  const a = at(d1, m1, 2001);
  let b = at(d2, m2, 2001);
  if (b < a) b = at(d2, m2, 2002);
  return Math.round((b - a) / 86_400_000);
}

/** "How many minutes between 9:15 and 11:40?", "How long from 9am to 5:30pm?". */
function between(t: string): { texts: Filled[]; fields: Record<string, string | number> } | null {
  let m = new RegExp(String.raw`\b(?:between|from)\s+${TIME}\s+(?:and|to|until|till)\s+${TIME}`, "i").exec(t);
  // "My flight leaves on 3 July at 22:00 and lands on 4 July at 06:30": a start and an end, perhaps on other days.
  let days = 0;
  if (!m) {
    const leg = new RegExp(
      String.raw`\b${START}${ON_DAY}[^.?!\d]{0,20}?\b(?:at\s+)?${TIME}(?![\d:])[^?\d]{0,60}?\b${END}${ON_DAY}[^.?!\d]{0,20}?\b(?:at\s+)?${TIME}`,
      "i",
    ).exec(t);
    if (
      !leg ||
      /\blocal time\b|\btime ?zones? (?:later|earlier|ahead|behind)\b|\b(?:different|another|other) time ?zone\b|\b(?:gmt|utc|cet|est|pst|[+-]\d{1,2} ?h)\b/i.test(
        t,
      )
    )
      return null;
    if (leg[1] && leg[6]) days = daysApart(leg[1], leg[2], leg[6], leg[7]);
    else if (leg[1] || leg[6]) return null;
    m = [leg[0], leg[3], leg[4], leg[5], leg[8], leg[9], leg[10]] as unknown as RegExpExecArray;
  }
  if (!m || !/\bhow (?:many|much|long)\b|\bhow much time\b|\btime between\b|\bduration\b/i.test(t)) return null;
  const a = clockOf(m[1], m[2], m[3]?.toLowerCase() ?? (m[6] && m[4] === undefined ? m[6].toLowerCase() : undefined));
  const b = clockOf(m[4], m[5], m[6]?.toLowerCase());
  if (!a || !b) return null;
  const overnight = days === 0 && b.minutes < a.minutes;
  const diff = b.minutes - a.minutes + (overnight ? 1440 : 0) + days * 1440;
  if (diff < 0 || days > 3) return null;
  const note = overnight || days === 1 ? " (through midnight)" : days > 1 ? ` (over ${days} nights)` : "";
  // A JSON answer's fields: the two times as the question wrote them, and the span.
  const hours = Math.round((diff / 60) * 100) / 100;
  const fields = {
    start: m[0].slice(m[0].search(/\d/)).split(/\s+(?:and|to|until|till)\s+/i)[0],
    end: m[0].split(/\s+(?:and|to|until|till)\s+/i).at(-1) ?? "",
    minutes: diff,
    duration_minutes: diff,
    total_minutes: diff,
    hours,
    duration_hours: hours,
  };
  if (/\bhow many minutes\b|\bin minutes\b/i.test(t))
    return { fields, texts: [{ text: `${diff} minutes${note}: ${span(diff)}.`, weight: 1 }] };
  if (/\bhow many hours\b|\bin hours\b/i.test(t)) {
    const parts = diff % 60 ? ` (${span(diff)})` : "";
    return { fields, texts: [{ text: `${hours} hour${hours === 1 ? "" : "s"}${note}${parts}.`, weight: 1 }] };
  }
  return {
    fields,
    texts: [
      { text: `${span(diff)}${note}.`.replace(/^./, (c) => c.toUpperCase()), weight: 0.5 },
      { text: `It's ${span(diff)}${note}, or ${diff} minutes.`, weight: 0.5 },
    ],
  };
}

export const clock: Skill = {
  name: "clock",
  does: "times of day worked out: a time so many hours after another, the time between two clock times",
  reply({ lastUser, json }) {
    if (lastUser.length > 300) return null;
    // Asked for JSON, the span between two times fills its fields ("minutes": 150); a shifted time has none.
    if (json) {
      const found = between(lastUser);
      return found
        ? { texts: found.texts, exact: true, fields: { ...found.fields, answer: found.fields.minutes } }
        : null;
    }
    const texts = shifted(lastUser) ?? between(lastUser)?.texts;
    return texts ? { texts, exact: true } : null;
  },
};

/** "What time do we land?", "When will I finish?": the end of something that starts and lasts. */
const ENDS =
  /\b(?:what time|when)\s+(?:do|does|will|would|shall|should|did)\s+(?:we|i|you|it|they|he|she|the\s+\w+)\s+(?:land|arrive|get\s+(?:there|in|back|home)|finish|end|be\s+(?:done|finished|back|there|home))\b/i;

/**
 * The end time of what the user said starts at a clock time and lasts so long ("Our flight leaves at
 * 14:20 and the flight time is 2 hours 35 minutes" -> "What time do we land?" 16:55), read from their
 * own messages; nothing when either is missing (the time they gave is when it starts, not the answer).
 */
function ending(turns: readonly { role: string; text: string }[], lastUser: string): Filled[] | null {
  if (!ENDS.test(lastUser)) return null;
  const said = turns
    .filter((t) => t.role === "user")
    .map((t) => t.text)
    .join("\n")
    .slice(-3000);
  const starts = new RegExp(
    String.raw`\b(?:leaves?|leaving|departs?|departing|takes?\s+off|starts?|starting|begins?|sets?\s+off|sets?\s+sail|sails?|sailing|goes|boards?|kicks?\s+off)\s+(?:at\s+)?${TIME}`,
    "i",
  ).exec(said);
  const start = starts ? clockOf(starts[1], starts[2], starts[3]?.toLowerCase()) : null;
  const lasts =
    /\b(\d{1,2})\s*(?:hours?|hrs?|h)\b(?:,?\s*(?:and\s+)?(\d{1,2})\s*(?:minutes?|mins?|m)\b)?|\b(\d{1,3})\s*(?:minutes?|mins?)\b/i.exec(
      said.replace(starts?.[0] ?? "", " "),
    );
  // It starts at a time the user gave, but how long it lasts they did not say: that time is no answer.
  if (start && !lasts) {
    const when = show(start.minutes, start.twelve);
    return [
      {
        text: `I can't tell yet: you told me it starts at ${when}, but not how long it takes. Tell me that and I'll work out the time.`,
        weight: 0.5,
      },
      {
        text: `You said ${when} for the start, but not how long it lasts, so I can't work out the end. How long is it?`,
        weight: 0.5,
      },
    ];
  }
  if (!start || !lasts) return null;
  const amount = lasts[3] !== undefined ? Number(lasts[3]) : Number(lasts[1]) * 60 + Number(lasts[2] ?? 0);
  if (!amount) return null;
  const end = start.minutes + amount;
  const dayNote = end >= 1440 ? " the next day" : "";
  const day = ((end % 1440) + 1440) % 1440;
  const also = !start.twelve && day >= 780 ? ` (${show(end, true)})` : "";
  const at = `${show(end, start.twelve)}${also}${dayNote}`;
  // A flight may cross time zones: said once, unless the user set it aside.
  const zone =
    /\b(?:land|arrive)\b/i.test(lastUser) && !/\bno time difference|same time zone\b/i.test(lastUser)
      ? " That's by the clock you left with: add any time difference at the other end."
      : "";
  const sum = `${show(start.minutes, start.twelve)} plus ${span(amount)}`;
  return [
    { text: `At ${at}: ${sum}.${zone}`, weight: 0.5 },
    {
      text: `${at.charAt(0).toUpperCase()}${at.slice(1)}, since ${sum} is ${show(end, start.twelve)}.${zone}`,
      weight: 0.5,
    },
  ];
}

export const arrival: Skill = {
  name: "arrival",
  does: "when something the user said starts at a time and lasts so long will end: 'What time do we land?'",
  reply({ turns, lastUser, json }) {
    if (json || lastUser.length > 300) return null;
    const texts = ending(turns, lastUser);
    return texts ? { texts, exact: true } : null;
  },
};

/**
 * "I have a meeting at 3pm and it's 1:20pm now" ... "how long until the meeting?": the time from
 * the now the user gave to the other time they gave, read from their own messages.
 */
function untilSaid(turns: readonly { role: string; text: string }[], lastUser: string): Filled[] | null {
  const t = lastUser.toLowerCase();
  if (!/\bhow (?:long|much time|many (?:minutes|hours))\b[^?]{0,30}\b(?:until|till|til|before|to go|left)\b/.test(t))
    return null;
  const said = turns
    .filter((x) => x.role === "user")
    .slice(-3)
    .map((x) => x.text)
    .join("\n");
  const nowAt = new RegExp(
    String.raw`\b(?:it'?s|it is|the time is)\s+(?:now\s+)?${TIME}(?![\d:])\s*(?:now\b)?`,
    "i",
  ).exec(said);
  // "It's 1:20pm now" said before; "if it's 10:45pm, how long until midnight?" said in the question itself.
  if (!nowAt || !(/\bnow\b|\bthe time is\b/i.test(nowAt[0]) || lastUser.includes(nowAt[0]))) return null;
  const now = clockOf(nowAt[1], nowAt[2], nowAt[3]?.toLowerCase());
  const rest = said.replace(nowAt[0], " ");
  const namedTimes = [...rest.matchAll(/\b(?:until|till|til|to|before)\s+(midnight|noon|midday)\b/gi)].map((m) =>
    m[1].toLowerCase(),
  );
  const times = [
    ...[...rest.matchAll(new RegExp(String.raw`\b(?:at|by|for|until|till|til|to)\s+${TIME}(?![\d:])`, "gi"))].map((m) =>
      clockOf(m[1], m[2], m[3]?.toLowerCase()),
    ),
    ...namedTimes.map((name) => ({ minutes: name === "midnight" ? 0 : 720, twelve: true })),
  ].filter((c): c is Clock => c !== null);
  if (!now || times.length !== 1) return null;
  // "3pm" against "1:20pm": the same half of the day unless it says otherwise.
  const diff = (((times[0].minutes - now.minutes) % 1440) + 1440) % 1440;
  if (diff === 0) return null;
  const from = show(now.minutes, now.twelve);
  const to = namedTimes[0] ?? show(times[0].minutes, times[0].twelve);
  const minutes = diff >= 60 ? ` (${diff} minutes)` : "";
  return [
    { text: `${span(diff).replace(/^./, (c) => c.toUpperCase())}: from ${from} now to ${to}.`, weight: 0.5 },
    { text: `It's ${span(diff)}${minutes}, from ${from} to ${to}.`, weight: 0.5 },
  ];
}

export const untilTime: Skill = {
  name: "until-time",
  does: "how long from the time the user said it is now to another time they gave",
  reply({ turns, lastUser, json }) {
    if (json || lastUser.length > 200) return null;
    const texts = untilSaid(turns, lastUser);
    return texts ? { texts, exact: true } : null;
  },
};
