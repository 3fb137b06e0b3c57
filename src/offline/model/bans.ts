/**
 * logit_bias -100 on a token bans that token, not the word: a real model still writes "Paris" with
 * other tokens ("Par" + "is"). For each candidate that would write a banned token, this adds the
 * same text split so that no banned token is needed, at the candidate's weight. The generator then
 * meets the ban on the original path and follows the split one.
 */
import type { Candidate, Segment } from "./candidates";
import type { Vocabulary } from "./vocab";

/** A bias at or below this bans a token in practice (its probability drops by e^50 or more). */
const BAN = -50;

export function routeAroundBans(
  candidates: readonly Candidate[],
  vocab: Vocabulary,
  bias: ReadonlyMap<number, number> | null,
): Candidate[] {
  if (!bias) return [...candidates];
  const banned = new Set([...bias].filter(([, b]) => b <= BAN).map(([id]) => id));
  if (!banned.size) return [...candidates];
  const out: Candidate[] = [];
  for (const c of candidates) {
    out.push(c);
    const routed = splitBanned(c.segments, vocab, banned);
    if (routed) out.push({ ...c, segments: routed, source: `${c.source}+routed` });
  }
  return out;
}

function splitBanned(segments: readonly Segment[], vocab: Vocabulary, banned: ReadonlySet<number>): Segment[] | null {
  let changed = false;
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.kind !== "free") {
      out.push(s);
      continue;
    }
    const pieces = splitText(s.text, vocab, banned);
    if (pieces.length > 1) changed = true;
    for (const text of pieces) out.push({ ...s, text });
  }
  return changed ? out : null;
}

/** The text in pieces, each encoded on its own, none of which needs a banned token; [text] if none could be found. */
function splitText(text: string, vocab: Vocabulary, banned: ReadonlySet<number>): string[] {
  const ids = vocab.encodeCached(text);
  if (!ids.some((id) => banned.has(id))) return [text];
  const pieces: string[] = [];
  let at = 0;
  let start = 0;
  for (const id of ids) {
    const piece = vocab.text(id);
    if (banned.has(id) && piece.length > 1) {
      const cut = cleanCut(text, at, piece.length, vocab, banned);
      if (cut === null) return [text];
      pieces.push(text.slice(start, at + cut));
      start = at + cut;
    }
    at += piece.length;
  }
  pieces.push(text.slice(start));
  // Each piece must itself be free of banned tokens, else the split did not help.
  return pieces.every((p) => !vocab.encodeCached(p).some((id) => banned.has(id))) ? pieces : [text];
}

/** Where to cut a banned token's text (offset within it) so that both halves avoid banned tokens, middle first. */
function cleanCut(
  text: string,
  at: number,
  length: number,
  vocab: Vocabulary,
  banned: ReadonlySet<number>,
): number | null {
  const middle = Math.floor(length / 2);
  for (let d = 0; d < length; d++) {
    for (const k of [middle + d, middle - d]) {
      if (k <= 0 || k >= length) continue;
      const left = vocab.encodeCached(text.slice(at, at + k));
      const right = vocab.encodeCached(text.slice(at + k, at + length));
      if (!left.some((id) => banned.has(id)) && !right.some((id) => banned.has(id))) return k;
    }
  }
  return null;
}
