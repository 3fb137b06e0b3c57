/**
 * A whole number said in English words, the short scale (a billion is a thousand million), with
 * the British "and" before the last part under a hundred or without it, as American usage has it
 * (Cambridge Dictionary, "Numbers": https://dictionary.cambridge.org/grammar/british-grammar/numbers).
 */
import { ONES_WORDS as ONES, TENS_WORDS as TENS } from "./numbers";

const SCALES = ["", "thousand", "million", "billion", "trillion"];

function underHundred(n: number): string {
  if (n < 20) return ONES[n];
  return TENS[Math.floor(n / 10)] + (n % 10 ? `-${ONES[n % 10]}` : "");
}

function underThousand(n: number, and: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (!hundreds) return underHundred(rest);
  return `${ONES[hundreds]} hundred${rest ? `${and ? " and" : ""} ${underHundred(rest)}` : ""}`;
}

/** 1450 -> "one thousand four hundred fifty" (or "... four hundred and fifty" with `and`); null past the trillions. */
export function numberInWords(n: number, and = false): string | null {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e15) return null;
  if (n === 0) return "zero";
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 1000)) groups.push(x % 1000);
  const parts: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (!groups[i]) continue;
    // "one thousand and five": the British "and" also stands before a last group under a hundred.
    const lastSmall = i === 0 && groups[i] < 100 && groups.length > 1;
    const said = underThousand(groups[i], and);
    parts.push(`${lastSmall && and ? "and " : ""}${said}${SCALES[i] ? ` ${SCALES[i]}` : ""}`);
  }
  return parts.join(" ");
}
