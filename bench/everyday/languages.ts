/**
 * Which language a reply is written in, by its function words: one word proves nothing (a name,
 * "Madrid", is in every language), but a sentence in French is full of le/la/est/de and nearly
 * free of the/is/of. Scripts without spaces (Japanese) are told by their characters instead.
 */

const STOP_WORDS = {
  en: "the and is are was were of to in it its that this with for you your on be have has what which there they from by at an or not but can will would i my we",
  fr: "le la les l est et des une un du dans pour qui que avec sont pas ce cette c il elle nous vous je j au aux sur très mais ou de d son sa ses être été plus leur comme a à y",
  es: "el la los las es y de del en un una que por para con son está están muy pero o su sus se lo al como más yo tú usted hay ser fue este esta también a tiene",
  de: "der die das den dem des ist und ein eine einen einem nicht mit von zu im in auf für sind es ich du sie wir ihr auch aber oder hat haben wird sehr dass als wie",
  it: "il lo la le gli l è e di del della dei un una che per con sono non in nel nella ma o si anche molto io tu noi come più a ha",
  pt: "o a os as é e de do da dos das em no na um uma que para com são não mas ou se muito eu você nós como mais também está",
  nl: "de het een is en van in op met voor niet zijn dat die er ook maar of ik je jij wij we hij zij heeft hebben wordt naar als bij zeer heel",
  sw: "ni na ya wa za la kwa katika mji mkuu hii huo hiyo yake kama sana lakini au mimi wewe yeye sisi wao kuwa kutoka pia hapa vya cha kubwa habari nchi",
  is: "og er að í á sem ekki við það hann hún til með um en var eru af ég þú þetta höfuðborg frá mjög eða hefur sé líka",
} as const;

export type Language = keyof typeof STOP_WORDS | "ja";

export const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  fr: "French",
  es: "Spanish",
  de: "German",
  it: "Italian",
  pt: "Portuguese",
  nl: "Dutch",
  sw: "Swahili",
  is: "Icelandic",
  ja: "Japanese",
};

const LISTS = Object.fromEntries(
  Object.entries(STOP_WORDS).map(([lang, words]) => [lang, new Set(words.split(" "))]),
) as Record<keyof typeof STOP_WORDS, Set<string>>;

const tokens = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** In how many languages' lists each word is. */
const SHARED = new Map<string, number>();
for (const list of Object.values(LISTS)) for (const w of list) SHARED.set(w, (SHARED.get(w) ?? 0) + 1);

/**
 * Function-word evidence per language: a word counts 1 when only that language uses it, 1/k when
 * k languages share it ("de" is French, Spanish, Portuguese and Dutch), so short replies still tell
 * Spanish from Portuguese.
 */
export function languageScores(text: string): Record<string, number> {
  const words = tokens(text);
  const scores: Record<string, number> = {};
  for (const [lang, list] of Object.entries(LISTS))
    scores[lang] = words.filter((w) => list.has(w)).reduce((sum, w) => sum + 1 / (SHARED.get(w) ?? 1), 0);
  return scores;
}

const hits = (text: string, lang: keyof typeof STOP_WORDS) => tokens(text).filter((w) => LISTS[lang].has(w)).length;

/** True when the text reads as `lang`; otherwise a short reason. */
export function isInLanguage(text: string, lang: Language): true | string {
  if (lang === "ja") {
    const kana = (text.match(/[\u3040-\u30ff]/g) ?? []).length;
    const latin = (text.match(/[A-Za-z]/g) ?? []).length;
    return kana >= 4 && kana > latin / 2 ? true : `not Japanese (${kana} kana, ${latin} Latin letters)`;
  }
  const scores = languageScores(text);
  const own = scores[lang];
  const words = tokens(text).length;
  const rival = Object.entries(scores)
    .filter(([l]) => l !== lang)
    .sort((a, b) => b[1] - a[1])[0];
  const count = hits(text, lang);
  // A short reply may hold a single function word ("Tveir plús tveir eru fjórir."): enough if no rival has any.
  const short = words <= 6 && count >= 1 && rival[1] === 0;
  if ((short || (count >= 2 && own >= 1)) && own > rival[1] && count >= 0.15 * words) return true;
  return `not ${LANGUAGE_NAMES[lang]} (${count} ${lang} function words of ${words}, evidence ${own.toFixed(1)} against ${rival[0]} ${rival[1].toFixed(1)})`;
}
