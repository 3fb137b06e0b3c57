/**
 * Context management at scale: counting and trimming conversations of 100, 1,000 and 10,000
 * messages with the reference solution, against naive versions that re-encode everything.
 *
 * Goals (issue 4): trimming a 10,000-message history to a 4,000-token budget in under 50 ms, and at
 * least 20x faster than re-encoding everything on each turn. Timings are measured and printed here,
 * never asserted in tests: they depend on the machine.
 */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { ConversationManager, countChatTokens, trimToTokenBudget } from "../solutions/context";
import { DEFAULT_MODEL } from "../src/api/catalog";
import { formatDuration } from "../src/workbook/format";
import { showTable } from "../src/workbook/table";
import { countTokens } from "../src/api/tokens";

const SIZES = [100, 1_000, 10_000];
const BUDGET = 4_000;
const MODEL = DEFAULT_MODEL;
/** The quadratic version re-counts the whole list after every drop: only run it where it finishes. */
const QUADRATIC_UP_TO = 100;

const TOPICS = [
  "decorators",
  "generators",
  "closures",
  "list comprehensions",
  "context managers",
  "type hints",
  "async functions",
  "dataclasses",
];

/** A tutoring conversation: a system message, then alternating turns of 10 to 60 words. */
function history(size: number): ChatCompletionMessageParam[] {
  const messages: ChatCompletionMessageParam[] = [{ role: "system", content: "You are a helpful Python tutor." }];
  for (let i = 1; i < size; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const words = 10 + ((i * 37) % 51);
    const body = Array.from({ length: words }, (_, w) =>
      w % 9 === 0 ? topic : ["the", "function", "returns", "a", "value", "when", "called", "with"][(i + w) % 8],
    ).join(" ");
    messages.push(
      i % 2 === 1
        ? { role: "user", content: `Question ${i} about ${topic}: ${body}?` }
        : { role: "assistant", content: `Answer ${i}: ${body}.` },
    );
  }
  return messages;
}

/** What a learner writes first: count the whole conversation, then drop the oldest turns until it fits. */
function trimReencodingEverything(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  const costs = messages.map((m) => countChatTokens([m], model) - 3);
  let total = 3 + costs.reduce((a, b) => a + b, 0);
  let start = 1;
  while (total > maxTokens && start < messages.length) total -= costs[start++];
  return [messages[0], ...messages.slice(start)];
}

/** Worse: re-counts the whole list after every message it drops. */
function trimRecountingAfterEachDrop(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  const kept = [...messages];
  while (kept.length > 1 && countChatTokens(kept, model) > maxTokens) kept.splice(1, 1);
  return kept;
}

/** Median wall time of `fn` in ms, over enough runs to fill about `budgetMs`. */
function time(fn: () => unknown, budgetMs = 300): number {
  const first = performance.now();
  fn();
  const once = performance.now() - first;
  const runs = Math.max(1, Math.min(50, Math.floor(budgetMs / Math.max(once, 0.01))));
  const samples = [once];
  for (let i = 1; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const ms = (n: number) => formatDuration(n);
const times = (n: number) => `${n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(1)}×`;

/** tokenCount() after every turn of a long conversation: the manager's cached counts against a full recount. */
function managerRows() {
  const turns = 500;
  const maxHistory = 100;
  const conversation = history(turns + 1).slice(1);
  const noop = { chat: { completions: { create: async () => ({}) } } } as never;
  const run = (count: (manager: ConversationManager) => number) => {
    const manager = new ConversationManager(noop, { maxHistory });
    manager.setSystemMessage("You are a helpful Python tutor.");
    const start = performance.now();
    for (const m of conversation) {
      manager.addUserMessage(String(m.content));
      count(manager);
    }
    return performance.now() - start;
  };
  const cachedMs = run((manager) => manager.tokenCount());
  const plainMs = run((manager) => countChatTokens(manager.messages, MODEL));
  const what = `${turns} turns, last ${maxHistory} kept, tokenCount() after each`;
  return [
    {
      [what]: "manager that caches each message's count",
      total: ms(cachedMs),
      "per turn": ms(cachedMs / turns),
      "speed-up": times(plainMs / cachedMs),
    },
    {
      [what]: "countChatTokens(messages): re-encodes every message",
      total: ms(plainMs),
      "per turn": ms(plainMs / turns),
      "speed-up": "1×",
    },
  ];
}

export default async function contextBench(): Promise<void> {
  countTokens("warm up the encoder", MODEL); // loading the rank table takes about a second: not part of any timing
  const rows: Record<string, unknown>[] = [];
  for (const size of SIZES) {
    const messages = history(size);
    const tokens = countChatTokens(messages, MODEL);
    const kept = trimToTokenBudget(messages, BUDGET, MODEL);
    const check = trimReencodingEverything(messages, BUDGET, MODEL);
    if (JSON.stringify(kept) !== JSON.stringify(check)) throw new Error(`the two trims disagree at ${size} messages`);
    const count = time(() => countChatTokens(messages, MODEL));
    const reference = time(() => trimToTokenBudget(messages, BUDGET, MODEL));
    const naive = time(() => trimReencodingEverything(messages, BUDGET, MODEL));
    const quadratic =
      size <= QUADRATIC_UP_TO ? time(() => trimRecountingAfterEachDrop(messages, BUDGET, MODEL), 1_000) : undefined;
    rows.push({
      messages: size,
      "history tokens": tokens,
      kept: kept.length,
      "countChatTokens (all)": ms(count),
      "µs per message": ((count * 1000) / size).toFixed(1),
      "trim: reference": ms(reference),
      "trim: re-encode all": ms(naive),
      "speed-up": times(naive / reference),
      "trim: recount after each drop": quadratic === undefined ? "skipped (N² work)" : ms(quadratic),
      "goal < 50 ms": reference < 50 ? "yes" : "NO",
    });
  }
  showTable(rows, {
    caption: `Counting and trimming to ${BUDGET.toLocaleString("en-US")} tokens (${MODEL}, median of repeated runs)`,
  });
  showTable(managerRows(), { caption: "Why a manager remembers each message's count" });
}

// `npx tsx bench/context.bench.ts` runs it on its own too.
if (process.argv[1] && /context\.bench\.ts$/.test(process.argv[1])) await contextBench();
