/**
 * What the conversation itself says: facts the user stated about themselves (name, city, job,
 * likes), questions about those facts, and follow-ups that only mean something against the turns
 * before them ("What about Rome?", "And its population?", "Why?", "Tell me more about it.").
 */
import { withoutRemoved } from "./list-removals";
import type { ConversationTurn } from "../read/conversation";
import { splitCarriedSummary } from "../read/instructions";
import { expand, type Filled } from "../language/templates";
import { stem, terms } from "../language/text";
import { workbookToday } from "../../api/catalog";
import { keyStems, readDate, toSecondPerson, userFacts, withoutTitle, type Fact } from "./user-facts";
import { elapsedReplies } from "./elapsed";
import { userSumReplies, withEllipses } from "./user-sums";
import { readBookends } from "../read/bookends";
import { userMathReplies } from "./user-math";
import { unitPriceReplies } from "./unit-prices";
import { complementReplies, moneyTotalReplies, rangeCountReplies, tallyReplies } from "./user-tally";
import {
  labelledEntryReplies,
  namedValueReplies,
  scheduleReplies,
  statedCountReplies,
  whereWhenReplies,
} from "./said-details";
import { definedAnswer, keptList, namedPerson, recallAnswer, saidClauses, yesNoAnswer } from "./recall";
import { units } from "./units";
import { applyCorrections } from "./corrections";
import { arithmetic } from "./arithmetic";
import { words } from "./words";
import type { SkillInput } from "./skill";
import { isQuestion, partsOf } from "./computed";

export { userFacts, type UserFacts } from "./user-facts";

/** Keys of facts about the user themselves: a message that only states these is a statement to acknowledge. */
const PERSONAL =
  /^(name|city|hometown|birthplace|job|age|birthday|employer|preference|dislikes|favourite .+|number of .+|.+'s name|email|phone|phone number|address|car|team|hobby|hobbies|lucky number|wife|husband|partner|son|daughter|sister|brother|mother|mom|mum|father|dad|boss|dog|cat|pet|major|school|university|language|native language|height|weight|shoe size|star sign|zodiac sign)$/;

/** True when the message states something about the user and asks nothing else. */
export function isStatement(text: string): boolean {
  if (/\?/.test(text) || text.length > 600) return false;
  // "I've got 12 loaves to trial, pick a number for tonight": a request after the remark is no statement.
  if (
    /(?:[,;:]|\b(?:so|now|and|then))\s*(?:please\s+)?(?:pick|choose|give me|tell me|write|make me|list|suggest|help me|can you|could you|would you)\b/i.test(
      text,
    )
  )
    return false;
  const parts = text
    .split(/(?<=[.!;])\s+|\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  // Every sentence is about the user (or a greeting): "My name is Ana. Write a haiku." asks for a haiku.
  if (
    !parts.every((p) =>
      /^(?:hi|hello|hey|good (?:morning|evening|afternoon)|thanks|so|also|and|oh|btw|by the way)?\W*(?:i\b|i'm\b|i've\b|im\b|my\b|we\b|our\b|call me\b|this is\b|name's\b)/i.test(
        p,
      ),
    )
  )
    return false;
  const f = userFacts([text]);
  return f.likes.length > 0 || f.facts.some((x) => PERSONAL.test(x.key) || /^[A-Z0-9]/.test(x.value));
}

/** How a question about the user names a fact: the keys it may mean, best first. */
interface Asked {
  keys: string[];
  /** What to call it when the user has not said: "your dog's name". */
  label: string;
}

const PETS =
  "dog|cat|puppy|kitten|pet|hamster|rabbit|bunny|parrot|bird|fish|goldfish|horse|pony|turtle|tortoise|snake|lizard|ferret|mouse|rat|budgie";

/** The fact a question asks about, or null when it asks about no stated fact. */
function askedFact(q: string): Asked | null {
  let m =
    /\b(?:what(?:'s| is| was)|tell me|remind me(?: of)?|do you (?:know|remember)|say)\s+(?:the name of )?my ([a-z]+(?: [a-z]+)?)(?:'s)? (?:name|called)\b|\bwhat(?:'s| is) my ([a-z]+(?: [a-z]+)?) called\b|\bwhat did i (?:call|name) my ([a-z]+(?: [a-z]+)?)\b|\bwhat(?:'s| is| was) the name of my ([a-z]+(?: [a-z]+)?)\b|\bwhat(?:'s| is| are) my ([a-z]+)s? names?\b/.exec(
      q,
    );
  if (m) {
    const noun = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]).replace(/s$/, "");
    if (noun !== "name") {
      const pets = noun === "pet" ? PETS.split("|").map((p) => `${p}'s name`) : [];
      return { keys: [`${noun}'s name`, ...pets], label: `your ${noun}'s name` };
    }
  }
  m = /\bhow many ([a-z]+(?: [a-z]+)?) do i (?:have|own|got)\b|\bhow many ([a-z]+) have i got\b/.exec(q);
  if (m) return { keys: [`number of ${m[1] ?? m[2]}`], label: `how many ${m[1] ?? m[2]} you have` };
  if (
    /\bwhen (?:was i born|is my birthday|'s my birthday)\b|\bwhat(?:'s| is) my (?:birthday|date of birth|birth ?date)\b|\bwhat year was i born\b/.test(
      q,
    )
  )
    return { keys: ["birthday"], label: "your birthday" };
  if (/\bwhere was i born\b/.test(q)) return { keys: ["birthplace", "hometown"], label: "where you were born" };
  if (/\bhow tall am i\b|\bwhat(?:'s| is) my height\b/.test(q)) return { keys: ["height"], label: "your height" };
  if (/\bhow (?:much|heavy) (?:do i weigh|am i)\b|\bwhat(?:'s| is) my weight\b/.test(q))
    return { keys: ["weight"], label: "your weight" };
  if (
    /\bwhere (?:do|did) i (?:work|used to work)\b|\bwho do i work for\b|\bwhat(?:'s| is) my (?:employer|company)\b/.test(
      q,
    )
  )
    return { keys: ["employer", "job"], label: "where you work" };
  if (/\bwhat do i prefer\b|\bdo i prefer\b|\bwhat(?:'s| is) my preference\b|\bwhich do i prefer\b/.test(q))
    return { keys: ["preference"], label: "what you prefer" };
  if (/\bwhat (?:\w+ )?do(?:n't| not) i like\b|\bwhat (?:\w+ )?do i (?:hate|dislike|not like)\b/.test(q))
    return { keys: ["dislikes"], label: "what you dislike" };
  m = /\bmy fav(?:ou?rite) ([a-z]+(?: [a-z]+)?)\b/.exec(q);
  if (m && /\?|^(what|which|do you|who|tell me|remind me)/.test(q))
    return { keys: [`favourite ${m[1]}`], label: `your favourite ${m[1]}` };
  // "What is my X?", "Who is my X?": any fact the user named.
  m =
    /^(?:(?:and|so|ok|okay|hey),?\s+)?(?:what|who|which)(?:'s| is| are| was| were)\s+my ((?:[a-z]+ ){0,2}[a-z]+)\s*(?:again)?\s*\??\s*$/.exec(
      q.trim(),
    );
  if (
    m &&
    // "my first question" is a message of this conversation, quoted by the follow-up skill.
    !/^(problem|question|best|next|options?|task|homework|ip|ip address|location|current|screen|code)\b|^(?:first|last|previous|original|earlier) (?:question|message|request)$/.test(
      m[1],
    )
  )
    return { keys: [m[1]], label: `your ${m[1]}` };
  return null;
}

/** The stated fact a question names, by its key (exactly, else by the stems of its words). */
function findFact(facts: readonly Fact[], keys: readonly string[]): Fact | undefined {
  for (const k of keys) {
    const hit = facts.findLast((f) => f.key === k);
    if (hit) return hit;
  }
  for (const k of keys) {
    const want = keyStems(k);
    if (!want.length) continue;
    const hit = facts.findLast((f) => {
      const have = keyStems(f.key);
      // "email address" finds "email"; "dog" does not find "dog's name" (that is another question).
      return want.every((w) => have.includes(w)) || (have.length > 0 && have.every((w) => want.includes(w)));
    });
    if (hit) return hit;
  }
  return undefined;
}

/** The year now, as the workbook's clock says (tests pin it). */
function thisYear(): number {
  return Number(workbookToday().slice(0, 4));
}

/** "How old am I?", "How old will I be in 2030?", "...in 5 years?": from a stated age or birthday. */
function ageReplies(q: string, facts: readonly Fact[]): Filled[] | null {
  const m =
    /\bhow old (?:am i|will i be|would i be|was i|i am|did i (?:say|tell you) (?:i was|i am|i'm))\b(?:[^?]*?\b(?:in|by)\s+(?:the year\s+)?(\d{4})\b|[^?]*?\bin\s+(\d{1,2}|a|one|two|three|four|five|ten|twenty)\s+years?\b|[^?]*?\b(next year)\b)?|\bwhat(?:'s| is) my age\b/.exec(
      q,
    );
  if (!m) return null;
  const now = thisYear();
  const words: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, ten: 10, twenty: 20 };
  const inYears = m[2] ? (/^\d+$/.test(m[2]) ? Number(m[2]) : (words[m[2]] ?? 0)) : m[3] ? 1 : 0;
  const target = m[1] ? Number(m[1]) : now + inYears;
  const future = target !== now;
  const birth = findFact(facts, ["birthday"]);
  const born = birth ? readDate(birth.value) : {};
  if (born.year && target >= born.year && target - born.year < 200) {
    const n = target - born.year;
    if (!future) {
      const today = workbookToday();
      if (born.month && born.day) {
        const passed = Number(today.slice(5, 7)) * 100 + Number(today.slice(8, 10)) >= born.month * 100 + born.day;
        const exact = String(passed ? n : n - 1);
        return say(
          "[You're {}, going by the birthday you gave me ({}).|Going by your birthday, {}, you're {}.]",
          exact,
          birth?.value ?? "",
          birth?.value ?? "",
          exact,
        );
      }
      return say(
        "[You're {} or {}, depending on whether your birthday has come yet this year.|Going by the year you were born, {}, you're {} or {}.]",
        String(n - 1),
        String(n),
        String(born.year),
        String(n - 1),
        String(n),
      );
    }
    return say(
      "[You'll turn {} in {}.|In {} you'll turn {}.|You'll be {} in {}, going by the birthday you gave me ({}).]",
      String(n),
      String(target),
      String(target),
      String(n),
      String(n),
      String(target),
      birth?.value ?? "",
    );
  }
  const age = findFact(facts, ["age"]);
  if (age) {
    const n = Number(age.value) + (target - now);
    if (!future) return say("[You told me you're {}.|You said you're {}.]", age.value, age.value);
    if (n < 0) return null;
    return say(
      "[You'll be about {} in {}: you told me you're {} now.|About {}, since you said you're {} now.]",
      String(n),
      String(target),
      age.value,
      String(n),
      age.value,
    );
  }
  return say(
    "[I don't know your age: you haven't told me how old you are or when you were born.|You haven't told me your age or your birthday yet, so I can't work it out.] [As the workbook's offline model, I only know what you say in this conversation.|I'm the workbook's offline model, so I only know what you tell me here.] [If you tell me your birth year, I'll do the sum.|Tell me when you were born and I'll work it out.]",
  );
}

/** "cats", "dog": an animal kept as a pet. */
function isAnimal(noun: string): boolean {
  return (
    new RegExp(`^(?:${PETS}|guinea pig|chicken|goat)s?$|^(?:mice|fish|puppies|bunnies)$`).test(
      noun.replace(/es$/, "").replace(/s$/, ""),
    ) || new RegExp(`^(?:${PETS})`).test(noun)
  );
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const NOT_MEMORY =
  /\b(how (?:do|can|could|should|would) (?:i|we)|should i|can i|could i|do i need|would i|what should|am i right|am i allowed|do i have to)\b/;

/**
 * A question about what the user said that no key names ("What car do I drive?", "Which
 * instrument did I say I play?"): the user's own sentence that shares most words with it, said
 * back in the second person. Null when none shares a word that matters.
 */
function recalledStatement(q: string, statements: readonly string[]): string | null {
  if (NOT_MEMORY.test(q)) return null;
  if (
    !/^(?:(?:and|so|ok|hey),?\s+)?(?:what|which|where|who|when|how many|how much|do you remember|remind me|did i|do i|what did i)\b/.test(
      q,
    )
  )
    return null;
  if (!/\b(i|my|me|mine)\b/.test(q)) return null;
  const asked = new Set(terms(q).filter((t) => !/^(remember|tell|told|said|say|again|earlier|befor|mention)$/.test(t)));
  if (!asked.size) return null;
  // "What car do I drive?" recalls a sentence where the user drives; "Where do I start?" recalls nothing.
  const verb = /\b(?:do|did|does|am|was|have|had)\s+i\s+([a-z]{3,})/.exec(q)?.[1];
  const about = /\b(?:what did i (?:say|tell you|mention)|do you remember|remind me)\b/.test(q);
  if (!verb && !about) return null;
  let best: string | null = null;
  let bestHits = 0;
  for (const s of statements) {
    if (/\byou\b/i.test(s)) continue;
    if (verb && !about && !terms(s).includes(stem(verb)) && !new RegExp(`\\b${verb}`, "i").test(s)) continue;
    let hits = 0;
    for (const t of new Set(terms(s))) if (asked.has(t)) hits++;
    if (hits > bestHits || (hits === bestHits && hits > 0)) {
      best = s;
      bestHits = hits;
    }
  }
  return bestHits > 0 && best ? toSecondPerson(best) : null;
}

/**
 * "How many cats do I have and what are they called?": each part recalled on its own, "they" and "her"
 * read as what the first part named, the evidence both give said once. Null unless every part is answered.
 */
export function memoryPartsReplies(turns: readonly ConversationTurn[], lastUser: string): Filled[] | null {
  const parts = partsOf(lastUser).filter(isQuestion);
  if (parts.length < 2 || turns.length === 0) return null;
  const asked = (part: string) => [...turns.slice(0, -1), { ...turns[turns.length - 1]!, text: part }];
  // "... and what are they called?": "they" is what the first part asked about ("my cats").
  const thing = /\bhow many ([a-z]+) (?:do|did) (?:i|we) have\b|\bmy ([a-z]+)\b/i.exec(parts[0]!);
  const noun = thing?.[1] ?? thing?.[2];
  const each = parts.map((p, i) =>
    memoryReplies(
      asked(
        i > 0 && noun
          ? p.replace(/\b(?:they|them|it)\b/i, `my ${noun}`).replace(/\b(?:her|his|their|its)\b/i, `my ${noun}'s`)
          : p,
      ),
    ),
  );
  if (!each.every((e) => e?.length)) return null;
  const best = (e: Filled[]) => e.reduce((a, b) => (b.weight > a.weight ? b : a)).text;
  const said = each.flatMap((e) => best(e!).split(/(?<=[.!?])\s+/));
  return [{ text: said.filter((x, k) => said.indexOf(x) === k).join(" "), weight: 1 }];
}

/**
 * Replies to a question about what the user said ("What is my dog's name?", "Where do I live?"),
 * or to a statement of facts ("My name is Ana."): null when the message is neither.
 */
export function memoryReplies(turns: readonly ConversationTurn[]): Filled[] | null {
  // "The user's name is Dana and she lives in Perth." in a system message is said as the user's own.
  const told = turns
    .filter((t) => t.role === "system" || t.role === "developer")
    .flatMap((t) => [...(/\bthe user\b/i.test(t.text) ? [asUserSaid(t.text)] : []), ...profileSaid(t.text)]);
  const said = [...told, ...turns.filter((t) => t.role === "user").map((t) => t.text)];
  const last = said[said.length - 1] ?? "";
  if (last.length > 2000) return null;
  // "Actually it's 5, not 4.": the earlier statement now says 5, and the correction is acknowledged.
  const fixed = applyCorrections(said);
  if (fixed.corrected)
    return say(
      "[Got it, thanks for the correction: {}.|Thanks, I've corrected that: {}.|Noted: {}.]",
      toSecondPerson(fixed.corrected),
      toSecondPerson(fixed.corrected),
      toSecondPerson(fixed.corrected),
    );
  const users = [...withEllipses(fixed.texts.slice(0, -1)), last];
  // "Add butter. How many items are on the list now?": the question's own changes count too.
  const kept = listReplies(last, users);
  if (kept) return kept;
  // "How long between my run and work?": worked out from what was said, before any recall of it.
  const computed = userMathReplies(last, users.slice(0, -1)) ?? unitPriceReplies(last, users.slice(0, -1));
  if (computed) return computed;
  // "How many boxes do we still have?" after boxes came and went: the tally, never one stated number.
  // "bays 1 to 9, apart from bay 4": the run counted, less what was left out of it (the message's own statements too).
  const tally =
    rangeCountReplies(last, users) ??
    complementReplies(last, users.slice(0, -1)) ??
    tallyReplies(last, users.slice(0, -1)) ??
    moneyTotalReplies(last, users.slice(0, -1)) ??
    whereWhenReplies(last, users.slice(0, -1)) ??
    labelledEntryReplies(last, users.slice(0, -1)) ??
    namedValueReplies(last, users.slice(0, -1)) ??
    statedCountReplies(last, users.slice(0, -1)) ??
    scheduleReplies(last, users);
  if (tally) return tally;
  const earlier = userFacts(users.slice(0, -1));
  const q = last.toLowerCase();
  const ask = (re: RegExp) => re.test(q);
  // "How many letters are in my name?", "Spell my name", "my name backwards": the words skill, on the name given.
  if (
    earlier.name &&
    /\bmy name\b/.test(q) &&
    /\b(?:spell|letters?|backwards?|reversed?|upper ?case|capitals|caps|vowels?|consonants?|initials?|characters?|syllables?)\b/.test(
      q,
    )
  ) {
    const q2 = last.replace(/\bmy name\b/i, `"${earlier.name}"`);
    const reply = words.reply(asOwnQuestion(q2));
    if (reply && "texts" in reply && !reply.declined) return reply.texts;
  }
  // "What's my last name?" after "My name is Sam": not the name given.
  const part = /\bmy (last|family|middle|sur|first) ?name\b|\bmy (surname)\b/.exec(q);
  // "Before that, what's my middle name?": a short lead-in before the question is still the question.
  if (
    part &&
    /^(?:(?:and|so|ok|wait|oh|also|by the way|before that|first|quick question)[,]?\s+)?(?:what|do you know|tell me|remind me)\b/.test(
      q,
    )
  ) {
    const which = (part[1] ?? part[2]).replace(/^sur$/, "surname");
    const bare = earlier.name ? withoutTitle(earlier.name) : undefined;
    const names = bare?.split(/\s+/) ?? [];
    // "Ranger Delgado": the surname is known, the first name is not.
    if (bare !== earlier.name && names.length === 1 && which !== "first" && which !== "middle")
      return say(
        "[{}: you told me your name is {}.|Your {} is {}.]",
        names[0],
        earlier.name ?? "",
        "last name",
        names[0],
      );
    if (names.length >= 2 && which !== "middle")
      return say(
        "[{}: you told me your name is {}.|Your {} is {}.]",
        which === "first" ? names[0] : names[names.length - 1],
        earlier.name ?? "",
        which === "first" ? "first name" : "last name",
        which === "first" ? names[0] : names[names.length - 1],
      );
    if (names.length === 1 && which === "first" && bare === earlier.name)
      return say("[{}: you told me your name is {}.|Your first name is {}.]", names[0], names[0], names[0]);
    const label = which === "surname" ? "surname" : `${which} name`;
    return names.length
      ? say(
          "[You haven't told me your {}, so I don't know it: you only told me your name is {}.|I don't know your {}: you told me your name is {}, and nothing more.] [As the workbook's offline model, I only know what you say in this conversation.|I'm the workbook's offline model, so I only know what you tell me here.]",
          label,
          earlier.name ?? "",
          label,
          earlier.name ?? "",
        )
      : notTold(`your ${label}`);
  }
  // "What's his name?" after "I have a brother named Leo": the name the user gave last.
  if (/^(?:(?:and|so|ok)[,]?\s+)?what(?:'s| is| was) (?:his|her|its|their) names?\s*(?:again)?\s*\??$/.test(q.trim())) {
    const named = earlier.facts.findLast((f) => /'s name$/.test(f.key));
    if (named)
      return say("[{}: you told me {}.|{}, as you told me: {}.]", named.value, named.said, named.value, named.said);
  }
  // "What's my name and where do I live?": each question answered from what the user said, together.
  const parts = last.split(/\s*(?:,\s*)?\band\s+(?=(?:what|where|who|when|which|how|do|did|am)\b)/i);
  if (parts.length === 2 && parts.every((p) => /\b(?:my|i|me)\b/i.test(p))) {
    const each = parts.map((p) =>
      memoryReplies([...turns.slice(0, -1), { role: "user", text: p.replace(/\??\s*$/, "?") }]),
    );
    if (each.every((r) => r?.length)) {
      const best = each.map((r) => [...(r as Filled[])].sort((a, b) => b.weight - a.weight)[0].text);
      return [{ text: best.join(" "), weight: 1 }];
    }
  }
  // "What's my favourite food and drink?": both favourites the user gave.
  const both = /\bmy fav(?:ou?rite) ([a-z]+) and (?:my fav(?:ou?rite) )?([a-z]+)\b/.exec(q);
  if (both) {
    const found = [both[1], both[2]].map((k) => findFact(earlier.facts, [`favourite ${k}`]));
    if (found.every(Boolean))
      return say(
        "[You told me {} and {}.|{} and {}, as you told me.]",
        found[0]!.said,
        found[1]!.said,
        cap(found[0]!.said),
        found[1]!.said,
      );
  }
  if (
    ask(
      /\b(what(?:'s| is)|do you (?:know|remember)|tell me|say|remind me of)\b[^?]*\bmy name\b|\bwho am i\s*\??$|\bwhat (?:should|do|will) you call me\b|\bwhat am i called\b/,
    ) &&
    !/\bmy name\b[^?]*\b(mean|spell|come from|origin)/.test(q)
  ) {
    return earlier.name
      ? say(
          "[Your name is {}.|You told me your name is {}.|You're {}, as you told me earlier.]",
          earlier.name,
          earlier.name,
          earlier.name,
        )
      : say(
          "[You haven't told me your name yet, so I don't know it.|I don't know your name yet: you haven't told me.] [As the workbook's offline model, I only know what you say in this conversation.|I'm the workbook's offline model, so I only know what you tell me here.] [What should I call you?|What's your name?]",
        );
  }
  if (
    ask(
      /(?:^|[.!?]\s+)(?:(?:and|so|ok|okay|wait|sorry|remind me),?\s+)?where (?:do i live|am i (?:originally )?from|do i (?:originally )?come from|i live)\b|\bwhat(?:'s| is) my (?:city|town|home ?town)\b|\bwhich (?:city|town|country|place)\b[^?]*\b(?:i (?:live|am|'m)|i'm|am i)\b/,
    )
  ) {
    const home = /\bfrom\b/.test(q)
      ? (findFact(earlier.facts, ["hometown", "city"]) ?? undefined)
      : findFact(earlier.facts, ["city", "hometown"]);
    return home
      ? say("[{}.|You told me {}.|You said {}.]", cap(home.said), home.said, home.said)
      : say(
          "[You haven't told me where you live, so I don't know it.|I don't know where you live: you haven't said.] [As the workbook's offline model, I only know what you say in this conversation.|I'm the workbook's offline model, so I only know what you tell me here.] [Which city are you in?|Where are you based?]",
        );
  }
  if (ask(/\bwhat (?:do i do|is my job|is my work|'s my job)\b|\bwhat do i do for a living\b/)) {
    return earlier.job
      ? say("[You're {}.|You told me you're {}.]", earlier.job, earlier.job)
      : say(
          "[You haven't told me what you do, so I don't know it.|I don't know your job yet: you haven't told me.] [As the workbook's offline model, I only know what you say in this conversation.|I'm the workbook's offline model, so I only know what you tell me here.] [What do you do?|What kind of work do you do?]",
        );
  }
  // "I was born on 2 May 1990. How old am I?" states the fact in the same message that asks.
  const age = ageReplies(q, userFacts(users).facts);
  if (age) return age;
  const elapsed = elapsedReplies(q, earlier.facts, earlier.statements);
  if (elapsed) return elapsed;
  // The statements of the last message count too: "We seat 10 at each table. How many tables do we need?"
  const sentences = users.flatMap((t) => t.slice(0, 4000).split(/(?<=[.!?])\s+|\n+/));
  const sum = userSumReplies(q, earlier.facts, earlier.statements, sentences);
  if (sum) return sum;
  // "How old is my oldest?" with no ages said asks about the user's own family: no passage knows it.
  if (/\b(?:how old|what age) (?:is|are) (?:my|our) (?:oldest|eldest|youngest)\b/i.test(q))
    return notTold("how old they are");
  // "What was the word?" after "Remember the word 'banana'".
  const thing =
    /^(?:(?:and|so|ok|okay)[,]?\s+)?(?:now\s+)?what(?:'s|s| is| was) (?:the|that|my) (number|word|code|pin|password|phrase|combo|combination)\s*(?:again)?\s*\??$/.exec(
      q.trim(),
    ) ??
    // "What word was I thinking of?"
    /^(?:(?:and|so|ok|okay)[,]?\s+)?(?:now\s+)?(?:what|which) (number|word|name|colou?r|animal|city|country) (?:was|am) i thinking of\b/.exec(
      q.trim(),
    );
  // "What was the code again?" after "My bike lock code is 4417": the fact whose name ends in the word asked.
  const keptThing = thing
    ? (earlier.facts.findLast((f) => f.key === `remembered ${thing[1]}`) ??
      earlier.facts.findLast((f) => new RegExp(`(?:^|\\s)${thing[1]}$`).test(f.key)))
    : undefined;
  // "ok what was it lol" after "my locker combo is 12-34-08 dont let me forget": the thing to keep.
  const it =
    /^(?:(?:ok|okay|so|and|wait|hey|um|hmm)[,]?\s+)*what (?:was|is) it(?: again)?(?:\s+(?:lol|haha|again|please|pls))*\s*\??$/.test(
      q.trim(),
    )
      ? earlier.facts.findLast((f) => f.key.startsWith("remembered "))
      : undefined;
  if (it) return say("[{}: {}.|It was {}: {}.]", it.value, it.said, it.value, it.said);
  if (keptThing)
    return say("[The {} was {}.|You asked me to remember {}.]", thing?.[1] ?? "", keptThing.value, keptThing.value);
  if (
    /\bwhat (?:\w+ )?(?:did|have) i (?:ask|asked|tell|told) you to (?:remember|keep in mind)\b|\bwhat was i asking you to remember\b/.test(
      q,
    )
  ) {
    const kept = earlier.facts.findLast((f) => f.key.startsWith("remembered"));
    return kept
      ? say("[You asked me to remember {}.|{}: that's what you asked me to remember.]", kept.value, kept.value)
      : say("[You haven't asked me to remember anything yet.|Nothing yet: you haven't asked me to remember anything.]");
  }
  const group = /\bhow many (pets|animals|kids|children|siblings) (?:do|have) (?:i|we) (?:have|got|own)?/.exec(q);
  if (group) {
    const pets = /pets|animals/.test(group[1]);
    const member = /siblings/.test(group[1])
      ? /^(brother|sister)s?$/
      : /^(son|daughter|kid|child|children|boy|girl|baby|babie)s?$/;
    const counted = earlier.facts.filter(
      (f) => f.key.startsWith("number of ") && (pets ? isAnimal(f.key.slice(10)) : member.test(f.key.slice(10))),
    );
    if (counted.length === 1)
      return say(
        "[You have {}.|You told me you have {}.]",
        `${counted[0].value} ${counted[0].key.slice(10)}`,
        `${counted[0].value} ${counted[0].key.slice(10)}`,
      );
    if (counted.length) {
      const total = counted.reduce((a, f) => a + Number(f.value), 0);
      const parts = list(counted.map((f) => `${f.value} ${f.key.slice(10)}`));
      return say(
        "[You have {} {} in total: {}.|{} {}: {}.]",
        String(total),
        group[1],
        parts,
        cap(String(total)),
        group[1],
        parts,
      );
    }
  }
  // "What's my favourite number times 3?": the number the user gave, worked on.
  const worked =
    /\bmy ((?:[a-z]+ ){0,2}[a-z]+?)\s+(?=(?:times|plus|minus|divided by|multiplied by|squared|cubed|doubled|halved|x|\+|-|\*|\/)(?:\s|$))/.exec(
      last,
    );
  if (worked) {
    const fact = findFact(earlier.facts, [worked[1].toLowerCase()]);
    if (!fact || !/^-?\d[\d,.]*$/.test(fact.value.trim())) return null;
    const q2 = last.replace(worked[0], `${fact.value.trim()} `);
    const reply = arithmetic.reply(asOwnQuestion(q2));
    if (!reply || !("texts" in reply) || reply.declined) return null;
    return reply.texts.map((t) => ({
      text: `${t.text} (Your ${worked[1]} is ${fact.value.trim()}.)`,
      weight: t.weight,
    }));
  }
  // "How old is Tom?" after "My brother Tom is 12": Tom is asked about as "my brother".
  const person = namedPerson(last, users.slice(0, -1));
  if (person) {
    if (
      new RegExp(
        `^(?:and |so )?(?:who|what)(?:'s| is| was) ${person.name}\\s*(?:again)?\\s*\\??$|^(?:and |so )?what (?:kind|type|sort) of (?:animal|pet|creature|person|relative)?\\s*(?:is|was) ${person.name}\\s*\\??$`,
        "i",
      ).test(last.trim())
    )
      return say(
        "[{} is your {}: you told me {}.|Your {}, as you told me: {}.]",
        person.name,
        person.relation,
        person.said,
        person.relation,
        person.said,
      );
    const mine = recalled(last.replace(person.name, `my ${person.relation}`), users.slice(0, -1));
    if (mine) return mine;
  }
  const asked = askedFact(q);
  if (asked) {
    const fact = findFact(earlier.facts, asked.keys);
    const inUnit = fact ? converted(last, fact.value) : null;
    if (fact && inUnit)
      return say("[{} You told me {}.|{} That's from what you said: {}.]", inUnit, fact.said, inUnit, fact.said);
    if (fact) {
      const said = withoutRemoved(fact.said, users.slice(0, -1));
      return say("[{}.|You told me {}.|You said {}.]", cap(said), said, said);
    }
    // Nothing under that key: what the user said in passing ("... with my sister Ana") may answer it.
    const passing = recalled(last, users.slice(0, -1));
    if (passing) return passing;
    const statement = recalledStatement(q, earlier.statements);
    if (statement) return say("[You told me {}.|You said {}.]", statement, statement);
    return notTold(asked.label);
  }
  if (ask(/\bwhat (?:do i (?:like|love|enjoy)|are my (?:hobbies|interests))\b/)) {
    return earlier.likes.length
      ? say("[You told me you like {}.|You said you enjoy {}.]", list(earlier.likes), list(earlier.likes))
      : say(
          "[You haven't told me what you like, so I don't know it.|I don't know your interests yet: you haven't told me.] [As the workbook's offline model, I only know what you say in this conversation.|I'm the workbook's offline model, so I only know what you tell me here.] [What do you enjoy?|What are you into?]",
        );
  }
  if (
    ask(
      /\bwhat do you (?:know|remember) about me\b|\b(?:tell me|list|say) (?:everything|all|what) you (?:know|remember) about me\b|\bwhat else do you know about me\b|\bwhat did i (?:tell|say to) you\b|\bwhat have i told you\b|\b(?:summari[sz]e|recap|list) what (?:i(?:'ve| have)? (?:told|said to) you|you know about me)\b|\bwhat did i (?:say|tell you) about myself\b/,
    )
  ) {
    const said = earlier.facts.map((f) => f.said);
    for (const like of earlier.likes) if (!said.some((s) => s.includes(like))) said.push(`you like ${like}`);
    // What was said in passing ("I'm off to Lisbon with my sister Ana") counts too, when no fact above holds it.
    for (const clause of saidClauses(users.slice(0, -1))) {
      const c = toSecondPerson(clause);
      if (said.length < 8 && !earlier.facts.some((f) => clause.includes(f.value)) && c.split(/\s+/).length <= 20)
        said.push(c);
    }
    return said.length
      ? say("[You told me that|From what you said,] {}.", list(said.slice(-8)))
      : say(
          "[You haven't told me anything about yourself yet, so I don't know anything about you.|I don't know anything about you yet: you haven't told me about yourself.] [As the workbook's offline model, I only know what you say in this conversation.|I'm the workbook's offline model, so I only know what you tell me here.]",
        );
  }
  const passing = recalled(last, users.slice(0, -1));
  if (passing) return passing;
  const yesNo = yesNoAnswer(last, users.slice(0, -1));
  if (yesNo)
    return yesNo.yes
      ? say("[Yes: you told me {}.|Yes, you said {}.]", yesNo.said, yesNo.said)
      : say("[No: you told me {}.|No, you said {}.]", yesNo.said, yesNo.said);
  const defined = definedAnswer(last, users.slice(0, -1));
  if (defined) return say("[You told me {}.|{}, as you told me.]", defined, cap(defined));
  const recalledSaid = recalledStatement(q, earlier.statements);
  const statement = recalledSaid && withoutRemoved(recalledSaid, users.slice(0, -1));
  if (statement && /\?\s*$/.test(q))
    return say("[You told me {}.|You said {}.|From what you told me: {}.]", statement, statement, statement);
  // "From now on, call me Captain.": agreed to, by the name (read/bookends.ts uses it in every reply after).
  const address = readBookends([{ role: "user", text: last }]).address;
  if (address && !/\?/.test(last))
    return say(
      "[Sure thing, {}!|Of course, {}!|Will do, {}!] [What can I do for you?|How can I help?]",
      address,
      address,
      address,
    );
  if (isStatement(last)) {
    const now = userFacts([last]);
    const next = " [How can I help you today?|What would you like to talk about?|What can I do for you?]";
    if (now.name)
      return say(
        `[Nice to meet you, {}!|Hello, {}, nice to meet you!|Lovely to meet you, {}!]${next}`,
        now.name,
        now.name,
        now.name,
      );
    if (now.city) return say(`[{}, lovely!|Thanks for telling me you're in {}.]${next}`, now.city, now.city);
    const fact = now.facts.findLast((f) => PERSONAL.test(f.key));
    if (fact)
      return say(
        "[Thanks for telling me: {}.|Noted: {}.|Good to know: {}.] [I'll remember it for this conversation.|Ask me about it any time in this conversation.]",
        fact.said,
        fact.said,
        fact.said,
      );
    return say(`[Thanks for telling me!|Good to know!|Noted, thanks!]${next}`);
  }
  return null;
}

/** A system message's facts about "the user", in the user's own words: "The user's name is Dana" -> "My name is Dana". */
function asUserSaid(text: string): string {
  return (
    text
      .slice(0, 2000)
      .replace(/\b[Tt]he user's\b/g, "My")
      .replace(/\b[Tt]he user (is|was)\b/g, (_, v: string) => (v === "is" ? "I am" : "I was"))
      .replace(/\b[Tt]he user (has|lives|works|likes|loves|prefers|hates|owns|studies|speaks)\b/g, (_, v: string) =>
        v === "has" ? "I have" : v === "studies" ? "I study" : `I ${v.slice(0, -1)}`,
      )
      .replace(/\b(?:and |, )(?:she|he|they) (is|has|lives|works|likes|loves|prefers|hates|owns)\b/g, (_, v: string) =>
        v === "is" ? "and I am" : v === "has" ? "and I have" : `and I ${v.slice(0, -1)}`,
      )
      // "Facts about the user: their name is Omar, they live in Cairo": the plural they, said as the user's own.
      .replace(
        /(^|[:;,.]\s*|\band\s+)(?:their|his|her) (name|age|job|birthday|email|favourite \w+|favorite \w+) is\b/gi,
        "$1my $2 is",
      )
      .replace(/(^|[:;,.]\s*|\band\s+)they (live|work|like|love|prefer|hate|own|have|study|speak) /gi, "$1I $2 ")
  );
}

/** "User profile: name Kofi, age 29, lives in Accra": a profile's fields, said as the user's own sentences. */
const PROFILE =
  /\b(?:user(?:'s)? profile|about the user|user (?:info|information|details|data|facts)|profile of the user|the user's details)\s*:\s*([^\n]{3,400})/i;
const FIELDS: [RegExp, (v: string, k: string) => string][] = [
  [/^(?:name|first name)\s*(?::|=|is)?\s+(\p{Lu}[\p{L}' -]{0,40})$/u, (v) => `My name is ${v}.`],
  [/^age(?:d)?\s*(?::|=|is)?\s*(\d{1,3})(?:\s*years?(?: old)?)?$/i, (v) => `I am ${v} years old.`],
  [/^(?:lives?|living|based|resides?)\s+in\s+(.{2,40})$/i, (v) => `I live in ${v}.`],
  [/^(?:city|location|home(?: city)?|hometown)\s*(?::|=|is)?\s+(.{2,40})$/i, (v) => `I live in ${v}.`],
  [/^works?\s+as\s+(?:an?\s+)?(.{2,40})$/i, (v) => `I work as ${/^[aeiou]/i.test(v) ? "an" : "a"} ${v}.`],
  [
    /^(?:job|occupation|profession|role)\s*(?::|=|is)?\s+(?:an?\s+)?(.{2,40})$/i,
    (v) => `I work as ${/^[aeiou]/i.test(v) ? "an" : "a"} ${v}.`,
  ],
  [/^(?:is\s+)?from\s+(.{2,40})$/i, (v) => `I am from ${v}.`],
  [/^(?:likes|loves|enjoys)\s+(.{2,40})$/i, (v) => `I like ${v}.`],
  [/^favou?rite\s+([a-z]+)\s*(?::|=|is)?\s+(.{2,40})$/i, (v, k) => `My favourite ${k} is ${v}.`],
];

function profileSaid(text: string): string[] {
  const m = PROFILE.exec(text);
  if (!m) return [];
  const out: string[] = [];
  for (const part of m[1].split(/\s*[,;]\s*|\.\s+/)) {
    const p = part.trim().replace(/[.]$/, "");
    for (const [re, say] of FIELDS) {
      const f = re.exec(p);
      if (!f) continue;
      out.push(f.length > 2 ? say(f[2], f[1]) : say(f[1], ""));
      break;
    }
  }
  return out.length ? [out.join(" ")] : [];
}

/** The user's kept list ("My shopping list: milk, eggs", "Add apples"), read back when asked. */
function listReplies(question: string, earlier: readonly string[]): Filled[] | null {
  const kept = keptList(question, earlier);
  if (!kept) return null;
  if (!kept.items.length)
    return say(
      "[Your {} is empty: you haven't added anything yet.|There's nothing on your {} yet.]",
      kept.name,
      kept.name,
    );
  const lines = kept.items.map((i) => `- ${cap(i)}`).join("\n");
  if (/\bhow many\b/i.test(question)) {
    const n = kept.items.length;
    return say(
      "[There {} {} on your {} now:|Your {} has {} now:]\n{}",
      n === 1 ? "is" : "are",
      `${n} ${n === 1 ? "item" : "items"}`,
      kept.name,
      kept.name,
      `${n} ${n === 1 ? "item" : "items"}`,
      lines,
    );
  }
  return say("[Your {} so far:|Here's your {}:|On your {}:]\n{}", kept.name, kept.name, kept.name, lines);
}

/** A question asked of another skill as if it were the whole conversation. */
function asOwnQuestion(q: string): SkillInput {
  return {
    turns: [{ role: "user", text: q }],
    lastUser: q,
    instructions: { format: "text" },
    ranked: [],
    json: false,
    summarizing: false,
  } as SkillInput;
}

/** A quantity the user gave, in the unit the question asks for: "How much do I weigh in pounds?" */
function converted(question: string, value: string): string | null {
  const to =
    /\bin (pounds|lbs?|kilograms?|kg|miles|km|kilometres?|feet|metres?|meters?|cm|inches|fahrenheit|celsius|stone)\s*\??$/i.exec(
      question.trim(),
    );
  if (!to || !/\d/.test(value)) return null;
  const q = `What is ${value} in ${to[1]}?`;
  const reply = units.reply({
    turns: [{ role: "user", text: q }],
    lastUser: q,
    instructions: { format: "text" },
    ranked: [],
    json: false,
    summarizing: false,
  } as SkillInput);
  if (!reply || !("texts" in reply) || reply.declined || !reply.texts.length) return null;
  return [...reply.texts].sort((a, b) => b.weight - a.weight)[0].text;
}

/** A value the user gave in passing, with the clause it came from as the evidence. */
function recalled(question: string, earlier: readonly string[]): Filled[] | null {
  const answer = recallAnswer(question, earlier);
  if (!answer) return null;
  const said = withoutRemoved(answer.said, earlier);
  const found = said === answer.said ? answer : { value: said, said };
  // "What do we spend per day?" over "$4 a carton, 6 cartons a day" asks for a sum worked out from
  // the numbers said, not for the sentence that holds them.
  const numbers = new Set(found.said.match(/\d+(?:\.\d+)?/g) ?? []);
  if (
    numbers.size >= 2 &&
    /\b(?:spend|spent|altogether|all together|in total|total|combined|in all|per|each|need)\b/i.test(question)
  )
    return null;
  // "How many essays did I mark?" over "essays 1 to 30 yesterday and 31 to 40 today": a count is one of
  // several numbers said only when the thing counted stands right after it ("24 white roses").
  const counted = /\bhow many\s+([a-z]+)/i.exec(question);
  if (counted && numbers.size >= 2 && /^\d/.test(found.value)) {
    const noun = stem(counted[1].toLowerCase());
    const after = new RegExp(
      `(?<![\\d.])${found.value.replace(/[.]/g, "\\.")}\\s+((?:[a-z-]+\\s+){0,2}[a-z]+)`,
      "i",
    ).exec(found.said);
    if (!after?.[1].split(/\s+/).some((w) => stem(w.toLowerCase()) === noun)) return null;
  }
  const inUnit = converted(question, found.value);
  if (inUnit)
    return say("[{} You told me {}.|{} That's from what you said: {}.]", inUnit, found.said, inUnit, found.said);
  if (found.value === found.said || found.said.includes(found.value) === false)
    return say("[You told me {}.|You said {}.|From what you told me: {}.]", found.said, found.said, found.said);
  return say(
    "[{}. You told me {}.|{}: you said {}.|{}, going by what you told me: {}.]",
    cap(found.value),
    found.said,
    cap(found.value),
    found.said,
    cap(found.value),
    found.said,
  );
}

/** The honest answer when the user never said it: the model only knows this conversation. */
function notTold(label: string): Filled[] {
  return say(
    "[I don't know {}: you haven't told me in this conversation.|You haven't told me {}, so I don't know it.|I don't know {}: you haven't mentioned it here.] [As the workbook's offline model, I only know what you say in this conversation.|I'm the workbook's offline model, so I only know what you tell me here.] [Tell me and I'll remember it.|What is it?]",
    label,
    label,
    label,
  );
}

const SAID: string[] = [];

/** A reply template's expansions with its "{}" slots filled in order; the template joins the writable texts. */
function say(template: string, ...values: string[]): Filled[] {
  if (!SAID.includes(template)) SAID.push(template);
  let i = 0;
  // The user's words fill the slots; brackets and bars in them are not template syntax.
  return expand(template.replace(/\{\}/g, () => (values[i++] ?? "").replace(/[[\]|]/g, " ")));
}

/** The reply templates of this module, slots as "{}", for the seam check. */
export function historyTemplates(): string[] {
  // Every template registers itself on first use: ask every question once, with and without facts.
  const facts = "My name is Ana. I live in Lyon. I am a teacher. I love hiking. My favourite colour is green.";
  const questions = [
    "What is my name?",
    "Where do I live?",
    "What is my job?",
    "What is my favourite colour?",
    "What do I like?",
    "What do you know about me?",
  ];
  for (const q of questions) {
    memoryReplies([{ role: "user", text: q }]);
    memoryReplies([
      { role: "user", text: facts },
      { role: "user", text: q },
    ]);
  }
  for (const statement of ["My name is Ana.", "I live in Lyon.", "I love hiking."])
    memoryReplies([{ role: "user", text: statement }]);
  SAID.push(...CLARIFY);
  return SAID.flatMap((t) => expand(t).map((f) => f.text));
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const PRONOUN = /\b(it|its|it's|that|this|they|them|their|these|those|he|him|his|she|her)\b/i;
const CONTEXT_FREE =
  /^\s*(?:and\s+)?(?:what|how) about\s+|^\s*(?:and\s+)?(?:its|their)\s+|^\s*why\??\s*$|^\s*(?:and\s+)?(?:why|how) (?:is|was|does|did) (?:it|that)\b/i;

/** True when the last message points back ("Tell me more about it.") and there is nothing before it to point to. */
export function needsEarlierTurns(turns: readonly ConversationTurn[], ownTopic: boolean): boolean {
  const lastIndex = findLast(turns, (t) => t.role === "user");
  if (lastIndex < 0) return false;
  const earlier = turns
    .slice(0, lastIndex)
    .some((t) => t.role === "user" || t.role === "assistant" || splitCarriedSummary(t.text).carried !== "");
  if (earlier) return false;
  const last = turns[lastIndex].text;
  if (last.split(/\s+/).length > 12) return false;
  // "Unscramble this word: tca": "this" is what follows the colon, or what is quoted.
  if (/:\s*\S/.test(last) || /["“][^"”]+["”]/.test(last)) return false;
  // "explain what photosynthesis is in two sentences. its for my kid's homework": the request names
  // its own subject; the pronoun is in a remark beside it.
  const sentences = last
    .split(/(?<=[.!?])\s+|,\s+(?=(?:my|i|i'm|im|we|our|because|cos|as|since)\b)/i)
    .filter((x) => /\p{L}/u.test(x));
  const pointing = sentences.length > 1 ? sentences.filter((x) => PRONOUN.test(x)) : [last];
  if (pointing.length < sentences.length && sentences.some((x) => !PRONOUN.test(x) && /\p{L}{4,}/u.test(x))) {
    if (!CONTEXT_FREE.test(last)) return false;
  }
  return (
    !ownTopic &&
    (PRONOUN.test(last) ||
      CONTEXT_FREE.test(last) ||
      // "Why?" leans on an answer; "Why is the sky blue?" asks its own question.
      /^\s*(?:tell me more|more|go on|continue)\b|^\s*why\s*(?:is that|so|not)?\s*[?.!]*\s*$/i.test(last))
  );
}

const REASON =
  /\b(because|since|so that|, so|which means|that is why|this is why|that's why|thanks to|as a result|in order to|so you|so the)\b|:\s/i;

/**
 * "Why?" after an answer: the reasons that answer gave (its sentences that explain), else what it
 * said after its first sentence. Null when the message is not a bare "why" or there is no answer yet.
 */
export function whyReplies(turns: readonly ConversationTurn[]): Filled[] | null {
  const lastIndex = findLast(turns, (t) => t.role === "user");
  if (lastIndex < 0 || !/^\s*(and |but |ok,? )?why\s*(is that|so|not)?\s*\??\s*$/i.test(turns[lastIndex].text))
    return null;
  const a = findLast(turns.slice(0, lastIndex), (t) => t.role === "assistant");
  if (a < 0) return null;
  const all = turns[a].text
    .replace(/```[\s\S]*?```/g, " ")
    .split(/(?<=[.!?])\s+(?=[A-Z"])/)
    .map((x) => x.trim())
    .filter((x) => /[a-z]/i.test(x) && /[.!?]$/.test(x));
  if (!all.length) return null;
  const reasons = all.filter((x) => REASON.test(x));
  // "Octopuses have three hearts." gives no reason: saying it again is no answer to "why?".
  if (!reasons.length && all.length === 1) return null;
  const picked = reasons.length ? reasons.slice(0, 2) : all.length > 1 ? all.slice(1, 3) : all;
  const lead = ["[Mainly this:|The short answer:|Put simply:]"];
  SAID.push(...lead.filter((l) => !SAID.includes(l)));
  return expand(`${lead[0]} ${picked.join(" ").replace(/[[\]|]/g, "")}`).map((f, i) => ({
    text: f.text,
    weight: f.weight * (i === 0 ? 1 : 1),
  }));
}

const WHY_UNKNOWN =
  "[My answer didn't say why, and I can't tell you reliably:|I didn't give a reason there, and I can't work one out reliably:] [I'm the workbook's offline model, and I only know a few topics.|as the workbook's offline model, I only know a few topics.] [With OPENAI_API_KEY set, a real model can explain it.|Set OPENAI_API_KEY for a real model's explanation.]";

/** A bare "why?" after an answer that gave no reason: the honest "I can't say", never the answer again. */
export function whyUnknownReplies(turns: readonly ConversationTurn[]): Filled[] | null {
  const lastIndex = findLast(turns, (t) => t.role === "user");
  if (lastIndex < 0 || !/^\s*(and |but |ok,? )?why\s*(is that|so|not)?\s*\??\s*$/i.test(turns[lastIndex].text))
    return null;
  if (findLast(turns.slice(0, lastIndex), (t) => t.role === "assistant" && t.text.trim() !== "") < 0) return null;
  if (!SAID.includes(WHY_UNKNOWN)) SAID.push(WHY_UNKNOWN);
  return expand(WHY_UNKNOWN);
}

const CLARIFY = [
  "[I'd be glad to help, but what does {} refer to?|Happy to tell you more, but what do you mean by {}?|Could you tell me what {} refers to?] [This is the start of our conversation, so I don't know which topic you mean.|I don't see an earlier message it could point to.|Name the topic and I'll start there.]",
];

/** Ways to ask what a message that points back means, with the word it points with. */
export function clarifyReplies(last: string): Filled[] {
  const word = PRONOUN.exec(last)?.[1]?.toLowerCase();
  const it = word ? `"${word}"` : "that";
  return expand(CLARIFY[0].replace(/\{\}/g, it));
}

function findLast<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
