/** Which human language a message is written in: enough to answer French, Spanish and German questions in kind. */
import type { Lang } from "../corpus/translations";

export type { Lang } from "../corpus/translations";

const MARKERS: Record<Lang, RegExp> = {
  fr: /\b(le|la|les|est|quelle|quel|qu'est-ce|que|comment|pourquoi|des|une|je|vous|tu|c'est|de la|du|bonjour|merci|s'il|peux|expliquez?|dis-moi|parle-moi)\b/gi,
  es: /\b(el|la|los|las|es|qué|cuál|cómo|por qué|una|un|yo|usted|hola|gracias|dime|explica|puedes|del|para|sobre)\b|¿|¡/gi,
  de: /\b(der|die|das|ist|was|wie|warum|ein|eine|ich|du|sie|und|hallo|danke|erkläre|erklär|bitte|von|mir|über|kannst)\b/gi,
};
const ENGLISH = /\b(the|is|what|how|why|a|an|of|and|you|me|tell|explain|please|about|can|in|to|my|your|do|does)\b/gi;

/** The language of `text` when it is clearly French, Spanish or German; undefined for English or unclear. */
export function detectLanguage(text: string): Lang | undefined {
  const english = (text.match(ENGLISH) ?? []).length;
  let best: Lang | undefined;
  let bestHits = 0;
  for (const lang of Object.keys(MARKERS) as Lang[]) {
    const hits =
      (text.match(MARKERS[lang]) ?? []).length +
      (lang === "fr" && /[àâçéèêëîïôûù]/i.test(text) ? 1 : 0) +
      (lang === "de" && /[äöüß]/i.test(text) ? 1 : 0) +
      (lang === "es" && /[ñ¿¡áíóú]/i.test(text) ? 1 : 0);
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  // A greeting alone says which language to answer in.
  if (english === 0 && text.trim().split(/\s+/).length <= 3) {
    if (/^\s*(bonjour|salut|bonsoir|merci)\b/i.test(text)) return "fr";
    if (/^\s*[¡]?(hola|buenos d[ií]as|buenas|gracias)\b/i.test(text)) return "es";
    if (/^\s*(hallo|guten (tag|morgen|abend)|servus|moin|danke)\b/i.test(text)) return "de";
  }
  // "Say hello in French" is English that names a language.
  if (/\b(in|into|to) (french|spanish|german)\b/i.test(text)) return undefined;
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

/** A language asked for: its English name, and its code when the corpus can write it. */
export interface Requested {
  name: string;
  lang?: Lang;
  english?: boolean;
}

const NAMES = Object.keys(LANGUAGE_NAMES).join("|");
const ASKED = new RegExp(
  `\\b(?:answer|reply|respond|write|speak|talk|explain|tell me|say it|say everything|communicate|only|always|please)\\b[^.?!\\n]{0,40}?\\bin\\s+(${NAMES})\\b(?!\\s+(?:words?|names?|cuisine|food|culture|history))|^\\s*(?:in\\s+)?(${NAMES})\\s*(?:only|please)?\\s*[:,-]|\\b(?:answer|reply|respond)\\s+(?:only\\s+)?in\\s+(${NAMES})\\b`,
  "im",
);

/** "Answer in German", "Always reply in Spanish", "In French: ...": the language the reply must be in. */
export function requestedLanguage(text: string): Requested | undefined {
  const t = text.slice(0, 4000);
  // "Translate 'good morning' into Spanish" asks for a translation, not for the reply's language.
  if (/\btranslat\w*\b/i.test(t)) return undefined;
  const m = ASKED.exec(t);
  const raw = m && (m[1] ?? m[2] ?? m[3]);
  if (!raw) return undefined;
  const name = raw.charAt(0).toUpperCase() + raw.slice(1).toLowerCase();
  const code = LANGUAGE_NAMES[raw.toLowerCase()];
  if (code === "en") return { name, english: true };
  return HELD.has(code) ? { name, lang: code as Lang } : { name };
}

/** A message without its request for a language: "Answer in Japanese: what is recursion?" -> "what is recursion?". */
export function withoutLanguageRequest(text: string): string {
  const out = text
    .replace(new RegExp(ASKED.source, "gim"), " ")
    .replace(/^\s*[:,.-]\s*/, "")
    .trim();
  return /[a-z]{3}/i.test(out) ? out : text;
}

/** The language names a request may use ("german", "swahili"), lower case. */
export function languageNames(): string[] {
  return Object.keys(LANGUAGE_NAMES);
}
