/**
 * A list the user gave ("Bug IDs to retest: QA-311, QA-418, QA-502") and, later, one of its items
 * taken back ("drop QA-418, it's a duplicate", "forget the eggs", "QA-418 is no longer needed"):
 * what was said is recalled without it, so the list read back is the list as it stands now.
 */

/** Words that take an item off a list, in any wording. */
const REMOVAL =
  /\b(?:drop|dropped|remove|removed|delete|deleted|take\s+(?:\S+\s+){0,3}off|cross\s+(?:\S+\s+){0,3}off|strike\s+(?:\S+\s+){0,3}off|scratch|forget|skip|cancel+ed|cancel|leave\s+(?:\S+\s+){0,3}(?:off|out)|rule\s+out|no longer|don'?t need|do not need|doesn'?t need|not needed|won'?t need|off the list|not on the list|already (?:done|fixed|bought|got|retested|sent|paid|booked|packed)|got (?:it|that|those|them) already|ignore)\b/i;
const KEEP = /\b(?:don'?t|do not|never|not)\s+(?:drop|remove|delete|take|cross|scratch|forget|skip|cancel)\b/i;

/** The items of a list said after a colon or as the clause's comma list: two or more short ones. */
function listItems(said: string): { items: string[]; at: number } | null {
  const colon = said.lastIndexOf(":");
  const part = colon >= 0 ? said.slice(colon + 1) : said;
  const items = part
    .replace(/[.!]+\s*$/, "")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (items.length < 2 || items.some((x) => x.split(/\s+/).length > 4)) return null;
  return { items, at: colon >= 0 ? colon + 1 : 0 };
}

function names(item: string, text: string): boolean {
  const core = item.replace(/^(?:the|a|an|some|my)\s+/i, "");
  return new RegExp(`(?<![\\w-])${core.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`, "i").test(text);
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
      if (!REMOVAL.test(sentence) || KEEP.test(sentence) || /\?\s*$/.test(sentence)) continue;
      const hit = list.items.filter((i) => names(i, sentence));
      // A message that names every item again is the list restated, not a removal.
      if (hit.length && hit.length < list.items.length) for (const i of hit) gone.add(i);
    }
  }
  if (!gone.size) return said;
  const kept = list.items.filter((i) => !gone.has(i));
  const join = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? "") : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`);
  const off = [...gone];
  const rest = kept.length ? join(kept) : "nothing left";
  return `${said.slice(0, list.at)}${list.at ? " " : ""}${rest} (you took ${join(off)} off)`;
}
