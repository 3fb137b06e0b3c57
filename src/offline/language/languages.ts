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
