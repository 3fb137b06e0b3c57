import type { EncodingName } from "../../api/catalog";
import type { Vocabulary } from "./vocab";

/** The end of a passage, as a pseudo token: sampling it ends the text. Never emitted, never billed. */
export const END = -1;
/** The context before a text's first token. */
export const START = -2;

/** The most likely next tokens after one context, best first; `rest` is the probability left to the others. */
export interface NextTokens {
  ids: Int32Array;
  probs: Float64Array;
  rest: number;
}

/** A trigram/bigram/unigram model over the token ids of the whole corpus. */
export interface NgramModel {
  trigram(a: number, b: number): NextTokens | undefined;
  bigram(b: number): NextTokens | undefined;
  unigram: NextTokens;
  /** Every distinct token of the corpus: the "plausible" part of the vocabulary. */
  corpusTokens: Int32Array;
  inCorpus(id: number): boolean;
  /**
   * Corpus tokens that make whole words (or punctuation) on their own: they start after a word
   * boundary and the corpus mostly ends the word after them. The n-gram component proposes only
   * these, so a detour never leaves half a word behind.
   */
  wordTokens: Int32Array;
  isWord(id: number): boolean;
}

const TOP = 12;
const models = new Map<EncodingName, NgramModel>();

// Context keys pack two ids (offset past START) into one number: ids are below 2^19 in every encoding we use.
const key2 = (a: number, b: number) => (a + 2) * 524288 + (b + 2);

/** Built on first use for each encoding (tokenizing the corpus takes tens of milliseconds), then kept. */
export function ngramModel(vocab: Vocabulary, texts: () => readonly string[]): NgramModel {
  let model = models.get(vocab.encoding);
  if (!model) {
    model = buildModel(vocab, texts());
    models.set(vocab.encoding, model);
  }
  return model;
}

/** A model of any texts, not cached (the bench's v1 generator builds one per topic). */
export function buildNgramModel(vocab: Vocabulary, texts: readonly string[]): NgramModel {
  return buildModel(vocab, texts);
}

function buildModel(vocab: Vocabulary, texts: readonly string[]): NgramModel {
  const tri = new Map<number, Map<number, number>>();
  const bi = new Map<number, Map<number, number>>();
  const uni = new Map<number, number>();
  /** Occurrences of each token followed by a word boundary (or the end of a text). */
  const closed = new Map<number, number>();
  const bump = (table: Map<number, Map<number, number>>, ctx: number, next: number) => {
    let row = table.get(ctx);
    if (!row) table.set(ctx, (row = new Map()));
    row.set(next, (row.get(next) ?? 0) + 1);
  };
  for (const text of texts) {
    const ids = vocab.encodeCached(text);
    let a = START;
    let b = START;
    for (let i = 0; i <= ids.length; i++) {
      const next = i < ids.length ? ids[i] : END;
      bump(tri, key2(a, b), next);
      bump(bi, b, next);
      if (next !== END) uni.set(next, (uni.get(next) ?? 0) + 1);
      if (b >= 0 && (next === END || vocab.endsWordBefore(next))) closed.set(b, (closed.get(b) ?? 0) + 1);
      a = b;
      b = next;
    }
  }
  const top = (row: Map<number, number>): NextTokens => {
    let total = 0;
    for (const c of row.values()) total += c;
    const entries = [...row.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, TOP);
    let kept = 0;
    const ids = new Int32Array(entries.length);
    const probs = new Float64Array(entries.length);
    entries.forEach(([id, c], i) => {
      ids[i] = id;
      probs[i] = c / total;
      kept += c;
    });
    return { ids, probs, rest: 1 - kept / total };
  };
  const freeze = (table: Map<number, Map<number, number>>) => {
    const out = new Map<number, NextTokens>();
    for (const [ctx, row] of table) out.set(ctx, top(row));
    return out;
  };
  const triTop = freeze(tri);
  const biTop = freeze(bi);
  const corpusTokens = Int32Array.from(uni.keys()).sort();
  const member = new Uint8Array(Math.max(vocab.idLimit, 1));
  for (const id of corpusTokens) member[id] = 1;
  const wordTokens = corpusTokens.filter(
    (id) => vocab.endsWordBefore(id) && (closed.get(id) ?? 0) * 2 >= (uni.get(id) ?? 0),
  );
  for (const id of wordTokens) member[id] = 3;
  return {
    trigram: (a, b) => triTop.get(key2(a, b)),
    bigram: (b) => biTop.get(b),
    unigram: top(uni),
    corpusTokens,
    inCorpus: (id) => id >= 0 && member[id] !== 0 && member[id] !== undefined,
    wordTokens,
    isWord: (id) => id >= 0 && member[id] === 3,
  };
}
