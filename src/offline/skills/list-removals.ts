/**
 * A list the user gave ("Bug IDs to retest: QA-311, QA-418, QA-502") and, later, one of its items
 * taken back ("drop QA-418, it's a duplicate", "forget the eggs", "QA-418 is no longer needed"):
 * what was said is recalled without it, so the list read back is the list as it stands now.
 */

/**
 * A removal names the item as the object of a verb ("drop QA-418", "cross Mr Lindqvist off") or says
 * "take it off" / "no longer needed" beside it. "Tom skipped school" or "Leo no longer plays" are news
 * about an item, not a removal, so a verb after the item or a bare "no longer" takes nothing off.
 */
const DIRECT = "(?:drop|remove|delete|scratch|strike|forget(?:\\s+about)?|skip|cancel|take|cross|leave|rule\\s+out)";
const PRONOUN =
  /\b(?:take|cross|strike|leave|scratch)\s+(?:it|that|them|those|him|her|this)\s+(?:off|out)\b|\b(?:drop|remove|delete|scratch|forget|skip|cancel)\s+(?:it|that|them|those|him|her|this)\b|\boff (?:the|my) (?:[a-z]+ )?list\b|\b(?:no longer|not) needed\b|\b(?:don'?t|do not) need (?:it|that|them|those|him|her)(?:\s+any ?more)?\b/i;
const KEEP =
  /\b(?:don'?t|do not|never|not)\s+(?:drop|remove|delete|take|cross|scratch|strike|forget|skip|cancel|leave)\b/i;

/** The items of a list said after a colon or as the clause's comma list: two or more short ones. */
function listItems(said: string): { items: string[]; at: number } | null {
  // "bug IDs to retest: A, B, C" or "your suppliers are A, B and C": the list starts after either.
  const verb = /\b(?:are|were|include|includes)\s+/i.exec(said);
  const colon = said.includes(":") ? said.lastIndexOf(":") : verb ? verb.index + verb[0].length - 1 : -1;
  const part = colon >= 0 ? said.slice(colon + 1) : said;
  const items = part
    .replace(/[.!]+\s*$/, "")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (items.length < 2 || items.some((x) => x.split(/\s+/).length > 4)) return null;
  return { items, at: colon >= 0 ? colon + 1 : 0 };
}

const core = (item: string) => item.replace(/^(?:the|a|an|some|my)\s+/i, "");
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function names(item: string, text: string): boolean {
  return new RegExp(`(?<![\\w-])${escapeRe(core(item))}(?![\\w-])`, "i").test(text);
}

/**
 * `said` with the items a later message of the user took off, and a note of which; `said` itself
 * when none was. `texts` are the user's messages in order, the question last or left out.
 */
export function withoutRemoved(said: string, texts: readonly string[]): string {
  const list = listItems(said);
  if (!list) return said;
  const first = texts.findIndex((t) => list.items.filter((i) => names(i, t)).length >= 2);
  if (first < 0) return said;
  const gone = new Set<string>();
  for (const text of texts.slice(first + 1)) {
    for (const sentence of text.split(/(?<=[.!?;])\s+/)) {
      if (KEEP.test(sentence) || /\?\s*$/.test(sentence)) continue;
      const named = list.items.filter((i) => names(i, sentence));
      const hit = PRONOUN.test(sentence)
        ? named
        : named.filter((i) =>
            new RegExp(`\\b${DIRECT}\\s+(?:the\\s+|a\\s+|an\\s+)?${escapeRe(core(i))}(?![\\w-])`, "i").test(sentence),
          );
      // A message that names every item again is the list restated, not a removal.
      if (hit.length && hit.length < list.items.length) for (const i of hit) gone.add(i);
    }
  }
  if (!gone.size) return said;
  const kept = list.items.filter((i) => !gone.has(i));
  const join = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);
  const off = [...gone];
  const rest = kept.length ? join(kept) : "nothing left";
  return `${list.at ? `${said.slice(0, list.at).trimEnd()} ` : ""}${rest} (you took ${join(off)} off)`;
}
