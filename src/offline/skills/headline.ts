/**
 * "Write a headline (max 8 words) for this text: ...": a headline made from the text itself, not a
 * template about "this text". Only when a text is pasted with the request; a headline about a
 * subject ("a headline for a story about a lost dog") stays the creative skill's.
 */
import { headlineOf } from "./summary";
import type { Skill } from "./skill";

const ASKS =
  /\b(?:headline|title|heading)\b[^.:\n]{0,60}\b(?:for|of|to|sums? up|summari[sz]es|captures)\s+(?:(?:this|the following|the|my)\s+(?:text|article|paragraph|passage|post|story|email|piece|report|news(?: story)?|blurb|message|notice|review|announcement|newsletter|update|memo|letter|note|voicemail)\b|(?:this|the following)\s*:)/i;

function pasted(message: string): string | undefined {
  const at = message.search(/:\s|\n/);
  if (at < 0) return undefined;
  const text = message.slice(at + 1).trim();
  const words = text.split(/\s+/).length;
  return words >= 15 && /[.!?]\s+\S/.test(text) ? text : undefined;
}

export const headline: Skill = {
  name: "headline",
  does: "writes a headline for a text pasted with the request, from what the text says",
  whileSummarizing: true,
  reply: ({ lastUser }) => {
    const head = lastUser.slice(0, 300);
    if (!ASKS.test(head)) return null;
    const text = pasted(lastUser);
    if (!text) return null;
    const limit =
      /\b(?:max(?:imum)?|at most|under|no more than|up to|within|less than|fewer than)\s*(?:of\s+)?(\d{1,2})\s*words?\b/i.exec(
        head,
      ) ?? /\b(\d{1,2})[- ]word\b/i.exec(head);
    const max = limit ? Number(limit[1]) - (/\b(?:under|less than|fewer than)\b/i.test(limit[0]) ? 1 : 0) : 8;
    const title = headlineOf(text, Math.max(2, max));
    return title ? { texts: [{ text: title, weight: 1 }], exact: true } : null;
  },
};
