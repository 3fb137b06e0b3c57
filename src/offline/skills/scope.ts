/**
 * "You only answer questions about cooking. Politely refuse anything else.": a question off that
 * subject gets the refusal the system message asks for, in its own words when it gives them, and
 * never the answer (a cooking assistant that names the capital of Peru has not followed its
 * instructions). A question on the subject goes on to the other skills.
 */
import { SCOPES, type Scope } from "../corpus/scopes";
import type { Skill } from "./skill";
import { expand } from "../language/templates";

/** "only answer questions about X", "only help with X", "stay on the topic of X": X. */
const ONLY =
  /\b(?:(?:you\s+)?only\s+(?:answer|help(?:\s+with)?|respond\s+to|discuss|talk\s+about|handle|give\s+advice\s+(?:on|about))|(?:answer|respond\s+to|help\s+with)\s+only|stay\s+on\s+(?:the\s+)?(?:topic|subject)\s+of|(?:do\s+not|don't|never)\s+(?:answer|discuss|respond\s+to|help\s+with)\s+(?:any(?:thing|\s+questions?)?|questions?)\s+(?:not\s+(?:about|related\s+to)|unrelated\s+to|outside(?:\s+of)?|other\s+than))\s+(?:questions?\s+|topics?\s+)?(?:about|on|related\s+to|regarding|concerning|that\s+are\s+about)?\s*([^.;:!?\n]{3,60})/i;

/** The subject the system or developer message keeps the assistant to, or undefined. */
export function scopeOf(system: string): { scope: Scope; named: string } | undefined {
  const m = ONLY.exec(system);
  if (!m) return undefined;
  const named = m[1]
    .replace(/\s+(?:and|,)?\s*(?:politely|nothing|anything|refuse|decline|say)\b.*$/i, "")
    .replace(/\s+(?:questions?|topics?|subjects?|things|stuff|matters|problems)$/i, "")
    .trim();
  const scope = SCOPES.find((s) => s.names.test(named));
  return scope ? { scope, named } : undefined;
}

/** The refusal the system message words itself ("say 'I only talk about cooking'"), if it does. */
function ownRefusal(system: string): string | undefined {
  const m =
    /\b(?:say|reply|respond|answer)(?:\s+with)?\s*:?\s*(?:"([^"]{8,160})"|“([^”]{8,160})”|'([^']{8,160})')/i.exec(
      system,
    );
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

export const scope: Skill = {
  name: "scope",
  does: "a polite refusal when a system message keeps to one subject and the question is off it",
  reply({ turns, lastUser, json }) {
    const system = turns
      .filter((t) => t.role === "system" || t.role === "developer")
      .map((t) => t.text)
      .join("\n");
    if (!system) return null;
    const kept = scopeOf(system);
    if (!kept || kept.scope.words.test(lastUser) || kept.scope.names.test(lastUser)) return null;
    // A greeting or a thank-you is no question off the subject.
    if (
      /^\s*(?:hi|hello|hey|thanks?|thank you|good (?:morning|afternoon|evening)|bye)\b[\s!.,]*\w*[\s!.]*$/i.test(
        lastUser,
      )
    )
      return null;
    const own = ownRefusal(system);
    const subject = kept.named.replace(/^(?:the|a|an)\s+/i, "");
    const texts = own
      ? [{ text: own, weight: 1 }]
      : expand(
          `[Sorry, I can only help with questions about ${subject}.|I'm here for ${subject} questions only, so I can't help with that one.|That's outside what I can help with: I only answer questions about ${subject}.]`,
        );
    return { texts, exact: true, asWritten: !json, declined: json };
  },
};
