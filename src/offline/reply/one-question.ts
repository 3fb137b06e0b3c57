/**
 * A message with one question among remarks ("whats the capital of australia? i always mix it up
 * with sydney lol", "my son asked me what the capital of Canada is, I think Toronto?"): when the
 * whole message would be declined, its one question is asked alone, and answered if it can be.
 */
import { worksOut } from "../request/field-values";
import type { Candidate } from "../model/candidates";
import type { ConversationTurn } from "../read/conversation";
import { rankPassages } from "../read/retrieval";
import type { CandidateInput } from "./compose";

/** What choosing candidates reports beside them: the form is already applied, the value asked, a decline. */
export interface Flags {
  value: boolean;
  answer?: string | number;
  declined?: boolean;
  /** A skill wrote the reply (not the passages). */
  skill?: boolean;
}

type Choose = (input: CandidateInput, turns: readonly ConversationTurn[], flags: Flags) => Candidate[];

/** A sentence or clause that asks: a question word, a request to list or name, or a yes/no opening. */
const ASKS =
  /^(?:(?:hey|hi|hello|so|ok|okay|quick one|quick question|sorry|pls|please|um|uh)\b[,:!-]*\s+)*(?:what|whats|what's|who|whos|who's|where|wheres|where's|when|which|why|how|hows|how's|can u|can you|could you|would you|tell me|list|give me|name|is|are|does|do|did|was|were|convert|calculate)\b/i;

/** "...asked me what the capital of Canada is, I think...": the question inside a sentence about it. */
const EMBEDDED =
  /\b(?:asks?|asked|ask me|wonder(?:ing|ed)?|want(?:s|ed)? to know|don't know|dont know|not sure|forgot|forget)\s+(?:me\s+)?((?:what|who|where|when|which|how)\b[^,.;!?]{6,})/i;

/** "nurse here - ", "settling a pub argument: ": a short remark before a dash or a colon, no options in it. */
const LEAD_IN = /^(?![^-–—:]*(?:\bor\b|,))(?:\S+\s+){0,4}\S+\s*(?:\s[-–—]\s|:\s)\s*/i;

const FOLLOW_ON = /^(?:and|also|plus|what about|how about|same for|same with)\b/i;

const FACT_QUESTION =
  /^(?:(?:the\s+)?(?:capital|capital city|population|currency|official language|national animal)\s+of\b|(?:what|whats|what's|who|whos|who's|where|wheres|where's|when|which)\b(?!\s+(?:should|shall|would|could|can|do|did)\s+(?:i|we)\b)|how (?:many|much|far|old|long|big|tall|high|deep)\b|(?:list|name)\b)/i;

const POINTS_BACK =
  /\b(?:it|its|it's|that|this|these|those|they|them|their|theirs|he|him|his|she|her|hers|ones?|there|same|above|such)\b/i;

const OVER_GIVEN =
  /\b(?:average|mean|median|total|sum|difference|altogether|combined|in all|left over|remaining|each|left|per person|ratio|percentage|share|how (?:many|much))\b/i;

/** The message's pieces, when it is short prose: its sentences, and a question embedded in one. */
export function questionPieces(text: string): string[] {
  if (text.length > 400 || /```|\n\s*\n/.test(text)) return [];
  const sentences = text
    .trim()
    // "nurse here - what element is Fe?", "settling an argument: ...": a lead-in before a dash or a colon;
    // "whats the plural of cactus, my plant group is arguing": a remark after a comma.
    .replace(LEAD_IN, "")
    .split(
      /(?<=[.?!])\s+|\s+(?=\b(?:lol|haha|tbh|thx|thanks|ty)\b)|,\s+(?=(?:my|i|i'm|im|we|we're|our|because|cos|coz|as|since|lol)\b)/i,
    )
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  // A lone sentence that ends with a question mark asks too ("biggest planet in our solar system?"),
  // unless it is a guess beside a question ("iron or something?").
  const marked = sentences.filter(
    (s) =>
      /\?\s*$/.test(s) &&
      !/\bor (?:something|what|so)\??\s*$/i.test(s) &&
      // "I think it is Toronto but I am not sure?": a doubt said about the question, not a question.
      !/^(?:i|i'm|im|i've|my|we|it's|its|or)\b/i.test(s),
  );
  // "and while ur at it australia": a follow-on is a second question, not a remark.
  const asking = sentences.filter((s) => ASKS.test(s) || FOLLOW_ON.test(s) || (marked.length === 1 && marked[0] === s));
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

/** The name a system or developer message gives the assistant: "You are Mittens, a...", "You play Tim, a...". */
function calledName(turns: readonly ConversationTurn[]): string | undefined {
  const system = turns
    .filter((t) => t.role === "system" || t.role === "developer")
    .map((t) => t.text)
    .join("\n");
  return /\b(?:[Yy]ou are|[Yy]ou.re|[Yy]ou play|[Yy]our name is|[Yy]ou are called)\s+([A-Z][a-z]{1,20})\b(?:,|\s+(?:a|an|the)\b)/.exec(
    system,
  )?.[1];
}

/** The candidates for the message's one question asked alone, or null when it too is declined. */
export function askedAlone(
  input: CandidateInput,
  turns: readonly ConversationTurn[],
  choose: Choose,
): { candidates: Candidate[]; asWritten: boolean; answer?: string | number } | null {
  const last = turns.map((t) => t.role).lastIndexOf("user");
  // Only a first message: later, the remarks may be instructions about what the question reads ("remove the leeks").
  if (last < 0 || turns.some((t, i) => i !== last && t.role !== "system" && t.role !== "developer")) return null;
  // "mittens what's 2 plus 2", to "You are Mittens, a sarcastic cat": the character's name, called out first.
  const called = calledName(turns);
  const named = called ? new RegExp(`^\\s*(?:hey\\s+|hi\\s+|ok\\s+)?${called}\\b[,:!]?\\s+(?=\\S)`, "i") : null;
  const unnamed = named?.test(input.lastUser) ? [input.lastUser.replace(named, "")] : [];
  for (const question of [...unnamed, ...questionPieces(input.lastUser)]) {
    // "what do i set it to": a question that points into the remarks cannot be asked without them.
    if (POINTS_BACK.test(question)) continue;
    // "Mia is 10, Leo is 7 and Zoe is 4. whats the average age?": a sum over the numbers the remarks give.
    const own = new Set(question.match(/\d+/g) ?? []);
    const remarked = (input.lastUser.match(/\d+/g) ?? []).some((n) => !own.has(n));
    if (OVER_GIVEN.test(question) && remarked) continue;
    // "A dog walker charges 12 euros per walk. What do 5 walks cost?": worked out from the remarks' rate.
    if (remarked && worksOut(input.lastUser)) continue;
    const oneTurns = turns.map((t, i) => (i === last ? { ...t, text: question } : t));
    const flags: Flags = { value: false };
    const candidates = choose(
      { ...input, lastUser: question, turns: oneTurns, ranked: rankPassages(oneTurns), alone: true },
      oneTurns,
      flags,
    );
    // Passages answer only a plain question of fact asked alone; advice ("Should I get a cat or a
    // dog?") asked without its remarks would be answered by a passage that merely shares its words.
    const plain = flags.skill || FACT_QUESTION.test(question);
    if (!flags.declined && plain && candidates.length)
      return { candidates, asWritten: flags.value, answer: flags.answer };
  }
  return null;
}
