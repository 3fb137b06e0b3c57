/**
 * "Remind everyone that the library closes early today", "announce that the meeting moved to 3":
 * the message, said out to everyone. The words are the user's own, so it is grounded; a persona
 * (a town crier) says it in its voice.
 */
import { expand } from "../language/templates";
import type { Skill } from "./skill";

const ANNOUNCE =
  /^\s*(?:(?:please|pls|can you|could you)\s+)?(?:remind (?:everyone|everybody|all|the (?:team|class|group|town))|tell (?:everyone|everybody|all|the (?:team|class|group|town))|let (?:everyone|everybody|all|the (?:team|class|group|town)) know|announce|proclaim|declare)\s+(?:that\s+)?(\S.{5,200}?)[.!?]*\s*$/i;

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
    let said = m[1].trim();
    for (const [re, to] of YOURS) said = said.replace(re, to);
    said = said.charAt(0).toUpperCase() + said.slice(1);
    const safe = said.replace(/[[\]|{}]/g, "");
    return { texts: expand(`[Attention, everyone:|A reminder for everyone:|Listen up, everyone:] ${safe}[!|.]`) };
  },
};
