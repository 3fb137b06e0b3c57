/**
 * What the conversation itself says: facts the user stated about themselves (name, city, job,
 * likes), questions about those facts, and follow-ups that only mean something against the turns
 * before them ("What about Rome?", "And its population?", "Why?", "Tell me more about it.").
 */
import type { ConversationTurn } from "../read/conversation";
import { splitCarriedSummary } from "../read/instructions";
import { expand, type Filled } from "../language/templates";

export interface UserFacts {
  name?: string;
  city?: string;
  job?: string;
  /** "I love hiking" -> ["hiking"] */
  likes: string[];
  /** "My favourite colour is green" -> { colour: "green" } */
  favourites: Record<string, string>;
}

const NOT_NAMES = new Set(
  "a an the not so very just here there fine good ok okay sure sorry back new looking trying learning working going happy glad tired ready from in at interested curious".split(
    " ",
  ),
);

/** Facts the user stated in these messages, later statements overriding earlier ones. */
export function userFacts(texts: readonly string[]): UserFacts {
  const facts: UserFacts = { likes: [], favourites: {} };
  for (const text of texts) {
    const name =
      /\b(?:my name is|my name's|i am called|i'm called|call me|name's)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/iu.exec(
        text,
      ) ?? /\b(?:I am|I'm|Im|this is)\s+([A-Z][\p{L}'-]+)\b/u.exec(text);
    // The name is the first word and any capitalized words after it: "Ana and I live..." is Ana.
    const nameWords = name ? name[1].split(/\s+/).filter((w, i) => i === 0 || /^\p{Lu}/u.test(w)) : [];
    if (name && !NOT_NAMES.has(nameWords[0].toLowerCase())) facts.name = capital(nameWords.join(" "));
    const city =
      /\bi(?:\s+now)?\s+(?:live|am living|'m living|stay|reside)\s+in\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/iu.exec(
        text,
      ) ??
      /\b(?:i am|i'm|i come)\s+from\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)/iu.exec(text) ??
      /\bi(?:\s+just)?\s+moved to\s+([A-Z][\p{L}'-]+)/iu.exec(text);
    if (city)
      facts.city = capital(
        city[1]
          .split(/\s+/)
          .filter((w, i) => i === 0 || /^\p{Lu}/u.test(w))
          .join(" "),
      );
    const job =
      /\bi(?: am|'m)\s+(an?\s+[a-z]+(?:\s+[a-z]+)?)\s*(?:[.,!]|$|\s+(?:and|at|in|from|who|working))/i.exec(text) ??
      /\bi work as\s+(an?\s+[a-z]+(?:\s+[a-z]+)?)/i.exec(text);
    if (job && !/\b(bit|little|lot|fan|big|huge|beginner at)\b/i.test(job[1])) facts.job = job[1].toLowerCase();
    for (const m of text.matchAll(/\bi (?:really |also )?(?:like|love|enjoy|adore)\s+([^.,!?;]+)/gi)) {
      const like = m[1].trim().replace(/\s+(?:a lot|very much|too)$/i, "");
      if (like && like.split(/\s+/).length <= 5 && !/^(to know|it|that|this|you)\b/i.test(like)) facts.likes.push(like);
    }
    for (const m of text.matchAll(/\bmy fav(?:ou?rite) ([a-z]+(?: [a-z]+)?) is ([^.,!?;]+)/gi))
      facts.favourites[m[1].toLowerCase()] = m[2].trim();
  }
  return facts;
}

function capital(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** True when the message states something about the user and asks nothing else. */
export function isStatement(text: string): boolean {
  if (/\?/.test(text)) return false;
  const f = userFacts([text]);
  return (
    f.name !== undefined ||
    f.city !== undefined ||
    f.job !== undefined ||
    f.likes.length > 0 ||
    Object.keys(f.favourites).length > 0
  );
}

/**
 * Replies to a question about what the user said ("What is my name?"), or to a statement of facts
 * ("My name is Ana."): null when the message is neither.
 */
export function memoryReplies(turns: readonly ConversationTurn[]): Filled[] | null {
  const users = turns.filter((t) => t.role === "user").map((t) => t.text);
  const last = users[users.length - 1] ?? "";
  const earlier = userFacts(users.slice(0, -1));
  const q = last.toLowerCase();
  const ask = (re: RegExp) => re.test(q);
  if (ask(/\b(what(?:'s| is)|do you (?:know|remember)|tell me|say|remind me of)\b[^?]*\bmy name\b|\bwho am i\b/)) {
    return earlier.name
      ? say(
          "[Your name is {}.|You told me your name is {}.|You're {}, as you told me earlier.]",
          earlier.name,
          earlier.name,
          earlier.name,
        )
      : say(
          "[You haven't told me your name yet.|I don't know your name yet: you haven't told me.] [What should I call you?|What's your name?]",
        );
  }
  if (
    ask(
      /\bwhere (?:do i live|am i from|do i come from|i live)\b|\bwhat(?:'s| is) my (?:city|town|home ?town)\b|\bwhich city\b[^?]*\bi\b/,
    )
  ) {
    return earlier.city
      ? say(
          "[You live in {}.|You told me you live in {}.|You said you're in {}.]",
          earlier.city,
          earlier.city,
          earlier.city,
        )
      : say(
          "[You haven't told me where you live yet.|I don't know where you live: you haven't said.] [Which city are you in?|Where are you based?]",
        );
  }
  if (ask(/\bwhat (?:do i do|is my job|is my work|'s my job)\b|\bwhat do i do for a living\b/)) {
    return earlier.job
      ? say("[You're {}.|You told me you're {}.]", earlier.job, earlier.job)
      : say(
          "[You haven't told me what you do yet.|I don't know your job yet.] [What do you do?|What kind of work do you do?]",
        );
  }
  const fav = /\bmy fav(?:ou?rite) ([a-z]+(?: [a-z]+)?)\b/.exec(q);
  if (fav && /\?|^(what|which|do you)/.test(q)) {
    const key = fav[1];
    const value = earlier.favourites[key];
    return value
      ? say("[Your favourite {} is {}.|You told me your favourite {} is {}.]", key, value, key, value)
      : say(
          "[You haven't told me your favourite {} yet.|I don't know your favourite {} yet.] [What is it?|Which one is it?]",
          key,
          key,
        );
  }
  if (ask(/\bwhat (?:do i (?:like|love|enjoy)|are my (?:hobbies|interests))\b/)) {
    return earlier.likes.length
      ? say("[You told me you like {}.|You said you enjoy {}.]", list(earlier.likes), list(earlier.likes))
      : say(
          "[You haven't told me what you like yet.|I don't know your interests yet.] [What do you enjoy?|What are you into?]",
        );
  }
  if (ask(/\bwhat do you (?:know|remember) about me\b|\bwhat did i (?:tell|say to) you\b|\bwhat have i told you\b/)) {
    const all = userFacts(users.slice(0, -1));
    const said: string[] = [];
    if (all.name) said.push(`your name is ${all.name}`);
    if (all.city) said.push(`you live in ${all.city}`);
    if (all.job) said.push(`you're ${all.job}`);
    if (all.likes.length) said.push(`you like ${list(all.likes)}`);
    for (const [k, v] of Object.entries(all.favourites)) said.push(`your favourite ${k} is ${v}`);
    return said.length
      ? say("[You told me that|From what you said,] {}.", list(said))
      : say("[You haven't told me anything about yourself yet.|Nothing yet: you haven't told me about yourself.]");
  }
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
    return say(`[Thanks for telling me!|Good to know!|Noted, thanks!]${next}`);
  }
  return null;
}

const SAID: string[] = [];

/** A reply template's expansions with its "{}" slots filled in order; the template joins the writable texts. */
function say(template: string, ...values: string[]): Filled[] {
  if (!SAID.includes(template)) SAID.push(template);
  let i = 0;
  return expand(template.replace(/\{\}/g, () => values[i++] ?? ""));
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
  return (
    !ownTopic &&
    (PRONOUN.test(last) || CONTEXT_FREE.test(last) || /^\s*(tell me more|more|go on|continue|why)\b/i.test(last))
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
  const picked = reasons.length ? reasons.slice(0, 2) : all.length > 1 ? all.slice(1, 3) : all;
  const lead = ["[Mainly this:|The short answer:|Put simply:]"];
  SAID.push(...lead.filter((l) => !SAID.includes(l)));
  return expand(`${lead[0]} ${picked.join(" ").replace(/[[\]|]/g, "")}`).map((f, i) => ({
    text: f.text,
    weight: f.weight * (i === 0 ? 1 : 1),
  }));
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
