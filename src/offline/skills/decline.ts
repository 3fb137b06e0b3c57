/**
 * The honest "I can't": when no skill answered and no passage grounds the question
 * (read/grounding.ts), the model says what it is, that it cannot answer this (naming the thing
 * asked when it can be read), and how to get a real answer. Asked last, after the passages
 * (reply/compose.ts): a confident neighbour passage is the one reply it must never give.
 */
import { expand, type Filled } from "../language/templates";
import type { ConversationTurn } from "../read/conversation";
import { contentWords, judgeGrounding, withoutFormWords, type Grounding } from "../read/grounding";
import { rankPassages, type Scored } from "../read/retrieval";
import type { Skill, SkillInput } from "./skill";
import { answerFact } from "./fact-answers";
import { HELP_ASK } from "./computed";

/** What it is, in several phrasings: every one names the offline model. */
const WHAT_I_AM = [
  "I'm the workbook's small offline model: I know a few topics (Paris and other capitals, Python, recursion, sorting, machine learning, writing) and how the Chat Completions API works, and not much beyond them.",
  "As the workbook's offline model, I only know a handful of topics and the mechanics of the Chat Completions API, and I have no access to the internet.",
];

/** How to get a real answer. */
const REAL_ANSWER = [
  "For a real answer, set OPENAI_API_KEY in the DOTENV file, or point OPENAI_BASE_URL at a local server such as Ollama.",
];

/** expand() closes the space before a full stop, which would glue ".env" to "the". */
const withDotenv = (list: Filled[]): Filled[] => list.map((f) => ({ ...f, text: f.text.replace("DOTENV", ".env") }));

const LIVE = "I have no live data, so no prices, weather or news.";

/** What the question asks, readable inside a sentence: a thing ("the price of bread in Berlin") or a task ("write a SQL query"). */
export interface Asked {
  kind: "thing" | "task";
  text: string;
}

/**
 * Whole replies: "can't" first, then what the model is, then where a real answer comes from.
 */
export function declineTexts(asked: Asked | undefined, live: boolean, scope?: string): Filled[] {
  const cant =
    asked?.kind === "thing"
      ? [
          `[I'm sorry, but I can't tell you|Sorry, I can't tell you|I cannot tell you] ${asked.text}.`,
          `I can't answer that reliably: ${asked.text} is outside what I know.`,
        ]
      : asked?.kind === "task"
        ? [
            `[I'm sorry, but I can't|Sorry, I can't|I cannot] ${asked.text}.`,
            `I can't ${asked.text} reliably, I'm afraid.`,
          ]
        : ["[I'm sorry, but I can't answer that|Sorry, I can't answer that|I cannot answer that reliably]."];
  const out: Filled[] = [];
  // The first opening and the first self-description are the model's favourites.
  for (const [i, opening] of cant.entries())
    for (const [j, self] of WHAT_I_AM.entries())
      for (const c of withDotenv(
        expand(
          `${opening}${live ? ` ${LIVE}` : ""} ${self}${scope ? ` ${scope.replace(/[[\]|]/g, "")}` : ""} ${REAL_ANSWER[0]}`,
        ),
      ))
        out.push({ text: c.text, weight: c.weight * (i === 0 ? 1.5 : 1) * (j === 0 ? 1.3 : 1) });
  return out;
}

/** The decline templates, for the seam check: these are the model's own words too. */
export function declineTemplates(): string[] {
  return [
    ...declineTexts({ kind: "thing", text: "{}" }, true),
    ...declineTexts({ kind: "task", text: "{}" }, false),
    ...declineTexts(undefined, false),
  ].map((f) => f.text);
}

const AUX = "is|are|was|were|do|does|did|can|could|will|would|should|has|have|am";
const TASK =
  /^(?:please\s+)?(?:can you\s+|could you\s+)?(write|translate|convert|solve|balance|recommend|suggest|find|calculate|compute|make|build|create|draw|plan|book|order|check|compare|fix|debug|generate|list|name|give me)\b\s*(.*)$/i;

/**
 * What a question asks, readable inside a sentence: "What is the price of bread in Berlin?" ->
 * the thing "the price of bread in Berlin"; "What is photosynthesis?" -> "what photosynthesis is";
 * "Write a SQL query" -> the task "write a SQL query"; a question that would need rewording
 * ("How far is the Moon?") is quoted as asked. Undefined when nothing readable is left.
 */
export function thingAsked(question: string): Asked | undefined {
  const parts = withoutFormWords(question)
    .replace(/\s+/g, " ")
    .split(/(?<=[?.!])\s+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]{2}/i.test(s));
  const q = (parts.find((s) => s.endsWith("?")) ?? parts[parts.length - 1] ?? "").replace(/[\s?.!,;:]+$/, "");
  if (!q || q.length > 90 || /[`{}<>\n"]/.test(q)) return undefined;
  const thing = (text: string | undefined) => (text ? { kind: "thing" as const, text } : undefined);
  const about = /^(?:please\s+)?(?:can you |could you )?(tell me about|explain|describe|define)\s+(.+)$/i.exec(q);
  if (about) {
    const verb = about[1].toLowerCase() === "tell me about" ? "tell you about" : about[1].toLowerCase();
    const text = phrase(`${verb} ${about[2]}`);
    return text ? { kind: "task", text } : undefined;
  }
  const told = /^(?:please\s+)?(?:can you |could you |do you know |would you know )?(?:tell me\s+)?(.+)$/i.exec(q);
  const rest = told ? told[1] : q;
  // "What does CPU stand for?" reaches here without its "stand for", read as a form phrase.
  const stands = /^what (?:does|do) (\S+)$/i.exec(rest);
  if (stands) return thing(`what ${stands[1].trim()} stands for`);
  const task = TASK.exec(rest);
  if (task) return task[2] ? { kind: "task", text: phrase(`${task[1].toLowerCase()} ${task[2]}`) ?? "" } : undefined;
  let m =
    /^what(?:'s|s| is| are| was| were)\s+(.+?)(?:\s+like)?(\s+(?:in|at|on|for|today|tomorrow|right now)\b.*)?$/i.exec(
      rest,
    );
  if (m) {
    const np = `${m[1]}${m[2] ?? ""}`;
    if (/^(?:the|today's|tomorrow's|your|my)\b/i.test(np)) return thing(phrase(np));
    const verb = /^what(?:'s|s| is| was)\b/i.test(rest) ? (/ was\b/i.test(rest.slice(0, 9)) ? "was" : "is") : "are";
    return thing(phrase(`what ${np} ${verb}`));
  }
  m = new RegExp(`^(who|which [a-z]+)\\s+(?!(?:${AUX})\\b)([a-z]+\\b.*)$`, "i").exec(rest);
  if (m) return thing(phrase(`${m[1].toLowerCase()} ${m[2]}`));
  m = /^how (?:do|can|should|could) (?:i|we|you|one) (.+)$/i.exec(rest);
  if (m) return thing(phrase(`how to ${m[1]}`));
  if (/^(?:what|who|when|where|why|how|which)\b/i.test(rest) || new RegExp(`^(?:${AUX})\\b`, "i").test(rest))
    return thing(`the answer to "${capital(rest)}?"`);
  // "capital of chile?": a bare noun phrase names the thing itself.
  if (/^(?:the\s+)?[a-z]+(?:\s+(?:of|in|for|on)\s+[\p{L}' -]+)$/iu.test(rest) && rest.split(" ").length <= 8)
    return thing(phrase(/^the\b/i.test(rest) ? rest : `the ${rest}`));
  return undefined;
}

/** A noun phrase in the model's voice: "my" becomes "your". */
function phrase(text: string): string | undefined {
  const t = text
    .replace(/\bmy\b/gi, "your")
    .replace(/\bmine\b/gi, "yours")
    .replace(/\bI'm\b/g, "you're")
    .replace(/\bI\b/g, "you")
    .replace(/\bme\b/gi, "you")
    .trim();
  return /[a-z]{2}/i.test(t) ? t : undefined;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The decision and the reply: null when a passage grounds the question (the passages answer it then). */
export function declineReplies(input: SkillInput): { texts: Filled[]; grounding: Grounding } | null {
  if (input.summarizing || input.instructions.echo) return null;
  const grounding = judgeGrounding(input.turns, input.ranked);
  if (grounding.grounded) return null;
  return { texts: declineTexts(thingAsked(grounding.question), grounding.live), grounding };
}

export const decline: Skill = {
  name: "decline",
  does: "says honestly that it cannot answer, when no skill replied and no passage grounds the question",
  reply: (input) => {
    const found = declineReplies(input);
    return found ? { texts: found.texts, asWritten: true, declined: true } : null;
  },
};

/**
 * The questions of one message: "What is recursion? And who won the 2018 World Cup?" is two.
 * Split at question marks and at "and" before a question word; parts with no content are dropped.
 */
export function questionParts(text: string): string[] {
  if (text.length > 600 || /```/.test(text)) return [text];
  return (
    text
      .split(/(?<=[?.!])\s+/)
      .flatMap((s) =>
        s.split(
          /,?\s+(?:and|also|plus)\s+(?=(?:also\s+)?(?:what|who|whom|how|when|where|which|why|is|are|can|could|do|does|did|tell me)\b)/i,
        ),
      )
      .map((s) => s.replace(/^\s*(?:and|also|plus|then)\b[\s,]*/i, "").trim())
      .filter((s) => ASKS.test(s) && contentWords(s).length > 0)
      // "Can you help with my sums? What's 15 plus 27?": the ask for help is the question that follows it.
      .filter((s, i, all) => i === all.length - 1 || !HELP_ASK.test(s))
  );
}

/** A sentence that asks something (a statement such as "I'm a beginner." is context, not a question). */
const ASKS =
  /\?\s*$|^(?:please\s+)?(?:what|whats|what's|who|whom|how|when|where|which|why|explain|describe|define|tell me|list|give me|show me|name)\b|^(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have)\s+(?:it|this|that|they|there|he|she|the|a|an|its|their)\b/i;

/** A request only part of which is grounded: the part to answer, its ranking, and the note on what is left out. */
export interface Partial {
  answered: string;
  ranked: readonly Scored[];
  note: Filled[];
}

const LEFT_OUT = [
  "[As for|About] {}: [I can't answer that part|that part I can't answer], [since|because] I'm the workbook's offline model and know only a few topics. [For that|For a real answer], set OPENAI_API_KEY, or point OPENAI_BASE_URL at a local server such as Ollama.",
];

/**
 * When a message asks two things and only one is grounded, the grounded part is answered and the
 * other named as left out: never filled with an unrelated passage. Null when the message asks one
 * thing, or when every part (or none) is grounded.
 */
export function partialRequest(turns: readonly ConversationTurn[]): Partial | null {
  const last = turns.map((t) => t.role).lastIndexOf("user");
  if (last < 0) return null;
  const parts = questionParts(turns[last].text);
  if (parts.length < 2 || parts.length > 4) return null;
  const judged = parts.map((part) => {
    const asked = turns.map((t, i) => (i === last ? { role: t.role, text: part } : t));
    const ranked = rankPassages(asked);
    return { part, ranked, grounding: judgeGrounding(asked, ranked) };
  });
  const answered = judged.find((j) => j.grounding.grounded);
  if (!answered) return null;
  // "What is the capital of Brazil? And the currency?": the bare follow-on asks the same country.
  const place = answerFact(answered.part)?.fields.country;
  const also: string[] = [];
  const left = judged.filter((j) => {
    if (j.grounding.grounded) return false;
    const bare = /^(?:the|its|their)\s+([a-z][a-z ]{1,30}?)\s*[?.!]*$/i.exec(j.part);
    const fact = bare && typeof place === "string" ? answerFact(`What is the ${bare[1]} of ${place}?`) : null;
    if (fact && !fact.lacking) also.push(fact.short);
    return !(fact && !fact.lacking);
  });
  if (also.length && !left.length)
    return { answered: answered.part, ranked: answered.ranked, note: [{ text: also.join(" "), weight: 1 }] };
  if (!left.length) return null;
  return { answered: answered.part, ranked: answered.ranked, note: leftOutNote(left.map((j) => j.part)) };
}

/** The note on the parts of a message left unanswered: what they ask, that the model cannot, and where to ask. */
export function leftOutNote(parts: readonly string[]): Filled[] {
  const names = parts.map((part) => {
    const a = thingAsked(part);
    return a ? (a.kind === "task" ? `the request to ${a.text}` : a.text) : `"${part}"`;
  });
  const what = (
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
  ).replace(/[[\]|{}]/g, "");
  return LEFT_OUT.flatMap((t) => expand(t.replace("{}", what)));
}
