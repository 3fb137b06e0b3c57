/**
 * Questions about the assistant itself: its name, who made it, whether it is ChatGPT or a person,
 * what it can do, how it works. Answered with what the offline model really is (ARCHITECTURE.md),
 * never with a corpus passage that happens to share a word ("What's your name?" once drew the
 * sorting passage). A persona from the instructions speaks for itself instead (skills/persona.ts).
 */
import type { Filled } from "../language/templates";
import type { Skill } from "./skill";
import { readVoice } from "./styles";

const WHAT =
  "the workbook's offline model, a small program on your own machine that speaks the Chat Completions API so the notebooks run with no key and no bill";
const HOW =
  "For each request I write a few whole candidate replies, from a short corpus written for this course and a few skills that compute (sums, units, dates, word tasks), and then sample them token by token, so temperature, top_p, seed and logprobs really act on what you see.";
const REAL =
  "With OPENAI_API_KEY set in the .env file, a real OpenAI model answers instead; OPENAI_BASE_URL can point at a local server such as Ollama.";
const SKILLS =
  "I can answer questions on a few topics (Paris and other capitals, countries, elements and planets, Python and TypeScript, recursion, sorting, machine learning, writing), work out sums, percentages, unit conversions and dates, count, sort, spell and reverse words, pick at random, write short forms such as a haiku, a tagline or name ideas, and show every parameter of the API at work.";

interface Asked {
  test: RegExp;
  replies: string[];
}

const ASKED: Asked[] = [
  {
    test: /^\s*(?:hi[,!.]?\s*|hello[,!.]?\s*)?(?:what(?:'s| is) your name|do you have a name|what should i call you|what are you called|tell me your name)\b/i,
    replies: [`I don't have a name of my own: I'm ${WHAT}. ${REAL}`, `No name, I'm afraid. I'm ${WHAT}. ${REAL}`],
  },
  {
    test: /\bwho (?:made|built|created|wrote|trained|programmed|designed|owns) you\b|\bwhere do you come from\b|\bwho is your (?:creator|maker|developer)\b/i,
    replies: [
      `The authors of this workbook wrote me. I'm ${WHAT}, not one of OpenAI's models. ${REAL}`,
      `I was written for this workbook. I'm ${WHAT}, not a model OpenAI trained. ${REAL}`,
    ],
  },
  {
    test: /\bare you (?:chat ?gpt|gpt[-\w.]*|(?:an? )?openai(?: model)?|claude|gemini|copilot|siri|alexa|llama|a real (?:ai|model|person)|real|human|a human|a person|a robot|a bot|an ai|a computer|alive|conscious|sentient|a language model|an llm)\b/i,
    replies: [
      `No: I'm ${WHAT}. I am a program, not a person, and not one of OpenAI's models. ${REAL}`,
      `I'm not. I'm ${WHAT}, and a much smaller program than the models I stand in for. ${REAL}`,
    ],
  },
  {
    test: /^\s*(?:so,?\s*)?(?:what (?:can|do) you do|what are you (?:good at|able to do|for)|how can you help(?: me)?|what do you know(?: about)?\s*\??$|what can i ask you|what (?:kind of )?(?:things|questions) can (?:i ask|you answer))\b/i,
    replies: [`${SKILLS} For anything else, I say plainly that I can't. ${REAL}`],
  },
  {
    test: /\bhow do you work\b|\bhow (?:were|are) you (?:made|built|trained)\b|\bwhat (?:kind of )?(?:model|ai|program) are you\b|\bwhich model are you\b|\bwhat are you\s*\?\s*$|^\s*(?:(?:can|could) you\s+)?(?:please\s+)?(?:tell me (?:a (?:bit|little) )?about yourself|describe yourself|introduce yourself|who are you)\b/i,
    replies: [`I'm ${WHAT}. ${HOW} ${REAL}`],
  },
  {
    test: /\b(?:is|are) your (?:data|knowledge|information|training)\b|\bhow (?:current|recent|up to date) (?:is|are) your\b|\bdo you have (?:internet|web|live) (?:access|data)\b|\bcan you (?:browse|search|access|go on) the (?:internet|web)\b|\bwhat(?:'s| is) your (?:knowledge )?cut-?off\b/i,
    replies: [
      `I have no live data and no internet access: I'm ${WHAT}, answering from a short corpus written for this course and a few skills that compute, so I know nothing about today's news, prices or weather. ${REAL}`,
    ],
  },
  {
    test: /\bdo you have (?:feelings|emotions|a body|friends|a family)\b|\bare you (?:happy|sad|lonely|bored|tired)\b|\bdo you (?:sleep|dream|eat|get tired)\b/i,
    replies: [
      `No. I'm ${WHAT}, so I have no feelings, body or days of my own. I'm glad to help with a question, though.`,
    ],
  },
  {
    test: /\bwhat(?:'s| is| are) your favou?rites?\b|\bdo you (?:like|love|prefer|enjoy)\b|\bwhat do you (?:like|think of|prefer)\b/i,
    replies: [
      `I have no tastes of my own: I'm ${WHAT}. If a pick helps, ask me for a random one ("Pick a random colour").`,
    ],
  },
];

/** "You are a grumpy pirate", "Your name is Max": a character set by the instructions answers for itself. */
const CHARACTER =
  /\byou are\b|\byou're\b|\bact as\b|\bplay(?:ing)? (?:the role|a|an)\b|\btalk like\b|\bpretend\b|\byour name is\b|\brole-?play\b/i;

/** "You are Max", "Your name is Ada", "an assistant named Pip": a name the instructions gave. */
const NAMED =
  /\b[Yy]our name is\s+([A-Z][\w'-]+)|\b(?:named|called)\s+([A-Z][\w'-]+)|\b[Yy]ou(?:'re| are)\s+(?!(?:A|An|The|Not|Now|Very|Always|Never)\b)([A-Z][a-z]+)\b/;

export const aboutMe: Skill = {
  name: "about-me",
  does: "questions about the assistant itself (its name, maker, what it is and can do), answered truthfully",
  reply({ turns, lastUser, instructions, json }) {
    // A persona answers for itself; a long message is about something else.
    if (json || instructions.persona || lastUser.length > 160) return null;
    // "You are a helpful assistant" makes no character: the assistant still answers for itself
    // (it once drew the sorting passage). A character, a mood or a name given does.
    const system = turns
      .filter((t) => t.role === "system" || t.role === "developer")
      .map((t) => t.text)
      .join("\n");
    if (CHARACTER.test(system) && readVoice(system, lastUser)) return null;
    const asked = ASKED.find((a) => a.test.test(lastUser));
    if (!asked) return null;
    const named = CHARACTER.test(system) ? NAMED.exec(system) : null;
    if (named) {
      // "You are Max, a helpful assistant": the name it was given, and nothing made up about it.
      const name = named[1] ?? named[2] ?? named[3];
      return asked === ASKED[0] ? { texts: [{ text: `My name is ${name}.`, weight: 1 }], asWritten: true } : null;
    }
    const texts: Filled[] = asked.replies.map((text, i) => ({ text, weight: 0.8 ** i }));
    return { texts, asWritten: true };
  },
};
