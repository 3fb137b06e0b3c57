/**
 * "A tip for a long road trip", "How do I stay awake while driving?": the Highway Code's advice on
 * tiredness at the wheel (corpus/driving-tips.ts), one tip or several as asked. A character gives
 * it in its own voice (the voice is added later), so a cowboy's road-trip tip is a real one.
 */
import { DRIVING_SOURCE, DRIVING_TIPS } from "../corpus/driving-tips";
import type { Skill } from "./skill";

const ASKS =
  /\b(?:tips?|advice|suggestions?|hints?)\b[^.?!]{0,30}\b(?:(?:long |big )?road ?trips?|long (?:drives?|car (?:journeys?|rides?|trips?)|journeys? by car|distance driving)|driving (?:long distances|at night|for hours)|staying awake (?:while|when|at the wheel) driving|drowsy driving)\b|\bhow (?:do|can|should) (?:i|we|you) (?:stay|keep) (?:awake|alert) (?:while|when|at the wheel)(?: driving)?\b/i;

const ONE =
  /\b(?:a|one|single|your best|your top|a quick|a good)\s+(?:quick\s+|good\s+|single\s+)?(?:tip|piece of advice|suggestion|hint)\b/i;

export const roadTips: Skill = {
  name: "road-tips",
  does: "tips for a long drive or road trip and for staying awake at the wheel, from the Highway Code",
  reply({ lastUser, json, summarizing }) {
    if (json || summarizing || lastUser.length > 300 || !ASKS.test(lastUser)) return null;
    const awake = /\bawake|alert|sleepy|drowsy|tired\b/i.test(lastUser);
    const tips = awake ? [DRIVING_TIPS[2], DRIVING_TIPS[1], DRIVING_TIPS[0]] : DRIVING_TIPS;
    if (ONE.test(lastUser))
      return {
        texts: [
          { text: `${tips[0]} (That's ${DRIVING_SOURCE}'s advice.)`, weight: 1 },
          { text: `Here's one: ${tips[0].charAt(0).toLowerCase()}${tips[0].slice(1)}`, weight: 0.8 },
        ],
      };
    return { texts: [{ text: `${tips.slice(0, 3).join(" ")} (From ${DRIVING_SOURCE}.)`, weight: 1 }] };
  },
};
