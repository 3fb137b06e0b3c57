/**
 * The replies the offline model may give to one request, each with its prior probability, and
 * their compiled form: one token array per reply, which the generator (generate.ts) follows as a
 * mixture, so the distribution it reports at each step is the one the reply is drawn from.
 */
import { hash32 } from "./rng";
import type { Vocabulary } from "./vocab";

/** Text the generator must produce as is (JSON punctuation, a fence), or text it generates, following `text`. */
export type Segment =
  | { kind: "fixed"; text: string }
  | {
      kind: "free";
      text: string;
      /**
       * How faithfully the text is written (0-1); default PROSE. 1 - fidelity is the share of
       * each token's probability the n-gram model gets instead (only for words that rejoin the text).
       */
      fidelity?: number;
      /** Inside a JSON string: tokens with quotes, backslashes or control characters are masked. */
      json?: boolean;
    };

export const FIDELITY = { PROSE: 0.998, CODE: 0.9995, VERSE: 0.995 } as const;

/**
 * One whole reply. `weight` is its prior: at temperature 1 with no penalties, logit_bias or stop,
 * the probability of writing exactly this reply is weight / (sum of all weights), less the small
 * share the n-gram model takes (see FIDELITY).
 */
export interface Candidate {
  segments: Segment[];
  weight: number;
  /** Where it came from, for tests and debugging: "passage:paris#0", "template:tagline". */
  source: string;
}

/** At most this many candidates are followed (the heaviest); more only cost time. */
export const MAX_CANDIDATES = 256;

export const FLAG_FIXED = 1;
export const FLAG_JSON = 2;

/** Candidates as the generator reads them: token ids, and per token how it may be left and how it is masked. */
export interface CandidateSet {
  tokens: Int32Array[];
  /** Per token: probability that the n-gram model writes instead (0 for fixed text). */
  leave: Float32Array[];
  /** Per token: FLAG_FIXED, FLAG_JSON. */
  flags: Uint8Array[];
  /**
   * Per token: a hash of the fixed text written before it. A detour may re-align only to a place
   * with the same fixed text behind it, so JSON never loses or repeats its punctuation.
   */
  fixedBefore: Int32Array[];
  /** Normalized prior weights. */
  weights: Float64Array;
  sources: string[];
  /** Pairs of adjacent tokens -> where they occur (candidate, index of the second), built on first use. */
  pairs: Map<number, number[]> | null;
}

/**
 * Alternatives at one place of a reply ("such as" / "like"), each with its relative weight (see
 * withChoices).
 */
export interface Choice {
  kind: "choice";
  options: { segments: Segment[]; weight: number }[];
}

/** Combinations of one reply's choices kept (the most probable), so many choices stay cheap. */
const MAX_COMBINATIONS = 128;

/**
 * One reply with alternatives at several places, spelled out as plain candidates: one per
 * combination (the MAX_COMBINATIONS most probable), weight multiplied by each option's share. The
 * generator then splits exactly at each choice, with those shares as probabilities (temperature 1).
 */
export function withChoices(parts: readonly (Segment | Choice)[], weight: number, source: string): Candidate[] {
  let partial: { segments: Segment[]; weight: number }[] = [{ segments: [], weight }];
  for (const part of parts) {
    if (part.kind !== "choice") {
      for (const p of partial) p.segments.push(part);
      continue;
    }
    const options = part.options.filter((o) => o.weight > 0 && Number.isFinite(o.weight));
    const total = options.reduce((a, o) => a + o.weight, 0);
    if (!options.length) continue;
    const next: { segments: Segment[]; weight: number }[] = [];
    for (const p of partial)
      for (const o of options)
        next.push({ segments: [...p.segments, ...o.segments], weight: (p.weight * o.weight) / total });
    next.sort((a, b) => b.weight - a.weight);
    partial = next.slice(0, MAX_COMBINATIONS);
  }
  return partial.map((p) => ({ segments: p.segments, weight: p.weight, source }));
}

export function compileCandidates(vocab: Vocabulary, candidates: readonly Candidate[]): CandidateSet {
  const kept = candidates
    .filter((c) => c.weight > 0 && Number.isFinite(c.weight))
    .slice()
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_CANDIDATES);
  const tokens: Int32Array[] = [];
  const leave: Float32Array[] = [];
  const flags: Uint8Array[] = [];
  const fixedBefore: Int32Array[] = [];
  const raw: number[] = [];
  const sources: string[] = [];
  for (const c of kept) {
    const parts = c.segments.map((s) => vocab.encodeCached(s.text));
    let n = 0;
    for (const p of parts) n += p.length;
    if (n === 0) continue;
    const ids = new Int32Array(n);
    const lv = new Float32Array(n);
    const fl = new Uint8Array(n);
    const fb = new Int32Array(n);
    let at = 0;
    let fixed = 0;
    c.segments.forEach((s, i) => {
      const p = parts[i];
      ids.set(p, at);
      fb.fill(fixed, at, at + p.length);
      if (s.kind === "free") {
        lv.fill(1 - (s.fidelity ?? FIDELITY.PROSE), at, at + p.length);
        if (s.json) fl.fill(FLAG_JSON, at, at + p.length);
      } else {
        fl.fill(FLAG_FIXED, at, at + p.length);
        fixed = hash32(`${fixed}\u0000${s.text}`) | 0;
      }
      at += p.length;
    });
    fixedBefore.push(fb);
    tokens.push(ids);
    leave.push(lv);
    flags.push(fl);
    raw.push(c.weight);
    sources.push(c.source);
  }
  const total = raw.reduce((a, b) => a + b, 0);
  return { tokens, leave, flags, fixedBefore, weights: Float64Array.from(raw, (w) => w / total), sources, pairs: null };
}

export const pairKey = (a: number, b: number) => a * 524288 + b;

/** Where each pair of adjacent tokens occurs: the index the generator re-aligns by after a detour. */
export function pairIndex(set: CandidateSet): Map<number, number[]> {
  if (set.pairs) return set.pairs;
  const pairs = new Map<number, number[]>();
  set.tokens.forEach((ids, c) => {
    for (let j = 1; j < ids.length; j++) {
      const k = pairKey(ids[j - 1], ids[j]);
      let list = pairs.get(k);
      if (!list) pairs.set(k, (list = []));
      list.push(c, j);
    }
  });
  set.pairs = pairs;
  return pairs;
}
