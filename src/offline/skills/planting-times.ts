/**
 * "When should I plant my potatoes?", "best time to sow broad beans": the RHS's month for it
 * (corpus/planting.ts), for a UK garden, with local frosts and seasons named as what decides elsewhere. A
 * gardener persona says it in its own voice (added later). A plant the table does not hold is
 * left to the other skills, which decline it.
 */
import { PLANTING_TIMES } from "../corpus/planting";
import type { Skill } from "./skill";

const ASKS =
  /\b(?:when|what month)\s+(?:should|do|can|shall|would|is it best to|is the best time to|to)\s+(?:i|we|you|one)?\s*(?:plant|sow|put in|put out|plant out|start)\b|\b(?:best|right|good) (?:time|month) (?:of (?:the )?year )?to (?:plant|sow|put in|plant out|start)\b|\bwhen (?:do|should) (?:\w+\s+){0,3}(?:be planted|be sown|go in)\b|\bwhen (?:should|do|can|shall) (?:i|we) (?:put|get) (?:my |the |our |some )?[a-z][a-z ]{1,30}? (?:in|out)\s*\??\s*$/i;

export const plantingTimes: Skill = {
  name: "planting-times",
  does: "when to plant or sow common vegetables and bulbs, from the RHS's advice for the UK",
  reply({ lastUser, json, summarizing }) {
    if (json || summarizing || lastUser.length > 200 || !ASKS.test(lastUser)) return null;
    // "When should I plant potatoes and tomatoes?" names two: one answer would leave the other out.
    const found = PLANTING_TIMES.filter((p) => p.test.test(lastUser));
    if (found.length !== 1) return null;
    const [p] = found;
    return {
      texts: [
        {
          text: `${p.when} That's ${p.source}'s advice for the UK; elsewhere, your own local frosts and seasons decide.`,
          weight: 1,
        },
        {
          text: `${p.when} (Advice from ${p.source}, for a UK garden: where you live, your local frosts and seasons decide.)`,
          weight: 0.8,
        },
      ],
    };
  },
};
