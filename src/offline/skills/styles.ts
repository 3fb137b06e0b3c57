/**
 * Playful voices a learner tries first in a system message ("You are a pirate", "Answer like
 * Shakespeare", "Explain it to a five-year-old", "You are a poet"): the answer stays the
 * corpus's answer, framed by the voice's own opening and closing lines, and shortened or laid
 * out the way that voice would speak. Openers and closers are whole sentences, so the joins read.
 */
import { expand, type Filled } from "../language/templates";
import { sentences } from "../language/text";

export type Style = "pirate" | "shakespeare" | "child" | "poet";

const DETECT: [RegExp, Style][] = [
  [/\bpirate\b|\barr+\b|\bmatey\b/i, "pirate"],
  [/\bshakespeare\w*\b|\belizabethan\b|\bbard\b|\bthee\b|\bthou\b/i, "shakespeare"],
  [
    /\b(five|5|six|6|seven|7)[- ]years?[- ]old\b|\b(a|to a) (child|kid|toddler)\b|\blike i'?m (five|5)\b|\beli5\b|\bchild of (five|5)\b|\bsimple words\b/i,
    "child",
  ],
  [/\b(a|as a|like a) poet\b|\bin verse\b|\bpoetic(ally)?\b/i, "poet"],
];

/** The voice the system/developer message (or the user's request) asks for. */
export function readStyle(system: string, lastUser: string): Style | undefined {
  for (const [re, style] of DETECT)
    if (
      re.test(system) ||
      (re.test(lastUser) && /\b(like|as|to|for|in|talk|speak|answer|explain|write)\b/i.test(lastUser))
    )
      return style;
  return undefined;
}

const FRAMES: Record<Style, { open: string; close: string }> = {
  pirate: {
    open: "[Arr, matey!|Ahoy there, matey!|Arr, gather round, me hearty!] [Here be what ye asked for.|Listen well, for here be the answer.|Here be the tale.]",
    close: "[Now hoist the sails and carry on, matey!|That be the truth of it, arr!|Fair winds to ye!]",
  },
  shakespeare: {
    open: "[Hark, good friend, and hear me well.|Attend, gentle questioner, and lend me thine ear.|Lo, thou hast asked, and thus I answer.]",
    close:
      "[Thus ends my answer, and so, adieu.|And that, good friend, is all the tale.|So speaks thy humble servant.]",
  },
  child: {
    open: "[Okay, here's a simple way to think about it.|Let me explain it the easy way.|Here's the short and simple version.]",
    close: "[Pretty cool, right?|Isn't that neat?|That's it!]",
  },
  poet: {
    open: "[In a few lines, then:|Let me say it as a poem:|A small verse for your question:]",
    close: "",
  },
};

/** The answer in the voice: framed, and for a child or a poet cut to its first sentences. */
export function styled(style: Style, answer: string): Filled[] {
  let body = answer;
  if (style === "child") body = sentences(answer).slice(0, 2).join(" ");
  if (style === "poet") body = verse(answer);
  const frame = FRAMES[style];
  return expand(`${frame.open}\n\n${escapeTemplate(body)}${frame.close ? `\n\n${frame.close}` : ""}`);
}

/** Free verse: the first sentences broken into short lines at commas and clause joins. */
function verse(answer: string): string {
  const first = sentences(answer).slice(0, 2).join(" ");
  return first
    .replace(/,\s+/g, ",\n")
    .replace(/\s+(and|but|so|until|while|where|because|which)\s+/g, "\n$1 ")
    .replace(/([.;:])\s+/g, "$1\n")
    .trim();
}

/** Brackets in the answer are text, not template alternatives. */
function escapeTemplate(text: string): string {
  return text.replace(/\[/g, "\u0001").replace(/\]/g, "\u0002").replace(/\|/g, "\u0003");
}

export function unescapeTemplate(text: string): string {
  return text
    .replace(/\u0001/g, "[")
    .replace(/\u0002/g, "]")
    .replace(/\u0003/g, "|");
}

/** The voices' frames, for the seam check. */
export function styleTemplates(): string[] {
  return Object.values(FRAMES).flatMap((f) =>
    [...expand(f.open), ...(f.close ? expand(f.close) : [])].map((x) => x.text),
  );
}
