/**
 * A user correcting what they said: "Actually it's 5, not 4.", "Sorry, I meant Tuesday.", "It
 * moved to 4pm." The earlier statement is rewritten with the new value, so every later question
 * is answered from the corrected fact, and the correction itself is acknowledged. Only a value of
 * one plain kind (a number, a time, a day, a month, or the old value named) is replaced, and only
 * where the earlier message holds exactly one such value: otherwise nothing is changed.
 */

const DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

/** The kinds of value a correction may replace without naming the old one, most specific first. */
const KINDS: RegExp[] = [
  /\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidnight\b/gi,
  new RegExp(`\\b(?:${DAYS})\\b`, "gi"),
  new RegExp(`\\b(?:${MONTHS})\\b`, "gi"),
  new RegExp(`\\b\\d[\\d,.]*\\d\\b|\\b\\d\\b|\\b(?:${NUMBER_WORDS})\\b`, "gi"),
];

const CHANGED_MIND =
  /^(?:(?:oh|so|well|hmm|ok|okay|wait)[,!.]?\s+)*(?:actually[,!.]?\s+)?(?:i(?:'ve| have)? changed my mind|scratch that|on second thoughts?|i take (?:that|it) back)[,.!;:]?\s+(?:(?:actually|no)[,!.]?\s+)?/i;
const VALUE = "([\\w:.,' -]{1,40}?)";
const LEAD = "^(?:(?:oh|oops|sorry|wait|no|hmm|ah|um)[,!.]?\\s+)*";

/** What a correction says the value is now, and what it was, when the message is one. */
export function readCorrection(text: string): { to: string; from?: string; loose?: boolean } | null {
  // "Actually, I changed my mind. It's badminton now.": the change of mind announces the correction.
  const t = text.trim().replace(CHANGED_MIND, "Actually, ");
  if (t.length > 100 || /\?\s*$/.test(t)) return null;
  const forms = [
    new RegExp(
      `${LEAD}(?:actually|correction|i meant|i mean|make that|my mistake|my bad|sorry)[,:!.]?\\s+(?:(?:no|nope|wait)[,!.]?\\s+)?(?:it'?s|it is|it was|it will be|it'll be|that'?s|that should be|that should have been|there are|there were|i have|i've got|it should be)?\\s*${VALUE}(?:,?\\s+not\\s+${VALUE})?\\s*[.!]*$`,
      "i",
    ),
    new RegExp(
      `${LEAD}(?:actually,?\\s+)?(?:it|that|the [a-z]+|my [a-z]+)\\s+(?:has |was |got |is )?(?:moved|changed|been moved|been changed|now)\\s+(?:to\\s+)?${VALUE}\\s*[.!]*$`,
      "i",
    ),
    new RegExp(`${LEAD}(?:actually,?\\s+)?${VALUE},?\\s+not\\s+${VALUE}\\s*[.!]*$`, "i"),
  ];
  for (const [k, form] of forms.entries()) {
    const m = form.exec(t);
    if (!m) continue;
    const to = m[1]
      .trim()
      .replace(/[.,]$/, "")
      .replace(/,?\s+(?:now|instead|then|actually)$/i, "");
    const from = m[2]?.trim().replace(/[.,]$/, "");
    if (!to || to.split(/\s+/).length > 4 || (from && from.split(/\s+/).length > 4)) continue;
    // The new value must be of a kind a statement holds, or the old one named.
    // "Actually, it's green now." names no kind: it may only replace the value of a "my X is Y" just before.
    if (!from && !KINDS.some((kind) => new RegExp(`^(?:${kind.source})$`, "i").test(to))) {
      if (
        k === 0 &&
        to.split(/\s+/).length <= 3 &&
        /\b(?:it'?s|it is|i meant|make that|correction|it should be)\b/i.test(t) &&
        !/\b(?:that|this|it|them|fine|ok|okay|right|wrong|true|false)$/i.test(to)
      )
        return { to, loose: true };
      continue;
    }
    return from ? { to, from } : { to };
  }
  return null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The user's messages with every correction applied to the latest earlier message it fits, and
 * the corrections themselves emptied. `corrected` is the sentence the last message corrected.
 */
export function applyCorrections(texts: readonly string[]): { texts: string[]; corrected?: string } {
  const out = [...texts];
  let corrected: string | undefined;
  out.forEach((text, i) => {
    const c = readCorrection(text);
    if (!c) return;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = out[j];
      if (!earlier) continue;
      let re: RegExp | null = null;
      if (c.from) re = new RegExp(`(?<![\\w])${escapeRe(c.from)}(?![\\w])`, "gi");
      else if (c.loose) {
        const said = [
          ...earlier.matchAll(/\bmy (?:[a-z]+ ){0,2}[a-z]+(?:'s)? (?:is|are) ([^.,!?;\n]{1,30}?)(?=[.,!?;\n]|$)/gi),
        ];
        if (said.length !== 1 || said[0][1].split(/\s+/).length > 3) return;
        re = new RegExp(`(?<![\\w])${escapeRe(said[0][1])}(?![\\w])`, "gi");
      } else {
        const kind = KINDS.find((k) => new RegExp(`^(?:${k.source})$`, "i").test(c.to));
        if (kind) re = new RegExp(kind.source, "gi");
      }
      if (!re) return;
      const hits = [...earlier.matchAll(re)];
      if (hits.length !== 1) continue;
      const at = hits[0].index ?? 0;
      out[j] = earlier.slice(0, at) + c.to + earlier.slice(at + hits[0][0].length);
      out[i] = "";
      if (i === texts.length - 1)
        corrected = out[j]
          .split(/(?<=[.!?])\s+/)
          .find((s) => s.includes(c.to))
          ?.trim();
      return;
    }
  });
  return corrected ? { texts: out, corrected } : { texts: out };
}
