/**
 * "Extract the name and date from: 'Meeting with Dr. Alvarez on 12 March 2025 at noon.'": the
 * fields asked for, read from the text the message gives, each by the shape of its value (an
 * email, a date, a time, a person's name, an amount, a place). A field the text does not hold
 * is said to be missing, never made up; a field of a kind it cannot read leaves the message to
 * the other skills.
 */
import { expand } from "../language/templates";
import type { Skill } from "./skill";

const ASK =
  /^\s*(?:please\s+|can you\s+|could you\s+)?(?:extract|pull out|pick out|get|find|identify|list)\s+(?:me\s+)?(?:the\s+|all\s+(?:the\s+)?|any\s+)?([a-z][a-z ,/&-]{1,80}?)\s*(?:\s(?:from|in|out of)\b\s*(?:this|the following|the|my)?\s*(?:text|sentence|message|email|note|line|string|passage|snippet)?\s*)?[:-]\s*([\s\S]{3,1500})$/i;

const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
export const DATE = new RegExp(
  `\\b(?:${WEEKDAY},?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})\\b|\\b(?:next\\s+|this\\s+|on\\s+)?${WEEKDAY}\\b|\\b(?:tomorrow|today|tonight)\\b`,
  "i",
);
export const TIME = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\b(?:noon|midday|midnight)\b/i;
const EMAIL = /\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\b/g;
const PHONE = /(?<![\w.])\+?\d[\d\s().-]{5,18}\d(?![\w.])/g;
export const AMOUNT = /[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\b\d[\d,]*(?:\.\d+)?\s?(?:dollars|euros|pounds|usd|eur|gbp)\b/gi;
const URL = /\bhttps?:\/\/[^\s"'<>)\]]{3,200}/g;
const MONTHS = "january|february|march|april|june|july|august|september|october|november|december";
const NOT_NAME = new RegExp(
  `^(?:${WEEKDAY}|${MONTHS}|the|a|an|meeting|call|lunch|dinner|please|contact|email|at|on|in|with)$`,
  "i",
);

/** Words that open a sentence without naming anyone. */
const SENTENCE_START =
  /^(?:the|this|that|these|those|it|he|she|we|they|there|our|my|your|his|her|their|everyone|everybody|nobody|someone|somebody|it's|what|who|dinner|breakfast|lunch|today|tomorrow)$/i;

type Kind = "email" | "phone" | "date" | "time" | "person" | "amount" | "place" | "url" | "age" | "year" | Counted;
/** "the number of study rooms": the number the text puts before "study rooms" (or "rooms"). */
type Counted = { counted: string };

/** The kind of value a field name asks for; undefined for a field this skill cannot read. */
function kindOf(field: string): Kind | undefined {
  const f = field
    .trim()
    .toLowerCase()
    .replace(/(?<!s)s$/, "");
  if (/^(e-?mail|e-?mail addresse?|email address)$/.test(f)) return "email";
  if (/^(phone|phone number|telephone|mobile|number|contact number)$/.test(f)) return "phone";
  if (/^(date|day|deadline|due date)$/.test(f)) return "date";
  if (/^(time|hour)$/.test(f)) return "time";
  if (/^(name|person|people|full name|sender|contact|attendee|guest|customer)$/.test(f)) return "person";
  if (/^(price|amount|cost|total|fee|sum)$/.test(f)) return "amount";
  if (/^(place|location|city|venue|where)$/.test(f)) return "place";
  if (/^(url|link|website)$/.test(f)) return "url";
  if (/^age$/.test(f)) return "age";
  if (/^year$/.test(f)) return "year";
  const counted = /^(?:number|count|amount|total number) of (?:the )?(.{2,40})$|^how many (.{2,40})$/.exec(
    field.trim().toLowerCase(),
  );
  if (counted) return { counted: counted[1] ?? counted[2] };
  return undefined;
}

function all(re: RegExp, text: string): string[] {
  const every = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  return [...new Set([...text.matchAll(every)].map((m) => m[0].trim()))];
}

/** The values of a kind in the text, in order. */
const NUMBER_WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen";

function valuesOf(kind: Kind, text: string): string[] {
  if (typeof kind === "object") {
    // "12 study rooms", "twelve rooms": the number right before the thing counted, or before its last word.
    const head = kind.counted.replace(/s$/, "");
    const last = head.split(/\s+/).pop() ?? head;
    for (const noun of [head, last]) {
      const re = new RegExp(
        `\\b(\\d[\\d,]*|${NUMBER_WORD})\\s+(?:[a-z-]+\\s+){0,2}?${noun.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}s?\\b`,
        "i",
      );
      const m = re.exec(text);
      if (m) return [m[1]];
    }
    return [];
  }
  switch (kind) {
    case "age": {
      // "Ines is 52 and ...": a bare number after "is" that nothing measures.
      const m =
        /\b(\d{1,3})[- ]years?[- ]old\b|\baged?\s+(\d{1,3})\b|\b(\d{1,3})\s+years of age\b|\b(?:is|turned|turns)\s+(\d{1,3})(?=\s*(?:[,.;!?]|and\b|$))/i.exec(
          text,
        );
      return m ? [m[1] ?? m[2] ?? m[3] ?? m[4]] : [];
    }
    case "year":
      return all(/\b(?:1[5-9]\d\d|20\d\d)\b/g, text);
    case "email":
      return all(EMAIL, text);
    case "url":
      return all(URL, text).map((u) => u.replace(/[.,;]+$/, ""));
    case "phone":
      return all(PHONE, text).filter((p) => (p.match(/\d/g) ?? []).length >= 7 && !DATE.test(p));
    case "amount":
      return all(AMOUNT, text);
    // "dates" asks for every one the text gives (the caller joins them); "date" takes the first.
    case "date":
      return all(DATE, text).map((d) => d.replace(/^on\s+/i, ""));
    case "time":
      return all(TIME, text);
    case "person": {
      const out: string[] = [];
      for (const m of text.matchAll(
        /\b(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?|[A-Z][\p{L}'-]+\s+[A-Z][\p{L}'-]+)/gu,
      )) {
        const words = m[0].split(/\s+/);
        if (words.some((w) => NOT_NAME.test(w.replace(/\.$/, "")))) continue;
        if (!out.includes(m[0])) out.push(m[0]);
      }
      // "Meeting with Alvarez": a capitalized word after "with", "from", "by" or "to".
      if (!out.length) {
        const one = /\b(?:with|from|by|to|for|dear|hi|hello)\s+([A-Z][\p{L}'-]+)/u.exec(text);
        if (one && !NOT_NAME.test(one[1])) out.push(one[1]);
      }
      // "Maria is 34": a capitalized first word that a person's verb follows.
      if (!out.length) {
        const first =
          /^\s*([A-Z][\p{L}'-]+)\s+(?:is|was|has|had|lives|lived|works|worked|loves|likes|says|said|wants|needs|will|moved|turned|bought|sent)\b/u.exec(
            text,
          );
        if (
          first &&
          !NOT_NAME.test(first[1]) &&
          !SENTENCE_START.test(first[1]) &&
          !new RegExp(`\\b${first[1].toLowerCase()}\\b`).test(text)
        )
          out.push(first[1]);
      }
      return out;
    }
    case "place": {
      const m =
        /\b(?:at|in)\s+((?:the\s+)?[A-Z][\p{L}'-]+(?:\s+(?:[A-Z][\p{L}'-]+|of|de))*(?:'s)?)/u.exec(text) ?? null;
      if (!m) return [];
      const first = m[1].replace(/^the\s+/, "").split(/\s+/)[0];
      return NOT_NAME.test(first) ? [] : [m[1]];
    }
  }
}

function label(field: string): string {
  const f = field.trim();
  return f.charAt(0).toUpperCase() + f.slice(1);
}

export const extract: Skill = {
  name: "extract",
  does: "pulls the fields asked for (name, date, time, email, phone, amount, place) out of a text the message gives",
  reply: ({ lastUser, json }) => {
    // A JSON answer is filled from the text field by field (request/field-values.ts), not as lines.
    if (json) return null;
    const m = ASK.exec(lastUser.slice(0, 2000));
    if (!m) return null;
    const fields = m[1]
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s*\/\s*/)
      .map((f) => f.replace(/^(?:the|all|any)\s+/i, "").trim())
      .filter(Boolean);
    if (!fields.length || fields.length > 8) return null;
    const kinds = fields.map(kindOf);
    if (kinds.some((k) => !k)) return null;
    const text = m[2].trim().replace(/^["“'‘]|["”'’]\.?$/g, "");
    const lines: string[] = [];
    const values: Record<string, string> = {};
    fields.forEach((field, i) => {
      const found = valuesOf(kinds[i] as Kind, text);
      const plural = /s$/i.test(field) && !/address$/i.test(field);
      const value = found.length ? (plural ? found.join(", ") : found[0]) : "";
      if (value) values[field.toLowerCase().replace(/\s+/g, "_")] = value;
      lines.push(`${label(field)}: ${value || "not in the text"}`);
    });
    if (!Object.keys(values).length) return null;
    return { texts: expand(lines.join("\n").replace(/[[\]|]/g, " ")), exact: true, fields: values };
  },
};
