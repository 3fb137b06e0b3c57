/**
 * "Give me 3 words that rhyme with cat": words that end in the same spelled rime (the last vowel
 * sound and what follows: "at", "ake", "ight"), from corpus/rhyme-words.ts. Computed, so never a
 * passage; a word whose rime no listed word shares is declined by the skills after it.
 */
import { RHYME_WORDS } from "../corpus/rhyme-words";
import { digitsForWords } from "../language/numbers";
import { declineTexts } from "./decline";
import type { Skill, SkillReply } from "./skill";

const ASKS = /\b(?:rhym\w*|rhymes?)\s+(?:with|for)\s+["'“‘]?([a-z]{2,15})\b/i;

/** The spelled rime: "cake" -> "ake" (a silent e kept), "cat" -> "at", "light" -> "ight", "day" -> "ay". */
export function rime(word: string): string {
  const w = word.toLowerCase();
  const silentE = /[aeiou]+[^aeiouy]+e$/.exec(w);
  if (silentE && w.length > 3) return silentE[0];
  return /[aeiouy]+[^aeiouy]*$/.exec(w)?.[0] ?? w;
}

/** Listed words that rhyme with the word, itself and words it only prefixes ("cat", "bobcat") left out. */
export function rhymesOf(word: string): string[] {
  const w = word.toLowerCase();
  const r = rime(w);
  return RHYME_WORDS.filter((x) => x !== w && rime(x) === r && !x.endsWith(w) && !w.endsWith(x));
}

export const rhymes: Skill = {
  name: "rhymes",
  does: "words that rhyme with a word, from a list of everyday words",
  reply({ lastUser, json }): SkillReply | null {
    if (json || lastUser.length > 300) return null;
    const m = ASKS.exec(lastUser);
    if (!m) return null;
    const word = m[1].toLowerCase();
    const found = rhymesOf(word);
    // A rhyme asked for and not found is said so: a poem or a passage after it would not be the word asked.
    if (found.length < 2)
      return { texts: declineTexts({ kind: "task", text: `find a word that rhymes with "${word}"` }, false) };
    const n = /\b(\d{1,2})\s+(?:\w+\s+)?(?:words?|rhymes?)\b/.exec(digitsForWords(lastUser))?.[1];
    const single = /\b(?:a|an|one|another)\s+(?:\w+\s+)?(?:word|rhyme)\b(?!s)/i.test(lastUser);
    const count = Math.min(Number(n ?? (single ? 1 : 5)) || 5, found.length);
    const list = found.slice(0, count);
    // "Give me one word that rhymes with pipe": that word, with no list joined around it.
    if (count === 1)
      return {
        texts: [
          { text: `${list[0].charAt(0).toUpperCase()}${list[0].slice(1)}.`, weight: 0.5 },
          { text: `"${list[0].charAt(0).toUpperCase()}${list[0].slice(1)}" rhymes with "${word}".`, weight: 0.5 },
        ],
        exact: true,
        fields: { rhymes: list[0], word: list[0], answer: list[0] },
      };
    const said = `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
    // "separated by commas": the words alone, in the form asked.
    if (/\bcommas?\b|\bcomma-separated\b/i.test(lastUser))
      return { texts: [{ text: list.join(", "), weight: 1 }], exact: true, fields: { rhymes: list.join(", ") } };
    return {
      texts: [
        { text: `Words that rhyme with "${word}": ${list.join(", ")}.`, weight: 0.5 },
        { text: `${said.charAt(0).toUpperCase()}${said.slice(1)} all rhyme with "${word}".`, weight: 0.5 },
      ],
      exact: true,
      fields: { rhymes: list.join(", ") },
    };
  },
};
