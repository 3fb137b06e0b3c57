/**
 * Standing rules about how every reply starts or ends ("Always end every answer with the words
 * 'Enjoy your stay!'", "Begin each reply with 'Ahoy!'", "Sign off with 'Cheers, Sam'"). They are
 * said in a system or developer message, or by the user as a rule for the rest of the chat ("from
 * now on"), and hold for every reply whatever answered it: the reply is the answer with the words
 * added, never the words instead of the answer.
 */
import type { ConversationTurn } from "./conversation";

export interface Bookends {
  start?: string;
  end?: string;
  /** "starts with 'TEST RESULT:' followed by PASS or FAIL": the word for a yes, then for a no, after the start. */
  verdict?: [string, string];
  /** "From now on, please call me Captain": how the user asked to be addressed. */
  address?: string;
}

/** "Call me Captain", "Please address me as Dr. Lee", "refer to me as Boss": the name, capitalised as a name. */
const CALL_ME =
  /\b(?:[Cc]all me|[Aa]ddress me as|[Rr]efer to me as|[Cc]all me by the name)\s+["'“]?((?:Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Madam|Lady|Lord)?\s?\p{Lu}[\p{L}'-]{1,20}(?:\s\p{Lu}[\p{L}'-]{1,20})?)["'”]?(?=\s*(?:[.,!;]|$|\s+(?:from now on|please|instead|going forward|in every|for the rest)\b))/u;
/**
 * "Always address the user as sir or madam", "Call the user 'boss'", "refer to the guest as
 * Your Majesty": a system rule for how every reply addresses the user. A choice ("sir or madam")
 * takes its first word; a lower-case title is capitalised where it opens the reply.
 */
const ADDRESS_USER =
  /\b(?:address|call|refer to|speak to)\s+(?:the\s+|every\s+|each\s+|all\s+)?(?:user|users|customer|customers|guest|guests|visitor|visitors|caller|callers|player|players|student|students|person you(?:'re| are) (?:talking|speaking) to)\s+(?:as\s+|by\s+)?["'“‘]?((?:[Yy]our\s+)?\p{L}(?:[\p{L}-]|'(?=\p{L})){1,20}(?:\s\p{Lu}[\p{L}-]{1,20})?)["'”’]?(?:\s+or\s+["'“‘]?\p{L}[\p{L}'-]{1,20}["'”’]?)?(?=\s*(?:[.,!;]|$|\s+(?:at all times|always|in every|every time|throughout|from now on|when)\b))/u;
/** A word after "address the user as" that is no form of address: "as formally as possible". */
const NOT_A_TITLE =
  /^(?:formally|politely|informally|casually|respectfully|kindly|warmly|you|such|if|though|well|much|little|a|an|the)$/i;

/** Words after "call me" that are no name: "Call me Maybe" is a song title asked about, "call me tomorrow" a request. */
const NOT_ADDRESS = /^(?:Maybe|Back|Later|Tomorrow|Tonight|Now|Soon|Anytime|When|If)$/;

const QUOTED = String.raw`["'“‘]([^"”\n]{1,80}?)["'”’](?=\s|[.,;:!?)]|$)`;
/** Unquoted, the words run to the end of the sentence, and only a few of them: "End with the word Cheers." */
const BARE = String.raw`(?:the\s+(?:word|words|phrase|line|sentence|sign-?off)\s*:?\s*)([A-Z][^.!?\n"“]{0,40}[.!?]?)(?=\s*$|\s*\n)`;

const EVERY = String.raw`(?:(?:always|each\s+time|every\s+time|from\s+now\s+on,?|please)\s+)*`;
const REPLY = String.raw`(?:(?:every|each|all|your|all\s+your|all\s+of\s+your|the|any)\s+)?(?:(?:single|one\s+of\s+your|own)\s+)?(?:answers?|repl(?:y|ies)|responses?|messages?|turns?|outputs?)`;
const WITH = String.raw`\s+(?:with|by\s+saying|by\s+writing|on)\s+(?:the\s+(?:exact\s+)?(?:words?|phrase|line|sentence|sign-?off|greeting)\s*:?\s*)?`;

const END_VERB = String.raw`(?:end|finish|close|conclude|sign\s+off|wrap\s+up|sign)`;
const START_VERB = "(?:start|begin|open)";

const END_RULES = [
  new RegExp(String.raw`\b${EVERY}${END_VERB}(?:\s+${REPLY})?${WITH}${QUOTED}`, "i"),
  new RegExp(String.raw`\b${EVERY}${END_VERB}(?:\s+${REPLY})?\s+with\s+${BARE}`, "im"),
  // "always say 'Over and out' at the end", "add 'Cheers!' at the end of every reply"
  new RegExp(
    String.raw`\b${EVERY}(?:say|write|add|put|include|append)\s+${QUOTED}\s+(?:at|to)\s+the\s+(?:very\s+)?end\b`,
    "i",
  ),
  // "Every answer must end with 'X'", "Your replies should finish with 'X'"
  new RegExp(
    String.raw`\b${REPLY}\s+(?:must|should|always|has\s+to|have\s+to|needs?\s+to)\s+(?:always\s+)?${END_VERB}s?${WITH}${QUOTED}`,
    "i",
  ),
];
const START_RULES = [
  new RegExp(String.raw`\b${EVERY}${START_VERB}(?:\s+${REPLY})?${WITH}${QUOTED}`, "i"),
  new RegExp(
    String.raw`\b${REPLY}\s+(?:(?:must|should|always|has\s+to|have\s+to|needs?\s+to)\s+(?:always\s+)?)?${START_VERB}s?${WITH}${QUOTED}`,
    "i",
  ),
];

/** "... followed by PASS or FAIL": two words, one of which says yes. */
const VERDICT =
  /^\s*,?\s*(?:and\s+then\s+|then\s+)?(?:followed\s+by|and\s+then|then)\s+(?:either\s+)?(?:the\s+word\s+)?["'“‘]?([A-Za-z]{2,12})["'”’]?\s+or\s+["'“‘]?([A-Za-z]{2,12})["'”’]?/;
const SAYS_YES =
  /^(?:pass|passed|yes|true|correct|ok|okay|approved|valid|confirmed|success|safe|right|accept|accepted|go)$/i;
const SAYS_NO = /^(?:fail|failed|no|false|incorrect|wrong|rejected|denied|invalid|unsafe|reject|error|stop)$/i;

/** The yes word and the no word a start rule puts after its words, in that order, or undefined. */
function verdictOf(text: string, start: string): [string, string] | undefined {
  const at = text.indexOf(start);
  if (at < 0) return undefined;
  const m = VERDICT.exec(text.slice(at + start.length).replace(/^["'”’]/, ""));
  if (!m) return undefined;
  if (SAYS_YES.test(m[1]) && SAYS_NO.test(m[2])) return [m[1], m[2]];
  if (SAYS_NO.test(m[1]) && SAYS_YES.test(m[2])) return [m[2], m[1]];
  return undefined;
}

/** A user's rule holds for the rest of the chat only when said as one: "from now on", "always", "every". */
const STANDING = /\b(?:from now on|always|every|each|all (?:your|of your)|for the rest of)\b/i;

function first(rules: RegExp[], text: string): string | undefined {
  for (const re of rules) {
    const m = re.exec(text);
    if (m?.[1]?.trim()) return m[1].trim();
  }
  return undefined;
}

/** The words every reply must start and end with, from the conversation's standing rules. */
export function readBookends(turns: readonly ConversationTurn[]): Bookends {
  const said = turns
    .filter((t) => t.role === "system" || t.role === "developer" || (t.role === "user" && STANDING.test(t.text)))
    .map((t) => t.text);
  const out: Bookends = {};
  // The latest rule wins: the last message that sets one.
  for (const t of turns) {
    if (t.role !== "user" && t.role !== "system" && t.role !== "developer") continue;
    const call = CALL_ME.exec(t.text);
    if (call && !NOT_ADDRESS.test(call[1].trim())) out.address = call[1].trim();
    const rule = t.role === "user" ? null : ADDRESS_USER.exec(t.text);
    if (rule && !NOT_A_TITLE.test(rule[1].trim()))
      out.address = rule[1].trim().replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  for (const text of said) {
    const end = first(END_RULES, text);
    if (end) out.end = end;
    const start = first(START_RULES, text);
    if (start) {
      out.start = start;
      out.verdict = verdictOf(text, start);
    }
  }
  return out;
}

/** What the rule adds around a reply: words before and after, and whether its first letter goes lower case after a name. */
export function bookendParts(text: string, b: Bookends): { before: string; after: string; lower: boolean } {
  const out = text.trim();
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const gap = /\n/.test(out) ? "\n\n" : " ";
  let before = "";
  let after = "";
  let lower = false;
  if (b.end && !norm(out).endsWith(norm(b.end))) after = `${gap}${b.end}`;
  // "Captain, 9 + 6 = 15.": the name first, as a greeting would put it, unless the reply says it already.
  if (b.address && !norm(out).includes(norm(b.address))) {
    before = `${b.address}, `;
    lower = COMMON_FIRST.test(out);
  }
  // "TEST RESULT: PASS": the yes word when the reply says yes, the no word when it says no.
  const verdict = b.verdict ? polarity(out) : undefined;
  const start = b.start && verdict !== undefined && b.verdict ? `${b.start} ${b.verdict[verdict ? 0 : 1]}.` : b.start;
  if (start && !norm(out).startsWith(norm(start))) before = `${start}${gap}${before}`;
  return { before, after, lower };
}

/** True when a reply's first sentence opening with yes or no says yes, false for no, undefined when none does. */
function polarity(text: string): boolean | undefined {
  for (const sentence of text.split(/(?<=[.!?:])\s+|\n+/).slice(0, 4)) {
    const s = sentence.trim().toLowerCase();
    if (/^(?:yes|yeah|yep|affirmative|correct|indeed|that's right|true)\b/.test(s)) return true;
    if (/^(?:no|nope|negative|incorrect|false|not)\b/.test(s)) return false;
  }
  return undefined;
}

/** Words that start a reply with a capital only because they start it. */
const COMMON_FIRST =
  /^(?:The|A|An|It|It's|That|That's|There|This|Yes|No|Your|You|Here|Sure|Of|In|On|At|To|Very|Well|Certainly|Indeed|Good|Hello|Hi|Oh|Ah|Right|Hop|Evening|Morning|Welcome|Greetings|Splendid|Excellent|Of course)\b/;

/** The reply with the rule's words: added where missing, never twice. */
export function withBookends(text: string, b: Bookends): string {
  const { before, after, lower } = bookendParts(text, b);
  const body = text.trim();
  return `${before}${lower ? body.charAt(0).toLowerCase() + body.slice(1) : body}${after}`;
}
