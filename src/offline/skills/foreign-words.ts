/**
 * Everyday words of another language that a table holds, asked as a list rather than as one
 * phrase: "Count to five in Spanish", "What are the days of the week in French?", "The months in
 * Italian", "Say goodbye in five languages", "Write a sentence in Portuguese about the sea". The
 * language is named in the message, or was read off as the reply's language ("Always answer in
 * German" + "Count to ten"), and every word comes from corpus/phrasebook.ts or
 * corpus/sentences-abroad.ts: a subject or a count the tables lack is left to the other skills.
 */
import { expand } from "../language/templates";
import { wordsToNumber } from "../language/numbers";
import {
  GROUP_NAMES,
  LEADS,
  LISTS_ABROAD,
  MONTHS,
  NUMBERS,
  PHRASE_LANG_CODES,
  PHRASE_LANG_NAMES,
  PHRASE_LANGS,
  type PhraseLang,
  WEEKDAYS,
  WORD_GROUPS,
  WORDS,
} from "../corpus/phrasebook";
import { SENTENCES_ABROAD } from "../corpus/sentences-abroad";
import { translatePhrase } from "./translate";
import type { Skill, SkillInput, SkillReply } from "./skill";

const CODES: Record<string, PhraseLang> = PHRASE_LANG_CODES;
const NAMED = /\b(?:in|into)\s+(french|spanish|german|italian|portuguese|dutch)\b/i;

/** The language asked: named in the message, else the reply's language when it is one of the table's. */
function languageOf(input: SkillInput): PhraseLang | undefined {
  const named = NAMED.exec(input.lastUser);
  if (named) return CODES[named[1].toLowerCase()];
  const speak = input.instructions.speak?.name.toLowerCase();
  return speak ? CODES[speak] : undefined;
}

const NUMBER = "(\\d{1,2}|[a-z]+(?:[- ][a-z]+)?)";
const COUNT = new RegExp(
  `^\\s*(?:please\\s+|can you\\s+|could you\\s+)*(?:(?:how (?:do|would|can) (?:you|i|we)\\s+)?count|list the numbers|give me the numbers|what are the numbers|say the numbers|write the numbers)\\s+(?:from\\s+${NUMBER}\\s+)?(?:to|up to|until|through)\\s+${NUMBER}\\b`,
  "i",
);
const COUNT_FROM = new RegExp(
  `^\\s*(?:please\\s+|can you\\s+|could you\\s+)*(?:list|give me|what are|say|write|tell me)\\s+(?:the\\s+)?numbers\\s+(?:from\\s+)?${NUMBER}\\s+(?:to|through)\\s+${NUMBER}\\b`,
  "i",
);
const DAYS = /\bdays of the week\b|\b(?:week ?days|weekdays)\b|\bthe days\b|\bthe seven days\b/i;
const MONTHS_ASKED = /\bmonths(?: of the year)?\b/i;
/** "Say goodbye in five languages", "How do you say thank you in three different languages?". */
const MANY =
  /^\s*(?:please\s+|can you\s+|could you\s+)*(?:say|write|how (?:do|would) you say|tell me(?: how to say)?|give me)\s+["'“‘]?(.{1,60}?)["'”’]?\s+in\s+(\d|two|three|four|five|six|several|a few|different|many|other)\s+(?:different\s+|other\s+)?languages\b/i;
/** "Write a sentence in Portuguese about the sea", "Give me one sentence about cats" (the language read off). */
const SENTENCE =
  /^\s*(?:please\s+|can you\s+|could you\s+)*(?:write|give me|make|compose|create|say|tell me)\s+(?:me\s+)?(?:a|one|1|an?\s+(?:short|simple|easy))\s+(?:short\s+|simple\s+|easy\s+)?(?:sentence|line)\s+(?:(?:in|into)\s+\w+\s+)?(?:about|on)\s+(.{2,40}?)\s*(?:(?:in|into)\s+\w+\s*)?[.!?]*\s*$/i;

function numberOf(word: string | undefined): number | undefined {
  if (!word) return undefined;
  if (/^\d+$/.test(word)) return Number(word);
  return wordsToNumber(word.toLowerCase().replace(/-/g, " "));
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Give me five French words for food", "Teach me three Spanish words", "Teach me some words" (language read off). */
const WORD_LIST =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:teach me|give me|tell me|list|what are|name|share|show me)\s+(?:(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|some)\s+)?(?:basic\s+|common\s+|simple\s+|useful\s+|easy\s+|everyday\s+)?(?:(french|spanish|german|italian|portuguese|dutch)\s+)?words(?:\s+(?:for|about|related to|to do with|on)\s+(?:the\s+)?([a-z]+))?(?:\s+in\s+(french|spanish|german|italian|portuguese|dutch))?\s*[.!?]*\s*$/i;

function wordList(input: SkillInput): SkillReply | null {
  const m = WORD_LIST.exec(input.lastUser);
  if (!m) return null;
  const named = m[2] ?? m[4];
  const speak = input.instructions.speak?.name.toLowerCase();
  const lang = named ? CODES[named.toLowerCase()] : speak ? CODES[speak] : undefined;
  if (!lang) return null;
  const group = m[3] ? GROUP_NAMES[m[3].toLowerCase()] : "everyday";
  if (!group) return null;
  const words = WORD_GROUPS[group];
  const asked = m[1] ? (numberOf(m[1]) ?? 3) : /^(?:a few|some)$/i.test(m[1] ?? "") ? 3 : Math.min(5, words.length);
  if (asked > words.length || asked < 1) return null;
  const i = PHRASE_LANGS.indexOf(lang);
  const lines = words.slice(0, asked).map((w) => `- ${WORDS[w][i]} (${w})`);
  return { texts: [{ text: lines.join("\n"), weight: 1 }], exact: true, asWritten: true };
}

function counting(input: SkillInput, lang: PhraseLang): SkillReply | null {
  const m = COUNT.exec(input.lastUser) ?? COUNT_FROM.exec(input.lastUser);
  if (!m) return null;
  const from = m[1] ? numberOf(m[1]) : 1;
  const to = numberOf(m[2]);
  if (from === undefined || to === undefined || from > to || to > 20 || from < 0) return null;
  const words = NUMBERS[lang].slice(from, to + 1);
  return { texts: [{ text: `${cap(words.join(", "))}.`, weight: 1 }], exact: true, asWritten: true };
}

function calendar(input: SkillInput, lang: PhraseLang): SkillReply | null {
  const { lastUser } = input;
  if (/\b(?:how many|which|what) (?:day|month)s? (?:is|are|was|has|have|do|does)\b|\btoday\b|\bdate\b/i.test(lastUser))
    return null;
  const asks = /\b(?:what|list|name|tell|give|say|write|how)\b/i.test(lastUser);
  const days = DAYS.test(lastUser) && asks;
  const months = !days && MONTHS_ASKED.test(lastUser) && asks;
  const i = PHRASE_LANGS.indexOf(lang);
  // "Name the four seasons", "What are the three primary colours?": a named list of the book's.
  const named = !days && !months && asks ? LISTS_ABROAD.find((l) => l.test.test(lastUser)) : undefined;
  if (!days && !months && !named) return null;
  const list = named ? named.items.map((row) => row[i]) : days ? WEEKDAYS[lang] : MONTHS[lang];
  const lead = named ? named.lead[i] : days ? LEADS[lang].days : LEADS[lang].months;
  const sep = lang === "fr" ? " :" : ":";
  return {
    texts: [
      { text: `${lead}${sep} ${list.join(", ")}.`, weight: 2 },
      { text: `${lead}${sep}\n\n${list.map((w, i) => `${i + 1}. ${w}`).join("\n")}`, weight: 1 },
    ],
    exact: true,
    asWritten: true,
  };
}

function many(input: SkillInput): SkillReply | null {
  const m = MANY.exec(input.lastUser);
  if (!m) return null;
  const asked = numberOf(m[2]) ?? (/^(?:a few|several)$/i.test(m[2]) ? 3 : 5);
  const n = Math.min(Math.max(asked, 1), PHRASE_LANGS.length);
  if (asked > PHRASE_LANGS.length) return null;
  const lines: string[] = [];
  for (const lang of PHRASE_LANGS.slice(0, n)) {
    const said = translatePhrase(m[1], lang);
    if (!said) return null;
    lines.push(`- ${PHRASE_LANG_NAMES[lang]}: ${said}`);
  }
  return { texts: [{ text: lines.join("\n"), weight: 1 }], exact: true, asWritten: true };
}

function sentence(input: SkillInput, lang: PhraseLang): SkillReply | null {
  const m = SENTENCE.exec(input.lastUser);
  if (!m) return null;
  const subject = m[1]
    .toLowerCase()
    .replace(/[.!?]+$/, "")
    .trim();
  const found = SENTENCES_ABROAD.find((s) => s.names.includes(subject));
  if (!found) return null;
  const said = found.row[PHRASE_LANGS.indexOf(lang) + 1];
  return { texts: expand(`${said}`).map((f) => ({ ...f })), exact: true, asWritten: true };
}

export const foreignWords: Skill = {
  name: "foreign-words",
  does: "counts, lists the days or months, says a phrase in several languages, or writes an example sentence, in French, Spanish, German, Italian, Portuguese or Dutch",
  reply(input) {
    if (input.lastUser.length > 200 || input.json) return null;
    const several = many(input) ?? wordList(input);
    if (several) return several;
    const lang = languageOf(input);
    if (!lang) return null;
    return counting(input, lang) ?? calendar(input, lang) ?? sentence(input, lang);
  },
};
