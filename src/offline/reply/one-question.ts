/**
 * A message with one question among remarks ("whats the capital of australia? i always mix it up
 * with sydney lol", "my son asked me what the capital of Canada is, I think Toronto?"): when the
 * whole message would be declined, its one question is asked alone, and answered if it can be.
 */
import type { Candidate } from "../model/candidates";
import type { ConversationTurn } from "../read/conversation";
import { rankPassages } from "../read/retrieval";
import type { CandidateInput } from "./compose";

/** What choosing candidates reports beside them: the form is already applied, the value asked, a decline. */
export interface Flags {
  value: boolean;
  answer?: string | number;
  declined?: boolean;
}

type Choose = (input: CandidateInput, turns: readonly ConversationTurn[], flags: Flags) => Candidate[];

/** A sentence or clause that asks: a question word, a request to list or name, or a yes/no opening. */
const ASKS =
  /^(?:(?:hey|hi|hello|so|ok|okay|quick one|quick question|sorry|pls|please|um|uh)\b[,:!-]*\s+)*(?:what|whats|what's|who|whos|who's|where|wheres|where's|when|which|why|how|hows|how's|can u|can you|could you|would you|tell me|list|give me|name|is|are|does|do|did|was|were|convert|calculate)\b/i;

/** "...asked me what the capital of Canada is, I think...": the question inside a sentence about it. */
const EMBEDDED =
  /\b(?:asks?|asked|ask me|wonder(?:ing|ed)?|want(?:s|ed)? to know|don't know|dont know|not sure|forgot|forget)\s+(?:me\s+)?((?:what|who|where|when|which|how)\b[^,.;!?]{6,})/i;

const POINTS_BACK = /\b(?:it|its|it's|that|this|these|those|they|them|their|theirs|ones?|there|same|above|such)\b/i;

/** The message's pieces, when it is short prose: its sentences, and a question embedded in one. */
export function questionPieces(text: string): string[] {
  if (text.length > 400 || /```|\n\s*\n/.test(text)) return [];
  const sentences = text
    .trim()
    .split(/(?<=[.?!])\s+|\s+(?=\b(?:lol|haha|tbh|thx|thanks|ty)\b)/i)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  const asking = sentences.filter((s) => ASKS.test(s));
  const embedded = sentences.flatMap((s) => {
    const m = EMBEDDED.exec(s);
    return m && !ASKS.test(s) ? [m[1].trim()] : [];
  });
  const found = [...asking, ...embedded];
  // One question among remarks; two questions are the rest-of-message and partial readers' to split.
  if (found.length !== 1) return [];
  const asked = [found[0], plainAsk(found[0])].filter((q, i, all) => q !== text.trim() && all.indexOf(q) === i);
  return asked;
}

/** "can u list the planets?" -> "list the planets?"; "15 percent from 80" -> "15 percent of 80". */
function plainAsk(question: string): string {
  return question
    .replace(
      /^(?:(?:hey|hi|hello|so|ok|okay|pls|please)\b[,:!-]*\s+)*(?:can|could|would|will) (?:u|you) (?:please |pls )?(?=(?:list|name|give|tell|show|write|make|explain|convert|calculate|work out|spell|count)\b)/i,
      "",
    )
    .replace(/\b(percent|per cent|%)\s+from\b/gi, "$1 of")
    .replace(/\s+(?:pls|please)\s*([?.!]*)$/i, "$1");
}

/** The candidates for the message's one question asked alone, or null when it too is declined. */
export function askedAlone(
  input: CandidateInput,
  turns: readonly ConversationTurn[],
  choose: Choose,
): { candidates: Candidate[]; asWritten: boolean; answer?: string | number } | null {
  const last = turns.map((t) => t.role).lastIndexOf("user");
  // Only a first message: later, the remarks may be instructions about what the question reads ("remove the leeks").
  if (last < 0 || turns.some((t, i) => i !== last && (t.role === "user" || t.role === "assistant"))) return null;
  for (const question of questionPieces(input.lastUser)) {
    // "what do i set it to": a question that points into the remarks cannot be asked without them.
    if (POINTS_BACK.test(question)) continue;
    const oneTurns = turns.map((t, i) => (i === last ? { ...t, text: question } : t));
    const flags: Flags = { value: false };
    const candidates = choose(
      { ...input, lastUser: question, turns: oneTurns, ranked: rankPassages(oneTurns), alone: true },
      oneTurns,
      flags,
    );
    if (!flags.declined && candidates.length) return { candidates, asWritten: flags.value, answer: flags.answer };
  }
  return null;
}
