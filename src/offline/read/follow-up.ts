/** Follow-up questions ("What about Rome?", "And its population?") read against the turns before them. */
import type { ConversationTurn } from "./conversation";

/**
 * The last question rewritten against the turns before it, for retrieval: "What about Rome?" after
 * "What's the capital of France?" asks "What's the capital of Rome?"; "And its population?" after
 * an answer about Paris asks about Paris's population. Returns null when nothing needs resolving.
 */
export function resolveFollowUp(turns: readonly ConversationTurn[]): string | null {
  const lastIndex = findLast(turns, (t) => t.role === "user");
  if (lastIndex < 0) return null;
  const last = turns[lastIndex].text.trim();
  const prevUser = findLast(turns.slice(0, lastIndex), (t) => t.role === "user");
  if (prevUser < 0) return null;
  const previous = turns[prevUser].text;
  const about = /^\s*(?:and\s+|ok(?:ay)?,?\s+|so\s+)?(?:what|how) about\s+(?:the\s+)?(.+?)\s*\??\s*$/i.exec(last);
  if (about) {
    const entity = mainEntity(previous);
    const target = about[1];
    if (entity && new RegExp(`\\b${escape(entity)}\\b`, "i").test(previous))
      return previous.replace(new RegExp(`\\b${escape(entity)}\\b`, "i"), target);
    return `${previous} ${target}`;
  }
  const its = /^\s*(?:and\s+|what about\s+|what's\s+|what is\s+)?(?:its|their)\s+(.+?)\s*\??\s*$/i.exec(last);
  if (its) {
    const entity = lastEntity(turns.slice(0, lastIndex));
    if (entity) return `What is the ${its[1]} of ${entity}?`;
  }
  return null;
}

/** The entity a question is about: its last capitalized word group that is not its first word. */
function mainEntity(question: string): string | undefined {
  const found = [...question.matchAll(/(?<!^)(?<![.?!]\s)\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)/gu)]
    .map((m) => m[1])
    .filter((w) => w !== "I");
  if (found.length) return found[found.length - 1];
  const of = /\b(?:of|about|in|for)\s+(?:the\s+)?([a-z][\w-]+)\s*\??\s*$/i.exec(question);
  return of?.[1];
}

/** The entity the last exchange was about: what the answer's first sentence names that the question did not, else the question's. */
function lastEntity(turns: readonly ConversationTurn[]): string | undefined {
  const a = findLast(turns, (t) => t.role === "assistant");
  const u = findLast(turns, (t) => t.role === "user");
  const question = u >= 0 ? turns[u].text : "";
  if (a >= 0) {
    const first = turns[a].text.split(/(?<=[.!?])\s+/)[0];
    const names = [...first.matchAll(/\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)/gu)]
      .map((m) => m[1])
      .filter((w) => !/^(The|A|An|It|This|That|I|You|What|How|Why|And|Its|In|On|Yes|No|Sure|Here|There)$/.test(w));
    const fresh = names.filter((n) => !question.includes(n));
    if (fresh.length) return fresh[0];
    if (names.length) return names[0];
  }
  return mainEntity(question);
}

function findLast<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
