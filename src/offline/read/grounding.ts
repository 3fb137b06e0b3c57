/**
 * Does the best passage actually answer the question? BM25 always finds a best passage, however
 * poorly it fits: "bread prices in Berlin" ranks the Berlin passage first because it says
 * "Berlin". This decision reads what the question is about (its content words, once the words
 * that only ask for a form are gone) and checks that the passage's topic holds them, weighting
 * rare words most (a place, a substance, a name decide what a question is about; "best" or
 * "time" do not). Questions that need live data (prices, weather, news, today) are never
 * grounded: the corpus has no live data. Thresholds are calibrated on a labelled set of course
 * prompts and everyday prompts the corpus cannot answer (test/offline/grounding-set.ts).
 */
import { namesOf } from "../language/landmarks";
import { corpusEntries, type CorpusEntry } from "../corpus/all";
import { sentences, stem, terms, words } from "../language/text";
import type { ConversationTurn } from "./conversation";
import { resolveFollowUp } from "./follow-up";
import { asksAboutJson } from "./instructions";
import type { Scored } from "./retrieval";

export interface Grounding {
  grounded: boolean;
  /** Share (weighted by rarity) of the question's content words that the passage and its topic hold. */
  coverage: number;
  /** The question's content words (surface forms) the passage's topic does not hold. */
  missing: string[];
  /** The question asks for live data (a price, the weather, the news, today's anything). */
  live: boolean;
  /** The passage's relevance score (BM25 plus topic keywords). */
  score: number;
  /** The text judged: the last question, resolved against earlier turns when it leans on them. */
  question: string;
  /** Why, in a few words (for tests and calibration). */
  reason: string;
  /** The passage judged: the best-ranked one, or a runner-up that grounds the question when the best does not. */
  entry?: CorpusEntry;
}

/** Calibrated on test/offline/grounding-set.ts: below this weighted coverage the passage is a neighbour, not an answer. */
export const MIN_COVERAGE = 0.6;
/** A question whose every content word is covered still needs a real match, not one common word. */
export const MIN_SCORE = 2;

/** "as JSON with keys ...": the answer's form, unless the question asks how to get JSON output. */
const JSON_FORM =
  /\b(?:as|in|into|using|with|return|output|reply in|respond in|formatted as)\s+(?:valid\s+|a\s+|an\s+)?json\b(?:\s+(?:object|format|array))?(?:\s*,?\s*(?:with|using|having|containing)\s+(?:the\s+)?(?:keys?|fields?|properties)\b[^.?!\n]*)?/gi;

/**
 * Words that say how to answer, not what about: JSON and its keys, lengths, counts, lists,
 * languages, tone. They are removed before coverage is measured.
 */
const FORM_PHRASES: RegExp[] = [
  // "What does JSON stand for?" asks what the name means.
  /\bstands?\s+for\b/gi,
  JSON_FORM,
  /\b(?:in|using|with)\s+(?:all\s+)?(?:capital letters|caps|capitals|upper ?case|block letters|lower ?case)\b/gi,
  /\b(?:(?:in|with|using)\s+)?(?:in|under|at most|no more than|fewer than|less than|exactly|precisely|within|using|with|max(?:imum)?(?: of)?)\s+(?:exactly\s+)?(?:\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|a single|a few)\s+(?:short\s+|brief\s+)?(?:words?|sentences?|lines?|characters?|chars|paragraphs?|bullet points?|bullets?|points?)\b|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:short\s+)?(?:words?|sentences?|lines?|paragraphs?)\s+(?:max(?:imum)?|at most|or (?:fewer|less)|tops)\b/gi,
  /\b(?:in\s+)?\d{1,4}\s+(?:characters|chars)\s+or\s+(?:less|fewer)\b/gi,
  /\b(?:in|into)\s+(?:english|french|spanish|german|italian|portuguese|dutch|japanese|chinese)\b/gi,
  /\b(?:like|as if)\s+i'?m\s+(?:five|5|a child|a kid)\b|\beli5\b|\b(?:for|to) (?:a |an )?(?:complete |total |absolute )?(?:child|kid|beginner|novice|newcomer)s?\b/gi,
  // Who it is for: "to a 5-year-old", "for my 7 year old son".
  /\b(?:for|to)\s+(?:a|an|my|our)\s+(?:\d{1,2}|three|four|five|six|seven|eight|nine|ten)[- ]years?[- ]old(?:\s+(?:child|kid|son|daughter|boy|girl))?\b/gi,
  /\b(?:in\s+)?(?:simple|plain|easy|everyday|layman'?s?|non-?technical)\s+(?:terms|words|language|english)\b/gi,
  /\b(?:keep it|be)\s+(?:short|brief|concise|simple)\b/gi,
  /\b(?:(?:as|in|with|using)\s+(?:a\s+)?(?:numbered\s+list|bullet(?:ed)?\s+(?:points?|list)|bullets)\b|step[- ]by[- ]step|numbered|as a list|in a list|bullet(?:ed)? (?:points?|list)|in markdown|as markdown|in a table|as a table|one per line)\b/gi,
  /\b(?:with\s+)?(?:one|each)\s+(?:sentence|point|item|idea)\s+(?:per|on (?:a|its own|a separate|a new))\s+line\b/gi,
  /\b(?:answer|reply|respond)\s+(?:only\s+)?(?:with|in)\s+(?:one|a single|\d+)\s+words?\b/gi,
];

/** Content words that frame a request without naming its subject ("tips for better sleep": the subject is sleep). */
const FRAME = new Set(
  (
    "tip tips idea ideas fact facts reason reasons step steps point points example examples list item items " +
    "answer answers reply respond question questions quick quickly simple simply basic basics detail details detailed " +
    "overview summary define definition mean meaning means called kind kinds type types sort-of " +
    "one two three four five six seven eight nine ten first second single few many " +
    "good great better best nice main important common some key keys field fields format " +
    "please thank thanks hey hi hello again now today " +
    "know think wonder curious understand work works working help helps helpful recap remind refresh sum summarize summarise " +
    "differ different difference differences compare comparison versus vs city town country place name names named " +
    "used uses useful usage purpose located location situated " +
    // who the answer is for, not what it is about: "which language should a beginner pick?"
    "beginner beginners novice novices newcomer newcomers"
  )
    .split(/\s+/)
    .map(stem),
);

/** Stop words of the other languages the corpus speaks, so French questions are read by their content too. */
const FOREIGN_STOP = new Set(
  (
    "le la les un une des du de est et en que qui quoi quel quelle quels quelles comment pourquoi ce cette ces " +
    "il elle nous vous je tu mon ma mes ton ta son sa au aux pour par sur avec dans qu'est-ce c'est s'il " +
    "qu est el los las es y en que qué cuál cual cómo como por para con un una del al lo se su sus mi me te " +
    "der die das ist und ein eine einer was wie warum wer den dem des zu im mit von für auf mir mich sie es " +
    // words() folds accents: the folded forms too ("qu'est" from "Qu'est-ce", "fur" from "für").
    "qu'est fur explique expliquez explica erklare erklar"
  ).split(/\s+/),
);

/** No function word of French, Spanish or German, and no accented letter. */
function inEnglish(question: string): boolean {
  return !/[à-öø-ÿ]/i.test(question) && !words(question).some((w) => FOREIGN_STOP.has(w));
}

/** Live data: the corpus holds none, so these questions are never grounded by a passage. */
const LIVE_SUBJECT =
  /\b(?:who(?: is|'s) the (?:current |present )?(?:president|prime minister|king|queen|ceo|mayor|chancellor|pope|leader|head of state)|weather|forecast|news|headlines?|stock(?:s| price| market)?|share price|exchange rate|bitcoin|crypto(?:currency)?|traffic|opening hours|open (?:now|today)|election results?|lottery|who won|score of|what time is it|what(?:'s| is) the (?:time|date)(?! (?:difference|zone))|what day is it|scores?\b(?=.*\b(?:game|match)\b))\b/i;
const PRICE =
  /\b(?:price|prices|priced|cost|costs|costing|fare|fares|rent|salary|salaries)\b|\bhow much (?:is|are|does|do|did|will|would)\b(?!.*\b(?:sleep|water|exercise|time)\b)/i;
/** What only the learner's own account knows (its limits, quota, credit, tier): no passage holds it. */
const ACCOUNT =
  /\b(?:rate[- ]limits?|limits?|quota|credits?|balance|tier|spend(?:ing)?|bill)\b[^.?!]*\b(?:my|our)\s+(?:own\s+)?(?:account|organi[sz]ation|org|project|plan|api key)\b|\b(?:my|our)\s+(?:account'?s?\s+|organi[sz]ation'?s?\s+|project'?s?\s+|current\s+|remaining\s+)?(?:rate[- ]limits?|quota|credits?|balance|usage tier|tier|bill|spend(?:ing)?)\b/i;
/** "How is a request priced?" asks how pricing works, which the API topic explains; a model's price is live. */
const PRICING_RULE =
  /^(?!.*\b(?:gpt|o\d|davinci|claude|gemini)\b)(?:.*\bhow (?:is|are) (?:\w+ ){0,4}(?:priced|billed|charged)\b|.*\bhow (?:do|can|should|would) (?:i|you|we) (?:calculate|compute|work out|estimate|figure out)\b.*\bcosts?\b)/i;
/** A word problem gives its amounts ("cost $1.10 in total"): it asks for a computation, not for today's prices. */
const AMOUNT = /[$€£¥]\s?\d|\d\s?(?:dollars?|euros?|pounds?|cents?)\b/i;
const NOW =
  /\b(?:right now|at the moment|currently|current|today|tonight|this (?:week|weekend|month|morning|evening|afternoon)|tomorrow|yesterday|latest|newest|breaking news|live (?:score|results?|stream))\b/i;
/** "What is the weather like in spring?" asks about the climate, which a passage may describe. */
const CLIMATE =
  /\b(?:spring|summer|autumn|fall|winter|season|seasons|climate|usually|typically|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|best time)\b/i;
/** "The best coffee shop in Paris": a recommendation of one business, which no passage on a city can make. */
const VENUE =
  /\b(?:best|top|good|great|nicest|cheapest|favou?rite|recommended|cosiest|coziest)\s+(?:[a-z-]+\s+)?(?:restaurants?|caf(?:e|é)s?|coffee ?shops?|bars?|hotels?|hostels?|bakery|bakeries|pubs?|clubs?|shops?|stores?|gyms?|pizzerias?|places? to (?:eat|stay|drink|get))\b/i;

/** "What is a haiku?" asks what the form is: a haiku is not the answer. */
const DEFINITION =
  /^\s*(?:what(?:'s| is| are)\s+(?:a|an)?\s*\w+\s*\??\s*$|define\b|what does (?:the word\s+)?["']?\w+["']? mean\b|what is the (?:definition|meaning) of\b)/i;

/** True when the question asks what a thing is ("What is a haiku?"), not for one. */
export const asksWhatItIs = (question: string): boolean => DEFINITION.test(withoutFormWords(question));

/** Words that point back to something said before. */
const POINTS_BACK = /\b(?:it|its|they|them|their|this|that|these|those|he|him|his|she|her)\b/i;

/** Topics that greet or thank: "How are you today?" is not a question about today. */
const SOCIAL = new Set(["greetings", "thanks", "self"]);

interface Vocabulary {
  /** Topic id -> stems of its title, keywords, cues and every passage. */
  topics: Map<string, Set<string>>;
  /** Topic id -> stems of its title and keywords: what the topic is about. */
  anchors: Map<string, Set<string>>;
  /** Topic id -> the stems of each of its passages, one set a passage. */
  passages: Map<string, Set<string>[]>;
  /** Topic id -> its English passages' texts (with their points). */
  passageTexts: Map<string, string[]>;
  /** Topic id -> the stems of its English passages (and title and keywords). */
  english: Map<string, Set<string>>;
  /** Stem -> in how many topics it appears. */
  df: Map<string, number>;
  topicCount: number;
}

let vocabulary: Vocabulary | null = null;

function buildVocabulary(): Vocabulary {
  const topics = new Map<string, Set<string>>();
  const anchors = new Map<string, Set<string>>();
  const passages = new Map<string, Set<string>[]>();
  const english = new Map<string, Set<string>>();
  const passageTexts = new Map<string, string[]>();
  for (const e of corpusEntries()) {
    if (e.topic.fallback) continue;
    let own = english.get(e.topic.id);
    if (!own) {
      own = new Set(terms(`${e.topic.title} ${e.topic.keywords.join(" ")}`));
      english.set(e.topic.id, own);
    }
    if (!e.passage.lang) {
      for (const t of passageTerms(e)) own.add(t);
      const list = passageTexts.get(e.topic.id) ?? [];
      list.push([e.passage.text, ...(e.passage.points ?? [])].join("\n"));
      passageTexts.set(e.topic.id, list);
    }
    passages.set(e.topic.id, [...(passages.get(e.topic.id) ?? []), new Set(passageTerms(e))]);
    let set = topics.get(e.topic.id);
    if (!set) {
      const about = terms(`${e.topic.title} ${e.topic.keywords.join(" ")}`);
      anchors.set(e.topic.id, new Set(about));
      set = new Set(about);
      topics.set(e.topic.id, set);
    }
    for (const t of passageTerms(e)) set.add(t);
  }
  const df = new Map<string, number>();
  for (const set of topics.values()) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  return { topics, anchors, passages, english, passageTexts, df, topicCount: topics.size };
}

function passageTerms(e: CorpusEntry): string[] {
  return [
    ...terms(e.passage.text),
    ...(e.passage.cues ?? []).map((c) => stem(c.toLowerCase())),
    ...termsOfAll(e.passage.points ?? []),
  ];
}

const termsOfAll = (list: readonly string[]) => list.flatMap((s) => terms(s));

/** How much a word says about what a question is about: rare in the corpus means telling. */
function weight(t: string, v: Vocabulary): number {
  const df = v.df.get(t) ?? 0;
  return Math.log((v.topicCount + 1) / (df + 0.5));
}

/** The question without the words that only ask for a form ("as JSON with keys ...", "in one sentence"). */
export function withoutFormWords(text: string): string {
  let out = text;
  const aboutJson = asksAboutJson(text);
  for (const re of FORM_PHRASES) if (!(aboutJson && re === JSON_FORM)) out = out.replace(re, " ");
  return out;
}

/** The content words of a question (surface form and stem), form and frame words removed. */
export function contentWords(text: string): { word: string; stem: string }[] {
  const seen = new Set<string>();
  const out: { word: string; stem: string }[] = [];
  const kept = new Set(terms(withoutFormWords(text)));
  for (const w of words(withoutFormWords(text))) {
    if (FOREIGN_STOP.has(w)) continue;
    const s = stem(w);
    if (!kept.has(s) || FRAME.has(s) || seen.has(s)) continue;
    seen.add(s);
    out.push({ word: w, stem: s });
  }
  return out;
}

/** True when the question asks for data the corpus cannot hold: a price, the weather, the news, today's anything. */
export function asksForLiveData(asked: string, topicId?: string): boolean {
  // A quoted text is material, not the question: its "today" asks nothing live.
  const question = asked.replace(/["“][^"”]{12,}["”]/g, " ");
  // A greeting's "today" asks nothing live; a question about the headlines does, whatever topic it ranked nearest.
  const asksLive = LIVE_SUBJECT.test(question) && /\?|\b(?:what|who|which|when|where|how)\b/i.test(question);
  if (topicId && SOCIAL.has(topicId) && !asksLive) return false;
  if (/\bweather\b|\bforecast\b/i.test(question) && CLIMATE.test(question)) return NOW.test(question);
  if (LIVE_SUBJECT.test(question) || ACCOUNT.test(question)) return true;
  if (PRICE.test(question) && !AMOUNT.test(question) && !PRICING_RULE.test(question)) return true;
  // "today" in a greeting or a thank-you is no question about today.
  return NOW.test(question) && /\b(?:what|who|which|when|where|how|is|are|did|does)\b|\?/i.test(question);
}

/**
 * The question this turn asks: the last user message, resolved against earlier turns ("What about
 * Rome?"), or, when it names nothing of its own ("Can you show me an example?"), the earlier user
 * message it continues.
 */
export function questionOf(turns: readonly ConversationTurn[]): string {
  const resolved = resolveFollowUp(turns);
  const users = turns.filter((t) => t.role === "user").map((t) => t.text);
  if (resolved !== null) return resolved;
  const last = users[users.length - 1] ?? "";
  for (let i = users.length - 1; i >= 0 && i >= users.length - 4; i--) {
    if (contentWords(users[i]).length === 0) continue;
    // "How do they differ from regular functions?": the earlier question says who "they" are.
    if (i === users.length - 1 && POINTS_BACK.test(last)) {
      for (let j = i - 1; j >= 0 && j >= i - 3; j--)
        if (contentWords(users[j]).length > 0) return `${users[j]} ${last}`;
    }
    return users[i];
  }
  // "Can you show me a simple example?" after a carried summary: the summary says of what.
  if (contentWords(last).length === 0) {
    const carried = turns.find(
      (t) =>
        (t.role === "system" || t.role === "developer" || t.role === "user") && /\bsummary\b[^:]{0,40}:/i.test(t.text),
    );
    if (carried) {
      // What the summary is about, without its reporting words ("the user asked about").
      const about = carried.text
        .replace(/^[\s\S]*?\bsummary\b[^:]{0,40}:\s*/i, "")
        .replace(
          /\b(?:the\s+)?(?:user|assistant|they|it)\s+(?:then\s+)?(?:asked|said|wanted|explained|showed|answered|mentioned|suggested)(?:\s+(?:about|for|that|how|what|whether))?\b/gi,
          " ",
        );
      return `${about} ${last}`;
    }
  }
  return last;
}

/**
 * Whether the best-ranked passage grounds the question: the rare words of the question are in
 * the passage's topic, no named thing is missing, and nothing live is asked. When the best passage
 * does not ground it but a close runner-up on another topic does ("type hints" ranks TypeScript
 * first, for "types"), that passage is the answer (`entry`).
 */
const TRANSFORM =
  /^\s*(?:please\s+|can you\s+|could you\s+)?(?:turn|rewrite|rephrase|reword|convert|change|put|make|correct|fix|edit|shorten|expand|simplify|paraphrase|proofread|translate)\b[^"“:\n]{0,60}(?:["“]|:\s*\S)/i;

const ABOUT_GIVEN =
  /\b(?:this|the following|the above|that|my)\s+(?:message|text|email|e-mail|review|sentence|paragraph|note|letter|tweet|post|passage|comment|poem|story|quote|headline|excerpt)\b/i;

const RECALL =
  /\b(?:what|which|who|where|when|how much|how many)(?:'s| was| were| is| did)\b[^?.!]{0,40}\bagain\b|\bremind me (?:what|which|who|where|when|of)\b|\bwhat did i (?:say|tell you|mention)\b|\bdid i (?:tell|say|mention)\b/i;

const ASKED_BACK = /^(?:(?:and|so|ok|okay|wait|sorry|hey)[,!]?\s+)*(?:what|which|who|where|when)\s+(?:was|were)\b/i;

/**
 * "What have I taken so far?", "How much did we spend in total?": the user's own doings, which only the
 * conversation can hold; a passage that shares "total" or "so far" with it answers something else.
 */
const OWN_DOINGS =
  /^(?:(?:and|so|ok|okay|right|now|then|wait)[,!]?\s+)*(?:what|how much|how many(?:\s+[a-z]+)?|how far|which\s+[a-z]+)\s+(?:have|had|did)\s+(?:i|we)\s+(?!(?:got|to)\b)[a-z]+\b[^?.!]*\b(?:so far|in total|altogether|all together|total|up to now|until now|to date|this (?:week|month|year|shift|morning|evening))\b/i;

/**
 * "give my list back to me as a numbered list", "sort what I gave you": the user's own material from
 * earlier turns, which no passage holds.
 */
const USERS_OWN =
  /\b(?:my|our)\s+(?:(?:shopping|packing|to-?do|reading|guest)\s+)?(?:list|notes?|items|words|names|numbers|text|message|email|answers?|code|story|essay|poem|draft|sentences?|paragraph|points|ideas|scores|dates|times)\b|\b(?:my|our)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?|[%£$€]))|\bwhat i (?:said|wrote|gave you|told you|listed|sent|pasted)\b|\bthe (?:list|text|notes?|items|names|words) i (?:gave|sent|wrote|pasted|listed)\b/i;

/** "and per day, roughly?", "what about in hectares?": a few words that ask the last question again of something else. */
const FRAGMENT = /^(?:and|what about|how about|same for|or)\b[^?.!]{0,30}[?.!]?$/i;

export function judgeGrounding(
  turns: readonly ConversationTurn[],
  ranked: readonly Scored[],
  thresholds: Thresholds = THRESHOLDS,
): Grounding {
  vocabulary ??= buildVocabulary();
  const v = vocabulary;
  const question = questionOf(turns);
  const best = ranked[0];
  const content = contentWords(question);
  if (!best || best.entry.topic.fallback) {
    return {
      question,
      score: best?.score ?? 0,
      grounded: false,
      coverage: 0,
      missing: content.map((c) => c.word),
      live: asksForLiveData(question),
      reason: "no passage matches",
    };
  }
  // "Thanks!", "Hello": a greeting or a thank-you is answered in kind.
  const lastUser = [...turns].reverse().find((t) => t.role === "user")?.text ?? "";
  if (
    SOCIAL.has(best.entry.topic.id) &&
    asksForForm(lastUser, best.entry.topic.keywords) &&
    contentWords(lastUser).every((c) => v.anchors.get(best.entry.topic.id)?.has(c.stem))
  )
    return {
      question,
      score: best.score,
      entry: best.entry,
      grounded: true,
      coverage: 1,
      missing: [],
      live: false,
      reason: "social",
    };
  // "What was the door code again?", "and per day, roughly?": a question that asks back what the conversation
  // said, or a fragment that leans on its last question, is answered from the conversation or not at all.
  const earlierUser = turns.filter((t) => t.role === "user").length > 1;
  // "and in JavaScript?" names what a topic is about, so its passage may answer; "and per day?" names nothing.
  const fragment =
    question.trim() === lastUser.trim() &&
    FRAGMENT.test(lastUser.trim()) &&
    !contentWords(lastUser).some((c) => v.anchors.get(best.entry.topic.id)?.has(c.stem));
  // "What was the tracking number?" after the user gave it: "was" asks back a thing the user named before.
  const earlierTexts = turns.filter((t) => t.role === "user" && t.text !== lastUser).map((t) => t.text);
  const askedBack =
    ASKED_BACK.test(lastUser.trim()) &&
    contentWords(lastUser).length > 0 &&
    contentWords(lastUser).some((c) => earlierTexts.some((t) => terms(t).includes(c.stem)));
  if (
    earlierUser &&
    (RECALL.test(lastUser) || fragment || askedBack || OWN_DOINGS.test(lastUser.trim()) || USERS_OWN.test(lastUser))
  )
    return {
      question,
      score: best.score,
      grounded: false,
      coverage: 0,
      missing: content.map((c) => c.word),
      live: false,
      reason: "asks back what the conversation said",
    };
  // "Turn this into a question: 'The shop opens at nine.'": the work is on the user's own text, which no passage does.
  // "What's the tone of this message? '...'": a question about the text given, which no passage is.
  if (TRANSFORM.test(lastUser) || (ABOUT_GIVEN.test(lastUser) && /["“]|:\s*\S/.test(lastUser)))
    return {
      question,
      score: best.score,
      grounded: false,
      coverage: 0,
      missing: content.map((c) => c.word),
      live: false,
      reason: "asks to change a text it was given",
    };
  const first = judgeEntry(best, question, content, v, thresholds);
  if (first.grounded || first.live) return first;
  const tried = new Set([best.entry.topic.id]);
  for (const r of ranked.slice(1, 12)) {
    if (r.score < best.score * 0.5) break;
    if (tried.has(r.entry.topic.id) || r.entry.topic.fallback) continue;
    tried.add(r.entry.topic.id);
    const other = judgeEntry(r, question, content, v, thresholds);
    if (other.grounded) return other;
  }
  return first;
}

/**
 * A name "of" a topic's anchor ("the Great Wall of China"): its words, when the topic neither
 * makes them a cue nor (for a one-word name) holds them.
 */
function landmarkOf(
  question: string,
  isAnchor: (word: string) => boolean,
  cues: ReadonlySet<string>,
  held: ReadonlySet<string>,
): string[] {
  for (const { head, of } of namesOf(question)) {
    if (!isAnchor(of)) continue;
    const stems = head.map((h) => stem(h.toLowerCase()));
    if (stems.some((x) => cues.has(x) || isAnchor(x))) continue;
    if (head.length === 1 && held.has(stems[0])) continue;
    return head;
  }
  return [];
}

function judgeEntry(
  best: Scored,
  question: string,
  content: readonly { word: string; stem: string }[],
  v: Vocabulary,
  thresholds: Thresholds,
): Grounding {
  const topic = best.entry.topic;
  // An English question is held by English text: German "seine" (its) is not the river Seine.
  const held = (inEnglish(question) ? v.english : v.topics).get(topic.id) ?? new Set<string>();
  const own = new Set(passageTerms(best.entry));
  const names = nameWords(question);
  let total = 0;
  let covered = 0;
  let predicateTotal = 0;
  let predicateCovered = 0;
  const missing: string[] = [];
  for (const c of content) {
    const w = weight(c.stem, v);
    // The passage itself holds it in full; its topic's other passages, nearly (the answer may come from them).
    // A name is held as written: "Atlantis" is not the "Atlantic" of a passage.
    const share = own.has(c.stem) ? 1 : held.has(c.stem) ? 0.8 : !names.has(c.word) && loosely(c.stem, held) ? 0.7 : 0;
    total += w;
    covered += share * w;
    if (!share) missing.push(c.word);
    if (!names.has(c.word)) {
      predicateTotal += w;
      predicateCovered += share * w;
    }
  }
  const coverage = total > 0 ? covered / total : 1;
  // "How does a car engine work?": "toy cars" in one sorting passage and "JavaScript engines" in another.
  const single =
    total > 0 ? onePassage(content, v.passages.get(topic.id) ?? [], v.anchors.get(topic.id), v) / total : 1;
  // "the best restaurant in Berlin": the place is there, what is asked about it is not.
  const predicate = predicateTotal > 0 && predicateTotal < total ? predicateCovered / predicateTotal : 1;
  // A name the topic does not hold (Peru, Hamlet, Docker; Italy asked of France) is what the question is about.
  const unknownNames = missing.filter((w) => names.has(w));
  // One word in common is a coincidence unless it is what the topic is about (its title or keywords) or the passage defines it.
  const anchors = v.anchors.get(topic.id) ?? new Set<string>();
  // A bare number in common ("under $20" and top_logprobs' "0 to 20") is a coincidence, not a shared subject.
  const hits = content.filter(
    (c) =>
      !/^\d{1,2}(?:\.\d+)?$/.test(c.word) &&
      (own.has(c.stem) || held.has(c.stem) || (!names.has(c.word) && loosely(c.stem, held))),
  );
  // "Give me 3 reasons to drink water": a list of a passage's points is an answer only when the
  // passage is about what is asked (one of its cues or its topic's); the headache passage's
  // "drinking water" is a remedy in passing.
  const passageCues = new Set((best.entry.passage.cues ?? []).map((c) => stem(c.toLowerCase())));
  const offCueList =
    COUNTED_LIST.test(question) &&
    passageCues.size > 0 &&
    hits.length > 0 &&
    hits.every((c) => !passageCues.has(c.stem) && !anchors.has(c.stem));
  const anchored =
    !offCueList &&
    // A question with no content word of its own ("Am I on the nice list?") is grounded only by small talk.
    ((content.length === 0 && SOCIAL.has(topic.id)) ||
      (hits.length >= 2 && hits.some((c) => (v.df.get(c.stem) ?? 0) <= RARE)) ||
      hits.some((c) => anchors.has(c.stem)) ||
      (hits.length === 1 && defines(best.entry.passage.text, hits[0].stem)));
  // "How many people live in Sydney?": the Australia passage names Sydney in passing, it is about Canberra.
  const named = content.filter((c) => names.has(c.word));
  const cues = new Set((best.entry.passage.cues ?? []).map((c) => stem(c.toLowerCase())));
  // "How old is Max?": a name the passage holds only inside a code name (max_completion_tokens) is not there.
  const plainText = best.entry.passage.text.replace(/\b\w+(?:_\w+)+\b/g, " ");
  const inCodeOnly = (word: string) =>
    !new RegExp(`\\b${word.replace(/[^\p{L}\d]/gu, "")}\\b`, "iu").test(plainText) &&
    !(topic.keywords ?? []).some((k) => k.toLowerCase() === word.toLowerCase());
  const passing =
    named.length > 0 &&
    (named.every((c) => inCodeOnly(c.word)) || named.every((c) => !anchors.has(c.stem) && !cues.has(c.stem))) &&
    // "How do I install Python on Windows?": what is asked (installing) is the topic's own, the name a detail.
    !content.some((c) => !names.has(c.word) && anchors.has(c.stem));
  // "the Great Wall of China": a landmark named after the topic's country is what is asked, and
  // the country's passage only names it in passing.
  const landmark = landmarkOf(question, (w) => anchors.has(stem(w.toLowerCase())), cues, held);
  const features: Features = {
    coverage,
    single,
    passing: passing ? named.map((c) => c.word) : landmark,
    howTo: howToMissing(question, own, held),
    predicate,
    live: asksForLiveData(question, topic.id),
    venue: VENUE.test(question),
    undefined: undefinedTerm(question, topic.id),
    otherLanguage: otherLanguage(question, best.entry),
    unheld: unheldNotation(question, topic.id, held),
    unknownNames,
    anchored,
    // A haiku that mentions a laptop answers a request for a haiku, not a question about laptops.
    wrongForm:
      topic.creative === true
        ? !asksForForm(question, topic.keywords) || asksWhatItIs(question)
        : PIECE.test(question) &&
          !asksWhatItIs(question) &&
          !/\bhow\s+(?:do|can|could|should|would|to)\b/i.test(question),
    headMissing: headMissing(question, missing, names),
    undated: undated(question, content, v.passageTexts.get(topic.id) ?? [], new Set(terms(topic.title)), v),
    bareObject: bareObject(question, topic.title, v),
    placeless: VISIT.test(question) && names.size === 0 && /\p{Lu}/u.test(topic.title.slice(1)),
    future: FUTURE.test(question),
    unexplained: unexplained(question, content, v.passageTexts.get(topic.id) ?? [], new Set(terms(topic.title))),
    score: best.score,
  };
  const reason = decide(features, thresholds, topic.title);
  return {
    question,
    score: best.score,
    entry: best.entry,
    grounded: reason === "",
    coverage,
    missing,
    live: features.live,
    reason: reason || "grounded",
  };
}

/** A request for a piece to be written ("Tell me a story"): advice about stories is no story. */
/** "Will I pass my exam?", "Am I going to get the job?": the asker's own future. */
const FUTURE =
  /^\s*(?:(?:so|and|but|tell me|please)[,\s]+)?(?:will|shall) (?:i|we|my \w+) (?:ever |really |actually )?(?:pass|get|win|be|have|find|meet|become|make|succeed|fail|lose|marry|go|see|land|ace)\b|^\s*(?:am i|are we) (?:ever )?going to (?:pass|get|win|be|have|find|meet|become|make|succeed|fail|lose|marry|ace)\b|\bwhat does (?:my|the) future hold\b/i;

/** "Where should I go first?", "What should I see?": a sightseeing question, which needs the place it is about. */
const VISIT =
  /\b(?:where|what|which\s+\w+)\s+(?:should|shall|must|can|could|would\s+you\s+recommend|do\s+you\s+recommend)\s+(?:i|we|you)?\s*(?:visit|go|see|explore|start|begin|tour)\b/i;

const PIECE =
  /\b(?:tell|write|give|make|read|sing|compose)\s+(?:me\s+|us\s+)?(?:a|an|one|another)\s+(?:[\w-]+\s+){0,2}?(?:story|poem|joke|tale|song|limerick|haiku|rhyme|fable)\b/i;

/** "French", "Italian", "Japanese", "Spanish", "Thai": a name used as an adjective. */
const DEMONYM = /(?:ch|sh|ese|i?an|ean|ic|ai|ek)$/;

/** A year, a century, a month or a season: what a "when" is answered with. */
const WHEN_WORDS =
  /\b(?:1\d{3}|20\d{2}|\d{1,2}(?:st|nd|rd|th) century|centur(?:y|ies)|january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b/i;

/**
 * "When was the Louvre built?": the passages name the Louvre but never date it, and a date found
 * elsewhere (the Eiffel Tower's 1889) would be a confident wrong answer. The rarest word asked
 * about (the topic's own title aside: "When did Paris begin?") must share a sentence with a date.
 */
function undated(
  question: string,
  content: readonly { word: string; stem: string }[],
  texts: readonly string[],
  title: ReadonlySet<string>,
  v: Vocabulary,
): string {
  // Only a past event is dated ("When was..."): "When should I travel?" asks for advice.
  if (!/^\s*when\s+(?:was|were|did)\b/i.test(question)) return "";
  // "When should I go to Paris?": a general verb says nothing of what is dated.
  const asked = content.filter((c) => !title.has(c.stem) && !GENERAL_VERBS.has(c.word));
  if (!asked.length) return "";
  const rarest = [...asked].sort((a, b) => (v.df.get(a.stem) ?? 0) - (v.df.get(b.stem) ?? 0))[0];
  for (const text of texts)
    for (const s of sentences(text)) if (terms(s).includes(rarest.stem) && WHEN_WORDS.test(s)) return "";
  return rarest.word;
}

/**
 * "Why do leaves change colour in autumn?": a why asks for a cause, and a topic that holds its words
 * only apart (Paris's "autumn" in one sentence, "Parisians leave" in another) gives none. One
 * sentence must hold two of the words asked (the topic's own title aside).
 */
function unexplained(
  question: string,
  content: readonly { word: string; stem: string }[],
  texts: readonly string[],
  title: ReadonlySet<string>,
): string {
  if (!/^\s*(?:why\b|how come\b)/i.test(question)) return "";
  const asked = content.filter((c) => !title.has(c.stem) && !GENERAL_VERBS.has(c.word));
  if (asked.length < 2) return "";
  for (const text of texts)
    for (const s of sentences(text)) {
      const held = new Set(terms(s));
      if (asked.filter((c) => held.has(c.stem) || loosely(c.stem, held)).length >= 2) return "";
    }
  return asked[0].word;
}

/**
 * "History of the French language": a missing word right after a held name ("French") is what the
 * question is about, and the name only says which one; the France passage is a neighbour.
 */
function headMissing(question: string, missing: readonly string[], names: ReadonlySet<string>): string {
  if (!missing.length) return "";
  const list = words(question);
  for (let i = 1; i < list.length; i++) {
    const w = list[i];
    if (!missing.includes(w) || names.has(w)) continue;
    const before = list[i - 1];
    if (names.has(before) && !missing.includes(before) && DEMONYM.test(before)) return w;
  }
  return "";
}

/**
 * "Give me an order.": one word asked for as a thing, a word the topic uses (sorting "in order")
 * but that its title does not name, is another thing of the same name.
 */
function bareObject(question: string, title: string, v: Vocabulary): string {
  const m =
    /^\s*(?:please\s+)?(?:give|get|bring|send|show|hand)\s+me\s+(?:a|an|some|one)\s+([a-z]+)\s*[.!?]?\s*$/i.exec(
      question,
    );
  if (!m) return "";
  const asked = stem(m[1].toLowerCase());
  // A word only one topic holds ("quicksort") names that topic's own thing.
  if ((v.df.get(asked) ?? 0) <= 1) return "";
  return words(title).some((w) => stem(w) === asked) ? "" : m[1];
}

const COUNTED_LIST =
  /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a few|some)\s+(?:\w+\s+)?(?:reasons|tips|ways|benefits|things|ideas|facts|steps|advantages)\b/i;

/** Verbs too general to tell one how-to from another ("How do I do X?", "How do I write a class?": the passage on X shows it). */
const GENERAL_VERBS = new Set(
  "do make get be have go use start know tell say see write create build define declare implement add set work".split(
    " ",
  ),
);

/**
 * The verb of a how-to question ("How do I install Node.js?" -> install) when the passage and its
 * topic never use it: the TypeScript passage mentions Node but says nothing on installing it.
 */
function howToMissing(question: string, own: ReadonlySet<string>, held: ReadonlySet<string>): string {
  const m =
    /\bhow (?:do|can|could|should|would|shall|does|did) (?:i|you|we|one|people|someone)\s+(?:best\s+|properly\s+|quickly\s+|safely\s+|actually\s+)?([a-z]+)\b/i.exec(
      question,
    ) ?? /\bhow to\s+([a-z]+)\b/i.exec(question);
  if (!m) return "";
  const verb = m[1].toLowerCase();
  if (GENERAL_VERBS.has(verb) || verb.length < 3) return "";
  const s = stem(verb);
  return own.has(s) || held.has(s) || loosely(s, held) ? "" : verb;
}

/** What the decision reads of one passage against one question. */
interface Features {
  coverage: number;
  /** The weighted share the best single passage of the topic holds (its title and keywords count for every passage). */
  single: number;
  /** The question's names, when the topic only mentions them in passing (none is its title or a keyword). */
  passing: string[];
  /** "How do I create a branch?": the doing asked for, when neither the passage nor its topic says it. */
  howTo: string;
  /** Coverage of the words that are not names: what is asked about the named thing. */
  predicate: number;
  live: boolean;
  /** "The best coffee shop in Paris": a recommendation of one business. */
  venue: boolean;
  /** "What is a closure in JavaScript?": the passage's code is in another language (Python). */
  otherLanguage: string;
  /** "== and ===", "faster than C": a symbol or a compared name the topic never holds. */
  unheld: string;
  /** "What is Python?": the term asked, when the passage uses it but never says what it is. */
  undefined: string;
  unknownNames: string[];
  anchored: boolean;
  wrongForm: boolean;
  /** "History of the French language": the thing asked ("language") is missing, only its modifier ("French") is held. */
  headMissing: string;
  /** "Give me an order.": a thing asked for by one word that the topic uses but is not about. */
  bareObject: string;
  unexplained: string;
  /** "When was the Louvre built?": no sentence of the topic dates the thing asked about. */
  undated: string;
  /** "Where should I visit first?": a visit asked with no place named, and the topic is one place. */
  placeless: boolean;
  /** "Will I pass my exam?": what will happen to the asker, which no passage can know. */
  future: boolean;
  score: number;
}

export interface Thresholds {
  coverage: number;
  single: number;
  predicate: number;
  score: number;
}

/** The calibrated thresholds (test/offline/grounding-set.ts; figures in test/offline/decline.test.ts). */
export const THRESHOLDS: Thresholds = { coverage: MIN_COVERAGE, single: 0.5, predicate: 0.4, score: MIN_SCORE };

/** Why the passage does not ground the question, or "" when it does. */
function decide(f: Features, t: Thresholds, title: string): string {
  if (f.live) return "asks for live data";
  if (f.venue) return "asks to recommend one particular business";
  if (f.undefined) return `never says what ${f.undefined} is`;
  if (f.otherLanguage) return `its code is ${f.otherLanguage}, not the language asked`;
  if (f.unheld) return `never mentions ${f.unheld}`;
  if (f.unknownNames.length) return `names what the topic does not hold: ${f.unknownNames.join(", ")}`;
  if (!f.anchored) return "one word in common, and not what the topic is about";
  if (f.passing.length) return `mentions ${f.passing.join(", ")} only in passing`;
  if (f.howTo) return `says nothing on how to ${f.howTo}`;
  if (f.wrongForm) return `a piece of ${title.toLowerCase()}, not an answer`;
  if (f.headMissing) return `holds the modifier, not the ${f.headMissing} asked about`;
  if (f.bareObject) return `asks for ${f.bareObject}, which the topic only uses`;
  if (f.placeless) return "asks where to go, and names no place";
  if (f.future) return "asks what will happen to the asker";
  if (f.undated) return `no sentence says when of ${f.undated}`;
  if (f.unexplained) return `no sentence speaks of ${f.unexplained} and what is asked of it together`;
  if (f.coverage < t.coverage) return `covers ${(f.coverage * 100).toFixed(0)} % of the question`;
  if (f.single < t.single) return `no one passage holds what is asked (${(f.single * 100).toFixed(0)} %)`;
  if (f.predicate < t.predicate) return "a neighbour: the name is there, what is asked about it is not";
  if (f.score < t.score) return `weak match (${f.score.toFixed(1)})`;
  return "";
}

/** The weighted content the best single passage holds, the topic's own words counting for each. */
function onePassage(
  content: readonly { word: string; stem: string }[],
  passages: readonly Set<string>[],
  anchors: ReadonlySet<string> | undefined,
  v: Vocabulary,
): number {
  let best = 0;
  for (const held of passages) {
    let sum = 0;
    for (const c of content)
      if (held.has(c.stem) || anchors?.has(c.stem)) sum += weight(c.stem, v);
      else if (loosely(c.stem, held)) sum += 0.7 * weight(c.stem, v);
    best = Math.max(best, sum);
  }
  return best;
}

/** The light stemmer leaves "sits"/"sit" and "programming"/"programmer" apart: a shared start of six letters, or a plural, is the same word. */
function loosely(s: string, held: ReadonlySet<string>): boolean {
  if (s.length <= 4) return held.has(`${s}s`) || (s.endsWith("s") && held.has(s.slice(0, -1)));
  // "clearer", "fastest": the comparative of a word the topic holds.
  const base = /(?:er|est)$/.test(s) && s.length > 5 ? s.replace(/(?:er|est)$/, "") : "";
  if (base && (held.has(base) || held.has(`${base}e`))) return true;
  const head = s.slice(0, 6);
  for (const t of held) if (t.length >= 6 && t.startsWith(head) && (s.length >= 7 || t.length <= 7)) return true;
  return false;
}

/** The programming language a question asks in, when it names one. */
function askedLanguage(question: string): "python" | "typescript" | undefined {
  const python = /\bpython\b/i.test(question);
  const web = /\b(?:javascript|js|typescript|ts|node(?:\.js)?)\b/i.test(question);
  return python === web ? undefined : python ? "python" : "typescript";
}

/** The passage's code language when it differs from the one asked ("a closure in JavaScript" shown in Python). */
function otherLanguage(question: string, entry: CorpusEntry): string {
  const asked = askedLanguage(question);
  if (!asked) return "";
  const shown = codeLanguage(entry);
  if (!shown || shown === asked) return "";
  // The topic shows it in the language asked too: the ranking (which reads the language) picks that one.
  if (corpusEntries().some((e) => e.topic.id === entry.topic.id && codeLanguage(e) === asked)) return "";
  return shown === "python" ? "Python" : "TypeScript";
}

function codeLanguage(entry: CorpusEntry): "python" | "typescript" | undefined {
  const fence = /```(\w+)/.exec(entry.passage.text)?.[1]?.toLowerCase();
  if (entry.passage.language) return entry.passage.language;
  if (fence === "python" || fence === "py") return "python";
  return fence && /^(?:ts|js|typescript|javascript)$/.test(fence) ? "typescript" : undefined;
}

/** Operators ("==", "=>") and a name compared against ("faster than C") that the topic never holds. */
function unheldNotation(question: string, topicId: string, held: ReadonlySet<string>): string {
  const ops =
    question.match(/(?<![\w=!<>&|?+-])(?:===|!==|==|!=|=>|&&|\|\||\?\?|\?\.|\+\+|->|::)(?![\w=!<>&|?+-])/g) ?? [];
  const compared =
    /\b(?:faster|slower|better|worse|easier|harder|safer|newer|older|more popular|less popular)\s+than\s+([A-Za-z][\w+#.]*)/i.exec(
      question,
    )?.[1];
  if (!ops.length && !compared) return "";
  const text = corpusEntries()
    .filter((e) => e.topic.id === topicId)
    .map((e) => e.passage.text)
    .join("\n");
  const op = ops.find((o) => !text.includes(` ${o} `) && !text.includes(`\`${o}\``));
  if (op) return op;
  if (
    compared &&
    !held.has(stem(compared.toLowerCase())) &&
    !new RegExp(`\\b${compared.replace(/[+#.]/g, "\\$&")}(?![\\w+#])`).test(text)
  )
    return compared;
  return "";
}

/** The term of a bare "What is X?" when the passage never defines it, else "". */
function undefinedTerm(question: string, topicId: string): string {
  // "The Assistants API" is a product of its own: a topic that never names it does not answer for it.
  const api = /\b(\p{Lu}[\p{L}-]*)\s+API\b/u.exec(question);
  if (
    api &&
    !NOT_NAMES.has(api[1].toLowerCase()) &&
    api[1] !== "OpenAI" &&
    !/^(?:What|How|Why|Which|Is|Can|Does|Do|The)$/.test(api[1])
  ) {
    const named = new RegExp(`\\b${api[1]}\\s+API\\b`, "i");
    const said = corpusEntries().some((e) => e.topic.id === topicId && named.test(e.passage.text));
    if (!said) return `${api[1]} API`;
  }
  const m = /^\s*what(?:'s| is| are)\s+(?:an?\s+|the\s+)?([\p{L}][\p{L}\d.+#-]*)\s*\??\s*$/iu.exec(question);
  // A name (Python, JSON, npm) asked bare wants its definition; "a coroutine" may be met by its use.
  if (!m || (!/^\p{Lu}/u.test(m[1]) && /^\s*what(?:'s| is| are)\s+(?:an?|the)\s/i.test(question))) return "";
  const term = m[1].replace(/\.$/, "");
  // Any passage of the topic may say it ("The capital of France is Paris.").
  const text = corpusEntries()
    .filter((e) => e.topic.id === topicId)
    .map((e) => e.passage.text)
    .join("\n");
  return defines(text, stem(term.toLowerCase())) || defines(text, term.toLowerCase()) ? "" : term;
}

/** The passage says what the word is ("overfitting: a model that...", "a closure is"), not only mentions it. */
function defines(text: string, s: string): boolean {
  const w = s.replace(/[^a-z0-9]/g, "");
  if (w.length < 3) return false;
  return new RegExp(
    `\\b${w}\\w*\\s*(?::|\\(|,\\s*(?:short for|an?|the)\\s|\\s(?:is|are|means?|refers?|describes?|lets?|makes?|ist|bedeutet|est|signifie|es|significa)\\b)|\\b(?:called|named|known as|is an?|are)\\s+${w}|\\bis\\s+${w}\\w*\\s*[.,;]`,
    "i",
  ).test(text.replace(/```[\s\S]*?```|`[^`\n]*`/g, " "));
}

/** True when the question asks for the creative form the topic holds: "a joke", "a haiku", "a poem". */
function asksForForm(question: string, keywords: readonly string[]): boolean {
  const asked = new Set(words(question).map(stem));
  return keywords.some((k) => words(k).every((w) => asked.has(stem(w))));
}

/** Words in at most this many topics are specific enough that two shared words mean a shared subject. */
const RARE = 3;

/** Capitalised words that name no thing asked about: the course's languages, formats, "I". */
const NOT_NAMES = new Set(["i", "python", "typescript", "javascript", "js", "ts", "node", "json", "api", "ok"]);

/** Capitalised words inside the question (names of places, people, things), lower-cased. */
function nameWords(question: string): Set<string> {
  const names = new Set<string>();
  for (const m of question.matchAll(/(?<![.?!:]\s|^|["'“(]\s*)\b(\p{Lu}[\p{L}'-]*)/gu)) {
    for (const w of words(m[1])) if (!NOT_NAMES.has(w)) names.add(w);
  }
  return names;
}

/**
 * The ranking the passages answer from. Unchanged when no passage grounds the question. Otherwise
 * the grounding topic comes first (a runner-up is lifted above a best match that does not ground
 * it), and other topics close enough to join the mix stay only if they ground it too: "the capital
 * of Italy" in French ranks Paris close behind Rome, for "French", and Paris must not answer.
 */
export function groundedFirst(turns: readonly ConversationTurn[], ranked: readonly Scored[]): readonly Scored[] {
  if (ranked.length < 2) return ranked;
  const g = judgeGrounding(turns, ranked);
  const topic = g.entry?.topic;
  if (!g.grounded || !topic || g.reason === "social") return ranked;
  vocabulary ??= buildVocabulary();
  const v = vocabulary;
  const content = contentWords(g.question);
  const top = ranked[0].score;
  const verdicts = new Map<string, boolean>([[topic.id, true]]);
  for (const r of ranked) {
    if (r.score < top * MIX) break;
    if (!verdicts.has(r.entry.topic.id))
      verdicts.set(r.entry.topic.id, judgeEntry(r, g.question, content, v, THRESHOLDS).grounded);
  }
  // "What is Paris famous for?": the France passage ("It is famous for its wine") is about another name.
  const names = [...nameWords(g.question)];
  const about = (r: Scored) =>
    names.length === 0 ||
    names.some((n) => new RegExp(`\\b${n}\\b`, "i").test(sentences(r.entry.passage.text)[0] ?? ""));
  const aside = ranked.some((r) => r.entry.topic === topic && !about(r));
  // "How many arrondissements does Paris have?": of the topic's passages, those that hold the words
  // only some of them hold answer; the others (the best time to visit) leave the mix.
  // Passages in another language hold none of an English question's words: they are never dropped here.
  const mine = ranked.filter((r) => r.entry.topic === topic && !r.entry.passage.lang);
  const held = mine.map((r) => new Set(passageTerms(r.entry)));
  const telling = content.filter((c) => {
    const n = held.filter((h) => h.has(c.stem)).length;
    return n > 0 && n < held.length;
  });
  const holds = (r: Scored) => {
    const h = held[mine.indexOf(r)];
    return h ? telling.filter((c) => h.has(c.stem)).length : 0;
  };
  const most = Math.max(0, ...mine.map(holds));
  // "Tell me more about it" is read as the earlier question, whose words the next passage need not repeat.
  const lastUser = [...turns].reverse().find((t) => t.role === "user")?.text ?? "";
  const off = most > 0 && g.question.trim() === lastUser.trim() && mine.some((r) => holds(r) < most);
  // "Explain what a token is in language models": the passage about tokens, not the one that names them once.
  const focus =
    /\bwhat(?:'s|\s+(?:is|are))?\s+(?:a|an|the)?\s*([a-z]{3,})\s+(?:is|are)\b|\bwhat\s+(?:is|are)\s+(?:a|an)\s+([a-z]{3,})\b/i.exec(
      g.question,
    );
  const focusStem = focus ? stem((focus[1] ?? focus[2]).toLowerCase()) : "";
  const uses = (r: Scored) => (focusStem ? terms(r.entry.passage.text).filter((t) => t === focusStem).length : 0);
  const mostUses = Math.max(0, ...mine.map(uses));
  const thin = mostUses >= 3 && mine.some((r) => uses(r) * 3 <= mostUses);
  if (topic === ranked[0].entry.topic && [...verdicts.values()].every(Boolean) && !aside && !off && !thin)
    return ranked;
  const lift = topic === ranked[0].entry.topic ? 1 : (top / (g.score || 1)) * 1.001;
  return ranked
    .map((r) => {
      const own = r.entry.topic === topic;
      const keep = own || verdicts.get(r.entry.topic.id) === true;
      const fit = !own
        ? 1
        : (about(r) ? 1 : ASIDE) *
          (off && mine.includes(r) && holds(r) < most ? OFF_POINT : 1) *
          (thin && mine.includes(r) && uses(r) * 3 <= mostUses ? OFF_POINT : 1);
      return { entry: r.entry, score: r.score * (own ? lift * fit : keep ? 1 : 0.5) };
    })
    .sort((x, y) => y.score - x.score || x.entry.index - y.entry.index);
}

/** A passage of the grounding topic holding fewer of the question's telling words than another drops this much. */
const OFF_POINT = 0.35;

/** A passage of the right topic that opens on another name than the one asked drops this much. */
const ASIDE = 0.9;

/** Other topics join the passage mix at this share of the best score (reply/compose.ts keeps them from 0.75). */
const MIX = 0.7;
