/**
 * Questions put to the persona itself ("Introduce yourself", "What did you do today?", "What's your
 * favourite thing to do?") answered from what the system message made it: a knight introduces
 * himself as a knight, a cat's day is a cat's day (skills/styles.ts holds their lines). And
 * "Announce that dinner is ready" says the news it was given. The voice is added later, with the
 * form (reply/forms.ts), so these texts are the plain content.
 */
import { expand, type Filled } from "../language/templates";
import { characterOf, readVoice, type SelfLines } from "./styles";
import type { Skill } from "./skill";

const ASKS: [RegExp, keyof SelfLines][] = [
  [
    /\b(introduce yourself|who are you|tell (?:me|us) (?:a bit |a little )?about yourself|what(?:'s| is) your name|describe yourself|what are you)\b/i,
    "intro",
  ],
  [
    /\bhow (?:was|is|has been|did) your (?:day|morning|afternoon|evening|week|weekend)\b|\bhow are you(?: doing| today| feeling)?\b|\bhow'?s it going\b|\bwhat did you do (?:today|this morning|yesterday)\b|\bhow do you feel\b|\bhow have you been\b/i,
    "day",
  ],
  [
    /\bwhat(?:'s| is) your fav(?:ou)?rite\b|\bwhat do you (?:like|love|enjoy)(?: to do| doing)?\b|\bfav(?:ou)?rite thing\b|\bwhat do you do for fun\b/i,
    "favourite",
  ],
];

/** "Announce that dinner is ready", "Tell everyone the show starts at eight": the news to give. */
const ANNOUNCE =
  /^\s*(?:please\s+|now\s+|can you\s+|could you\s+)?(?:announce|declare|proclaim|shout|tell (?:everyone|everybody|them|the (?:family|kids|children|team|crowd|guests|audience|listeners|class))|let (?:everyone|everybody|them|the (?:family|team|class)) know)\s*(?:to \w+\s*)?[:,]?\s*(?:that\s+)?(.{3,200}?)\s*[.!]?\s*$/i;

export const persona: Skill = {
  name: "persona",
  does: "a persona's answers about itself (its day, its favourite things) and the news it is asked to announce",
  reply({ turns, lastUser }) {
    const system = turns
      .filter((t) => t.role === "system" || t.role === "developer")
      .map((t) => t.text)
      .join("\n");
    const said = ANNOUNCE.exec(lastUser);
    if (said && !/[?]$/.test(lastUser.trim())) {
      const news = said[1].replace(/^["'“]|["'”]$/g, "").trim();
      const text = `${news.charAt(0).toUpperCase()}${news.slice(1)}`.replace(/[.!]*$/, "!");
      return { texts: [{ text, weight: 1 }] };
    }
    if (!system) return null;
    const voice = readVoice(system, "");
    const self = voice && characterOf(voice)?.self;
    if (!self || lastUser.length > 300) return null;
    for (const [re, key] of ASKS) if (re.test(lastUser)) return { texts: expand(self[key]) as Filled[] };
    return null;
  },
};
