/**
 * Details the user gave about a thing that is not themselves, read back when asked: where or when
 * an event they described is ("the book sale is on the third Saturday of May, in the basement
 * meeting room" -> "Where is the book sale again?"), and which of the labelled entries they listed
 * fits a description ("QA-1057 (typo on the checkout page)" -> "Which ID was the typo one?").
 * Only what the user said answers; nothing is guessed.
 */
import { expand, type Filled } from "../language/templates";
import { stem, terms } from "../language/text";
import { toSecondPerson } from "./user-facts";

const clean = (s: string) =>
  s
    .replace(/[[\]|]/g, " ")
    .replace(/[.!]+$/, "")
    .trim();

/** The user's sentences, newest first, without a lead-in such as "Please remember:". */
function sentencesNewestFirst(texts: readonly string[]): string[] {
  return texts
    .flatMap((t) => t.slice(0, 4000).split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.replace(/^(?:please\s+)?(?:remember|note|fyi|just so you know|heads up)\s*[:,-]\s*/i, "").trim())
    .filter((s) => s && !/\?\s*$/.test(s))
    .reverse();
}

/** A place phrase: "in the basement meeting room", "at the Elm Street clinic"; never a clock time. */
const PLACE =
  /\b(in|at)\s+((?:the\s+)?(?!\d)(?!noon\b|midnight\b|night\b|the (?:morning|afternoon|evening|weekend)\b)[A-Za-z][^,.;!?]{1,50}?)(?=\s+(?:on|from|this|next|every|tomorrow|tonight|today|at\s+\d|in\s+(?:the\s+)?(?:morning|afternoon|evening))\b|[,.;!?]|$)/g;
/** A date or time phrase: "on the third Saturday of May", "at 3pm", "on Thursday at 3pm". */
const WHEN =
  /\b(on\s+(?:the\s+)?[A-Za-z0-9][^,.;!?]{1,40}?(?=\s+(?:in|at)\s+(?:the\s+)?[A-Za-z]|[,.;!?]|$)(?:\s+at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?|at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?)/i;

/** "Where is the book sale happening again?", "When is our appointment?": the answer from the sentence that describes it. */
export function whereWhenReplies(q: string, earlier: readonly string[]): Filled[] | null {
  const m =
    /^(?:(?:and|so|ok|okay|wait|sorry|remind me|hey)[,]?\s+)*(where|when|what day|what time)\s+(?:is|was|are|were|'s|will)\s+(?:the|my|our|that)\s+((?:[a-z]+\s){0,3}?[a-z]+?)(?:\s+(?:happening|taking place|held|being held|going to be|be|on|again|now))*\s*\??\s*$/i.exec(
      q.trim(),
    );
  if (!m) return null;
  const ask = m[1].toLowerCase();
  const want = terms(m[2]);
  if (!want.length) return null;
  for (const s of sentencesNewestFirst(earlier)) {
    const have = new Set(terms(s));
    if (!want.every((w) => have.has(w))) continue;
    // The thing is the sentence's subject: "the book sale is ...", not a word it mentions later.
    const subject = new RegExp(`\\b${m[2].split(/\s+/).pop()}\\b[^,.;]{0,20}?\\b(?:is|are|was|were|will be)\\b`, "i");
    if (!subject.test(s)) continue;
    const said = clean(toSecondPerson(s));
    if (ask === "where") {
      const places = [...s.matchAll(PLACE)].map((p) => `${p[1]} ${p[2].trim()}`);
      if (places.length !== 1) return null;
      const place = places[0];
      return expand(`[${cap(place)}: you told me ${said}.|${cap(place)}, going by what you said: ${said}.]`);
    }
    const when = WHEN.exec(s);
    if (!when) return null;
    const time = when[1].trim();
    return expand(`[${cap(time)}: you told me ${said}.|${cap(time)}, going by what you said: ${said}.]`);
  }
  return null;
}

/** "Which ID was the typo one?" over "QA-1041 (login crash), QA-1057 (typo on the checkout page)". */
export function labelledEntryReplies(q: string, earlier: readonly string[]): Filled[] | null {
  const m =
    /^(?:(?:and|so|ok|okay|wait|sorry|hey)[,]?\s+)*(?:which|what)\s+(?:one|id|ids|number|order(?: number)?|code|ticket|reference|ref|invoice|bug|item|entry)(?:\s+(?:number|no\.?|id))?\s+(?:was|is|were|are)\s+(?:for\s+)?(?:the\s+)?(.+?)(?:\s+one)?\s*(?:again)?\s*\??\s*$/i.exec(
      q.trim(),
    );
  if (!m) return null;
  const want = terms(m[1]).filter((w) => !/^(one|again)$/.test(w));
  if (!want.length) return null;
  for (const text of [...earlier].reverse()) {
    const entries = [...text.matchAll(/(#?[A-Za-z]{0,6}[-#]?\d[\w-]*)\s*\(([^()]{1,80})\)/g)];
    if (entries.length < 2) continue;
    const hits = entries.filter((e) => {
      const have = new Set(terms(e[2]).map((t) => stem(t)));
      return want.every((w) => have.has(stem(w)));
    });
    if (hits.length !== 1) continue;
    const [, id, about] = hits[0];
    return expand(`[${id}: you listed it as ${clean(about)}.|That was ${id} (${clean(about)}).]`);
  }
  return null;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const NAME_AT = /\b([A-Z][a-z]+)\s+at\s+(\d{1,2})(?::(\d{2}))?\s*(am|pm)?/g;
const CANCELLED =
  /\b([A-Z][a-z]+)\s+(?:just\s+|has\s+|have\s+)?(?:cancell?ed|dropped out|can't come|cannot come|can not come|isn't coming|is not coming|won't (?:be )?com(?:e|ing)|is off|called off|pulled out)\b/g;

/**
 * "My students are Aiko at 4pm, Ben at 4:30 and Carla at 5." then "Ben cancelled. Who is next after
 * Aiko now?": the people in time order, those who cancelled left out.
 */
export function scheduleReplies(q: string, texts: readonly string[]): Filled[] | null {
  const m =
    /\b[Ww]ho(?:'s| is| comes| will be| would be)?\s+(?:my\s+|the\s+)?(?:next\s+|first\s+)?(?:[a-z]+\s+){0,2}?(after|before)\s+([A-Z][a-z]+)\b/.exec(
      q,
    );
  if (!m) return null;
  let people: { name: string; at: number }[] = [];
  for (const text of texts) {
    const found = [...text.matchAll(NAME_AT)];
    if (found.length < 2) continue;
    // A 12-hour time with no am/pm keeps to the afternoon when the list says pm elsewhere.
    const pm = found.some((f) => f[4]?.toLowerCase() === "pm");
    people = found.map((f) => {
      let h = Number(f[2]);
      if ((f[4]?.toLowerCase() === "pm" || (!f[4] && pm)) && h < 12) h += 12;
      return { name: f[1], at: h * 60 + Number(f[3] ?? 0) };
    });
  }
  if (people.length < 2) return null;
  const gone = new Set(texts.flatMap((t) => [...t.matchAll(CANCELLED)].map((c) => c[1])));
  const order = [...people].sort((a, b) => a.at - b.at).filter((p) => !gone.has(p.name) || p.name === m[2]);
  const i = order.findIndex((p) => p.name === m[2]);
  if (i < 0) return null;
  const next = m[1] === "after" ? order[i + 1] : order[i - 1];
  const out = [...gone].filter((g) => people.some((p) => p.name === g));
  const why = out.length ? `, now that ${out.join(" and ")} cancelled` : "";
  if (!next)
    return expand(
      `[No one: ${m[2]} is ${m[1] === "after" ? "the last" : "the first"} on the list you gave me${why}.|Nobody comes ${m[1]} ${m[2]}${why}, going by the list you gave me.]`,
    );
  return expand(
    `[${next.name}${why}: ${order.map((p) => p.name).join(", then ")}.|${next.name} is ${m[1]} ${m[2]}${why}, going by the times you gave me.]`,
  );
}

/** What a recall asks with: "again", "was that", "did I say". */
const RECALLED = /\b(?:again|was that|were they|did i (?:say|tell you|mention|order|book|get)|remind me)\b/i;

/**
 * "What was the invoice reference?" after "The invoice reference I need later is INV-20931": the
 * value the user said the named thing is. Only one value, said of that thing, answers.
 */
export function namedValueReplies(q: string, earlier: readonly string[]): Filled[] | null {
  const m =
    /^(?:(?:right|ok|okay|so|and|wait|sorry|hey)[,]?\s+)*(?:what|which)(?:'s| is| was)\s+(?:the|my|our|that)\s+((?:[a-z]+\s){0,2}[a-z]+?)(?:\s+again)?\s*\??\s*$/i.exec(
      q.trim(),
    );
  if (!m) return null;
  const thing = m[1].toLowerCase();
  // A word the whole conversation knows ("name", "code") is another recall's.
  if (/^(?:name|word|number|code|pin|password|phrase|combo|combination|answer|question)$/.test(thing)) return null;
  const found: { value: string; said: string }[] = [];
  for (const s of sentencesNewestFirst(earlier)) {
    const r = new RegExp(
      `\\b(?:the|my|our)\\s+(?:[a-z]+\\s+){0,2}?${thing.replace(/\s+/g, "\\s+")}\\b[^,.;!?]{0,30}?\\b(?:is|was|will be)\\s+([A-Z0-9][A-Za-z0-9/#-]*\\d[A-Za-z0-9/#-]*|[A-Z0-9]{2,}[A-Za-z0-9-]*)`,
      "i",
    ).exec(s);
    if (r) found.push({ value: r[1], said: clean(toSecondPerson(s)) });
  }
  const values = new Set(found.map((f) => f.value));
  if (values.size !== 1) return null;
  const { value, said } = found[0];
  return expand(`[The ${thing} is ${value}: you told me ${said}.|${value}, as you told me: ${said}.]`);
}

/**
 * "How many roses was that order for again?" after "an order in for 24 white roses and 12
 * eucalyptus stems": the one number the user put before that noun.
 */
export function statedCountReplies(q: string, earlier: readonly string[]): Filled[] | null {
  const m = /\bhow many\s+([a-z]+)\b/i.exec(q);
  if (!m || !RECALLED.test(q)) return null;
  const noun = stem(m[1].toLowerCase());
  const found: { n: string; what: string; said: string }[] = [];
  for (const s of sentencesNewestFirst(earlier)) {
    for (const x of s.matchAll(/\b(\d[\d,]*)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\b/gi)) {
      // "24 white roses": the noun is one of the (up to three) words after the number.
      const words = x[2].split(/\s+/);
      const at = words.findIndex((w) => stem(w.toLowerCase()) === noun);
      if (at < 0) continue;
      found.push({ n: x[1], what: `${x[1]} ${words.slice(0, at + 1).join(" ")}`, said: clean(toSecondPerson(s)) });
    }
  }
  if (new Set(found.map((f) => f.n)).size !== 1) return null;
  const { what, said } = found[0];
  return expand(`[${cap(what)}: you told me ${said}.|${cap(what)}, going by what you said: ${said}.]`);
}
