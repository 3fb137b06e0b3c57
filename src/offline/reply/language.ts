/**
 * The language a reply is asked to be in ("Answer in German", "en español", "You only speak
 * French"). The corpus holds French, Spanish and German passages for the topics learners ask
 * first: those candidates win. A short answer (a number, a sum, a name: what a skill computed or
 * looked up) is written as a sentence of the asked language, in any of the languages below. Anything
 * longer the model cannot write in that language, and it says so plainly, in English, before
 * answering in English: never an English answer passed off as the one asked for.
 */
import { detectLanguage, type Requested } from "../language/languages";
import { expand } from "../language/templates";
import { FIDELITY, type Candidate } from "../model/candidates";
import { SegmentWriter } from "../model/segments";
import { placeNameIn } from "../corpus/place-names";
import { PHRASE_LANGS, type PhraseLang, WORDS } from "../corpus/phrasebook";

/** "Blue" is an English word: a one-word answer the phrasebook holds is said in the asked language ("bleu"). */
function wordIn(value: string, code: string): string | undefined {
  const i = PHRASE_LANGS.indexOf(code as PhraseLang);
  if (i < 0 || !/^\p{L}+$/u.test(value)) return undefined;
  return WORDS[value.toLowerCase()]?.[i];
}

/**
 * "The answer is {}." per language code, in a few phrasings where the model knows the language
 * well. `{}` is the value; a computed expression follows it in brackets.
 */
const ANSWER_IS: Record<string, string> = {
  fr: "[Bien sûr : la réponse est {}.|La réponse est {}.|C'est {}, tout simplement.]",
  es: "[Por supuesto: la respuesta es {}.|La respuesta es {}, por supuesto.|Por supuesto, es {}.]",
  de: "[Gern: die Antwort ist {}.|Die Antwort ist {}.|Die Antwort auf deine Frage ist {}.]",
  it: "[Certo: la risposta è {}.|La risposta è {}.]",
  pt: "[Claro: a resposta é {}.|A resposta é {}.]",
  nl: "[Het antwoord is {}.|Het antwoord op je vraag is {}.]",
  sv: "Svaret är {}.",
  no: "Svaret er {}.",
  da: "Svaret er {}.",
  fi: "Vastaus on {}.",
  is: "Svarið við spurningunni er {}.",
  pl: "Odpowiedź to {}.",
  cs: "Odpověď je {}.",
  ro: "Răspunsul este {}.",
  hu: "A válasz: {}.",
  tr: "Cevap şu: {}.",
  ru: "Ответ: {}.",
  uk: "Відповідь: {}.",
  el: "Η απάντηση είναι {}.",
  ja: "答えは {} です。",
  zh: "答案是 {}。",
  ko: "답은 {}입니다.",
  id: "Jawabannya adalah {}.",
  ms: "Jawapannya ialah {}.",
  sw: "Jibu ni {}.",
  tl: "Ang sagot ay {}.",
  vi: "Câu trả lời là {}.",
  ca: "La resposta és {}.",
  eo: "La respondo estas {}.",
  af: "Die antwoord is {}.",
  hi: "उत्तर है: {}।",
  ar: "الجواب هو {}.",
  he: "התשובה היא {}.",
};

const HELD_NAMES = "French, Spanish and German";

/** The model's own note, in English, that it cannot write this answer in the asked language. */
function notice(req: Requested): string {
  if (req.lang)
    return `[I'm the workbook's offline model, and I can't answer this in ${req.name}: I only know a few topics in ${req.name}.|I'm the workbook's small offline model: I can't write this answer in ${req.name}, because I only know a few topics in it.] [Here is my answer in English.|Here it is in English instead.]`;
  if (req.short)
    return `[I'm the workbook's offline model, and I can't write a whole answer in ${req.name}: in ${req.name} I can only give short answers, such as a number or a name.|I'm the workbook's small offline model: I can't write this answer in ${req.name}, because in ${req.name} I only manage short answers like a number or a name.] [Here is my answer in English.|Here it is in English instead.]`;
  return `[I'm the workbook's offline model, and I can't write ${req.name}: besides English, I only know a little ${HELD_NAMES}, and short answers in a few more languages.|I'm the workbook's small offline model, and I don't know ${req.name}: besides English, I only know a little ${HELD_NAMES}, and short answers in a few more languages.] [Here is my answer in English.|Here it is in English instead.]`;
}

const textOf = (c: Candidate) => c.segments.map((s) => s.text).join("");

const ENGLISH_WORD =
  /^(the|that|this|it|is|there|here|answer|a|an|yes|no|hello|hi|hey|thanks|thank|welcome|goodbye|bye|sure|okay|ok|great|sorry|please|what|how|why|who)$/i;

/** True when a reply says nothing in any language: numbers, symbols, names ("6 × 7 = 42", "Tokyo."). */
export function languageNeutral(text: string): boolean {
  if (text.length > 120 || /```/.test(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  const common = words.filter((w) => (/^\p{Ll}/u.test(w) && w.length > 1) || ENGLISH_WORD.test(w));
  return common.length === 0 && words.length <= 4;
}

/** A reply without its English lead words: "That's 391." -> "391.". */
function core(text: string): string {
  return text
    .trim()
    .replace(/^(?:that's|that is|it's|it is|the answer is|answer:|result:)\s+/i, "")
    .trim();
}

const NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split(" ");

/** "Eight" is an English word: the value goes into another language as a number. */
function digits(value: string): string {
  const i = NUMBER_WORDS.indexOf(value.toLowerCase());
  return i >= 0 ? String(i) : value;
}

/** A short value in a sentence of the language: "6 × 7 = 42." -> "La réponse est 42 (6 × 7 = 42)." */
function answerSentences(code: string, value: string): { text: string; weight: number }[] {
  const bare = value.trim().replace(/[.!]+$/, "");
  const eq = /^(.{1,80}?)\s*=\s*([^=]{1,40})$/.exec(bare);
  const plainValue = digits(eq ? eq[2].trim() : bare);
  // "Vienna" in German is "Wien": the local name, with the English one it was asked by beside it.
  const local = placeNameIn(plainValue, code);
  const said = local && local !== plainValue ? `${local} (${plainValue})` : (wordIn(plainValue, code) ?? plainValue);
  const worked = eq ? ` (${bare})` : "";
  const template = ANSWER_IS[code];
  if (!template || !said) return [];
  // The value is text, not template alternatives.
  const safe = said.replace(/[[\]|{}]/g, "");
  return expand(template).map((f) => ({
    text: f.text.replace("{}", `${safe}${worked}`),
    weight: f.weight,
  }));
}

function withText(c: Candidate, text: string, weight: number, source?: string): Candidate {
  return {
    ...c,
    segments: new SegmentWriter().free(text, { fidelity: FIDELITY.PROSE }).done(),
    weight: c.weight * weight,
    ...(source ? { source } : {}),
  };
}

/**
 * The candidates in the asked language: the corpus's own passages in it, else the short answer in
 * a sentence of it (`answer`: the value a skill computed, when the reply around it is English
 * prose), else an honest note and the English answer.
 */
export function inLanguage(
  list: Candidate[],
  req: Requested | undefined,
  _lastUser: string,
  answer?: string | number,
): Candidate[] {
  if (!req || !list.length || req.english) return list;
  if (req.lang) {
    const own = list.filter((c) => detectLanguage(textOf(c)) === req.lang);
    if (own.length) return own;
  }
  const code = req.code ?? req.lang;
  if ((req.short ?? !!req.lang) && code) {
    const neutral = list.filter((c) => languageNeutral(core(textOf(c))));
    if (neutral.length)
      return neutral.flatMap((c) =>
        answerSentences(code, core(textOf(c))).map((s) => withText(c, s.text, s.weight, `${c.source}+${code}`)),
      );
    const value = answer === undefined ? "" : String(answer);
    if (value && languageNeutral(value)) {
      const first = list[0];
      return answerSentences(code, value).map((s) =>
        withText({ ...first, weight: 1 }, s.text, s.weight, `${first.source}+${code}`),
      );
    }
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

/** The notes and answer sentences, for the seam check. */
export function languageTemplates(): string[] {
  return [
    ...Object.values(ANSWER_IS).flatMap((t) => expand(t).map((x) => x.text)),
    ...expand(notice({ name: "{}" })).map((x) => x.text),
    ...expand(notice({ name: "{}", short: true })).map((x) => x.text),
    ...expand(notice({ name: "{}", lang: "fr" })).map((x) => x.text),
  ];
}
