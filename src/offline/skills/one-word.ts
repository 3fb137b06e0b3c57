/**
 * "Answer in one word": the name the best passage gives that the question did not (Paris for the
 * capital of France), else its topic's first keyword.
 */
import type { Filled } from "../language/templates";
import { sentences } from "../language/text";
import type { Skill } from "./skill";

export const oneWord: Skill = {
  name: "one-word",
  does: "a one-word answer: the name the best passage gives that the question did not",
  reply({ instructions, ranked, lastUser }) {
    if (instructions.wordLimit !== 1 || instructions.echo) return null;
    const top = ranked.filter((r) => !r.entry.topic.fallback).slice(0, 3);
    if (!top.length) return null;
    const asked = lastUser.toLowerCase();
    const out: Filled[] = [];
    top.forEach((r, i) => {
      const first = sentences(r.entry.passage.text)[0] ?? "";
      const names = [...first.matchAll(/(?<!^)\b(\p{Lu}[\p{L}'-]+)/gu)]
        .map((m) => m[1])
        .filter((w) => !asked.includes(w.toLowerCase()) && !/^(The|It|This|A|An|I|You)$/.test(w));
      const word = names[0] ?? r.entry.topic.keywords.find((k) => !k.includes(" ") && !asked.includes(k));
      if (word) out.push({ text: `${word.charAt(0).toUpperCase()}${word.slice(1)}.`, weight: 0.3 ** i });
    });
    return out.length ? { texts: out } : null;
  },
};
