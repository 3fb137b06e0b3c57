/**
 * Alternative phrasings of a factual answer: a language model says "about two million" or
 * "around two million", "is known for" or "is famous for", and its probabilities show it. A few
 * context-safe swaps per reply, at least a few words apart, so every word trigram of a variant
 * also occurs in a text that has at most one swap (see `singleSwaps`, which the corpus lists).
 */
import type { Filled } from "../language/templates";

interface Swap {
  re: RegExp;
  /** Alternatives to the matched text, in preference order after the original. */
  alts: string[];
}

// A space, never a line break: "you care about\n2. Write" ends one list item and starts the next.
const NUMBER =
  "(?= ?(?:\\d|one\\b|two\\b|three\\b|four\\b|five\\b|six\\b|seven\\b|eight\\b|nine\\b|ten\\b|twelve\\b|fifteen\\b|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a thousand|a million))";

const SWAPS: Swap[] = [
  { re: new RegExp(`\\babout${NUMBER}`, "g"), alts: ["around", "roughly"] },
  {
    re: /\bmore than(?= (?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|a hundred|a thousand|a million|half))/g,
    alts: ["over"],
  },
  { re: /\bis known for\b/g, alts: ["is famous for"] },
  { re: /\bare known for\b/g, alts: ["are famous for"] },
  { re: /\blargest\b/g, alts: ["biggest"] },
  { re: /\bIt lies\b/g, alts: ["It sits", "It is located"] },
  { re: /\bFor example,/g, alts: ["For instance,"] },
  { re: /\bsuch as\b/g, alts: ["like"] },
  { re: /\bFinally,/g, alts: ["Lastly,"] },
  { re: /\bHowever,/g, alts: ["That said,"] },
  { re: /\busually\b/g, alts: ["typically", "generally"] },
  { re: /\boften\b/g, alts: ["frequently"] },
  // "the very same" is no intensifier: "the really same" is no English.
  { re: /(?<!\b(?:the|this|that|its|their|his|her|your|my|our)\s)\bvery\b/g, alts: ["really"] },
  { re: /\bquite\b/g, alts: ["fairly"] },
  { re: /\bimportant\b/g, alts: ["essential"] },
  { re: /\bsimple\b/g, alts: ["basic"] },
  { re: /\bbegins\b/g, alts: ["starts"] },
  { re: /\bstarts\b/g, alts: ["begins"] },
  { re: /\bbecause(?! of)\b/g, alts: ["since"] },
  { re: /\bHere is\b/g, alts: ["Here's"] },
  { re: /\bdo not(?= [a-z])/g, alts: ["don't"] },
  { re: /\bdoes not(?= [a-z])/g, alts: ["doesn't"] },
  { re: /\bcannot\b/g, alts: ["can't"] },
  { re: /\bis not(?= [a-z])/g, alts: ["isn't"] },
  { re: /\bIt is(?= [a-z])/g, alts: ["It's"] },
  { re: /\bmost of the time\b/g, alts: ["in most cases"] },
  { re: /\bin other words\b/gi, alts: ["put simply"] },
  { re: /\bhelps you\b/g, alts: ["lets you"] },
  { re: /\ba lot of\b/g, alts: ["plenty of"] },
  { re: /\binstead of\b/g, alts: ["rather than"] },
  { re: /\bexactly\b/g, alts: ["precisely"] },
  { re: /\bjust\b(?= [a-z])/g, alts: ["simply"] },
  { re: /\bImagine\b/g, alts: ["Picture"] },
  { re: /\bPicture\b(?= a)/g, alts: ["Imagine"] },
  // "a function's several return values" has no room for an article: "a function's a few" is no English.
  { re: /(?<!'s |\b(?:the|its|their|his|her|your|my|our|these|those)\s)\bseveral\b/g, alts: ["a few"] },
  { re: /(?<!how |so |too |as |that )\bmany\b(?! of| more| times)(?= [a-z]+s\b)/g, alts: ["lots of"] },
  // "each a function", "each with its id": "each" as a pronoun has no "every".
  {
    re: /\beach\b(?! other| of| time| (?:a|an|the|one|with|in|on|to|for|is|was|has|have|had|holds?|gets?|takes?|its|their|his|her|being|carrying|containing|having)\b)(?= [a-z]+\b)/g,
    alts: ["every"],
  },
  // "small enough" is no "little enough".
  { re: /\bsmall\b(?= [a-z])(?! enough\b)/g, alts: ["little"] },
  { re: /\bgood\b(?= [a-z])/g, alts: ["great"] },
  { re: /\bclassic\b/g, alts: ["standard"] },
  { re: /\bnaturally\b/g, alts: ["easily"] },
  { re: /\bmostly\b/g, alts: ["largely"] },
  { re: /\bThen\b(?= [a-z])/g, alts: ["After that,"] },
  { re: /\bthe same way\b/g, alts: ["the same manner"] },
  { re: /\bcommon\b/g, alts: ["frequent"] },
  { re: /\bquick\b/g, alts: ["fast"] },
  { re: /\bhuge\b/g, alts: ["enormous"] },
  { re: /\bclever\b/g, alts: ["smart"] },
  { re: /\buntil\b/g, alts: ["till"] },
  { re: /\bshines\b/g, alts: ["works best"] },
  { re: /\breach\b(?= [a-z])/g, alts: ["get to"] },
  { re: /\bhandles\b/g, alts: ["deals with"] },
  { re: /\binside\b(?= (?!in\b|out\b|it\b)[a-z])/g, alts: ["within"] },
  { re: /\bthe rest\b/g, alts: ["the remainder"] },
  { re: /\bneeds\b(?! to)(?= [a-z])/g, alts: ["requires"] },
  { re: /\badjusts\b/g, alts: ["tunes"] },
  { re: /\bdepends heavily on\b/g, alts: ["relies heavily on"] },
  { re: /\bcore idea\b/g, alts: ["central idea"] },
  { re: /\ba way of\b/g, alts: ["a method of"] },
  { re: /\brecognise\b/g, alts: ["identify"] },
  { re: /\brecommend\b(?= a)/g, alts: ["suggest"] },
  { re: /\bestimate\b(?= the)/g, alts: ["predict"] },
  { re: /(?<=that )power\b/g, alts: ["drive"] },
  // "a whole" is no "a entire", and "as a whole" is an idiom.
  { re: /(?<!\ba |\bA )\bwhole\b(?= [a-z])/g, alts: ["entire"] },
  { re: /\bnearly\b/g, alts: ["almost"] },
  { re: /\balmost\b/g, alts: ["nearly"] },
  { re: /\bfamous\b/g, alts: ["well-known"] },
  { re: /\bkeeps\b(?= [a-z])/g, alts: ["holds"] },
  { re: /\bshows\b(?= [a-z])/g, alts: ["demonstrates"] },
  { re: /\bfits\b(?= [a-z])/g, alts: ["suits"] },
  { re: /\bIn code,/g, alts: ["In programming,"] },
  { re: /\bnever needs to\b/g, alts: ["never has to"] },
  { re: /\btrusts\b/g, alts: ["relies on"] },
  { re: /\bdefining\b/g, alts: ["describing"] },
  { re: /\bThe classic example\b/g, alts: ["The textbook example"] },
  { re: /\bpile up\b/g, alts: ["stack up"] },
];

/** How much probability the original wording keeps at a swap point. */
const KEEP = 0.6;
/** Swap points per reply: 2^3 variants at most. */
const MAX_POINTS = 3;
/** Characters between two swap points (three words or more), so no trigram spans two swaps. */
const GAP = 16;

interface Point {
  at: number;
  length: number;
  options: string[];
}

/** The swap points of a text outside code, in order, at least GAP characters apart. */
function points(text: string): Point[] {
  const code: [number, number][] = [];
  for (const m of text.matchAll(/```[\s\S]*?```|`[^`\n]*`/g)) code.push([m.index!, m.index! + m[0].length]);
  const found: Point[] = [];
  for (const s of SWAPS) {
    s.re.lastIndex = 0;
    for (const m of text.matchAll(s.re)) {
      const at = m.index!;
      if (code.some(([a, b]) => at >= a && at < b)) continue;
      found.push({ at, length: m[0].length, options: [m[0], ...s.alts] });
    }
  }
  found.sort((a, b) => a.at - b.at);
  const out: Point[] = [];
  for (const p of found)
    if (!out.length || p.at >= out[out.length - 1].at + out[out.length - 1].length + GAP) out.push(p);
  return out;
}

/** Up to 2^MAX_POINTS phrasings of `text`, weighted; the original first. */
export function paraphrases(text: string, maxPoints = MAX_POINTS): Filled[] {
  const all = points(text);
  // Spread the chosen points over the reply rather than bunching them at its start.
  const chosen =
    all.length <= maxPoints
      ? all
      : Array.from({ length: maxPoints }, (_, i) => all[Math.floor((i * all.length) / maxPoints)]);
  let out: Filled[] = [{ text: "", weight: 1 }];
  let from = 0;
  for (const p of chosen) {
    const before = text.slice(from, p.at);
    const next: Filled[] = [];
    for (const v of out)
      p.options.forEach((o, i) =>
        next.push({
          text: v.text + before + o,
          weight: v.weight * (i === 0 ? KEEP : (1 - KEEP) / (p.options.length - 1)),
        }),
      );
    out = next;
    from = p.at + p.length;
  }
  const rest = text.slice(from);
  return out.map((v) => ({ text: v.text + rest, weight: v.weight }));
}

/**
 * Phrasings of several texts at once (the prose parts of one reply): up to `maxPoints` swap
 * points spread over all of them, every combination weighted.
 */
export function paraphraseParts(texts: readonly string[], maxPoints: number): { texts: string[]; weight: number }[] {
  const all = texts.flatMap((t, part) => points(t).map((p) => ({ part, p })));
  const chosen =
    all.length <= maxPoints
      ? all
      : Array.from({ length: maxPoints }, (_, i) => all[Math.floor((i * all.length) / maxPoints)]);
  let out = [{ choice: [] as number[], weight: 1 }];
  for (const { p } of chosen) {
    const next: { choice: number[]; weight: number }[] = [];
    for (const v of out)
      p.options.forEach((_, i) =>
        next.push({
          choice: [...v.choice, i],
          weight: v.weight * (i === 0 ? KEEP : (1 - KEEP) / (p.options.length - 1)),
        }),
      );
    out = next;
  }
  return out.map((v) => ({
    texts: texts.map((t, part) => {
      let res = "";
      let from = 0;
      chosen.forEach(({ part: q, p }, k) => {
        if (q !== part) return;
        res += t.slice(from, p.at) + p.options[v.choice[k]];
        from = p.at + p.length;
      });
      return res + t.slice(from);
    }),
    weight: v.weight,
  }));
}

/** Every variant of `text` with exactly one swap: with the texts themselves, they hold every trigram a paraphrase can make. */
export function singleSwaps(text: string): string[] {
  const out: string[] = [];
  for (const p of points(text))
    for (const o of p.options.slice(1)) out.push(text.slice(0, p.at) + o + text.slice(p.at + p.length));
  return out;
}
