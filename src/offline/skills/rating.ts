/**
 * "Rate 'I absolutely love this!' from 1 to 5": a text the message gives, put on the scale the
 * message names, by the words that carry its feeling (request/json-schema.ts `leaning`: strong
 * praise at the top, a "but" in the middle, a complaint low). A rating of something the message
 * does not give (a film, a city) is not read from anything: the skill passes.
 */
import { materialOf } from "../request/field-values";
import { leaning, ratingScale } from "../request/json-schema";
import type { Skill } from "./skill";

const ASKS = /^\s*(?:please\s+|can you\s+|could you\s+)?(?:rate|score|grade)\b/i;

/** Why the text sits where it does, in a clause. */
function why(share: number): string {
  if (share === 0) return "it is a strong complaint";
  if (share < 0.5) return "it complains";
  if (share === 0.5) return "it praises one thing and finds fault with another";
  if (share === 1) return "it is full of praise";
  return "it is positive";
}

export const rating: Skill = {
  name: "rating",
  does: "rates a text the message gives on the scale it names (1 to 5, out of 10) by its feeling",
  reply: ({ lastUser }) => {
    if (!ASKS.test(lastUser) || lastUser.length > 1500) return null;
    const scale = ratingScale(lastUser);
    const text = materialOf(lastUser);
    if (!scale || !text) return null;
    const share = leaning(text);
    const value = Math.round(scale.low + share * (scale.high - scale.low));
    const answer = `${value} out of ${scale.high}`;
    return {
      texts: [
        { text: `${answer}: ${why(share)}.`, weight: 0.6 },
        { text: `I'd rate it ${answer}, since ${why(share)}.`, weight: 0.4 },
      ],
      exact: true,
      fields: { rating: value, score: value, answer: value },
    };
  },
};
