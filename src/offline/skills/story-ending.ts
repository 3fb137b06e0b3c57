/**
 * "Now give it a happy ending in one more sentence." after a short story the model told: one
 * sentence that ends that story, about its own thing and the person in it ("the balloon", "Mia"),
 * read from the request that asked for the story and the story itself. The ending is the kind
 * asked (happy, sad, funny, a twist); it never starts a new story, and without a story before it
 * the skill stays silent.
 */
import { readCreative } from "../language/templates";
import { expand } from "../language/templates";
import type { Skill } from "./skill";

const ASKS =
  /\b(?:give|write|add|make|finish|end|wrap)\b[^.?!\n]{0,40}?\b(?:(happy|happier|sad|sadder|funny|funnier|surprising|surprise|twist|better|proper|good)\s+)?(?:twist\s+)?ending\b|\bfinish (?:it|the story|that story)\b|\bhow does (?:it|the story) end\b/i;

const KIND: Record<string, "happy" | "sad" | "funny" | "twist"> = {
  happy: "happy",
  happier: "happy",
  better: "happy",
  good: "happy",
  proper: "happy",
  sad: "sad",
  sadder: "sad",
  funny: "funny",
  funnier: "funny",
  surprising: "twist",
  surprise: "twist",
  twist: "twist",
};

const ENDINGS: Record<"happy" | "sad" | "funny" | "twist", { named: string; bare: string }> = {
  happy: {
    named:
      "[That evening|The next morning] everything turned out fine: {the x} [was safe and sound|was back where it belonged], and {Name} [smiled from ear to ear|laughed with joy] all the way home.",
    bare: "[That evening|The next morning] everything turned out fine: {the x} [was safe and sound|was back where it belonged], and everyone [smiled|cheered] at the happy ending.",
  },
  sad: {
    named:
      "{The x} was never seen again, but {Name} still [thinks of it|smiles at the memory] [on quiet evenings|now and then].",
    bare: "{The x} was never seen again, but nobody who saw it ever forgot it.",
  },
  funny: {
    named:
      "In the end, the whole fuss turned out to be about {the x} and a very confused pigeon, and {Name} laughed so hard they had to sit down.",
    bare: "In the end, the whole fuss turned out to be about {the x} and a very confused pigeon, and everyone laughed about it for weeks.",
  },
  twist: {
    named: "Then {Name} looked again and realised {the x} had never really been lost at all.",
    bare: "Then everyone realised {the x} had never really been lost at all.",
  },
};

/** Words a story starts sentences with, or uses as a name only at a sentence's start. */
const NOT_NAME =
  /^(?:The|A|An|It|Its|He|She|They|His|Her|Their|One|Once|Then|When|Every|Each|That|This|There|After|Before|In|On|At|By|From|Until|As|But|And|So|Nobody|Everyone|Someone|Tonight|Today|Yesterday|Last|Next|My|Our|Your|I|We|You|Dear|Mr|Mrs|Ms)$/;

export const storyEnding: Skill = {
  name: "story-ending",
  does: "an ending, in one sentence, for the short story the model just told",
  reply({ turns, lastUser }) {
    const asked = ASKS.exec(lastUser);
    if (!asked || lastUser.length > 200) return null;
    const talk = turns.filter((t) => t.role === "user" || t.role === "assistant");
    const story = talk.length >= 3 ? talk[talk.length - 2] : undefined;
    const request = talk.length >= 3 ? talk[talk.length - 3] : undefined;
    if (story?.role !== "assistant" || request?.role !== "user") return null;
    const req = readCreative(request.text);
    if (req?.kind !== "story" || !req.subject) return null;
    // "a lost balloon": the thing itself, without what the story made of it.
    const noun = req.subject
      .replace(/^(?:(?:a|an|the|my|our|lost|little|small|big|old|missing|runaway|magic)\s+)+/i, "")
      .split(/\s+/)
      .slice(-1)[0];
    if (!noun || !/^[a-z]{3,}$/i.test(noun)) return null;
    const name = [...story.text.matchAll(/(?<=\s)([A-Z][a-z]{2,15})(?='s\b|\b)/g)]
      .map((m) => m[1])
      .find((w) => !NOT_NAME.test(w));
    const kind = KIND[(asked[1] ?? "happy").toLowerCase()] ?? "happy";
    const template = name ? ENDINGS[kind].named : ENDINGS[kind].bare;
    const text = template
      .replace(/\{the x\}/g, `the ${noun}`)
      .replace(/\{The x\}/g, `The ${noun}`)
      .replace(/\{Name\}/g, name ?? "");
    return { texts: expand(text) };
  },
};
