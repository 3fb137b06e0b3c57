import { randomBytes } from "node:crypto";

/** A stream of uniform numbers in [0, 1). */
export interface Random {
  next(): number;
}

/** sfc32: tiny, fast and good enough for sampling; the same seed always gives the same stream. */
function sfc32(a: number, b: number, c: number, d: number): Random {
  return {
    next() {
      a |= 0;
      b |= 0;
      c |= 0;
      d |= 0;
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    },
  };
}

/** cyrb128: spreads any string over four 32-bit words, so nearby seeds give unrelated streams. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

export function seededRandom(seed: string | number): Random {
  const rng = sfc32(...hash128(String(seed)));
  // The first outputs of sfc32 are still close to the seed: discard a few.
  for (let i = 0; i < 12; i++) rng.next();
  return rng;
}

/** Fresh randomness for requests without a seed. */
export function freshRandom(): Random {
  return seededRandom(randomBytes(16).toString("hex"));
}

/** A short random identifier, [a-zA-Z0-9], like the API's ids. */
export function randomId(length: number): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const bytes = randomBytes(length);
  let id = "";
  for (let i = 0; i < length; i++) id += alphabet[bytes[i] % alphabet.length];
  return id;
}

/** A stable 32-bit hash of a string, for cache keys. */
export function hash32(text: string): number {
  return hash128(text)[0];
}
