/**
 * Token-by-token generation. At each step the next-token distribution mixes the chosen passage
 * (its next token) with an n-gram model of the whole corpus, then applies logit_bias, the
 * presence/frequency penalties (OpenAI's formula), temperature and top_p, exactly in that order.
 */
import type { Random } from "../../src/offline/model/rng";
import { END, START, type NextTokens, type NgramModel } from "../../src/offline/model/ngram";
import type { Vocabulary } from "../../src/offline/model/vocab";

export interface SamplingParams {
  /** 0 is greedy. */
  temperature: number;
  topP: number;
  presencePenalty: number;
  frequencyPenalty: number;
  /** Token id -> bias added to its logit. */
  logitBias: ReadonlyMap<number, number> | null;
  /** Report logprobs with this many alternatives (0-20); -1 reports none. */
  topLogprobs: number;
}

/** Text the generator must produce as is (JSON punctuation, a fence), or text it generates freely, pulled toward `text`. */
export type Segment =
  | { kind: "fixed"; text: string }
  | {
      kind: "free";
      text: string;
      /** How strongly the passage pulls while generation follows it (0-1); default PROSE. */
      fidelity?: number;
      /** Inside a JSON string: tokens with quotes, backslashes or control characters are masked. */
      json?: boolean;
    };

export const FIDELITY = { PROSE: 0.998, CODE: 0.9995, VERSE: 0.995 } as const;

export interface TokenStep {
  id: number;
  /**
   * Natural log of the probability of this token under the distribution it was drawn from: after
   * logit_bias, penalties and temperature, before top_p. At temperature 0 (greedy) it is the
   * temperature-1 distribution, since a greedy pick has no other to report.
   */
  logprob: number;
  /** The most likely tokens at this step, best first (only when logprobs were requested). */
  top: { id: number; logprob: number }[] | null;
}

/** The most probability a passage's word gives to the corpus's alternatives for it (see substitutes). */
const OPEN_MAX = 0.3;
const subIds = new Int32Array(12);
const subP = new Float64Array(12);
/** How strongly generation that has left the passage is pulled back to it. */
const DRIFT = 0.35;
/** Share of the n-gram mass spread over every token the corpus knows. */
const CORPUS_SMOOTHING = 0.02;
/** Probability of any token at all, so logit_bias can promote tokens the corpus never uses. */
const FLOOR = 1e-11;
/** How far ahead generation looks to rejoin the passage after a detour. */
const RESYNC_WINDOW = 40;
/** A single matching token rejoins the passage only this close ahead; farther needs two in a row. */
const SKIP = 3;

// Scratch buffers shared by all generators: one step runs synchronously, start to end.
let mark = new Int32Array(0);
let slot = new Int32Array(0);
let stamp = 0;
let cap = 256;
let candIds = new Int32Array(cap);
let candP = new Float64Array(cap);
let candL = new Float64Array(cap);
let candW = new Float64Array(cap);
const order: number[] = [];

function ensureScratch(idLimit: number) {
  if (mark.length < idLimit) {
    mark = new Int32Array(idLimit);
    slot = new Int32Array(idLimit);
    stamp = 0;
  }
}

function growCandidates() {
  cap *= 2;
  const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
    const next = make(cap);
    next.set(old);
    return next;
  };
  candIds = grow(candIds, (n) => new Int32Array(n));
  candP = grow(candP, (n) => new Float64Array(n));
  candL = grow(candL, (n) => new Float64Array(n));
  candW = grow(candW, (n) => new Float64Array(n));
}

function leadsTo(next: NextTokens | undefined, id: number): boolean {
  if (!next) return false;
  for (let i = 0; i < next.ids.length; i++) if (next.ids[i] === id) return true;
  return false;
}

export class ChoiceGenerator {
  private segmentIndex = -1;
  private target: Int32Array = new Int32Array(0);
  private fixed = false;
  private fidelity: number = FIDELITY.PROSE;
  private json = false;
  private k = 0;
  private inSync = true;
  private producedInSegment = 0;
  private a = START;
  private b = START;
  private readonly counts = new Map<number, number>();
  private readonly penalties: boolean;
  /** How many alternatives of the passage's word this step offered (in subIds). */
  private subCount = 0;
  /** Tokens generated so far. */
  produced = 0;

  constructor(
    private readonly vocab: Vocabulary,
    private readonly ngram: NgramModel,
    private readonly segments: readonly Segment[],
    private readonly params: SamplingParams,
    private readonly rng: Random,
    /** The chosen topic's own n-gram model: the alternatives a word may have come from it. */
    private readonly local: NgramModel | null = null,
  ) {
    this.penalties = params.presencePenalty !== 0 || params.frequencyPenalty !== 0;
    ensureScratch(vocab.idLimit);
    this.advanceSegment();
  }

  private advanceSegment(): boolean {
    this.segmentIndex++;
    const seg = this.segments[this.segmentIndex];
    if (!seg) return false;
    this.target = this.vocab.encodeCached(seg.text);
    this.fixed = seg.kind === "fixed";
    this.fidelity = seg.kind === "free" ? (seg.fidelity ?? FIDELITY.PROSE) : 1;
    this.json = seg.kind === "free" && seg.json === true;
    this.k = 0;
    this.inSync = true;
    this.producedInSegment = 0;
    return true;
  }

  /** The next token, or null when the text is complete. */
  next(): TokenStep | null {
    for (;;) {
      if (this.segmentIndex >= this.segments.length) return null;
      if (this.fixed) {
        if (this.k >= this.target.length) {
          if (!this.advanceSegment()) return null;
          continue;
        }
        const id = this.target[this.k++];
        this.accept(id);
        return {
          id,
          logprob: 0,
          top: this.params.topLogprobs > 0 ? [{ id, logprob: 0 }] : this.params.topLogprobs === 0 ? [] : null,
        };
      }
      const step = this.sample();
      if (step === null) {
        if (!this.advanceSegment()) return null;
        continue;
      }
      return step;
    }
  }

  private accept(id: number) {
    this.produced++;
    this.producedInSegment++;
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    this.a = this.b;
    this.b = id;
  }

  /** One step of a free segment: null means the segment ended (END was drawn). */
  private sample(): TokenStep | null {
    const { vocab, ngram, params } = this;
    const T = this.target;
    const L = T.length;
    stamp++;
    if (stamp === 0x7fffffff) {
      mark.fill(0);
      stamp = 1;
    }
    let m = 0;
    let pEnd = 0;
    const add = (id: number, p: number) => {
      if (id === END) {
        pEnd += p;
        return;
      }
      if (mark[id] === stamp) {
        candP[slot[id]] += p;
        return;
      }
      if (m === cap) growCandidates();
      mark[id] = stamp;
      slot[id] = m;
      candIds[m] = id;
      candP[m] = p;
      m++;
    };

    // Once the passage is complete, ending is the strong pull even after a detour.
    let lam = this.inSync || this.k >= L ? this.fidelity : DRIFT;
    const targetId = this.k < L ? T[this.k] : END;
    // Only above the default temperature: at 1 the lesson's answers must read cleanly, and a swapped word rarely does.
    const open = this.params.temperature > 1 && this.inSync && this.k + 1 < L && this.fidelity === FIDELITY.PROSE;
    const subs = open ? this.substitutes(targetId, T[this.k + 1]) : 0;
    if (subs > 0) {
      // The corpus has other words here that lead to the same next word: they share real probability.
      let pTarget = 0;
      let pSubs = 0;
      for (let i = 0; i < subs; i++) pSubs += subP[i];
      const options = this.local?.bigram(this.b);
      if (options)
        for (let i = 0; i < options.ids.length; i++) if (options.ids[i] === targetId) pTarget = options.probs[i];
      const altMass = (OPEN_MAX * pSubs) / (pTarget + pSubs);
      lam -= altMass;
      for (let i = 0; i < subs; i++) add(subIds[i], (altMass * subP[i]) / pSubs);
    }
    this.subCount = subs;
    if (this.inSync) add(targetId, lam);
    else {
      // Off the passage: pull back to where it was left, or to any later place that can follow the last token.
      let reentries = 0;
      const end = Math.min(L, this.k + RESYNC_WINDOW);
      for (let j = this.k + 1; j < end; j++) if (T[j - 1] === this.b) reentries++;
      const share = reentries ? lam / 2 / reentries : 0;
      add(targetId, reentries ? lam / 2 : lam);
      if (reentries) for (let j = this.k + 1; j < end; j++) if (T[j - 1] === this.b) add(T[j], share);
    }
    // The corpus-wide floor stays as small off the passage as on it: a detour follows the n-gram
    // model (plausible words), not random tokens.
    const corpusMass = (1 - this.fidelity) * CORPUS_SMOOTHING;
    const ngMass = Math.max(0, 1 - lam - corpusMass);
    const tri = ngram.trigram(this.a, this.b);
    const bi = ngram.bigram(this.b);
    const levels: [NextTokens | undefined, number][] = tri
      ? [
          [tri, 0.75],
          [bi, 0.23],
          [ngram.unigram, 0.02],
        ]
      : bi
        ? [
            [bi, 0.95],
            [ngram.unigram, 0.05],
          ]
        : [[ngram.unigram, 1]];
    for (const [dist, w] of levels) {
      if (!dist) continue;
      // The listed continuations share the level's whole mass (the long tail is the floor's job).
      const share = (ngMass * w) / (1 - dist.rest);
      for (let i = 0; i < dist.ids.length; i++) {
        const id = dist.ids[i];
        // The corpus ends passages after a full stop; mid-passage, that is a weak reason to stop.
        add(id, id === END && this.k < L ? share * dist.probs[i] * 0.1 : share * dist.probs[i]);
      }
    }
    if (params.logitBias) for (const id of params.logitBias.keys()) if (vocab.has(id)) add(id, 0);
    if (this.penalties) for (const id of this.counts.keys()) add(id, 0);

    const corpusSize = ngram.corpusTokens.length;
    const pc = corpusMass / corpusSize;
    let inCorpusCands = 0;
    for (let i = 0; i < m; i++) {
      const id = candIds[i];
      const inCorpus = ngram.inCorpus(id);
      if (inCorpus) inCorpusCands++;
      let l = Math.log(candP[i] + (inCorpus ? pc : 0) + FLOOR);
      if (params.logitBias) l += params.logitBias.get(id) ?? 0;
      if (this.penalties) {
        const c = this.counts.get(id) ?? 0;
        if (c > 0) l -= c * params.frequencyPenalty + params.presencePenalty;
      }
      if (this.json && vocab.breaksJsonString(id)) l = -Infinity;
      candL[i] = l;
    }
    let endLogit = pEnd > 0 ? Math.log(pEnd) : -Infinity;
    const excess = this.producedInSegment - (L * 1.2 + 4);
    if (excess > 0) endLogit = Math.log(Math.max(pEnd, 1e-4)) + 0.15 * excess;
    const n1 = corpusSize - inCorpusCands;
    const n2 = vocab.size - corpusSize - (m - inCorpusCands);
    const g1 = Math.log(pc + FLOOR);
    const g2 = Math.log(FLOOR);

    const T0 = params.temperature === 0;
    const temp = T0 ? 1 : params.temperature;
    // Weights at this temperature, relative to the largest logit.
    let M = endLogit / temp;
    for (let i = 0; i < m; i++) if (candL[i] / temp > M) M = candL[i] / temp;
    if (n1 > 0 && g1 / temp > M) M = g1 / temp;
    if (n2 > 0 && g2 / temp > M) M = g2 / temp;
    let Z = 0;
    for (let i = 0; i < m; i++) {
      candW[i] = Math.exp(candL[i] / temp - M);
      Z += candW[i];
    }
    const wEnd = Math.exp(endLogit / temp - M);
    const w1 = n1 > 0 ? n1 * Math.exp(g1 / temp - M) : 0;
    const w2 = n2 > 0 ? n2 * Math.exp(g2 / temp - M) : 0;
    Z += wEnd + w1 + w2;

    // choice: candidate index, or -1 END, -2 corpus group, -3 the rest of the vocabulary
    let choice: number;
    if (T0) {
      choice = -1;
      let best = endLogit;
      for (let i = 0; i < m; i++) {
        if (candL[i] > best) {
          best = candL[i];
          choice = i;
        }
      }
      if (best === -Infinity) choice = n1 > 0 ? -2 : -3;
    } else if (params.topP < 1) {
      order.length = 0;
      for (let i = 0; i < m; i++) order.push(i);
      order.push(-1);
      const weightOf = (i: number) => (i === -1 ? wEnd : candW[i]);
      order.sort((x, y) => weightOf(y) - weightOf(x) || x - y);
      const need = params.topP * Z;
      let cum = 0;
      let cut = order.length;
      for (let i = 0; i < order.length; i++) {
        cum += weightOf(order[i]);
        if (cum >= need) {
          cut = i + 1;
          break;
        }
      }
      let mass = 0;
      for (let i = 0; i < cut; i++) mass += weightOf(order[i]);
      const withGroups = cut === order.length && cum < need;
      if (withGroups) mass += w1 + w2;
      let u = this.rng.next() * mass;
      choice = order[cut - 1];
      let picked = false;
      for (let i = 0; i < cut; i++) {
        u -= weightOf(order[i]);
        if (u < 0) {
          choice = order[i];
          picked = true;
          break;
        }
      }
      if (!picked && withGroups) choice = u < w1 ? -2 : -3;
    } else {
      let u = this.rng.next() * Z;
      choice = -3;
      for (let i = 0; i < m; i++) {
        u -= candW[i];
        if (u < 0) {
          choice = i;
          break;
        }
      }
      if (choice === -3) {
        u -= wEnd;
        if (u < 0) choice = -1;
        else if (u - w1 < 0) choice = -2;
      }
    }

    if (choice === -1) return null;
    let id: number;
    let weight: number;
    if (choice >= 0) {
      id = candIds[choice];
      weight = candW[choice];
    } else if (choice === -2) {
      id = this.pickFromCorpus();
      weight = w1 / Math.max(n1, 1);
    } else {
      id = this.pickFromVocabulary();
      weight = w2 / Math.max(n2, 1);
    }
    const logprob = Math.log(weight / Z);
    let top: TokenStep["top"] = null;
    if (params.topLogprobs >= 0) top = this.topAlternatives(m, Z, w1 / Math.max(n1, 1));
    const previous = this.b;
    this.accept(id);
    this.resync(id, previous, targetId);
    return { id, logprob: Math.max(logprob, -9999), top };
  }

  /**
   * Words the corpus uses after the same two tokens as the passage's next word, and that it also
   * follows with the passage's word after that: real alternatives ("the larger/wider area"), which
   * keep the sentence whole. Fills subIds/subP; returns how many.
   */
  private substitutes(targetId: number, afterId: number): number {
    const { vocab, ngram } = this;
    const local = this.local;
    if (!local || !vocab.startsWord(targetId) || !vocab.endsWordBefore(afterId)) return 0;
    // A word the topic itself uses after the same word, and that it follows with the passage's next word.
    const options = local.bigram(this.b);
    if (!options || options.ids.length < 2) return 0;
    let n = 0;
    for (let i = 0; i < options.ids.length && n < subIds.length; i++) {
      const id = options.ids[i];
      if (id === targetId || id === END || !vocab.startsWord(id)) continue;
      if (!leadsTo(local.bigram(id), afterId) && !leadsTo(ngram.trigram(this.b, id), afterId)) continue;
      subIds[n] = id;
      subP[n] = options.probs[i];
      n++;
    }
    return n;
  }

  private resync(id: number, previous: number, targetId: number) {
    const T = this.target;
    let substituted = false;
    for (let i = 0; i < this.subCount; i++) if (subIds[i] === id) substituted = true;
    if (id === targetId || substituted) {
      this.k++;
      this.inSync = true;
      return;
    }
    const near = Math.min(T.length, this.k + 1 + SKIP);
    for (let j = this.k + 1; j < near; j++) {
      if (T[j] === id) {
        this.k = j + 1;
        this.inSync = true;
        return;
      }
    }
    const end = Math.min(T.length, this.k + RESYNC_WINDOW);
    for (let j = Math.max(this.k, 1); j < end; j++) {
      if (T[j] === id && T[j - 1] === previous) {
        this.k = j + 1;
        this.inSync = true;
        return;
      }
    }
    this.inSync = false;
  }

  private topAlternatives(m: number, Z: number, groupWeight: number): { id: number; logprob: number }[] {
    const want = this.params.topLogprobs;
    if (want === 0) return [];
    order.length = 0;
    for (let i = 0; i < m; i++) order.push(i);
    order.sort((x, y) => candW[y] - candW[x] || x - y);
    const out: { id: number; logprob: number }[] = [];
    for (let i = 0; i < order.length && out.length < want; i++) {
      const w = candW[order[i]];
      if (w <= 0) break;
      out.push({ id: candIds[order[i]], logprob: Math.max(Math.log(w / Z), -9999) });
    }
    // Tokens outside the candidates share one small probability; name a few when more are asked for.
    const corpus = this.ngram.corpusTokens;
    for (let i = 0; i < corpus.length && out.length < want && groupWeight > 0; i++) {
      const id = corpus[i];
      if (mark[id] === stamp || (this.json && this.vocab.breaksJsonString(id))) continue;
      out.push({ id, logprob: Math.max(Math.log(groupWeight / Z), -9999) });
    }
    return out;
  }

  private pickFromCorpus(): number {
    const corpus = this.ngram.corpusTokens;
    for (let tries = 0; tries < 64; tries++) {
      const id = corpus[Math.floor(this.rng.next() * corpus.length)];
      if (mark[id] !== stamp && !(this.json && this.vocab.breaksJsonString(id))) return id;
    }
    for (const id of corpus) if (!(this.json && this.vocab.breaksJsonString(id))) return id;
    return corpus[0];
  }

  private pickFromVocabulary(): number {
    const { vocab, ngram } = this;
    for (let tries = 0; tries < 256; tries++) {
      const id = Math.floor(this.rng.next() * vocab.idLimit);
      if (vocab.has(id) && !ngram.inCorpus(id) && mark[id] !== stamp && !(this.json && vocab.breaksJsonString(id)))
        return id;
    }
    return this.pickFromCorpus();
  }
}
