/**
 * "Explain it", "Why is that funny?", "I don't get it" after a joke or a riddle: the double
 * meaning it turns on, when the joke is a known one (corpus/joke-meanings.ts), else an honest
 * "I can't explain that one". Never a fresh joke: the learner asked about the last one.
 */
import { jokeMeaning } from "../corpus/joke-meanings";
import { expand, type Filled } from "../language/templates";
import type { ConversationTurn } from "../read/conversation";
import type { Skill } from "./skill";

const EXPLAIN =
  /^(?:(?:ok|okay|hmm|sorry|haha|lol|wait|um|huh)[,.!]*\s+)*(?:(?:can|could|would) you |please )?(?:explain(?: (?:it|that|this|the joke|the pun|the riddle|the punchline|why (?:it's|it is|that's|that is) funny))?(?: to me)?(?:,? please)?|why (?:is|was) (?:that|it|this|the joke) (?:funny|a joke)|what(?:'s| is) (?:so )?funny about (?:it|that|this)|i (?:don'?t|do not) (?:get|understand) (?:it|that|this|the joke|the pun)|(?:what does|what's|what is) (?:that|it|this|the punchline) (?:mean|meaning)|what(?:'s| is) the (?:joke|pun)|where(?:'s| is) the (?:joke|pun)|is (?:that|it) a pun|i don'?t get the joke|(?:i )?don'?t get it|huh|what\?+)\s*(?:please)?\s*[?.!]*$/i;

const JOKE_ASK =
  /\b(?:jokes?|puns?|riddles?|knock[- ]knock|one-liners?|something funny|make me laugh|funny (?:story|line))\b/i;

/** The reply to a request to explain the joke just told, or null when the message or the last turn is not that. */
export function explainJokeReplies(turns: readonly ConversationTurn[]): { texts: Filled[]; known: boolean } | null {
  let u = turns.length - 1;
  while (u >= 0 && turns[u].role !== "user") u--;
  if (u < 0 || !EXPLAIN.test(turns[u].text.trim())) return null;
  let a = u - 1;
  while (a >= 0 && turns[a].role !== "assistant") a--;
  if (a < 0 || !turns[a].text.trim()) return null;
  const told = turns[a].text;
  const asked = turns
    .slice(0, a)
    .filter((t) => t.role === "user")
    .pop()?.text;
  const jokeShaped = /^\s*knock,? knock/i.test(told) || /^[^?]{5,160}\?\s+\S[^?]{1,160}$/.test(told.trim());
  const meaning = jokeMeaning(told);
  // "What's the pun?" says itself that the last turn was one.
  const isJoke = (asked && JOKE_ASK.test(asked)) || (meaning && jokeShaped) || /\b(?:pun|joke)\b/i.test(turns[u].text);
  if (!isJoke) return null;
  if (meaning) return { texts: expand(meaning.replace(/[[\]|]/g, " ")), known: true };
  const texts = expand(
    "[I can't explain that one reliably: I'm the workbook's offline model, and I only know why a few well-known jokes work.|I'm not able to explain that wordplay reliably: as the workbook's offline model, I only know the wordplay behind a few well-known jokes.] [Most jokes like it turn on a word with two meanings or a word that sounds like another.|Jokes like that usually play on a word with two meanings.] [With OPENAI_API_KEY set, a real model can explain it.|Set OPENAI_API_KEY for a real model's explanation.]",
  );
  return { texts, known: false };
}

export const explainJoke: Skill = {
  name: "explain-joke",
  does: "explains the joke or riddle it just told (the double meaning), or says honestly it can't",
  reply: ({ turns }) => {
    const found = explainJokeReplies(turns);
    if (!found) return null;
    return found.known ? { texts: found.texts, exact: true } : { texts: found.texts, asWritten: true, declined: true };
  },
};
