/** An extractive summary: the sentences that carry the text's most frequent content words, in their order. */
import { rankPassages, type Scored } from "../read/retrieval";
import { sentences, terms } from "../language/text";

export interface SummaryOptions {
  conversation: boolean;
  brevity?: "sentence" | "short";
  /** The conversation's passages by relevance, when the caller has ranked them already. */
  ranked?: readonly Scored[];
}

export function summarize(text: string, options: SummaryOptions): string {
  const cleaned = text
    .split("\n")
    .map((line) => line.replace(/^\s*(user|assistant|system|developer|tool)\s*:\s*/i, ""))
    .join("\n")
    .replace(/\.{3}|…/g, ".");
  // Code is not summarized in prose, and a sentence that introduces it ("Here is an example:") means nothing without it.
  const prose = cleaned.replace(/```[\s\S]*?(```|$)/g, "\n");
  const all = sentences(prose).filter((s) => /[a-z]{2,}.*\s.*[a-z]{2,}/i.test(s) && !/:\s*$/.test(s.trim()));
  if (all.length === 0) {
    return options.conversation
      ? "There is nothing to summarize yet: the conversation has no messages with content."
      : "The text is too short to summarize.";
  }
  const want = options.brevity === "sentence" ? 1 : options.brevity === "short" ? 2 : all.length > 12 ? 4 : 3;
  const termsOf = all.map((s) => terms(s));
  const freq = new Map<string, number>();
  for (const ts of termsOf) for (const t of new Set(ts)) freq.set(t, (freq.get(t) ?? 0) + 1);
  const scored = all.map((s, i) => {
    const ts = termsOf[i];
    let score = 0;
    for (const t of new Set(ts)) score += freq.get(t) ?? 0;
    // Favour sentences of ordinary length, and questions less than the answers to them.
    score /= Math.sqrt(Math.max(ts.length, 4));
    if (s.trim().endsWith("?")) score *= 0.6;
    return { s: s.trim(), i, score };
  });
  const picked = [...scored]
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, want)
    .sort((a, b) => a.i - b.i)
    .map((x) => (/[.!?]$/.test(x.s) ? x.s : `${x.s}.`));
  if (!options.conversation) return picked.join(" ");
  const ranked = (options.ranked ?? rankPassages([{ role: "user", text: cleaned }])).filter(
    (r) => !r.entry.topic.fallback,
  );
  const top = ranked[0]?.score ?? 0;
  const topics = ranked.filter((r) => r.score >= top * 0.6).map((r) => r.entry.topic.title);
  const distinct = [...new Set(topics)].slice(0, 2).map(inSentence);
  const about = distinct.length ? `The conversation was about ${distinct.join(" and ")}. ` : "";
  return `${about}${picked.join(" ")}`;
}

/** "Recursion" reads "recursion" mid-sentence; names stay capitalized. */
function inSentence(title: string): string {
  return /^(Paris|Python|TypeScript|JavaScript|France|I\b)/.test(title)
    ? title
    : title.charAt(0).toLowerCase() + title.slice(1);
}
