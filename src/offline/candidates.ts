/**
 * The replies the offline model may give to one request, each with its prior probability. The
 * generator (mixture.ts) samples token by token from the mixture of these candidates, so the
 * distribution it reports at each step is the one the reply is drawn from.
 */

/** Text the generator must produce as is (JSON punctuation, a fence), or text it generates, following `text`. */
export type Segment =
  | { kind: "fixed"; text: string }
  | {
      kind: "free";
      text: string;
      /** How strongly the text holds against the n-gram model's alternatives (0-1); default PROSE. */
      fidelity?: number;
      /** Inside a JSON string: tokens with quotes, backslashes or control characters are masked. */
      json?: boolean;
    };

export const FIDELITY = { PROSE: 0.998, CODE: 0.9995, VERSE: 0.995 } as const;

/**
 * One whole reply. `weight` is its prior: the probability of writing exactly this reply at
 * temperature 1 with no penalties (weights are normalized, so only their ratios matter).
 */
export interface Candidate {
  segments: Segment[];
  weight: number;
  /** Where it came from, for tests and debugging: "passage:paris#0", "template:tagline". */
  source: string;
}
