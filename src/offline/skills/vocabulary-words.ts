/**
 * Word tasks that need a vocabulary: "a word that starts with Q", "a word ending in -ing",
 * "unscramble tca". The vocabulary is the English words of the model's own corpus, most used
 * first, so every word it offers is one it writes itself; a task the corpus has no word for is
 * said plainly, never guessed.
 */
import { corpusEntries } from "../corpus/all";
import { EVERYDAY_SETS, type KnownList, plainSet } from "../corpus/sets";
import type { Solved } from "./computed";

let ranked: string[] | null = null;

/** The corpus's lower-case English words of three letters or more, most frequent first. */
function vocabulary(): string[] {
  if (ranked) return ranked;
  const counts = new Map<string, number>();
  const capitalised = new Set<string>();
  for (const e of corpusEntries()) {
    if (e.passage.lang) continue;
    for (const m of e.passage.text.matchAll(/(?<![\p{L}'-])([A-Za-z]{3,})(?![\p{L}'-])/gu)) {
      const w = m[1];
      if (w !== w.toLowerCase()) {
        // A word only ever written with a capital is a name ("Paris", "Python").
        if (w.slice(1) === w.slice(1).toLowerCase()) capitalised.add(w.toLowerCase());
        continue;
      }
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  for (const w of capitalised) if (!counts.has(w)) counts.delete(w);
  ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
  return ranked;
}

const cantFind = (what: string): Solved => ({
  value: "none",
  texts: [
    {
      text: `I can't find ${what} among the words I know: I'm the workbook's offline model, and my vocabulary is only the words of my small corpus.`,
      weight: 1,
    },
  ],
});

/** "Give me a word that starts with Q", "a word ending in -ly", "unscramble this word: tca". */
export function solveVocabulary(message: string): Solved | null {
  const t = message.replace(/[’‘]/g, "'").trim();
  if (t.length > 300) return null;
  const m =
    /\b(?:a|one|an?other|some|three|two|five|\d)\s+(?:(\d{1,2}|three|four|five|six|seven|eight|nine|ten)[- ]letter\s+)?(?:english\s+)?words?\s+(?:that\s+|which\s+)?(start|starts|starting|begin|begins|beginning|end|ends|ending)\s+(?:with|in)\s+(?:the\s+)?(?:letters?\s+)?["'“]?-?([a-z]{1,4})["'”]?(?![a-z])/i.exec(
      t,
    );
  if (m) {
    const ends = /^end/i.test(m[2]);
    const part = m[3].toLowerCase();
    // "... and has no U", "... with 5 letters": every condition said is checked, or no word is offered.
    const more = conditions(t.slice((m.index ?? 0) + m[0].length), m[1]);
    const how = `${ends ? "ends" : "starts"} with "${part}"${more.said.map((x) => ` and ${x}`).join("")}`;
    if (more.unread) return cantFind(`a word that ${how} ${more.unread}`.replace(/\s+/g, " ").trim());
    const found = vocabulary()
      .filter((w) => (ends ? w.endsWith(part) : w.startsWith(part)) && w !== part && more.test(w))
      .slice(0, 5);
    if (!found.length) return cantFind(`a word that ${how}`);
    return {
      value: found[0],
      texts: found.map((w, i) => ({
        text: i % 2 === 0 ? `${cap(w)}.` : `How about "${w}"? It ${how}.`,
        weight: 0.7 ** i,
      })),
    };
  }
  const scrambled = scrambledOf(t);
  if (scrambled) {
    const { letters, kind } = scrambled;
    const key = [...letters].sort().join("");
    const fits = (w: string) => w !== letters && w.length === letters.length && [...w].sort().join("") === key;
    // "It's a fruit": the fruits (corpus/sets.ts) that fit, else any word of the vocabulary.
    const members = kind?.items.map((i) => i.toLowerCase()).filter(fits) ?? [];
    const found = members.length ? members : kind ? [] : vocabulary().filter(fits);
    if (!found.length) return cantFind(`a ${kind ? "word of that kind" : "word"} made of the letters "${letters}"`);
    return {
      value: found[0],
      texts: [
        {
          text: `"${letters}" unscrambled is "${found[0]}"${
            found.length > 1
              ? ` (or ${found
                  .slice(1, 3)
                  .map((w) => `"${w}"`)
                  .join(" or ")})`
              : ""
          }.`,
          weight: 1,
        },
      ],
    };
  }
  return null;
}

const COUNTS: Record<string, number> = { three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * The conditions said after "a word that starts with q": a letter it has not ("and has no u", "without
 * an e"), a length ("with 5 letters", "5 letters long"), an ending. `unread` is what is left that no
 * condition reads ("and is a fruit"): the word cannot be checked against it.
 */
function conditions(
  rest: string,
  lengthBefore?: string,
): { test: (w: string) => boolean; said: string[]; unread?: string } {
  const tests: ((w: string) => boolean)[] = [];
  const said: string[] = [];
  const asLength = (n: string) => COUNTS[n.toLowerCase()] ?? Number(n);
  if (lengthBefore) {
    const n = asLength(lengthBefore);
    tests.push((w) => w.length === n);
    said.push(`has ${n} letters`);
  }
  let left = rest;
  const take = (re: RegExp, use: (m: RegExpExecArray) => void) => {
    const m = re.exec(left);
    if (!m) return;
    use(m);
    left = left.replace(m[0], " ");
  };
  take(
    /\b(?:(?:and|but)\s+)?(?:(?:that|which)\s+)?(?:has|have|having|with|contains?)\s+no\s+(?:letter\s+)?["'“]?([a-z])["'”]?(?![a-z])|\b(?:and\s+)?without\s+(?:an?\s+|the\s+)?(?:letter\s+)?["'“]?([a-z])["'”]?(?![a-z])/i,
    (m) => {
      const letter = (m[1] ?? m[2]).toLowerCase();
      tests.push((w) => !w.includes(letter));
      said.push(`has no "${letter}"`);
    },
  );
  take(
    /\b(?:(?:and|that|which)\s+)*(?:has|have|with|is)\s+(\d{1,2}|three|four|five|six|seven|eight|nine|ten)\s+letters(?:\s+long)?\b/i,
    (m) => {
      const n = asLength(m[1]);
      tests.push((w) => w.length === n);
      said.push(`has ${n} letters`);
    },
  );
  take(/\b(?:and\s+)?(?:ends?|ending)\s+(?:with|in)\s+["'“]?-?([a-z]{1,4})["'”]?(?![a-z])/i, (m) => {
    const end = m[1].toLowerCase();
    tests.push((w) => w.endsWith(end));
    said.push(`ends with "${end}"`);
  });
  // What is left is politeness or punctuation, or a condition no rule here reads.
  const unread = left
    .replace(/[.?!,;:]+/g, " ")
    .replace(/\b(?:please|pls|thanks|thank you|for me|for my \w+|in english|only|just|and|that|which|it)\b/gi, " ")
    .trim();
  return {
    test: (w) => tests.every((t) => t(w)),
    said,
    ...(unread ? { unread: left.trim().replace(/[.?!]+$/, "") } : {}),
  };
}

/**
 * The letters to unscramble ("unscramble tca", "Unscramble this anagram, it's a fruit: 'nomle'") and
 * the kind of word said with them, as a set corpus/sets.ts lists.
 */
function scrambledOf(t: string): { letters: string; kind: KnownList | null } | null {
  if (!/\b(?:unscramble|rearrange|anagram|scrambled)\b/i.test(t)) return null;
  const quoted = [...t.matchAll(/["'“‘]([a-z]{2,12})["'”’](?![a-z])/gi)].map((q) => q[1]);
  const letters = (
    quoted.length === 1
      ? quoted[0]
      : (/\b(?:unscramble|rearrange)\b[^:"'“]*[:]?\s*["'“]?\b([a-z]{2,12})["'”]?\s*[.?!]?\s*$/i.exec(t)?.[1] ??
        /:\s*([a-z]{2,12})\s*[.?!]?\s*$/i.exec(t)?.[1])
  )?.toLowerCase();
  if (!letters) return null;
  const hint = /\b(?:it'?s|it is|is|into|the answer is|hint:?)\s+(?:an?\s+)?(?:type of\s+|kind of\s+)?([a-z]+)\b/i.exec(
    t.replace(letters, " "),
  );
  if (!hint) return { letters, kind: null };
  // "It's an animal": every set of animals (farm, sea, pets) holds candidates, not only the first named.
  const word = new RegExp(`\\b${hint[1].toLowerCase().replace(/s$/, "")}s?\\b`, "i");
  const sets = EVERYDAY_SETS.filter((set) => set.one && word.test(set.one.source));
  const named = plainSet(`a ${hint[1]}`, (set) => set.one);
  if (!sets.length && !named) return { letters, kind: null };
  const items = [...new Set([...(named?.items ?? []), ...sets.flatMap((set) => set.items)])];
  return { letters, kind: { test: /(?!)/, items } };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
