/**
 * The user's own news or feeling, told rather than asked ("i just parallel parked on the first
 * try", "only ran 2 km today instead of 5... feel so lazy"): said back to them in the second person,
 * with congratulations or encouragement. Everything in the reply comes from the message itself, so
 * it is grounded; a persona then says it in its own voice (a commentator narrates it).
 */
import { expand, type Filled } from "../language/templates";
import type { Skill } from "./skill";

/** A first-person telling: "i just...", "I finally...", "only ran...", "my first...". */
const TELLS =
  /^\s*(?:(?:so|well|ok|okay|omg|yay|ugh|guess what|hey)[,!.]*\s+)*(?:i|i've|ive|i'm|im|my|just|finally|only)\b/i;
/** A question or a request is not news: "i need you to...", "can you...", "i want a poem". */
const ASKS =
  /\?|\b(?:can|could|would|will) you\b|\bi (?:need|want|would like|'d like|wonder|was wondering)\b|\b(?:please|pls|help|tell me|explain|write|give me|how|what|why|where|when|which|who)\b/i;
/** What memory keeps ("my name is", "I have a dog"): facts stated for later, not news to react to. */
const STATES_A_FACT =
  /\b(?:my name is|i'm called|call me|i am \d|i'm \d|i live|i have (?:a|an|two|three|\d)|my (?:\w+ )?(?:is|are) (?:called|named)|i was born|my favou?rite)\b/i;

const GOOD =
  /\b(?:just|finally|first try|first time|first go|passed|won|made it|managed|did it|new record|personal best|pb|promoted|hired|got the job|got in|finished|graduated|engaged|nailed|aced|perfect)\b/i;
/** A shortfall ("only 2 km instead of 5"), which a word of encouragement answers; a worry is other skills' to answer. */
const BAD =
  /\b(?:lazy|failed|only|instead of|missed|forgot|gave up|behind|rubbish|useless|didn't finish|couldn't finish)\b/i;
const WORRIED = /\b(?:stress(?:ed)?|anxious|worried|nervous|scared|sad|depressed|lonely|overwhelmed|panic)\b/i;
/** Any request in the message makes it no mere telling: "I'm starting a book club. Suggest 4 names." */
const REQUESTS =
  /\b(?:suggest|recommend|name|names|list|make|create|come up|brainstorm|pick|choose|draft|plan|find|show|translate|summari[sz]e|rewrite|convert|calculate|describe|ideas?|advice|tips?)\b/i;

const PRONOUNS: [RegExp, string][] = [
  [/\bi'm\b|\bim\b|\bi am\b/gi, "you're"],
  [/\bi've\b|\bive\b/gi, "you've"],
  [/\bi'll\b/gi, "you'll"],
  [/\bi'd\b/gi, "you'd"],
  [/\bi was\b/gi, "you were"],
  [/\bi\b/gi, "you"],
  [/\bmyself\b/gi, "yourself"],
  [/\bmy\b/gi, "your"],
  [/\bmine\b/gi, "yours"],
  [/\bme\b/gi, "you"],
];

/** The telling's first clause, in the second person: "only ran 2 km today instead of 5" -> "you ran 2 km today instead of 5". */
function toldBack(message: string): string | null {
  const first = message
    .trim()
    .replace(/^(?:(?:so|well|ok|okay|omg|yay|ugh|guess what|hey)[,!.]*\s+)+/i, "")
    .split(/\.\.\.|…|[,;!.]\s|\s+(?:but|and (?:i |now i )?(?:feel|felt)|feel(?:ing)?|tbh|lol|haha)\b/i)[0]
    ?.replace(/[.!,;]+$/, "")
    .trim();
  if (!first || first.split(/\s+/).length < 3 || first.split(/\s+/).length > 20) return null;
  let told = first.replace(/^only\s+/i, "");
  // "ran 2 km today" has no subject: the teller is it.
  if (!/^(?:i|i've|ive|i'm|im|my)\b/i.test(told)) told = `I ${told}`;
  for (const [re, to] of PRONOUNS) told = told.replace(re, to);
  return told.replace(/[[\]|{}]/g, "");
}

export const news: Skill = {
  name: "news",
  does: "the user's own news or feeling, told back to them with congratulations or encouragement",
  reply: ({ turns, lastUser, json }) => {
    if (
      json ||
      lastUser.length > 200 ||
      !TELLS.test(lastUser) ||
      ASKS.test(lastUser) ||
      REQUESTS.test(lastUser) ||
      WORRIED.test(lastUser) ||
      STATES_A_FACT.test(lastUser)
    )
      return null;
    const bad = BAD.test(lastUser);
    const good = !bad && GOOD.test(lastUser);
    if (!bad && !good) return null;
    const told = toldBack(lastUser);
    if (!told) return null;
    const you = told.charAt(0).toUpperCase() + told.slice(1);
    const template = good
      ? `[Nice work!|Well done!|That's great news!] ${you}[, and that's worth celebrating.|. Enjoy the moment!|.]`
      : `[Go easy on yourself.|Don't be too hard on yourself.] ${you}[, and that still counts.|: that's still more than nothing.|. Every bit counts.]`;
    // A conversation's later turns may react to what the assistant said: only a fresh telling is news.
    const earlier = turns.filter((t) => t.role === "assistant").length;
    const texts: Filled[] = expand(template).map((f) => ({ text: f.text, weight: f.weight * (earlier ? 0.9 : 1) }));
    return { texts };
  },
};
