/**
 * "Translate 'good morning, how are you?' into Spanish", "How do you say thank you in German?":
 * everyday phrases from a small phrasebook (French, Spanish, German, Italian, Portuguese). Every
 * part of the phrase must be in the book; otherwise the model says plainly that it cannot
 * translate it, rather than guess.
 */
import { expand, type Filled } from "../language/templates";
import { languageNames } from "../language/languages";
import type { Skill, SkillInput, TextReplies } from "./skill";

type PhraseLang = "fr" | "es" | "de" | "it" | "pt";

const NAMES: Record<string, PhraseLang> = {
  french: "fr",
  spanish: "es",
  german: "de",
  italian: "it",
  portuguese: "pt",
};

/** English phrase -> [fr, es, de, it, pt]. Questions carry their own marks (¿...?). */
const BOOK: Record<string, [string, string, string, string, string]> = {
  "good morning": ["bonjour", "buenos días", "guten Morgen", "buongiorno", "bom dia"],
  "good afternoon": ["bon après-midi", "buenas tardes", "guten Tag", "buon pomeriggio", "boa tarde"],
  "good evening": ["bonsoir", "buenas noches", "guten Abend", "buonasera", "boa noite"],
  "good night": ["bonne nuit", "buenas noches", "gute Nacht", "buonanotte", "boa noite"],
  hello: ["bonjour", "hola", "hallo", "ciao", "olá"],
  goodbye: ["au revoir", "adiós", "auf Wiedersehen", "arrivederci", "adeus"],
  "how are you": ["comment allez-vous ?", "¿cómo estás?", "wie geht es dir?", "come stai?", "como você está?"],
  "thank you": ["merci", "gracias", "danke", "grazie", "obrigado"],
  "thank you very much": ["merci beaucoup", "muchas gracias", "vielen Dank", "grazie mille", "muito obrigado"],
  please: ["s'il vous plaît", "por favor", "bitte", "per favore", "por favor"],
  yes: ["oui", "sí", "ja", "sì", "sim"],
  no: ["non", "no", "nein", "no", "não"],
  "excuse me": ["excusez-moi", "disculpe", "entschuldigen Sie", "mi scusi", "com licença"],
  sorry: ["désolé", "lo siento", "es tut mir leid", "mi dispiace", "desculpe"],
  "i love you": ["je t'aime", "te quiero", "ich liebe dich", "ti amo", "eu te amo"],
  "see you later": ["à plus tard", "hasta luego", "bis später", "a più tardi", "até logo"],
  "see you tomorrow": ["à demain", "hasta mañana", "bis morgen", "a domani", "até amanhã"],
  "what is your name": [
    "comment vous appelez-vous ?",
    "¿cómo te llamas?",
    "wie heißt du?",
    "come ti chiami?",
    "qual é o seu nome?",
  ],
  "nice to meet you": ["enchanté", "mucho gusto", "freut mich", "piacere", "prazer em conhecê-lo"],
  welcome: ["bienvenue", "bienvenido", "willkommen", "benvenuto", "bem-vindo"],
  "happy birthday": [
    "joyeux anniversaire",
    "feliz cumpleaños",
    "alles Gute zum Geburtstag",
    "buon compleanno",
    "feliz aniversário",
  ],
  "merry christmas": ["joyeux Noël", "feliz Navidad", "frohe Weihnachten", "buon Natale", "feliz Natal"],
  "happy new year": ["bonne année", "feliz año nuevo", "frohes neues Jahr", "felice anno nuovo", "feliz ano novo"],
  cheers: ["santé", "salud", "prost", "salute", "saúde"],
  "good luck": ["bonne chance", "buena suerte", "viel Glück", "buona fortuna", "boa sorte"],
  "have a nice day": [
    "bonne journée",
    "que tengas un buen día",
    "einen schönen Tag noch",
    "buona giornata",
    "tenha um bom dia",
  ],
  "where is the bathroom": [
    "où sont les toilettes ?",
    "¿dónde está el baño?",
    "wo ist die Toilette?",
    "dov'è il bagno?",
    "onde fica o banheiro?",
  ],
  "i don't understand": ["je ne comprends pas", "no entiendo", "ich verstehe nicht", "non capisco", "não entendo"],
  "do you speak english": [
    "parlez-vous anglais ?",
    "¿hablas inglés?",
    "sprechen Sie Englisch?",
    "parla inglese?",
    "você fala inglês?",
  ],
  "how much is it": ["combien ça coûte ?", "¿cuánto cuesta?", "wie viel kostet das?", "quanto costa?", "quanto custa?"],
};

const SAME: Record<string, string> = {
  hi: "hello",
  hey: "hello",
  thanks: "thank you",
  "thanks a lot": "thank you very much",
  "many thanks": "thank you very much",
  bye: "goodbye",
  "how are you doing": "how are you",
  "how are you today": "how are you",
  "what's your name": "what is your name",
  "i'm sorry": "sorry",
  "i am sorry": "sorry",
  "i do not understand": "i don't understand",
  "where's the bathroom": "where is the bathroom",
  "where is the toilet": "where is the bathroom",
  "how much does it cost": "how much is it",
  "have a good day": "have a nice day",
  "see you soon": "see you later",
  "pleased to meet you": "nice to meet you",
};

const NAME_IS: Record<PhraseLang, string> = {
  fr: "je m'appelle",
  es: "me llamo",
  de: "ich heiße",
  it: "mi chiamo",
  pt: "meu nome é",
};
const ORDER: PhraseLang[] = ["fr", "es", "de", "it", "pt"];

const LANGS = languageNames().join("|");
const ASK = new RegExp(
  `^\\s*(?:please\\s+|can you\\s+|could you\\s+)?translate\\s*:?\\s*["'“‘]?(.{1,160}?)["'”’]?\\s+(?:in|into|to)\\s+(${LANGS})\\b|\\bhow (?:do|would|can) (?:you|i|we) say\\s+["'“‘]?(.{1,160}?)["'”’]?\\s+in\\s+(${LANGS})\\b|\\bwhat(?:'s| is)\\s+["'“‘](.{1,160}?)["'”’]\\s+in\\s+(${LANGS})\\b`,
  "i",
);

/** One part of a phrase ("good morning") in the language, or undefined when the book lacks it. */
function part(english: string, lang: PhraseLang): string | undefined {
  const key = english
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[^a-z' ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!key) return "";
  const name = /^my name is ([a-z][a-z' -]{0,30})$/i.exec(english.trim().replace(/[.!]$/, ""));
  if (name) return `${NAME_IS[lang]} ${name[1].trim()}`;
  const row = BOOK[SAME[key] ?? key];
  return row?.[ORDER.indexOf(lang)];
}

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

const LANG_NAMES: Record<PhraseLang, string> = {
  fr: "French",
  es: "Spanish",
  de: "German",
  it: "Italian",
  pt: "Portuguese",
};

/** "What does 'bonjour' mean?", "What is 'gracias' in English?", "Translate 'danke' into English". */
const MEANING =
  /^\s*(?:what does|what do)\s+["'“‘]?(.{1,60}?)["'”’]?\s+mean(?:\s+in english)?\s*\??\s*$|^\s*what(?:'s| is)\s+["'“‘](.{1,60}?)["'”’]\s+in english\s*\??\s*$|^\s*(?:please\s+)?translate\s*:?\s*["'“‘]?(.{1,60}?)["'”’]?\s+(?:in|into|to)\s+english\b/i;

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
  does: "translates everyday phrases (greetings, thanks, how are you...) into French, Spanish, German, Italian or Portuguese",
  reply({ lastUser, turns, instructions }) {
    const what = MEANING.exec(lastUser.slice(0, 200));
    const meaning = what ? meaningOf(what[1] ?? what[2] ?? what[3] ?? "") : undefined;
    if (meaning) return { texts: [{ text: meaning, weight: 1 }], exact: true };
    // "Now in Spanish." reaches the skills as "Now." with the language in the instructions.
    const spoken = instructions.speak?.name;
    const asked =
      spoken && /^\W*(?:now|and|ok|okay|please|again|same)?\W*$/i.test(lastUser) ? `in ${spoken}` : lastUser;
    const back = translateBack(asked, turns);
    if (back) return back;
    // "Translate 'hello' to Spanish." ... "And to French?": the same phrase again, in the new language.
    const other = new RegExp(
      `^\\W*(?:and|now|what about|how about)?\\s*(?:(?:in|to|into)\\s+)?(${LANGS})\\s*\\??\\s*$`,
      "i",
    ).exec(lastUser);
    const before = other ? turns.filter((t) => t.role === "user").at(-2)?.text : undefined;
    const again = before ? ASK.exec(before.slice(0, 400)) : null;
    const request = again ? before!.replace(again[2] ?? again[4] ?? again[6] ?? "", other![1]) : lastUser;
    const m = ASK.exec(request.slice(0, 400));
    if (!m) return null;
    const phrase = (m[1] ?? m[3] ?? m[5] ?? "").trim();
    const langName = (m[2] ?? m[4] ?? m[6] ?? "").toLowerCase();
    const lang = NAMES[langName];
    const name = langName.charAt(0).toUpperCase() + langName.slice(1);
    const said = lang ? translatePhrase(phrase, lang) : undefined;
    if (!said) {
      const texts: Filled[] = expand(
        `[I'm the workbook's offline model, and I can't translate that reliably:|I'm the workbook's small offline model, so I can't translate that:] [I only know a small phrasebook of greetings and everyday phrases|all I have is a short phrasebook of everyday phrases] in French, Spanish, German, Italian and Portuguese. [Set OPENAI_API_KEY to ask a real model.|With OPENAI_API_KEY set, a real model can translate it.]`,
      );
      return { texts, asWritten: true };
    }
    return {
      texts: expand(`[In ${name}: "${said}"|"${said}"|In ${name}, that is: "${said}"]`),
      exact: true,
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
