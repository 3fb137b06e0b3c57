/**
 * "Translate 'good morning, how are you?' into Spanish", "How do you say thank you in German?":
 * everyday phrases from a small phrasebook (French, Spanish, German, Italian, Portuguese). Every
 * part of the phrase must be in the book; otherwise the model says plainly that it cannot
 * translate it, rather than guess.
 */
import { expand, type Filled } from "../language/templates";
import { languageCode, languageNames } from "../language/languages";
import { FIRST_WORD_SAME, FIRST_WORDS } from "../corpus/greetings-more";
import {
  MONTHS,
  NUMBERS,
  PHRASE_LANGS,
  PHRASES,
  type PhraseLang,
  type Row,
  SAME_PHRASE,
  SAME_WORD,
  WEEKDAYS,
  WORDS,
} from "../corpus/phrasebook";
import {
  ENGLISH_DAYS,
  ENGLISH_MONTHS,
  ENGLISH_NUMBERS,
  PHRASE_LANG_CODES,
  PHRASE_LANG_NAMES,
} from "../corpus/phrasebook";
import type { Skill, SkillInput, TextReplies } from "./skill";

const NAMES: Record<string, PhraseLang> = PHRASE_LANG_CODES;

const NAME_IS: Record<PhraseLang, string> = {
  fr: "je m'appelle",
  es: "me llamo",
  de: "ich heiße",
  it: "mi chiamo",
  pt: "meu nome é",
  nl: "ik heet",
};
const ORDER = PHRASE_LANGS;
/** The book: the phrases, then the everyday words. */
const BOOK: Record<string, Row> = { ...WORDS, ...PHRASES };
const SAME: Record<string, string> = { ...SAME_WORD, ...SAME_PHRASE };

const NUMBER_NAMES = ENGLISH_NUMBERS;
const DAY_NAMES = ENGLISH_DAYS;
const MONTH_NAMES = ENGLISH_MONTHS;

/** A number, a day or a month, from the counting and calendar words of the book. */
function calendarWord(key: string, lang: PhraseLang): string | undefined {
  const bare = key.replace(/^the (?:number )?/, "").replace(/^number /, "");
  const n = /^\d{1,2}$/.test(bare) ? Number(bare) : NUMBER_NAMES.indexOf(bare);
  if (n >= 0 && n <= 20) return NUMBERS[lang][n];
  const day = DAY_NAMES.indexOf(bare.replace(/s$/, ""));
  if (day >= 0) return WEEKDAYS[lang][day];
  const month = MONTH_NAMES.indexOf(bare);
  if (month >= 0) return MONTHS[lang][month];
  return undefined;
}

const LANGS = languageNames().join("|");
const Q_OPEN = `["'“‘]?`;
const Q_CLOSE = `["'”’]?`;
/**
 * The ways a learner asks for a phrase in a language, each with the phrase and the language name;
 * `sure` ones ask for a translation outright (a phrase not in the book is declined), the others
 * ("Say good night in Italian", "What is cat in Spanish?") are answered only from the book.
 */
const ASKS: { re: RegExp; phrase: number; lang: number; sure: boolean; please?: boolean }[] = [
  // "Translate into Spanish: 'Where is the train station?'": the language first, the phrase after a colon.
  {
    re: new RegExp(
      `^\\s*(?:please\\s+|can you\\s+|could you\\s+)?translate\\s+(?:this\\s+|the following\\s+|that\\s+)?(?:in|into|to)\\s+(${LANGS})\\s*(?:,?\\s*please)?\\s*[:,-]\\s*${Q_OPEN}(.{1,160}?)${Q_CLOSE}\\s*[.!]?\\s*$`,
      "i",
    ),
    phrase: 2,
    lang: 1,
    sure: true,
  },
  {
    re: new RegExp(
      `^\\s*(?:please\\s+|can you\\s+|could you\\s+)?translate\\s*:?\\s*${Q_OPEN}(.{1,160}?)${Q_CLOSE}\\s+(?:in|into|to)\\s+(${LANGS})\\b`,
      "i",
    ),
    phrase: 1,
    lang: 2,
    sure: true,
  },
  {
    re: new RegExp(
      `\\bhow (?:(?:do|would|can|should) (?:you|i|we) |to )(?:say|write|spell)\\s+${Q_OPEN}(.{1,160}?)${Q_CLOSE}\\s+in\\s+(${LANGS})\\b`,
      "i",
    ),
    phrase: 1,
    lang: 2,
    sure: true,
  },
  {
    re: new RegExp(
      `\\bhow (?:do|would|can|should) (?:i|you|we) (?:ask for|order)\\s+${Q_OPEN}(.{1,60}?)${Q_CLOSE}\\s+in\\s+(${LANGS})\\b`,
      "i",
    ),
    phrase: 1,
    lang: 2,
    sure: false,
    please: true,
  },
  {
    re: new RegExp(`\\bwhat(?:'s|s| is)\\s+["'“‘](.{1,160}?)["'”’]\\s+in\\s+(${LANGS})\\b`, "i"),
    phrase: 1,
    lang: 2,
    sure: true,
  },
  {
    re: new RegExp(
      `\\bwhat(?:'s| is)\\s+the\\s+(${LANGS})\\s+(?:word|phrase|expression|term)\\s+for\\s+${Q_OPEN}(.{1,80}?)${Q_CLOSE}\\s*[?.!]*\\s*$`,
      "i",
    ),
    phrase: 2,
    lang: 1,
    sure: true,
  },
  {
    re: new RegExp(
      `^\\s*(?:please\\s+)?(?:can you\\s+|could you\\s+)?(?:say|tell me|teach me(?: to say)?|write)\\s+(?!(?:it|that|this|everything|something|anything|your|the answer|me)\\b)${Q_OPEN}(.{1,80}?)${Q_CLOSE}\\s+in\\s+(${LANGS})\\s*(?:,?\\s*please)?\\s*[?.!]*\\s*$`,
      "i",
    ),
    phrase: 1,
    lang: 2,
    sure: false,
  },
  {
    re: new RegExp(
      `^\\s*(?:and\\s+)?(?:what(?:'s| is)\\s+(?:the word\\s+)?)?${Q_OPEN}([a-z' ]{1,40}?)${Q_CLOSE}\\s+in\\s+(${LANGS})\\s*[?.!]*\\s*$`,
      "i",
    ),
    phrase: 1,
    lang: 2,
    sure: false,
  },
];

/** Language names as learners write them in French, Spanish, German, Italian, Portuguese and Dutch. */
const NATIVE_NAMES: Record<string, string> = {
  français: "french",
  francés: "french",
  französisch: "french",
  francese: "french",
  francês: "french",
  frans: "french",
  espagnol: "spanish",
  español: "spanish",
  spanisch: "spanish",
  spagnolo: "spanish",
  espanhol: "spanish",
  spaans: "spanish",
  allemand: "german",
  alemán: "german",
  deutsch: "german",
  tedesco: "german",
  alemão: "german",
  duits: "german",
  italien: "italian",
  italiano: "italian",
  italienisch: "italian",
  italiaans: "italian",
  portugais: "portuguese",
  portugués: "portuguese",
  portugiesisch: "portuguese",
  portoghese: "portuguese",
  português: "portuguese",
  portugees: "portuguese",
  néerlandais: "dutch",
  neerlandés: "dutch",
  holandés: "dutch",
  niederländisch: "dutch",
  olandese: "dutch",
  holandês: "dutch",
  nederlands: "dutch",
  anglais: "english",
  inglés: "english",
  englisch: "english",
  inglese: "english",
  inglês: "english",
  engels: "english",
};
const NATIVE = Object.keys(NATIVE_NAMES).join("|");
/** "¿Cómo se dice 'thank you' en francés?", "Traduis 'good night' en espagnol", "Wie sagt man 'danke' auf Englisch?". */
const ASKED_NATIVELY = new RegExp(
  `(?:c[oó]mo se dice|comment (?:dit-on|dire|on dit)|wie sagt man|come si dice|como se diz|hoe zeg je|traduis|traduce|traduza|traduci|übersetze|vertaal)\\s*:?\\s*["'“‘«„]?(.{1,80}?)["'”’»“]?\\s+(?:en|in|auf|ins|em|para|naar|al|nel|no)\\s+(${NATIVE})\\b`,
  "iu",
);

const NATIVE_SAY =
  /(?:c[oó]mo se dice|comment (?:dit-on|dire|on dit)|wie sagt man|come si dice|como se diz|hoe zeg je)\s*:?\s*["'“‘«„](.{1,80}?)["'”’»“]/iu;

interface Asked {
  phrase: string;
  langName: string;
  sure: boolean;
  /** "How do I ask for the bill?": the thing asked for, politely ("the bill, please"). */
  please?: boolean;
}

function askOf(text: string): Asked | undefined {
  const t = text.slice(0, 400);
  for (const a of ASKS) {
    const m = a.re.exec(t);
    if (m) return { phrase: m[a.phrase].trim(), langName: m[a.lang].toLowerCase(), sure: a.sure, please: a.please };
  }
  return undefined;
}

/** "Say good night." when the language was read off as the reply's ("... in Italian", "Always answer in Italian"). */
const SAY_BARE =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:say|tell me|wish me|how (?:do|would|can) (?:you|i|we) say)\s+["'“‘]?(.{1,80}?)["'”’]?\s*(?:,?\s*please)?\s*[?.!]*\s*$/i;
/** "Greet me." with the language read off: hello. "How do I ask for the bill?": the bill, please. */
const GREET_ME = /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:greet me|say hi|say hello)\s*[.!]*\s*$/i;
const ASK_FOR =
  /^\s*how (?:do|would|can|should) (?:i|you|we) (?:ask for|order)\s+["'“‘]?(.{1,60}?)["'”’]?\s*[?.!]*\s*$/i;
/** More than one language: "into Spanish, French and German". */
const MORE_LANGS = new RegExp(
  `\\b(?:in|into|to)\\s+((?:${LANGS})(?:\\s*(?:,|and|&)\\s*(?:and\\s+)?(?:${LANGS}))+)\\b`,
  "i",
);

/** One part of a phrase ("good morning") in the language, or undefined when the book lacks it. */
function part(english: string, lang: PhraseLang): string | undefined {
  const key = english
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z0-9' ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!key) return "";
  const name = /^my name is ([a-z][a-z' -]{0,30})$/i.exec(english.trim().replace(/[.!]$/, ""));
  if (name) return `${NAME_IS[lang]} ${name[1].trim()}`;
  const row = BOOK[SAME[key] ?? key] ?? BOOK[SAME[unarticled(key)] ?? unarticled(key)];
  return row?.[ORDER.indexOf(lang)] ?? calendarWord(key, lang) ?? likes(key, lang);
}

/**
 * "I love cheese", "I like coffee": a liking of something uncounted, in each language's own way of
 * saying it (French and Italian keep the article, "j'adore le fromage"; German, Portuguese and
 * Dutch drop it, "ich liebe Käse", "ik hou van kaas"; Spanish says it pleases, "me encanta el queso").
 * Only the book's uncounted words: "I love dog" needs a plural the book does not hold.
 */
const UNCOUNTED = new Set(["water", "bread", "beer", "wine", "coffee", "tea", "milk", "cheese", "music"]);
const LIKE_FORMS: Record<PhraseLang, { love: string; like: string; article: boolean }> = {
  fr: { love: "j'adore", like: "j'aime", article: true },
  es: { love: "me encanta", like: "me gusta", article: true },
  de: { love: "ich liebe", like: "ich mag", article: false },
  it: { love: "adoro", like: "mi piace", article: true },
  pt: { love: "eu amo", like: "eu gosto de", article: false },
  nl: { love: "ik hou van", like: "ik hou van", article: false },
};

function likes(key: string, lang: PhraseLang): string | undefined {
  const m = /^i (?:really )?(love|like|adore) ([a-z]+)$/.exec(key);
  if (!m || !UNCOUNTED.has(m[2])) return undefined;
  const word = WORDS[m[2]]?.[ORDER.indexOf(lang)];
  if (!word) return undefined;
  const form = LIKE_FORMS[lang];
  const noun = form.article ? word : word.replace(/^(?:der|die|das|de|het|o|a|os|as)\s+/i, "");
  return `${m[1] === "like" ? form.like : form.love} ${noun}`;
}

/** "the cat", "a dog": the word without its English article. */
const unarticled = (key: string) => key.replace(/^(?:the|a|an)\s+/, "");

function capital(s: string): string {
  return s.replace(/^(¿|¡)?(\p{Ll})/u, (_, mark: string | undefined, c: string) => `${mark ?? ""}${c.toUpperCase()}`);
}

/** The phrase in the language, part by part, or undefined when any part is not in the book. */
export function translatePhrase(phrase: string, lang: PhraseLang): string | undefined {
  const pieces = phrase.split(/([,.!?;]+)/);
  const out: string[] = [];
  let sentenceStart = true;
  for (let i = 0; i < pieces.length; i += 2) {
    const words = pieces[i];
    const mark = (pieces[i + 1] ?? "").trim();
    if (!words.trim()) continue;
    const t = part(words, lang);
    if (t === undefined) return undefined;
    const closing = /[?]$/.test(t) ? "" : mark.replace(/\?/, "");
    out.push(`${sentenceStart ? capital(t) : t}${closing}`);
    sentenceStart = /[.!?]$/.test(`${t}${closing}`);
  }
  return out.length ? out.join(" ").replace(/[,;]$/, "") : undefined;
}

const LANG_NAMES = PHRASE_LANG_NAMES;

/** Hello, thank you, goodbye... in a language beyond the phrasebook's six, when the table holds it. */
function firstWord(phrase: string, langName: string): string | undefined {
  const code = languageCode(langName);
  if (!code) return undefined;
  const key = phrase
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z' -]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return FIRST_WORDS[FIRST_WORD_SAME[key] ?? key]?.[code];
}

/**
 * The phrase in the language: as a whole, or asked for politely ("the bill" -> "the bill, please"),
 * or two words joined by "and" ("'cat' and 'dog'"), each from the book.
 */
function phraseIn(phrase: string, lang: PhraseLang, please?: boolean): string | undefined {
  const plainPhrase = phrase.replace(/["'“”‘’]/g, (q, i: number) =>
    i > 0 && /\w/.test(phrase[i - 1]) && /\w/.test(phrase[i + 1] ?? "") ? q : "",
  );
  if (please) {
    const polite = translatePhrase(`${plainPhrase} please`, lang) ?? translatePhrase(`${plainPhrase}, please`, lang);
    if (polite) return polite;
  }
  const whole = translatePhrase(plainPhrase, lang);
  if (whole) return whole;
  const both = /^(.{1,30}?)\s+and\s+(.{1,30})$/i.exec(plainPhrase);
  if (!both) return undefined;
  const a = translatePhrase(both[1], lang);
  const b = translatePhrase(both[2], lang);
  return a && b ? `${a}, ${b.charAt(0).toLowerCase()}${b.slice(1)}` : undefined;
}

/** "What does 'bonjour' mean?", "What is 'gracias' in English?", "Translate 'danke' into English". */
const MEANING =
  /^\s*(?:which|what) language is (?:this|that|the word|the phrase)?\s*:?\s*["'“‘](.{1,60}?)["'”’]\s*(?:from|in)?\s*\??\s*$|^\s*(?:what does|what do)\s+["'“‘]?(.{1,60}?)["'”’]?\s+mean(?:\s+in english)?\s*\??\s*$|^\s*what(?:'s| is)\s+["'“‘](.{1,60}?)["'”’]\s+in english\s*\??\s*$|^\s*(?:please\s+)?translate\s*:?\s*["'“‘]?(.{1,60}?)["'”’]?\s+(?:in|into|to)\s+english\b/i;

const plain = (t: string) =>
  t
    .toLowerCase()
    .replace(/[¿¡?!.,]/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** The English of a phrase in the book, with its language ("bonjour": French for good morning or hello). */
function meaningOf(phrase: string): string | undefined {
  const want = plain(phrase);
  const found = new Map<PhraseLang, string[]>();
  for (const [english, row] of Object.entries(BOOK))
    row.forEach((said, i) => {
      if (plain(said) !== want) return;
      const lang = ORDER[i];
      found.set(lang, [...(found.get(lang) ?? []), english]);
    });
  if (!found.size) return undefined;
  const langs = [...found.entries()].map(([lang, english]) => `${LANG_NAMES[lang]} for "${english.join('" or "')}"`);
  return `"${phrase.trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase())}" is ${langs.join(", and ")}.`;
}

/** "Translate that into French", "Now in Spanish": the assistant's last answer, when the book holds all of it. */
const BACK = new RegExp(
  `^\\s*(?:(?:now|ok|okay|and|great|thanks|cool)[,!.]?\\s+)*(?:(?:please\\s+|can you\\s+|could you\\s+)?(?:translate|say|put|write)\\s+(?:that|it|this|your (?:last )?(?:answer|reply))\\s+(?:in|into|to)\\s+|(?:now\\s+|and\\s+)?in\\s+)(${LANGS})\\b[\\s,]*(?:please)?[.!?]*\\s*$`,
  "i",
);

function translateBack(lastUser: string, turns: SkillInput["turns"]): TextReplies | null {
  const m = BACK.exec(lastUser.slice(0, 200));
  if (!m) return null;
  const answer = turns.findLast((t) => t.role === "assistant" && t.text.trim())?.text.trim();
  const lang = NAMES[m[1].toLowerCase()];
  if (!answer || !lang || answer.length > 160) return null;
  const said = translatePhrase(answer, lang);
  if (!said) return null;
  const name = m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase();
  return {
    texts: expand(`[In ${name}: "${said}"|"${said}"|In ${name}, that is: "${said}"]`),
    exact: true,
    asWritten: true,
  };
}

export const translate: Skill = {
  name: "translate",
  does: "translates everyday phrases and words (greetings, thanks, asking the way, numbers, days) into French, Spanish, German, Italian, Portuguese or Dutch",
  reply({ lastUser, turns, instructions }) {
    const what = MEANING.exec(lastUser.slice(0, 200));
    const native = ASKED_NATIVELY.exec(lastUser.slice(0, 300));
    // "¿Cómo se dice 'gracias' en inglés?" reaches the skills without "en inglés", English read off as the reply's.
    const toEnglish = instructions.speak?.english ? NATIVE_SAY.exec(lastUser.slice(0, 300)) : null;
    const nativeLang = native ? NATIVE_NAMES[native[2].toLowerCase()] : toEnglish ? "english" : undefined;
    const meaning = what
      ? meaningOf(what[1] ?? what[2] ?? what[3] ?? what[4] ?? "")
      : native && nativeLang === "english"
        ? meaningOf(native[1])
        : toEnglish
          ? meaningOf(toEnglish[1])
          : undefined;
    if (meaning) return { texts: [{ text: meaning, weight: 1 }], exact: true, asWritten: true };
    // "What does it mean?" after "Hola.": the last answer's phrase, when the book holds it.
    if (/^\W*(?:and\s+|so\s+)?what does (?:it|that|this) mean(?: in english)?\s*\??\s*$/i.test(lastUser)) {
      const said = turns.findLast((t) => t.role === "assistant" && t.text.trim())?.text.trim() ?? "";
      const bare = said.replace(/^["“]|["”]?[.!]?["”]?$/g, "");
      const its = said.length <= 60 ? meaningOf(bare) : undefined;
      if (its) return { texts: [{ text: its, weight: 1 }], exact: true, asWritten: true };
    }
    // "Now in Spanish." reaches the skills as "Now." with the language in the instructions.
    const spoken = instructions.speak?.name;
    const asked =
      spoken && /^\W*(?:now|and|ok|okay|please|again|same)?\W*$/i.test(lastUser) ? `in ${spoken}` : lastUser;
    const back = translateBack(asked, turns);
    if (back) return back;
    // "Translate 'hello' to Spanish." ... "And to French?": the same phrase again, in the new language.
    const other = new RegExp(
      `^\\W*(?:and|now|what about|how about|(?:and\\s+)?how (?:do|would|can) (?:you|i) say (?:it|that|this))?\\s*(?:(?:in|to|into)\\s+)?(${LANGS})\\s*\\??\\s*$`,
      "i",
    ).exec(lastUser);
    // "And in German?" reaches the skills as "And?", the language read off as the reply's.
    const switched =
      other?.[1] ??
      (spoken && /^\W*(?:and|now|ok|okay|please|again|same|what about|how about)?\W*$/i.test(lastUser)
        ? spoken
        : undefined);
    const before = switched ? turns.filter((t) => t.role === "user").at(-2)?.text : undefined;
    // The earlier question may have lost its language the same way: "How do you say good night?".
    const beforeBare = before ? SAY_BARE.exec(before) : null;
    const again = before
      ? (askOf(before) ?? (beforeBare ? { phrase: beforeBare[1], langName: "", sure: false } : undefined))
      : undefined;
    const speakLang = instructions.speak?.name.toLowerCase();
    const spokenAsk = (): Asked | undefined => {
      if (!speakLang || !(NAMES[speakLang] || languageCode(speakLang))) return undefined;
      if (GREET_ME.test(lastUser)) return { phrase: "hello", langName: speakLang, sure: false };
      const order = ASK_FOR.exec(lastUser);
      if (order) return { phrase: order[1], langName: speakLang, sure: false, please: true };
      const bare = SAY_BARE.exec(lastUser);
      // Outside the phrasebook's six, a phrase the table lacks is declined: no English small talk instead.
      return bare ? { phrase: bare[1], langName: speakLang, sure: !NAMES[speakLang] } : undefined;
    };
    const ask: Asked | undefined = again
      ? { ...again, langName: (switched as string).toLowerCase() }
      : (askOf(lastUser) ??
        (native && nativeLang && nativeLang !== "english"
          ? { phrase: native[1], langName: nativeLang, sure: true }
          : spokenAsk()));
    if (!ask) return null;
    const { phrase, langName } = ask;
    // "Translate 'good morning' into Spanish, French and German": one line per language.
    const several = MORE_LANGS.exec(lastUser.slice(0, 400));
    if (several && !again) {
      const names = several[1].split(/\s*(?:,|&|\band\b)\s*/i).filter(Boolean);
      const lines = names.map((n) => {
        const code = NAMES[n.toLowerCase()];
        const t = code ? phraseIn(phrase, code, ask.please) : undefined;
        return t ? `- ${n.charAt(0).toUpperCase()}${n.slice(1).toLowerCase()}: ${t}` : undefined;
      });
      if (lines.every((l) => l))
        return { texts: [{ text: lines.join("\n"), weight: 1 }], exact: true, asWritten: true };
    }
    const lang = NAMES[langName];
    const name = langName.charAt(0).toUpperCase() + langName.slice(1);
    const said = lang ? phraseIn(phrase, lang, ask.please) : undefined;
    // "How do I say good morning in Japanese?": the first words a traveller learns, in more languages.
    const first = !said ? firstWord(phrase, langName) : undefined;
    if (first)
      return {
        texts: expand(`[In ${name}: "${first}"|"${first}"|In ${name}, that is: "${first}"]`),
        exact: true,
        asWritten: true,
      };
    if (!said) {
      if (!ask.sure) return null;
      const texts: Filled[] = expand(
        `[I'm the workbook's offline model, and I can't translate that reliably:|I'm the workbook's small offline model, so I can't translate that:] [I only know a small phrasebook of greetings, travel phrases and everyday words|all I have is a short phrasebook of everyday phrases and words] in French, Spanish, German, Italian, Portuguese and Dutch. [Set OPENAI_API_KEY to ask a real model.|With OPENAI_API_KEY set, a real model can translate it.]`,
      );
      return { texts, asWritten: true };
    }
    return {
      texts: expand(`[In ${name}: "${said}"|"${said}"|In ${name}, that is: "${said}"]`),
      exact: true,
      // Already in the language: "Always answer in Italian" must not put it into an Italian sentence again.
      ...(instructions.speak ? { asWritten: true } : {}),
      // A JSON answer's fields hold the bare values: the phrase, its translation, the language.
      fields: {
        original: phrase,
        source: phrase,
        phrase,
        text: phrase,
        translation: said,
        translated: said,
        language: name,
        target_language: name,
        // {"english": ..., "french": ...}: a field named for a language holds the words in it.
        english: phrase,
        [langName]: said,
        answer: said,
      },
    };
  },
};
