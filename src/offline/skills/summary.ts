/**
 * Summaries written, not extracted. A conversation's summary says who asked what and what they
 * got ("The user asked what decorators are; the assistant explained that ... and showed a code
 * example."). A text's summary says what the text says in the model's own sentences, built from
 * its most central sentences cut to their gist, within the length asked (words, sentences, bullets).
 * Nothing is added that the text does not say.
 */
import type { Scored } from "../read/retrieval";
import { sentences, terms } from "../language/text";
import { requestWords } from "../read/instructions";
import { withIncluded } from "./summary-includes";

export interface SummaryOptions {
  conversation: boolean;
  brevity?: "sentence" | "short";
  /** The conversation's passages by relevance, when the caller has ranked them already (unused now: kept for callers). */
  ranked?: readonly Scored[];
  /** The request's own words ("in 20 words", "in three sentences", "as bullet points"): the length asked. */
  ask?: string;
}

interface Length {
  words?: number;
  sentences?: number;
  bullets?: number;
  /** What each point must say, when the request names it: "three bullets: when, what to bring, what to send back". */
  aspects?: string[];
}

const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** The length the request asks for: "in 25 words", "in two sentences", "in 3 bullet points". */
export function askedLength(ask: string, brevity?: "sentence" | "short"): Length {
  const n = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS.indexOf(raw.toLowerCase()) + 1);
  const num = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a single|a)";
  const text = ask.slice(0, 2000);
  const words =
    /\b(?:in|under|within|at most|no more than|max(?:imum)?(?: of)?|about|around)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty)\s+words?\b/i.exec(
      text,
    ) ?? /\b(\d{1,3})[- ]word\b/i.exec(text);
  const out: Length = {};
  if (words) {
    const tens: Record<string, number> = { twenty: 20, thirty: 30, fifty: 50 };
    const w = tens[words[1].toLowerCase()] ?? n(words[1]);
    // "under 25 words" and "fewer than 25" mean at most 24.
    const strict = /\b(?:under|fewer than|less than|below)\s+$/i.test(
      text.slice(0, words.index + words[0].indexOf(words[1])),
    );
    if (w > 0) out.words = Math.max(3, strict ? w - 1 : w);
  }
  const sent = new RegExp(`\\b${num}[\\s-]+(?:short\\s+)?sentences?\\b`, "i").exec(text);
  if (sent) out.sentences = /^a( single)?$/i.test(sent[1]) ? 1 : Math.max(1, n(sent[1]));
  const bullets = new RegExp(
    `\\b${num}\\s+(?:short\\s+)?(?:bullet(?:\\s+points?)?|bullets|points|key points)\\b`,
    "i",
  ).exec(text);
  if (bullets) out.bullets = /^a( single)?$/i.test(bullets[1]) ? 1 : Math.max(1, n(bullets[1]));
  else if (/\bbullet/i.test(text)) out.bullets = 3;
  if (!out.sentences && /\b(?:in |as )?(?:one|a single)[- ]line\b/i.test(text)) out.sentences = 1;
  if (!out.sentences && brevity === "sentence") out.sentences = 1;
  if (!out.sentences && !out.words && brevity === "short") out.sentences = 2;
  return out;
}

/**
 * What `summarize` returns when it cannot write the summary in whole sentences within the length
 * asked: the reply then declines honestly instead of giving a fragment.
 */
export const NO_SUMMARY = "\u0000no summary";

export function summarize(text: string, options: SummaryOptions): string {
  const said = summarized(text, options);
  if (options.conversation) return said;
  const ask = (options.ask ?? "")
    .split("\n")
    .map((line) => requestWords(line))
    .join("\n");
  const length = askedLength(ask, options.brevity);
  const out = withIncluded(said, text, options.ask ?? "", length.words, length.sentences);
  // Every sentence of a summary is a whole clause: one the compressor broke is no summary at all.
  const lines = out
    .split("\n")
    .filter((line) => !/:\s*$/.test(line))
    .flatMap((line) => sentences(line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "")));
  if (process.env.OFFLINE_TRACE) console.error("[trace] summary:", out);
  return lines.some(fragment) ? NO_SUMMARY : out;
}

/** "The text says that", "It adds that": the frame a summary's sentence reports its point in. */
const FRAME =
  /^(?:the text (?:says|explains)|it (?:adds|also notes|goes on to say)|finally, it says|then|also,?)\s+(?:that\s+)?/i;

/** Finite verbs, strictly: helping verbs, a past in -ed or without it, a present in -s. */
const FINITE =
  /\b(?:is|are|was|were|am|has|have|had|can|could|will|would|may|might|must|shall|should|does|do|did|won't|can't|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|wouldn't|couldn't|shouldn't|[a-z]{2,}ed|[a-z]{2,}[^s']s)\b|\b[a-z]+'(?:s|re|ll|ve|d)\b/gi;

/** Verbs a request opens with besides IMPERATIVE's: "come in on Saturday", "sign the form". */
const BASE_VERB =
  /^(?:come|drop|fill|sign|hand|pop|email|text|contact|reply|tell|show|meet|collect|pay|register|arrive|bring|stay|hold|zip|wear|remember|sit|stand|wait|return|hurry|vote|print|order|prepare|label|report|chop|slice|dice|pour|whisk|fold|bake|fry|grill|roast|season|sprinkle|serve|squeeze|mash|peel|grate|drain|rinse|soak|scoop|spread|cover|tie|lock|pack|fix|paint|sand|plant|prune|feed)\b/i;

/** A clause that opens with "Due to X" or "Because X" stands only with a main clause after it. */
const LEADS_IN_NOUN = /^(?:due to|owing to|thanks to|because of|as a result of|despite|following)\b/i;
const LEADS_IN_CLAUSE = /^(?:because|in case|if|when|whenever|although|though|while|unless|as soon as|so that|once)\b/i;

/** Past forms without -ed that IRREGULAR_PAST leaves out: "Mrs Patel rang", "the pipe burst". */
const MORE_PAST =
  /^(?:rang|sang|swam|drank|woke|wore|tore|threw|drew|hung|caught|taught|fought|sought|dug|stuck|struck|slept|swept|wept|lent|bent|meant|dealt|shook|bit|hid|slid|fed|fled|sped|burst|forgot|froze|stole|sank|shrank|sprang|spun|swung|understood|withdrew|overslept|did|had)$/i;

/**
 * "the details for our shift", "our plans": a word in -s after a determiner is a plural noun, not a
 * verb in -s; the guard below reads it as the noun it is.
 */
const PLURAL_AFTER_DETERMINER =
  /\b(the|a|an|our|my|your|their|his|her|its|these|those|some|any|all|many|few|several|both|no)\s+([a-z]{2,}[^s'\W])s\b/gi;
const nounsOut = (p: string) => p.replace(PLURAL_AFTER_DETERMINER, "$1 $2");

const finiteCount = (p: string) =>
  (nounsOut(p).match(FINITE) ?? []).length +
  p.split(/\s+/).filter((w) => IRREGULAR_PAST.test(w.replace(/[,;:]$/, "")) || MORE_PAST.test(w.replace(/[,;:]$/, "")))
    .length;

/**
 * A summary's sentence that is no whole clause: no finite verb ("Due to the bank holiday on Monday
 * 26."), a preposition followed straight by a verb ("timesheets for need to be signed"), an end on a
 * function word, a leading phrase with no main clause, or a subject with only its relative clause
 * ("anything that comes.").
 */
export function fragment(sentence: string): boolean {
  const s = sentence.trim().replace(/[.!?]+$/, "");
  // "Cost: £2 a day." is a label the summary adds on purpose; a heading ends with its colon.
  if (!s || /^\p{Lu}\p{Ll}+:\s/u.test(s) || /:\s*$/.test(s) || !/\s/.test(s)) return false;
  // "9:04pm Car 9: picked up at Central Station": a log line pasted in, not a sentence.
  if (/^(?:\S+\s+){0,4}?\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s+[^:.]{1,25}:\s/i.test(s.replace(FRAME, ""))) return true;
  // "The text says that X, and that Y": each reported point is a clause of its own.
  const points = s
    .replace(FRAME, "")
    .split(/,?\s+and\s+that\s+|;\s+/)
    .map((p) =>
      p
        .replace(/^(?:that|readers should)\s+/i, "")
        .replace(/^please\s+/i, "")
        .trim(),
    )
    .filter(Boolean);
  // "The car park behind the leisure centre, and members can park at the school": a point with no verb
  // joined to one with a verb is still half a sentence.
  const joint = /^([^,]+),\s+and\s+(.+)$/i.exec(s.replace(FRAME, ""));
  if (
    joint &&
    wordCount(joint[1]) >= 3 &&
    !finiteCount(joint[1]) &&
    !HAS_VERB.test(joint[1]) &&
    !IMPERATIVE.test(joint[1]) &&
    !BASE_VERB.test(joint[1]) &&
    finiteCount(joint[2]) > 0
  )
    return true;
  return points.some((p) => {
    // "stir them in", "came in": a verb's particle may end a clause; "a pane in" may not.
    const before = /(\S+)\s+(?:in|on|over|about|around|through)$/i.exec(p)?.[1] ?? "";
    const particle =
      /^(?:them|it|him|her|us|me|everything|everyone|[a-z]+ed)$/i.test(before) ||
      IRREGULAR_PAST.test(before) ||
      IMPERATIVE.test(before) ||
      BASE_VERB.test(before);
    if (DANGLING.test(` ${p}`) && !particle) return true;
    if (
      /\b(?:for|of|in|on|at|with|from|by|about|into)\s+(?:is|are|was|were|will|can|must|should|has|have|had|would|could|may)\b/.test(
        p,
      ) ||
      /\b(?:for|with|from|by|at|on)\s+needs?\s+to\b/i.test(p)
    )
      return true;
    // "Sam will do 10 till 12 but have, Lena will ...": a helping verb cut from its verb before a comma.
    if (/\b(?:will|can|could|would|should|must|to|the|a|an|of)\s*,|\b(?:but|and|to)\s+(?:have|has|had|be)\s*,/i.test(p))
      return true;
    const verbs = finiteCount(p);
    // No verb found: only a short point is sure to lack one ("they save money" has a verb no list knows).
    if (
      !verbs &&
      !HAS_VERB.test(nounsOut(p)) &&
      !IMPERATIVE.test(p.replace(/^[a-z]+ly\s+/i, "")) &&
      !BASE_VERB.test(p.replace(/^[a-z]+ly\s+/i, "")) &&
      wordCount(p) <= 10 &&
      !/\b(?:they|we|you|i|people|who|to)\s+[a-z]+/i.test(p)
    )
      return true;
    // "Due to the bank holiday on Monday 26", "If your bins are out": a lead with no main clause after it.
    if (LEADS_IN_NOUN.test(p) && !verbs) return true;
    if (LEADS_IN_CLAUSE.test(p) && verbs < 2) return true;
    // "anything that comes": a subject and its relative clause, with no verb of its own.
    const rel = /^((?:\S+\s+){0,4}?\S+)\s+(?:that|which|who)\s+(\S+)(.*)$/i.exec(p);
    if (
      rel &&
      !finiteCount(rel[1]) &&
      !/\b(?:it|this|there|he|she|they|we|you|i)$/i.test(rel[1]) &&
      finiteCount(rel[2]) > 0
    )
      return finiteCount(`${rel[2]}${rel[3]}`) < 2;
    return false;
  });
}

function summarized(text: string, options: SummaryOptions): string {
  const ask = (options.ask ?? "")
    .split("\n")
    .map((line) => requestWords(line))
    .join("\n");
  const length = askedLength(ask, options.brevity);
  // "in three bullets: when, what to bring, and what to send back" names what each point says.
  const named = /\b(?:bullets?|points?|bullet points|sentences|lines)\s*(?::|covering|on)\s*([^.\n:]{3,120})/i.exec(
    options.ask ?? "",
  );
  const aspects = named?.[1]
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((a) => a.trim())
    .filter((a) => a && a.split(/\s+/).length <= 5);
  if (aspects && aspects.length >= 2 && aspects.length === (length.bullets ?? length.sentences ?? aspects.length))
    length.aspects = aspects;
  const turns = options.conversation ? parseTranscript(text) : [];
  if (options.conversation && turns.length) {
    // "Summary so far: ..." before the transcript: the earlier summary goes on in front of the new part.
    const before = /^([\s\S]*?)^\s*(?:user|assistant)\s*:/im.exec(text)?.[1] ?? "";
    const prior =
      /\bsummary(?: so far| of the earlier conversation)?:\s*([\s\S]+?)(?:\n\s*\n|\n[^\n]*\bsummari[sz]e\b|$)/i
        .exec(before)?.[1]
        ?.trim();
    const now = conversationSummary(turns, length, options.ask ?? "");
    if (!prior) return now;
    const kept = sentences(prior);
    while (kept.length > 1 && length.words !== undefined && wordCount(`${kept.join(" ")} ${now}`) > length.words)
      kept.pop();
    return fit(`${kept.join(" ")} ${now.replace(/^The user\b/, "Then the user")}`, length.words);
  }
  // "as 'Pros' and 'Cons'", "one for the good and one for the bad" asked as two lists: what the text praises, what it regrets.
  if (
    !options.conversation &&
    /\bpros\b[\s\S]{0,30}\bcons\b|\bthe good\b[\s\S]{0,30}\bthe bad\b|\bpositives?\b[\s\S]{0,30}\bnegatives?\b/i.test(
      options.ask ?? "",
    )
  ) {
    const split = prosAndCons(
      text.replace(/^\s*["“]([\s\S]{20,})["”]\s*$/, "$1"),
      /\bone sentence (?:for|on|about) the (?:pros|good)|\b(?:two|2) sentences\b/i.test(options.ask ?? "")
        ? "sentences"
        : length.bullets === 2 && /\bone (?:for|about|on) the (?:good|pros?|positives?)\b/i.test(options.ask ?? "")
          ? "bullets"
          : undefined,
    );
    if (split) return split;
  }
  const chat = options.conversation ? undefined : groupChat(text);
  if (chat) return groupChatSummary(chat, length, options.ask ?? "", text);
  return textSummary(text, length, options.conversation);
}

// ---------------------------------------------------------------------------------------------
// Group chats and meeting notes ("Dana: ...\nLeo: ...")

interface Line {
  who: string;
  text: string;
}

/** Labels that open a line without naming who speaks. */
const NOT_A_NAME =
  /^(?:note|notes|subject|re|date|from|to|cc|ps|tip|step|warning|update|summary|q|a|pros|cons|time|where|when|what|who|why|how|ingredients|method|agenda|action|re|fyi|edit)$/i;

/** "Name: text" lines from two speakers or more, most of the text: a pasted chat, not prose. */
function groupChat(text: string): Line[] | undefined {
  const rows = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const lines: Line[] = [];
  let labelled = 0;
  for (const row of rows) {
    const m = /^(\p{Lu}[\p{L}'.-]{1,20}(?: \p{Lu}[\p{L}'.-]{0,20})?)\s*:\s+(\S.*)$/u.exec(row);
    if (m && !NOT_A_NAME.test(m[1])) {
      lines.push({ who: m[1], text: m[2] });
      labelled++;
    } else if (lines.length) lines[lines.length - 1].text += ` ${row}`;
  }
  const people = new Set(lines.map((l) => l.who));
  return labelled >= 3 && people.size >= 2 && labelled >= rows.length * 0.6 ? lines : undefined;
}

/** A speaker's words in the third person: "I'll bring my laptop" -> "bring their laptop". */
function thirdPerson(s: string): string {
  return s
    .replace(/\b(?:I'm|I am)\b/g, "they are")
    .replace(/\bI\b/g, "they")
    .replace(/\bmy\b/gi, "their")
    .replace(/\bme\b/g, "them")
    .replace(/\bmyself\b/g, "themselves");
}

/** Days and months a chat writes in lower case, said with their capitals. */
function namedDays(s: string): string {
  return s.replace(
    /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)\b/g,
    (d) => cap(d),
  );
}

const ACK =
  /^(?:ok(?:ay)?|great|perfect|cool|fine|good|alright|sounds good|agreed|done|yes|yep|yeah|sure|right|nice|brilliant|lovely|grand)\b[,!.]?\s*/i;

/**
 * A chat said as what the group decided and who does what: "The group settled on the 21st for the quiz
 * night. Priya will bring the prize, Leo will print the answer sheets and Dana will book the back room."
 */
function groupChatSummary(lines: readonly Line[], length: Length, ask: string, source: string): string {
  const own = (s: string) => ownWords(condense(s), source).replace(/[.!?]+$/, "");
  // What was asked and settled: "quiz night on the 14th or the 21st?" ... "ok 21st".
  let decided: string | undefined;
  const question = lines.findIndex(
    (l) =>
      /\?/.test(l.text) &&
      /\b(?:or|can we|could we|should we|shall we|are we|do we|when|which|what time)\b/i.test(l.text),
  );
  if (question >= 0) {
    const q = lines[question].text;
    const topic =
      /\b(?:doing|having|holding|hold|have|do|move|moving|book|booking|schedule|reschedule|plan|planning|push|shift|meet(?:ing)?(?: for| at)?|going to)\s+((?:the|a|an|our)\s+[\p{L}-]+(?:\s+(?!on\b|at\b|to\b|or\b|for\b|in\b|this\b|next\b)[\p{L}-]+)?)/iu.exec(
        q,
      )?.[1];
    for (const l of lines.slice(question + 1)) {
      const t = l.text.trim();
      const then =
        /^(?:(?:ok(?:ay)?|great|perfect|cool|fine|good|alright|sounds good|agreed|yes|yep|right)[,!.]?\s+)?([\p{L}\d: ]{2,25}?)\s+(?:then|it is)\b/iu.exec(
          t,
        );
      const ok = /^(?:ok(?:ay)?|agreed|fine|done|yes|yep)[,!.]?\s+([\p{L}\d: ]{2,25}?)\s*(?:[.!,]|$)/iu.exec(t);
      const value = (then ?? ok)?.[1]?.trim();
      if (value && !/^(?:i|we|you|so|that|this|it|and|but|who|what)\b/i.test(value) && wordCount(value) <= 4)
        decided = value;
    }
    if (decided) {
      const when = namedDays(decided.replace(/^(\d{1,2}(?:st|nd|rd|th))$/i, "the $1"));
      const moved = /\b(?:move|moving|push|shift|reschedule)\b/i.test(q);
      decided = topic
        ? moved
          ? `The group moved ${topic} to ${when}`
          : `The group settled on ${when} for ${topic}`
        : `The group settled on ${when}`;
    }
  }
  // Who will do what: "I'll print the answer sheets", and "Ben, can you fix ...?" answered "Yes".
  const tasks: string[] = [];
  lines.forEach((l, i) => {
    for (const part of l.text.split(/(?<=[.!?])\s+|,\s+(?=(?:and\s+)?I(?:'ll| will)\b)/)) {
      const will = /\b(?:I(?:'ll| will| can| am going to|'m going to))\s+(.+?)[.!]*$/.exec(part);
      if (will && !/\?$/.test(part.trim())) tasks.push(`${l.who} will ${own(thirdPerson(will[1]))}`);
      const asked = /^(\p{Lu}[\p{L}'-]+),\s+(?:can|could|would|will)\s+you\s+(.+?)\?/u.exec(part.trim());
      const reply = lines[i + 1];
      if (
        asked &&
        reply &&
        reply.who === asked[1] &&
        /^(?:yes|yep|yeah|sure|ok(?:ay)?|will do|no problem|should be fine|on it)\b/i.test(reply.text.trim())
      )
        tasks.push(`${asked[1]} will ${own(thirdPerson(asked[2].replace(/\byour\b/g, "their")))}`);
    }
  });
  // What was said besides: the first statement that says something, and facts later on (a date, a number, "still", "no").
  const statements: string[] = [];
  for (const l of lines)
    for (const part of l.text.split(/(?<=[.!?])\s+/)) {
      const t = part
        .trim()
        .replace(ACK, "")
        .replace(/^(?:also|and|so|honestly|anyway)[,]?\s+/i, "");
      if (
        /\?$/.test(t) ||
        wordCount(t) < 4 ||
        /\bI(?:'ll| will| can)\b/.test(t) ||
        /^(?:quick sync|should be fine)/i.test(t)
      )
        continue;
      if (!HAS_VERB.test(t)) continue;
      statements.push(cap(own(thirdPerson(gist(unframed(t), 16)))));
    }
  const lead = decided ?? statements.shift();
  // Once a decision is said, the reasons and options before it are spent: who does what follows it.
  const facts = decided
    ? []
    : statements.filter((x) =>
        /\d|\b(?:no|not|still|same|next|budget|deadline|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(
          x,
        ),
      );
  // One person's tasks are said once: "Luis will write the sales section and add the charts".
  const byWho = new Map<string, string[]>();
  for (const t of tasks) {
    const [who, ...what] = t.split(" will ");
    byWho.set(who, [...(byWho.get(who) ?? []), what.join(" will ")]);
  }
  const rest = [...[...byWho].map(([who, what]) => `${who} will ${list(what)}`), ...facts];
  const people = new Set(lines.map((l) => l.who));
  const lowerFirst = (x: string) => (people.has(x.split(/\s/)[0]) ? x : lowerFirstWord(x, properNames(source)));
  const bullets = length.bullets;
  if (bullets)
    return [lead, ...rest]
      .filter(Boolean)
      .slice(0, bullets)
      .map((x) => `- ${cap(namedDays(x as string))}.`)
      .join("\n");
  const limit = length.words ?? (length.sentences === 1 ? 30 : 60);
  // One sentence: the lead and what follows joined; more: the lead, then who does what.
  const parts: string[] = [];
  for (const x of rest) {
    const trial = [...parts, x];
    const said =
      length.sentences === 1 || length.words !== undefined
        ? `${lead}, and ${list(trial.map((y) => lowerFirst(y)))}.`
        : `${lead}. ${cap(list(trial.map((y) => lowerFirst(y))))}.`;
    if (wordCount(said) <= limit) parts.push(x);
  }
  if (!lead) return fit(`${cap(list(parts))}.`, limit);
  if (!parts.length) return fit(`${namedDays(lead)}.`, limit);
  const joined =
    length.sentences === 1 || length.words !== undefined
      ? `${lead}, and ${list(parts.map((y) => lowerFirst(y)))}.`
      : `${lead}. ${cap(list(parts.map((y) => lowerFirst(y))))}.`;
  return namedDays(joined);
}

const CON =
  /\b(?:leaks?|leaking|heavy|flimsy|however|but|worr(?:y|ies|ied)|downside|drawback|problem|risk|danger(?:ous)?|hard|difficult|lonely|expensive|costly|loud|noisy|slow|wait(?:ed|ing)?|lack|nowhere|can't|cannot|unfortunately|although|complain(?:ed|s)?|miss|tired|stress(?:ful)?|crowded|broken|poor|bad|worse)\b/i;
const PRO =
  /\b(?:powerful|easy|smooth(?:est|er)?|sturdy|reliable|quiet|light|roomy|spotless|clean|save|saves|saving|better|fitter|faster|cheaper|good|great|best|friendly|fair|enjoy|like|love|benefit|helps?|easier|healthier|safer|focus|popular|free|fresh|quick|quicker|convenient|comfortable|tasty|delicious)\b/i;

/** A text's points sorted into what it says for and what against, as two short bullet lists (or two sentences, when asked). */
function prosAndCons(text: string, form?: "sentences" | "bullets"): string | undefined {
  const prose = text.replace(/^[^\n]*?\bpros\b[^\n:.]*?\bcons\b[^\n:.]*[:.]\s*/i, "");
  const all = sentences(prose).filter((x) => !/\bpros\b.*\bcons\b/i.test(x));
  const pros: string[] = [];
  const cons: string[] = [];
  for (const sentence of all) {
    // "X, but Y": each side goes to its own list.
    // "It crushes ice, and the jug is easy to clean": two clauses are two points.
    for (const part of sentence
      .split(/,?\s+but\s+|;\s+|,\s+(?:although|though|while)\s+|:\s+(?=even\b|especially\b)/i)
      .flatMap(clauses)) {
      const clause = part.replace(/^(?:however|but|also|and|on the other hand|still)[,\s]+/i, "").trim();
      if (clause.split(/\s+/).length < 3) continue;
      const against = CON.test(part) || /^however\b/i.test(sentence.trim());
      const point = ownWords(condense(gist(cap(clause), 14)), prose).replace(/[.!?]$/, "");
      if (against) cons.push(point);
      else if (PRO.test(clause)) pros.push(point);
    }
  }
  if (!pros.length || !cons.length) return undefined;
  // "One sentence for the pros and one for the cons": each side joined into a sentence of its own.
  if (form) {
    const side = (xs: string[]) => list(xs.slice(0, 3).map((x, i) => (i ? lowerFirst(x) : x).replace(/:\s+/g, ", ")));
    // "Two bullet points, one for the good and one for the bad": one point a side.
    if (form === "bullets") return `- Good: ${lowerFirst(side(pros))}.\n- Bad: ${lowerFirst(side(cons))}.`;
    return `On the plus side: ${lowerFirst(side(pros))}. On the downside: ${lowerFirst(side(cons))}.`;
  }
  const bullets = (xs: string[]) => xs.slice(0, 3).map((x) => `- ${cap(x)}.`);
  return ["Pros:", ...bullets(pros), "Cons:", ...bullets(cons)].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Conversations

interface Turn {
  role: "user" | "assistant";
  text: string;
}

/** "user: ...\nassistant: ..." lines as turns; an assistant's reply may run over many lines. */
function parseTranscript(text: string): Turn[] {
  const out: Turn[] = [];
  for (const line of text.slice(0, 200_000).split("\n")) {
    const m = /^\s*(user|assistant|system|developer|tool)\s*:\s?(.*)$/i.exec(line);
    if (m) {
      const role = m[1].toLowerCase();
      if (role === "user" || role === "assistant") out.push({ role, text: m[2] });
      else out.push({ role: "assistant", text: "" });
    } else if (out.length) out[out.length - 1].text += `\n${line}`;
  }
  return out.filter((t) => t.text.trim() || t.role === "assistant");
}

interface Exchange {
  asked: string;
  got: string;
}

const SMALL_TALK =
  /^(?:hi|hello|hey|thanks|thank you|thx|ok|okay|great|cool|nice|perfect|got it|bye|goodbye|good morning|good evening|yes|no|sure)\b[\s\w]{0,20}[.!]*$/i;

/** "Ok, hybrid it is. I'll get a good lock too.": what the user settled on, in their last words. */
function decision(turns: readonly Turn[]): string | undefined {
  const users = turns.filter((t) => t.role === "user").slice(-2);
  const said = turns.map((t) => t.text).join("\n");
  const out: string[] = [];
  for (const u of users.reverse()) {
    for (const sentence of u.text.split(/(?<=[.!])\s+/)) {
      const s = sentence.trim().replace(/^(?:ok(?:ay)?|so|alright|right|great|fine)[,!.]?\s+/i, "");
      const pick = /^(?:the\s+|a\s+|an\s+)?([\w-]+(?:\s[\w-]+)?)\s+it is\b/i.exec(s);
      if (pick && !out.length) {
        // "hybrid" is the assistant's "hybrid bike": the noun it named goes with it.
        const noun = new RegExp(`\\b${pick[1]}\\s+([a-z]+)\\b`, "i").exec(said)?.[1];
        const head =
          noun && !/^(?:it|is|and|or|but|would|will|can|of|for|to|in|on|with|the|a|an|at|by)$/i.test(noun)
            ? `${pick[1]} ${noun}`
            : pick[1];
        out.push(`on the ${head}`);
        continue;
      }
      const will =
        /^(?:i(?:'ll| will)|we(?:'ll| will)|let's)\s+(go with|take|get|buy|choose|pick|book|do|use|try)\s+(.+?)[.!]*$/i.exec(
          s,
        );
      if (will)
        out.push(
          `${out.length ? "to " : "to "}${will[1].toLowerCase()} ${theirs(will[2].replace(/\bmy\b/gi, "their"))}`,
        );
    }
  }
  if (!out.length) return undefined;
  const first = out[0].startsWith("on ") ? out[0] : out[0];
  return `The user decided ${[first, ...out.slice(1)].join(" and ")}.`;
}

/** "I'll open an investigation and, if ..., we'll send a replacement": what the assistant promised. */
function promised(turns: readonly Turn[]): string | undefined {
  const answers = turns.filter((t) => t.role === "assistant").reverse();
  for (const a of answers)
    for (const sentence of sentences(a.text)) {
      if (!/\b(?:i(?:'ll| will)|we(?:'ll| will)|i've arranged|we've arranged|i have arranged)\b/i.test(sentence))
        continue;
      const clause = theirs(
        sentence
          .replace(/[.!]+$/, "")
          .replace(/^.*?\b(?=i(?:'ll| will)|we(?:'ll| will)|i've arranged|we've arranged|i have arranged)/i, "")
          .replace(/\b(?:i|we)(?:'ll| will)\b/gi, "it would")
          .replace(/\b(?:i|we)(?:'ve| have) arranged\b/gi, "it had arranged"),
      );
      return clause.startsWith("it would ") ? `to ${clause.slice(9)}` : `that ${clause}`;
    }
  return undefined;
}

function conversationSummary(turns: readonly Turn[], length: Length, ask = ""): string {
  // "Summarize what we decided": the decision, not the whole exchange.
  if (/\bwhat (?:we|i) (?:decided|agreed|chose|settled on)\b/i.test(ask)) {
    const decided = decision(turns);
    if (decided) return decided;
  }
  // "the customer's problem and what was promised": the problem, then the promise.
  if (/\bpromis|\bwhat (?:was|they were|the (?:agent|assistant) was) (?:offered|agreed)\b/i.test(ask)) {
    const whole = turns.map((t) => t.text).join(" ");
    // What was promised, in the summary's own words: the agent's sentence is not copied.
    const kept = promised(turns);
    const promise = kept ? ownWords(condense(kept), whole) : undefined;
    const problem = turns.find((t) => t.role === "user")?.text;
    if (promise && problem) {
      const said = ownWords(
        condense(gist(unframed(problem.split(/(?<=[.!?])\s+/)[0]), 12)),
        turns.map((t) => t.text).join(" "),
      ).replace(/[.!?]$/, "");
      return `The customer said ${theirsFromUser(said)}, and the assistant promised ${promise}.`;
    }
  }
  const exchanges: Exchange[] = [];
  for (let i = 0; i < turns.length; i++) {
    if (turns[i].role !== "user") continue;
    const q = turns[i].text.trim();
    const a = turns[i + 1]?.role === "assistant" ? turns[i + 1].text.trim() : "";
    if (SMALL_TALK.test(q) && exchanges.length) continue;
    exchanges.push({ asked: q, got: a });
  }
  if (!exchanges.length) {
    const said = turns.find((t) => t.text.trim());
    if (!said) return "There is nothing to summarize yet: the conversation has no messages with content.";
    return `The assistant said that ${gist(said.text, 20)}`;
  }
  const oneSentence = length.sentences === 1 || (length.words !== undefined && length.words < 30);
  if (oneSentence && length.words === undefined && exchanges.length <= 2 && exchanges.every((e) => e.got)) {
    // Who asked what and what they got, in one sentence.
    const said = exchanges.map((e, i) => {
      const asked = askedPhrase(e.asked, true);
      const verb = /^(?:for|to|about|whether|what|how|why|who|where|when|which|if)\b/.test(asked) ? "asked " : "";
      const got = gotPhrase(e.got, e.asked, 12);
      // "I want to start a garden. What should I grow?": what they said first keeps the subject in the sentence.
      const stated = i === 0 ? statedBefore(e.asked) : undefined;
      const lead = stated && !asked.includes(stated) ? `The user said ${stated} and ${verb}` : `The user ${verb}`;
      return i === 0 ? `${lead}${asked}, and the assistant ${got}` : `then they ${verb}${asked}, and it ${got}`;
    });
    return `${said.join("; ")}.`;
  }
  if (oneSentence || exchanges.length > 4) {
    const topics = exchanges.map((e) => askedPhrase(e.asked, true));
    const lead = `The user asked ${list(dedupe(topics).slice(0, 5))}`;
    const shown = exchanges.some((e) => /```/.test(e.got));
    const verbs = shown ? "explained and showed examples in code" : "answered each question";
    return fit(`${lead}, and the assistant ${verbs}.`, length.words);
  }
  const whole = turns.map((t) => t.text).join(" ");
  const parts = exchanges.map((e, i) => {
    const asked = ownWords(askedPhrase(e.asked, false), whole);
    // "I'm planning a weekend in Edinburgh. What should I pack?": what they said comes with what they asked,
    // in the summary's own words (a long statement is not copied whole).
    const told = statedBefore(e.asked);
    const stated = told ? ownWords(condense(told), whole).replace(/[.!?]$/, "") : undefined;
    // A statement already reported ("said their flat is cold") is not said twice.
    const context = stated && !asked.includes(stated) && !/^said\b/.test(asked) ? stated : undefined;
    const got = gotPhrase(e.got, e.asked, length.sentences !== undefined || length.words !== undefined ? 14 : 18);
    const who = i === 0 ? "The user" : i === 1 ? "They then" : "Next they";
    const verb = /^(?:for|to|about|whether|what|how|why|who|where|when|which|if)\b/.test(asked) ? "asked" : "";
    const asking = verb ? `${verb} ${asked}` : asked;
    const head = context ? `${who} said ${context} and ${asking}` : `${who} ${asking}`;
    // Two sentences asked of one exchange: what they asked, then what they got.
    const split = length.sentences !== undefined && length.sentences >= 2 * exchanges.length;
    if (got && split) return `${head}. The assistant ${got}.`;
    return got ? `${head}; the assistant ${got}.` : `${head}.`;
  });
  const limit =
    length.sentences !== undefined && length.sentences >= 2 * exchanges.length
      ? undefined
      : (length.sentences ?? length.bullets);
  // "In exactly three bullet points" of a chat with fewer exchanges: what was asked and each thing answered are points of their own.
  if (length.bullets && parts.length < length.bullets) {
    const points = finerPoints(exchanges, whole, length.bullets);
    if (points.length === length.bullets) return points.join("\n");
  }
  const picked = limit ? parts.slice(0, limit) : parts;
  return fit(picked.join(length.bullets ? "\n" : " "), length.words);
}

/** Up to `n` points in the conversation's order: each question, then the answer sentence by sentence. */
function finerPoints(exchanges: readonly Exchange[], whole: string, n: number): string[] {
  const rows = exchanges.map((e, i) => {
    const asked = ownWords(askedPhrase(e.asked, false), whole);
    const verb = /^(?:for|to|about|whether|what|how|why|who|where|when|which|if)\b/.test(asked) ? "asked " : "";
    const head = `${i === 0 ? "The user" : "Then they"} ${verb}${asked}.`;
    const said = sentences(e.got.replace(/```[\s\S]*?```/g, " ")).filter(
      (x) =>
        !/\?$/.test(x.trim()) &&
        !/^(?:sure|of course|great|good|happy to help|thanks|thank you|i'm sorry)\b/i.test(x.trim()),
    );
    const answers = said
      .map((x) => `The assistant ${gotPhrase(x, e.asked, 16)}.`)
      .filter((x) => !/assistant \.$/.test(x));
    return { head, answers };
  });
  // Each exchange starts as one point; one after another, a question and its answer part, then the answer's sentences.
  const shown = rows.map(() => 1);
  const total = () => shown.reduce((a, b) => a + b, 0);
  for (let grew = true; grew && total() < n; ) {
    grew = false;
    for (let i = 0; i < rows.length && total() < n; i++)
      if (shown[i] < 1 + rows[i].answers.length) {
        shown[i]++;
        grew = true;
      }
  }
  return rows
    .flatMap((r, i) => {
      if (shown[i] === 1 || !r.answers.length)
        return [r.answers[0] ? `${r.head.replace(/\.$/, "")}; ${lowerFirst(r.answers[0])}` : r.head];
      return [r.head, ...r.answers.slice(0, shown[i] - 1)];
    })
    .map((x) => `- ${x}`);
}

/** What the user asked, as reported speech: "what Python decorators are", "for a simple example". */
export function askedPhrase(question: string, short: boolean): string {
  const q = firstAsk(question);
  if (/^for help, as\b/.test(q))
    return q
      .replace(/\b(?:I am|I'm)\b/g, "they are")
      .replace(/\bI\b/g, "they")
      .replace(/\b(?:my)\b/g, "their")
      .replace(/\bme\b/g, "them");
  const them = (s: string) =>
    s
      .replace(/\b(?:me|us)\b/g, "them")
      .replace(/\b(?:my|our)\b/g, "their")
      .replace(/\b(?:I am|I'm)\b/g, "they are")
      .replace(/\bwe're\b/gi, "they're")
      .replace(/\bWe\b/g, "they")
      .replace(/\bOur\b/g, "their")
      .replace(/\bMy\b/g, "their")
      .replace(/\b(?:I|we)\b/g, "they")
      .replace(/\bmyself\b/g, "themselves");
  let m = /^(what|who|which|where|when|why|how(?: much| many| long| old| often)?)\s+(is|are|was|were)\s+(.+)$/i.exec(q);
  if (m) {
    const wh = m[1].toLowerCase();
    return them(`${wh} ${withVerb(m[3], m[2].toLowerCase(), /^(what|who|which)$/.test(wh))}`);
  }
  m = /^(what|who|which|where|when|why|how(?: much| many| long| often)?)\s+(do|does|did)\s+(i|we|you)\s+(.+)$/i.exec(q);
  if (m) return them(`${m[1].toLowerCase()} to ${m[4]}`);
  m = /^(what|who|which|where|when|why|how(?: much| many| long| often)?)\s+(do|does)\s+(.+)$/i.exec(q);
  if (m) {
    const inflected = inflectVerb(m[3], m[2].toLowerCase() === "does");
    if (inflected) return them(`${m[1].toLowerCase()} ${inflected}`);
  }
  // "Who painted the Night Watch?", "What rhymes with moon?": the question is already in reported order.
  m =
    /^(who|what|which)\s+(?!is\b|are\b|was\b|were\b|do\b|does\b|did\b|can\b|could\b|should\b|would\b|will\b|has\b|have\b|had\b)([a-z]+(?:ed|es|s)|wrote|made|built|won|ran|came|said|found|began|broke|drew|gave|led|lost|sang|took|told|went|invented)\s+(.+)$/i.exec(
      q,
    );
  if (m) return them(`${m[1].toLowerCase()} ${m[2]} ${m[3]}`);
  // "How long will it take?": "how long it will take".
  m =
    /^(what|who|which|where|when|why|how(?: much| many| long| often| far| soon)?)\s+(can|could|should|would|will|did|does|do)\s+(it|this|that|he|she|they)\s+(.+)$/i.exec(
      q,
    );
  if (m && /^(?:can|could|should|would|will)$/i.test(m[2]))
    return them(`${m[1].toLowerCase()} ${m[3].toLowerCase()} ${m[2].toLowerCase()} ${m[4]}`);
  m =
    /^(what|who|which|where|when|why|how(?: much| many| long| often| far| soon)?)\s+(can|could|should|would|will)\s+(i|we)\s+(.+)$/i.exec(
      q,
    );
  if (m)
    return them(`${m[1].toLowerCase()} ${m[3].toLowerCase() === "i" ? "they" : "they"} ${m[2].toLowerCase()} ${m[4]}`);
  m =
    /^(?:can|could|would|will)\s+you\s+(?:please\s+)?(show|give|send|write|tell|find|suggest|recommend|list)\s+(?:me|us)\s+(.+)$/i.exec(
      q,
    );
  if (m) return them(`for ${m[2]}`);
  m = /^(?:can|could|would|will)\s+you\s+(?:please\s+)?(.+)$/i.exec(q);
  if (m) return them(`the assistant to ${m[1]}`);
  // "Tell me more about it": the pronoun points back at the last answer, so "for more" says it all.
  m = /^(?:please\s+)?(?:tell|give|show)\s+(?:me|us)\s+more(?:\s+(?:about|on)\s+(.+?))?[.!?]*$/i.exec(q);
  if (m)
    return !m[1] || /^(?:it|that|this|them|those|these)$/i.test(m[1]) ? "for more" : them(`for more about ${m[1]}`);
  m = /^(?:please\s+)?(?:tell me|talk)\s+about\s+(.+)$/i.exec(q);
  if (m) return them(`about ${m[1]}`);
  m = /^(?:please\s+)?(?:give|show|send|write|list|suggest|recommend|find)\s+(?:me\s+|us\s+)?(.+)$/i.exec(q);
  if (m) return them(`for ${m[1]}`);
  m =
    /^(?:please\s+)?(explain|describe|compare|define|summari[sz]e|translate|fix|debug|review|calculate|convert)\s+(.+)$/i.exec(
      q,
    );
  if (m) return them(`the assistant to ${m[1].toLowerCase()} ${m[2]}`);
  m = /^(is|are|was|were)\s+(.+)$/i.exec(q);
  if (m) return them(`whether ${withVerb(m[2], m[1].toLowerCase())}`);
  m = /^(can|could|should|will|would)\s+(i|we)\s+(.+)$/i.exec(q);
  if (m) return them(`whether they ${m[1].toLowerCase()} ${m[3]}`);
  // "Can they take arguments?" (about the last answer's subject): "whether they can take arguments".
  m = /^(can|could|should|will|would)\s+(they|it|he|she|these|those|this|that)\s+(.+)$/i.exec(q);
  if (m) return `whether ${m[2].toLowerCase()} ${m[1].toLowerCase()} ${m[3]}`;
  m = /^(do|does)\s+(i|we)\s+(.+)$/i.exec(q);
  if (m) return them(`whether they ${m[3]}`);
  m = /^(do|does)\s+(.+)$/i.exec(q);
  if (m) {
    const inflected = inflectVerb(m[2], m[1].toLowerCase() === "does");
    if (inflected) return them(`whether ${inflected}`);
  }
  // "Any ideas?", "Any tips?": a plural asks "for" them.
  m = /^any\s+(ideas|tips|suggestions|advice|thoughts|recommendations|help)\b\s*(.*)$/i.exec(q);
  if (m) return them(`for ${m[1].toLowerCase()} ${m[2]}`.trim());
  m = /^(anything|something|any|anywhere|anyone|somewhere)\b\s*(.*)$/i.exec(q);
  if (m) return them(`whether there was ${m[1].toLowerCase()} ${m[2]}`.trim());
  if (!/\?\s*$/.test(question) && /^(?:i|my|we|our|i'm)\b/i.test(q)) return `said ${them(q)}`;
  // "Rent alone is $1,300 though.": a statement is reported as said, not asked about.
  if (
    !/\?\s*$/.test(question.trim()) &&
    /^\p{Lu}[\p{L}'-]*(?:\s+[\p{L}'-]+){0,3}\s+(?:is|are|was|were)\s+\S/u.test(q) &&
    !/^(?:what|who|where|when|why|how|which|is|are|was|were)\b/i.test(q)
  )
    return `said ${them(lowerFirst(q.replace(/\s*,?\s*though$/i, "").replace(/[.!]+$/, "")))}`;
  // "The disk is 95% full.": a statement is reported as said, not asked about.
  if (
    !/\?\s*$/.test(question) &&
    /^(?:the|this|that|it|it's|there)\b/i.test(q) &&
    /\b(?:is|are|was|were|has|have)\b/i.test(q)
  )
    return `said ${them(lowerFirst(q.replace(/[.!]+$/, "")))}`;
  // "How long until I can play a song?": a question in reported order already.
  m = /^(why|how(?: long| far| soon| much| many)?|when|where|what|who|which)\s+(.+)$/i.exec(q);
  if (m && terms(m[2]).length) return them(`${m[1].toLowerCase()} ${m[2]}`);
  const topic = terms(q).length ? q.replace(/^(?:and|so|also|then|ok|okay|now)[,\s]+/i, "") : question.trim();
  return short ? `about ${them(topic)}` : `about ${them(topic)}`;
}

/** The user's own words in the third person: "I ordered" -> "they ordered". */
function theirsFromUser(s: string): string {
  return s
    .replace(/\b(?:I'm|I am)\b/g, "they are")
    .replace(/\b(?:I've|I have)\b/g, "they have")
    .replace(/\bI\b/g, "they")
    .replace(/\bmy\b/gi, "their")
    .replace(/\bme\b/g, "them")
    .replace(/^./, (c) => c.toLowerCase());
}

/** A statement the user made before their question in the same message, in the third person. */
function statedBefore(message: string): string | undefined {
  const parts = message
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/^\s*(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?:\s+there)?[,!.]?\s+/i, "")
    .split(/(?<=[.!])\s+/)
    .map((p) => p.trim());
  const first = parts[0];
  if (parts.length < 2 || !first || /\?$/.test(first) || SMALL_TALK.test(first) || first.split(/\s+/).length > 16)
    return undefined;
  if (!/^(?:i|i'm|i am|we|we're|my|our)\b/i.test(first)) return undefined;
  return first
    .replace(/[.!]+$/, "")
    .replace(/\b(?:I'm|I am)\b/g, "they were")
    .replace(/\bwe're\b/gi, "they were")
    .replace(/\b(?:my|our)\b/gi, "their")
    .replace(/\b(?:me|us)\b/g, "them")
    .replace(/\b(?:I|we|We)\b/g, "they");
}

/** The first request of a message, without greetings or a trailing question mark. */
function firstAsk(message: string): string {
  const flat = message
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const parts = flat.split(/(?<=[.!?])\s+/).filter((p) => !SMALL_TALK.test(p.trim()));
  let chosen = parts.find((p) => /\?$/.test(p)) ?? parts[0] ?? flat;
  // "My tomato plants have yellow leaves. Why?": the bare question is about the statement before it.
  const bare = /^(why|how|how so|how come|what now|what should i do)\s*\?$/i.exec(chosen.trim());
  const at = parts.indexOf(chosen);
  // "I never seem to have money left. Help?": they asked for help with what they said.
  if (/^(?:any\s+)?(?:help|advice|tips|ideas|suggestions|thoughts)\s*[?!.]*$/i.test(chosen.trim()) && at > 0)
    return `for help, as ${parts[at - 1].replace(/[.!]+$/, "").replace(/^./, (c) => (/^I\b/.test(parts[at - 1]) ? c : c.toLowerCase()))}`;
  if (bare && at > 0) {
    const wh = /^how come|^why/i.test(bare[1]) ? "why" : /^how/i.test(bare[1]) ? "how" : "what to do about it:";
    chosen = `${wh} ${parts[at - 1].replace(/[.!]+$/, "").replace(/^./, (c) => (/^I\b/.test(parts[at - 1]) ? c : c.toLowerCase()))}`;
  }
  return chosen
    .replace(/\b(what|who|where|how|when|why|it|that|there)'s\b/gi, "$1 is")
    .replace(/\b(what|who|where|how|when|why)'re\b/gi, "$1 are")
    .replace(/^(?:hi|hello|hey)[,!]?\s+/i, "")
    .replace(/^(?:and|so|also|then|ok|okay|now)[,\s]+/i, "")
    .replace(/[?.!]+$/, "")
    .replace(/,?\s*please$/i, "")
    .slice(0, 160)
    .trim();
}

const PREDICATE =
  /^(?:different|same|similar|better|worse|faster|slower|important|useful|possible|necessary|safe|good|bad|hard|easy|popular|called|known|used|made|built|born|written|invented|founded|discovered|blue|red|green|black|white|hot|cold|big|small|so|such|true|false|better|best|worth|free|related|like|\w+ed|\w+ing|\w+ible|\w+able|\w+ful|\w+ous|\w+ive)$/i;

/** "the sky blue" + "is" -> "the sky is blue"; "the capital of France" + "is" -> "the capital of France is". */
function withVerb(rest: string, be: string, nounAsked = false): string {
  const words = rest.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const predicate = nounAsked ? /^(used|called|made|known|built|written|meant|for)$/i : PREDICATE;
    if (predicate.test(words[i]) && !/^(?:the|a|an)$/i.test(words[i - 1]) && !(nounAsked && words[i] === "for")) {
      return [...words.slice(0, i), be, ...words.slice(i)].join(" ");
    }
  }
  return `${rest} ${be}`;
}

const VERBS =
  /^(work|differ|happen|mean|matter|compare|fail|start|end|run|help|change|affect|improve|handle|use|make|cause|grow|learn|get|take|fit|relate|stand|come|go|look|feel|behave|scale|perform|support|store|manage|return|call|know|need|cost)$/i;

/** "recursion work" (after "does") -> "recursion works"; null when no verb is recognised. */
function inflectVerb(rest: string, third: boolean): string | null {
  const words = rest.split(/\s+/);
  for (let i = 1; i < words.length && i < 6; i++) {
    if (!VERBS.test(words[i])) continue;
    const subject = words.slice(0, i).join(" ");
    const plural = /^(they|these|those|we|you)$/i.test(subject) || (!third && true);
    const v = words[i].toLowerCase();
    const verb = plural
      ? v
      : /(s|x|ch|sh|o)$/.test(v)
        ? `${v}es`
        : /[^aeiou]y$/.test(v)
          ? `${v.slice(0, -1)}ies`
          : `${v}s`;
    return [subject, verb, ...words.slice(i + 1)].join(" ");
  }
  return null;
}

/** What the assistant gave: "explained that ...", "showed a code example", "listed three tips: ...". */
function gotPhrase(answer: string, question: string, max: number): string {
  if (!answer.trim()) return "";
  const code = [...answer.matchAll(/```(\w*)\n?([\s\S]*?)```/g)];
  const prose = answer.replace(/```[\s\S]*?```/g, " ").trim();
  const lines = prose.split("\n").map((l) => l.trim());
  const listed = lines
    .filter((l) => /^([-*•]|\d{1,2}[.)])\s+/.test(l))
    .map((l) => l.replace(/^([-*•]|\d{1,2}[.)])\s+/, ""));
  const acts: string[] = [];
  const first = sentences(prose).find(
    (s) =>
      !/^(sure|of course|great question|good question|certainly|absolutely|here(?:'s| is| are))\b/i.test(s) &&
      !/:$/.test(s.trim()) &&
      // "I'm sorry to hear that.", "Thank you.", "Fun!": courtesy says nothing of what was asked.
      !/^(?:i'm sorry|i am sorry|sorry|thank you|thanks|no problem|great|good|nice|fun|ok(?:ay)?|happy to help|glad to help)\b[^.!?]{0,30}[.!]$/i.test(
        s.trim(),
      ) &&
      // A question back ("Could you give me your order number?") is not what they got.
      !/\?$/.test(s.trim()),
  );
  if (!first && !code.length && /\?\s*$/.test(prose)) return "asked a question back";
  if (listed.length >= 2) {
    const noun =
      /\b(tips|ways|steps|ideas|reasons|examples|options|names|rules|habits|suggestions|benefits|points)\b/i
        .exec(question)?.[1]
        ?.toLowerCase() ?? "points";
    const items = listed.slice(0, 4).map((l) => gist(l, 5).replace(/[.!?]$/, ""));
    acts.push(
      `listed ${NUMBER_WORDS[listed.length - 1] ?? listed.length} ${noun} (${theirs(list(items.map((i) => lowerFirst(i))))})`,
    );
  } else if (first) {
    const advice =
      IMPERATIVE.test(first.trim()) ||
      (/\b(?:should|can|could|do|must) (?:i|we)\b|\bhow (?:do|can|should|often) (?:i|we)\b/i.test(question) &&
        /^[A-Z][a-z]+\s+(?:it|them|the|your|a|an|every|each|once|twice|only|at|in|on|for)\b/.test(first.trim()) &&
        !/^(?:The|A|An|It|This|That|You|Your|There|Most|Some|Many|Yes|No|I|We)\b/.test(first.trim()));
    if (advice) {
      // "Pack layers: a warm sweater, ..." is advice: what it suggests, to its first pause.
      // "Start with easy, fast growers: ..." to its first pause, but never a stub of three words or fewer.
      const pieces = first.trim().split(/([:;,]\s)/);
      let upTo = pieces[0];
      for (let k = 1; k + 1 < pieces.length && upTo.split(/\s+/).length < 4 && pieces[k].startsWith(","); k += 2)
        // "Restart it, close programs": a second instruction joins with "and".
        upTo += IMPERATIVE.test(pieces[k + 1]) ? ` and ${lowerFirst(pieces[k + 1])}` : pieces[k] + pieces[k + 1];
      const advice = ownWords(condense(upTo), answer).replace(/[.!?]$/, "");
      acts.push(`suggested they ${theirs(lowerFirst(advice))}`);
      if (code.length && /\b(example|code|show|write|snippet|function|implement)\b/i.test(question)) acts.reverse();
      return acts.join(" and ");
    }
    const said = ownWords(condense(gist(first, max)), answer).replace(/[.!?]$/, "");
    const verb = /^(yes|no)\b/i.test(first)
      ? "said"
      : /^(what|who|where|when|which)\b/i.test(question.trim()) && said.split(" ").length < 12
        ? "answered that"
        : "explained that";
    acts.push(`${verb} ${theirs(lowerFirst(said))}`);
  }
  if (code.length) {
    const name = /\bdef\s+(\w+)|\bfunction\s+(\w+)|\bconst\s+(\w+)\s*=|\bclass\s+(\w+)/.exec(code[0][2]);
    const id = name ? (name[1] ?? name[2] ?? name[3] ?? name[4]) : "";
    const lang = code[0][1] ? `${code[0][1] === "ts" ? "TypeScript" : cap(code[0][1])} ` : "";
    acts.push(`showed a ${lang}code example${id ? ` (\`${id}\`)` : ""}`);
  }
  if (code.length && /\b(example|code|show|write|snippet|function|implement)\b/i.test(question)) acts.reverse();
  if (!acts.length) acts.push("replied");
  return acts.join(" and ");
}

// ---------------------------------------------------------------------------------------------
// Texts

function textSummary(text: string, length: Length, conversation: boolean): string {
  const cleaned = text
    .split("\n")
    .map((line) => line.replace(/^\s*(user|assistant|system|developer|tool)\s*:\s*/i, ""))
    .join("\n")
    .replace(/\.{3}|…/g, ".");
  // A text pasted in quotes ("Hi, it's Gerald ...") is read without them.
  const prose = cleaned.replace(/```[\s\S]*?(```|$)/g, "\n").replace(/^\s*["“]([^"”]{20,})["”]\s*$/, "$1");
  let all = sentences(prose).filter(
    (s) =>
      /[a-z]{2,}.*\s.*[a-z]{2,}/i.test(s) &&
      !/:\s*$/.test(s.trim()) &&
      // "Hi, it's Gerald, your landlord." says who speaks, not what they say.
      !/^["'“]?(?:hi|hello|hey|hiya)\b[\s,!]*(?:it's|it is|this is)\s+[^.!?]{1,40}[.!]?$/i.test(s.trim()) &&
      // "Hi Jess, just a quick update from the venue." announces a message; the points come after it.
      !/^["'“]?(?:hi|hello|hey|hiya|dear)\b[^.!?,]{0,30}[,!]?\s*(?:just\s+)?(?:a\s+)?(?:(?:quick|short|brief|little)\s+)?(?:update|note|message|reminder|heads[- ]up|line|catch[- ]up)\b[^.!?]{0,40}[.!]?$/i.test(
        s.trim(),
      ) &&
      // "Cheers, Lena" and "Thanks, Dana" sign a text off; they say nothing of it.
      !/^(?:cheers|thanks|thank you|best|regards|kind regards|best wishes|love|yours|warmly|see you)\b[\s,!.]*[\p{Lu}][\p{L}]*[.!]?$/iu.test(
        s.trim(),
      ) &&
      // "Best regards, the building management." signs off; "We apologise for the inconvenience" is politeness.
      !/^(?:(?:best|kind|warm|many)\s+)?(?:regards|wishes|thanks)\b[^.!?]{0,50}[.!]?$|^(?:yours\s+)?(?:sincerely|faithfully|truly)\b/i.test(
        s.trim(),
      ) &&
      !/\b(?:apologi[sz]e for (?:the|any) inconvenience|thank you for your (?:patience|understanding|cooperation)|(?:do not|don't) hesitate to (?:contact|get in touch)|feel free to (?:contact|reach out))\b/i.test(
        s,
      ),
  );
  // Three bullets of a two-sentence text: its sentences' clauses are the points.
  const asked = length.bullets ?? length.sentences ?? 0;
  if (all.length && all.length < asked) all = all.flatMap(clauses);
  // "The caterers confirmed the menu, but the florist says ...": in a long sentence of news, what follows
  // "but" is the change, and a one-line summary has room for it only.
  else if (asked === 1 || length.words !== undefined)
    all = all.map((s) => {
      const but = /^(.{12,}?),\s+but\s+(.{40,})$/i.exec(s.trim());
      return but &&
        wordCount(s) > 32 &&
        wordCount(but[1]) <= 8 &&
        HAS_VERB.test(but[2]) &&
        (CHANGE.test(but[2]) || /\b(?:won't|will not|can't|cannot|could not|couldn't|isn't|aren't)\b/i.test(but[2]))
        ? cap(but[2])
        : s;
    });
  if (all.length === 0) {
    return conversation
      ? "There is nothing to summarize yet: the conversation has no messages with content."
      : "The text is too short to summarize.";
  }
  // One sentence may still join two points: "The text says that X, and that Y."
  const want =
    length.bullets ?? (length.sentences === 1 ? 2 : length.sentences) ?? (length.words ? 2 : all.length > 12 ? 3 : 2);
  const names = properNames(prose);
  // A sentence that says when, or how much, keeps room for it: the day and the amount are what a reader needs.
  const keyFact = (s: string) =>
    /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b|[$€£]\s?\d/i.test(
      s,
    );
  // Points whose copy guard cut them inside a clause: a second point like that is left out rather than said half.
  const halfSaid = new Set<number>();
  const gistOf = (s: string, i: number) =>
    ownWords(
      condense(gist(restructured(unframed(s)), length.words ? Math.max(4, length.words) : keyFact(s) ? 22 : 16)),
      prose,
      "",
      () => halfSaid.add(i),
    )
      .replace(/[.!?]$/, "")
      // "Your check-up is moved" is the reader's: "the check-up" in a report of the message.
      .replace(/^your\b/i, "the");
  const raw = (length.aspects ? byAspect(all, length.aspects) : central(all, Math.min(want, all.length))).map(gistOf);
  // "It strengthens the heart" names what "it" is: the first point's subject.
  const subject = subjectOf(raw[0] ?? "");
  const gists = raw.map((g, i) =>
    i > 0 && subject && /^(?:It|This|They)\s(?!is\b|was\b|are\b)/.test(g)
      ? g.replace(/^(?:It|This|They)\b/, cap(subject))
      : g,
  );
  if (length.bullets) {
    // Read one after another, two points must not copy the text across their joint either.
    const points = gists.filter((g) => wordCount(g) >= 1);
    for (let i = 1; i < points.length; i++) points[i] = ownWords(points[i], prose, points[i - 1]);
    return points.map((g) => `${cap(g)}.`).join("\n");
  }
  if (halfSaid.has(1) && gists.length > 1 && !length.bullets && (length.words !== undefined || length.sentences === 1))
    gists.splice(1, 1);
  // A later point the compressor could say only as a fragment ("anything that comes") is left out, not said broken.
  for (let i = gists.length - 1; i > 0; i--) if (fragment(gists[i])) gists.splice(i, 1);
  if (length.words !== undefined) {
    // One sentence of our own within the word limit.
    return fit(
      `${cap(gists[0])}${gists[1] && wordCount(gists[1]) <= 14 && wordCount(gists[0]) + wordCount(gists[1]) + 1 <= length.words ? `, and ${reported(gists[1], names).replace(/^that /, "")}` : ""}.`,
      length.words,
    );
  }
  if (length.sentences === 1 || gists.length === 1) {
    // A second point over the budget keeps its first clause only ("voted to approve the budget").
    const short = (g: string) =>
      wordCount(gists[0]) + wordCount(g) <= 30 ? g : g.replace(/^(.{15,}?)[,;]?\s+and\s+.{12,}$/, "$1");
    // A second point the copy guard left without its words ("our room was and these walls") is no point.
    const g1 = gists[1] && !broken(gists[1]) ? short(gists[1]).replace(/[,;:\s]+$/, "") : "";
    // The same subject twice is said once: "the council met to discuss the park and voted to approve it".
    const same =
      subject && g1.toLowerCase().startsWith(`${subject.toLowerCase()} `) ? g1.slice(subject.length + 1) : "";
    if (same && wordCount(gists[0]) + wordCount(same) <= 30) {
      const [own, ...rest] = same.split(/,\s+and\s+(?=\S+(?:\s+\S+)?\s+(?:will|is|are|was|were|has|have|had|can)\b)/);
      const more = rest.length ? `, and ${reported(rest.join(", and "), names)}` : "";
      return fit(`The text says ${reported(gists[0], names)} and ${own}${more}.`, 32);
    }
    const second = g1 && wordCount(gists[0]) + wordCount(g1) <= 30 ? `, and ${reported(g1, names)}` : "";
    // "One line", "one sentence": one sentence a reader takes in at once, cut where a clause ends.
    const framed = `The text says ${reported(gists[0], names)}${second}.`;
    // Two points that fit only without "The text says that" are said plainly: the second point is worth more.
    const plain = g1 ? `${cap(sender(gists[0]))}, and ${sender(lowerFirst(g1, names))}.` : "";
    if (plain && wordCount(framed) > 28 && wordCount(plain) <= 31 && !/\b(?:I|you)\b/.test(plain)) return plain;
    return fit(framed, 28);
  }
  const leads = ["The text explains", "It adds", "It also notes", "Finally, it says", "It goes on to say"];
  return gists.map((g, i) => `${leads[Math.min(i, leads.length - 1)]} ${reported(g, names)}.`).join(" ");
}

/** The noun phrase a sentence opens with, up to its verb: "the annual company picnic" of "the annual company picnic has been moved". */
function subjectOf(sentence: string): string | undefined {
  const w = sentence.split(/\s+/);
  for (let i = 1; i < Math.min(w.length, 8); i++)
    if (
      (/^(?:is|are|was|were|has|have|had|will|can|could|would|should|may|might|must|does|do|did|lets|gets|puts|sets|runs|says|goes|sees|pays|buys|uses|adds|asks|eats|wins|cuts|fits|sits|\w{3,}(?:ed|es)|\w{4,}s)$/i.test(
        w[i],
      ) ||
        IRREGULAR_PAST.test(w[i])) &&
      !/^(?:\d[\d,.]*|a|an|the|many|few|several|some|two|three|four|five|ten)$/i.test(w[i - 1])
    ) {
      // "Walking for 30 minutes a day": the head before its first preposition names it.
      const np = w
        .slice(0, i)
        .join(" ")
        .replace(/\s+(?:for|to|of|in|on|at|with|from|by|during)(?:\s.*)?$/i, "");
      return /^(?:it|this|they|there|he|she|we|you|i)$/i.test(np) ? undefined : np;
    }
  return undefined;
}

/** Past forms without -ed ("the council met", "the team won"): the verb a subject ends before. */
const IRREGULAR_PAST =
  /^(?:met|went|said|made|got|took|came|saw|gave|found|told|began|ran|won|lost|held|kept|left|built|bought|brought|sent|spent|thought|wrote|chose|grew|knew|fell|rose|became|sold|paid|led|felt|heard|stood|sat|ate|drove|flew|broke|spoke|hit|cut|put|set|shut|let|quit|spread)$/i;

/** "that the office is closed", or for a request in the text, "asks readers to take their laptops home". */
function reported(gist: string, names: ReadonlySet<string>): string {
  const ask = /^(?:please\s+)(.+)$/i.exec(gist) ?? (IMPERATIVE.test(gist) ? [gist, gist] : null);
  if (ask) return `that readers should ${theirs(lowerFirst(ask[1], names)).replace(/\bthem\b/g, "themselves")}`;
  return `that ${sender(firstPerson(lowerFirst(gist, names)))}`;
}

/** A business's "we" is its sender in a report of its message: "we can offer you Thursday" -> "the sender can offer Thursday". */
function sender(s: string): string {
  // Only before a helping verb: "we meet at 8am" is the group's own plan, said as it is.
  if (
    !/^we\s+(?:can|could|will|would|are|have|had|were|may|might|should|must|need|want|offer|regret|apologi[sz]e)\b/i.test(
      s,
    )
  )
    return s;
  return s
    .replace(/^we\b/i, "the sender")
    .replace(/\b(offer|give|send|show|lend|book)\s+you\b/gi, "$1")
    .replace(/\b(?:we|us)\b/gi, "the sender");
}

/** The text's "I" is its writer in a report of it: "that the writer went to the store", not "that I went". */
function firstPerson(s: string): string {
  if (!/\bI\b/.test(s)) return s;
  // The first "I" is named; later ones are "they".
  const said = { once: false };
  const who = (named: string, again: string) => () => {
    if (said.once) return again;
    said.once = true;
    return named;
  };
  return s
    .replace(/\bI(?:'m| am)\b/g, who("the writer is", "they are"))
    .replace(/\bI(?:'ve| have)\b/g, who("the writer has", "they have"))
    .replace(/\bI\b/g, who("the writer", "they"))
    .replace(/\bmy\b/g, "their")
    .replace(/\bmyself\b/g, "themselves")
    .replace(/\bme\b/g, "them");
}

const IMPERATIVE =
  /^(?:lower|raise|reduce|increase|charge|unplug|delete|uninstall|disable|enable|take|bring|pack|use|try|keep|add|build|mix|stir|make|remember|note|check|send|call|visit|walk|go|avoid|put|turn|let|plan|book|drink|eat|wear|save|read|write|start|begin|learn|practi[cs]e|remove|cut|water|place|set|choose|pick|buy|find|look|listen|stop|wait|leave|move|ask|follow|store|wash|clean|boil|heat|open|close|install|run|restart|update|rest|stretch|spend|consider|focus|limit|replace|test|repeat|apply|join|talk|share|aim|skip|switch|give|get|don't|do not|never|always)\b/i;

/**
 * A sentence said in another order, so a summary does not copy it: "Marie Curie was a physicist
 * born in Warsaw" -> "Marie Curie, a physicist, was born in Warsaw"; "We recommend filling bottles"
 * -> "The writer recommends filling bottles".
 */
function restructured(sentence: string): string {
  const born =
    /^(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,2})\s+(was|is)\s+(an?\s+[^,.;]{3,60}?)\s+(born|raised|based)\s+(.+)$/u.exec(
      sentence,
    );
  if (born) return `${born[1]}, ${born[4]} ${born[5].replace(/[.!]+$/, "")}, ${born[2]} ${born[3]}.`;
  // "A popular rule of thumb is the 50/30/20 rule" -> "The 50/30/20 rule is a popular rule of thumb": what it names, first.
  const names = /^(an?\s+[^,;:]{5,70}?)\s+(is|was)\s+(the\s+[^,;:]{3,40}?)[.!]?$/i.exec(sentence.trim());
  if (names && !/\b(?:is|are|was|were|has|have)\b/i.test(names[1]))
    return `${cap(names[3])} ${names[2]} ${names[1].charAt(0).toLowerCase()}${names[1].slice(1)}.`;
  // "You will need the following for the course: a laptop, ...": the list is what is needed.
  const following = /^(.*?\S)\s+the following(\s+[^:]{0,40}?)?:\s+(.+?)[.!]?$/i.exec(sentence.trim());
  if (following && /,|\band\b/.test(following[3])) return `${following[1]} ${following[3]}${following[2] ?? ""}.`;
  // "What to pack for the school trip: a packed lunch, ...": what to do with the list, said as the request it is.
  const heading =
    /^what (?:to|you(?:'ll| will)? need to|you should|you need to) (pack|bring|take|wear|buy)(\s+(?:for|on|to)\s+[^:]{3,40}?)?:\s+(.+?)[.!]?$/i.exec(
      sentence.trim(),
    );
  if (heading && /,|\band\b/.test(heading[3]))
    return `${cap(heading[1].toLowerCase())} ${heading[3]}${heading[2] ?? ""}.`;
  // "Could you also send me the final guest count by Friday so I can ...?" is the writer's request.
  const request =
    /^(?:could|can|would|will)\s+you\s+(?:also\s+|please\s+)*(?:send|give|forward|email|bring|get)\s+(?:me|us)\s+(.+?)(?:,?\s+so\s+(?:that\s+)?(?:i|we)\b.*)?[?.!]*$/i.exec(
      sentence.trim(),
    );
  if (request) return `The writer asks for ${request[1]}.`;
  const we = /^(?:we|i)\s+(recommend|suggest|advise|urge|ask)\s+(.+)$/i.exec(sentence);
  if (we) return `The writer ${we[1].toLowerCase()}s ${we[2]}`;
  return sentence;
}

/** A text's own framing is not its content: "Hi all, a quick heads-up: the office..." is about the office. */
function unframed(sentence: string): string {
  return (
    sentence
      .replace(/^(?:hi|hello|hey|dear)\b[^,:!]{0,25}[,:!]\s*/i, "")
      .replace(
        /^(?:a\s+)?(?:quick\s+|short\s+|friendly\s+)?(?:heads-up|reminder|note|update|fyi|announcement)\s*[:,-]\s*/i,
        "",
      )
      .replace(
        /^(?:just\s+)?(?:confirming|a reminder|reminding (?:you|everyone)|letting you know|to let you know|writing to (?:say|let you know)|checking in to say)\s+(?:that\s+)?/i,
        "",
      )
      // "Please be aware that the water will be off": the notice is what follows.
      .replace(
        /^(?:please\s+(?:be\s+aware|note|be\s+advised)|(?:we|i)(?:'d| would)\s+like\s+to\s+(?:inform|remind)\s+you|this\s+is\s+to\s+(?:inform|let)\s+you(?:\s+know)?|(?:we|i)\s+(?:wanted|want)\s+to\s+let\s+you\s+know)\s+that\s+/i,
        "",
      )
      .replace(/^./, (c) => c.toUpperCase())
  );
}

const NUMBER_SWAPS: Record<string, string> = {
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twelve: "12",
  fifteen: "15",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  sixty: "60",
  hundred: "100",
};

/** A gist in fewer, plainer words: fillers go, long phrases get their short forms ("more than" -> "over"). */
export function condense(text: string): string {
  return (
    text
      .replace(
        /\b(?:very|really|also|just|quite|still|actually|simply|basically|surprising|individual|tiny|whole|entire)\s+/gi,
        "",
      )
      // "more than 2,300 km" is "over 2,300 km"; "more than most people think" keeps its words.
      .replace(
        /(?<!\bno )\bmore than\b(?=\s+(?:\d|a |an |one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|a dozen|half))/gi,
        "over",
      )
      .replace(/\ba (?:large |great |huge |surprising )?number of\b/gi, "many")
      .replace(/\bin order to\b/gi, "to")
      .replace(/\s+after all\b(?=[,.;]|\s+so\b)/gi, "")
      .replace(/\bany time (?=after|from|before)/gi, "")
      // The same thing in other words, so a summary does not copy a long run: "report feeling" is "say they feel".
      .replace(/\b(report|reported)\s+feeling\b/gi, (_, r: string) =>
        r.toLowerCase() === "report" ? "say they feel" : "said they felt",
      )
      .replace(/\b(?:to )?raise money for\b/gi, (m) => (/^to /i.test(m) ? "to pay for" : "to pay for"))
      .replace(/\ba lack of\b/gi, "too few")
      // Plainer, shorter phrases a notice uses: "out of service" is "not working"; an event "is on" a day "takes place" then.
      .replace(/\bout of (?:service|order)\b/gi, "not working")
      .replace(
        /\b(is|are) on (?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))/gi,
        (_, be: string) => (be.toLowerCase() === "is" ? "takes place on " : "take place on "),
      )
      // "from 9 a.m. to around 4 p.m." is "between 9 a.m. and about 4 p.m.": the same hours in our words.
      .replace(
        /\bfrom (\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)?) (?:to|until|till) (around |about |roughly )?(\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm))/gi,
        (_, a: string, approx: string | undefined, b: string) => `between ${a} and ${approx ? "about " : ""}${b}`,
      )
      // "from Friday evening until Sunday morning" is "between Friday evening and Sunday morning": the span kept, in our words.
      .replace(
        // Not a move: "moved your appointment from Tuesday to Thursday" is no span.
        /(?<!\b(?:moved|changed|switched|shifted|rescheduled|postponed|brought)\b[^.]{0,30})\bfrom ((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?) (?:until|till|to) (?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)/gi,
        "between $1 and ",
      )
      // "14:30" is "2:30 p.m.", "10:00" is "10 a.m.": the same time as a reader says it.
      .replace(
        /\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s*(?:a\.?m\b|p\.?m\b|h\b|hrs?\b|:))/gi,
        (whole, h: string, m: string) => {
          const hour = Number(h);
          // Only a 24-hour time says its half of the day: "we return by 3:30" is no "3:30am".
          if (hour < 12 && !h.startsWith("0")) return whole;
          const twelve = hour % 12 === 0 ? 12 : hour % 12;
          return `${twelve}${m === "00" ? "" : `:${m}`}${hour < 12 ? "am" : "pm"}`;
        },
      )
      .replace(/\b(?:is|are) able to\b/gi, "can")
      .replace(/\bkilometres|kilometers\b/gi, "km")
      .replace(/\b(?:approximately|roughly)\b/gi, "about")
      // "Thirty percent" is "30%": a number word before "percent" is no proper name.
      .replace(/\b([a-z]+)\s+per ?cent\b/gi, (m, w: string) =>
        NUMBER_SWAPS[w.toLowerCase()] ? `${NUMBER_SWAPS[w.toLowerCase()]}%` : m,
      )
      .replace(/(\d)\s*(?:per ?cent|%)/gi, "$1%")
      .replace(/\bper ?cent\b/gi, "%")
      .replace(
        /\b(two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)\b(?= [a-z])/gi,
        (w) => NUMBER_SWAPS[w.toLowerCase()] ?? w,
      )
      .replace(/\s{2,}/g, " ")
      .trim()
  );
}

/** Synonyms that are verbs only: after an article the word is a noun ("a simple start", "the return"). */
const VERB_SYNONYMS =
  /^(?:start|begin|begins|starts|return|returns|use|uses|need|move|find|follow|study|show|shows|cause|causes|increase|reduce|visit|close|win)$/;

/**
 * Synonyms that are adjectives only: one with no noun after it and no verb before it is used as a
 * noun ("the spring fair.", "the summer fair on Friday", "at the close.").
 */
const ADJECTIVE_SYNONYMS = /^(?:loud|great|friendly|cheap|fair|powerful|sweet|close|bigger|important|many)$/;

/** Words that never follow an adjective as its noun: "the spring fair on Saturday" has no noun after "fair". */
const NOT_A_NOUN =
  /^(?:on|in|at|for|to|from|by|with|of|is|are|was|were|will|has|had|and|or|but|this|that|which|who|next|last)$/i;

/** Modifiers a summary can drop without changing what is said. */
const DROPPABLE =
  /^(?:whole|entire|old|new|main|big|huge|small|little|local|famous|fresh|honestly|perfectly|really|very|much|far|already|often|usually|certain|various|several|different)$/i;

const SYNONYMS: Record<string, string> = {
  // A notice's verbs ("has issued a wind warning", "are advised to"): plainer ones keep the when and where of it.
  issued: "put out",
  advised: "told",
  expected: "forecast",
  win: "receive",
  hard: "difficult",
  around: "about",
  about: "roughly",
  discuss: "talk about",
  start: "begin",
  won: "received",
  moved: "shifted",
  worked: "collaborated",
  wrote: "authored",
  considered: "regarded",
  noticed: "saw",
  killed: "destroyed",
  leaves: "departs",
  bring: "take",
  return: "send back",
  visit: "go to",
  need: "require",
  checking: "looking at",
  // No "needs": in "half goes to needs such as rent" it is a noun, and "requires" garbles it.
  needed: "required",
  turned: "switched",
  replace: "renew",
  recommend: "suggest",
  built: "constructed",
  research: "work",
  groundwork: "foundations",
  began: "started",
  allows: "lets",
  allow: "let",
  carry: "transport",
  produce: "yield",
  fallen: "dropped",
  asked: "requested",
  move: "shift",
  spread: "expanded",
  developed: "created",
  mostly: "largely",
  expensive: "costly",
  runs: "leads",
  gets: "receives",
  collected: "picked up",
  changing: "updating",
  cleverest: "smartest",
  contains: "holds",
  heats: "warms",
  challenged: "dared",
  crossed: "reached",
  arrived: "turned up",
  ordered: "bought",
  popular: "common",
  say: "report",
  worry: "fret",
  preserved: "kept",
  buried: "covered",
  erupted: "exploded",
  discovered: "identified",
  communicate: "share",
  communicates: "shares",
  location: "position",
  movement: "motion",
  shows: "indicates",
  show: "indicate",
  decoded: "worked out",
  predict: "forecast",
  find: "locate",
  follow: "track",
  returns: "comes back",
  strengthens: "builds up",
  lowers: "reduces",
  helps: "aids",
  use: "employ",
  uses: "employs",
  large: "big",
  big: "large",
  small: "little",
  important: "key",
  many: "numerous",
  damaged: "harmed",
  cause: "lead to",
  causes: "leads to",
  begins: "starts",
  starts: "begins",
  protect: "safeguard",
  closed: "shut",
  increase: "raise",
  increases: "raises",
  reduce: "cut",
  reduces: "cuts",
  children: "kids",
  quickly: "fast",
  rises: "climbs",
  benefits: "upsides",
  study: "research",
  found: "discovered",
  close: "shut",
  renovations: "repairs",
  renovation: "refurbishment",
  delayed: "held up",
  cancelled: "called off",
  canceled: "called off",
  bigger: "larger",
  postponed: "put off",
  series: "chain",
  visitors: "tourists",
  // Everyday adjectives of reviews and notices, for the same reason.
  loud: "noisy",
  great: "excellent",
  friendly: "welcoming",
  cheap: "inexpensive",
  fair: "reasonable",
  powerful: "strong",
  barely: "hardly",
  sweet: "sugary",
  cooked: "prepared",
  // Only "going on" or "going away" (a trip): "going to rain" is no "heading off to rain".
  going: "heading off",
};

const wordsLower = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];

/** "this" or "these" for the noun phrase starting at `from`: its noun is the word before a preposition, verb or pause. */
function demonstrative(tokens: readonly string[], from: number): string {
  let noun = tokens[from] ?? "";
  for (let i = from; i < Math.min(tokens.length, from + 4); i++) {
    noun = tokens[i];
    if (/[,.;:!?]$/.test(noun) || /^(?:\d|\w+ed$)/.test(tokens[i + 1] ?? "")) break;
    if (
      /^(?:of|to|in|into|on|at|for|with|and|or|but|is|are|was|were|has|have|had|will|can|that|which|who|from|by|through|onto|over|under|across|via|as|than|we|you|they|i|he|she|it|people)$/i.test(
        tokens[i + 1] ?? "",
      )
    )
      break;
  }
  const bare = noun.toLowerCase().replace(/[^a-z]/g, "");
  return /[^su]s$/.test(bare) || /^(?:people|children|men|women|data)$/.test(bare) ? "these" : "this";
}

/** The index of the first run of `run` words of `text` that the source has word for word, or -1. */
function copiedRun(text: string, source: string, run: number): number {
  const src = ` ${wordsLower(source).join(" ")} `;
  const w = wordsLower(text);
  for (let i = 0; i + run <= w.length; i++) if (src.includes(` ${w.slice(i, i + run).join(" ")} `)) return i;
  return -1;
}

/** A day, a date or a clock time: "March 17", "12 March", "Tuesday", "3pm". */
const DATEISH =
  "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: \\d{1,2}(?:st|nd|rd|th)?(?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|\\d{1,2}(?::\\d\\d)?\\s?(?:am|pm)|\\d{1,2}:\\d\\d)";

/** Verbs of a state, which "will be -ing" would garble: "will be knowing". */
const STATIVE =
  /^(?:be|have|know|need|want|like|love|hate|cost|own|seem|belong|mean|contain|remain|stay|include|depend|exist|matter|fit|last|take|get|open|close|end|start|begin)$/i;

/** "visit" -> "visiting", "make" -> "making", "run" -> "running". */
function ingForm(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(verb) && !/^(?:be|see)$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.slice(-1)}ing`;
  return `${verb}ing`;
}

const MONTH_OR_DAY =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const UNIT =
  /^(?:am|pm|a\.m\.?|p\.m\.?|%|percent|per|km|kg|g|mg|ml|l|m|cm|mm|miles?|minutes?|hours?|days?|weeks?|months?|years?|degrees?|pounds?|dollars?|euros?|people|times)\b/i;

/** Whether a cut between `last` and `next` splits a date, a number or a name ("March | 17", "5 | km", "Station | Road"). */
function splitsFact(last: string, next: string): boolean {
  if (!last || !next || /[,.;:!?)]$/.test(last)) return false;
  if (
    /^[\d£$€]/.test(next) &&
    (MONTH_OR_DAY.test(last) ||
      /^(?:[£$€]|no\.?|year|route|block|gate|flat|room|level|page|step|number|from|between)$/i.test(last))
  )
    return true;
  if (
    /\d(?:am|pm|st|nd|rd|th|%)?$/i.test(last) &&
    (MONTH_OR_DAY.test(next) || UNIT.test(next) || /^(?:to|and|-|–)$/i.test(next))
  )
    return true;
  return (
    /^\p{Lu}[\p{L}'-]*$/u.test(last) && /^\p{Lu}[\p{L}'-]*[,.;:!?]?$/u.test(next) && !/^(?:I|The|A|An)$/.test(next)
  );
}

/** The end of a cut at `end` tokens moved back so it splits no date, number or name, nor half a span ("from March 3"). */
function keptWhole(tokens: readonly string[], end: number): number {
  let e = Math.min(end, tokens.length);
  while (e > 1 && e < tokens.length && splitsFact(tokens[e - 1], tokens[e])) e--;
  if (
    e < tokens.length &&
    (/^(?:to|until|till|and|-|–)$/i.test(tokens[e]) || /^(?:to|until|till|and|-|–)$/i.test(tokens[e - 1] ?? ""))
  ) {
    for (let i = e - 1; i > 0 && e - i <= 5; i--)
      if (/^(?:from|between)$/i.test(tokens[i])) {
        e = i;
        break;
      }
  }
  return e;
}

/**
 * A gist that does not copy nine words of the text in a row: a word of the copied run takes a
 * plainer synonym, else an article inside it goes, else the gist ends before the run's ninth word.
 */
function ownWords(gistText: string, source: string, before = "", onCut?: () => void): string {
  let text = gistText.replace(/\ba (?:[a-z]+ ){0,2}(?:called|named|known as) (?=the |a |an )/gi, "");
  // The words just before (the previous bullet's end) count for a copied run, but only this text changes.
  const lead = before ? before.split(/\s+/).slice(-8).join(" ") : "";
  const leadWords = lead ? wordCount(lead) : 0;
  let rotated = false;
  let fronted = false;
  let dayed = false;
  for (let guard = 0; guard < 12; guard++) {
    const found = copiedRun(lead ? `${lead} ${text}` : text, source, 9);
    if (found < 0) return text;
    const at = Math.max(0, found - leadWords);
    const tokens = text.split(/\s+/);
    if (found < leadWords) {
      // The copy runs over the joint: this point opens in its own words ("The building" -> "This building").
      if (/^the$/i.test(tokens[0])) tokens[0] = cap(demonstrative(tokens, 1));
      else if (!/^(?:also|in addition|besides),?$/i.test(tokens[0]))
        tokens[0] = `Also, ${lowerFirst(tokens[0], properNames(source))}`;
      else return text;
      text = tokens.join(" ");
      continue;
    }
    // Words and tokens line up closely enough for prose: find a run word to swap.
    const slice = tokens.slice(at, at + 9);
    // A synonym anywhere in the whole copied run breaks it: the run may go on past its ninth word.
    let reach = 9;
    while (
      at + reach < tokens.length &&
      reach < 24 &&
      copiedRun(tokens.slice(at, at + reach + 1).join(" "), source, reach + 1) === 0
    )
      reach++;
    const run = tokens.slice(at, at + reach);
    // The text's key words (said twice or more) stay: a summary names what the text is about.
    const k = run.findIndex((t, i) => {
      const bare = t.toLowerCase().replace(/[^a-z]/g, "");
      // "a simple start", "our move on Friday" are nouns: a verb's synonym ("begin", "shift") would garble it.
      const det = /^(?:a|an|the|our|my|your|their|his|her|its|this|that|these|those|every|each)$/i;
      const noun = det.test(tokens[at + i - 1] ?? "") || det.test(tokens[at + i - 2] ?? "");
      return (
        SYNONYMS[bare] !== undefined &&
        // A capital inside the text is a name's: "the Great Wall" keeps its "Great".
        !(at + i > 0 && /^[A-Z]/.test(t)) &&
        !(noun && VERB_SYNONYMS.test(bare)) &&
        // "found a cracked pipe" was discovered; "found it hard" was not.
        !(
          bare === "found" &&
          !/^(?:a|an|the|some|several|many|no|out|two|three|four|five)$/i.test(tokens[at + i + 1] ?? "")
        ) &&
        !(
          ADJECTIVE_SYNONYMS.test(bare) &&
          (/[,.;:!?]$/.test(t) || NOT_A_NOUN.test(tokens[at + i + 1] ?? "")) &&
          !/^(?:is|are|was|were|be|been|being|very|so|too|really|quite|pretty|felt|seemed|looked|sounded|and)$/i.test(
            tokens[at + i - 1] ?? "",
          )
        ) &&
        // "asked whether we could" is no "requested whether": only "asked to" or "asked that" is requested.
        !(bare === "asked" && !/^(?:to|that)$/i.test(tokens[at + i + 1] ?? "")) &&
        // "replace the buttons with horn ones" is no "renew ... with".
        !(bare === "replace" && tokens.slice(at + i + 1, at + i + 7).some((w) => /^with$/i.test(w))) &&
        // "need to learn" is no "require to learn".
        !(/^needs?$/.test(bare) && /^to$/i.test(tokens[at + i + 1] ?? "")) &&
        !(bare === "going" && !/^(?:on|away)$/i.test(tokens[at + i + 1] ?? "")) &&
        // "complained about parking" is no "roughly parking": only an amount is about.
        !(
          /^(?:about|around)$/.test(bare) &&
          !/^(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|half)/i.test(
            tokens[at + i + 1] ?? "",
          )
        ) &&
        (source.toLowerCase().match(new RegExp(`\\b${bare}\\b`, "g")) ?? []).length < 2
      );
    });
    if (k >= 0) {
      const t = run[k];
      const bare = t.toLowerCase().replace(/[^a-z]/g, "");
      // "we return by 3:30" comes back; only a thing is sent back.
      const other =
        bare === "return" && /^(?:by|at|home|to|from|on|in|before|after|around)\b/i.test(tokens[at + k + 1] ?? "")
          ? "come back"
          : SYNONYMS[bare];
      tokens[at + k] = t.replace(new RegExp(bare, "i"), other);
      // "a great position" -> "an excellent position".
      const before = tokens[at + k - 1];
      if (before && /^an?$/i.test(before))
        tokens[at + k - 1] = /^[aeiou]/i.test(SYNONYMS[bare])
          ? before.replace(/^(a)n?$/i, "$1n")
          : before.replace(/^(a)n$/i, "$1");
      text = tokens.join(" ");
      continue;
    }
    // A when inside the run ("on Tuesday", "this quarter", "every night") is detail a summary may drop.
    const when = slice.findIndex(
      (t, i) =>
        i < slice.length - 1 &&
        /^(?:on|this|last|next|every|in|each|at)$/i.test(t) &&
        /^(?:spring|summer|autumn|fall|winter|morning|evening|night|week|weekend|month|year|quarter|lunchtime|noon|midday|weekends)[,.;]?$/i.test(
          slice[i + 1],
        ) &&
        !/[.!?]$/.test(slice[i + 1]) &&
        at + i + 2 < tokens.length &&
        // "the end of this month" has no "of" left to stand on without its when.
        !/^(?:of|than|to|about|into|over|under|within|after|before|the|a|an)$/i.test(tokens[at + i - 1] ?? ""),
    );
    if (when >= 0) {
      const second = tokens[at + when + 1];
      // "Starting next month, the gym", "timesheets for this month need": the word that leads into the time goes with it.
      const from =
        at + when > 0 && /^(?:starting|from|until|since|beginning|by|during|for)$/i.test(tokens[at + when - 1])
          ? at + when - 1
          : at + when;
      tokens.splice(from, at + when + 2 - from);
      if (from === 0 && tokens[0]) tokens[0] = cap(tokens[0]);
      // "voted on Tuesday, and" keeps its comma on the word before.
      else if (/[,.;]$/.test(second) && from > 0) tokens[from - 1] += second.slice(-1);
      text = tokens.join(" ");
      continue;
    }
    // An article inside the run changes to one that keeps the sentence whole ("the lane" -> "that
    // lane", "a bike lane" -> "one bike lane"); dropping it would leave "build new bike lane".
    const article = slice.findIndex(
      (t, i) =>
        i > 0 &&
        /^(the|a|an)$/i.test(t) &&
        !/^(few|lot|little|bit|number|couple|while|spring|summer|autumn|fall|winter|morning|evening|night|day|week|month|year|end|start)$/i.test(
          tokens[at + i + 1] ?? "",
        ) &&
        !(/^an?$/i.test(t) && tokens[at + i + 2] === "of"),
    );
    // A modifier a summary can do without ("the whole building", "the old pipes") goes before any cut.
    const modifier = tokens.slice(at, at + 10).findIndex(
      (t, i) =>
        i > 0 &&
        DROPPABLE.test(t) &&
        /^[a-z]/.test(tokens[at + i + 1] ?? "") &&
        // A modifier only goes from before its noun: "is famous for" and "as much as" keep theirs.
        !/^(?:is|are|was|were|be|been|being|am|so|too|as|very|how|that|this|not)$/i.test(tokens[at + i - 1] ?? "") &&
        !/^(?:as|than|for|of|to|in|on|at|by|with|and|or|but|more|less)$/i.test(tokens[at + i + 1] ?? ""),
    );
    if (modifier >= 0) {
      tokens.splice(at + modifier, 1);
      text = tokens.join(" ");
      continue;
    }
    // An article may change only where the new one reads as well: "the parks" -> "these parks" (a plural),
    // never "one physicist" or "this first woman", which read as mistakes.
    const plural = slice.findIndex(
      // "The Remains of the Day": a capital "The" inside the text opens a title, never "these".
      (t, i) => i > 0 && t === "the" && demonstrative(tokens, at + i + 1) === "these" && article >= 0,
    );
    if (plural >= 0) {
      tokens[at + plural] = "these";
      text = tokens.join(" ");
      continue;
    }
    // "Using the light energy, it turns these into glucose": the means said after what it does, in another order.
    const means = /^(using|by using|through)\s+([^,]{3,40}),\s+(\S.*?)([.!?]?)$/i.exec(tokens.join(" "));
    if (means && wordCount(means[3]) >= 3 && HAS_VERB.test(means[3])) {
      text = `${cap(means[3])} ${means[1].toLowerCase()} ${means[2]}${means[4]}`;
      continue;
    }
    // "With daily practice, most learners can ...": a leading phrase can go before the sentence is cut.
    const leading =
      /^(?:with|in|on|at|for|after|before|during|by|over|within|from|since|today|now|usually|often)\b[^,]{0,30},\s+(\S.*)$/i.exec(
        tokens.join(" "),
      );
    if (leading && wordCount(leading[1]) >= 4) {
      text = cap(leading[1]);
      continue;
    }
    // "The bakery on Main Street will close": where a thing is can go before what it does is cut.
    const placed =
      /^(.*?\S)\s+(?:on|in|at|near)\s+(?:[A-Z][\p{L}'-]*\s+){1,3}(?=(?:will|is|are|was|were|has|have|had|can|ran|held|\w+ed)\b)/u.exec(
        tokens.join(" "),
      );
    if (placed && wordCount(placed[1]) >= 1) {
      text = tokens.join(" ").replace(placed[0], `${placed[1]} `);
      continue;
    }
    const joined = tokens.join(" ");
    // "Last Saturday the Year 5 class ran ...", "From 1 March the museum will open ...": a when without its comma.
    const when2 =
      /^((?:by|at|before|after) the (?:end|start|close|middle) of (?:the )?\w+|(?:last|next|this|on|from|by|until|since|starting)\s+(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?))\s*,?\s+(\S.*?)([.!?]?)$/i.exec(
        joined,
      );
    if (when2 && wordCount(when2[2]) >= 4 && HAS_VERB.test(when2[2])) {
      // "On Thursday 12 March the classes will visit ...": the day is what a reader needs, said last.
      const day = when2[1].replace(/^\S+/, (w) => w.toLowerCase());
      text = `${cap(when2[2])} ${day}${when2[3]}`;
      continue;
    }
    // "the American Apollo 11 mission": a nationality before a name is detail the name carries.
    const demonym = /\b([Tt]he|[Aa]n?)\s+\p{Lu}\p{Ll}+(?:an|ish|ese|ch)\s+(?=\p{Lu}|\d)/u.exec(joined);
    if (demonym) {
      text = joined.replace(demonym[0], `${demonym[1]} `);
      continue;
    }
    // "office workers in the city found": where the subject is can go, its verb stays.
    const where =
      /(\b[a-z]{3,})\s+(?:in|at|on|from|near|across|behind|beside|outside|opposite|under|below|above|inside|next to)\s+the\s+[a-z]+(?:\s+[a-z]+)?\s+(?=(?:found|said|says|showed|shows|reported|is|are|was|were|has|have|had|will|ran|held|needs?|must|should|can|could|would|may|might|\w+ed)\b)/.exec(
        joined,
      );
    if (
      where &&
      !/(?:ed|ing)$|^(?:is|are|was|were|has|have|had|be|been)$/.test(where[1]) &&
      !IRREGULAR_PAST.test(where[1])
    ) {
      text = joined.replace(where[0], `${where[1]} `);
      continue;
    }
    // "a plan like Couch to 5K can run": an example named in passing goes before the point is cut.
    const example = EXAMPLE.exec(joined);
    if (example) {
      text = joined.replace(example[0], " ");
      continue;
    }
    // "A, B, C and D" copied whole: the same items in another order say the same.
    const items =
      /(\b(?:an?|the|some|\d+)\s+[^,;:]+?),\s+((?:[^,;:]+,\s+)*)([^,;:]+?)\s+and\s+((?:(?:an?|the|some)\s+)?[^,.;:]+?)(?=\s+(?:for|in|at|on|to|from|with|by)\b|[.,;!?]|$)/.exec(
        joined,
      );
    if (items && !rotated) {
      rotated = true;
      const parts = [items[1], ...items[2].split(/,\s+/).filter(Boolean), items[3], items[4]].map((x) => x.trim());
      if (parts.length >= 3 && parts.every((x) => wordCount(x) <= 5)) {
        const order = [parts[parts.length - 1], ...parts.slice(0, -1)];
        text = joined.replace(items[0], `${order.slice(0, -1).join(", ")} and ${order[order.length - 1]}`);
        continue;
      }
    }
    // "Mrs Patel rang on Monday about her tap": the day said first breaks the copy and keeps the whole clause.
    const onDay =
      /^(\p{Lu}\S*(?:\s+\S+){1,6}?)\s+(on|last|this|next)\s+((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?)\s+(\S.*?)([.!?]?)$/iu.exec(
        joined,
      );
    if (
      onDay &&
      !dayed &&
      !DANGLING.test(` ${onDay[1]}`) &&
      wordCount(onDay[4]) >= 2 &&
      !/^(?:to|and|or|but|at|from|between|until)\s/i.test(onDay[4])
    ) {
      dayed = true;
      const when = `${cap(onDay[2].toLowerCase())} ${cap(onDay[3].toLowerCase())}`;
      text = `${when}, ${lowerFirst(onDay[1], properNames(source))} ${onDay[4]}${onDay[5]}`;
      continue;
    }
    // "The council voted on Tuesday to extend...": the day goes first, so the rest reads in another order.
    const dayFirst =
      /^(\S.*?\b[a-z0-9]+)\s+on\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(to\s+[a-z]+\s.*)$/i.exec(
        joined,
      );
    if (dayFirst && !/^on\s/i.test(joined)) {
      text = `On ${cap(dayFirst[2].toLowerCase())}, ${lowerFirst(dayFirst[1], properNames(source))} ${dayFirst[3]}`;
      continue;
    }
    // "your check-up" in a text sent to the reader is "the check-up" in a report of it.
    if (/\byour\b/i.test(slice.join(" "))) {
      text = joined.replace(/\b([Yy])our\b/, (_, y: string) => (y === "Y" ? "The" : "the"));
      continue;
    }
    // "moved the launch from March 3 to March 17": "to March 17 instead of March 3" keeps both dates in other words.
    const span = new RegExp(`\\bfrom (${DATEISH}) (?:to|until) (${DATEISH})(?=[\\s.,;!?]|$)`, "i").exec(joined);
    if (span) {
      // "to Thursday 9 March at 11:00": the new day's time goes with it.
      const at =
        /^\s+at\s+\d{1,2}(?::\d\d)?(?:\s?(?:am|pm))?\b/i.exec(joined.slice(span.index + span[0].length))?.[0] ?? "";
      const moved = /\b(?:mov|shift|push|postpon|reschedul|chang|switch|brought|bring)\w*\b/i.test(
        joined.slice(0, span.index),
      );
      text = joined.replace(
        span[0] + at,
        moved ? `to ${span[2]}${at} instead of ${span[1]}` : `between ${span[1]} and ${span[2]}${at}`,
      );
      continue;
    }
    // "the classes will visit the museum": "will be visiting" says the same future in other words.
    const will = /\bwill ([a-z]{3,})\b/.exec(slice.join(" "));
    if (will && !STATIVE.test(will[1]) && !/(?:ed|ing)$/.test(will[1])) {
      text = joined.replace(new RegExp(`\\bwill ${will[1]}\\b`), `will be ${ingForm(will[1])}`);
      continue;
    }
    // "need to be signed off by line managers by 5pm on Wednesday the 20th": the deadline said first, so the
    // copy breaks and the day a reader needs stays.
    const deadline = new RegExp(
      `^(\\S.*?\\S),?\\s+((?:by|before|until|on|from)\\s+(?:\\S+\\s+){0,3}?(?:the\\s+)?${DATEISH}(?:\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?)?)([.!?]?)$`,
      "i",
    ).exec(joined);
    if (
      deadline &&
      !fronted &&
      wordCount(deadline[1]) >= 4 &&
      HAS_VERB.test(deadline[1]) &&
      !/\b(?:from|between)\s*$/i.test(deadline[1])
    ) {
      fronted = true;
      text = `${cap(deadline[2])}, ${lowerFirst(deadline[1], properNames(source))}${deadline[3]}`;
      continue;
    }
    const end = keptWhole(tokens, at + 8);
    let cut = tokens
      .slice(0, end)
      .join(" ")
      .replace(/[,;:]+$/, "");
    // "cheaper as battery prices fall": end before the clause the cut would leave half-said.
    const sub =
      /^(.*\S)\s+(?:as|because|since|while|when|although|though|after|before|until|if|so)\s+\S+(?:\s+\S+)*$/i.exec(cut);
    if (sub && wordCount(sub[1]) >= 4 && HAS_VERB.test(sub[1]) && !/,/.test(cut.slice(sub[1].length))) cut = sub[1];
    // Cut where a clause ends, when one does: "sales rose by 12%, driven mainly by strong" ends at the comma.
    const comma = cut.lastIndexOf(",");
    if (comma > 0 && wordCount(cut.slice(0, comma)) >= 4 && HAS_VERB.test(cut.slice(0, comma)))
      cut = cut.slice(0, comma);
    // "in terms", "such", "rather", "instead": a phrase whose object the cut took goes with it.
    while (DANGLING.test(cut) || HALF_PHRASE.test(cut)) cut = cut.replace(HALF_PHRASE, "").replace(DANGLING, "");
    // "crushes ice and makes" (the smoothest smoothies): a verb cut from its object goes with its "and".
    const last = cut.split(/\s+/).length - 1;
    if (
      /\s(?:and|or)\s+[a-z]+$/.test(cut) &&
      /^(?:the|a|an|their|its|his|her|my|your|our|this|these|some)$/i.test(tokens[last + 1] ?? "") &&
      wordCount(cut) >= 6
    )
      cut = cut.replace(/,?\s+(?:and|or)\s+[a-z]+$/, "");
    // "voted on Tuesday to extend" (the bike lane): an infinitive cut from its object goes whole.
    if (
      /\sto\s+[a-z]+$/.test(cut) &&
      /^(?:the|a|an|their|its|his|her|my|your|our|this|these|some|\d)/i.test(tokens[last + 1] ?? "")
    )
      cut = cut.replace(/\s+to\s+[a-z]+$/, "");
    // "would make the route" (to the school safer): a verb whose object needs its complement, cut before it, says nothing.
    if (
      /\b(?:make|makes|made|making|keep|keeps|kept|leave|leaves|left|render|renders|find|finds|turn|turns)\s+(?:the|a|an|their|its|this|these|our|your)?\s*[a-z-]+$/i.test(
        cut,
      )
    )
      onCut?.();
    return cut;
  }
  return text;
}

/** Words a point about an aspect uses besides the aspect's own: "send back" is said "return". */
const ASPECT_WORDS: [RegExp, RegExp][] = [
  [
    /^when\b|\bdate\b|\bday\b|\btime\b/i,
    /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2})\b/i,
  ],
  [/^where\b|\bplace\b|\blocation\b/i, /\b(?:at|in|to|outside|near)\s+(?:the\s+)?\p{Lu}/u],
  [/\bsend back\b|\breturn\b|\bhand in\b|\bsign\b/i, /\b(?:return|send back|hand in|sign(?:ed)?|reply|form|slip)\b/i],
  [/\bbring\b|\bneed\b|\bpack\b|\bwear\b/i, /\b(?:bring|need|pack|wear|should have|take)\b/i],
  [
    /\bcost\b|\bprice\b|\bpay\b|\bhow much\b|\bfee\b/i,
    /[$€£]\s?\d|\b\d+\s*(?:pounds?|euros?|dollars?)\b|\bfee\b|\bcosts?\b/i,
  ],
  [
    /\bwho\b/i,
    /\b\p{Lu}[\p{L}]+\s+\p{Lu}[\p{L}]+\b|\b(?:children|parents|students|residents|members|staff|everyone)\b/u,
  ],
];

/** For each aspect the request names, the sentence that says it (each sentence used once), in the aspects' order. */
function byAspect(all: readonly string[], aspects: readonly string[]): string[] {
  const used = new Set<number>();
  return aspects
    .map((aspect) => {
      const own = terms(aspect).filter((t) => !/^(?:what|to|when|where|who|how|the|and)$/.test(t));
      const cues = ASPECT_WORDS.filter(([a]) => a.test(aspect)).map(([, c]) => c);
      let best = -1;
      let bestScore = 0;
      all.forEach((sentence, i) => {
        // The request itself ("Summarize this letter in three bullets: ...") is no point of the text.
        if (
          used.has(i) ||
          /\b(?:summari[sz]e|tl;?dr|bullets?)\b/i.test(sentence) ||
          aspects.filter((a) => sentence.toLowerCase().includes(a.toLowerCase())).length >= 2
        )
          return;
        const have = new Set(terms(sentence));
        let score = own.filter((t) => have.has(t)).length;
        for (const c of cues) if (c.test(sentence)) score += 1.5;
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      });
      if (best < 0) best = all.findIndex((_, i) => !used.has(i));
      used.add(best);
      return all[best]?.trim() ?? "";
    })
    .filter(Boolean);
}

/** What a process makes: "turns these into glucose", "releases oxygen". */
const RESULT = /\b(?:turns?|converts?|changes?)\b[^.]{0,30}\binto\b|\b(?:produces?|releases?|gives off)\b/i;

/** Words of a change a notice announces. */
const CHANGE =
  /\b(?:instead|(?:has|have|had|is|are|will)\s+(?:been\s+|to be\s+)?moved|(?:is|are)\s+moving|postponed|cancel(?:l)?ed|delayed|rescheduled|no longer|will (?:now |be )?(?:open|close|closed|start|end|move|take place|shut))\b/i;

/** A day, a date, a clock time or a sum of money: what a reader of a notice needs. */
const KEY_FACT =
  /\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= \d| morning| afternoon| evening| at \d)|\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)|\d{1,2}:\d\d|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b|[$€£]\s?\d/i;

/** Words of harm done, which an incident report is about. */
const HARM =
  /\b(?:injur\w*|hurt|sprain\w*|twist\w*|fractur\w*|broke|broken|bleed\w*|ambulance|hospital|first aid|bruis\w*|grazed|burn(?:ed|t)|stolen|lost property|left behind)\b/i;

/** The `n` sentences that share the most content words with the rest of the text, in their order. */
function central(all: readonly string[], n: number): string[] {
  const termsOf = all.map((s) => terms(s));
  const freq = new Map<string, number>();
  for (const ts of termsOf) for (const t of new Set(ts)) freq.set(t, (freq.get(t) ?? 0) + 1);
  const process = /\b(?:is|are)\s+(?:the|a)\s+(?:\w+\s+)?process\b/i.test(all[0] ?? "");
  const scored = all.map((s, i) => {
    const ts = termsOf[i];
    let score = 0;
    for (const t of new Set(ts)) score += freq.get(t) ?? 0;
    score /= Math.sqrt(Math.max(ts.length, 4));
    if (s.trim().endsWith("?")) score *= 0.6;
    // A notice is about what changes and when: "moved", "instead", "will be closed", a day, a time, a sum.
    if (CHANGE.test(s)) score *= 1.4;
    if (KEY_FACT.test(s)) score *= 1.3;
    // An incident report is about the harm done: "she twisted her ankle", "a pane was cracked", "a phone was left".
    if (HARM.test(s)) score *= 1.3;
    // A job note or a notice is about what has to be done: "the sleeves need taking up", "taxis must carry".
    if (/\b(?:needs?|must|has to|have to)\s+(?:be\s+)?[a-z]+(?:ing|ed)?\b/i.test(s) && !/^(?:if|when)\b/i.test(s))
      score *= 1.3;
    // A text that defines a process ("Photosynthesis is the process ...") ends in what the process makes.
    if (i > 0 && process && RESULT.test(s)) score *= 1.1;
    // The opening sentence usually says what the text is about.
    // One that names it ("... is the 50/30/20 rule") is what every later sentence explains, though it shares few words with them.
    if (i === 0)
      score *=
        /\b(?:is|are)\s+(?:called\s+|known as\s+)?the\s+[^.,;]{0,40}\b(?:rule|method|law|principle|technique|effect|idea|theory|plan|system|process)\b/i.test(
          s,
        )
          ? 3
          : 1.3;
    return { s: s.trim(), i, score };
  });
  return [...scored]
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, n)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.s);
}

/** "A, and B." -> "A.", "B." when both halves are clauses of their own (four words, a verb). */
function clauses(sentence: string): string[] {
  const parts = sentence.split(/,\s+(?:and|but|though|although|while|so)\s+|;\s+|\s+because\s+/);
  if (parts.length < 2 || parts.some((p) => wordCount(p) < 4 || !HAS_VERB.test(p))) return [sentence];
  return parts.map((p) => `${cap(p.trim().replace(/[.!?]+$/, ""))}.`);
}

/** A sentence cut to its gist: no asides in brackets, no opening connective, cut at a clause near `max` words. */
function gist(sentence: string, max: number): string {
  let s = sentence
    .replace(/\s*\([^)]{0,120}\)/g, "")
    // An aside between commas ("The reef, off the coast of Queensland, is ...") is not the gist.
    .replace(
      // Not one an appositive follows: "the Parisii, on an island in the Seine, the Île de la Cité".
      /,\s(?:off|in|on|at|near|from|with|by|of|a|an|also known as|known as|based in|like)\b[^,]{0,60},(?=\s[a-z])(?!\s(?:the|a|an)\s+\p{Lu})/gu,
      // ", a notebook," in "a laptop, a notebook, a calculator and a USB stick" is an item of a list, not an aside.
      (aside) =>
        /^,\s(?:a|an)\b/.test(aside) && (LIST_OF.test(sentence) || /\s(?:and|or)\s/.test(aside)) ? aside : "",
    )
    .replace(/\s*—[^—]{0,80}—/g, "")
    // "Unfortunately your check-up ...": the writer's regret is no part of what happens.
    .replace(/^(?:unfortunately|sadly|regrettably|luckily|fortunately|happily|good news)\b[,:]?\s+/i, "")
    // "On inspection a pane was cracked": how it was found out is no part of what was found.
    .replace(
      /^(?:on|upon|after|at)\s+(?:(?:closer|further|first)\s+)?(?:inspection|investigation|arrival|review|examination|checking|reflection)\b,?\s+(?=\S+\s+\S)/i,
      "",
    )
    .replace(
      /^(?:however|in fact|moreover|furthermore|also|today|still|so|and|but|in short|overall|in addition|for example|for instance),\s+/i,
      "",
    )
    .replace(/\s+/g, " ")
    .trim();
  // "She came off the top hold before ..., landed awkwardly ... and twisted her right ankle": in a chain of
  // what happened, the harm at its end is the point, said with the chain's subject.
  const chain =
    /^((?:\S+\s+){0,3}?(?:she|he|they|it|we|i|the\s+\S+|an?\s+\S+))\s+\S+\s.{10,}?,\s+(?:\S+\s+){1,12}?and\s+((?:\w+ed|broke|hurt|fell|cut|hit|tore|lost)\s+.{3,60}?)[.!]?$/i.exec(
      s,
    );
  if (chain && wordCount(s) > max && HARM.test(chain[2]) && !HARM.test(s.slice(0, s.length - chain[2].length - 5)))
    s = `${chain[1]} ${chain[2]}.`;
  // The main clause carries the gist: a leading "Because ..., " and a trailing ", where ..." go.
  const lead =
    /^(?:because|since|although|though|while|when|if|as|after|before|due to|owing to|thanks to|because of|as a result of|following)\b[^,]{3,80},\s+(.+)$/i.exec(
      s,
    );
  if (lead && wordCount(lead[1]) >= 4) s = lead[1].charAt(0).toUpperCase() + lead[1].slice(1);
  const tail = /^(.{20,}?),\s+(?:where|which|who|while|whereas|because|although|though|so that)\b/.exec(s);
  if (tail && HAS_VERB.test(tail[1]) && wordCount(tail[1]) >= 4) s = `${tail[1]}.`;
  // A reason or a contrast is detail: "closed this Friday because the building's ..." keeps "closed this Friday".
  const why = /^(.{20,}?)\s+(?:because|since|so that|whereas|as a result of|due to)\s/i.exec(s);
  if (why && wordCount(s) > 12 && wordCount(why[1]) >= 5 && HAS_VERB.test(why[1]))
    s = `${why[1].replace(/[,;]$/, "")}.`;
  // "a plan like Couch to 5K can run 5 km in 9 weeks": an example goes before a cut takes the point's end.
  if (s.split(" ").length > max + 4) s = s.replace(EXAMPLE, " ");
  const w = s.split(" ");
  // A sentence a few words over is kept whole: a cut there would leave half a phrase ("within two").
  if (w.length > max + 4) {
    const head = w.slice(0, max + 1).join(" ");
    const cut = new RegExp(
      `^(.{${Math.min(30, Math.floor(head.length / 3))},}?)(?:,\\s|;\\s|:\\s|\\s—\\s|\\s+(?:which|because|so that|while|whereas|although|though|but|and then|and(?= (?:remains?|is|was|are|were|has|have|had|became|becomes|won|wins)\\b))\\s)`,
    ).exec(head);
    if (cut && wordCount(cut[1]) <= max && HAS_VERB.test(cut[1])) s = cut[1];
    else {
      // Cut before the last clause that would be left unfinished: "... a new function that usually" ends before "that".
      const words = w.slice(0, keptWhole(w, max));
      let end = words.length;
      for (let i = words.length - 1; i >= Math.ceil(max / 2); i--)
        if (
          /^(that|which|who|where|when|and|but|so|with|because|while|whereas|as|if|to|for|in|by|within|on|at|from|during|after|before|until|over|under|along|across|through|around|into|since)$/i.test(
            words[i],
          )
        ) {
          end = i;
          break;
        }
      s = words.slice(0, end).join(" ");
    }
    s = s.replace(/[,;:\s]+$/, "");
    while (DANGLING.test(s)) s = s.replace(/\s\S+$/, "");
  }
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** A point cut so that a verb lacks its complement: "our room was and these walls", "the disk is and". */
function broken(point: string): boolean {
  return (
    /\b(?:was|were|is|are|has|have|had|will|can|could|would|the|a|an|these|those)\s+(?:and|or|but)\b/i.test(point) ||
    DANGLING.test(point.replace(/[.!?]$/, ""))
  );
}

/** An example named in passing before the verb: " like Couch to 5K " in "a plan like Couch to 5K can run". */
const EXAMPLE =
  /\s(?:like|such as)\s+(?:[A-Z0-9][\w'-]*\s+(?:(?:to|of|and|&)\s+)?){1,4}(?=(?:can|could|will|would|is|are|was|were|has|have|may|might|should|must)\b)/;

/** A list of three or more items: "A, B, C and D". */
const LIST_OF = /[^,]+,\s+[^,]+,\s+[^,]*\b(?:and|or)\s/;

/** Words a cut sentence must not end on. */
const DANGLING =
  /\s(?:a|an|the|and|or|of|to|in|on|at|for|with|by|from|along|across|behind|beside|near|towards?|via|within|without|against|among|between|during|that|which|who|is|are|was|were|its|their|his|her|as|they|then|until|than|since|before|after|when|if|whether|because|so|like|into|onto|over|under|through|about|around|roughly|approximately|very|more|most|usually|also|can|will|not|both|each|either|next|last|every|my|our|your|this|these|those|some|could|would|should|might|must|even|barely|hardly|we|i|he|she)$/i;

const HALF_PHRASE =
  /\s(?:in terms|in front|in spite|such|rather|instead|because|made up|part|kind|sort|number|lot|couple|one|each|all|both)$/i;

const HAS_VERB =
  /\b(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|does|do|did|\w{3,}ed|\w{3,}es|\w{3,}s|forgot|met|went|said|made|got|took|came|saw|gave|found|told|began|ran|won|lost|held|kept|left|built|bought|brought|sent|spent|thought|wrote|chose|grew|knew|fell|rose|became|sold|paid|felt|heard|stood|sat|ate|drove|flew|broke|spoke)\b/;

/**
 * Words the text writes capitalised mid-sentence (names that keep their capital in our own
 * sentence), and every word it writes in lower case (which may lose its capital at a sentence start).
 */
function properNames(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b([A-Z][\p{L}'-]+)/gmu)) out.add(m[1]);
  for (const m of text.matchAll(/\b([a-z][\p{L}'-]*)/gu)) out.add(m[1]);
  return out;
}

const COMMON_START =
  /^(too|work|keeping|next|late|every|each|adults|just|please|my|our|your|he|she|we|you|also|only|then|now|here|both|after|before|the|a|an|this|that|these|those|it|its|there|they|their|some|many|most|each|every|all|one|two|three|in|on|at|for|by|with|when|while|if|because|although|after|before|during|since|as|to|from|people|we|you|your|our|his|her|what|how|why|most|more|less|no|not)$/i;

const lowerFirstWord = (s: string, names?: ReadonlySet<string>) => lowerFirst(s, names);

function lowerFirst(s: string, names?: ReadonlySet<string>): string {
  const first = /^[\p{L}'-]+/u.exec(s)?.[0] ?? "";
  if (!first || /^[A-Z]{2,}/.test(first) || first === "I" || names?.has(first)) return s;
  // A word the text never writes in lower case is a name: "Iceland sits ..." keeps its capital.
  // Plurals and -ing words ("Honeybees", "Walking") are common words, whatever their capital says.
  const common = /^[A-Z][a-z]{3,}(?:s|ing)$/.test(first);
  if (names && !common && !COMMON_START.test(first) && !names.has(first.toLowerCase())) return s;
  if (
    /^(Python|TypeScript|JavaScript|Paris|France|English|French|German|Spanish|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
      first,
    )
  )
    return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function theirs(s: string): string {
  return s
    .replace(/\byou're\b/gi, "they're")
    .replace(/\byou've\b/gi, "they've")
    .replace(/\byourself\b/gi, "themselves")
    .replace(/\byour\b/gi, "their")
    .replace(
      /\b(makes?|made|lets?|helps?|gives?|gave|tells?|told|shows?|showed|keeps?|for|to|with|at|on|about|from|than)\s+you\b/gi,
      "$1 them",
    )
    .replace(/\byou\b/gi, "they");
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function dedupe(items: readonly string[]): string[] {
  return [...new Set(items)];
}

/** Words as a reader counts them: "2,300 km" is three ("2", "300", "km"), a dash alone is none. */
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

/**
 * Text within `max` words, cut only where a thought ends: whole sentences first, then a clause that
 * ends at a comma, a semicolon or before "and"/"but" and still has its verb. A sentence cut off in
 * the middle ("warmer ocean water has caused.") says something the text does not.
 */
function fit(text: string, max?: number): string {
  if (max === undefined || wordCount(text) <= max) return text;
  const whole = sentences(text);
  let kept = "";
  for (const x of whole) {
    const next = kept ? `${kept} ${x}` : x;
    if (wordCount(next) > max) break;
    kept = next;
  }
  if (kept) return kept;
  const first = whole[0] ?? text;
  let best = "";
  for (const m of first.matchAll(/(?:,|;|\s+—|\s+(?=(?:and|but|while|which|who|where|because|so)\s))/g)) {
    const head = first.slice(0, m.index).replace(/[,;:\s]+$/, "");
    if (wordCount(head) > max) break;
    // "between 10am" (and 2pm) is half a span: no clause ends there.
    if (wordCount(head) >= 4 && HAS_VERB.test(head) && !DANGLING.test(head) && !/\b(?:between|from)\s+\S+$/i.test(head))
      best = head;
  }
  if (best) return `${best}.`;
  // No clause fits: the first words up to the limit that end on a word a phrase can end on.
  const w = first.split(/\s+/);
  let n = 0;
  while (n < w.length && wordCount(w.slice(0, n + 1).join(" ")) <= max) n++;
  let out = w.slice(0, keptWhole(w, n)).join(" ");
  out = out.replace(/[,;:]+$/, "");
  while (DANGLING.test(out)) out = out.replace(/\s\S+$/, "");
  return /[.!?]$/.test(out) ? out : `${out.replace(/[,;:]$/, "")}.`;
}

const SMALL_WORDS = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|by|with|from|than|as|into|over)$/i;

/**
 * A headline for a pasted text, within `max` words: its opening sentence (which says what the text
 * is about) in headline style, without articles or auxiliaries ("Foxes are moving into cities
 * across Europe" -> "Foxes Moving Into Cities Across Europe"), in title case.
 */
export function headlineOf(text: string, max: number): string | undefined {
  const first = sentences(text.replace(/```[\s\S]*?```/g, " ")).find((x) => /[a-z]{2,}.*\s.*[a-z]{2,}/i.test(x));
  if (!first) return undefined;
  const plain = condense(restructured(unframed(first)))
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/[.!?]+$/, "")
    .replace(/^(?:the|a|an)\s+/i, "")
    .replace(/\b(?:is|are|was|were)\s+(?=\w+ing\b)/gi, "")
    // "moving from the park to the harbour": where it goes is the news.
    .replace(/\b(mov\w*|relocat\w*)\s+from\s+(?:the\s+)?[\w' -]{1,30}?\s+(?=to\s)/i, "$1 ")
    .replace(/\bwill\b/gi, "to");
  const words = plain.split(/\s+/).filter(Boolean);
  let cut = words.slice(0, Math.max(2, max)).join(" ");
  // A cut headline ends where a phrase can: "Bees Do Far More Than" is no headline.
  while (words.length > max && DANGLING.test(cut) && cut.includes(" ")) cut = cut.replace(/\s\S+$/, "");
  const comma = cut.indexOf(",");
  if (words.length > max && comma > 0 && wordCount(cut.slice(0, comma)) >= 3) cut = cut.slice(0, comma);
  const title = cut
    .replace(/[,;:]+$/, "")
    .split(/\s+/)
    .map((w, i) => (i > 0 && SMALL_WORDS.test(w) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
  return wordCount(title) >= 2 ? title : undefined;
}
