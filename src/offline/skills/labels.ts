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
  // "What is the topic of this text: sports, weather, or food?": the options after a colon.
  const colon =
    /:\s*((?:[A-Za-z][\w-]*(?: [a-z][\w-]*)?\s*,\s*)+(?:[A-Za-z][\w-]*(?: [a-z][\w-]*)?\s+or\s+)?(?:or\s+)?[A-Za-z][\w-]*(?: [a-z][\w-]*)?)\s*(?:[?.!](?:\s+[A-Z][^:?.!]{0,60}[.?!]?)?)?[\s"'“”‘’]*$/.exec(
      request.trim(),
    );
  const after =
    paren?.[1] ??
    named?.[1] ??
    colon?.[1] ??
    /\b(?:as|into|with|from|between|choose|pick|one of|either|answer|reply|respond|say|options?|labels?|categor(?:y|ies)|topics?|class(?:es)?)\s*:?\s*((?:["']?[A-Za-z][\w-]*(?: [a-z][\w-]*)?["']?\s*(?:,|\/)\s*)*["']?[A-Za-z][\w-]*(?: [a-z][\w-]*)?["']?\s*(?:,\s*)?(?:\bor\b|\/)\s*["']?[A-Za-z][\w-]*(?: [a-z][\w-]*)?["']?)/i.exec(
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
      "recipe cook cooking bake baked restaurant dinner lunch breakfast pizza pasta soup cake delicious taste tasty meal chef ingredients bread whisk stir simmer saute sauté knead preheat oven flour dough batter egg eggs yolks whites butter sugar teaspoon tablespoon sauce chop diced dice peel grate fry roast season seasoning",
    ),
  ],
  [
    /^(?:entertainment|movies?|films?|music|arts?|culture)$/i,
    lexicon(
      "movie movies film films actor actress album song songs concert band singer show series netflix music festival director premiere",
    ),
  ],
  // A feeling by the words that commonly say it: "furious", "AGAIN!" for anger, "scared" for fear.
  [
    /^(?:anger|angry|annoyed|frustrat\w*)$/i,
    lexicon("angry furious annoyed again unacceptable ridiculous outraged fed up mad hate sick tired worst"),
  ],
  [
    /^(?:joy|happy|happiness|excited|excitement)$/i,
    lexicon("happy thrilled delighted excited glad wonderful amazing love yay great best"),
  ],
  [
    /^(?:sadness|sad|grief|sorrow)$/i,
    lexicon("sad miss missing lonely cry cried crying tears heartbroken lost died passed gone alone"),
  ],
  [
    /^(?:fear|afraid|scared|anxiety|anxious)$/i,
    lexicon("scared afraid terrified nervous worried anxious frightened panic fear dread"),
  ],
  // Expense categories, by what an item plainly is: toner is an office supply, a bus pass transport, rent housing.
  [
    /^(?:office supplies|office|supplies|stationery|office expenses)$/i,
    lexicon(
      "printer toner ink cartridge cartridges paper pens pen pencils pencil stapler staples folders folder notebook notebooks envelopes stationery binder binders labels whiteboard markers highlighters clips",
    ),
  ],
  [
    /^(?:transport|transportation|commute|commuting|travel expenses)$/i,
    lexicon(
      "bus pass train ticket tickets taxi uber fuel petrol diesel parking fare fares metro subway tram rail toll mileage",
    ),
  ],
  [
    /^(?:housing|rent|home|utilities|accommodation)$/i,
    lexicon("rent mortgage landlord deposit lease flat apartment electricity gas water heating council utilities"),
  ],
  [
    /^(?:meals?|dining|food and drink|catering|groceries)$/i,
    lexicon(
      "lunch dinner breakfast restaurant cafe coffee sandwich sandwiches takeaway meal meals pizza snacks catering groceries supermarket",
    ),
  ],
  // A customer's message to a hotel or shop desk, by what it is about: money, a reservation, or something wrong.
  [
    /^(?:billing|payments?|invoices?|charges?)$/i,
    lexicon(
      "charged charge overcharged bill billed billing invoice refund refunded payment card receipt fee fees deducted transaction",
    ),
  ],
  [
    /^(?:bookings?|reservations?)$/i,
    lexicon(
      "book booking booked rebook reservation reserve reserved availability available cancel cancellation reschedule",
    ),
  ],
  [
    /^(?:complaints?)$/i,
    lexicon(
      "dirty noisy rude broken unacceptable disappointed disappointing complain complaint terrible awful filthy smelly worst unhelpful",
    ),
  ],
  // A book from its description: what a how-to, a history or a life story says it is, against what a tale says.
  [
    /^(?:non-?fiction|non fiction)$/i,
    lexicon(
      "guide handbook manual textbook cookbook recipes step how history biography autobiography memoir essays introduction practical tips techniques explains explained true account",
    ),
  ],
  [
    /^(?:fiction|novel)$/i,
    lexicon(
      "novel tale fantasy dragon dragons wizard wizards magic magical detective mystery murder haunted adventure quest kingdom romance spaceship alien aliens orphan witch",
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
  // Marks only one of these languages writes: Spanish's opening ¿ and ¡, German's ß.
  if (/[¿¡]/.test(text)) return "Spanish";
  if (/ß/.test(text)) return "German";
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

/** The option of these names, as the user spelled it, or the first name. */
const option = (options: string[], ...names: string[]) =>
  options.find((o) => names.includes(o.toLowerCase())) ?? names[0];

/** Words that open a question: "Where did you...", "Can we...". */
const QUESTION_START =
  /^\s*(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|am|do|does|did|can|could|will|would|shall|should|may|might|must|have|has|had|isn't|aren't|don't|doesn't|didn't|can't|won't)\b/i;
/** Verbs a command opens with: "Close the door.", "Please send it." */
const COMMAND_START =
  /^\s*(?:please|kindly|let's|don't|do not|never|always|go|come|take|bring|give|put|close|open|stop|start|sit|stand|turn|send|call|tell|write|read|look|listen|wait|make|get|keep|leave|help|check|try|remember|clean|wash|be|pass|finish|hurry|move|run|eat|drink)\b/i;

/**
 * "Is this a question or a statement?": read from the sentence's own end mark and first word. A
 * command or an exclamation is named only when the user offers that label; otherwise no guess.
 */
function sentenceKind(request: string, material: string, options: string[]): Label | null | undefined {
  const named = (w: string) =>
    options.some((o) => new RegExp(`^${w}`, "i").test(o)) || new RegExp(`\\b${w}`, "i").test(request);
  const text = material.trim().replace(/["'”’]+$/, "");
  const mark = /([.?!])\s*$/.exec(text)?.[1];
  // "Is this sentence a question?": yes or no, by the same marks.
  if (
    /^\s*is\s+(?:this|it|that|the following)(?:\s+(?:sentence|text|line|message))?\s+a\s+question\s*\??/i.test(
      request,
    ) &&
    !named("statement")
  ) {
    if (mark === "?") return { label: "Yes", why: "it ends with a question mark." };
    if (!mark && QUESTION_START.test(text)) return { label: "Yes", why: "it opens the way a question does." };
    if (mark === "." && !QUESTION_START.test(text))
      return { label: "No", why: "it is a statement: it ends with a full stop." };
    return null;
  }
  if (!(named("question") && (named("statement") || named("command") || named("exclamation") || named("request"))))
    return undefined;
  if (mark === "?" || (!mark && QUESTION_START.test(text)))
    return {
      label: option(options, "question"),
      why: mark === "?" ? "it ends with a question mark." : "it opens the way a question does.",
    };
  if (COMMAND_START.test(text))
    return named("command") ? { label: option(options, "command"), why: "it tells someone to do something." } : null;
  if (mark === "!" && named("exclamation"))
    return { label: option(options, "exclamation"), why: "it ends with an exclamation mark." };
  if (QUESTION_START.test(text) && mark !== ".") return null;
  return named("statement")
    ? {
        label: option(options, "statement"),
        why: "it states something and ends with a full stop, not a question mark.",
      }
    : null;
}

/** A state and its opposite, as a sign or a listing words them: open or closed, allowed or banned. */
const OPPOSITES: [RegExp, RegExp][] = [
  [/\bopen(?:s|ed)?\b/i, /\bclosed?\b|\bshut\b/i],
  [/\b(?:allowed|permitted|welcome|ok)\b/i, /\b(?:banned|forbidden|prohibited|not allowed|not permitted)\b/i],
  [/\bincluded\b/i, /\b(?:excluded|not included|extra)\b/i],
  [/\bavailable\b/i, /\b(?:unavailable|sold out|not available)\b/i],
  [/\brefundable\b/i, /\bnon-?refundable\b/i],
];
const NEGATED = /\b(?:not|no|never|n't)\b|n't\b/i;

/**
 * "Based only on this sign, is the shop open on Sundays? 'Closed Sundays and bank holidays.'": the
 * clause of the text that names what the question names, read for the state asked or its opposite.
 * Undefined when the question asks no such state or no clause names its thing.
 */
function statedYesNo(request: string, material: string): Label | undefined {
  const question = /(?:^|[.:,]\s*)((?:is|are|does|do|can|will)\b[^?]{3,120})\?/i.exec(request)?.[1];
  if (!question) return undefined;
  const pair = OPPOSITES.find(([state, opposite]) => state.test(question) && !opposite.test(question));
  if (!pair) return undefined;
  // The thing asked about, past the state: "on Sundays", "dogs", "breakfast".
  const words = question
    .replace(pair[0], " ")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 3 && !STOP.has(w));
  const stem = (w: string) => w.replace(/(?:s|es)$/, "").slice(0, 6);
  for (const clause of material.split(/[.;!?\n]+|,\s*/)) {
    const own = clause.toLowerCase().split(/[^a-z]+/);
    if (!words.some((w) => own.some((o) => o.length > 3 && o.startsWith(stem(w))))) continue;
    if (pair[1].test(clause)) return { label: "No", why: `the text says "${clause.trim()}".` };
    if (pair[0].test(clause))
      return NEGATED.test(clause)
        ? { label: "No", why: `the text says "${clause.trim()}".` }
        : { label: "Yes", why: `the text says "${clause.trim()}".` };
  }
  // "Open Monday to Saturday" for "open on Sundays?": a weekday inside or outside the range of opening days.
  const day = WEEK.findIndex((d) => new RegExp(`\\b${d}s?\\b`, "i").test(question));
  const range = new RegExp(
    `\\b(${WEEK.join("|")})s?\\s*(?:to|until|till|through|-|–)\\s*(${WEEK.join("|")})s?\\b`,
    "i",
  ).exec(material);
  if (day >= 0 && range && pair === OPPOSITES[0] && /\bopen|\bhours\b/i.test(material)) {
    const from = WEEK.indexOf(range[1].toLowerCase());
    const to = WEEK.indexOf(range[2].toLowerCase());
    const inside = from <= to ? day >= from && day <= to : day >= from || day <= to;
    return { label: inside ? "Yes" : "No", why: `it is open ${range[0]}.` };
  }
  return undefined;
}

const WEEK = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** Words a yes/no question uses that name no thing of the text. */
const STOP = new Set(
  "this that these those there their they them what when where which with from based only sign note text message notice says said according shop store place pool restaurant cafe museum library office open closed".split(
    " ",
  ),
);

const URGENT =
  /\bchest pains?\b|\b(?:can't|cannot|can not|struggling to) breathe\b|\bunconscious\b|\bunresponsive\b|\bseizure\b|\bgetting worse\b|\bworse than before\b|\burgent(?:ly)?\b|\basap\b|\bimmediately\b|\bright (?:away|now)\b|\bemergency\b|\bcritical\b|\b(?:is|are|went|goes) down\b|\boutage\b|\bcan(?:no|')t (?:log ?in|access|connect|pay|open)\b|\bnot working\b|\bbroken\b|\bfire\b|\bleak(?:ing)?\b|\bflood(?:ing|ed)?\b|\bsmoke\b|\bcome (?:now|quick(?:ly)?|fast|at once)\b|\bhelp!|\bambulance\b|\binjured\b|\bbleeding\b|\bby (?:today|tonight|end of (?:the )?day|noon)\b|\bdeadline (?:is )?(?:today|tonight|in an hour)\b|\bas soon as possible\b|\btime[- ]sensitive\b|!{2,}/gi;
const NOT_URGENT =
  /\bno (?:rush|hurry)\b|\bwhenever\b|\bwhen(?:ever)? you (?:have|get) (?:a )?(?:chance|time|a moment|a minute)\b|\bno pressure\b|\bfyi\b|\bjust (?:wanted to|a heads[- ]up)\b|\bnext (?:week|month)\b|\bsome ?time\b|\bnot urgent\b|\bat your (?:leisure|convenience)\b/gi;

/** Urgent or not, by the marks that say a thing cannot wait (or can); none, or both, is no label. */
function urgency(request: string, material: string, options: string[]): Label | null | undefined {
  if (!/\burgent\b|\burgency\b|\bpriority\b/i.test(request)) return undefined;
  const hurry = material.match(URGENT) ?? [];
  const calm = material.match(NOT_URGENT) ?? [];
  const notUrgent = /\bnot urgent\b/i.test(material);
  const high = options.find((o) => /^(?:urgent|high(?: priority)?|emergency|immediate|yes)$/i.test(o));
  const low = options.find((o) =>
    /^(?:not urgent|non-urgent|low(?: priority)?|routine|normal|standard|can wait|no)$/i.test(o),
  );
  // Labels of the user's own that are neither ("urgent, soon or later"): none of them is made up.
  if (options.length && (!high || !low)) return null;
  // "Is this urgent or not urgent?" names its two labels: one of them answers, not "Yes".
  const yesNo = /^\s*is\b/i.test(request) && !/\burgent\s+or\s+(?:not|non)[\s-]?urgent\b/i.test(request);
  if (!notUrgent && hurry.length && !calm.length)
    return {
      label: high ?? (yesNo ? "Yes" : "Urgent"),
      why: `it says "${(hurry[0] ?? "").trim()}".`,
    };
  if ((calm.length && !hurry.length) || notUrgent)
    return {
      label: low ?? (yesNo ? "No" : "Not urgent"),
      why: `it says "${(calm[0] ?? "not urgent").trim()}".`,
    };
  return null;
}

const OPINION =
  /\bi (?:think|believe|feel|guess|reckon)\b|\bin my (?:opinion|view)\b|\b(?:should|ought to)\b|\b(?:best|worst|better|worse|nicest|greatest)\b|\b(?:beautiful|ugly|boring|delicious|disgusting|amazing|awesome|terrible|awful|wonderful|great|lovely|overrated|underrated|fun|funny|annoying|pretty|cute)\b|\b(?:love|hate|like|prefer)s?\b/i;
const CHECKABLE =
  /\d|\bis the capital of\b|\bis (?:located )?in\b|\bwas born\b|\bboils\b|\bfreezes\b|\b(?:has|have) (?:\w+ )?(?:legs|moons|sides|days|wings)\b|\borbits?\b|\bis made of\b|\bconsists? of\b/i;

/**
 * "Fact or opinion?": an opinion by its marks (I think, best, delicious); a fact only when the
 * sentence has none and says something checkable (a number, a capital, where a thing is).
 */
function factOrOpinion(request: string, material: string, options: string[]): Label | null | undefined {
  if (!/\bfacts?\b/i.test(request) || !/\bopinions?\b/i.test(request)) return undefined;
  const mark = OPINION.exec(material)?.[0];
  if (mark) return { label: option(options, "opinion"), why: `"${mark}" is a judgement, not something one can check.` };
  if (CHECKABLE.test(material)) return { label: option(options, "fact"), why: "it says something one can check." };
  return null;
}

/** Two labels that are the two tones of a text: compliment or complaint, happy or sad. */
function tonePair(options: string[]): { good: string; bad: string } | undefined {
  if (options.length !== 2) return undefined;
  const GOOD = /^(?:compliment|praise|happy|glad|pleased|satisfied|good|favou?rable|thumbs up|upbeat|cheerful)$/i;
  const BAD = /^(?:complaint|criticism|sad|unhappy|angry|upset|dissatisfied|bad|unfavou?rable|thumbs down|annoyed)$/i;
  const good = options.find((o) => GOOD.test(o));
  const bad = options.find((o) => BAD.test(o));
  return good && bad ? { good, bad } : undefined;
}

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
  // "Expense or income?" about a line of a ledger: which way the money went, by the verb that moved it.
  if (/\bexpenses?\b/i.test(request) && /\b(?:income|revenue)\b/i.test(request)) {
    const way = moneyWay(material);
    if (way === undefined) return null;
    const named = new RegExp(way === "out" ? "\\bexpenses?\\b" : "\\b(?:income|revenue)\\b", "i").exec(request);
    return { label: named ? named[0].toLowerCase() : way === "out" ? "expense" : "income" };
  }
  // "Does this sentence mention a date?": yes or no about the text itself.
  const mention =
    /^\s*(?:does|do|is there)\b[^?]{0,60}?\b(?:mention|contain|include|have|has|name|there|ask|use|end with)\b/i.test(
      request,
    )
      ? MENTIONS.find(([asked]) => asked.test(request))
      : undefined;
  // "Does this sentence contain the word 'cat'?": looked for as a whole word.
  const word =
    /^\s*(?:does|do|is there)\b[^?]{0,60}?\b(?:mention|contain|include|have|has|use)\s+the\s+word\s+["'“‘]?([\p{L}'-]{1,30})["'”’]?/iu.exec(
      request,
    );
  if (word) {
    const w = word[1].replace(/^'|'$/g, "");
    const found = new RegExp(`(?<![\\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "iu").test(
      material,
    );
    return found ? { label: "Yes", why: `"${w}" is in it.` } : { label: "No", why: `"${w}" is not in it.` };
  }
  if (mention) {
    const found = mention[1].exec(material);
    return found
      ? { label: "Yes", why: `it mentions ${mention[2]}: "${found[0].trim()}".` }
      : { label: "No", why: `I find no ${mention[2].replace(/^an? /, "")} in it.` };
  }
  const kind = sentenceKind(request, material, options);
  if (kind !== undefined) return kind;
  const stated = statedYesNo(request, material);
  if (stated !== undefined) return stated;
  const urgent = urgency(request, material, options);
  if (urgent !== undefined) return urgent;
  const fact = factOrOpinion(request, material, options);
  if (fact !== undefined) return fact;
  if (/\bspam\b/i.test(request)) {
    const marks = spamMarks(material);
    // "SPAM or HAM": the labels as the request writes them.
    const spam = options.find((o) => /^spam$/i.test(o)) ?? (/\bSPAM\b/.test(request) ? "SPAM" : "Spam");
    // "spam or not spam?", "spam or ham?": the question names both labels, so one of them is the answer, not "No".
    const pair = /\bspam\s+or\s+(not[\s_-]*spam|ham|legit\w*)\b|\b(not[\s_-]*spam|ham|legit\w*)\s+or\s+spam\b/i.exec(
      request,
    );
    const named = pair ? (pair[1] ?? pair[2]).replace(/\s+/g, " ") : undefined;
    const ham =
      options.find((o) => /^(?:not[\s_-]*spam|ham|legit\w*)$/i.test(o)) ??
      (named
        ? /^[A-Z_ -]+$/.test(named)
          ? named
          : named.charAt(0).toUpperCase() + named.slice(1).toLowerCase()
        : "Not spam");
    // "is this spam? answer yes or no only": yes and no are the answer's words, not labels of their own.
    const yesNoOptions = options.length > 0 && options.every((o) => /^(?:yes|no)\b/i.test(o));
    const yesNo = /^\s*is\b/i.test(request) && (!options.length || yesNoOptions) && !pair;
    if (marks.length >= 2)
      return {
        label: yesNo ? "Yes" : spam,
        why: `it has the marks of spam (${marks.map((m) => `"${m}"`).join(", ")}).`,
      };
    if (marks.length === 0)
      return { label: yesNo ? "No" : ham, why: "it reads like an ordinary message, with none of the marks of spam." };
    return null;
  }
  const languages =
    (options.length >= 2 && options.every((o) => /^(?:english|french|spanish|german)$/i.test(o))) ||
    /\b(?:english|french|spanish|german)\b[^.?!]{0,20}\bor\b[^.?!]{0,10}\b(?:english|french|spanish|german)\b/i.test(
      request,
    );
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
  // "Is this a complaint or a compliment?", "happy or sad?": two labels that are a tone by other names.
  const pair = /\b(?:an?\s+)?([a-z]+(?: (?:up|down))?)\s+or\s+(?:an?\s+)?([a-z]+(?: (?:up|down))?)\b/i.exec(request);
  const toned = tonePair(options.length ? options : pair ? [pair[1], pair[2]] : []);
  if (toned) {
    const { tone, mixed } = toneOf(material);
    if (mixed || tone === 0) return null;
    return { label: tone > 0 ? toned.good : toned.bad };
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
    /\b(?:classify|categori[sz]e|label|tag|topic|category|class|section|genre|emotion|feeling|mood|belongs?|which (?:one|of)|is (?:this|it) about|(?:one|a single) word)\b/i.test(
      request,
    )
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

/** Money out ("Paid £450 to the electricity company") or in ("Received £300 from a client"); undefined when both or neither. */
function moneyWay(text: string): "out" | "in" | undefined {
  const out =
    /\b(?:paid|pay|spent|bought|purchased|purchase|ordered)\b(?!\s+(?:us|me|by)\b)|\b(?:bill|rent|subscription|fee) (?:for|to)\b/i.test(
      text,
    );
  const inward =
    /\b(?:received|earned|sold|salary|wages?|refund(?:ed)? (?:from|to us)|(?:client|customer|buyer)s? paid|paid (?:us|me|by)|payment from|interest earned|dividends?)\b/i.test(
      text,
    );
  return out === inward ? undefined : out ? "out" : "in";
}

/** Only the label is wanted: "only the label", "one word", "just the category". */
function bareAsked(request: string, input: SkillInput): boolean {
  const i = input.instructions;
  return !!(
    i.form?.label ||
    i.form?.yesNo ||
    (i.wordLimit && i.wordLimit <= 3) ||
    // "Reply with exactly one label: URGENT or ROUTINE": the label is the whole reply.
    /\b(?:only|just|nothing but|one word|single word|(?:exactly |a single )?one (?:label|tag|category)|a single (?:label|tag|category))\b/i.test(
      request,
    )
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
    let material = materialOf(lastUser);
    let request = material ? requestOf(lastUser, material) : "";
    if (!material) {
      // "You are an email filter. Reply with one word: SPAM or HAM." then the bare message: the system
      // message says what to do, and the user's whole message is the text to label.
      const system = turns
        .filter((t) => t.role === "system" || t.role === "developer")
        .map((t) => t.text)
        .join(" ");
      const asks =
        /\b(?:classify|categori[sz]e|label|tag|filter|detect)\b|\bspam\b/i.test(system) &&
        (/\bspam\b/i.test(system) || listedLabels(system).length >= 2);
      if (!asks || turns.filter((t) => t.role === "user").length !== 1) return null;
      material = lastUser;
      request = system.slice(0, 400);
    }
    // "Rewrite this to sound more formal" asks for a new text, not for a label of the old one.
    if (
      /^\W*(?:please\s+)?(?:rewrite|rephrase|reword|make|turn|convert|change|translate|fix|correct|edit|improve)\b/i.test(
        request,
      )
    )
      return null;
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
