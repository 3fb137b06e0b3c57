/**
 * A tutor told not to give answers away ("You are a strict maths teacher. Never give the answer
 * directly, give a hint."): a sum gets a hint that splits it into steps the learner can do, never
 * its result. Other questions under that rule pass to the other skills.
 */
import type { Skill } from "./skill";

const HINT_ONLY =
  /\b(?:never|don'?t|do not|must not|mustn'?t|shouldn'?t|should not)\s+(?:just\s+)?(?:give|tell|say|reveal|hand over)\s+(?:away\s+)?(?:them\s+|the (?:student|learner|user|child|kid)s?\s+)?(?:the|any|an?)\s+(?:final\s+|full\s+)?answers?\b|\b(?:only|just)\s+(?:give\s+)?hints?\b|\bgive (?:a |them a |the student a )?hints? (?:instead|only|rather)\b|\bsocratic\b/i;

const NUMBER = String.raw`(\d{1,6})`;
const OPS: [RegExp, "+" | "-" | "×" | "÷"][] = [
  [/\+|\bplus\b|\badd(?:ed to)?\b|\band\b/, "+"],
  [/-|−|\bminus\b|\btake away\b|\bsubtract\b/, "-"],
  [/\*|×|\bx\b|\btimes\b|\bmultiplied by\b/, "×"],
  [/\/|÷|\bdivided by\b|\bover\b/, "÷"],
];

function sumOf(text: string): { a: number; b: number; op: "+" | "-" | "×" | "÷" } | null {
  const m = new RegExp(String.raw`${NUMBER}\s*([^\d?]{1,16}?)\s*${NUMBER}`).exec(text);
  if (!m) return null;
  const op = OPS.find(([re]) => re.test(m[2].toLowerCase()))?.[1];
  return op ? { a: Number(m[1]), b: Number(m[3]), op } : null;
}

/** Steps the learner can do in their head, with the result left for them. */
function hintFor(a: number, b: number, op: "+" | "-" | "×" | "÷"): string[] {
  const tens = (n: number) => Math.floor(n / 10) * 10;
  if (op === "×") {
    const [big, small] = a >= b ? [a, b] : [b, a];
    return small >= 10 && small % 10
      ? [
          `Split the ${small} into ${tens(small)} and ${small % 10}: work out ${big} × ${tens(small)} and ${big} × ${small % 10}, then add the two.`,
          `Try ${big} × ${tens(small)} first, then ${big} × ${small % 10}, and add them together. What do you get?`,
        ]
      : [
          `Think of it as ${small} groups of ${big}: add ${big} to itself ${small} times, or double it as many times as you can.`,
          `${big} × ${small} is ${small} lots of ${big}. Start with ${big} × 2 and build up from there.`,
        ];
  }
  if (op === "+")
    return [
      `Add the tens first (${tens(a)} + ${tens(b)}), then the ones (${a % 10} + ${b % 10}), and put the two together.`,
      `Split both numbers into tens and ones, add each kind, then combine them. What do you get?`,
    ];
  if (op === "-")
    return [
      `Count up from ${Math.min(a, b)} to the next ten, then on to ${Math.max(a, b)}: the jumps added together are your answer.`,
      `Take away the tens first (${tens(a)} − ${tens(b)}), then sort out the ones. What's left?`,
    ];
  return [
    `Ask yourself: what number times ${b} gives ${a}? Try ${b} × 10 first and see how close that gets you.`,
    `Think of it as sharing ${a} into ${b} equal groups: start with a round guess, multiply it back by ${b}, and adjust.`,
  ];
}

export const hints: Skill = {
  name: "hints",
  does: "a tutor told never to give the answer: a sum gets a hint in steps, not its result",
  reply({ turns, lastUser, json }) {
    if (json) return null;
    const rules = turns
      .filter((t) => t.role === "system" || t.role === "developer")
      .map((t) => t.text)
      .join("\n");
    if (!HINT_ONLY.test(rules)) return null;
    const sum = sumOf(lastUser);
    if (!sum) return null;
    const texts = hintFor(sum.a, sum.b, sum.op);
    return { texts: texts.map((text) => ({ text, weight: 1 / texts.length })) };
  },
};
