/**
 * The language a reply is asked to be in ("Answer in German", "Always reply in Spanish"). The
 * corpus holds French, Spanish and German passages for the topics learners ask first: those
 * candidates win. A language-neutral answer (a number, a sum, a name) gets a lead-in in that
 * language. Anything else the model cannot write in that language, and it says so plainly, in
 * English, before answering in English: never an English answer passed off as the one asked for.
 */
import { detectLanguage, type Lang, type Requested } from "../language/languages";
import { expand } from "../language/templates";
import { FIDELITY, type Candidate } from "../model/candidates";
import { SegmentWriter } from "../model/segments";

const LEAD: Record<Lang, string> = {
  fr: "[Voici la réponse :|La réponse :|Réponse :]",
  es: "[Esta es la respuesta:|La respuesta:|Respuesta:]",
  de: "[Hier ist die Antwort:|Die Antwort:|Antwort:]",
};

const HELD_NAMES = "French, Spanish and German";

/** The model's own note, in English, that it cannot write the asked language here. */
function notice(req: Requested): string {
  return req.lang
    ? `[I'm the workbook's offline model, and I can't answer this in ${req.name}: I only know a few topics in ${req.name}.|I'm the workbook's small offline model: I can't write this answer in ${req.name}, because I only know a few topics in it.] [Here is my answer in English.|Here it is in English instead.]`
    : `[I'm the workbook's offline model, and I can't write ${req.name}: besides English, I only know a little ${HELD_NAMES}.|I'm the workbook's small offline model, and I don't know ${req.name}: besides English, I only know a little ${HELD_NAMES}.] [Here is my answer in English.|Here it is in English instead.]`;
}

const textOf = (c: Candidate) => c.segments.map((s) => s.text).join("");

const ENGLISH_WORD = /^(the|that|this|it|is|there|here|answer|a|an|yes|no)$/i;

/** True when a reply says nothing in any language: numbers, symbols, names ("6 × 7 = 42", "Tokyo."). */
export function languageNeutral(text: string): boolean {
  if (text.length > 120 || /```/.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  const common = words.filter((w) => (/^\p{Ll}/u.test(w) && w.length > 1) || ENGLISH_WORD.test(w));
  return common.length === 0 && words.length <= 4;
}

/** A reply without its English lead words: "That's 391." -> "391.". */
function core(text: string): string {
  return text.trim().replace(/^(?:that's|that is|it's|it is|the answer is|answer:|result:)\s+/i, "");
}

/** The candidates in the asked language, else a lead-in or an honest note. */
export function inLanguage(list: Candidate[], req: Requested | undefined, _lastUser: string): Candidate[] {
  if (!req || !list.length) return list;
  if (req.lang) {
    const own = list.filter((c) => detectLanguage(textOf(c)) === req.lang);
    if (own.length) return own;
    const lang = req.lang;
    const neutral = list.filter((c) => languageNeutral(core(textOf(c))));
    if (neutral.length)
      return neutral.flatMap((c) =>
        expand(LEAD[lang]).map((lead) => ({
          ...c,
          segments: new SegmentWriter().free(`${lead.text} ${core(textOf(c))}`, { fidelity: FIDELITY.PROSE }).done(),
          weight: c.weight * lead.weight,
        })),
      );
  }
  const notes = expand(notice(req));
  return list.slice(0, 8).flatMap((c) =>
    notes.map((n) => ({
      ...c,
      segments: [...new SegmentWriter().free(`${n.text}\n\n`, { fidelity: FIDELITY.PROSE }).done(), ...c.segments],
      weight: c.weight * n.weight,
      source: `${c.source}+no-${req.name.toLowerCase()}`,
    })),
  );
}

/** The notes and lead-ins, for the seam check. */
export function languageTemplates(): string[] {
  return [
    ...Object.values(LEAD).flatMap((t) => expand(t).map((x) => x.text)),
    ...expand(notice({ name: "{}" })).map((x) => x.text),
    ...expand(notice({ name: "{}", lang: "fr" })).map((x) => x.text),
  ];
}
