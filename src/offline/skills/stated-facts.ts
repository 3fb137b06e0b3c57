/**
 * Reasoning from a fact the user stated, only where the link is plain: "I'm allergic to peanuts"
 * then "Can I eat a peanut butter sandwich?" (the food names what they avoid), "I'm vegetarian"
 * then "Can I have the chicken curry?" (chicken is meat, corpus/food-groups.ts), "My budget is
 * 500 euros" then "Can I afford a 650 euro phone?" (a subtraction). Anything less plain is left
 * to the honest decline: the model never says a food is safe.
 */
import { FOOD_GROUPS, NOT_VEGAN, NOT_VEGETARIAN } from "../corpus/food-groups";
import { expand, type Filled } from "../language/templates";
import type { ConversationTurn } from "../read/conversation";
import { applyCorrections } from "./corrections";
import type { Skill } from "./skill";

interface Avoided {
  /** What the user avoids, as they said it: "peanuts", "shellfish", "vegetarian". */
  what: string;
  /** Said back: "you're allergic to peanuts". */
  said: string;
  /** Food words that are what they avoid. */
  words: string[];
  /** "made with": the foods are made with what is avoided (satay, Snickers), not a kind of it. */
  madeWith?: boolean;
  /** How a member relates to what is avoided: "a kind of shellfish". */
  kind?: string;
}

const FOOD = "([a-z][a-z -]{1,30}?)";
const STOP = "(?=\\s*(?:[.,!;]|$|\\s+(?:and|but|so|too|as well)\\b))";

/** Singular and plural of a food word: "peanuts" -> peanut, peanuts. */
function forms(word: string): string[] {
  const w = word.toLowerCase().trim();
  const one = w.replace(/(?<=[^s])es$/, "").replace(/(?<=[^s])s$/, "");
  return [...new Set([w, one, `${one}s`, `${one}es`])];
}

/** What the user said they avoid, latest last. */
function avoidedIn(texts: readonly string[]): Avoided[] {
  const out: Avoided[] = [];
  for (const text of texts) {
    for (const s of text.slice(0, 2000).split(/(?<=[.!?;])\s+|\n+/)) {
      if (/\?\s*$/.test(s)) continue;
      const diet = /\bi(?:'m| am)\s+(?:a\s+|strictly\s+|fully\s+)?(vegetarian|vegan)\b/i.exec(s);
      if (diet) {
        const vegan = diet[1].toLowerCase() === "vegan";
        out.push({
          what: diet[1].toLowerCase(),
          said: `you're ${diet[1].toLowerCase()}`,
          words: vegan ? NOT_VEGAN.members : NOT_VEGETARIAN.members,
        });
      }
      const allergic =
        new RegExp(
          `\\bi(?:'m| am)\\s+(?:very\\s+|severely\\s+|really\\s+|a bit\\s+)?allergic to\\s+${FOOD}${STOP}`,
          "i",
        ).exec(s) ?? new RegExp(`\\bi have an?\\s+(?:severe\\s+|bad\\s+)?${FOOD}\\s+allergy\\b`, "i").exec(s);
      const avoid = new RegExp(`\\bi (?:don't|do not|can't|cannot|never) eat\\s+(?:any\\s+)?${FOOD}${STOP}`, "i").exec(
        s,
      );
      for (const [m, said] of [
        [
          allergic,
          (w: string) =>
            /allergy\b/i.test(allergic?.[0] ?? "")
              ? `you have ${/^[aeiou]/.test(w) ? "an" : "a"} ${w} allergy`
              : `you're allergic to ${w}`,
        ],
        [avoid, (w: string) => `you don't eat ${w}`],
      ] as const) {
        if (!m) continue;
        const what = m[1].trim().toLowerCase();
        if (/^(?:it|that|this|them|anything|much|a lot|some)\b/.test(what) || what.split(/\s+/).length > 3) continue;
        if (what === "meat") {
          const fishy = new Set([...FOOD_GROUPS[0].members, ...FOOD_GROUPS[2].members, "fish"]);
          out.push({
            what,
            said: said(what),
            words: NOT_VEGETARIAN.members.filter((w) => !fishy.has(w)),
            kind: "meat",
          });
          continue;
        }
        const group = FOOD_GROUPS.find((g) => g.names.test(what));
        const label = group ? what.replace(/s$/, "").replace(/^nut$/, "nut") : undefined;
        out.push({
          what,
          said: said(what),
          words: group ? [...forms(what), ...group.members] : forms(what),
          kind: label,
          ...(group?.relation === "made" ? { madeWith: true } : {}),
        });
      }
    }
  }
  return out;
}

/** "Can I eat a peanut butter sandwich?": the food asked about, or null. */
function foodAsked(q: string): string | null {
  const m =
    /^(?:(?:so|ok|okay|then|and|hmm)[,!]?\s+)*(?:can|could|should|may|is it ok(?:ay)? (?:if|for)|is it safe (?:for me )?to) (?:i |me to )?(?:eat|have|try|order|drink)\s+(?:some\s+|a bit of\s+)?(.{2,60}?)(?:\s+(?:tonight|today|for (?:lunch|dinner|breakfast)|then|now))?\s*\?*\s*$/i.exec(
      q.trim(),
    ) ??
    /^(?:(?:so|and)[,]?\s+)?(?:is|are)\s+(.{2,60}?)\s+(?:ok(?:ay)?|safe|fine|alright) for me(?: to eat)?\s*\??\s*$/i.exec(
      q.trim(),
    );
  return m ? m[1].trim() : null;
}

/** The word of a food that is what the user avoids, or null. */
function match(food: string, avoided: Avoided): string | null {
  // A free-from or meat-free version is what the user may eat: nothing to say either way.
  if (
    /\b(?:vegetarian|vegan|veggie|plant-based|meat-?free|meatless|fake|imitation|mock|free[- ]from)\b|-free\b|\bwithout\b|\bno\b/i.test(
      food,
    )
  )
    return null;
  // "peanut butter" has no dairy in it: the misleading word is dropped, the real food kept.
  const cleaned = food
    .toLowerCase()
    .replace(/\b(peanut|cocoa|shea|almond|apple|nut) butter\b/g, "$1 spread")
    .replace(/\b(almond|oat|soy|soya|coconut|rice|cashew|hazelnut) milk\b/g, "$1 drink")
    .replace(/\bbutternut\b/g, "squash")
    .replace(/\bcream of tartar\b/g, "tartar")
    .replace(/\bcoconut cream\b/g, "coconut");
  const words = cleaned.split(/[^a-z]+/);
  for (const w of avoided.words) {
    const parts = w.split(" ");
    for (let i = 0; i + parts.length <= words.length; i++)
      if (parts.every((p, k) => forms(p).includes(words[i + k]))) return words.slice(i, i + parts.length).join(" ");
  }
  return null;
}

/** "My budget is 500 euros": the amount, its unit. */
function budgetIn(texts: readonly string[]): { amount: number; unit: string; said: string } | null {
  let found: { amount: number; unit: string; said: string } | null = null;
  for (const text of texts) {
    const m =
      /\bmy (?:budget|limit|max(?:imum)?(?: budget)?) is\s+(?:only\s+|about\s+|around\s+)?([$€£])?\s?(\d[\d,]*(?:\.\d+)?)\s*(euros?|dollars?|pounds?|eur|usd|gbp|bucks)?\b/i.exec(
        text,
      ) ??
      /\bi (?:can|could) (?:only )?(?:spend|afford)\s+(?:up to\s+)?([$€£])?\s?(\d[\d,]*(?:\.\d+)?)\s*(euros?|dollars?|pounds?|bucks)?\b/i.exec(
        text,
      );
    if (m) found = { amount: Number(m[2].replace(/,/g, "")), unit: unitOf(m[1], m[3]), said: m[0].trim() };
  }
  return found;
}

function unitOf(symbol?: string, word?: string): string {
  const s = (symbol ?? word ?? "").toLowerCase();
  if (/€|eur/.test(s)) return "euros";
  if (/\$|dollar|usd|buck/.test(s)) return "dollars";
  if (/£|pound|gbp/.test(s)) return "pounds";
  return "";
}

/** "Can I afford a 650 euro phone?", "Is 450 within my budget?": the price asked about. */
function priceAsked(q: string): { amount: number; unit: string } | null {
  if (
    !/\b(?:afford|within (?:my|the) budget|in (?:my|the) budget|over (?:my|the) budget|fit (?:in|into|within) my budget)\b/i.test(
      q,
    )
  )
    return null;
  const m = /([$€£])?\s?(\d[\d,]*(?:\.\d+)?)\s*(?:-\s*)?(euros?|dollars?|pounds?|eur|usd|gbp|bucks)?/i.exec(q);
  if (!m) return null;
  return { amount: Number(m[2].replace(/,/g, "")), unit: unitOf(m[1], m[3]) };
}

function say(template: string): Filled[] {
  return expand(template);
}

const clean = (s: string) => s.replace(/[[\]|]/g, " ");

/** Replies that reason from what the user said; null when nothing stated plainly answers the message. */
export function statedFactReplies(turns: readonly ConversationTurn[]): Filled[] | null {
  const users = applyCorrections(turns.filter((t) => t.role === "user").map((t) => t.text)).texts;
  const last = users[users.length - 1];
  if (!last || last.length > 300 || users.length < 2) return null;
  const earlier = users.slice(0, -1);
  const food = foodAsked(last);
  if (food) {
    for (const avoided of avoidedIn(earlier).reverse()) {
      const hit = match(food, avoided);
      if (!hit) continue;
      const dish = clean(food.replace(/^(?:the|this|that)\s+/i, "the "));
      const isWhole = hit === food.toLowerCase().replace(/^(?:an?|the|some)\s+/, "");
      const why =
        avoided.madeWith && !forms(avoided.what).includes(hit)
          ? `${dish} is made with ${avoided.what.replace(/([^s])$/, "$1s")}`
          : avoided.kind && !forms(avoided.what).includes(hit)
            ? `${isWhole ? hit : `${dish} has ${hit} in it, and ${hit}`} ${/[^s]s$/.test(hit) ? "are" : "is"} a kind of ${avoided.kind}`
            : isWhole
              ? ""
              : `${dish} has ${forms(avoided.what).includes(hit) ? avoided.what : hit} in it`;
      const and = why ? `, and ${why}` : "";
      return say(
        `[No: you told me ${clean(avoided.said)}${and}.|No, better not: you said ${clean(avoided.said)}${and}.]`,
      );
    }
    return null;
  }
  const price = priceAsked(last);
  const budget = price ? budgetIn(earlier) : null;
  if (price && budget && (!price.unit || !budget.unit || price.unit === budget.unit)) {
    const unit = budget.unit || price.unit;
    const money = (n: number) => `${n.toLocaleString("en-US", { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ""}`;
    const diff = Math.abs(budget.amount - price.amount);
    if (price.amount > budget.amount)
      return say(
        `[No: ${money(price.amount)} is ${money(diff)} over your budget of ${money(budget.amount)}.|No, not within your budget: you told me it's ${money(budget.amount)}, and ${money(price.amount)} is ${money(diff)} more.]`,
      );
    return say(
      `[Yes: ${money(price.amount)} is within your budget of ${money(budget.amount)}, with ${money(diff)} to spare.|Yes, it fits: your budget is ${money(budget.amount)}, leaving ${money(diff)}.]`,
    );
  }
  return null;
}

export const statedFacts: Skill = {
  name: "stated-facts",
  does: "reasons from what the user said: an allergy or diet against a food they ask about, a budget against a price",
  reply: ({ turns }) => {
    const texts = statedFactReplies(turns);
    return texts ? { texts, exact: true } : null;
  },
};
