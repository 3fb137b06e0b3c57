/**
 * "How do I write 1,450 in words on a cheque?", "spell out 72", "what is 3,005 in words": the number
 * said in words (language/number-words.ts). A cheque's amount is written the way banks show it,
 * the dollars in words and the cents as a fraction of 100, as banks' own guides show (Bank of America,
 * "How to write a check": https://bettermoneyhabits.bankofamerica.com/en/personal-banking/how-to-write-a-check).
 */
import { numberInWords } from "../language/number-words";
import type { Solved } from "./computed";

const ASKS =
  /\b(?:in words|spell(?:ed)? (?:it )?out|spell out|as words|written out|write out|in letters)\b|\bwrite\b[^?!]{0,30}\bon a (?:cheque|check)\b/i;

export function solveNumberWords(text: string): Solved | null {
  if (text.length > 300 || !ASKS.test(text)) return null;
  const found = [...text.matchAll(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{1,15})(?:\.(\d{2}))?(?![\d,]*\d)/g)];
  if (found.length !== 1) return null;
  const n = Number(found[0][1].replace(/,/g, ""));
  const cents = found[0][2];
  const us = numberInWords(n);
  const uk = numberInWords(n, true);
  if (!us || !uk) return null;
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (/\b(?:cheque|check)\b/i.test(text)) {
    const fraction = `${cents ?? "00"}/100`;
    return {
      value: us,
      texts: [
        {
          text: `Write "${cap(us)} and ${fraction}" on the amount line (add "dollars" or your currency's name after it), with ${found[0][0]}${cents ? "" : ".00"} in the number box. Draw a line through any space left after it so nothing can be added.`,
          weight: 1,
        },
      ],
    };
  }
  if (cents) return null;
  return {
    value: us,
    texts: [
      { text: `${found[0][1]} in words is ${us}.`, weight: 1 },
      ...(uk !== us ? [{ text: `${cap(us)} (in British English, ${uk}).`, weight: 0.5 }] : []),
    ],
  };
}
