/** Word-level text helpers for retrieval, instructions and summaries (generation itself works on tokens). */

const STOPWORDS = new Set(
  (
    "a about above after again against all am an and any are aren't as at be because been before being below between both but by " +
    "can can't cannot could couldn't did didn't do does doesn't doing don't down during each few for from further had hadn't has " +
    "hasn't have haven't having he her here hers herself him himself his how i if in into is isn't it its itself let's me might " +
    "must my myself no nor not of off on once only or other ought our ours ourselves out over own same shall she should so some " +
    "such than that the their theirs them themselves then there these they this those through to too under until up upon us very " +
    "was wasn't we were weren't what when where which while who whom why will with won't would you your yours yourself " +
    "yourselves please tell give get got just also really thing things way ways want wanted like know let lets say said " +
    "i'm you're it's what's that's there's here's im youre whats thats ok okay more else another can't anything something " +
    "explain describe show write make create help need using use word words sentence sentences paragraph paragraphs " +
    "short brief briefly concise concisely numbered bulleted bullet bullets"
  ).split(/\s+/),
);

/** Lowercase words, apostrophes kept inside words ("what's"), numbers included. */
export function words(text: string): string[] {
  // Accents folded, so "récursivité" is one word (recursivite), not "r" and "cursivit".
  const folded = /[^\x00-\x7f]/.test(text) ? text.normalize("NFD").replace(/\p{M}/gu, "") : text;
  return folded.toLowerCase().match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? [];
}

const stemCache = new Map<string, string>();

/** A light suffix stripper: enough to meet "decorators" with "decorator" and "sorting" with "sort". */
export function stem(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let w = word.replace(/'s$/, "");
  if (w.length > 4) {
    if (w.endsWith("ies") && w.length > 5) w = w.slice(0, -3) + "y";
    else if (w.endsWith("sses")) w = w.slice(0, -2);
    else if (/(ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
    else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
  }
  if (w.length > 6 && w.endsWith("ing")) w = undouble(w.slice(0, -3));
  else if (w.length > 5 && w.endsWith("ed") && !w.endsWith("eed")) w = undouble(w.slice(0, -2));
  else if (w.length > 6 && w.endsWith("ly")) w = w.slice(0, -2);
  if (w.length > 6 && w.endsWith("e")) w = w.slice(0, -1);
  if (stemCache.size < 50_000) stemCache.set(word, w);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** The stems of every word of `text`, stopwords included: what cue words are matched against. */
export function allStems(text: string): string[] {
  return words(text).map(stem);
}

/** Words as a reader counts them: runs of non-space. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The stems of the content words of `text`: what retrieval compares. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/**
 * Sentences of prose, in order. Fenced code blocks and list items stay whole, so a summary or a
 * bullet list never splits a code sample.
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  const blocks = text.split(/(```[\s\S]*?```)/);
  for (const block of blocks) {
    if (block.startsWith("```")) {
      continue;
    }
    for (const line of block.split(/\n+/)) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      if (/^([-*•]|\d+[.)])\s+/.test(trimmed)) {
        out.push(trimmed.replace(/^([-*•]|\d+[.)])\s+/, ""));
        continue;
      }
      // "Mr. Okafor", "Dr. Lin": a title's full stop ends no sentence.
      for (const s of trimmed.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr)\.)(?<=[.!?])\s+(?=["'([]?[A-Z0-9])/)) {
        if (s.trim()) out.push(s.trim());
      }
    }
  }
  return out;
}

/** The fenced code blocks of `text`, fences included. */
export function codeBlocks(text: string): string[] {
  return text.match(/```[\s\S]*?```/g) ?? [];
}

/** A number the user asked for: "List 3 ..." or "three tips" (1 to 12). */
export function requestedCount(text: string): number | undefined {
  const names = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
  const match = text
    .toLowerCase()
    .match(
      /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z-]+\s+){0,3}?(tips|ways|things|examples|practices|ideas|points|steps|reasons|facts|items|taglines|haikus|options|suggestions|rules|habits|bullet|bullets|names|slogans|questions|benefits|features|advantages|mistakes|principles|techniques|strategies)\b/,
    );
  if (!match) {
    const list = text
      .toLowerCase()
      .match(/\b(?:list|give me|name|write|suggest)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/);
    if (!list) return undefined;
    return toNumber(list[1], names);
  }
  return toNumber(match[1], names);
}

function toNumber(raw: string, names: string[]): number | undefined {
  const n = /^\d+$/.test(raw) ? Number(raw) : names.indexOf(raw) + 1;
  return n >= 1 && n <= 12 ? n : undefined;
}
