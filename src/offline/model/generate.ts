/**
 * Token-by-token generation (v2): one distribution per step, reported and sampled alike.
 *
 * The model is a mixture over whole candidate replies (candidates.ts), in the spirit of kNN-LM
 * (Khandelwal et al. 2020): the retrieval side proposes the next token of every candidate still
 * consistent with the tokens drawn so far, weighted by its prior (its retrieval score, from
 * compose.ts), and this is interpolated with a small n-gram model of the corpus (ngram.ts). Where
 * candidates diverge, the distribution really splits, and drawing a token re-weights the
 * candidates (those that disagree drop out), so which reply is followed is decided by the reported
 * tokens themselves, never by a hidden draw. After a token no candidate predicted (an n-gram
 * detour), the generator re-aligns as infini-gram (Liu et al. 2024) backs off: to the candidates'
 * places that share the longest suffix of what was written (two tokens at least); failing that, it
 * resumes where the candidates were left.
 *
 * Each step then applies logit_bias, the presence/frequency penalties (OpenAI's formula),
 * temperature and top_p to that one distribution, in that order. The end of the reply is part of
 * the token that completes a candidate: a drawn token either continues or ends the reply, and when
 * both are possible after the same token (one candidate is a prefix of another) they are two
 * outcomes with their own probabilities. So at top_p 1 with no penalties, the probability of a
 * reply is exactly exp(sum of its tokens' logprobs).
 */
import { FLAG_FIXED, FLAG_JSON, pairIndex, pairKey, type CandidateSet } from "./candidates";
import { END, START, type NextTokens, type NgramModel } from "./ngram";
import type { Random } from "./rng";
import type { Vocabulary } from "./vocab";

export type { Candidate, Segment } from "./candidates";
export { FIDELITY } from "./candidates";

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

export interface TokenStep {
  id: number;
  /**
   * Natural log of the probability with which this token was drawn: the step's distribution after
   * logit_bias, penalties and temperature, before top_p (top_p only cuts the tail it was drawn
   * from). When the token could either continue or end the reply, it is the probability of the
   * outcome that happened (this token, then the end; or this token, then more). At temperature 0
   * (greedy) it is the temperature-1 distribution, since a greedy pick has no other to report.
   */
  logprob: number;
  /**
   * The most likely tokens at this step, best first (only when logprobs were requested), with the
   * same probabilities (a token's ending and continuing outcomes added together).
   */
  top: { id: number; logprob: number }[] | null;
}

/** Something that writes a reply token by token (the generator; the bench's v1 generator too). */
export interface TokenSource {
  next(): TokenStep | null;
}

/** Share of the n-gram mass spread evenly over the corpus's whole-word tokens (what high temperature wanders into). */
const CORPUS_SMOOTHING = 0.02;
/** Probability of any other token, so logit_bias can still promote tokens the corpus never uses. */
const FLOOR = 1e-30;
/** Longest suffix (in tokens) compared when re-aligning after a detour. */
const MAX_SUFFIX = 16;
/** Pointers kept after a re-alignment (the heaviest). */
const MAX_POINTERS = 512;
/** How much of the n-gram model's trigram, bigram and unigram levels it mixes. */
const LEVELS_TRI = [0.75, 0.23, 0.02] as const;
const LEVELS_BI = [0.95, 0.05] as const;

// Scratch shared by all generators: one step runs synchronously, start to end.
let markC = new Int32Array(0);
let slotC = new Int32Array(0);
let markE = new Int32Array(0);
let slotE = new Int32Array(0);
let stamp = 0;
let cap = 256;
/** Outcomes of this step: token id, whether it ends the reply, raw probability, whether only fixed text proposes it. */
let oId = new Int32Array(cap);
let oEnd = new Uint8Array(cap);
let oP = new Float64Array(cap);
let oFree = new Uint8Array(cap);
let oL = new Float64Array(cap);
let oW = new Float64Array(cap);
const order: number[] = [];

function ensureScratch(idLimit: number) {
  if (markC.length < idLimit) {
    markC = new Int32Array(idLimit);
    slotC = new Int32Array(idLimit);
    markE = new Int32Array(idLimit);
    slotE = new Int32Array(idLimit);
    stamp = 0;
  }
}

function grow() {
  cap *= 2;
  const g = <T extends Int32Array | Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => {
    const next = make(cap);
    next.set(old);
    return next;
  };
  oId = g(oId, (n) => new Int32Array(n));
  oEnd = g(oEnd, (n) => new Uint8Array(n));
  oP = g(oP, (n) => new Float64Array(n));
  oFree = g(oFree, (n) => new Uint8Array(n));
  oL = g(oL, (n) => new Float64Array(n));
  oW = g(oW, (n) => new Float64Array(n));
}

function leadsTo(next: NextTokens | undefined, id: number): boolean {
  if (!next || id < 0) return false;
  for (let i = 0; i < next.ids.length; i++) if (next.ids[i] === id) return true;
  return false;
}

export class MixtureGenerator implements TokenSource {
  /** Live pointers: candidate, index of its next token, weight. */
  private pc: Int32Array;
  private pk: Int32Array;
  private pw: Float64Array;
  private np = 0;
  private done = false;
  private readonly history: number[] = [];
  private a = START;
  private b = START;
  private readonly counts = new Map<number, number>();
  private readonly penalties: boolean;
  /** Corpus whole-word tokens that cannot sit inside a JSON string (counted once per set). */
  private static jsonBreakers = new WeakMap<Int32Array, number>();
  /** Tokens generated so far. */
  produced = 0;

  constructor(
    private readonly vocab: Vocabulary,
    private readonly ngram: NgramModel,
    private readonly set: CandidateSet,
    private readonly params: SamplingParams,
    private readonly rng: Random,
  ) {
    this.penalties = params.presencePenalty !== 0 || params.frequencyPenalty !== 0;
    ensureScratch(vocab.idLimit);
    const n = set.tokens.length;
    this.pc = new Int32Array(Math.max(n, 16));
    this.pk = new Int32Array(Math.max(n, 16));
    this.pw = new Float64Array(Math.max(n, 16));
    for (let c = 0; c < n; c++) {
      this.pc[c] = c;
      this.pk[c] = 0;
      this.pw[c] = set.weights[c];
    }
    this.np = n;
    if (n === 0) this.done = true;
  }

  /** The next token, or null when the reply is complete. */
  next(): TokenStep | null {
    if (this.done) return null;
    const { vocab, ngram, params, set } = this;
    stamp++;
    if (stamp === 0x7fffffff) {
      markC.fill(0);
      markE.fill(0);
      stamp = 1;
    }
    let m = 0;
    const add = (id: number, p: number, ends: boolean, free: boolean) => {
      const mark = ends ? markE : markC;
      const slot = ends ? slotE : slotC;
      if (mark[id] === stamp) {
        const i = slot[id];
        oP[i] += p;
        if (free) oFree[i] = 1;
        return;
      }
      if (m === cap) grow();
      mark[id] = stamp;
      slot[id] = m;
      oId[m] = id;
      oEnd[m] = ends ? 1 : 0;
      oP[m] = p;
      oFree[m] = free ? 1 : 0;
      m++;
    };

    // The candidates' side: each live pointer proposes its next token, less the share it leaves to the n-gram model.
    let W = 0;
    for (let i = 0; i < this.np; i++) W += this.pw[i];
    let ngMass = 0;
    let json = false;
    for (let i = 0; i < this.np; i++) {
      const c = this.pc[i];
      const k = this.pk[i];
      const w = this.pw[i] / W;
      const leave = set.leave[c][k];
      const flag = set.flags[c][k];
      if (flag & FLAG_JSON) json = true;
      add(set.tokens[c][k], w * (1 - leave), k + 1 === set.tokens[c].length, (flag & FLAG_FIXED) === 0);
      ngMass += w * leave;
    }

    // The n-gram side: whole words only, never the end (a reply ends only where a candidate does).
    const open = ngMass > 0;
    if (open) {
      const tri = ngram.trigram(this.a, this.b);
      const bi = ngram.bigram(this.b);
      const levels: [NextTokens | undefined, number][] = tri
        ? [
            [tri, LEVELS_TRI[0]],
            [bi, LEVELS_TRI[1]],
            [ngram.unigram, LEVELS_TRI[2]],
          ]
        : bi
          ? [
              [bi, LEVELS_BI[0]],
              [ngram.unigram, LEVELS_BI[1]],
            ]
          : [[ngram.unigram, 1]];
      const mass = ngMass * (1 - CORPUS_SMOOTHING);
      const pairs = pairIndex(set);
      // The heaviest pointer's next two tokens: a detour word must lead back to them.
      let h = 0;
      for (let i = 1; i < this.np; i++) if (this.pw[i] > this.pw[h]) h = i;
      const hc = this.pc[h];
      const hk = this.pk[h];
      const ids = set.tokens[hc];
      const x0 = ids[hk];
      const x1 = hk + 1 < ids.length ? ids[hk + 1] : END;
      for (const [dist, w] of levels) {
        if (!dist) continue;
        const share = (mass * w) / (1 - dist.rest);
        for (let i = 0; i < dist.ids.length; i++) {
          const id = dist.ids[i];
          if (id === END || id === x0 || !ngram.isWord(id) || (json && vocab.breaksJsonString(id))) continue;
          // Only words that rejoin a candidate: one it also writes after the same token, or one the
          // corpus follows with the text's next word (in its place) or with the text's word (before it).
          if (
            !(this.b >= 0 && pairs.has(pairKey(this.b, id))) &&
            !leadsTo(ngram.bigram(id), x1) &&
            !leadsTo(ngram.bigram(id), x0)
          )
            continue;
          add(id, share * dist.probs[i], false, true);
        }
      }
      if (params.logitBias)
        for (const id of params.logitBias.keys())
          if (vocab.has(id) && !(json && vocab.breaksJsonString(id))) add(id, 0, false, true);
      if (this.penalties)
        for (const id of this.counts.keys()) if (!(json && vocab.breaksJsonString(id))) add(id, 0, false, true);
    }

    // Two groups share even probabilities: the corpus's other whole words, and (outside JSON strings) the rest of the vocabulary.
    const words = ngram.wordTokens;
    const pWord = open ? (ngMass * CORPUS_SMOOTHING) / words.length : 0;
    const pRest = open && !json ? FLOOR : 0;
    let wordsListed = 0;
    let restListed = 0;
    for (let i = 0; i < m; i++) {
      const id = oId[i];
      let p = oP[i];
      if (!oEnd[i] && open && (!json || !vocab.breaksJsonString(id))) {
        if (ngram.isWord(id)) {
          wordsListed++;
          p += pWord;
        } else if (pRest > 0) {
          restListed++;
          p += pRest;
        }
      }
      let l = Math.log(p);
      if (oFree[i]) {
        if (params.logitBias) l += params.logitBias.get(id) ?? 0;
        if (this.penalties) {
          const c = this.counts.get(id) ?? 0;
          if (c > 0) l -= c * params.frequencyPenalty + params.presencePenalty;
        }
      }
      oL[i] = l;
    }
    const n1 = pWord > 0 ? words.length - wordsListed - (json ? this.jsonBreakingWords() : 0) : 0;
    const n2 = pRest > 0 ? vocab.size - words.length - restListed : 0;
    const g1 = pWord > 0 ? Math.log(pWord) : -Infinity;
    const g2 = pRest > 0 ? Math.log(pRest) : -Infinity;

    const T0 = params.temperature === 0;
    const temp = T0 ? 1 : params.temperature;
    let M = -Infinity;
    for (let i = 0; i < m; i++) if (oL[i] / temp > M) M = oL[i] / temp;
    if (n1 > 0 && g1 / temp > M) M = g1 / temp;
    if (n2 > 0 && g2 / temp > M) M = g2 / temp;
    let Z = 0;
    for (let i = 0; i < m; i++) {
      oW[i] = Math.exp(oL[i] / temp - M);
      Z += oW[i];
    }
    const w1each = n1 > 0 ? Math.exp(g1 / temp - M) : 0;
    const w2each = n2 > 0 ? Math.exp(g2 / temp - M) : 0;
    const w1 = n1 * w1each;
    const w2 = n2 * w2each;
    Z += w1 + w2;

    // choice: an outcome's index, or -2 a corpus word, -3 any other token
    let choice: number;
    if (T0) {
      choice = -2;
      let best = -Infinity;
      for (let i = 0; i < m; i++) {
        if (oL[i] > best) {
          best = oL[i];
          choice = i;
        }
      }
      if (choice === -2 && n1 === 0) choice = -3;
    } else if (params.topP < 1) {
      order.length = 0;
      for (let i = 0; i < m; i++) order.push(i);
      order.sort((x, y) => oW[y] - oW[x] || x - y);
      const need = params.topP * Z;
      let cum = 0;
      let cut = order.length;
      for (let i = 0; i < order.length; i++) {
        cum += oW[order[i]];
        if (cum >= need) {
          cut = i + 1;
          break;
        }
      }
      let mass = 0;
      for (let i = 0; i < cut; i++) mass += oW[order[i]];
      const withGroups = cut === order.length && cum < need;
      if (withGroups) mass += w1 + w2;
      let u = this.rng.next() * mass;
      choice = cut > 0 ? order[cut - 1] : -2;
      let picked = false;
      for (let i = 0; i < cut; i++) {
        u -= oW[order[i]];
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
        u -= oW[i];
        if (u < 0) {
          choice = i;
          break;
        }
      }
      if (choice === -3 && u < w1) choice = -2;
      if (choice === -3 && n2 === 0) choice = n1 > 0 ? -2 : m - 1;
    }

    let id: number;
    let weight: number;
    let ends = false;
    if (choice >= 0) {
      id = oId[choice];
      weight = oW[choice];
      ends = oEnd[choice] === 1;
    } else if (choice === -2) {
      id = this.pickWord(json);
      weight = w1each;
    } else {
      id = this.pickAny();
      weight = w2each;
    }
    const top = params.topLogprobs >= 0 ? this.topAlternatives(m, Z, w1each, n1, json) : null;
    this.accept(id, ends);
    return { id, logprob: Math.max(Math.log(weight / Z), -9999), top };
  }

  private accept(id: number, ends: boolean) {
    this.produced++;
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
    this.a = this.b;
    this.b = id;
    this.history.push(id);
    if (ends) {
      this.done = true;
      return;
    }
    const { set } = this;
    // The candidates that wrote this token and go on: their weights keep their ratios (the posterior).
    let n = 0;
    for (let i = 0; i < this.np; i++) {
      const c = this.pc[i];
      const k = this.pk[i];
      if (set.tokens[c][k] === id && k + 1 < set.tokens[c].length) {
        this.pc[n] = c;
        this.pk[n] = k + 1;
        this.pw[n] = this.pw[i];
        n++;
      }
    }
    if (n > 0) {
      this.np = n;
      return;
    }
    this.realign();
  }

  /** After a token no candidate wrote: the places sharing the longest suffix, else where the candidates were left. */
  private realign() {
    const { set } = this;
    const h = this.history;
    const found: { c: number; k: number; w: number }[] = [];
    // Where the text was left: a jump must land in free text with the same fixed text behind it.
    let heaviest = 0;
    for (let i = 1; i < this.np; i++) if (this.pw[i] > this.pw[heaviest]) heaviest = i;
    const leftC = this.pc[heaviest];
    const leftK = this.pk[heaviest];
    const canJump = this.np > 0 && (set.flags[leftC][leftK] & FLAG_FIXED) === 0;
    const behind = this.np > 0 ? set.fixedBefore[leftC][leftK] : 0;
    if (canJump && h.length >= 2) {
      const list = pairIndex(set).get(pairKey(h[h.length - 2], h[h.length - 1]));
      let best = 0;
      if (list) {
        for (let i = 0; i < list.length; i += 2) {
          const c = list[i];
          const j = list[i + 1];
          const ids = set.tokens[c];
          // Never back to text already written (a loop): only forward of where the text was left.
          if (
            j + 1 >= ids.length ||
            j + 1 < leftK ||
            set.flags[c][j + 1] & FLAG_FIXED ||
            set.fixedBefore[c][j + 1] !== behind
          )
            continue;
          let len = 2;
          while (len < MAX_SUFFIX && j - len >= 0 && h.length - 1 - len >= 0 && ids[j - len] === h[h.length - 1 - len])
            len++;
          if (len < best) continue;
          if (len > best) {
            best = len;
            found.length = 0;
          }
          found.push({ c, k: j + 1, w: set.weights[c] });
        }
      }
    }
    if (found.length === 0) {
      // Nothing shares two tokens: take the detour as a word put in place of the text's next one, or added before it.
      const after = this.ngram.bigram(h[h.length - 1]);
      for (let i = 0; i < this.np; i++) {
        const c = this.pc[i];
        const k = this.pk[i];
        const w = this.pw[i];
        const ids = set.tokens[c];
        // Fixed text is never replaced: a word drawn before it was added, and the fixed text follows.
        if (set.flags[c][k] & FLAG_FIXED) {
          found.push({ c, k, w });
          continue;
        }
        const replaces = k + 1 < ids.length && leadsTo(after, ids[k + 1]);
        const precedes = leadsTo(after, ids[k]);
        if (replaces && !precedes) found.push({ c, k: k + 1, w });
        else if (precedes && !replaces) found.push({ c, k, w });
        else if (k + 1 < ids.length) {
          found.push({ c, k: k + 1, w: w / 2 });
          found.push({ c, k, w: w / 2 });
        } else found.push({ c, k, w });
      }
    }
    found.sort((x, y) => y.w - x.w || x.c - y.c || x.k - y.k);
    const keep = Math.min(found.length, MAX_POINTERS);
    if (this.pc.length < keep) {
      this.pc = new Int32Array(keep);
      this.pk = new Int32Array(keep);
      this.pw = new Float64Array(keep);
    }
    let n = 0;
    for (let i = 0; i < keep; i++) {
      const f = found[i];
      let merged = false;
      for (let j = 0; j < n; j++) {
        if (this.pc[j] === f.c && this.pk[j] === f.k) {
          this.pw[j] += f.w;
          merged = true;
          break;
        }
      }
      if (merged) continue;
      this.pc[n] = f.c;
      this.pk[n] = f.k;
      this.pw[n] = f.w;
      n++;
    }
    this.np = n;
  }

  private jsonBreakingWords(): number {
    const words = this.ngram.wordTokens;
    let n = MixtureGenerator.jsonBreakers.get(words);
    if (n === undefined) {
      n = 0;
      for (const id of words) if (this.vocab.breaksJsonString(id)) n++;
      MixtureGenerator.jsonBreakers.set(words, n);
    }
    // Listed outcomes that break JSON strings are never in the group count to begin with.
    return n;
  }

  private topAlternatives(
    m: number,
    Z: number,
    wordWeight: number,
    n1: number,
    json: boolean,
  ): { id: number; logprob: number }[] {
    const want = this.params.topLogprobs;
    if (want === 0) return [];
    // A token's ending and continuing outcomes are one token here.
    const byToken = new Map<number, number>();
    for (let i = 0; i < m; i++) if (oW[i] > 0) byToken.set(oId[i], (byToken.get(oId[i]) ?? 0) + oW[i]);
    const ranked = [...byToken.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const out: { id: number; logprob: number }[] = [];
    for (let i = 0; i < ranked.length && out.length < want; i++)
      out.push({ id: ranked[i][0], logprob: Math.max(Math.log(ranked[i][1] / Z), -9999) });
    // Tokens outside the outcomes share one small probability, so any of them is as likely as the
    // next; name the readable ones first: other spellings of the leaders, then words the reply goes on to use.
    if (n1 > 0 && wordWeight > 0) {
      const logprob = Math.max(Math.log(wordWeight / Z), -9999);
      const named = new Set<number>();
      const offer = (id: number) => {
        if (out.length >= want || named.has(id) || !this.ngram.isWord(id)) return;
        if (markC[id] === stamp || markE[id] === stamp || (json && this.vocab.breaksJsonString(id))) return;
        named.add(id);
        out.push({ id, logprob });
      };
      for (let i = 0; i < Math.min(ranked.length, 3); i++) for (const id of this.spellings(ranked[i][0])) offer(id);
      for (let i = 0; i < this.np && out.length < want; i++) {
        const ids = this.set.tokens[this.pc[i]];
        for (let k = this.pk[i] + 1; k < Math.min(ids.length, this.pk[i] + 24); k++) offer(ids[k]);
      }
      const words = this.ngram.wordTokens;
      for (let i = 0; i < words.length && out.length < want; i++) offer(words[i]);
    }
    return out;
  }

  /** The single tokens that write a token's word another way: with or without its space, in other cases. */
  private spellings(id: number): number[] {
    const text = this.vocab.text(id);
    const bare = text.trimStart();
    if (!/^[A-Za-z]{2,}$/.test(bare)) return [];
    const lower = bare.toLowerCase();
    const forms = [lower[0].toUpperCase() + lower.slice(1), lower, bare.toUpperCase()];
    const out: number[] = [];
    for (const form of forms)
      for (const spelled of [form, ` ${form}`]) {
        if (spelled === text) continue;
        const ids = this.vocab.encode(spelled);
        if (ids.length === 1) out.push(ids[0]);
      }
    return out;
  }

  /** A corpus whole word that is not among this step's outcomes, uniformly. */
  private pickWord(json: boolean): number {
    const words = this.ngram.wordTokens;
    const ok = (id: number) => markC[id] !== stamp && !(json && this.vocab.breaksJsonString(id));
    for (let tries = 0; tries < 64; tries++) {
      const id = words[Math.floor(this.rng.next() * words.length)];
      if (ok(id)) return id;
    }
    // Rejection failed (almost every word is listed): an even pick among the rest.
    const rest: number[] = [];
    for (const id of words) if (ok(id)) rest.push(id);
    return rest.length ? rest[Math.floor(this.rng.next() * rest.length)] : words[0];
  }

  /** Any token outside the corpus's words and this step's outcomes, uniformly. */
  private pickAny(): number {
    const { vocab, ngram } = this;
    for (;;) {
      const id = Math.floor(this.rng.next() * vocab.idLimit);
      if (vocab.has(id) && !ngram.isWord(id) && markC[id] !== stamp) return id;
    }
  }
}
