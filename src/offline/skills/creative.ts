/**
 * Creative requests in a conversation: what kind of piece (tagline, names, haiku, poem), about
 * what, and how bold. Follow-ups ("Give me one more, even bolder.", "Now one for our tea menu.")
 * inherit the kind and subject of the request before them; a system message that names a
 * business ("You help a small coffee shop with its marketing.") gives the subject when the user
 * names none.
 */
import type { ConversationTurn } from "../read/conversation";
import { readCreative, subjectOf, type CreativeKind, type CreativeRequest } from "../language/templates";

const FOLLOW_UP = /\b(another|one more|more|again|next|bolder|different|else|try|new one|one for)\b/i;
const BUSINESS =
  /\b(?:small |little |local |new |family )?((?:[a-z-]+ )?(?:shop|store|caf[eé]|bakery|gym|bookshop|bookstore|restaurant|bistro|studio|salon|agency|brand|startup|company|business|bar|pub|florist|boutique|clinic|hotel|garage|brewery|bakehouse))\b/i;

/** The creative request the last user message makes, alone or through the turns before it. */
export function creativeRequest(turns: readonly ConversationTurn[]): CreativeRequest | null {
  const users = turns.filter((t) => t.role === "user").map((t) => t.text);
  const last = users[users.length - 1];
  if (last === undefined) return null;
  const own = readCreative(last);
  let kind: CreativeKind | undefined = own?.kind;
  let subject = own?.subject;
  let topic = own?.topic;
  let message = own?.message;
  const bold = own?.bold ?? /\b(bold|bolder|daring|punchier|edgier|wilder|braver)\b/i.test(last);
  if (!kind) {
    // A follow-up only continues a creative exchange: "Give me another one." after a tagline.
    if (!FOLLOW_UP.test(last) || last.split(/\s+/).length > 14) return null;
    for (let i = users.length - 2; i >= 0 && !kind; i--) {
      const earlier = readCreative(users[i]);
      if (earlier) {
        kind = earlier.kind;
        const fresh = newSubject(last);
        subject ??= fresh ?? earlier.subject;
        if (!fresh) topic ??= earlier.topic;
        message ??= earlier.message;
      }
    }
    if (!kind) return null;
  }
  if (kind === "subject") subject ??= message;
  subject ??= systemSubject(turns);
  // A story or a joke about nothing in particular is the corpus's own; a title needs a topic.
  if (!subject && (kind === "story" || kind === "joke" || kind === "title" || kind === "subject")) return null;
  if (kind === "subject" && !message) return null;
  if (!subject)
    subject = kind === "haiku" || kind === "poem" ? "programming" : kind === "limerick" ? "cat" : "coffee shop";
  return { kind, subject, bold, ...(topic ? { topic } : {}), ...(message ? { message } : {}) };
}

/** "Now one for our tea menu." names a new subject for the same kind of piece. */
function newSubject(text: string): string | undefined {
  if (!/\b(for|about)\b/i.test(text)) return undefined;
  return subjectOf(text);
}

function systemSubject(turns: readonly ConversationTurn[]): string | undefined {
  for (const t of turns) {
    if (t.role !== "system" && t.role !== "developer") continue;
    const m = BUSINESS.exec(t.text);
    if (m) return m[1].toLowerCase().replace(/^(a|an|the|our|my)\s+/, "");
  }
  return undefined;
}
