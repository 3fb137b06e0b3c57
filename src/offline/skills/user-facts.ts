/**
 * Facts the user states about themselves, read from their own messages: "My dog is called Rex",
 * "I live in Lyon", "I was born on 3 May 1990", "I prefer tea". Each fact has a key the questions
 * about it name ("dog's name", "city", "birthday") and the words to say it back ("your dog is
 * called Rex"). Every pattern is anchored on a short phrase and bounded, so any input reads fast.
 */
import { MONTHS } from "./dates";
import { stem, words } from "../language/text";

export interface Fact {
  /** What the fact is about, lower case: "name", "city", "dog's name", "favourite colour", "number of cats". */
  key: string;
  /** The value as the user gave it: "Rex", "Lyon", "3 May 1990". */
  value: string;
  /** The fact said back to the user, in the second person, no final stop: "your dog is called Rex". */
  said: string;
}

export interface UserFacts {
  name?: string;
  city?: string;
  job?: string;
  /** "I love hiking" -> ["hiking"] */
  likes: string[];
  /** "My favourite colour is green" -> { colour: "green" } */
  favourites: Record<string, string>;
  /** Every fact, later statements overriding earlier ones with the same key. */
  facts: Fact[];
  /** The user's first-person sentences, for questions no key names ("What car do I drive?"). */
  statements: string[];
}

const NOT_NAMES = new Set(
  "a an the not so very just here there fine good ok okay sure sorry back new looking trying learning working going happy glad tired ready from in at interested curious still also really".split(
    " ",
  ),
);

/** Words that end a value: "Rex and he is three" keeps "Rex". */
const VALUE = "([^.,!?;:\\n]{1,60}?)";
const END = "(?=\\s+(?:and|but|who|which|because|since|so|though|although|while)\\b|[.,!?;:\\n]|$)";

const ANIMALS =
  /^(dog|cat|puppy|kitten|pet|hamster|rabbit|bunny|parrot|bird|fish|goldfish|horse|pony|turtle|tortoise|snake|lizard|guinea pig|ferret|mouse|rat|budgie|chicken|goat)$/;
const PEOPLE =
  /^(son|daughter|kid|child|baby|boy|girl|wife|husband|partner|boyfriend|girlfriend|sister|brother|mother|mom|mum|father|dad|friend|best friend|boss|cat|dog|grandmother|grandfather|grandma|grandpa|uncle|aunt|cousin|niece|nephew|colleague|teacher|neighbour|neighbor|roommate)$/;

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

/** Words asking the model to keep what the sentence says. */
const KEEP_IT =
  /\b(?:don'?t let me forget|do not let me forget|remember (?:it|that|this)|keep (?:it|that|this) in mind|make a note|note (?:it|that) down|so i don'?t forget)\b/i;

/** The user's sentences, split where a statement ends. */
function clauses(text: string): string[] {
  return text
    .slice(0, 4000)
    .split(/(?<=[.!?;])(?<!\b(?:Dr|Mr|Mrs|Ms|Prof|Capt|Sgt|St)\.)\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Facts the user stated in these messages (oldest first), later statements overriding earlier ones. */
export function userFacts(texts: readonly string[]): UserFacts {
  const facts = new Map<string, Fact>();
  const out: UserFacts = { likes: [], favourites: {}, facts: [], statements: [] };
  const put = (key: string, value: string, said: string) => {
    facts.delete(key);
    facts.set(key, { key, value, said });
  };
  // "I have a dog. Its name is Rex": the last thing the user said they have is what "its" means.
  let lastHad: string | undefined;
  for (const text of texts) {
    for (const s of clauses(text)) {
      if (/\?\s*$/.test(s)) continue;
      if (/^(?:i\b|i'm\b|i've\b|im\b|my\b|we\b|our\b)/i.test(s)) out.statements.push(s);
      readName(s, put);
      readPlace(s, put);
      readJob(s, put);
      readAge(s, put);
      readBody(s, put);
      for (const m of s.matchAll(/\bi (?:really |also |just |absolutely )?(?:like|love|enjoy|adore)\s+([^.,!?;]+)/gi)) {
        const like = m[1].trim().replace(/\s+(?:a lot|very much|too|so much)$/i, "");
        if (like && like.split(/\s+/).length <= 5 && !/^(to know|it|that|this|you|the idea)\b/i.test(like)) {
          if (!out.likes.includes(like)) out.likes.push(like);
        }
      }
      const dislike = new RegExp(
        `\\bi (?:really )?(?:don't like|do not like|dislike|hate|can't stand)\\s+${VALUE}${END}`,
        "i",
      ).exec(s);
      if (dislike) put("dislikes", dislike[1].trim(), `you don't like ${dislike[1].trim()}`);
      const prefer = new RegExp(
        `\\bi (?:much |really )?prefer\\s+${VALUE}(?:\\s+(?:to|over|rather than)\\s+${VALUE})?${END}`,
        "i",
      ).exec(s);
      if (prefer) {
        const over = prefer[2]?.trim();
        put("preference", prefer[1].trim(), `you prefer ${prefer[1].trim()}${over ? ` to ${over}` : ""}`);
      }
      for (const m of s.matchAll(
        /\bmy fav(?:ou?rite) ([a-z]+(?: [a-z]+)?) (?:is|are) ([^.,!?;]+?)(?=\s+(?:and|but)\s+(?:my|i|i'm|i've)\b|[.,!?;]|$)/gi,
      )) {
        const key = m[1].toLowerCase();
        const value = m[2].trim();
        out.favourites[key] = value;
        put(`favourite ${key}`, value, `your favourite ${key} is ${value}`);
      }
      // "I have a dog called Rex", "I've got two cats", "we have three kids"
      const have =
        /\b(?:[Ii]|[Ww]e)\s*(?:\s(?:have|own|have got|got)|'ve got)\s+(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+([a-z]+(?: pig)?)\b(?:\s*,?\s*(?:called|named)\s+([A-Z][\p{L}'-]+(?:\s+(?:and\s+)?[A-Z][\p{L}'-]+)*))?/u.exec(
          s,
        );
      // "I have 3 cats and 2 dogs": every count in the list, not only the first.
      const owned = /\b(?:[Ii]|[Ww]e)\s*(?:\s(?:have|own|have got|got)|'ve got)\s+([^.!?;]{1,120})/.exec(s);
      if (owned) {
        for (const m of owned[1].matchAll(
          /\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+([a-z]+)\b/g,
        )) {
          const n = /^\d+$/.test(m[1]) ? Number(m[1]) : (NUMBERS[m[1]] ?? 1);
          const noun = singular(m[2]);
          if (ANIMALS.test(noun) || PEOPLE.test(noun))
            put(
              `number of ${n === 1 ? noun : pluralOf(noun)}`,
              String(n),
              `you have ${n === 1 ? article(noun) : n} ${n === 1 ? noun : pluralOf(noun)}`,
            );
        }
      }
      // "Remember this number for me: 4172."
      const remember =
        /\b[Rr]emember (?:this|that|the following|my|the)?\s*(number|word|code|name|date|pin|password|phrase)?\s*(?:for me)?\s*[:,-]?\s*(.{1,60}?)\s*(?:for me)?[.!]?$/.exec(
          s,
        );
      if (
        remember &&
        remember[2] &&
        !/^(?:that|this|it|me)(?:\s+(?:please|pls|for me|ok|okay|thanks))?$/i.test(remember[2])
      )
        put(
          `remembered ${remember[1]?.toLowerCase() ?? "thing"}`,
          remember[2],
          `you asked me to remember ${remember[2]}`,
        );
      // "I'm thinking of the word 'marigold'", "my secret number is 42": a word kept for a game.
      const kept =
        /\b(?:i'?m|i am) thinking of (?:the|a) (number|word|name|colou?r|animal|city|country)\s+['"‘“]?([\p{L}\d-]+(?: [\p{L}\d-]+)?)['"’”]?/iu.exec(
          s,
        ) ?? /\bmy secret (number|word|code|name)\s+is\s+['"‘“]?([\p{L}\d-]+)['"’”]?/iu.exec(s);
      if (kept)
        put(
          `remembered ${kept[1].toLowerCase()}`,
          kept[2],
          `you were thinking of the ${kept[1].toLowerCase()} ${kept[2]}`,
        );
      if (have) {
        const n = /^\d+$/.test(have[1]) ? Number(have[1]) : (NUMBERS[have[1].toLowerCase()] ?? 1);
        const noun = singular(have[2].toLowerCase());
        if (ANIMALS.test(noun) || PEOPLE.test(noun) || n > 1) {
          lastHad = noun;
          const plural = n === 1 ? noun : pluralOf(noun);
          put(`number of ${plural}`, String(n), `you have ${n === 1 ? article(noun) : n} ${plural}`);
          if (have[3]) put(`${noun}'s name`, have[3], `your ${noun}${n > 1 ? "s are" : " is"} called ${have[3]}`);
        }
      }
      // "My dog is called Rex", "my dog's name is Rex", "my sister is named Lea"
      const called =
        /\b[Mm]y ([a-z]+(?: (?!is\b|are\b)[a-z]+)?)(?:'s| is| are)?\s*(?:name is|names are|is called|is named|are called|are named|called|named)\s+([A-Z][\p{L}'-]+(?:\s+(?:and\s+)?[A-Z][\p{L}'-]+)*)/u.exec(
          s,
        ) ?? /\b[Tt]he name of my ([a-z]+(?: [a-z]+)?) is\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)/u.exec(s);
      if (called && called[1].toLowerCase() !== "name") {
        const noun = singular(called[1].toLowerCase());
        lastHad = noun;
        put(`${noun}'s name`, called[2], `your ${noun} is called ${called[2]}`);
      } else if (lastHad) {
        const its =
          /\b(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir) names? (?:is|are)\s+([A-Z][\p{L}'-]+)|\b(?:[Ii]t|[Hh]e|[Ss]he)(?:'s| is) (?:called|named)\s+([A-Z][\p{L}'-]+)/u.exec(
            s,
          );
        if (its) put(`${lastHad}'s name`, its[1] ?? its[2], `your ${lastHad} is called ${its[1] ?? its[2]}`);
      }
      // "I was born on 3 May 1990", "I was born in 1990", "I was born in Lyon"
      const born = /\bi was born (on|in)\s+([^.!?;\n]{2,40}?)(?=[.!?;\n]|,\s|\s+(?:and|in|at|but)\s|$)/i.exec(s);
      if (born && /\d/.test(born[2]))
        put("birthday", born[2].trim(), `you were born ${born[1].toLowerCase()} ${born[2].trim()}`);
      else if (born && /^[A-Z]/.test(born[2])) put("birthplace", born[2].trim(), `you were born in ${born[2].trim()}`);
      const bornIn =
        /\b[Ii] was born (?:on|in)\s+[^.!?;\n]{2,40}?\s+in\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/u.exec(s);
      if (bornIn) put("birthplace", bornIn[1], `you were born in ${bornIn[1]}`);
      const bday = /\bmy birthday is (?:on\s+)?([\w ,]{3,30}?)(?=[.,!?;]|\s+(?:and|but)\b|$)/i.exec(s);
      if (bday) put("birthday", bday[1].trim(), `your birthday is ${bday[1].trim()}`);
      const where =
        /\b[Ii] (?:work|am working|'m working) (?:at|for)\s+([A-Z][\p{L}&'-]*(?:\s+[A-Z][\p{L}&'-]*)*|(?:a|an|the)\s+[a-z]+(?: [a-z]+)?)/u.exec(
          s,
        );
      if (where) put("employer", where[1].trim(), `you work at ${where[1].trim()}`);
      const email = /\b[\w.+-]{1,40}@[\w-]{1,40}(?:\.[\w-]{1,20}){1,4}\b/.exec(s);
      if (email && /\bmy\b[^.]{0,20}\be-?mail\b/i.test(s)) put("email", email[0], `your email is ${email[0]}`);
      const phone = /\bmy\b[^.]{0,20}\b(?:phone|mobile|cell)(?: number)? is\s+(\+?[\d][\d ()-]{5,20}\d)/i.exec(s);
      if (phone) put("phone number", phone[1], `your phone number is ${phone[1]}`);
      // "My X is Y": any other fact the user names, kept short.
      for (const m of s.matchAll(
        /\bmy ((?:[a-z]+\s){0,2}[a-z]+)(?:'s)? (is|are|was|were) ([^.!?;\n]{1,60}?)(?=[.!?;\n]|,\s|\s+(?:and|but|because|so)\s|\s+(?:dont|don't|do not|pls|please|remember|keep|lol|haha)\b|$)/gi,
      )) {
        const key = m[1].toLowerCase();
        if (
          key === "name" ||
          /^fav(ou?rite)\b/.test(key) ||
          /^(birthday|e-?mail|email address|phone|phone number)$/.test(key)
        )
          continue;
        // "My kids are Tom, Ana and Leo": a plural's value is the whole list, not its first name.
        const rest = /^(?:are|were)$/i.test(m[2])
          ? /^(?:,\s*[^,.!?;\n]{1,30}?)*,?\s+(?:and|&)\s+[^,.!?;\n]{1,30}?(?=[.!?;\n]|$)/i.exec(
              s.slice((m.index ?? 0) + m[0].length),
            )?.[0]
          : undefined;
        const value = `${m[3]}${rest?.startsWith(",") ? rest : ""}`.trim();
        if (/^(called|named)\b/i.test(value) || value.split(/\s+/).length > 8) continue;
        if (!facts.has(`${key}'s name`) || !/^[A-Z]/.test(value)) {
          put(key, value, `your ${key} ${m[2].toLowerCase()} ${value}`);
          // "my locker combo is 12-34-08 dont let me forget": the fact is also what "it" means in "what was it?".
          if (KEEP_IT.test(s)) put("remembered thing", value, `your ${key} ${m[2].toLowerCase()} ${value}`);
        }
      }
    }
  }
  out.facts = [...facts.values()];
  const get = (k: string) => facts.get(k)?.value;
  out.name = get("name");
  out.city = get("city");
  out.job = get("job");
  return out;
}

type Put = (key: string, value: string, said: string) => void;

/**
 * Titles said before a surname ("Ranger Delgado", "Dr Okafor", "Coach Rivera"): the title alone is
 * never the name. Forms of address as in the Cambridge Dictionary's "Titles and forms of address".
 */
const TITLES =
  "(?:Mr|Mrs|Ms|Miss|Mx|Dr|Doctor|Prof|Professor|Sir|Dame|Lady|Lord|Ranger|Officer|Sergeant|Sgt|Captain|Capt|Coach|Nurse|Chef|Judge|Detective|Agent|Pastor|Father|Sister|Brother|Rabbi|Imam|Reverend|Rev|Inspector|Constable|Major|Colonel|Lieutenant|Lt|General|Commander|Chief|Deputy|Sheriff|Madame|Mme|Senor|Señor|Herr|Frau)";

/** "Ranger Delgado" -> "Delgado": the name without the title before it (the same name when it has none). */
export function withoutTitle(name: string): string {
  return name.replace(new RegExp(`^${TITLES}\\.?\\s+(?=\\S)`), "");
}

function readName(s: string, put: Put): void {
  const name =
    /\b(?:my name is|my name's|i am called|i'm called|call me|name's)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/iu.exec(
      s,
    ) ??
    // "I'm Ranger Delgado", "I'm Dr. Okafor": a title and the surname after it are the name together.
    new RegExp(`\\b(?:I am|I'm|Im|[Tt]his is)\\s+(${TITLES}\\.?\\s+[A-Z][\\p{L}'-]+)`, "u").exec(s) ??
    /\b(?:I am|I'm|Im|this is)\s+([A-Z][\p{L}'-]+)\b/u.exec(s) ??
    // "Hi, Marcus here."
    /^(?:(?:[Hh]i|[Hh]ey|[Hh]ello)\b[,!]?\s*)?([A-Z][\p{L}'-]+) here\b/u.exec(s);
  if (!name) return;
  // The name is the first word and any capitalized words after it: "Ana and I live..." is Ana.
  const nameWords = name[1].split(/\s+/).filter((w, i) => i === 0 || /^\p{Lu}/u.test(w));
  const titled = nameWords.length > 1 && new RegExp(`^${TITLES}\\.?$`).test(nameWords[0]);
  if (!titled && (NOT_NAMES.has(nameWords[0].toLowerCase()) || COUNTRY_LIKE.test(nameWords[0]))) return;
  const value = capital(nameWords.join(" "));
  put("name", value, `your name is ${value}`);
}

/**
 * "I'm French" is a nationality, not a name; "I'm Brian", "I'm Susan", "I'm Kofi" are names. The
 * nationality adjectives are listed (as in the CIA World Factbook's "Nationality" field), since
 * their endings (-an, -ian, -i) are the endings of many first names too.
 */
const NATIONALITIES = new Set(
  (
    "afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani " +
    "bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian " +
    "canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dominican dutch ecuadorian egyptian " +
    "emirati english eritrean estonian ethiopian fijian filipino finnish french georgian german ghanaian greek guatemalan " +
    "haitian honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese " +
    "jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian luxembourgish " +
    "malagasy malawian malaysian maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian nepali nepalese " +
    "nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish " +
    "portuguese qatari romanian russian rwandan salvadoran saudi scottish senegalese serbian singaporean slovak slovenian " +
    "somali spanish sudanese swedish swiss syrian taiwanese tajik tanzanian thai tibetan tunisian turkish turkmen ugandan " +
    "ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian zimbabwean european african asian latino latina " +
    "hispanic arab arabic catholic christian muslim jewish hindu buddhist"
  ).split(" "),
);
const COUNTRY_LIKE = { test: (word: string) => NATIONALITIES.has(word.toLowerCase()) };

function readPlace(s: string, put: Put): void {
  const place = "([A-Z][\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)?)";
  const city =
    new RegExp(`\\bi(?:\\s+now)?\\s+(?:live|am living|'m living|stay|reside)\\s+in\\s+${place}`, "iu").exec(s) ??
    new RegExp(`\\bi(?:\\s+just)?\\s+moved to\\s+${place}`, "iu").exec(s);
  const from = new RegExp(`\\b(?:i am|i'm|i come)\\s+(?:originally\\s+)?from\\s+${place}`, "iu").exec(s);
  const first = (m: RegExpExecArray) =>
    capital(
      m[1]
        .split(/\s+/)
        .filter((w, i) => i === 0 || /^\p{Lu}/u.test(w))
        .join(" "),
    );
  if (city) put("city", first(city), `you live in ${first(city)}`);
  if (from) {
    put("hometown", first(from), `you're from ${first(from)}`);
    if (!city) put("city", first(from), `you're from ${first(from)}`);
  }
}

function readJob(s: string, put: Put): void {
  const job =
    /\bi(?: am|'m)\s+(an?\s+[a-z]+(?:\s+[a-z]+)?)\s*(?:[.,!]|$|\s+(?:and|at|in|from|who|working|for))/i.exec(s) ??
    /\bi work as\s+(an?\s+[a-z]+(?:\s+[a-z]+)?)/i.exec(s);
  if (
    job &&
    !/\b(bit|little|lot|fan|big|huge|beginner|question|quick|problem|person|new|good|great|fast|slow)\b/i.test(job[1])
  )
    put("job", job[1].toLowerCase(), `you're ${job[1].toLowerCase()}`);
}

/** "I'm 170 cm tall", "I am 1.8 metres tall", "I weigh 70 kg". */
function readBody(s: string, put: Put): void {
  const tall =
    /\bi(?: am|'m)\s+(\d(?:\.\d+)?\s?(?:m|metres?|meters?)|\d{2,3}\s?(?:cm|centimetres?|centimeters?)|\d\s?(?:ft|feet|foot)(?:\s?\d{1,2}(?:\s?(?:in|inches))?)?)\s+tall\b/i.exec(
      s,
    );
  if (tall) put("height", tall[1], `you're ${tall[1]} tall`);
  const weigh = /\bi weigh\s+(\d{2,3}(?:\.\d+)?\s?(?:kg|kilos?|kilograms?|lbs?|pounds?|stone))\b/i.exec(s);
  if (weigh) put("weight", weigh[1], `you weigh ${weigh[1]}`);
}

function readAge(s: string, put: Put): void {
  const age = /\bi(?: am|'m)\s+(\d{1,3})(?:\s+years?\s+old|\s+y\/?o\b|\s*(?=[.,!]|$)|\s+(?:and|but)\b)/i.exec(s);
  if (age && Number(age[1]) > 0 && Number(age[1]) < 125) put("age", age[1], `you're ${age[1]}`);
}

function capital(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

function singular(noun: string): string {
  if (/(ss|us|is)$/.test(noun)) return noun;
  if (noun === "children") return "child";
  if (noun === "mice") return "mouse";
  if (noun === "fish") return noun;
  if (/ies$/.test(noun) && noun.length > 4) return `${noun.slice(0, -3)}y`;
  return noun.replace(/(?<=[a-z]{2})s$/, "");
}

function pluralOf(noun: string): string {
  if (noun === "child") return "children";
  if (noun === "mouse") return "mice";
  if (noun === "fish") return "fish";
  if (/(s|x|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

function article(noun: string): string {
  return /^[aeiou]/.test(noun) ? "an" : "a";
}

/** The user's words said back to them: "I drive a red Fiat" -> "you drive a red Fiat". */
export function toSecondPerson(sentence: string): string {
  const map: Record<string, string> = {
    i: "you",
    "i'm": "you're",
    im: "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    me: "you",
    my: "your",
    mine: "yours",
    myself: "yourself",
    am: "are",
    we: "you",
    our: "your",
    us: "you",
    "we're": "you're",
    ours: "yours",
  };
  let out = sentence
    .replace(/[.!]+$/, "")
    .replace(
      /\b(i'm|I'm|I've|I'd|I'll|we're|We're|I|im|me|my|My|mine|myself|am|we|We|our|Our|us|ours)\b/g,
      (w) => map[w.toLowerCase()] ?? w,
    );
  out = out.replace(/\byou was\b/g, "you were");
  return out.charAt(0).toLowerCase() + out.slice(1);
}

/** The stems of a phrase's content words (a light key match: "dogs" meets "dog's"). */
export function keyStems(text: string): string[] {
  return words(text.replace(/'s\b/g, ""))
    .filter((w) => w.length > 1 && !/^(my|your|the|a|an|of|is|are|what|which|who|do|does|did|i|you|me)$/.test(w))
    .map(stem);
}

/** A birthday as the user wrote it: "3 May 1990", "May 3rd, 1990", "1990-05-03", "1990". */
export function readDate(text: string): { year?: number; month?: number; day?: number } {
  const t = text.toLowerCase();
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(t);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(t);
  const month = MONTHS.findIndex((m) => new RegExp(`\\b${m.slice(0, 3)}[a-z]*\\b`).test(t));
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(t.replace(/\b\d{4}\b/g, ""));
  return {
    year: year ? Number(year[1]) : undefined,
    month: month >= 0 ? month + 1 : undefined,
    day: day && month >= 0 ? Number(day[1]) : undefined,
  };
}
