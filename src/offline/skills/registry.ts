/**
 * Everything the offline model can do besides answering from a corpus passage, in the order it
 * asks: the first skill that replies writes the candidates. Like msw's handlers, this list is
 * plain data and the one place that says what the model can do. To add a skill, write one file
 * in this folder that exports a `Skill`, and put it here where it should win over the others.
 */
import { notes } from "./notes";
import { arithmetic, solveWithContext } from "./arithmetic";
import { hints } from "./hints";
import { scope } from "./scope";
import { units } from "./units";
import { words } from "./words";
import { givenList } from "./given-list";
import { fromText } from "./from-text";
import { tokenCount } from "./tokens";
import { computable, partsOf } from "./computed";
import { news } from "./news";
import { namedAges } from "./named-ages";
import { announce } from "./announce";
import { coding } from "./coding";
import { shell } from "./shell";
import { sql } from "./sql";
import { phonetic } from "./phonetic";
import { rhymes } from "./rhymes";
import { regex } from "./regex";
import { asksWhatItIs } from "../read/grounding";
import { acrosticReply, creativeDecline, creativeOutOfReach, creativeRequest } from "./creative";
import { storyEnding } from "./story-ending";
import { legCount } from "./leg-count";
import { dates } from "./dates";
import { facts } from "./facts";
import { decline } from "./decline";
import { fewShotReplies, zeroShotSentiment } from "./fewshot";
import { groupsNeeded } from "./user-sums";
import { httpStatusSkill } from "./http-status";
import {
  clarifyReplies,
  memoryPartsReplies,
  memoryReplies,
  needsEarlierTurns,
  whyReplies,
  whyUnknownReplies,
} from "./history";
import { oneWord } from "./one-word";
import { persona } from "./persona";
import { roadTips } from "./road-tips";
import { plantingTimes } from "./planting-times";
import { labels } from "./labels";
import { countryTable } from "./country-table";
import { factTable } from "./fact-table";
import { dataLists, lists } from "./lists";
import { randomPick } from "./random-pick";
import { reasons } from "./reasons";
import { translate } from "./translate";
import { foreignWords } from "./foreign-words";
import { smallTalkSkill } from "./small-talk";
import { aboutMe } from "./about-me";
import { messages } from "./messages";
import { arrival, clock, untilTime } from "./clock";
import { describeSkill } from "./describe";
import { sketchAnswers } from "./sketch-answers";
import { logReplies, plainEnglish } from "./plain";
import { refusalReplies } from "./refusal";
import { followUp, inlineItems, itemsOf } from "./follow-up-answer";
import { referBack } from "../read/follow-up";
import { toolResult } from "./tool-result";
import { extract } from "./extract";
import { explainJoke } from "./explain-joke";
import { moreItems, readMore } from "./more-items";
import { statedFacts } from "./stated-facts";
import { rating } from "./rating";
import { headline } from "./headline";
import { marking } from "./marking";
import { givenTable } from "./given-table";
import { oneLine } from "./one-line";
import { quizQuestions } from "./quiz-questions";
import { answerFact } from "./fact-answers";
import type { Skill, SkillInput, SkillReply, TextReplies } from "./skill";

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
    reply: ({ turns }) => {
      const plain = plainEnglish(turns);
      if (plain) return texts(plain, true);
      // A diagnosis answers the whole message ("it gives undefined, why? ... what's wrong?"): no part is left over.
      const log = logReplies(turns);
      return log ? { texts: log, exact: true, asWritten: true } : null;
    },
  },
  // Before few-shot: a marked example turn ("CORRECT") is no pattern to copy, the next answer is worked out.
  marking((question, input) => workedAnswer(question, input)),
  {
    name: "few-shot",
    does: "follows the pattern of examples given as earlier turns (labels, formats)",
    reply: ({ turns }) => texts(fewShotReplies(turns), true),
  },
  labels,
  givenTable,
  oneLine,
  quizQuestions,
  countryTable,
  factTable,
  // Early: "words that rhyme with cat, for a kids poem" asks for words, not a poem or a fact.
  rhymes,
  // "her name in the NATO phonetic alphabet" is a spelling, not a name idea.
  phonetic,
  {
    name: "sentiment",
    does: "labels the sentiment of a review (POSITIVE, NEGATIVE, MIXED)",
    reply: ({ turns }) => {
      const list = zeroShotSentiment(turns);
      // A JSON answer's "sentiment" field holds the bare label.
      const label = list
        ? /\bis (positive|negative|mixed|neutral)\b/.exec(list.map((f) => f.text).join(" "))?.[1]
        : undefined;
      return list
        ? { texts: list, exact: true, ...(label ? { fields: { sentiment: label, label, answer: label } } : {}) }
        : null;
    },
  },
  rating,
  toolResult,
  explainJoke,
  translate,
  foreignWords,
  smallTalkSkill,
  aboutMe,
  extract,
  statedFacts,
  namedAges,
  arrival,
  untilTime,
  {
    name: "memory",
    does: "recalls what the user said earlier (name, pets, places, numbers)",
    // A question the message itself gives the numbers for is worked out, not recalled.
    reply: ({ turns, lastUser }) => {
      // "We seat 10 at each table. How many tables do we need?" after "140 guests": the guests said earlier count.
      const users = turns.filter((t) => t.role === "user");
      if (users.length > 1) {
        const needed = groupsNeeded(
          lastUser,
          users.flatMap((t) => t.text.slice(0, 4000).split(/(?<=[.!?])\s+|\n+/)).filter((x) => !/\?\s*$/.test(x)),
        );
        if (needed) return { texts: needed, exact: true };
      }
      if (computable(lastUser) || solveWithContext(turns, lastUser)) return null;
      return texts(memoryPartsReplies(turns, lastUser) ?? memoryReplies(turns));
    },
  },
  moreItems,
  {
    name: "another",
    does: "'another one?' after a riddle, a joke or a note: the same request asked again, never the answer already given",
    reply: (input) => anotherReply(input),
  },
  followUp,
  {
    name: "follow-through",
    does: "works on the last answer's value: 'divide that by 3', 'that in miles', 'how many letters does it have', 'the capital of the second one'",
    reply: (input) => followThrough(input),
  },
  {
    name: "why",
    does: "a bare 'why?' after an answer: the reasons that answer gave",
    reply: ({ turns }) => {
      const unknown = whyReplies(turns) ? null : whyUnknownReplies(turns);
      return unknown ? { texts: unknown, asWritten: true, declined: true } : texts(whyReplies(turns));
    },
  },
  // Before "clarify": "five words that describe the beach" points back to nothing.
  describeSkill,
  {
    name: "clarify",
    does: "asks what 'it' means when a first message points back to nothing",
    reply: ({ turns, ranked, lastUser }) => {
      const ownTopic = ranked.length > 0 && !ranked[0].entry.topic.fallback;
      // "born at 3400 grams, what is that in pounds?": "that" is the message's own amount.
      // "whats 7 * 9 and is that odd": "that" is the sum one part of the message asks.
      if (computable(lastUser) || partsOf(lastUser).some(computable)) return null;
      return needsEarlierTurns(turns, ownTopic) ? { texts: clarifyReplies(lastUser) } : null;
    },
  },
  // Before every answer: a system message that keeps to one subject refuses the others.
  scope,
  // Before arithmetic: a tutor told never to give the answer hints at a sum instead.
  hints,
  tokenCount,
  // Before coding: "an email to my teacher apologising for missing class" is no class in code.
  messages,
  shell,
  sql,
  regex,
  coding,
  clock,
  legCount,
  arithmetic,
  units,
  dates,
  givenList,
  fromText,
  words,
  randomPick,
  dataLists,
  reasons,
  httpStatusSkill,
  facts,
  sketchAnswers,
  lists,
  roadTips,
  plantingTimes,
  news,
  announce,
  persona,
  oneWord,
  notes,
  headline,
  storyEnding,
  {
    name: "creative",
    does: "taglines, names, haiku, poems and idea lists about any subject, from templates",
    reply: ({ turns, instructions, lastUser }) => {
      // "What is a limerick?" asks what the form is, not for one.
      if (instructions.format === "code" || asksWhatItIs(lastUser)) return null;
      const acrostic = acrosticReply(lastUser);
      if (acrostic) return { texts: acrostic, exact: true };
      if (creativeOutOfReach(turns)) return { texts: creativeDecline(lastUser), asWritten: true, declined: true };
      const creative = creativeRequest(turns);
      return creative ? { creative } : null;
    },
  },
];

const ANOTHER_OF = /\b(?:riddles?|jokes?|knock[- ]knock|puns?|tongue[- ]twisters?|limericks?|haikus?)\b/i;

/**
 * "Another one?" after a riddle or a joke: the request that asked for it, asked again of the
 * other skills, with every answer already given left out. Null when nothing new is left.
 */
function anotherReply(input: SkillInput): SkillReply | null {
  const more = readMore(input.lastUser);
  if (!more || more.whole || more.total !== undefined) return null;
  const talk = input.turns.filter((t) => t.role === "user" || t.role === "assistant");
  let r = talk.length - 2;
  while (r >= 0 && (talk[r].role !== "user" || readMore(talk[r].text))) r--;
  const request = r >= 0 ? talk[r].text : "";
  if (!ANOTHER_OF.test(request) || request.length > 200) return null;
  // A joke already told counts whatever its wording: "he didn't want" and "it didn't want" are the same joke.
  const given = new Set(
    talk
      .slice(r + 1)
      .filter((t) => t.role === "assistant")
      .flatMap((t) => [flat(t.text), setup(t.text)]),
  );
  const kept = input.turns.filter((t) => t.role === "system" || t.role === "developer");
  const asked: SkillInput = { ...input, lastUser: request, turns: [...kept, { role: "user", text: request }] };
  for (const skill of skills) {
    if (skill.name === "another") continue;
    const reply = skill.reply(asked);
    if (!reply) continue;
    if (!("texts" in reply)) return null;
    if (reply.declined) return null;
    const fresh = reply.texts.filter((t) => !given.has(flat(t.text)) && !given.has(setup(t.text)));
    return fresh.length ? { ...reply, texts: fresh } : null;
  }
  return null;
}

// "Nacho cheese!" and "Nacho cheese." are the same joke told twice: punctuation does not make it new.
const flat = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** A joke's setup (its first sentence), in bare words without pronouns and articles. */
const setup = (s: string) =>
  `setup:${(
    s
      .split(/(?<=[?.!])\s/)[0]
      .toLowerCase()
      .match(/[a-z']+/g) ?? []
  )
    .filter((w) => !/^(?:he|she|it|they|the|a|an)$/.test(w))
    .join(" ")}`;

/** The skills that compute or look up a value, in registry order: a rewritten follow-up is asked of these only. */
const COMPUTING: readonly Skill[] = [arithmetic, units, dates, words, dataLists, facts];

/** A question asked alone of the computing skills, else of the fact tables: the best reply's text. */
function workedAnswer(question: string, input: SkillInput): string | null {
  const asked: SkillInput = { ...input, lastUser: question, turns: [{ role: "user", text: question }], json: false };
  for (const skill of COMPUTING) {
    const reply = skill.reply(asked);
    if (reply && "texts" in reply && !reply.declined && reply.texts.length)
      return [...reply.texts].sort((a, b) => b.weight - a.weight)[0].text;
  }
  const fact = answerFact(question);
  return fact ? fact.texts[0] : null;
}

/** The items of an answer, a one-sentence list split into its parts. */
function answerItems(answer: string): string[] {
  const items = itemsOf(answer);
  return items.length === 1 ? (inlineItems(items[0]) ?? items) : items;
}

/**
 * A follow-up about the last answer's value, asked again as a question that stands alone
 * (read/follow-up.ts): a computing skill answers it, or nothing does. Several questions (one per
 * item) are answered line by line, only when every one is.
 */
function followThrough(input: SkillInput): SkillReply | null {
  const sure = sureReply(input);
  if (sure) return sure;
  const questions = referBack(input.turns, answerItems);
  if (!questions) return null;
  const kept = input.turns.filter((t) => t.role === "system" || t.role === "developer");
  const answers: { texts: TextReplies["texts"]; fields?: TextReplies["fields"]; exact?: boolean }[] = [];
  for (const q of questions) {
    const asked: SkillInput = { ...input, lastUser: q, turns: [...kept, { role: "user", text: q }] };
    let found: TextReplies | null = null;
    for (const skill of COMPUTING) {
      const reply = skill.reply(asked);
      if (reply && "texts" in reply && !reply.declined && reply.texts.length) {
        found = reply;
        break;
      }
    }
    if (found && questions.alternatives) return found;
    if (!found && questions.alternatives) continue;
    if (!found) return null;
    answers.push(found);
  }
  if (!answers.length) return null;
  if (answers.length === 1) return answers[0] as TextReplies;
  const best = (r: (typeof answers)[number]) => [...r.texts].sort((a, b) => b.weight - a.weight)[0].text;
  return { texts: [{ text: answers.map(best).join("\n"), weight: 1 }], exact: true };
}

const SURE =
  /^\s*(?:(?:hmm|wait|um)[,.]?\s+)?(?:are you (?:sure|certain)|really|is that (?:right|correct|true)|you sure|double[- ]check (?:that|it)|check (?:that|it) again)\s*[?!.]*\s*$/i;

/**
 * "Are you sure?" after a computed answer: the question is worked out again, and "yes" is said
 * only when the result holds the same number or name as the answer given. Null otherwise.
 */
function sureReply(input: SkillInput): SkillReply | null {
  if (!SURE.test(input.lastUser)) return null;
  const users = input.turns.filter((t) => t.role === "user");
  const answer = input.turns.findLast((t) => t.role === "assistant" && t.text.trim())?.text ?? "";
  const question = users[users.length - 2]?.text;
  if (!question || !answer) return null;
  const kept = input.turns.filter((t) => t.role === "system" || t.role === "developer");
  const asked: SkillInput = { ...input, lastUser: question, turns: [...kept, { role: "user", text: question }] };
  for (const skill of COMPUTING) {
    const reply = skill.reply(asked);
    if (!reply || !("texts" in reply) || reply.declined || !reply.texts.length) continue;
    const best = [...reply.texts].sort((a, b) => b.weight - a.weight)[0].text;
    const keys = (t: string) =>
      new Set(
        [...(t.match(/\d[\d,.]*\d|\d/g) ?? []), ...(t.match(/\b[A-Z][a-z]{2,}\b/g) ?? [])].filter(
          (k) => !question.includes(k),
        ),
      );
    const given = keys(answer);
    const shared = [...keys(best)].some((k) => given.has(k));
    return shared ? { texts: [{ text: `Yes. ${best}`, weight: 1 }], exact: true } : null;
  }
  return null;
}

/**
 * Asked after the passages (reply/compose.ts): when no skill replied and no passage grounds the
 * question, the honest "I can't" instead of a neighbour passage.
 */
export const lastResort: Skill = decline;

export function firstReply(input: SkillInput): { skill: Skill; reply: SkillReply } | null {
  for (const skill of skills) {
    if (input.summarizing && !skill.whileSummarizing) continue;
    const reply = skill.reply(input);
    if (reply) return { skill, reply };
  }
  return null;
}
