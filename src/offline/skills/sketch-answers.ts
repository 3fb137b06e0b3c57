/**
 * "What do bees make?", "Where do honey bees live?": a plain question about an everyday subject
 * answered by the one sketch sentence (corpus/sketches.ts) that names the subject, uses the
 * question's verb and holds every other word it asks about. A why asks for a cause the sketches do
 * not give; a question whose words no single sentence holds is left to the others (and declined).
 */
import { sketchOf } from "../corpus/sketches";
import type { Skill } from "./skill";

const QUESTION = /^\s*(what|where|how|when|which)\s+(?:do|does|did|can)\s+([a-z][a-z\s]*?)\s*\?*\s*$/i;

/** "Reply in all capital letters: what do bees make?": the form's lead-in says nothing of the subject. */
const FORM_LEAD = /^\s*(?:please\s+)?(?:reply|answer|respond|write|say)\b[^:?]{0,50}:\s*/i;

/** Words that carry nothing a sentence must hold. */
const LIGHT = new Set(
  "a an the of in on at to for with from by it its they them their you your i me my we our do does did is are was were be and or usually often most mostly all".split(
    " ",
  ),
);

/** "make" in "makes", "made", "making"; "live" in "lives", "lived". */
function verbForms(verb: string): RegExp {
  const v = verb.toLowerCase();
  const base = v.replace(/e$/, "");
  const irregular: Record<string, string> = { make: "made", eat: "ate|eaten", grow: "grew|grown", give: "gave|given" };
  return new RegExp(`\\b(?:${v}|${base}(?:es|s|ed|ing)|${v}s|${v}d${irregular[v] ? `|${irregular[v]}` : ""})\\b`, "i");
}

export function sketchAnswer(asked: string): string | undefined {
  const m = QUESTION.exec(asked.replace(FORM_LEAD, ""));
  if (!m) return undefined;
  const words = m[2].toLowerCase().split(/\s+/);
  // "bees help plants": the subject is the shortest opening a sketch names, the verb the word after it.
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const subject = words.slice(0, n).join(" ");
    const sketch = sketchOf(subject);
    if (!sketch) continue;
    const verb = verbForms(words[n]);
    const rest = words.slice(n + 1).filter((w) => !LIGHT.has(w));
    const noun = subject.replace(/^(?:the|a|an)\s+/, "").replace(/s$/, "");
    return sketch.sentences.find(
      (s) =>
        verb.test(s) &&
        new RegExp(`\\b${noun}`, "i").test(s) &&
        rest.every((w) => new RegExp(`\\b${w.replace(/s$/, "")}`, "i").test(s)),
    );
  }
  return undefined;
}

export const sketchAnswers: Skill = {
  name: "sketch-answers",
  does: "plain what/where/how questions about everyday subjects, answered by a true sketch sentence",
  reply({ lastUser, json }) {
    if (json || lastUser.length > 160) return null;
    const text = sketchAnswer(lastUser);
    return text ? { texts: [{ text, weight: 1 }], exact: true } : null;
  },
};
