/**
 * Byte-pair encoding with the same result as js-tiktoken, without its quadratic worst case.
 * js-tiktoken merges a piece by rescanning every pair after each merge, so one long "word"
 * (50,000 x's, a base64 blob, minified code) takes minutes and freezes the process. Here long
 * pieces merge through a priority queue: lowest rank first, leftmost on ties, exactly the order
 * js-tiktoken uses, so the token ids are identical.
 *
 * No runtime imports: tokens.ts counts with it.
 */
import type { Tiktoken } from "js-tiktoken";

interface Internals {
  patStr: string;
  rankMap: Map<string, number>;
  specialTokens: Record<string, number>;
}

export interface FastEncoder {
  encode(text: string): number[];
}

const encoders = new WeakMap<Tiktoken, FastEncoder>();
/** Pieces up to this many bytes use js-tiktoken's own simple merge: it is quickest on short ones. */
const SHORT = 48;

/** The fast encoder for a js-tiktoken encoder's own tables, built on first use and kept. */
export function fastEncoderOf(enc: Tiktoken): FastEncoder {
  let fast = encoders.get(enc);
  if (!fast) {
    fast = build(enc);
    encoders.set(enc, fast);
  }
  return fast;
}

function build(enc: Tiktoken): FastEncoder {
  const internals = enc as unknown as Partial<Internals>;
  if (!internals.patStr || !internals.rankMap || !internals.specialTokens) {
    // A js-tiktoken whose internals changed: fall back to its own encoder.
    return { encode: (text) => enc.encode(text, "all") };
  }
  const { patStr, rankMap, specialTokens } = internals as Internals;
  // No token of these encodings is longer than this many bytes: longer ranges need no lookup.
  const longest = 256;
  const specials = Object.keys(specialTokens).sort((a, b) => b.length - a.length);
  const specialRegex = specials.length
    ? new RegExp(specials.map((s) => s.replace(/[\\^$*+?.()|[\]{}]/g, "\\$&")).join("|"), "g")
    : null;
  const utf8 = new TextEncoder();

  const rankOf = (piece: Uint8Array, start: number, end: number): number => {
    if (end - start > longest) return Infinity;
    return rankMap.get(piece.subarray(start, end).join(",")) ?? Infinity;
  };

  const mergeShort = (piece: Uint8Array, out: number[]) => {
    const starts: number[] = [];
    for (let i = 0; i <= piece.length; i++) starts.push(i);
    while (starts.length > 2) {
      let best = Infinity;
      let at = -1;
      for (let i = 0; i < starts.length - 2; i++) {
        const r = rankOf(piece, starts[i], starts[i + 2]);
        if (r < best) {
          best = r;
          at = i;
        }
      }
      if (at < 0) break;
      starts.splice(at + 1, 1);
    }
    for (let i = 0; i < starts.length - 1; i++) {
      const id = rankMap.get(piece.subarray(starts[i], starts[i + 1]).join(","));
      if (id !== undefined) out.push(id);
    }
  };

  const mergeLong = (piece: Uint8Array, out: number[]) => {
    const n = piece.length;
    const next = new Int32Array(n);
    const prev = new Int32Array(n);
    const alive = new Uint8Array(n).fill(1);
    const pairRank = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      next[i] = i + 1 < n ? i + 1 : -1;
      prev[i] = i - 1;
    }
    const end = (i: number) => (next[i] === -1 ? n : next[i]);
    const heap = new MinHeap();
    for (let i = 0; i < n - 1; i++) {
      pairRank[i] = rankOf(piece, i, end(i + 1));
      if (pairRank[i] !== Infinity) heap.push(pairRank[i], i);
    }
    pairRank[n - 1] = Infinity;
    while (heap.size) {
      const [rank, i] = heap.pop();
      if (!alive[i] || next[i] === -1 || pairRank[i] !== rank) continue;
      const j = next[i];
      alive[j] = 0;
      next[i] = next[j];
      if (next[j] !== -1) prev[next[j]] = i;
      pairRank[i] = next[i] === -1 ? Infinity : rankOf(piece, i, end(next[i]));
      if (pairRank[i] !== Infinity) heap.push(pairRank[i], i);
      const p = prev[i];
      if (p >= 0) {
        pairRank[p] = rankOf(piece, p, end(i));
        if (pairRank[p] !== Infinity) heap.push(pairRank[p], p);
      }
    }
    for (let i = 0; i !== -1 && i < n; i = next[i]) {
      const id = rankMap.get(piece.subarray(i, end(i)).join(","));
      if (id !== undefined) out.push(id);
    }
  };

  const encodeOrdinary = (text: string, out: number[]) => {
    const regex = new RegExp(patStr, "ug");
    for (const match of text.matchAll(regex)) {
      const piece = utf8.encode(match[0]);
      const whole = rankMap.get(piece.join(","));
      if (whole !== undefined) out.push(whole);
      else if (piece.length <= SHORT) mergeShort(piece, out);
      else mergeLong(piece, out);
    }
  };

  return {
    encode(text: string): number[] {
      const out: number[] = [];
      if (!specialRegex) {
        encodeOrdinary(text, out);
        return out;
      }
      let start = 0;
      specialRegex.lastIndex = 0;
      for (let m = specialRegex.exec(text); m; m = specialRegex.exec(text)) {
        encodeOrdinary(text.slice(start, m.index), out);
        out.push(specialTokens[m[0]]);
        start = m.index + m[0].length;
      }
      encodeOrdinary(text.slice(start), out);
      return out;
    },
  };
}

/** A binary min-heap of (rank, position), ordered by rank, then position. */
class MinHeap {
  private ranks: number[] = [];
  private positions: number[] = [];

  get size(): number {
    return this.ranks.length;
  }

  push(rank: number, position: number) {
    const r = this.ranks;
    const p = this.positions;
    let i = r.length;
    r.push(rank);
    p.push(position);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (r[parent] < rank || (r[parent] === rank && p[parent] < position)) break;
      r[i] = r[parent];
      p[i] = p[parent];
      i = parent;
    }
    r[i] = rank;
    p[i] = position;
  }

  pop(): [number, number] {
    const r = this.ranks;
    const p = this.positions;
    const top: [number, number] = [r[0], p[0]];
    const lastR = r.pop()!;
    const lastP = p.pop()!;
    const n = r.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= n) break;
        const right = left + 1;
        let child = left;
        if (right < n && (r[right] < r[left] || (r[right] === r[left] && p[right] < p[left]))) child = right;
        if (r[child] < lastR || (r[child] === lastR && p[child] < lastP)) {
          r[i] = r[child];
          p[i] = p[child];
          i = child;
        } else break;
      }
      r[i] = lastR;
      p[i] = lastP;
    }
    return top;
  }
}
