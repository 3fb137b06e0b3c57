/**
 * Finds the passages that answer a conversation: BM25 over passage words plus topic keywords,
 * the last user message weighted most and earlier turns less, so "Tell me more about it."
 * stays on the topic of the turns before it.
 */
import { corpusEntries, type CorpusEntry, type Persona } from "../corpus/all";
import type { ConversationTurn } from "./conversation";
import { resolveFollowUp } from "./follow-up";
import { detectLanguage, type Lang } from "../language/languages";
import { splitCarriedSummary } from "./instructions";
import { LENGTH_PHRASE } from "./form";
import { allStems, stem, terms, words } from "../language/text";

export interface Scored {
  entry: CorpusEntry;
  score: number;
}

interface Index {
  postings: Map<string, { entry: number; tf: number }[]>;
  /** Term -> passages whose own text (not title or keywords) has it: to recognise quoted answers. */
  textPostings: Map<string, number[]>;
  /** The first 40 characters of each passage -> its entry. */
  starts: Map<string, number>;
  lengths: Float64Array;
  avgLength: number;
  keywordTopics: Map<string, Set<string>>;
  /** Keywords of several words, which count only as a phrase. */
  phrases: { phrase: string; topic: string }[];
  cues: Set<string>[];
  termSets: Set<string>[];
}

let index: Index | null = null;

function buildIndex(): Index {
  const entries = corpusEntries();
  const postings = new Map<string, { entry: number; tf: number }[]>();
  const lengths = new Float64Array(entries.length);
  const keywordTopics = new Map<string, Set<string>>();
  const phrases: { phrase: string; topic: string }[] = [];
  const cues: Set<string>[] = [];
  const termSets: Set<string>[] = [];
  const textPostings = new Map<string, number[]>();
  const starts = new Map<string, number>();
  let total = 0;
  for (const e of entries) {
    // The topic's title and keywords count as part of every passage: a haiku never says "haiku".
    const ts = terms(`${e.topic.title} ${e.topic.keywords.join(" ")} ${e.passage.text}`);
    lengths[e.index] = ts.length;
    total += ts.length;
    const tf = new Map<string, number>();
    for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push({ entry: e.index, tf: n });
    }
    cues.push(new Set((e.passage.cues ?? []).map((c) => stem(c.toLowerCase()))));
    const own = new Set(terms(e.passage.text));
    termSets.push(own);
    for (const t of own) {
      let list = textPostings.get(t);
      if (!list) textPostings.set(t, (list = []));
      list.push(e.index);
    }
    starts.set(e.passage.text.slice(0, 40), e.index);
    for (const k of e.topic.keywords) {
      const ws = words(k);
      // "write better" is a keyword as a phrase: "sleep better" is not about writing.
      if (ws.length > 1) {
        phrases.push({ phrase: ws.join(" "), topic: e.topic.id });
        continue;
      }
      for (const w of ws) {
        const s = stem(w);
        let set = keywordTopics.get(s);
        if (!set) keywordTopics.set(s, (set = new Set()));
        set.add(e.topic.id);
      }
    }
  }
  return {
    postings,
    textPostings,
    starts,
    lengths,
    avgLength: total / Math.max(entries.length, 1),
    keywordTopics,
    phrases,
    cues,
    termSets,
  };
}

const KEYWORD = 2.5;
/** How much the topic of the assistant's earlier answers carries over to the next question. */
const CONTINUITY = 4;
const DECAY = 0.6;
const K1 = 1.2;
const B = 0.5;
/** Below this, nothing in the corpus is about the conversation: answer with a general reply. */
const RELEVANT = 1.2;

/** Earlier turns only break ties, unless the last message leans on them (see leansOnContext). */
const TIE_BREAK = 0.15;
/** A last message whose own best match scores this much names its topic by itself. */
const SELF_SUFFICIENT = 6;
const PRONOUNS = /\b(it|its|it's|they|them|their|theirs|this|that|these|those|he|him|his|she|her|hers)\b/i;
/** Words of a follow-up that name no topic: "Can you show me a simple example?" */
const FOLLOW_UP = new Set(
  "example examples simple more detail details elaborate continue go on again why how else expand clarify mean understand bit little ok sure yes no great cool nice another other one show code snippet sample demo differ difference differences compare work works"
    .split(" ")
    .map(stem),
);

export interface RankOptions {
  persona?: Persona;
  language?: "python" | "typescript";
  /** The human language the reply is asked to be in ("Answer in German"), when the corpus holds it. */
  speak?: Lang;
}

/**
 * Passages by relevance to the conversation, best first; general replies when nothing matches.
 * The last user message decides; earlier turns (and carried summaries) count fully only when it
 * leans on them ("Tell me more about it."), and otherwise only break ties.
 */
export function rankPassages(asked: readonly ConversationTurn[], options: RankOptions = {}): Scored[] {
  index ??= buildIndex();
  // "What about Rome?" is ranked as the question it stands for.
  const resolved = resolveFollowUp(asked);
  const lastAsked = findLast(asked, (t) => t.role === "user");
  const turns =
    resolved === null ? asked : asked.map((t, i) => (i === lastAsked ? { role: t.role, text: resolved } : t));
  const idx = index;
  const entries = corpusEntries();
  const lastIndex = findLast(turns, (t) => t.role === "user");
  const lastUser = lastIndex >= 0 ? turns[lastIndex].text : null;
  const own = new Map<string, number>();
  // "Summarize walking in two sentences": the length asked draws no passage (a joke with "two").
  for (const t of new Set(terms((lastUser ?? "").replace(LENGTH_PHRASE, " ")))) own.set(t, 1);
  const context = new Map<string, number>();
  const continuity = new Map<string, number>();
  /** Passages the assistant has already given in this conversation. */
  const saidEntries = new Set<number>();
  const contextTexts: { text: string; w: number }[] = [];
  const addContext = (text: string, w: number) => {
    contextTexts.push({ text, w });
    const ts = new Set(terms(text));
    for (const t of ts) context.set(t, (context.get(t) ?? 0) + w);
    return ts;
  };
  let userDistance = lastIndex >= 0 ? 1 : 0;
  for (let i = turns.length - 1; i >= 0; i--) {
    if (i === lastIndex) continue;
    const turn = turns[i];
    const decay = i > lastIndex ? 1 : DECAY ** userDistance;
    if (turn.role === "user") {
      addContext(turn.text, DECAY ** userDistance);
      userDistance++;
    } else if (turn.role === "assistant") {
      const turnTerms = addContext(turn.text, 0.25 * decay);
      const source = sourceOf(turn.text, turnTerms, idx);
      if (source) {
        if (source.share >= 0.8) saidEntries.add(source.entry);
        if (source.share >= 0.6) {
          const topic = entries[source.entry].topic.id;
          continuity.set(topic, (continuity.get(topic) ?? 0) + CONTINUITY * decay);
        }
      }
    } else {
      // A summary a system message carries is earlier conversation; its instructions weigh little.
      const { instruction, carried } = splitCarriedSummary(turn.text);
      addContext(instruction, 0.2);
      if (carried) addContext(carried, DECAY);
    }
  }

  const ownScores = scoreTerms(own, idx, entries.length);
  const contextScores = scoreTerms(context, idx, entries.length);
  addPhrases(ownScores.topics, [{ text: lastUser ?? "", w: 1 }], idx);
  addPhrases(contextScores.topics, contextTexts, idx);
  for (const [topic, boost] of continuity)
    contextScores.topics.set(topic, (contextScores.topics.get(topic) ?? 0) + boost);

  let ownBest = 0;
  for (const e of entries) {
    if (e.topic.fallback) continue;
    ownBest = Math.max(ownBest, ownScores.passages[e.index] + (ownScores.topics.get(e.topic.id) ?? 0));
  }
  const alpha = leansOnContext(lastUser ?? "", ownBest) ? 1 : TIE_BREAK;

  const lastTerms = new Set(allStems(lastUser ?? ""));
  const spoken = detectLanguage(lastUser ?? "");
  const lastWords = lastUser ?? "";
  const ranked: Scored[] = [];
  for (const e of entries) {
    if (e.topic.fallback) continue;
    const mine = ownScores.passages[e.index] + (ownScores.topics.get(e.topic.id) ?? 0);
    const theirs = contextScores.passages[e.index] + (contextScores.topics.get(e.topic.id) ?? 0);
    let s = mine + alpha * theirs;
    if (s <= 0) continue;
    let cueHits = 0;
    for (const c of idx.cues[e.index]) if (lastTerms.has(c)) cueHits++;
    // Cues pick a passage within a topic the message names (or leans on), not a topic: "how" and "works" name nothing.
    if ((ownScores.topics.get(e.topic.id) ?? 0) > 0 || alpha === 1) s *= 1 + 0.6 * Math.min(cueHits, 3);
    const p = e.passage;
    if (p.persona) s *= p.persona === options.persona ? 1.8 : 0.45;
    // A role asked for prefers the passages written for it over the plain ones too.
    else if (options.persona) s *= 0.6;
    // Code is TypeScript unless the learner asks for another language: this is a TypeScript course.
    if (p.language) s *= p.language === (options.language ?? "typescript") ? 1.4 : 0.5;
    // A question in French is answered in French where the corpus can; English questions never get a translation.
    if (p.lang !== spoken) s *= p.lang ? 0.02 : 0.4;
    if (saidEntries.has(e.index)) s *= 0.1;
    ranked.push({ entry: e, score: s });
  }
  ranked.sort((x, y) => y.score - x.score || x.entry.index - y.entry.index);
  if (options.speak && ranked.length && ranked[0].score >= RELEVANT) inLanguageAsked(ranked, entries, options.speak);
  if (ranked.length === 0 || ranked[0].score < RELEVANT) {
    const fallback = entries.filter((e) => e.topic.fallback).map((entry) => ({ entry, score: RELEVANT }));
    // A greeting gets a greeting; anything else a general reply.
    return fallback.sort(
      (x, y) => fallbackRank(x.entry, lastWords) - fallbackRank(y.entry, lastWords) || x.entry.index - y.entry.index,
    );
  }
  return ranked;
}

/**
 * "Answer in German": the best topic's passages in that language come first, in their own order.
 * Only the best topic's: a German passage about another topic is a borrowed neighbour, not an answer.
 */
function inLanguageAsked(ranked: Scored[], entries: readonly CorpusEntry[], lang: Lang): void {
  const top = ranked[0];
  const topic = top.entry.topic;
  const own = ranked.filter((r) => r.entry.topic === topic && r.entry.passage.lang === lang);
  const found = own.length
    ? own
    : entries.filter((e) => e.topic === topic && e.passage.lang === lang).map((entry) => ({ entry, score: 0 }));
  if (!found.length) return;
  const lead = top.score;
  found.forEach((r, i) => {
    r.score = lead * (1.2 - 0.01 * i);
  });
  for (const r of found) if (!ranked.includes(r)) ranked.push(r);
  ranked.sort((x, y) => y.score - x.score || x.entry.index - y.entry.index);
}

/**
 * True when the last message needs the earlier turns to mean anything: it names no topic of its
 * own ("Can you show me a simple example?"), or it points back ("it", "they") without a strong
 * match of its own.
 */
function leansOnContext(lastUser: string, ownBest: number): boolean {
  const named = terms(lastUser).filter((t) => !FOLLOW_UP.has(t));
  if (named.length === 0) return true;
  return PRONOUNS.test(lastUser) && ownBest < SELF_SUFFICIENT;
}

/** BM25 per passage, plus the topic-keyword boost per topic, for weighted query terms. */
function scoreTerms(
  weights: ReadonlyMap<string, number>,
  idx: Index,
  N: number,
): { passages: Float64Array; topics: Map<string, number> } {
  const passages = new Float64Array(N);
  const topics = new Map<string, number>();
  for (const [t, wq] of weights) {
    const list = idx.postings.get(t);
    if (list) {
      const idf = Math.log(1 + (N - list.length + 0.5) / (list.length + 0.5));
      for (const { entry, tf } of list) {
        const norm = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * idx.lengths[entry]) / idx.avgLength));
        passages[entry] += wq * idf * norm;
      }
    }
    const ids = idx.keywordTopics.get(t);
    if (ids) for (const id of ids) topics.set(id, (topics.get(id) ?? 0) + wq * KEYWORD);
  }
  return { passages, topics };
}

function addPhrases(topics: Map<string, number>, texts: readonly { text: string; w: number }[], idx: Index) {
  for (const { text, w } of texts) {
    const said = ` ${words(text).join(" ")} `;
    for (const { phrase, topic } of idx.phrases)
      if (said.includes(` ${phrase} `)) topics.set(topic, (topics.get(topic) ?? 0) + w * KEYWORD);
  }
}

function findLast<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

/**
 * The passage an earlier answer came from, and how much of the answer's vocabulary it covers
 * (1 when the answer quotes the passage's start, perhaps cut short with "...").
 */
function sourceOf(text: string, said: Set<string>, idx: Index): { entry: number; share: number } | null {
  const start = text.trim().slice(0, 40);
  if (start.length === 40) {
    const entry = idx.starts.get(start);
    if (entry !== undefined) return { entry, share: 1 };
  } else if (start.length >= 20) {
    for (const e of corpusEntries()) if (e.passage.text.startsWith(start)) return { entry: e.index, share: 1 };
  }
  if (said.size < 6) return null;
  const counts = new Map<number, number>();
  for (const t of said) {
    const list = idx.textPostings.get(t);
    if (list) for (const entry of list) counts.set(entry, (counts.get(entry) ?? 0) + 1);
  }
  let best: { entry: number; share: number } | null = null;
  for (const [entry, n] of counts) {
    if (corpusEntries()[entry].topic.fallback) continue;
    const share = n / said.size;
    if (!best || share > best.share) best = { entry, share };
  }
  return best;
}

function fallbackRank(entry: CorpusEntry, lastUser: string): number {
  const cues = entry.passage.cues ?? [];
  const said = new Set(words(lastUser));
  return cues.some((c) => said.has(c)) ? 0 : 1;
}
