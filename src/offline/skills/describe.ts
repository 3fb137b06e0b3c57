/**
 * "Describe the ocean in exactly five words", "Write two sentences about volcanoes", "A cat in
 * under 50 characters", "A sentence with exactly seven words": a description of a set length,
 * composed from the subject's true words and sentences (corpus/sketches.ts), so the length is
 * met exactly and nothing said is a neighbour's. A subject without a sketch is left to the others.
 */
import { SKETCHES, type Sketch, sketchOf } from "../corpus/sketches";
import type { Filled } from "../language/templates";
import { numberWord } from "../read/form";
import type { Skill } from "./skill";

const N = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a single|a)";
const VERB =
  "(?:please\\s+)?(?:can you\\s+)?(?:describe|sum up|explain|summari[sz]e|tell me about|write about|capture)";

/** "..., as a numbered list", "..., one per line": the sentences laid out, said by the form (reply/forms.ts). */
const LAID_OUT =
  "(?:,?\\s+(?:as|in)\\s+(?:a\\s+)?(?:numbered|bulleted|bullet(?:ed)?)\\s+(?:list|points)|,?\\s+(?:one|each)\\s+(?:per|on (?:a|its own))\\s+line)?";

const WORDS_FOR = [
  new RegExp(
    `^\\s*${VERB}\\s+(.{2,40}?)\\s+(?:in|using|with)\\s+(?:exactly\\s+|just\\s+|only\\s+|precisely\\s+)?${N}\\s+words?\\b`,
    "i",
  ),
  new RegExp(
    `^\\s*(?:please\\s+)?(?:give me|write|list|tell me|name|what are|use)\\s+(?:exactly\\s+|just\\s+)?${N}\\s+(?:\\w+\\s+)?words?\\s+(?:to describe|that describe|describing|about|for)\\s+(.{2,40}?)\\s*[.?!]*$`,
    "i",
  ),
];
const SENTENCES_FOR = [
  new RegExp(
    `^\\s*${VERB}\\s+(.{2,40}?)\\s+in\\s+(?:exactly\\s+|just\\s+|only\\s+)?${N}\\s+(?:short\\s+)?sentences?\\b`,
    "i",
  ),
  new RegExp(
    `^\\s*(?:please\\s+)?(?:give me|write|tell me)\\s+(?:exactly\\s+|just\\s+|only\\s+)?${N}\\s+(?:short\\s+|simple\\s+)?(?:sentences?|facts?)\\s+(?:about|on|describing)\\s+(.{2,40}?)${LAID_OUT}\\s*[.?!]*$`,
    "i",
  ),
  // "Give me a two-sentence description of a volcano."
  new RegExp(
    `^\\s*(?:please\\s+)?(?:give me|write|tell me)\\s+(?:me\\s+)?an?\\s+${N}[- ]sentence\\s+(?:description|summary|overview)\\s+(?:of|about)\\s+(.{2,40}?)\\s*[.?!]*$`,
    "i",
  ),
  // "Describe a beach in 3 bullet points", "Use exactly 3 bullet points to describe a beach."
  new RegExp(
    `^\\s*${VERB}\\s+(.{2,40}?)\\s+in\\s+(?:exactly\\s+|just\\s+)?${N}\\s+(?:short\\s+)?(?:bullet points|bullets|points)\\s*[.?!]*$`,
    "i",
  ),
  new RegExp(
    `^\\s*(?:please\\s+)?(?:use|give me|write)\\s+(?:exactly\\s+|just\\s+)?${N}\\s+(?:short\\s+)?(?:bullet points|bullets)\\s+(?:to describe|describing|about|on)\\s+(.{2,40}?)\\s*[.?!]*$`,
    "i",
  ),
];
const CHARS_FOR = new RegExp(
  `^\\s*${VERB}\\s+(.{2,40}?)\\s+in\\s+(?:(?:under|less than|fewer than|at most|no more than|within|up to)\\s+)?(\\d{1,3})\\s+(?:characters|chars|letters)(?!\\s+or\\s+more)\\b`,
  "i",
);
const ANY_SENTENCE =
  /^\s*(?:please\s+)?(?:write|give me|make)\s+(?:me\s+)?(?:a|one)\s+(?:sentence|line)\s+(?:with|of|that has|using)\s+(?:exactly\s+)?(\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+words\s*[.?!]*$|^\s*(?:please\s+)?(?:write|give me)\s+(?:me\s+)?an?\s+(\d{1,2}|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]word\s+sentence\s*[.?!]*$/i;

const count = (w: string) => (/^(?:a single|a)$/i.test(w) ? 1 : (numberWord(w) ?? 0));
const wordsIn = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** How a description names its subject: "The ocean", "Cats", "Summer". */
function label(sketch: Sketch): string {
  const the = sketch.names.find((n) => n.startsWith("the "));
  if (the) return capital(the);
  const plural = sketch.names.find((n) => n !== sketch.names[0] && n === `${sketch.names[0]}s`);
  return capital(plural ?? sketch.names[0]);
}

/**
 * Several picks of n words, the subject named first when there is room ("The ocean: vast, deep,
 * salty."), so the words are plainly about it; the most telling words first, then rotations.
 */
function wordPicks(sketch: Sketch, n: number): Filled[] | null {
  const name = label(sketch);
  const named = n - wordsIn(name) >= 2;
  const k = named ? n - wordsIn(name) : n;
  if (n < 1 || k > sketch.words.length) return null;
  const out: Filled[] = [];
  for (let shift = 0; shift + k <= sketch.words.length && out.length < 4; shift += Math.max(1, Math.ceil(k / 2))) {
    const chosen = sketch.words.slice(shift, shift + k).join(", ");
    out.push({ text: named ? `${name}: ${chosen}.` : `${capital(chosen)}.`, weight: 0.7 ** out.length });
  }
  return out;
}

/** The sentence names its subject ("The Moon is...", not "It shines..."). */
const names = (sketch: Sketch, sentence: string) =>
  sketch.names.some((n) => new RegExp(`\\b${n.replace(/^(?:the|a|an) /, "")}`, "i").test(sentence));

/** n sentences: the defining one first, then the others in turn. */
function sentencePicks(sketch: Sketch, n: number): Filled[] | null {
  const [first, ...rest] = sketch.sentences;
  if (n < 1 || n > sketch.sentences.length) return null;
  if (n === 1)
    return sketch.sentences.filter((text) => names(sketch, text)).map((text, i) => ({ text, weight: 0.6 ** i }));
  const out: Filled[] = [];
  for (let shift = 0; shift < rest.length && out.length < 3; shift++) {
    const others = Array.from({ length: n - 1 }, (_, i) => rest[(shift + i) % rest.length]);
    if (new Set(others).size < n - 1) break;
    out.push({ text: [first, ...others].join(" "), weight: 0.7 ** out.length });
  }
  return out;
}

/** The sentences, or else the words, that fit under a character limit. */
function shortPicks(sketch: Sketch, limit: number): Filled[] | null {
  const fits = sketch.sentences.filter((s) => s.length < limit && names(sketch, s));
  if (fits.length) return fits.map((text, i) => ({ text, weight: 0.6 ** i }));
  for (let n = 4; n >= 1; n--) {
    const picks = wordPicks(sketch, n)?.filter((p) => p.text.length < limit);
    if (picks?.length) return picks;
  }
  return null;
}

const SENTENCE_ABOUT = new RegExp(
  `^\\s*(?:please\\s+)?(?:write|give me|make)\\s+(?:me\\s+)?(?:a|one)\\s+(?:sentence|line)\\s+(?:of|with|that has|using)\\s+(?:exactly\\s+)?${N}\\s+words\\s+(?:about|on|describing)\\s+(.{2,40}?)\\s*[.?!]*$`,
  "i",
);

/** "A sleepy cat is curious, graceful and soft.": the subject as asked, and its sketch's words to fill n. */
function builtSentence(subject: string, sketch: Sketch, n: number): Filled[] | null {
  const named = subject.trim().replace(/[.?!]+$/, "");
  const head = /^(?:a|an|the|my|our)\s/i.test(named)
    ? named
    : sketch.names.includes(named.toLowerCase()) && named.toLowerCase() === sketch.names[0]
      ? `A ${named}`
      : named;
  const noun = head.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  const verb = /s$/.test(noun) && noun !== sketch.names[0] ? "are" : "is";
  // One word needs no "and" ("A loyal dog is friendly."); more are listed with one.
  const take = n - wordsIn(head) - 1 === 1 ? 1 : n - wordsIn(head) - 2;
  // A word the subject already says ("sleepy" of a sleepy cat) is not said again.
  const pool = sketch.words.filter((w) => !new RegExp(`\\b${w}\\b`, "i").test(head));
  const list = (words: string[]) =>
    words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
  const out: Filled[] = [];
  for (let shift = 0; take >= 1 && shift + take <= pool.length && out.length < 3; shift += take) {
    const words = pool.slice(shift, shift + take);
    const text = `${capital(head)} ${verb} ${list(words)}.`;
    if (wordsIn(text) === n) out.push({ text, weight: 0.7 ** out.length });
  }
  if (out.length) return out;
  // No "is" sentence has that length: the subject and its words, "A curious cat: graceful, independent, soft."
  const k = n - wordsIn(head);
  if (k < 2 || k > pool.length) return null;
  return [{ text: `${capital(head)}: ${pool.slice(0, k).join(", ")}.`, weight: 1 }];
}

/**
 * "a sleepy cat": a subject with a describing word its sketch already gives ("sleepy" is one of a
 * cat's), that word said first; any other word before the subject narrows it, and no sketch fits.
 */
function described(subject: string): Sketch | undefined {
  const m = /^\s*(?:(?:a|an|the|my|our)\s+)?([a-z-]+)\s+(.+?)\s*$/i.exec(subject);
  if (!m) return undefined;
  const sketch = sketchOf(m[2]);
  const word = m[1].toLowerCase();
  if (!sketch?.words.includes(word)) return undefined;
  return { ...sketch, words: [word, ...sketch.words.filter((w) => w !== word)], sentences: [] };
}

/** A true sentence of exactly n words, from any sketch. */
function sentenceOfLength(n: number): Filled[] | null {
  const all = SKETCHES.flatMap((k) => k.sentences).filter((s) => wordsIn(s) === n);
  return all.length ? all.slice(0, 6).map((text, i) => ({ text, weight: 0.8 ** i })) : null;
}

/** Case and word-limit phrases the form applies (reply/forms.ts): they say nothing of the subject. */
const FORM_TAIL =
  /,?\s+(?:(?:and\s+)?(?:write\s+it\s+)?(?:in|using)\s+(?:all\s+)?(?:lower ?case|upper ?case|caps|capital letters|capitals|small letters)(?:\s+letters)?|(?:using|in|with)\s+(?:fewer than|less than|under|at most|no more than|a maximum of)\s+(\d{1,2})\s+words)\b/gi;
/** "In exactly ten words, describe the ocean": the length said first. */
const LENGTH_FIRST = new RegExp(
  `^\\s*(?:in|using|with)\\s+((?:exactly\\s+|just\\s+|only\\s+)?${N}\\s+(?:short\\s+)?(?:words?|sentences?)|(?:under|less than|fewer than|at most|no more than)\\s+(\\d{1,3})\\s+characters)\\s*,?\\s+(.+?)\\s*[.?!]*$`,
  "i",
);

/**
 * The request in the order the patterns read, and the most words a reply may have: "In ten
 * words, describe the ocean" is "describe the ocean in ten words"; "a sentence about rain in all
 * lowercase, under 12 words" is "a sentence about rain", at most 11 words.
 */
function normalized(lastUser: string): { t: string; maxWords?: number } {
  let maxWords: number | undefined;
  let t = lastUser.trim().replace(FORM_TAIL, (_m, n: string | undefined) => {
    if (n) maxWords = Number(n) - 1;
    return "";
  });
  const first = LENGTH_FIRST.exec(t);
  if (first) t = `${first[4]} in ${first[1]}`;
  return { t: t.trim(), ...(maxWords ? { maxWords } : {}) };
}

function describe(lastUser: string): Filled[] | null {
  const { t, maxWords } = normalized(lastUser);
  const picks = describeNormal(t);
  if (!picks || maxWords === undefined) return picks;
  const short = picks.filter((p) => wordsIn(p.text) <= maxWords);
  return short.length ? short : null;
}

function describeNormal(t: string): Filled[] | null {
  for (const [i, re] of WORDS_FOR.entries()) {
    const m = re.exec(t);
    if (!m) continue;
    const [subject, n] = i === 0 ? [m[1], m[2]] : [m[2], m[1]];
    const sketch = sketchOf(subject);
    return sketch ? wordPicks(sketch, count(n)) : null;
  }
  for (const [i, re] of SENTENCES_FOR.entries()) {
    const m = re.exec(t);
    if (!m) continue;
    const [subject, n] = i === 0 || i === 3 ? [m[1], m[2]] : [m[2], m[1]];
    const sketch = sketchOf(subject);
    const picks = sketch ? sentencePicks(sketch, count(n)) : null;
    // Bullet points, a numbered list, one per line: each sentence an item of its own.
    const listed = i >= 3 || /[a-z]/i.test(new RegExp(`${LAID_OUT}\\s*[.?!]*$`, "i").exec(t)?.[0] ?? "");
    if (!picks || !listed) return picks;
    const mark = i >= 3 || /bullet/i.test(t) ? "- " : /numbered/i.test(t) ? "#" : "";
    return picks.map((p) => ({
      text: (p.text.match(/[^.!?]+[.!?]+/g) ?? [p.text])
        .map((x, k) => `${mark === "#" ? `${k + 1}. ` : mark}${x.trim()}`)
        .join("\n"),
      weight: p.weight,
    }));
  }
  const c = CHARS_FOR.exec(t);
  if (c) {
    const sketch = sketchOf(c[1]);
    // "20 characters or less" is at most 20: under 21.
    const orLess = /^\s+or\s+(?:less|fewer)\b/i.test(t.slice(c.index + c[0].length));
    return sketch ? shortPicks(sketch, Number(c[2]) + (orLess ? 1 : 0)) : null;
  }
  // "Write a sentence of exactly 8 words about a sleepy cat": a sketch's sentence of that length, else its words.
  const about = SENTENCE_ABOUT.exec(t);
  if (about) {
    const n = count(about[1]);
    const sketch = sketchOf(about[2]) ?? described(about[2]);
    if (!sketch) return null;
    const fits = sketch.sentences.filter((x) => wordsIn(x) === n && names(sketch, x));
    return fits.length ? fits.map((text, i) => ({ text, weight: 0.6 ** i })) : builtSentence(about[2], sketch, n);
  }
  const any = ANY_SENTENCE.exec(t);
  if (any) return sentenceOfLength(numberWord(any[1] ?? any[2]) ?? 0);
  return null;
}

export const describeSkill: Skill = {
  name: "describe",
  does: "describes an everyday subject in a set number of words, sentences or characters, from true sketches",
  reply({ lastUser, json }) {
    if (json || lastUser.length > 200) return null;
    const texts = describe(lastUser);
    return texts?.length ? { texts, exact: true } : null;
  },
};
