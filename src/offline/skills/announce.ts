/**
 * "Remind everyone that the library closes early today", "announce that the meeting moved to 3":
 * the message, said out to everyone. The words are the user's own, so it is grounded; a persona
 * (a town crier) says it in its voice.
 */
import { expand } from "../language/templates";
import type { Skill } from "./skill";

/** Who a message goes out to: "the tenants", "all the parents", "the team". */
const AUDIENCE =
  "everyone|everybody|all|(?:all )?(?:the|our|my) (?:team|class|group|town|tenants|residents|staff|parents|students|guests|members|neighbou?rs|customers|volunteers|employees|players|club|committee|kids|families|visitors|crew)";

const ANNOUNCE = new RegExp(
  String.raw`^\s*(?:(?:please|pls|can you|could you)\s+)?(?:(?:remind|tell|inform|notify|warn) (${AUDIENCE})|let (${AUDIENCE}) know|announce|proclaim|declare)\s+(?:that\s+)?(\S.{5,200}?)[.!?]*\s*$`,
  "i",
);

const YOURS: [RegExp, string][] = [
  [/\bmy\b/gi, "our"],
  [/\bI\b/g, "we"],
];

export const announce: Skill = {
  name: "announce",
  does: "'remind everyone that...', 'announce that...': the user's message, said out to everyone",
  reply: ({ lastUser, json }) => {
    const m = json ? null : ANNOUNCE.exec(lastUser);
    if (!m) return null;
    let said = m[3].trim();
    // "Tell everyone what's on sale today" asks for news the message does not give: no notice to read out.
    if (/^(?:what|which|who|whom|whose|where|when|why|how|whether|if)\b/i.test(said)) return null;
    // "Tell the tenants ...": the notice greets them by name; "everyone" otherwise.
    const who = (m[1] ?? m[2] ?? "everyone").replace(/^(?:all )?(?:the|our|my) /i, "").toLowerCase();
    const to = /^(?:everyone|everybody|all)$/.test(who) ? "everyone" : who;
    for (const [re, to] of YOURS) said = said.replace(re, to);
    said = said.charAt(0).toUpperCase() + said.slice(1);
    const safe = said.replace(/[[\]|{}]/g, "");
    return {
      texts: expand(
        to === "everyone"
          ? `[Attention, everyone:|A reminder for everyone:|Listen up, everyone:] ${safe}[!|.]`
          : `[Dear ${to},|Hello ${to},|Attention, ${to}:] ${safe}[.|!]`,
      ),
    };
  },
};
