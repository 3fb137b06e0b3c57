/**
 * Everything the offline model can do besides answering from a corpus passage, in the order it
 * asks: the first skill that replies writes the candidates. Like msw's handlers, this list is
 * plain data and the one place that says what the model can do. To add a skill, write one file
 * in this folder that exports a `Skill`, and put it here where it should win over the others.
 */
import { notes } from "./notes";
import { arithmetic } from "./arithmetic";
import { units } from "./units";
import { words } from "./words";
import { computable } from "./computed";
import { coding } from "./coding";
import { asksWhatItIs } from "../read/grounding";
import { creativeDecline, creativeOutOfReach, creativeRequest } from "./creative";
import { dates } from "./dates";
import { facts } from "./facts";
import { decline } from "./decline";
import { fewShotReplies, zeroShotSentiment } from "./fewshot";
import { clarifyReplies, memoryReplies, needsEarlierTurns, whyReplies } from "./history";
import { oneWord } from "./one-word";
import { persona } from "./persona";
import { labels } from "./labels";
import { dataLists, lists } from "./lists";
import { randomPick } from "./random-pick";
import { translate } from "./translate";
import { smallTalkSkill } from "./small-talk";
import { aboutMe } from "./about-me";
import { clock } from "./clock";
import { describeSkill } from "./describe";
import { logReplies, plainEnglish } from "./plain";
import { refusalReplies } from "./refusal";
import { followUp } from "./follow-up-answer";
import { toolResult } from "./tool-result";
import type { Skill, SkillInput, SkillReply } from "./skill";

const texts = (list: ReturnType<typeof memoryReplies>, exact = false): SkillReply | null =>
  list ? { texts: list, exact } : null;

export const skills: readonly Skill[] = [
  {
    name: "refusal",
    does: "declines harmful requests, in plain words whatever form was asked",
    whileSummarizing: true,
    reply: ({ lastUser }) => {
      const list = refusalReplies(lastUser);
      return list ? { texts: list, asWritten: true } : null;
    },
  },
  {
    name: "plain",
    does: "explains jargon or a pasted build log in plain English",
    reply: ({ turns }) => texts(plainEnglish(turns) ?? logReplies(turns), true),
  },
  {
    name: "few-shot",
    does: "follows the pattern of examples given as earlier turns (labels, formats)",
    reply: ({ turns }) => texts(fewShotReplies(turns), true),
  },
  labels,
  {
    name: "sentiment",
    does: "labels the sentiment of a review (POSITIVE, NEGATIVE, MIXED)",
    reply: ({ turns }) => texts(zeroShotSentiment(turns), true),
  },
  toolResult,
  translate,
  smallTalkSkill,
  aboutMe,
  {
    name: "memory",
    does: "recalls what the user said earlier (name, pets, places, numbers)",
    // A question the message itself gives the numbers for is worked out, not recalled.
    reply: ({ turns, lastUser }) => (computable(lastUser) ? null : texts(memoryReplies(turns))),
  },
  followUp,
  {
    name: "why",
    does: "a bare 'why?' after an answer: the reasons that answer gave",
    reply: ({ turns }) => texts(whyReplies(turns)),
  },
  {
    name: "clarify",
    does: "asks what 'it' means when a first message points back to nothing",
    reply: ({ turns, ranked, lastUser }) => {
      const ownTopic = ranked.length > 0 && !ranked[0].entry.topic.fallback;
      return needsEarlierTurns(turns, ownTopic) ? { texts: clarifyReplies(lastUser) } : null;
    },
  },
  coding,
  clock,
  arithmetic,
  units,
  dates,
  words,
  randomPick,
  dataLists,
  facts,
  lists,
  persona,
  oneWord,
  notes,
  describeSkill,
  {
    name: "creative",
    does: "taglines, names, haiku, poems and idea lists about any subject, from templates",
    reply: ({ turns, instructions, lastUser }) => {
      // "What is a limerick?" asks what the form is, not for one.
      if (instructions.format === "code" || asksWhatItIs(lastUser)) return null;
      if (creativeOutOfReach(turns)) return { texts: creativeDecline(lastUser), asWritten: true, declined: true };
      const creative = creativeRequest(turns);
      return creative ? { creative } : null;
    },
  },
];

/**
 * Asked after the passages (reply/compose.ts): when no skill replied and no passage grounds the
 * question, the honest "I can't" instead of a neighbour passage.
 */
export const lastResort: Skill = decline;

/** The first skill's replies, with its name; null when no skill answers. */
export function firstReply(input: SkillInput): { skill: Skill; reply: SkillReply } | null {
  for (const skill of skills) {
    if (input.summarizing && !skill.whileSummarizing) continue;
    const reply = skill.reply(input);
    if (reply) return { skill, reply };
  }
  return null;
}
