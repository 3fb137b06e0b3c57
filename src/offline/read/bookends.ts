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
}

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
    String.raw`\b${REPLY}\s+(?:must|should|always|has\s+to|have\s+to|needs?\s+to)\s+(?:always\s+)?${START_VERB}s?${WITH}${QUOTED}`,
    "i",
  ),
];

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
  for (const text of said) {
    const end = first(END_RULES, text);
    if (end) out.end = end;
    const start = first(START_RULES, text);
    if (start) out.start = start;
  }
  return out;
}

/** The reply with the rule's words: added where missing, never twice. */
export function withBookends(text: string, b: Bookends): string {
  let out = text.trim();
  const norm = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  if (b.end && !norm(out).endsWith(norm(b.end))) out = `${out}${/\n/.test(out) ? "\n\n" : " "}${b.end}`;
  if (b.start && !norm(out).startsWith(norm(b.start))) out = `${b.start}${/\n/.test(out) ? "\n\n" : " "}${out}`;
  return out;
}
