/**
 * The shape a reply is asked to take, read from the request's words: only the label, yes or no,
 * exactly N words / sentences / lines, one item per line, a bullet or numbered list, a title or
 * subject line, under N characters. reply/forms.ts makes every candidate obey it, by cutting or
 * picking, never by padding.
 */

export interface Form {
  /** "Answer only yes or no". */
  yesNo?: boolean;
  /** "Reply with only the label (positive, negative or neutral)": the options, when the prompt lists them. */
  label?: { options: string[] };
  /** "Answer with just the number". */
  number?: boolean;
  /** "in exactly five words": the number of words (exact: not fewer if the text allows). */
  words?: number;
  /** "exactly two sentences", "in three sentences". */
  sentences?: number;
  /** "two sentences max", "no more than three sentences": a ceiling, not a count to fill. */
  maxSentences?: number;
  /** "in two short paragraphs". */
  paragraphs?: number;
  /** "three lines about rain". */
  lines?: number;
  /** "one per line", "each on its own line". */
  onePerLine?: boolean;
  /** "one sentence per line": the items are the reply's sentences. */
  sentencePerLine?: boolean;
  /** "as a numbered list", "a bullet list". */
  list?: "bullet" | "numbered";
  /** "a title for ...", "an email subject line ...": one short line, no closing full stop. */
  line?: "title" | "subject";
  /** "under 50 characters", "at most 80 characters". */
  maxChars?: number;
  /** "Only reply with emojis": the words the reply's meaning holds, as emoji. */
  emoji?: boolean;
  /** "Answer every question as a haiku", "explain it in rhyming couplets": the reply is that verse, or nothing. */
  verse?: "haiku" | "limerick" | "poem";
  /** "Format your answer as 'Q: ... A: ...'": the question, then the answer, under the labels given. */
  qa?: { q: string; a: string };
}

const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const N = `(\\d{1,3}|${NUMBER_WORDS.join("|")}|a single|a|an)`;

/** "five" -> 5, "a single" -> 1, "12" -> 12. */
export function numberWord(raw: string): number | undefined {
  const w = raw.toLowerCase().trim();
  if (/^\d+$/.test(w)) return Number(w);
  if (w === "a" || w === "an" || w === "a single") return 1;
  const i = NUMBER_WORDS.indexOf(w);
  return i >= 0 ? i + 1 : undefined;
}

const EXACT_WORDS = new RegExp(`\\b(?:exactly|precisely|just|only)\\s+${N}\\s+words?\\b`, "i");
const SENTENCES = new RegExp(
  `\\b(?:in|with|using|exactly|write|of|give me|tell me)\\s+(?:exactly\\s+|only\\s+|just\\s+)?${N}[- ](?:short\\s+)?sentences?\\b|\\b${N}[- ]sentence\\s+(?:story|summary|answer|reply|description|explanation|poem|tale)\\b`,
  "i",
);
/** "..., one sentence.", "(two sentences)": a count said on its own after the ask. */
const SENTENCES_TAIL = new RegExp(`(?:[,:;(–-]\\s*|^)${N}[- ]sentences?\\s*(?:only|please)?\\s*[.!)]?\\s*$`, "i");
const MAX_SENTENCES = new RegExp(
  `\\b${N}\\s+sentences?\\s+(?:max(?:imum)?|at most|or (?:fewer|less)|tops)\\b|\\b(?:at most|no more than|not more than|max(?:imum)?(?: of)?|up to)\\s+${N}\\s+sentences?\\b`,
  "i",
);
const LINES = new RegExp(
  `\\b(\\d{1,2}|${NUMBER_WORDS.join("|")}|a single)[- ](?:short\\s+)?lines?\\b(?!\\s+of\\s+(?:code|input|text|output))`,
  "i",
);
const PARAGRAPHS = new RegExp(
  `\\b(?:in|into|with|using|as|write|give me|of)\\s+(?:exactly\\s+|just\\s+)?${N}\\s+(?:short\\s+|brief\\s+)?paragraphs?\\b|\\b${N}[- ]paragraph\\s+(?:answer|reply|summary|explanation|description|overview)\\b`,
  "i",
);
const CHARS =
  /\b(?:under|below|fewer than|less than|at most|no more than|within|max(?:imum)?(?: of)?|in)\s+(\d{1,4})\s+(?:characters|chars|letters)\b/i;

/**
 * "in exactly two sentences", "under 100 characters": how long the reply is, which says nothing of
 * what it is about (its "two" and "sentences" must not draw a passage).
 */
export const LENGTH_PHRASE =
  /\b(?:(?:in|with|using)\s+)?(?:in|under|at most|no more than|fewer than|less than|exactly|precisely|within|using|with|max(?:imum)?(?: of)?)\s+(?:exactly\s+)?(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|a single|a few)\s+(?:short\s+|brief\s+)?(?:words?|sentences?|lines?|characters?|chars|paragraphs?|bullet points?|bullets?|points?)\b|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:short\s+)?(?:words?|sentences?|lines?|paragraphs?)\s+(?:max(?:imum)?|at most|or (?:fewer|less)|tops)\b|\b(?:in\s+)?\d{1,4}\s+(?:words|characters|chars)\s+or\s+(?:less|fewer)\b/gi;

/**
 * A verse form said as the way to answer ("as a haiku", "in haiku form", "in rhyming couplets",
 * "in the form of a limerick"), not as the thing to write ("write a haiku about rain").
 */
const VERSE_MANNER =
  /\b(?:as|in|into|in the form of|through|using)\s+(?:a\s+|an\s+|the form of a\s+)?(?:short\s+|little\s+|tiny\s+|funny\s+|silly\s+)?(?:haikus?|limericks?|poems?|verses?|sonnets?|rhym(?:es?|ing(?:\s+(?:verse|couplets?|lines?))?)|couplets?)\b|\bin\s+(?:haiku|limerick|poem|verse|poetry|poetic)\s+form\b|\bin\s+poetry\b/i;

/** The form `text` (the system message and the user's request) asks for, or undefined for none. */
export function readForm(text: string): Form | undefined {
  const form: Form = {};
  const t = text.slice(0, 2000);
  if (
    /\b(?:answer|reply|respond|say)\b[^.?!\n]{0,30}\b(?:only|just|simply)?\s*(?:with\s+)?(?:a\s+)?(?:"?yes"?\s*(?:or|\/)\s*"?no"?)\b|\b(?:only|just)\s+(?:answer\s+|say\s+)?"?yes"?\s*(?:or|\/)\s*"?no"?\b|[?.]\s*(?:answer\s+)?yes\s+or\s+no[.?!]?\s*$|\byes\s*(?:or|\/)\s*no\s+only\b/im.test(
      t,
    ) &&
    // "Answer yes or no, then one sentence on why": the yes or no leads, and a reason follows.
    !/\byes\s*(?:or|\/)\s*no\b[,;:]?\s*(?:and|then|followed by|plus|with)\s+(?:then\s+)?(?:(?:give|add|write|say)\s+(?:me\s+)?)?(?:explain|why|one sentence|a sentence|one line|a short|a brief|a reason|the reason|reasons?|briefly|tell me why)\b/i.test(
      t,
    )
  )
    form.yesNo = true;
  const label =
    /\b(?:only|just|nothing but|simply)\s+(?:with\s+|reply\s+with\s+)?(?:the|a|one)\s+(label|category|class|sentiment|classification|tag)\b([^.:\n]{0,120})/i.exec(
      t,
    ) ??
    /\b(?:reply|answer|respond)\s+with\s+(?:only\s+|just\s+)?(?:the|a|one)\s+(label|category|sentiment|class)\b([^.:\n]{0,120})/i.exec(
      t,
    );
  if (label) form.label = { options: listedOptions(label[2]) };
  if (
    /\b(?:only|just)\s+(?:with\s+)?(?:the|a)\s+(?:(?:resulting|final|numeric|numerical|exact|correct|single|bare|plain)\s+)?(?:number|digits?|figure|count|total|result)\b|\bjust the number\b|\bnumber only\b/i.test(
      t,
    )
  )
    form.number = true;
  const words = EXACT_WORDS.exec(t);
  if (words) form.words = numberWord(words[1]);
  const sentences = SENTENCES.exec(t);
  // "Count the words in a sentence" names the material, not the reply's length.
  const material =
    sentences && /\b(?:words?|letters?|characters?|vowels?|spaces?|commas?)\s*$/i.test(t.slice(0, sentences.index));
  if (sentences && !material) form.sentences = numberWord(sentences[1] ?? sentences[2]);
  const most = MAX_SENTENCES.exec(t);
  if (most) {
    form.maxSentences = numberWord(most[1] ?? most[2]);
    if (form.sentences === form.maxSentences) delete form.sentences;
  } else if (!form.sentences) {
    const tail = SENTENCES_TAIL.exec(t.trim());
    if (tail) form.sentences = numberWord(tail[1]);
  }
  const paragraphs = PARAGRAPHS.exec(t);
  if (paragraphs) form.paragraphs = numberWord(paragraphs[1] ?? paragraphs[2]);
  const lines = LINES.exec(t);
  // "3 tips in one line each": a line per item, not a one-line reply.
  const each =
    /\b(?:one|a single|a) line (?:each|apiece|per (?:tip|item|point|idea|answer|fact|reason|name|step|one|letter|word|day|person|colou?r))\b|\b(?:one|a single|a) line (?:for|to) (?:each|every) (?:tip|item|point|idea|answer|fact|reason|name|step|one|letter|word|day|person|colou?r)\b/i.test(
      t,
    );
  if (each) form.onePerLine = true;
  else if (lines && !/\bone[- ]liner\b/i.test(lines[0])) form.lines = numberWord(lines[1]);
  if (
    /\b(?:one|each|every one|every item|each item|one item|one name|one word|one sentence|each sentence|one point|each point|one number|each number|one letter|each letter)\s+(?:per|on (?:a|its|their) own|on a separate|on a new|on each)\s+line\b|\bone per line\b|\bon separate lines\b|\beach on (?:a )?(?:new|separate|its own) line\b/i.test(
      t,
    )
  )
    form.onePerLine = true;
  if (/\b(?:one|each|every)\s+sentence\s+(?:per|on (?:a|its own|a separate|a new))\s+line\b/i.test(t))
    form.sentencePerLine = form.onePerLine = true;
  if (/\bnumbered\b|\bnumber(?:ed)? list\b|\bordered list\b/i.test(t)) form.list = "numbered";
  else if (/\bbullet(?:ed)?(?:\s+(?:list|points?))?\b|\bbulleted\b/i.test(t)) form.list = "bullet";
  if (/\bsubject line\b|\bemail subject\b|\bsubject for (?:an?|my|the) (?:e-?mail|message)\b/i.test(t))
    form.line = "subject";
  else if (
    /\b(?:suggest|give me|write|need|come up with|propose|create|make|generate|think of|pick|what would be)\b[^.?!\n]{0,30}\b(?:a|an|one)\s+(?:\w+\s+)?(?:title|headline)\b/i.test(
      t,
    )
  )
    form.line = "title";
  const chars = CHARS.exec(t);
  if (chars) form.maxChars = Number(chars[1]);
  // "in 20 characters or less": at most 20, so under 21.
  const orLess = /\b(\d{1,4})\s+(?:characters|chars)\s+or\s+(?:less|fewer)\b/i.exec(t);
  if (orLess) form.maxChars = Number(orLess[1]) + 1;
  for (const k of Object.keys(form) as (keyof Form)[]) if (form[k] === undefined) delete form[k];
  if (
    /\b(?:only|just|nothing but|exclusively)\b[^.?!\n]{0,30}\bemojis?\b|\bemojis? only\b|\b(?:in|with|using) (?:only )?emojis\b/i.test(
      t,
    )
  )
    form.emoji = true;
  const verse = VERSE_MANNER.exec(t);
  if (verse) form.verse = /haiku/i.test(verse[0]) ? "haiku" : /limerick/i.test(verse[0]) ? "limerick" : "poem";
  const qa = readQA(t);
  if (qa) form.qa = qa;
  return Object.keys(form).length ? form : undefined;
}

/**
 * "Format your answer as 'Q: ... A: ...'", "in the format Question: ... Answer: ...": the two labels.
 * Read from the request as written: the template is usually quoted.
 */
export function readQA(text: string): { q: string; a: string } | undefined {
  const m =
    /\b(?:format|formatted|form|answer|reply|respond|write|layout|style|template|as|like)\b[^\n]{0,40}?["'“‘`]?\b(Q|Question)\s*:\s*(?:\.\.\.|…|<[^>]{1,20}>|\[[^\]]{1,20}\])\s*,?\s*(A|Answer)\s*:/i.exec(
      text.slice(0, 2000),
    );
  return m ? { q: m[1], a: m[2] } : undefined;
}

/** "(positive, negative or neutral)", ": sports, politics or technology" -> the options. */
function listedOptions(rest: string): string[] {
  // In brackets an option may be two or three words ("(travel, office supplies or meals)"); outside,
  // one word, so the options never run into the words after them ("positive or negative for this review").
  const bracketed =
    /\(((?:["']?[A-Za-z][\w-]*(?:\s+(?!or\b)[a-z][\w-]*){0,2}["']?\s*(?:,|\/|\bor\b)\s*)+["']?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}["']?)\)/.exec(
      rest,
    );
  const m =
    bracketed ??
    /[(:,]?\s*\(?((?:["']?[A-Za-z][\w-]*["']?\s*(?:,|\/|\bor\b)\s*)+(?:or\s+)?["']?[A-Za-z][\w-]*["']?)\)?/.exec(rest);
  if (!m) return [];
  const options = m[1]
    .split(/\s*(?:,|\/|\bor\b)\s*/)
    .map((o) => o.replace(/["']/g, "").trim())
    .filter((o) => o && !/^(or|and|the|a|an|either)$/i.test(o));
  return options.length >= 2 ? options.slice(0, 12) : [];
}

/**
 * "list the planets in order, just names": the bare names of what is asked, a form and no request for
 * name ideas. Kept when names are what is asked for ("names for a bakery, just the names").
 */
export function withoutNamesOnly(text: string): string {
  if (/\bnames?\s+(?:for|ideas?)\b|\bname (?:my|our|a|an)\b/i.test(text)) return text;
  return text.replace(
    /\s*[,(-]?\s*(?:(?:just|only)(?: the)? names|names only|the names only)\s*\)?(?=\s*[.?!]*\s*$)/i,
    "",
  );
}
