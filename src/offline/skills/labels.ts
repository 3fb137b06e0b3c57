/**
 * Only the label: a text the user gives, classified by word lists the reader can check (spam or
 * not, its language, formal or informal, a topic from the labels the user lists, the sentiment
 * when only the label is wanted), and yes or no about the text itself ("Does this sentence mention
 * a date?"). A text the lists cannot decide (no marker, or a tie) gets no label: the decline says so.
 */
import { detectLanguage } from "../language/languages";
import { stem, words } from "../language/text";
import type { Filled } from "../language/templates";
import { examplesOf, toneOf } from "./fewshot";
import { declineTexts } from "./decline";
import type { Skill, SkillInput } from "./skill";

/** The text to classify: a quoted span of two words or more, else what follows the request's colon. */
export function materialOf(message: string): string | undefined {
  const quoted = [...message.matchAll(/["“«']([^"”»\n]{3,600}?)["”»'](?=[\s.,!?;:)]|$)/g)]
    .map((m) => m[1])
    .filter((q) => /\S\s+\S/.test(q));
  if (quoted.length) return quoted[quoted.length - 1];
  const colon = /:\s*(\S[\s\S]{2,})$/.exec(message);
  if (colon && colon[1].split(/\s+/).length >= 2) return colon[1].trim();
  const nl = message.indexOf("\n");
  if (nl > 0 && message.slice(nl).trim().split(/\s+/).length >= 2) return message.slice(nl + 1).trim();
  return undefined;
}

/** The request without the text it gives: the words that say what to do. */
function requestOf(message: string, material: string): string {
  return message.replace(material, " ").slice(0, 400);
}

/** The options the request lists: "(health, travel, food)", "as sports, politics or technology". */
export function listedLabels(request: string): string[] {
  const paren = /\(([^()]{3,160})\)/.exec(request);
  const named = /\b(?:options|labels|categories|choices)\s*:\s*([^.\n?]{3,160})/i.exec(request);
  const after =
    paren?.[1] ??
    named?.[1] ??
    /\b(?:as|into|with|from|between|choose|pick|one of|either|answer|reply|respond|say|options?|labels?|categor(?:y|ies)|topics?|class(?:es)?)\s*:?\s*((?:["']?[A-Za-z][\w-]*(?: [a-z][\w-]*)?["']?\s*(?:,|\/)\s*)*["']?[A-Za-z][\w-]*(?: [a-z][\w-]*)?["']?\s*(?:,\s*)?(?:or|\/)\s*["']?[A-Za-z][\w-]*(?: [a-z][\w-]*)?["']?)/i.exec(
      request,
    )?.[1];
  if (!after) return [];
  const options = after
    .split(/\s*(?:,|\/|\bor\b)\s*/)
    .map((o) =>
      o
        .replace(/["'.]/g, "")
        .replace(/^(?:either|and)\s+/i, "")
        .trim(),
    )
    .filter((o) => o && !/^(?:or|and|the|a|an|either|only|just|label|category)$/i.test(o));
  return options.length >= 2 && options.length <= 12 ? options : [];
}

const lexicon = (text: string) => new Set(text.split(/\s+/).map(stem));

/** Words that mark a topic; a label the lists do not know is matched by its own word. */
const TOPICS: [RegExp, Set<string>][] = [
  [
    /^(?:sports?|sport)$/i,
    lexicon(
      "match game team goal goals score scored league cup player players coach win won lose lost season football soccer basketball tennis cricket golf olympic olympics race champion championship tournament stadium referee striker",
    ),
  ],
  [
    /^(?:politics?|political|government)$/i,
    lexicon(
      "election vote votes voters government minister president parliament senate congress law laws policy party campaign mayor prime bill candidate democracy tax taxes",
    ),
  ],
  [
    /^(?:tech|technology|science and technology|computers?|gadgets?)$/i,
    lexicon(
      "phone phones chip chips software app apps computer laptop internet smartphone device devices ai robot update battery screen processor tech digital online website code startup data",
    ),
  ],
  [
    /^(?:science)$/i,
    lexicon(
      "study scientists researchers research experiment discovered discovery species planet space telescope physics chemistry biology cell cells dna climate fossil galaxy atoms molecule",
    ),
  ],
  [
    /^(?:business|finance|economy|economics|money|markets?)$/i,
    lexicon(
      "bank banks interest rates rate market markets stock stocks shares company companies profit profits revenue sales price prices inflation economy investors trade merger ceo earnings",
    ),
  ],
  [
    /^(?:health|medicine|medical|fitness)$/i,
    lexicon(
      "doctor doctors hospital disease diet sleep exercise vaccine symptoms health healthy patients medicine illness flu vitamin fitness workout",
    ),
  ],
  [
    /^(?:travel|tourism|holidays?|vacation)$/i,
    lexicon(
      "flight flights hotel trip travel booked beach passport airport tour tourists vacation holiday luggage destination train",
    ),
  ],
  [
    /^(?:food|cooking|recipes?|cuisine)$/i,
    lexicon(
      "recipe cook cooking bake baked restaurant dinner lunch breakfast pizza pasta soup cake delicious taste tasty meal chef ingredients bread",
    ),
  ],
  [
    /^(?:entertainment|movies?|films?|music|arts?|culture)$/i,
    lexicon(
      "movie movies film films actor actress album song songs concert band singer show series netflix music festival director premiere",
    ),
  ],
  [/^(?:weather)$/i, lexicon("rain snow sunny storm wind temperature forecast cloudy weather heat cold degrees")],
  [
    /^(?:education|school)$/i,
    lexicon("school students teacher teachers exam exams university class classes homework lesson course grades"),
  ],
];

/** The one listed topic the text's words point to; undefined for none or a tie. */
function topicOf(text: string, options: string[]): string | undefined {
  const w = words(text).map(stem);
  const scores = options.map((o) => {
    const known = TOPICS.find(([name]) => name.test(o.trim()))?.[1];
    const own = stem(o.toLowerCase());
    return w.filter((x) => known?.has(x) || x === own).length;
  });
  const best = Math.max(...scores);
  if (best <= 0 || scores.filter((s) => s === best).length > 1) return undefined;
  return options[scores.indexOf(best)];
}

const SPAM = [
  /\bfree\b/i,
  /\bwin(?:ner)?\b|\bwon\b/i,
  /\bprize\b|\blottery\b|\bjackpot\b|\breward\b/i,
  /\bclick (?:here|the link|below)\b|\bclick\b/i,
  /\bclaim\b/i,
  /\bcongratulations\b/i,
  /\burgent(?:ly)?\b|\bact now\b|\blimited time\b|\bexpires?\b/i,
  /\bcash\b|\$\d|\bmoney\b|\bloan\b|\bcredit\b/i,
  /\bguaranteed?\b|\brisk[- ]free\b|100%/i,
  /\bunsubscribe\b|\boffer\b|\bdiscount\b|\bdeal\b/i,
  /!{2,}/,
  /\bverify your (?:account|password)\b|\baccount (?:suspended|locked)\b/i,
];

function spamMarks(text: string): string[] {
  return SPAM.map((re) => re.exec(text)?.[0]).filter((x): x is string => !!x);
}

const INFORMAL =
  /\b(?:hey|hiya|yo|wanna|gonna|gotta|kinda|yeah|yep|nope|lol|omg|btw|thx|thanks a lot|cool|awesome|guys|dude|ya|u|ur|gimme|lemme|cya|sup|ok|okay|haha|super)\b|!{2,}|:\)|😀|😂/gi;
const FORMAL =
  /\b(?:dear|sincerely|regards|kindly|furthermore|therefore|hereby|pursuant|respectfully|please find|i am writing|we would like|i would like|would you be so kind|grateful|appreciate|request|inform you|at your earliest convenience|yours faithfully|mr|mrs|ms|dr)\b/gi;

/** Formal or informal by their markers; undefined when neither has more. */
function formality(text: string): "formal" | "informal" | undefined {
  const informal = (text.match(INFORMAL) ?? []).length + (/\b\w+'(?:s|re|ll|d|ve|m)\b|n't\b/i.test(text) ? 0.5 : 0);
  const formal = (text.match(FORMAL) ?? []).length;
  if (informal > formal) return "informal";
  if (formal > informal) return "formal";
  return undefined;
}

const LANGUAGE_NAMES: Record<string, string> = { fr: "French", es: "Spanish", de: "German" };
const ENGLISH_WORDS =
  /\b(?:the|is|are|was|and|of|to|a|in|it|you|i|my|we|this|that|have|with|for|on|at|be|will|can|not)\b/gi;

function languageOf(text: string): string | undefined {
  const lang = detectLanguage(text);
  if (lang && LANGUAGE_NAMES[lang]) return LANGUAGE_NAMES[lang];
  const english = (text.match(ENGLISH_WORDS) ?? []).length;
  const n = text.split(/\s+/).length;
  return english >= 2 && english >= n / 5 && /^[\x20-\x7e’‘“”]+$/.test(text) ? "English" : undefined;
}

/** What "Does this text mention a date?" looks for, and how to find it. */
const MENTIONS: [RegExp, RegExp, string][] = [
  [
    /\bdates?\b/i,
    /\b(?:(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday)\b)/i,
    "a date",
  ],
  [/\btimes?\b/i, /\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b/i, "a time"],
  [
    /\bnumbers?\b|\bdigits?\b/i,
    /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million)\b/i,
    "a number",
  ],
  [
    /\bprices?\b|\bcosts?\b|\bamounts? of money\b/i,
    /[$€£¥]\s?\d|\d+(?:\.\d+)?\s?(?:dollars|euros|pounds|usd|eur)\b/i,
    "a price",
  ],
  [/\be-?mail address(?:es)?\b/i, /\b[\w.+-]+@[\w-]+\.[\w.]+\b/, "an email address"],
  [
    /\b(?:urls?|links?|web ?sites?|web addresses?)\b/i,
    /\bhttps?:\/\/\S+|\bwww\.\S+|\b\w+\.(?:com|org|net|io|dev)\b/i,
    "a link",
  ],
  [/\bquestions?\b/i, /\?/, "a question"],
];

type Label = { label: string; why?: string };

function classify(request: string, material: string, input: SkillInput): Label | null | undefined {
  const listed = input.instructions.form?.label?.options?.length
    ? input.instructions.form.label.options
    : listedLabels(request);
  // "Is this review positive or negative?" lists its labels in the question itself.
  const tones = /\bpositive\b[^.?!]{0,20}\bnegative\b|\bnegative\b[^.?!]{0,20}\bpositive\b/i.test(request)
    ? [
        "positive",
        "negative",
        ...(/\bneutral\b/i.test(request) ? ["neutral"] : []),
        ...(/\bmixed\b/i.test(request) ? ["mixed"] : []),
      ]
    : [];
  const options = listed.length ? listed : tones;
  // "Does this sentence mention a date?": yes or no about the text itself.
  const mention =
    /^\s*(?:does|do|is there)\b[^?]{0,60}?\b(?:mention|contain|include|have|has|name|there|ask|use|end with)\b/i.test(
      request,
    )
      ? MENTIONS.find(([asked]) => asked.test(request))
      : undefined;
  if (mention) {
    const found = mention[1].exec(material);
    return found
      ? { label: "Yes", why: `it mentions ${mention[2]}: "${found[0].trim()}".` }
      : { label: "No", why: `I find no ${mention[2].replace(/^an? /, "")} in it.` };
  }
  if (/\bspam\b/i.test(request)) {
    const marks = spamMarks(material);
    const spam = options.find((o) => /^spam$/i.test(o)) ?? "Spam";
    const ham = options.find((o) => /^(?:not spam|ham|legit\w*)$/i.test(o)) ?? "Not spam";
    const yesNo = /^\s*is\b/i.test(request) && !options.length;
    if (marks.length >= 2)
      return {
        label: yesNo ? "Yes" : spam,
        why: `it has the marks of spam (${marks.map((m) => `"${m}"`).join(", ")}).`,
      };
    if (marks.length === 0)
      return { label: yesNo ? "No" : ham, why: "it reads like an ordinary message, with none of the marks of spam." };
    return null;
  }
  const languages = options.length >= 2 && options.every((o) => /^(?:english|french|spanish|german)$/i.test(o));
  if (
    languages ||
    /\b(?:what|which)\s+language\b|\blanguage\s+(?:of|is)\b|\b(?:identify|detect|name)\s+the\s+language\b/i.test(
      request,
    )
  ) {
    const lang = languageOf(material);
    const opt = lang && options.length ? options.find((o) => o.toLowerCase() === lang.toLowerCase()) : lang;
    return opt ? { label: opt } : null;
  }
  if (/\bformal\b|\binformal\b|\bformality\b|\bregister\b/i.test(request)) {
    const f = formality(material);
    if (!f) return null;
    const opt = options.find((o) => o.toLowerCase() === f) ?? f;
    return {
      label: opt,
      why: f === "formal" ? "its wording is polite and standard." : "its wording is casual and chatty.",
    };
  }
  if (options.length && options.some((o) => /^(?:positive|negative)$/i.test(o))) {
    // "Classify the sentiment" in words is the sentiment skill's; a label to pick is this one's.
    if (!bareAsked(request, input) && /\bsentiment\b/i.test(request)) return undefined;
    const { tone, mixed } = toneOf(material);
    const want =
      mixed && options.some((o) => /^mixed$/i.test(o))
        ? "mixed"
        : tone > 0
          ? "positive"
          : tone < 0
            ? "negative"
            : "neutral";
    const opt = options.find((o) => o.toLowerCase() === want);
    return opt ? { label: opt } : null;
  }
  if (
    options.length >= 2 &&
    /\b(?:classify|categori[sz]e|label|tag|topic|category|class|which (?:one|of)|is (?:this|it) about)\b/i.test(request)
  ) {
    const topic = topicOf(material, options);
    return topic ? { label: topic } : null;
  }
  // "Does this sentence ...?" about a given text, which no list above reads: no neighbour's passage.
  if (
    /^\s*(?:does|do|is|are|can)\s+(?:this|the following|that|the)\s+(?:sentence|text|message|email|review|tweet|headline|phrase|paragraph|comment|post)\b/i.test(
      request,
    )
  )
    return null;
  return undefined;
}

/** Only the label is wanted: "only the label", "one word", "just the category". */
function bareAsked(request: string, input: SkillInput): boolean {
  const i = input.instructions;
  return !!(
    i.form?.label ||
    i.form?.yesNo ||
    (i.wordLimit && i.wordLimit <= 3) ||
    /\b(?:only|just|nothing but|one word|single word)\b/i.test(request)
  );
}

export const labels: Skill = {
  name: "labels",
  does: "labels a given text (spam, language, formal or informal, a listed topic, sentiment) and says yes or no about it",
  reply(input) {
    const { lastUser, turns, json } = input;
    // A schema's fields are read from the text one by one (request/json-schema.ts); JSON with named
    // keys or none gets the label in its fields.
    if ((json && input.schema !== false) || lastUser.length > 2000 || examplesOf(turns)) return null;
    const material = materialOf(lastUser);
    if (!material) return null;
    const request = requestOf(lastUser, material);
    const found = classify(request, material, input);
    if (found === undefined) return null;
    // Asked for a label the word lists cannot decide: an honest "I can't", not a guess.
    if (found === null)
      return {
        texts: declineTexts({ kind: "task", text: "label that text reliably" }, false),
        asWritten: true,
        declined: true,
      };
    const label = found.label;
    const cap = label.charAt(0).toUpperCase() + label.slice(1);
    const texts: Filled[] =
      bareAsked(request, input) || !found.why
        ? [{ text: bareAsked(request, input) ? label : `${cap}.`, weight: 1 }]
        : [
            { text: `${cap}${/^(?:yes|no)$/i.test(label) ? "," : ":"} ${found.why}`, weight: 0.7 },
            { text: `${cap}. ${found.why.charAt(0).toUpperCase()}${found.why.slice(1)}`, weight: 0.3 },
          ];
    return { texts, exact: true, fields: { answer: label, label, classification: label, category: label } };
  },
};
