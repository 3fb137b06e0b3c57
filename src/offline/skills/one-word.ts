/**
 * "Answer in one word": the name the grounding passage gives that the question did not (Paris for
 * the capital of France), else its topic's first keyword. Only a passage that grounds the question
 * answers: a neighbour's word ("European" for the capital of France) would be a confident wrong
 * answer that a draw at temperature 1 can pick.
 */
import type { Filled } from "../language/templates";
import { sentences } from "../language/text";
import { judgeGrounding } from "../read/grounding";
import { declineTexts } from "./decline";
import { describeSkill } from "./describe";
import type { Skill } from "./skill";

/** How often a real model ignores "one word" and answers with a whole sentence: rarely, but it does. */
const SENTENCE_WEIGHT = 0.05;
const DESCRIBE = /\b(describe|sum(?:marize|marise)?\s+up|summ?ari[sz]e|characteri[sz]e|capture)\b/i;

export const oneWord: Skill = {
  name: "one-word",
  does: "a one-word answer: the name the grounding passage gives that the question did not",
  reply(input) {
    const { instructions, ranked, lastUser, turns } = input;
    if (instructions.wordLimit !== 1 || instructions.echo) return null;
    // "Describe Paris in one word" asks for a quality, not a name the passage gives ("France"), and
    // a passage cut to one word is no description: the sketches (describe.ts) answer, else this declines.
    if (DESCRIBE.test(lastUser))
      return (
        describeSkill.reply(input) ?? {
          texts: declineTexts({ kind: "task", text: "sum that up in one word" }, false),
          declined: true,
        }
      );
    const grounding = judgeGrounding(turns, ranked);
    const entry = grounding.grounded ? grounding.entry : undefined;
    if (!entry || entry.topic.fallback) return null;
    const asked = lastUser.toLowerCase();
    const all = sentences(entry.passage.text);
    // A sentence's first word is a name only when the topic names it ("Paris is the capital...").
    const isName = (w: string, at: number) =>
      at > 0 ||
      entry.topic.keywords.includes(w.toLowerCase()) ||
      new RegExp(`[^.!?]\\s${w}\\b`).test(entry.passage.text);
    const names = [...(all[0] ?? "").matchAll(/\b(\p{Lu}[\p{L}'-]+)/gu)]
      .filter((m) => isName(m[1], m.index ?? 0))
      .map((m) => m[1])
      .filter((w) => !asked.includes(w.toLowerCase()) && !/^(The|It|This|A|An|I|You)$/.test(w));
    const word = names[0] ?? entry.topic.keywords.find((k) => !k.includes(" ") && !asked.includes(k));
    if (!word) return null;
    const out: Filled[] = [{ text: `${word.charAt(0).toUpperCase()}${word.slice(1)}.`, weight: 1 }];
    const sentence = all.find((s) => s.includes(word) && s.split(/\s+/).length <= 20);
    if (sentence) out.push({ text: sentence, weight: SENTENCE_WEIGHT });
    // Written as is: the word is already the form, and the rare sentence is the model not following it.
    const cased = instructions.uppercase ? out.map((f) => ({ ...f, text: f.text.toUpperCase() })) : out;
    return { texts: cased, asWritten: true };
  },
};
