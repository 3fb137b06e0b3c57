/**
 * How many hidden reasoning tokens a reasoning model spends on a request: more for a longer or
 * harder question (sums, code, "why", puzzles) and for a higher effort, with some spread from one
 * request to the next, as a real model's thinking varies. The spread is drawn from the request's
 * own text, seed and choice, so a seeded request reports the same count every time; the effort
 * only scales it, so "high" always thinks more than "medium", and "medium" more than "low".
 */
import type { ChatRequest } from "../request/chat-request";
import { freshRandom, seededRandom } from "../model/rng";
import { messageText } from "../request/chat-request";

/** Typical reasoning tokens at each effort for a question of middling difficulty. */
const BASE: Record<string, number> = { none: 0, minimal: 0, low: 96, medium: 320, high: 900, xhigh: 2000, max: 4000 };

const HARD =
  /\b(why|prove|proof|calculate|compute|solve|how (?:much|many)|step[- ]by[- ]step|compare|plan|puzzle|riddle|optimi[sz]e|debug|bug|algorithm|complexity|derive|estimate|trade-?offs?)\b|\d\s*[-+*/×^%]\s*\d|```/gi;

/** 0.1 (a greeting) to about 1.5 (a long question full of sums and code). */
export function difficulty(question: string): number {
  const words = question.split(/\s+/).filter(Boolean).length;
  const cues = Math.min(4, (question.slice(0, 10_000).match(HARD) ?? []).length);
  return Math.min(1.5, Math.max(0.1, Math.log2(1 + words) / 7 + 0.2 * cues));
}

/** The reasoning tokens choice `index` spends before its answer (0 for models or efforts that do not reason). */
export function reasoningTokens(req: ChatRequest, index: number): number {
  if (!req.info.reasoning) return 0;
  const base = BASE[req.reasoningEffort ?? "medium"] ?? BASE.medium;
  if (base === 0) return 0;
  const users = req.messages.filter((m) => m.role === "user");
  const question = users.length ? messageText(users[users.length - 1]) : "";
  // The same request and seed think alike whatever the effort; the effort scales the thinking.
  const rng =
    req.seed !== null
      ? seededRandom(`reasoning:${req.seed}:${index}:${question.slice(0, 2000)}:${req.messages.length}`)
      : freshRandom();
  const spread = 0.7 + 0.6 * rng.next();
  return Math.max(16, Math.round(base * (0.35 + difficulty(question)) * spread));
}
