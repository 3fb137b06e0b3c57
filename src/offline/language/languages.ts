/** Which human language a message is written in: enough to answer French, Spanish and German questions in kind. */
import type { Lang } from "../corpus/translations";
import { englishGist } from "./gist";
import { inPhrasebook } from "../corpus/phrasebook";

export type { Lang } from "../corpus/translations";

const MARKERS: Record<Lang, RegExp> = {
  fr: /\b(le|la|les|est|quelle|quel|qu'est-ce|que|comment|pourquoi|des|une|je|vous|tu|c'est|de la|du|bonjour|merci|s'il|peux|expliquez?|dis-moi|parle-moi|combien|fois|font|réponds|a-t-il)\b/gi,
  es: /\b(el|la|los|las|es|qué|cuál|cómo|por qué|una|un|yo|usted|hola|gracias|dime|explica|puedes|del|para|sobre|cuánto|cuántos|cuántas)\b|¿|¡/gi,
  de: /\b(der|die|das|ist|was|wie|warum|ein|eine|ich|du|sie|und|hallo|danke|erkläre|erklär|bitte|von|mir|über|kannst|viel|viele|geteilt|antworte)\b/gi,
};
/**
 * Italian, Portuguese and Dutch: the model reads short questions in them (gist.ts) and answers in
 * a sentence of them, though the corpus holds no passages in them.
 */
const OTHER_MARKERS: Record<Exclude<Spoken, Lang>, RegExp> = {
  it: /\b(il|lo|gli|è|qual|quale|quanto|quanti|quante|perché|della|dello|degli|delle|sono|che|ciao|grazie|dimmi|capitale|fa|fanno|pianeta|più|stai|sta)\b/gi,
  pt: /\b(o|os|é|qual|quais|quanto|quantos|quantas|porque|são|olá|obrigad[oa]|você|vezes|tudo|bem|maior|menor|planeta|planetas|existem|tem|há)\b|[ãõ]/gi,
  nl: /\b(het|een|wat|hoe|waarom|hoeveel|hoofdstad|ik|jij|hallo|dank|bedankt|welke|grootste|kleinste|planeet|keer|gaat|dag|goedemorgen)\b/gi,
};
/** The languages the model reads a question in: those the corpus holds, and three more. */
export type Spoken = Lang | "it" | "pt" | "nl";

const ENGLISH = /\b(the|is|what|how|why|a|an|of|and|you|me|tell|explain|please|about|can|in|to|my|your|do|does)\b/gi;

/** The language of `text` when it is clearly French, Spanish or German; undefined for English or unclear. */
export function detectLanguage(text: string): Lang | undefined {
  const spoken = detectSpoken(text);
  return spoken === "fr" || spoken === "es" || spoken === "de" ? spoken : undefined;
}

/** The language of `text` when it is clearly one the model reads (French ... Dutch); undefined for English or unclear. */
export function detectSpoken(text: string): Spoken | undefined {
  const english = (text.match(ENGLISH) ?? []).length;
  let best: Spoken | undefined;
  let bestHits = 0;
  const all = { ...MARKERS, ...OTHER_MARKERS } as Record<Spoken, RegExp>;
  for (const lang of Object.keys(all) as Spoken[]) {
    const hits =
      (text.match(all[lang]) ?? []).length +
      (lang === "fr" && /[àâçéèêëîïôûù]/i.test(text) ? 1 : 0) +
      (lang === "de" && /[äöüß]/i.test(text) ? 1 : 0) +
      (lang === "es" && /[ñ¿¡áíóú]/i.test(text) ? 1 : 0) +
      // Words that start or end with an accent escape \b: "é", "è", "ça" are counted here.
      // "é" alone is Portuguese only, and outweighs the "a" and "do" that read as English.
      (lang === "pt" && /(?:^|\s)é(?=[\s?!.,]|$)/i.test(text) ? 2 : 0) +
      (lang === "pt" && /(?:^|\s)(?:são|não|você)(?=[\s?!.,]|$)/i.test(text) ? 1 : 0) +
      (lang === "it" && /(?:^|\s)(?:è|perché|più)(?=[\s?!.,]|$)/i.test(text) ? 1 : 0) +
      (lang === "fr" && /(?:^|\s)(?:ça|à|où)(?=[\s?!.,]|$)/i.test(text) ? 1 : 0);
    // A tie ("la" and "del" are Spanish and Italian) goes to the language the question reads in.
    if (
      hits > bestHits ||
      (hits === bestHits && hits > 0 && best && !englishGist(text, best) && englishGist(text, lang))
    ) {
      best = lang;
      bestHits = hits;
    }
  }
  // A greeting alone says which language to answer in.
  // "Salut, ça va ?", "Guten Morgen! Wie geht's?": how-are-you in a language says it too.
  if (english === 0 && text.trim().split(/\s+/).length <= 6) {
    if (/(?:^|[\s,!])(?:ça va|comment allez)/i.test(text)) return "fr";
    if (/\bqu[eé] tal\b|c[oó]mo est[aá]s?\b/i.test(text)) return "es";
    if (/\bwie geht(?:'s|s| es)\b/i.test(text)) return "de";
    if (/\bcome (?:stai|va|sta)\b/i.test(text)) return "it";
    if (/\btudo bem\b|\bcomo (?:vai|est[aá])\b/i.test(text)) return "pt";
    if (/\bhoe gaat het\b|\bhoe is het\b/i.test(text)) return "nl";
  }
  if (english === 0 && text.trim().split(/\s+/).length <= 3) {
    if (/^\s*(bonjour|salut|bonsoir|merci)\b/i.test(text)) return "fr";
    if (/^\s*[¡]?(hola|buenos d[ií]as|buenas|gracias)\b/i.test(text)) return "es";
    if (/^\s*(hallo|guten (tag|morgen|abend)|servus|moin|danke)\b/i.test(text)) return "de";
    if (/^\s*(ciao|buongiorno|buonasera|grazie)\b/i.test(text)) return "it";
    if (/^\s*(olá|ola|bom dia|boa (tarde|noite)|obrigad[oa])\b/i.test(text)) return "pt";
    if (/^\s*(hoi|goedemorgen|goedendag|dank je)\b/i.test(text)) return "nl";
  }
  // "Say hello in French" is English that names a language.
  if (/\b(in|into|to) (french|spanish|german|italian|portuguese|dutch)\b/i.test(text)) return undefined;
  return best && bestHits >= 2 && bestHits > english ? best : undefined;
}

/** Languages a learner may ask for by name; the corpus holds French, Spanish and German. */
const LANGUAGE_NAMES: Record<string, string> = {
  english: "en",
  french: "fr",
  spanish: "es",
  castilian: "es",
  german: "de",
  italian: "it",
  portuguese: "pt",
  dutch: "nl",
  swedish: "sv",
  norwegian: "no",
  danish: "da",
  finnish: "fi",
  icelandic: "is",
  polish: "pl",
  czech: "cs",
  slovak: "sk",
  hungarian: "hu",
  romanian: "ro",
  bulgarian: "bg",
  serbian: "sr",
  croatian: "hr",
  slovenian: "sl",
  russian: "ru",
  ukrainian: "uk",
  greek: "el",
  turkish: "tr",
  arabic: "ar",
  hebrew: "he",
  persian: "fa",
  farsi: "fa",
  hindi: "hi",
  bengali: "bn",
  urdu: "ur",
  punjabi: "pa",
  tamil: "ta",
  chinese: "zh",
  mandarin: "zh",
  cantonese: "yue",
  japanese: "ja",
  korean: "ko",
  vietnamese: "vi",
  thai: "th",
  indonesian: "id",
  malay: "ms",
  tagalog: "tl",
  filipino: "tl",
  swahili: "sw",
  afrikaans: "af",
  zulu: "zu",
  latin: "la",
  esperanto: "eo",
  irish: "ga",
  welsh: "cy",
  catalan: "ca",
  basque: "eu",
  galician: "gl",
  estonian: "et",
  latvian: "lv",
  lithuanian: "lt",
  klingon: "tlh",
};

const HELD = new Set<string>(["fr", "es", "de"]);

/**
 * Languages the model can write a short answer in (a number, a name, a yes or no in a sentence of
 * that language: reply/language.ts holds the sentences); the corpus holds whole passages only in
 * French, Spanish and German.
 */
export const SHORT_ANSWER_CODES = new Set<string>([
  "fr",
  "es",
  "de",
  "it",
  "pt",
  "nl",
  "sv",
  "no",
  "da",
  "fi",
  "is",
  "pl",
  "cs",
  "ro",
  "hu",
  "tr",
  "ru",
  "uk",
  "el",
  "ja",
  "zh",
  "ko",
  "id",
  "ms",
  "sw",
  "tl",
  "vi",
  "ca",
  "eo",
  "af",
  "hi",
  "ar",
  "he",
]);

/** A language asked for: its English name, its code, and what the model can write in it. */
export interface Requested {
  name: string;
  /** Set when the corpus holds passages in it (French, Spanish, German). */
  lang?: Lang;
  /** The language's code ("it", "sw"); absent for a language the model does not know at all. */
  code?: string;
  /** True when the model can write at least a short answer (a value in a sentence) in it. */
  short?: boolean;
  english?: boolean;
}

/** A language's own name for itself, as learners write it ("en español", "auf Deutsch"). */
const NATIVE: [RegExp, string][] = [
  [/\ben (?:espa[ñn]ol|castellano)\b/i, "spanish"],
  [/\ben fran[cç]ais\b/i, "french"],
  [/\bauf deutsch\b|\bin deutsch\b/i, "german"],
  [/\bin italiano\b/i, "italian"],
  [/\bem portugu[eê]s\b|\ben portugu[eé]s\b/i, "portuguese"],
  [/\bin het nederlands\b|\bop nederlands\b/i, "dutch"],
  [/\bp[åa] svenska\b/i, "swedish"],
  [/\bp[åa] norsk\b/i, "norwegian"],
  [/\bp[åa] dansk\b/i, "danish"],
  [/\bpo polsku\b/i, "polish"],
  [/\bsuomeksi\b/i, "finnish"],
  [/по-русски|на русском/i, "russian"],
  [/日本語で/, "japanese"],
  [/用中文|中文回答/, "chinese"],
  [/\bkwa kiswahili\b/i, "swahili"],
  [/\ben ingl[eé]s\b|\ben anglais\b|\bauf englisch\b|\bin inglese\b/i, "english"],
];

const NAMES = Object.keys(LANGUAGE_NAMES).join("|");
const NOT_THE_REPLY =
  "(?!\\s+(?:words?|names?|cuisine|food|culture|history|grammar|literature|class|lessons?|speakers?|people))";
/** The ways a learner asks for a reply's language, in a user, system or developer message. */
const ASKS: RegExp[] = [
  // "Answer in German", "Please reply only in Spanish", "Explain it in French", "Tell me in Dutch".
  new RegExp(
    `\\b(?:answer|reply|respond|write|speak|talk|explain|tell me|say it|say that|say everything|communicate|only|always|please|describe|give)\\b[^.?!\\n]{0,40}?\\bin\\s+(${NAMES})\\b${NOT_THE_REPLY}`,
    "i",
  ),
  // "In French: what is ...", "(in Spanish)", "Spanish please:".
  new RegExp(`(?:^|\\()\\s*(?:in\\s+)?(${NAMES})\\s*(?:only|please|pls|plz)?\\s*[:,)-]`, "im"),
  // "You only speak French", "You must always answer in German", "You speak Italian".
  new RegExp(
    `\\byou\\s+(?:(?:only|must|should|will|always|can only|may only|now)\\s+)*(?:speak|talk|write|answer|reply|respond|communicate|use)\\s+(?:only\\s+)?(?:in\\s+)?(${NAMES})\\b${NOT_THE_REPLY}`,
    "i",
  ),
  // "Speak French.", "Use Spanish only", "Always use German" at the start of a sentence.
  new RegExp(
    `(?:^|[.!?\\n]\\s*)(?:please\\s+)?(?:(?:always|only|now)\\s+)?(?:speak|use|write|answer|reply|respond|talk)\\s+(?:only\\s+)?(?:in\\s+)?(${NAMES})\\b${NOT_THE_REPLY}`,
    "im",
  ),
  // "French only.", "Spanish only please".
  new RegExp(`\\b(${NAMES})\\s+only\\b\\s*(?:,?\\s*please)?\\s*(?:[.!:,\\n]|$)`, "im"),
  // "... in Italian, please", "What is 5 times 6 in Spanish?" at the end of the message.
  new RegExp(`\\bin\\s+(${NAMES})\\s*(?:,?\\s*(?:please|pls|thanks))?\\s*[.?!]*\\s*$`, "i"),
];

/**
 * "How do you say X in Spanish", "the word for X in German", "a sentence in Portuguese about the
 * sea": a translation or an example to write, not the reply's language.
 */
const TRANSLATION =
  /\b(?:a|one|1)\s+(?:short\s+|simple\s+|easy\s+)?sentence\s+in\s+\w+\s+(?:about|on)\b|\btranslat\w*\b|\bhow (?:do|would|can|to) (?:you |i |we )?say\b|\bword for\b|["'“‘][^"'”’\n]{1,80}["'”’]\s+in\s+\w+\s*[?.!]*\s*$|\b(?:called|mean|means|spell(?:ed)?)\s+in\s+\w+\s*[?.!]*\s*$/i;

/** "What is cat in Italian?", "What's Monday in French?": a word of the phrasebook in a language. */
const WORD_IN =
  /^\s*(?:and\s+)?what(?:'s| is)\s+(?:the word\s+)?["'“‘]?([a-z0-9' ]{1,30}?)["'”’]?\s+in\s+[a-z]+\s*[?.!]*\s*$/i;

function requestOf(raw: string): Requested {
  const name = raw.charAt(0).toUpperCase() + raw.slice(1).toLowerCase();
  const code = LANGUAGE_NAMES[raw.toLowerCase()];
  if (code === "en") return { name, english: true, code };
  const short = SHORT_ANSWER_CODES.has(code);
  return HELD.has(code) ? { name, lang: code as Lang, code, short } : { name, code, short };
}

/** "Answer in German", "Always reply in Spanish", "In French: ...", "en español por favor", "You only speak French": the language the reply must be in. */
export function requestedLanguage(text: string): Requested | undefined {
  const t = text.slice(0, 4000);
  // "Translate 'good morning' into Spanish" asks for a translation, not for the reply's language;
  // so does "What is cat in Italian?" when the phrasebook holds the word.
  if (TRANSLATION.test(t)) return undefined;
  const word = WORD_IN.exec(t);
  if (word && inPhrasebook(word[1])) return undefined;
  for (const re of ASKS) {
    const m = re.exec(t);
    if (m?.[1]) return requestOf(m[1]);
  }
  for (const [re, name] of NATIVE) if (re.test(t)) return requestOf(name);
  return undefined;
}

/** A message without its request for a language: "Answer in Japanese: what is recursion?" -> "what is recursion?". */
export function withoutLanguageRequest(text: string): string {
  let out = text;
  for (const re of ASKS)
    out = out.replace(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`), (m) =>
      /^[.!?\n]/.test(m) ? m[0] : " ",
    );
  for (const [re] of NATIVE) out = out.replace(new RegExp(re.source, `${re.flags}g`), " ");
  out = out
    .replace(/\b(?:por favor|bitte|s'il (?:te|vous) pla[iî]t|per favore)\b/gi, " ")
    .replace(/^\s*[:,.-]\s*/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  // "Hi! Answer in Swedish." is a greeting: the language named is no topic.
  // "Tell me the capital of France, in German please.": the request was the whole sentence, so only "in German" goes.
  if (
    !/[a-z]{3}/i.test(out.replace(/\b(?:please|pls|thanks|thank you)\b/gi, "")) &&
    !/^\s*(?:hi|hey|yo)\b/i.test(out)
  ) {
    const bare = text
      .replace(new RegExp(`,?\\s*\\bin\\s+(?:${NAMES})\\b(?:,?\\s*(?:please|pls|thanks))?`, "gi"), "")
      .trim();
    // "Say that in French, please." keeps its words: "Say that" alone asks nothing of its own.
    const asks = bare.replace(
      /\b(?:answer|reply|respond|write|speak|talk|explain|tell|say|repeat|translate|give|put|me|it|that|this|again|now|all|everything|your|the|answer|please|only|always)\b/gi,
      "",
    );
    return bare !== text && /[a-z]{3}/i.test(asks) ? bare : text;
  }
  // A question written in French, Spanish or German is read in English when every word is known.
  const asked = requestedLanguage(text)?.code;
  const lang = detectSpoken(out) ?? (asked && asked in NAME_OF ? (asked as Spoken) : undefined) ?? detectSpoken(text);
  return (lang && englishGist(out, lang)) || out;
}

const NAME_OF: Record<Spoken, string> = {
  fr: "french",
  es: "spanish",
  de: "german",
  it: "italian",
  pt: "portuguese",
  nl: "dutch",
};

/** A short message written in French, Spanish, German, Italian, Portuguese or Dutch asks for a reply in it. */
export function writtenIn(text: string): Requested | undefined {
  if (text.length > 400 || /```/.test(text)) return undefined;
  const lang = detectSpoken(text);
  return lang ? requestOf(NAME_OF[lang]) : undefined;
}

/** The language names a request may use ("german", "swahili"), lower case. */
export function languageNames(): string[] {
  return Object.keys(LANGUAGE_NAMES);
}

/** The ISO 639-1 code of a language name ("japanese" -> "ja"), if the model knows the name. */
export function languageCode(name: string): string | undefined {
  return LANGUAGE_NAMES[name.toLowerCase() as keyof typeof LANGUAGE_NAMES];
}
