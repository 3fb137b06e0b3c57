/**
 * "Give me Kestrel in the NATO phonetic alphabet": the word spelled out in the ICAO/NATO radio
 * alphabet, letter by letter. Computed from the word, so never a passage or a name idea; the word
 * must be plain to find (quoted, "the word X", "spell X", or the one name the message gives).
 */
import type { Skill, SkillReply } from "./skill";

const ALPHABET = [
  "Alfa",
  "Bravo",
  "Charlie",
  "Delta",
  "Echo",
  "Foxtrot",
  "Golf",
  "Hotel",
  "India",
  "Juliett",
  "Kilo",
  "Lima",
  "Mike",
  "November",
  "Oscar",
  "Papa",
  "Quebec",
  "Romeo",
  "Sierra",
  "Tango",
  "Uniform",
  "Victor",
  "Whiskey",
  "X-ray",
  "Yankee",
  "Zulu",
];
const DIGITS = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Niner"];

const ASKS = /\b(?:nato|icao|phonetic|radio|military|police|aviation)\s+(?:phonetic\s+)?alphabet\b|\bphonetically\b/i;
const NOT_THE_WORD = /^(?:NATO|ICAO|I|My|Our|The|Give|Spell|Can|Could|Please|What|How|Say|It|In|On|Her|His)$/;

/** The word to spell: quoted, after "the word/name", after "spell", else the one capitalised name after the first word of a sentence. */
function wordOf(text: string): string | undefined {
  const quoted = /["“'‘]([\p{L}\p{N}][\p{L}\p{N} -]{0,30})["”'’](?!\p{L})/u.exec(text);
  if (quoted) return quoted[1];
  const named =
    /\b(?:the (?:word|name|callsign|call sign|code)|spell(?: out)?)\s+([\p{L}\p{N}][\p{L}\p{N}-]{0,30})\b/iu.exec(text);
  if (named && !/^(?:it|that|this|her|his|my|our|the|out)$/i.test(named[1])) return named[1];
  const names = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?])\s+/))
    for (const m of sentence.matchAll(/(?<=\S\s+)([A-Z][\p{L}-]{1,30})\b/gu))
      if (!NOT_THE_WORD.test(m[1])) names.add(m[1]);
  return names.size === 1 ? [...names][0] : undefined;
}

export const phonetic: Skill = {
  name: "phonetic",
  does: "spells a word in the NATO phonetic alphabet",
  reply({ lastUser, json }): SkillReply | null {
    if (json || lastUser.length > 300 || !ASKS.test(lastUser)) return null;
    const word = wordOf(lastUser);
    if (!word) return null;
    const spelled = [...word.toUpperCase()]
      .filter((c) => /[A-Z0-9]/.test(c))
      .map((c) => (/\d/.test(c) ? DIGITS[Number(c)] : ALPHABET[c.charCodeAt(0) - 65]));
    if (spelled.length === 0 || spelled.length > 30) return null;
    const line = spelled.join(" ");
    return {
      texts: [
        { text: `${word} in the NATO phonetic alphabet: ${line}.`, weight: 0.5 },
        { text: `${line}.`, weight: 0.3 },
        { text: `On the radio, ${word} is: ${spelled.join(", ")}.`, weight: 0.2 },
      ],
      exact: true,
      fields: { answer: line, phonetic: line },
    };
  },
};
