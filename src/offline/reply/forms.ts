/**
 * The request's last word on a reply, applied to every candidate whatever wrote it (a skill, a
 * passage, a creative template): its form (only the label, exactly N words or lines, one per line,
 * a title, under N characters...), then the voice a persona asks for, then the language asked for,
 * then capital letters. A form is met by cutting or picking, never by padding: a candidate that
 * cannot meet it stays as the closest honest reply, and loses to the candidates that can.
 */
import { FIDELITY, type Candidate, type Segment } from "../model/candidates";
import { SegmentWriter } from "../model/segments";
import { codeBlocks, countWords, sentences, terms } from "../language/text";
import type { Form } from "../read/form";
import type { Instructions } from "../read/instructions";
import { readVoice, voiced, type Voice } from "../skills/styles";
import { inLanguage } from "./language";
import { declineTexts } from "../skills/decline";
import { bookendParts, type Bookends } from "../read/bookends";

export interface Shaping {
  instructions: Instructions;
  /** The reply is JSON: its form is the schema's, only capital letters apply. */
  json: boolean;
  /** The reply ignores the asked form and voice (a refusal). */
  asWritten: boolean;
  /** The system and developer messages' instructions. */
  system: string;
  lastUser: string;
  /** A summary is being written: a persona's voice stays out of it. */
  summarizing: boolean;
  /** The bare value a skill computed or looked up, for a short answer in another language. */
  answer?: string | number;
}

/** Every candidate in the asked form, voice, language and case. */
export function shapeReplies(list: Candidate[], s: Shaping): Candidate[] {
  let out = list;
  if (!s.json && !s.asWritten) {
    const form = s.instructions.form;
    if (form || s.instructions.wordLimit || s.instructions.count) out = inForm(out, s);
    // "TEST RESULT: PASS, then one short sentence": a verdict rule reads the plain answer's yes or no, and leaves no room for a voice.
    const voice =
      s.summarizing ||
      bare(s.instructions) ||
      s.instructions.bookends?.verdict ||
      NOTHING_ELSE.test(`${s.system}\n${s.lastUser}`)
        ? undefined
        : readVoice(s.system, s.lastUser);
    const speak = s.instructions.speak;
    // The voices speak English: a persona asked to answer in French answers in French, in plain
    // words, when the model can write the answer in it, rather than in English with a note.
    const spoken =
      voice && speak && !speak.english && !s.instructions.echo
        ? inLanguage(out, speak, s.lastUser, s.answer)
        : undefined;
    if (spoken?.length && !spoken.some((c) => c.source?.includes("+no-"))) out = spoken;
    else if (voice) out = withVoice(out, voice, tight(s.instructions));
    else if (s.instructions.wordLimit && !s.summarizing) out = voicedWithin(out, s, s.instructions.wordLimit);
    if (!s.instructions.echo && out !== spoken) out = inLanguage(out, s.instructions.speak, s.lastUser, s.answer);
  }
  // A reply a skill wrote as it must stand (a fact, a sum) still goes under the labels asked.
  if (!s.json && s.instructions.form?.qa) out = asQA(out, s.instructions.form.qa, s.lastUser);
  if (!s.json && s.instructions.bookends && s.instructions.format !== "code")
    // A name to address the user by is a courtesy: not in a decline, a label or a bare number.
    out = bookended(
      out,
      s.asWritten || bare(s.instructions)
        ? { ...s.instructions.bookends, address: undefined }
        : s.instructions.bookends,
    );
  if (s.instructions.uppercase) out = upper(out, s.json);
  else if (s.instructions.lowercase) out = upper(out, s.json, true);
  return out;
}

/** "Reply with only the pick", "one per line, nothing else", "in as few words as possible": no room for a voice's extras. */
const NOTHING_ELSE =
  /\bnothing else\b|\bno (?:other|extra|additional) (?:text|words|comments?|commentary)\b|\bfollow (?:the |my |all |any )?formatting instructions exactly\b|\b(?:reply|respond|answer) with only\b|\bonly (?:the|your) (?:pick|answer|answers|result|number|word|choice|name)\b|\banswers? only\b|\bjust the (?:answer|pick|result|number)\b|\b(?:as few words as possible|fewest words)\b/i;

/** Forms with no room for a voice at all: a label, yes or no, a number, a word count, a title. */
function bare(i: Instructions): boolean {
  const f: Form = i.form ?? {};
  return !!(f.yesNo || f.label || f.number || f.words || f.line || f.maxChars || i.wordLimit);
}

/** Forms that a voice's extra sentences would break: the voice then only colours the words. */
function tight(i: Instructions): boolean {
  const f: Form = i.form ?? {};
  return !!(f.sentences || f.maxSentences || f.lines || f.onePerLine || i.brevity === "sentence");
}

const textOf = (c: Candidate) => c.segments.map((s) => s.text).join("");

function fidelityOf(c: Candidate): number {
  for (const s of c.segments) if (s.kind === "free" && s.fidelity !== undefined) return s.fidelity;
  return FIDELITY.PROSE;
}

function rewrite(c: Candidate, text: string): Candidate {
  const fidelity = fidelityOf(c);
  const segments: Segment[] =
    fidelity >= FIDELITY.CODE
      ? new SegmentWriter().free(text, { fidelity }).done()
      : new SegmentWriter().prose(text, fidelity).done();
  return { ...c, segments };
}

/**
 * An honest "I can't" (it names the offline model and says it cannot), or the note a partial answer
 * ends with: words no form may cut, whatever the form asked.
 */
const DECLINE =
  /\boffline model\b[\s\S]*\b(?:can't|cannot|can not|unable|don't know)\b|\b(?:can't|cannot|can not|unable|don't know)\b[\s\S]*\boffline model\b/i;
export const isDeclineText = (text: string) => DECLINE.test(text.replace(/[’‘]/g, "'"));

/**
 * "Q: ... A: ...": the question the message asks under the first label, the reply under the second.
 * A decline stays as it is; a message with no question of its own is left unlabelled.
 */
function asQA(list: Candidate[], labels: { q: string; a: string }, lastUser: string): Candidate[] {
  // The template itself ("'Q: ... A: ...':") is no part of the question.
  const asked = lastUser
    .replace(/["'“‘`]?\b(?:Q|Question)\s*:\s*(?:\.\.\.|…)\s*,?\s*(?:A|Answer)\s*:\s*(?:\.\.\.|…)?["'”’`]?/gi, "\n")
    .split(/(?<=[.!?])\s+|\s+[—–-]\s+|\n+/)
    .map((p) => p.replace(/^[\s"'“‘`—–:.-]+/, "").trim())
    .filter((p) => /\?$/.test(p) && !/\b(?:Q|Question)\s*:/i.test(p))
    .at(-1);
  if (!asked) return list;
  const question = cap(asked.replace(/^(?:and|so|now|then)\s+/i, ""));
  return list.map((c) => {
    const text = textOf(c);
    if (isDeclineText(text) || new RegExp(`^${labels.q}\\s*:`, "i").test(text)) return c;
    return rewrite(c, `${labels.q}: ${question}\n${labels.a}: ${text.trim()}`);
  });
}

/** A reply that ends with a note on what it leaves out: the answer before it, and the note. */
function splitNote(text: string): { head: string; note: string } | undefined {
  const at = text.lastIndexOf("\n\n");
  if (at <= 0) return undefined;
  const note = text.slice(at);
  return isDeclineText(note) && !isDeclineText(text.slice(0, at)) ? { head: text.slice(0, at), note } : undefined;
}

/**
 * Cut each candidate to the form; those that meet it win over those that cannot. When none can
 * (a passage that is no yes or no, a text too short for three sentences), the reply is the honest
 * "I can't", not the closest cut: a reply in the wrong form is a wrong reply.
 */
function inForm(list: Candidate[], s: Shaping): Candidate[] {
  const met: Candidate[] = [];
  const unmet: Candidate[] = [];
  let skipped = false;
  for (const c of list) {
    const text = textOf(c);
    // A template's verse is fixed text, and the verse asked for when it is one.
    const verse = s.instructions.form?.verse;
    if (verse && !codeBlocks(text).length && !isVerse(text, verse)) {
      unmet.push(c);
      continue;
    }
    if (codeBlocks(text).length || c.segments.some((x) => x.kind === "fixed")) {
      // "In exactly 8 words": the prose a code example follows may say it ("Recursion is when...").
      // Its closing colon ("The classic example is the factorial:") ends the sentence instead.
      const lead = proseOnly(s.instructions) ? text.split("```")[0].replace(/:\s*$/, ".").trim() : "";
      const said = lead && !/`/.test(lead) ? shapeText(lead, s.instructions, s.lastUser, c.source) : undefined;
      if (said?.met) {
        met.push(rewrite(c, said.text));
        continue;
      }
      unmet.push(c);
      // Code may come in N lines; it is never a yes or no, a label, N words or a list of items.
      skipped ||= !proseOnly(s.instructions);
      continue;
    }
    // A decline is said as written; a partial answer is shaped, its note kept whole.
    if (isDeclineText(text) && !splitNote(text)) {
      met.push(c);
      continue;
    }
    const note = splitNote(text);
    const shaped = shapeText(note ? note.head : text, s.instructions, s.lastUser, c.source);
    const out = note ? `${shaped.text}${note.note}` : shaped.text;
    if (shaped.met) met.push(out === text ? c : rewrite(c, out));
    else unmet.push(out === text ? c : rewrite(c, out));
  }
  if (met.length) return met;
  if (skipped) return unmet;
  return declineTexts({ kind: "task", text: formTask(s.instructions) }, false).map((f) => ({
    segments: new SegmentWriter().prose(f.text).done(),
    weight: f.weight,
    source: "decline:form",
  }));
}

/** Forms only prose can take. */
function proseOnly(i: Instructions): boolean {
  const f: Form = i.form ?? {};
  if (i.format === "code" || f.lines) return false;
  return !!(
    f.emoji ||
    f.yesNo ||
    f.label ||
    f.number ||
    f.words ||
    f.sentences ||
    f.paragraphs ||
    f.onePerLine ||
    f.maxChars ||
    f.line
  );
}

/** What the form asks, as a task the decline can name: "answer that with a plain yes or no". */
function formTask(i: Instructions): string {
  const f: Form = i.form ?? {};
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  if (f.emoji) return "say that in emojis alone";
  if (f.verse) return f.verse === "poem" ? "write that as a poem" : `write that as a ${f.verse}`;
  if (f.yesNo) return "answer that with a plain yes or no";
  if (f.label) return "pick a label for that";
  if (f.number) return "give that as a single number";
  if (f.words) return `say that in exactly ${n(f.words, "word", "words")}`;
  if (f.sentences) return `write that in exactly ${n(f.sentences, "sentence", "sentences")}`;
  if (f.lines) return `write that in ${n(f.lines, "line", "lines")}`;
  if (f.paragraphs) return `write that in ${n(f.paragraphs, "paragraph", "paragraphs")}`;
  if (f.maxChars) return `say that in under ${f.maxChars} characters`;
  if (i.count) return `list ${i.count} of those`;
  if (f.onePerLine || f.list) return "write that as a list, one item per line";
  return "answer that in the form you asked for";
}

export interface Shaped {
  text: string;
  /** True when the text now has the form asked; false when it is only the closest honest cut. */
  met: boolean;
}

/**
 * A haiku is three lines, a limerick five, any other poem two or more lines that are no list.
 * Several pieces asked for come numbered, each one whole.
 */
function isVerse(text: string, verse: NonNullable<Form["verse"]>): boolean {
  const lines = text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => l.replace(/^\s*\d+[.)]\s+/, ""));
  if (lines.some((l) => /^\s*[-*•]\s/.test(l) || l.length > 90)) return false;
  const size = verse === "haiku" ? 3 : verse === "limerick" ? 5 : 0;
  return size ? lines.length > 0 && lines.length % size === 0 : lines.length >= 2;
}

/** One reply's text in the form the instructions ask. */
export function shapeText(text: string, instructions: Instructions, lastUser = "", source = ""): Shaped {
  const form = instructions.form ?? {};
  let t = text.trim();
  let met = true;
  if (form.emoji) {
    const said = asEmoji(t);
    return said ? { text: said, met: true } : { text: t, met: false };
  }
  // A verse is written, never cut out of prose: a reply that is not one in its lines cannot become one.
  if (form.verse && !isVerse(t, form.verse)) return { text: t, met: false };
  if (form.yesNo) {
    const m = /^\W{0,3}(yes|no)\b/i.exec(t);
    if (m) return { text: `${cap(m[1].toLowerCase())}.`, met: true };
    const implied = restates(t, lastUser);
    return implied ? { text: `${implied}.`, met: true } : { text: t, met: false };
  }
  if (form.label) {
    // A passage that happens to name an option has not classified anything.
    if (source.startsWith("passage:")) return { text: t, met: false };
    const label = pickLabel(t, form.label.options);
    return label ? { text: label, met: true } : { text: t, met: false };
  }
  if (form.number) {
    const n = answerNumber(t, lastUser);
    return n ? { text: n, met: true } : { text: t, met: false };
  }
  if (form.line) {
    t = oneLine(t);
  }
  const count = instructions.count;
  // Lists under their own headings ("Pros:" then its bullets) are the lists asked, kept whole.
  const headed = form.list === "bullet" && /^[^\n-][^\n]{0,30}:\n- /m.test(t);
  if (headed) met = true;
  else if (form.onePerLine || (form.list && items(t).length > 1)) {
    // "In two sentences, one per line": the items are sentences, never a code passage's bare lines.
    const bySentence = form.sentencePerLine || !!form.sentences;
    let list = bySentence ? sentences(t.replace(/\s*\n\s*/g, " ")) : items(t);
    if (list.length < 2 && !bySentence) list = clauses(t);
    if (count && list.length >= count) list = list.slice(0, count);
    else if (count) met = false;
    t = list
      .map((x, i) => (form.list === "numbered" ? `${i + 1}. ${x}` : form.list === "bullet" ? `- ${x}` : x))
      .join("\n");
  } else if (form.list && count && count > 1) {
    met = false;
  } else if (count && count > 1 && items(t).length > count && isList(t)) {
    t = t
      .split("\n")
      .filter((l) => l.trim())
      .slice(0, count)
      .join("\n");
  }
  if (form.sentences) {
    const ss = sentences(t);
    if (form.onePerLine) {
      const lines = t.split("\n").filter((l) => l.trim());
      if (lines.length >= form.sentences) t = lines.slice(0, form.sentences).join("\n");
      else met = false;
    } else if (ss.length > form.sentences && !isList(t)) t = ss.slice(0, form.sentences).join(" ");
    else if (ss.length < form.sentences) {
      // A semicolon already joins two sentences: "X; it opened in 1793." may stand as two.
      const split = atSemicolons(ss);
      const clauses = split.length === form.sentences ? split : atResult(split, form.sentences);
      if (clauses.length === form.sentences) t = clauses.join(" ");
      else met = false;
    }
  }
  if (form.maxSentences && !form.sentences && !isList(t)) {
    // "Two sentences max": a longer reply keeps its first ones; a shorter one stands as it is.
    const ss = sentences(t);
    if (ss.length > form.maxSentences) t = ss.slice(0, form.maxSentences).join(" ");
  }
  if (form.lines) {
    const lines = t
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => l.replace(MARK, ""));
    if (lines.length >= form.lines)
      t = lines
        .slice(0, form.lines)
        .join("\n")
        .replace(/[,;:]$/, ".");
    else {
      const ss = sentences(t);
      if (ss.length >= form.lines) t = ss.slice(0, form.lines).join("\n");
      else {
        const cl = clauses(t);
        if (cl.length >= form.lines && form.lines > 1) t = cl.slice(0, form.lines).join("\n");
        else met = false;
      }
    }
  }
  if (form.paragraphs) {
    const cut = inParagraphs(t, form.paragraphs);
    t = cut.text;
    met &&= cut.met;
  }
  if (form.words) {
    // A passage's later sentence ("Beyond its landmarks.") answers nothing on its own.
    const cut = exactWords(t, form.words, source.startsWith("passage:"));
    t = cut.text;
    met &&= cut.met;
  } else if (instructions.wordLimit && countWords(t) > instructions.wordLimit) {
    const whole = atMostWords(t, instructions.wordLimit);
    // Cut inside its sentence ("The best part of your day starts."), a reply loses to one that fits whole.
    met &&= sentences(t.replace(/\s*\n\s*/g, " ")).some((x) =>
      whole
        .replace(/\s*\n\s*/g, " ")
        .trim()
        .endsWith(x.trim()),
    );
    t = whole;
  }
  if (form.maxChars && t.length >= form.maxChars) {
    // A passage's later sentence ("The other difference is timing.") answers nothing on its own.
    const cut = underChars(t, form.maxChars, source.startsWith("passage:"));
    met &&= cut.length > 0;
    if (cut) t = cut;
  }
  return { text: t, met };
}

function atSemicolons(ss: string[]): string[] {
  return ss.flatMap((x) =>
    x.split(/;\s+(?=[a-z])/).map((part, i, all) => {
      const ended = i < all.length - 1 ? `${part}.` : part;
      return i ? cap(ended) : ended;
    }),
  );
}

/**
 * "X happens because Y, so Z.": its result may stand as a sentence of its own ("So Z."), one split
 * per sentence, the longest first, until there are as many as asked.
 */
function atResult(ss: string[], want: number): string[] {
  const out = [...ss];
  while (out.length < want) {
    const at = out
      .map((s, i) => ({ i, cut: /^(.{40,}?),\s+(so|which is why|and so|and that is why)\s+(\S.{20,})$/.exec(s) }))
      .filter((x) => x.cut)
      .sort((a, b) => out[b.i].length - out[a.i].length)[0];
    if (!at?.cut) {
      // "Photosynthesis is how plants make their food: with sunlight, they turn...": a colon before a
      // whole clause may end a sentence too.
      const colon = out
        .map((s, i) => ({ i, cut: /^(.{30,}?):\s+(\S.{25,})$/.exec(s) }))
        .filter(
          (x) =>
            x.cut && /\b(?:is|are|was|were|has|have|they|it|its|can|will|turns?|makes?|gives?|means?)\b/.test(x.cut[2]),
        )
        .sort((a, b) => out[b.i].length - out[a.i].length)[0];
      if (!colon?.cut) break;
      const [, first, rest] = colon.cut;
      out.splice(colon.i, 1, `${first}.`, `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`);
      continue;
    }
    const [, head, link, tail] = at.cut;
    const lead = /^(?:so|and so)$/.test(link) ? "So" : link === "which is why" ? "That is why" : "That is why";
    out.splice(at.i, 1, `${head}.`, `${lead} ${tail}`);
  }
  return out;
}

/**
 * A reply in emoji: the ones its words name, in order, when they carry what it says (a greeting,
 * a feeling, weather, food, animals). A reply whose meaning they cannot carry is not forced.
 */
function asEmoji(text: string): string | null {
  const found: string[] = [];
  for (const w of text.toLowerCase().match(/[a-z']+/g) ?? []) {
    const e = EMOJI[w];
    if (e && found.at(-1) !== e) found.push(e);
  }
  const content = (text.match(/[a-z']+/gi) ?? []).length;
  return found.length && found.length * 4 >= Math.min(content, 12) ? found.join("") : null;
}

const EMOJI: Record<string, string> = {
  hello: "👋",
  hi: "👋",
  hey: "👋",
  welcome: "👋",
  bye: "👋",
  goodbye: "👋",
  good: "👍",
  great: "👍",
  fine: "👍",
  well: "👍",
  yes: "👍",
  ok: "👍",
  okay: "👍",
  sure: "👍",
  no: "👎",
  happy: "😊",
  glad: "😊",
  smile: "😊",
  thanks: "🙏",
  thank: "🙏",
  love: "❤️",
  sad: "😢",
  sorry: "😔",
  sun: "☀️",
  sunny: "☀️",
  rain: "🌧️",
  rainy: "🌧️",
  snow: "❄️",
  cold: "🥶",
  hot: "🔥",
  warm: "☀️",
  coffee: "☕",
  tea: "🍵",
  pizza: "🍕",
  cake: "🎂",
  birthday: "🎂",
  party: "🎉",
  music: "🎵",
  cat: "🐱",
  cats: "🐱",
  dog: "🐶",
  dogs: "🐶",
  fish: "🐟",
  bird: "🐦",
  tree: "🌳",
  flower: "🌸",
  paris: "🗼",
  france: "🇫🇷",
  book: "📚",
  books: "📚",
  sleep: "😴",
  tired: "😴",
  help: "🤝",
  today: "📅",
};

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Words a paraphrase may swap in a restatement ("largest" / "biggest"). */
const SAME_WORD: Record<string, string> = { biggest: "largest", big: "large", tallest: "highest", tall: "high" };
const NEGATION = /\b(?:not|never|neither|nor|no)\b|n't\b/i;

/**
 * "Is the Pacific the largest ocean? Yes or no." answered "The Pacific is the largest ocean...":
 * a reply whose first sentence holds every word of the question restates it, so the answer is
 * yes (no, when that sentence is negated). Anything less is not read as either.
 */
function restates(reply: string, question: string): "Yes" | "No" | undefined {
  const asked = question.replace(/\b(?:answer|reply|respond|only|just|simply|with|yes|no|or)\b/gi, " ").split(/[?]/)[0];
  const norm = (t: string) => terms(t).map((w) => SAME_WORD[w] ?? w);
  const need = [...new Set(norm(asked))];
  if (need.length < 2) return undefined;
  const first = sentences(reply)[0] ?? "";
  const have = new Set(norm(first));
  if (!need.every((w) => have.has(w))) return undefined;
  return NEGATION.test(first) ? "No" : "Yes";
}

/** The first listed option the reply names: "The review is negative." -> "negative". */
function pickLabel(text: string, options: readonly string[]): string | undefined {
  if (!options.length) {
    // No options listed: a reply that is already a label (a word or two) is the label.
    const w = text.replace(/[.!]+$/, "").trim();
    return countWords(w) <= 2 && w ? w : undefined;
  }
  let best: { at: number; label: string } | undefined;
  for (const o of options) {
    const m = new RegExp(`\\b${o.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").exec(text);
    if (m && (!best || m.index < best.at))
      best = { at: m.index, label: m[0] === m[0].toUpperCase() && m[0].length > 1 ? m[0] : o };
  }
  return best?.label;
}

const NUMBER_NAMES =
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty".split(
    " ",
  );

/** The number that answers: after the last "=", else the first number the question did not give. */
function answerNumber(text: string, question: string): string | undefined {
  // A reply that is already a bare number is the answer, even one the question gave ("between 1 and 10": 1).
  const bare = /^\s*(-?\d[\d,]*(?:\.\d+)?)\s*[.!]?\s*$/.exec(text);
  if (bare) return bare[1];
  const eq = /=\s*(-?[\d,.]*\d)/g;
  let last: string | undefined;
  for (const m of text.matchAll(eq)) last = m[1];
  if (last) return last;
  const given = new Set(question.match(/\d[\d,.]*/g) ?? []);
  const digits = (part: string) =>
    [...part.matchAll(/-?\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => m[0]).find((d) => !given.has(d.replace(/^-/, "")));
  // The first sentence answers: "eight planets: ... Pluto counted until 2006" is 8, not the year after it.
  const first = sentences(text)[0] ?? text;
  const inFirst = digits(first);
  if (inFirst) return inFirst;
  // "There are seven continents": the number written as a word, in the first sentence only.
  const word = new RegExp(`\\b(${NUMBER_NAMES.join("|")})\\b`, "i").exec(first);
  if (word && !new RegExp(`\\b${word[1]}\\b`, "i").test(question))
    return String(NUMBER_NAMES.indexOf(word[1].toLowerCase()) + 1);
  return digits(text);
}

/** A title or subject line: the first line's first sentence, without list marks, quotes or a full stop. */
function oneLine(text: string): string {
  let line = text.split("\n").find((l) => l.trim()) ?? text;
  line = line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").trim();
  line = sentences(line)[0] ?? line;
  line = line.replace(/^["'“]|["'”]$/g, "").replace(/\.$/, "");
  if (countWords(line) > 12) line = atMostWords(line, 12).replace(/\.$/, "");
  return line;
}

const MARK = /^\s*(?:[-*•]|\d+[.)])\s+/;

function isList(text: string): boolean {
  const lines = text.split("\n").filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => MARK.test(l) || l.trim().length < 80);
}

/** The items of a reply: its lines when it has several, else its sentences. */
function items(text: string): string[] {
  const lines = text.split("\n").filter((l) => l.trim());
  if (lines.length > 1) return lines.map((l) => l.replace(MARK, "").trim());
  return sentences(text);
}

/** "apples, bananas and pears" -> three items: a prose list written one per line. */
function clauses(text: string): string[] {
  const body = text.replace(/[.!]$/, "");
  const after = /:\s*(.+)$/.exec(body)?.[1] ?? body;
  const parts = after
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? parts.map(cap) : [text];
}

const DANGLING =
  /\s+(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|into|onto|over|under|across|through|about|between|after|before|during|without|is|are|was|were|be|can|has|have|had|very|than|how|what|that|which|who|it|its|your|my|our|their|this|as|so|if|when|where|you|i|we|they)$/i;

/** The first `n` words, ending on a whole word that can end a phrase. */
function atMostWords(text: string, n: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= n) return text;
  const head = words.slice(0, n);
  for (let k = head.length; k >= Math.max(1, Math.ceil(n / 2)); k--)
    if (/[.!?]$/.test(head[k - 1])) return head.slice(0, k).join(" ");
  let cut = head.join(" ");
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, "");
  cut = cut.replace(/[,;:\-–—]+$/, "");
  return /[.!?]$/.test(cut) ? cut : `${cut}.`;
}

/**
 * Exactly `n` words when the text has that many: a sentence of exactly n words if there is one,
 * else the first n words (one fewer when the n-th would leave a dangling "the"). A shorter text
 * stays as it is: it is not padded with words that say nothing.
 */
function exactWords(text: string, n: number, firstOnly = false): Shaped {
  const flat = text.replace(/\s*\n\s*/g, " ");
  const all = sentences(flat);
  for (const s of firstOnly ? all.slice(0, 1) : all) if (countWords(s) === n) return { text: s, met: true };
  const clean = all[0] ? phraseCut(all[0], n) : undefined;
  if (clean) return { text: clean, met: true };
  const words = flat.split(/\s+/).filter(Boolean);
  if (words.length < n) return { text: flat, met: false };
  let cut = words.slice(0, n).join(" ");
  // A cut mid-clause ("The best times." of "The best times to visit are...") says nothing whole.
  const whole = (firstOnly ? /[.!?]$/ : /[.!?,;:]$/).test(words[n - 1]);
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, "");
  cut = cut.replace(/[,;:\-–—]+$/, "");
  if (!/[.!?]$/.test(cut)) cut = `${cut}.`;
  return { text: cut, met: whole && countWords(cut) === n };
}

/**
 * "In two short paragraphs": the reply's own paragraphs when it has that many, else its sentences
 * shared out in order, as evenly as they go. A list is no paragraph; too few sentences, not met.
 */
function inParagraphs(text: string, n: number): Shaped {
  const paras = text.split(/\n\s*\n/).filter((p) => p.trim());
  if (paras.some(isList) || paras.some((p) => MARK.test(p))) return { text, met: false };
  if (paras.length >= n) return { text: paras.slice(0, n).join("\n\n"), met: true };
  const ss = sentences(paras.join(" ").replace(/\s*\n\s*/g, " "));
  if (ss.length < n) return { text, met: false };
  const out: string[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const take = Math.round((ss.length - at) / (n - i));
    out.push(ss.slice(at, at + take).join(" "));
    at += take;
  }
  return { text: out.join("\n\n"), met: true };
}

/** Words that open a trailing phrase a statement still stands without ("... a problem | by calling itself"). */
const OPENS_PHRASE =
  /^(?:that|which|who|whose|by|in|on|at|for|from|instead|rather|such|because|where|while|but|into|through|using|across|after|before|during|until|via)$/i;

/**
 * The first sentence's first `n` words when they end where a phrase ends: at a comma, or before
 * a word that opens a trailing phrase ("Recursion is when a function solves a problem."), never on
 * a dangling "the" or "of". Only a statement with a verb and no negation or "only" is cut: "X is
 * not used in Y" cut to "X is not used." would say something false.
 */
function phraseCut(sentence: string, n: number): string | undefined {
  const words = sentence
    .replace(/[.!?]$/, "")
    .split(/\s+/)
    .filter(Boolean);
  if (n < 3 || words.length <= n) return undefined;
  const last = words[n - 1];
  const next = words[n].replace(/[^\p{L}]/gu, "");
  const atComma = /[,;]$/.test(last);
  if (!atComma && (/[^\p{L}\p{N}]$/u.test(last) || !OPENS_PHRASE.test(next))) return undefined;
  const cut = words.slice(0, n).join(" ").replace(/[,;]$/, "");
  if (DANGLING.test(` ${cut}`) || /[:([\d]/.test(cut)) return undefined;
  if (!/\b(?:is|are|was|were|means|has|have|lets|makes|uses|does)\b/i.test(cut)) return undefined;
  if (/\b(?:not|no|never|only|except|without|neither|nor|few|little)\b|n't\b/i.test(cut)) return undefined;
  return `${cut}.`;
}

/**
 * Under `max` characters: a whole sentence that fits, else the first sentence's leading clause
 * when it reads whole (cut at a comma, a semicolon or a dash), else nothing: a sentence cut off
 * mid-thought ("Paris is known for its museums and its streets as much.") is no answer.
 */
function underChars(text: string, max: number, firstOnly = false): string {
  const every = sentences(text.replace(/\s*\n\s*/g, " "));
  const all = firstOnly ? every.slice(0, 1) : every;
  // A sentence that leans on the one before ("It is now the symbol of the city.") says nothing alone.
  const fits = all.find(
    (x, i) => x.length < max && (i === 0 || !/^(?:it|its|this|that|these|those|they|he|she|there)\b/i.test(x)),
  );
  if (fits) return fits;
  const first = all[0] ?? text;
  const clause = /^(.{8,}?)\s*(?:[,;:]|\s[–—-]\s)/.exec(first);
  if (clause) {
    let c = clause[1];
    while (DANGLING.test(c)) c = c.replace(DANGLING, "");
    if (`${c}.`.length < max && countWords(c) >= 3) return `${c}.`;
  }
  return "";
}

/** Each candidate in the persona's voice; strict forms keep their shape (only words change). */
function withVoice(list: Candidate[], voice: Voice, tight: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const c of list.slice(0, 6)) {
    if (c.segments.some((x) => x.kind === "fixed")) return list;
    // An honest "I can't" is said as written: no "Ahoy," before it, no voice re-spacing ".env".
    if (isDeclineText(textOf(c)) && !splitNote(textOf(c))) {
      out.push(c);
      continue;
    }
    for (const v of voiced(voice, textOf(c), { tight }))
      out.push({
        segments: new SegmentWriter().prose(v.text, Math.min(fidelityOf(c), FIDELITY.VERSE)).done(),
        weight: c.weight * v.weight,
        source: `${c.source}+${voice.id}`,
      });
  }
  return out.length ? out : list;
}

/** "At most 20 words" with a persona: the voice's interjection only, kept where the reply still fits. */
function voicedWithin(list: Candidate[], s: Shaping, limit: number): Candidate[] {
  const f: Form = s.instructions.form ?? {};
  if (f.yesNo || f.label || f.number || f.words || f.line || f.maxChars || limit < 4) return list;
  const voice = readVoice(s.system, s.lastUser);
  if (!voice) return list;
  const fits = withVoice(list, voice, true).filter((c) => textOf(c).split(/\s+/).filter(Boolean).length <= limit);
  return fits.length ? fits : list;
}

/** A standing rule's opening or closing words on every reply (read/bookends.ts). */
function bookended(list: Candidate[], b: Bookends): Candidate[] {
  return list.map((c) => {
    const { before, after, lower } = bookendParts(textOf(c), b);
    if (!before && !after) return c;
    let first = lower;
    const segments = c.segments.map((x) => {
      if (!first || !x.text.trim()) return x;
      first = false;
      const at = x.text.search(/\S/);
      return { ...x, text: x.text.slice(0, at) + x.text.charAt(at).toLowerCase() + x.text.slice(at + 1) };
    });
    return {
      ...c,
      segments: [
        // Fixed: the rule's words are said exactly, never paraphrased.
        ...(before ? new SegmentWriter().fixed(before).done() : []),
        ...trimmed(segments),
        ...(after ? new SegmentWriter().fixed(after).done() : []),
      ],
    };
  });
}

/** The segments without the whitespace that opens and closes them, so added words join cleanly. */
function trimmed(segments: Segment[]): Segment[] {
  const out = [...segments];
  const firstAt = out.findIndex((x) => x.text.trim());
  const lastAt = out.length - 1 - [...out].reverse().findIndex((x) => x.text.trim());
  if (firstAt < 0) return out;
  out[firstAt] = { ...out[firstAt], text: out[firstAt].text.trimStart() };
  out[lastAt] = { ...out[lastAt], text: out[lastAt].text.trimEnd() };
  return out;
}

/** Every candidate in capitals, or with `lower` in lower case ("in lowercase"); code as written. */
function upper(list: Candidate[], json: boolean, lower = false): Candidate[] {
  return list.map((c) => ({
    ...c,
    segments: c.segments.map((s) => (s.kind === "free" || !json ? { ...s, text: upperOutsideCode(s.text, lower) } : s)),
  }));
}

function upperOutsideCode(text: string, lower = false): string {
  return text
    .split(/(```[\s\S]*?```)/)
    .map((part) => (part.startsWith("```") ? part : lower ? part.toLowerCase() : part.toUpperCase()))
    .join("");
}
