/**
 * Follow-ups about the assistant's own earlier turn, answered from the conversation: "What was
 * the second tip?", "Can you repeat the last part?", "Shorter, please.", "Who wrote that book
 * again?". The answer is read from what the assistant said, never from a passage.
 */
import { wordsToNumber } from "../language/numbers";
import type { ConversationTurn } from "../read/conversation";
import { expand, nameReasons, subjectOf, type Filled } from "../language/templates";
import { countWords, sentences, terms } from "../language/text";
import type { Skill } from "./skill";

const ORDINALS: Record<string, number> = {
  first: 1,
  "1st": 1,
  second: 2,
  "2nd": 2,
  third: 3,
  "3rd": 3,
  fourth: 4,
  "4th": 4,
  fifth: 5,
  "5th": 5,
  sixth: 6,
  "6th": 6,
  seventh: 7,
  "7th": 7,
  eighth: 8,
  "8th": 8,
  ninth: 9,
  "9th": 9,
  tenth: 10,
  "10th": 10,
};

const ITEM =
  "tip|step|point|item|idea|option|one|name|suggestion|reason|thing|example|line|bullet|rule|way|benefit|question|answer|sentence|recommendation|book|film|movie|song|place|city|fact|part";

/** The template phrases this skill says, for the seam check. */
export const FOLLOW_UP_TEMPLATES: string[] = [];

function say(template: string, ...values: string[]): Filled[] {
  if (!FOLLOW_UP_TEMPLATES.includes(template)) FOLLOW_UP_TEMPLATES.push(template);
  let i = 0;
  return expand(template.replace(/\{\}/g, () => (values[i++] ?? "").replace(/[[\]|]/g, " ")));
}

/** The assistant's last words before the user's last message, and that message. */
function lastExchange(turns: readonly ConversationTurn[]): { answer: string; ask: string; answers: string[] } | null {
  let u = -1;
  for (let i = turns.length - 1; i >= 0; i--)
    if (turns[i].role === "user") {
      u = i;
      break;
    }
  if (u < 0) return null;
  const answers = turns
    .slice(0, u)
    .filter((t) => t.role === "assistant" && t.text.trim())
    .map((t) => t.text);
  if (!answers.length) return null;
  return { answer: answers[answers.length - 1], ask: turns[u].text.trim().slice(0, 500), answers };
}

/** The items of a reply: its list lines when it has a list, else its sentences (code left out). */
export function itemsOf(text: string): string[] {
  // "1. Rest. 2. Drink water. 3. Sleep." written on one line is still a numbered list.
  const inline = /^\s*1[.)]\s[^\n]*\s2[.)]\s/.test(text) && !text.includes("\n");
  const lines = (inline ? text.replace(/\s+(?=\d{1,2}[.)]\s)/g, "\n") : text)
    .replace(/```[\s\S]*?```/g, "\n")
    .split("\n")
    .map((l) => l.trim());
  const listed = lines
    .filter((l) => /^([-*•]|\d{1,2}[.)])\s+/.test(l))
    .map((l) => l.replace(/^([-*•]|\d{1,2}[.)])\s+/, ""));
  if (listed.length >= 2) return listed;
  // Initials are not sentence ends: "J.R.R. Tolkien" stays one name.
  const guarded = text.replace(/```[\s\S]*?```/g, " ").replace(/\b([A-Z])\.(?=\s?[A-Z])/g, "$1\u2024");
  return sentences(guarded)
    .map((s) => s.replace(/\u2024/g, "."))
    .filter((s) => /[a-z]/i.test(s));
}

/** The words of a question that asks for an item itself: "what was the second one again?". */
const ASKS_FOR_ITEM =
  /^(?:what|what's|which|was|were|is|are|the|again|one|ones|item|say|tell|me|repeat|remind|and|so|only|just|now|please|can|could|would|you|give|show|name|it|that|on|in|of|my|your|list|sorry|ok|okay|oh|wait|remember|did|i|said|say|mentioned|number)$/;

function ordinalReplies(ask: string, answer: string, ownList = ""): Filled[] | null {
  // "the last one" after "Noted: 12.5°C at 7am, 19.2°C at 1pm and 15.0°C at 8pm. A warm afternoon.": the
  // last reading of the sentence that lists them, not the answer's last sentence.
  if (!/\n/.test(answer))
    for (const s of answer.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const one = oneOfSeveral(ask, s);
      if (one === undefined) continue;
      if (one === null) return null;
      return say("[It was {}.|{}, as I noted.]", one, one.charAt(0).toUpperCase() + one.slice(1));
    }
  let m = new RegExp(
    `\\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th)|last|final|next[- ]to[- ]last|second[- ]to[- ]last|penultimate)\\s+(${ITEM})s?\\b`,
    "i",
  ).exec(ask);
  // "What was step 3?", "tip number two": the noun, then its number.
  const numbered = m
    ? null
    : /\b(step|tip|point|item|idea|option|line|reason|rule|suggestion|example|question|number)\s+(?:number\s+|no\.?\s*|#)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b/i.exec(
        ask,
      );
  if (numbered) {
    const n = /^\d+$/.test(numbered[2]) ? Number(numbered[2]) : wordsToNumber(numbered[2]);
    const word = Object.keys(ORDINALS).find((k) => ORDINALS[k] === n && /^[a-z]+$/.test(k));
    if (word)
      m = Object.assign([numbered[0], word, numbered[1]], { index: numbered.index, input: ask }) as RegExpExecArray;
  }
  // "The one before the last": the next to last.
  const beforeLast = /\bthe (?:one|item|tip|step|point|name|line) before (?:the )?(?:last|final)(?: one)?\b/i.exec(ask);
  if (!m && beforeLast)
    m = Object.assign([beforeLast[0], "second-to-last", "one"], {
      index: beforeLast.index,
      input: ask,
    }) as RegExpExecArray;
  // "Which one is fifth?": the place said after the item.
  const placed =
    /^(?:(?:and|so|ok|okay)[,]?\s+)?(?:which|what)(?: one| item)? (?:is|was|comes?|came) (?:the )?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final)(?: one)?\s*(?:on the list|in the list|again)?\s*\??\s*$/i.exec(
      ask,
    );
  if (!m && placed)
    m = Object.assign([placed[0], placed[1], "one"], { index: placed.index, input: ask }) as RegExpExecArray;
  if (!m || !/\?|^(what|which|who|repeat|tell|say|remind|give|show|can you|could you|and|only|just|now)\b/i.test(ask))
    return null;
  // "Who sings the third one?": the name the item gives after "by".
  const maker =
    /^(?:(?:and|so|ok|okay)[,]?\s+)?who\s+(?:sings?|sang|wrote|writes|directed|painted|composed|performs?|performed|made|is)\b/i.test(
      ask,
    );
  if (maker) {
    const items = itemsOf(answer);
    const word = m[1].toLowerCase();
    const n = /^(?:last|final)$/.test(word) ? items.length : (ORDINALS[word] ?? 0);
    const item = items[n - 1]?.replace(/\s+/g, " ").trim();
    const by = item
      ? /\bby\s+((?:[A-Z][\w.'’-]*)(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|da|del|la|le)){0,4})/.exec(item)
      : null;
    if (!by) return null;
    return say("[{}: the {} one was {}.|That's {}: {}.]", by[1], word, item as string, by[1], item as string);
  }
  // "I like the second one. Why did you suggest it?" asks why, not for the item; "explain the second one" asks for more than it.
  if (/\bwhy\b|\bexplain\b|\belaborate\b|\bmore (?:about|on)\b|\bin (?:more )?detail\b|\bexpand on\b/i.test(ask))
    return null;
  // "What's the capital of the second one?" asks about the item, not for it (the follow-through skill).
  if (
    new RegExp(`\\b[a-z]+ (?:of|for|in) the ${m[1]} ${m[2]}\\b`, "i").test(ask) &&
    !/^(?:what|which) (?:was|were|is) the\b/i.test(ask)
  )
    return null;
  // "How tall is the third one?", "Which countries does the second one flow through?" ask about the
  // item, not for it: its name alone would not answer them.
  const rest = ask
    .replace(m[0], " ")
    .toLowerCase()
    .match(/[a-z']+/g)
    ?.filter((w) => !ASKS_FOR_ITEM.test(w));
  if (rest?.length) return null;
  const word = m[1].toLowerCase();
  const noun = m[2].toLowerCase();
  let items = noun === "sentence" ? sentences(answer.replace(/```[\s\S]*?```/g, " ")) : itemsOf(answer);
  if (!items.length) return null;
  const wanted = /last|final|next|penultimate/.test(word) ? 2 : (ORDINALS[word] ?? 0);
  // "The Danube, the Rhine and the Seine." is one sentence holding three items.
  if (items.length === 1 && noun !== "sentence" && noun !== "line" && wanted >= 1)
    items = inlineItems(items[0]) ?? items;
  // "Remember my list: milk, bread, apples" answered "Got it": the list is the user's own.
  const theirs = ownList && !/\?\s*$/.test(ownList) ? inlineItems(ownList.replace(/^[^:]*:\s*/, "")) : null;
  if (theirs && theirs.length > items.length && items.length <= 1) items = theirs;
  const n = /^(?:last|final)$/.test(word)
    ? items.length
    : /next|penultimate|to[- ]last/.test(word)
      ? items.length - 1
      : (ORDINALS[word] ?? 0);
  if (n < 1 || n > items.length)
    return say(
      "[I only gave {} {} in my last answer, so there is no {} one.|There were only {} {} in my answer: there is no {} one.]",
      String(items.length),
      items.length === 1 ? noun : `${noun}s`,
      word,
      String(items.length),
      items.length === 1 ? noun : `${noun}s`,
      word,
    );
  const item = items[n - 1].replace(/\s+/g, " ").trim();
  const label = noun === "one" ? "one" : noun;
  return say(
    "[The {} {} was: {}|{} {}: {}|Sure, the {} {} was: {}]",
    word,
    label,
    item,
    cap(word),
    label,
    item,
    word,
    label,
    item,
  );
}

function repeatReplies(ask: string, answer: string): Filled[] | null {
  const m =
    /^(?:(?:can|could|would) you |please |sorry,? )?(?:please )?(?:repeat|say|read)\b\s*(?:that|it|this)?\s*(?:again)?\s*(?:the\s+(last|first|final|middle|end|beginning|start)\s*(?:part|bit|sentence|line|paragraph)?|the (end|beginning|start))?\s*(?:again)?\s*(?:,?\s*please)?\s*[.?!]*$/i.exec(
      ask,
    ) ??
    /^(?:sorry,?\s*)?(?:come again|what was that|pardon|once more|say again|again,? please|what did you (?:just )?say)\s*[.?!]*$/i.exec(
      ask,
    );
  if (!m) return null;
  if (/^(?:please )?(?:say|read)\s*[.?!]*$/i.test(ask)) return null;
  const part = (m[1] ?? m[2] ?? "").toLowerCase();
  const prose = answer.trim();
  const paragraphs = prose.split(/\n\s*\n/).filter((p) => p.trim());
  const items = itemsOf(prose);
  let text = prose;
  if (/last|final|end/.test(part))
    text = paragraphs.length > 2 ? paragraphs[paragraphs.length - 1] : (items[items.length - 1] ?? prose);
  else if (/first|beginning|start/.test(part)) text = paragraphs.length > 2 ? paragraphs[0] : (items[0] ?? prose);
  else if (part === "middle") text = items[Math.floor(items.length / 2)] ?? prose;
  const lead = part
    ? "[Sure, the {} part again:|Here is the {} part again:|Of course. The {} part was:]"
    : "[Sure, here it is again:|Of course, again:|Here's what I said:]";
  return say(`${lead}\n\n{}`, ...(part ? [part, part, part] : []), text.trim());
}

/** "Shorter, please", "too long", "in one sentence?", "tl;dr": the last answer said in fewer words. */
function shorterReplies(ask: string, answer: string): Filled[] | null {
  const most = wordsAsked(ask);
  if (most) return withinWords(answer, most);
  if (
    !/^(?:(?:ok|okay|hmm|sorry|that's|that is|it's|way|much|a bit|bit|too long|can you|could you|please|now)[,!.]?\s*)*(?:make it |say it |put it |keep it |be |that )?(?:shorter|more concise|briefer|less wordy|shorter please|too long|tl;?dr|in (?:one|a single|1) sentence|in fewer words|summari[sz]e (?:that|it)|the short version|short version)\b[^?]{0,30}[.?!]*$/i.test(
      ask,
    ) &&
    !/^(?:(?:ok|okay|now|please|can you|could you)[,!.]?\s+)*(?:say|write|put|give me|repeat|explain)\s+(?:that|it|this|your answer)\s+(?:again\s+)?(?:but\s+|only\s+|a bit\s+|much\s+)*(?:shorter|more briefly|more concisely|in fewer words|in short|briefly)\b[\s,]*(?:please)?[.!?]*$/i.test(
      ask,
    )
  )
    return null;
  const prose = answer.replace(/```[\s\S]*?```/g, " ");
  const items = itemsOf(prose);
  if (!items.length) return null;
  // "Shorter please, under 6 words": asked to be shorter, any sentence is cut to the limit.
  const limit = limitIn(ask);
  if (limit) return withinWords(answer, limit, true);
  const listed = items.length >= 2 && /^\s*([-*•]|\d{1,2}[.)])\s+/m.test(answer);
  const first = listed
    ? items
        .slice(0, 6)
        .map((item, k) => (k ? lowerFirst(clip(item, 8)) : clip(item, 8)).replace(/[.!?]+$/, ""))
        .join("; ")
    : clip(items[0], 14);
  const text = /[.!?]$/.test(first) ? first : `${first}.`;
  // "Ride further, smile wider." has nothing to cut: the same words labelled "Shorter" would not be.
  if (countWords(text) >= countWords(prose))
    return say(
      "[That's already as short as I can make it without losing part of it: {}|I can't cut that one down without losing part of what it says: {}]",
      text,
      text,
    );
  return say("[{}|In short: {}|Shorter: {}]", text, lowerFirst(text), lowerFirst(text));
}

const FEW = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
/** "Shorter please, three words max", "make it two words", "in 5 words or less": a word limit on the last reply. */
const WORDS_ASKED = new RegExp(
  `^(?:(?:ok|okay|hmm|great|nice|thanks|sorry|too long|way too long|shorter|much shorter|even shorter|a bit shorter|can you|could you|please|now|just|and)[,!.]?\\s*)*(?:(?:make|keep|cut|get|shorten|trim|bring) (?:it|that|this)(?: down)?(?: to)?|(?:say|write|put) (?:it|that|this) in|in|to|max(?:imum)?|at most|no more than|under|only|just)?\\s*${FEW}\\s+words?(?:\\s+(?:max(?:imum)?|tops|at most|or (?:less|fewer)|only))?[\\s,]*(?:please|pls)?[.!]*$`,
  "i",
);

function wordsAsked(ask: string): number | undefined {
  const m = WORDS_ASKED.exec(ask.trim());
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : wordsToNumber(m[1]);
  return n && n >= 1 && n <= 12 ? n : undefined;
}

/**
 * The last reply in at most `n` words: its leading clauses while they fit ("Clean pups, happy tails,
 * every single time!" in three words is "Clean pups!"), else its first words up to one that can end a phrase.
 */
function withinWords(answer: string, n: number, asShorter = false): Filled[] | null {
  const first = itemsOf(answer.replace(/```[\s\S]*?```/g, " "))[0]?.trim();
  // "The capital of France is Paris" cut to three words says nothing: only a line (a slogan, a title) is cut,
  // unless the user asked for it shorter in so many words.
  if (!first || (!asShorter && /\b(?:is|are|was|were|has|have)\b/i.test(first))) return null;
  const end = /!\s*$/.test(first) ? "!" : ".";
  const clauses = first.replace(/[.!?]+$/, "").split(/\s*[,;:–—]\s*|\s+-\s+/);
  let kept = "";
  for (const c of clauses) {
    const next = kept ? `${kept}, ${c}` : c;
    if (countWords(next) > n) break;
    kept = next;
  }
  if (!kept) {
    const words = first
      .replace(/[.!?]+$/, "")
      .split(/\s+/)
      .slice(0, n);
    while (words.length > 1 && ENDS_BADLY.test(words[words.length - 1])) words.pop();
    kept = words.join(" ").replace(/[,;:]+$/, "");
  }
  return kept ? say("{}", `${kept}${end}`) : null;
}

/** "under 6 words", "within 10 words", "five words tops" anywhere in a request to be shorter. */
function limitIn(ask: string): number | undefined {
  const n = FEW;
  const m =
    new RegExp(`\\b(under|fewer than|less than)\\s+${n}\\s+words?\\b`, "i").exec(ask) ??
    new RegExp(`\\b(?:max(?:imum)?|at most|no more than|in|within|just|only)\\s+()${n}\\s+words?\\b`, "i").exec(ask) ??
    new RegExp(`\\b()${n}\\s+words?\\s*(?:max(?:imum)?|or (?:less|fewer)|tops|at most)\\b`, "i").exec(ask);
  if (!m) return undefined;
  const count = /^\d+$/.test(m[2]) ? Number(m[2]) : wordsToNumber(m[2]);
  const most = count && m[1] ? count - 1 : count;
  return most && most >= 1 && most <= 20 ? most : undefined;
}

const ENDS_BADLY =
  /^(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|is|are|was|were|be|your|my|our|their|its|this|that|every|very)$/i;

/** A sentence cut at a clause boundary near `max` words. */
function clip(sentence: string, max: number): string {
  const w = sentence.trim().split(/\s+/);
  if (w.length <= max) return sentence.trim().replace(/:$/, ".");
  const head = w.slice(0, max).join(" ");
  const cut = /^(.{20,}?)(?:,|;|:|\s+(?:which|because|so that|while|and then|but)\s)/.exec(head);
  const out = (cut ? cut[1] : head)
    .replace(/[,;:\s]+$/, "")
    .replace(
      /(?:\s+(?:a|an|the|and|or|of|to|in|on|at|for|with|that|from|by|as|is|are|was|were|its|their|his|her|my|your|our))+$/i,
      "",
    );
  return `${out}.`;
}

const POINTS_BACK =
  /\b(again|that (?:book|film|movie|song|one|place|city|person|guy|woman|man|author|recipe|tip|idea|example|word|name|thing|show|game|app|tool|library|site)|you (?:just )?(?:said|mentioned|told me|recommended|suggested|wrote|gave|named|listed)|earlier|before|the one you)\b/i;

/** "Who wrote that book again?": the assistant's sentence that answers it, and the name or number it asks for. */
function recallReplies(ask: string, answers: readonly string[]): Filled[] | null {
  const title = titleReplies(ask, answers[answers.length - 1]);
  if (title) return title;
  // "Who directed it?", "When did it come out?": a short question about what the last answer named.
  const pronoun =
    (/^(?:(?:and|so|ok|sorry|remind me),?\s+)?(?:who|when|where|what year)\b[^?]{0,40}\b(?:it|that|this|he|she|they|them)\b[^?]{0,20}\??$/i.test(
      ask,
    ) ||
      /^(?:(?:and|so|ok|sorry|remind me),?\s+)?who(?:'s| is| was) the (?:author|director|writer|composer|painter|artist|singer|creator|inventor)\s*(?:again)?\s*\??$/i.test(
        ask,
      )) &&
    ask.split(/\s+/).length <= 9;
  if ((!POINTS_BACK.test(ask) && !pronoun) || !/\?|^(who|what|when|where|which|how|remind)\b/i.test(ask)) return null;
  // "Which planet comes right after that one?" asks what follows it, which no earlier sentence says.
  if (
    /\b(?:comes?|lies|is)\s+(?:right\s+|just\s+|directly\s+)?(?:after|before|next to)\b/i.test(ask) &&
    !/\b(?:again|you said|did you say|earlier)\b/i.test(ask)
  )
    return null;
  const released = /\b(?:come out|came out|release|released|published|premiered?|first (?:shown|aired))\b/i.test(ask);
  const wh =
    /^(?:(?:and|so|ok|sorry|remind me),?\s+)?(who|when|where|which|what|how many|how much|how long|how old)\b/i
      .exec(ask)?.[1]
      ?.toLowerCase() ?? "what";
  const asked = new Set(
    terms(ask).filter(
      (t) => !/^(again|earlier|befor|mention|recommend|suggest|told|remind|book|film|movi|song|one|thing)$/.test(t),
    ),
  );
  let best: { s: string; score: number } | null = null;
  answers.slice(-4).forEach((answer, age) => {
    for (const s of itemsOf(answer)) {
      let score = 0;
      for (const t of new Set(terms(s))) if (asked.has(t)) score += 1;
      if (
        /who/.test(wh) &&
        /\bby [A-Z]|\b[A-Z][a-z]+ [A-Z][a-z]+ (?:wrote|directed|painted|composed|invented|founded)\b|\b(?:author|writer|director)\b/.test(
          s,
        )
      )
        score += 1.5;
      if (/when/.test(wh) && /\b(1\d{3}|20\d\d)\b/.test(s)) score += 1.5;
      if (/how many|how much|how long|how old/.test(wh) && /\d/.test(s)) score += 1;
      if (/where/.test(wh) && /\bin [A-Z]/.test(s)) score += 1;
      // Without "again" or "you said", the question's own words must be in the sentence (or a year, for "when did it come out").
      if (!POINTS_BACK.test(ask) && score < 1.5 && !(released && /when|year/.test(wh) && /\b(1\d{3}|20\d\d)\b/.test(s)))
        return;
      if (!POINTS_BACK.test(ask) && /who/.test(wh) && !/\b[A-Z][a-z]+ [A-Z][a-z]+\b/.test(s)) return;
      score += age * 0.01;
      if (!best || score > best.score) best = { s: s.trim(), score };
    }
  });
  const found = best as { s: string; score: number } | null;
  if (!found || found.score < 1) return null;
  const sentence = /[.!?]$/.test(found.s) ? found.s : `${found.s}.`;
  const one = oneOfSeveral(ask, found.s);
  if (one === null) return null;
  if (one) return say("[It was {}.|{}, as I noted.]", one, one.charAt(0).toUpperCase() + one.slice(1));
  const short = shortAnswer(wh, found.s, ask)?.replace(/[.,;:]+$/, "");
  if (short) return say("[{}. As I said: {}|It was {}. {}|{}: {}]", short, sentence, short, sentence, short, sentence);
  return say("[As I said: {}|I mentioned it above: {}|{}]", sentence, sentence, sentence);
}

const ORDINAL: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3, fifth: 4 };

/**
 * "What was the noon one again?" after "Noted: 4.2°C at 9am, 5.1°C at noon and 6.8°C at 5pm": one
 * reading of several said in one sentence is that reading alone, found by the words the question gives
 * it ("noon", "the second", "the last"). Undefined when the sentence does not list several amounts or
 * the question does not single one out; null when it singles one out that no single part holds.
 */
function oneOfSeveral(ask: string, sentence: string): string | null | undefined {
  const m =
    /\bthe\s+([\p{L}\d:.' -]{1,30}?)\s+(?:one|reading|figure|number|value|temperature|temp|measurement|amount|weight|time)\b/iu.exec(
      ask,
    );
  if (!m) return undefined;
  const parts = sentence
    .replace(/^[^:\d]{0,25}:\s*/, "")
    .replace(/[.!?]+$/, "")
    .split(/\s*(?:,|;|\band\b)\s*/)
    .map((p) => p.trim())
    .filter((p) => /\d/.test(p));
  if (parts.length < 2) return undefined;
  const key = m[1].toLowerCase().trim();
  const place = key === "last" ? parts.length - 1 : ORDINAL[key];
  if (place !== undefined) return parts[place] ?? null;
  const words = key.split(/\s+/).filter((w) => !/^(?:the|a|an|at|in|on|of|reading|temp)$/.test(w));
  if (!words.length) return null;
  const has = (p: string, w: string) =>
    new RegExp(`(?<![\\p{L}\\d])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\d])`, "iu").test(p);
  const hits = parts.filter((p) => words.every((w) => has(p, w)));
  return hits.length === 1 ? hits[0] : null;
}

/** "What was that film called again?", "What was the title?": the title the last answer named. */
function titleReplies(ask: string, answer: string | undefined): Filled[] | null {
  if (
    !answer ||
    !/^(?:(?:and|so|ok|sorry|remind me),?\s+)?what(?:'s| is| was)\s+(?:that|the|it|this)\s*(?:book|film|movie|song|show|series|album|game|novel|play|poem|dish|recipe|place|restaurant)?\s*(?:called|named|title|name)\b[^?]{0,20}\??$/i.test(
      ask,
    )
  )
    return null;
  const quoted = /["“]([^"”]{2,80})["”]/.exec(answer)?.[1];
  const title = quoted ?? titleIn(answer);
  if (!title) return null;
  return say("[It was {}.|{}.|That was {}.]", title, title, title);
}

/** The first capitalized title of a sentence that is not its lead-in or a person after "by". */
function titleIn(text: string): string | undefined {
  const SMALL = "of|the|and|a|an|in|on|to|for|at|with";
  const re = new RegExp(
    `(?<!\\bby\\s)(?<!\\b(?:directed|written|composed|painted|sung|created|made) by\\s)\\b([A-Z][\\p{L}'-]+(?:\\s+(?:(?:${SMALL})\\s+)*[A-Z][\\p{L}'-]+)*)`,
    "gu",
  );
  for (const m of text.matchAll(re)) {
    const t = m[1].replace(/^(?:How|Try|You|I|Maybe|Perhaps|Consider|Sure|Why|What|Read|Watch|Listen)\s+/, "");
    if (/^(How|Try|You|I|Maybe|Perhaps|Consider|Sure|Why|What|It|This|That|The|A|An|Its|Read|Watch|Listen|If)$/.test(t))
      continue;
    return t;
  }
  return undefined;
}

/** The name, year or number a question asks for, read from the sentence that holds it. */
function shortAnswer(wh: string, s: string, ask: string): string | null {
  const NAME = "[A-Z][\\p{L}.'-]+(?:\\s+(?:de |van |von |da |del )?[A-Z][\\p{L}.'-]+){0,3}";
  if (wh === "who") {
    const m =
      new RegExp(`\\bby (${NAME})`, "u").exec(s) ??
      new RegExp(
        `(${NAME})\\s+(?:wrote|directed|painted|composed|invented|founded|created|designed|discovered)\\b`,
        "u",
      ).exec(s);
    if (m && !ask.includes(m[1])) return m[1];
  }
  if (wh === "when") {
    const m =
      /\b(?:in|on|from)?\s*((?:\d{1,2} )?(?:January|February|March|April|May|June|July|August|September|October|November|December )?(?:1\d{3}|20\d\d))\b/.exec(
        s,
      );
    if (m) return m[1].trim();
  }
  if (wh === "where") {
    const m = new RegExp(`\\b(?:in|at|from)\\s+(${NAME})`, "u").exec(s);
    if (m && !ask.includes(m[1])) return m[1];
  }
  return null;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) && !/^(I|I'm|Python|TypeScript|JavaScript)\b/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

/** "How many lines did your poem have?": counted in the assistant's last answer. */
function countReplies(ask: string, answer: string): Filled[] | null {
  // Syllables are not counted reliably by rule: an honest "I can't" rather than a wrong count.
  if (/\bhow many syllables\b/i.test(ask) && /\b(line|your|the|that|this|it|poem|haiku)\b/i.test(ask))
    return say(
      "[I can't count syllables reliably: I'm the workbook's offline model, and I only count lines and words.|As the workbook's offline model, I can't count syllables reliably; I can count the lines and words of my answer.]",
    );
  const m =
    /\bhow many (lines|words|sentences|items|tips|steps|points|paragraphs|names|ideas|bullets|verses|stanzas)\b[^?]{0,40}\b(your|the|that|this|those|it|you)\b/i.exec(
      ask,
    );
  if (!m) return null;
  const what = m[1].toLowerCase();
  const prose = answer.replace(/```[\s\S]*?```/g, " ").trim();
  let n: number;
  if (what === "lines" || what === "verses") n = prose.split("\n").filter((l) => l.trim()).length;
  else if (what === "words") n = prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  else if (what === "sentences") n = sentences(prose).length;
  else if (what === "paragraphs" || what === "stanzas") n = prose.split(/\n\s*\n/).filter((p) => p.trim()).length;
  else n = itemsOf(prose).length;
  const unit = n === 1 ? what.replace(/s$/, "") : what;
  return say("[It had {} {}.|{} {}.|There were {} {}.]", String(n), unit, cap(String(n)), unit, String(n), unit);
}

/** "Now give me that answer in one word": the name or number the last answer gave. */
function oneWordReplies(ask: string, answer: string, question: string): Filled[] | null {
  if (
    !/\b(?:in|as|with) (?:one|a single|1) word\b|\bone[- ]word (?:answer|version)\b|\bjust the (?:answer|name|number|city|city name|country|word|capital|place|person)\b/i.test(
      ask,
    )
  )
    return null;
  const names = [...answer.matchAll(/\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)/gu)]
    .map((m) => m[1].replace(/^(?:The|A|An)\s+/, ""))
    .filter((n) => !question.includes(n) && !/^(The|A|An|It|This|That|Yes|No|Sure|Here|I|You)$/.test(n));
  const number = /-?\d[\d,.]*/.exec(answer)?.[0];
  // The answer's subject comes first ("The Pacific Ocean is the largest ocean on Earth"): its name, less the kind of place.
  const first = names[0]?.replace(/\s+(?:Ocean|Sea|River|Mountains?|Lake|Island|Desert|Mount)$/, "");
  const word =
    (first && !/\s/.test(first) ? first : undefined) ?? names.find((n) => !/\s/.test(n)) ?? names[0] ?? number;
  return word ? say("{}.", word.replace(/[.,]$/, "")) : null;
}

/** "Why did you pick that name?": the reasons a name suggested earlier fits what was asked for. */
function whyChoiceReplies(turns: readonly ConversationTurn[], ask: string, answer: string): Filled[] | null {
  if (
    !/^\s*(?:and\s+|so\s+)?why (?:that (?:name|one|title)\b|(?:did|do|would) you (?:pick|choose|chose|suggest|recommend|go with|like|pick out)\b)/i.test(
      ask,
    )
  )
    return null;
  const request = [...turns].reverse().find((t) => t.role === "user" && t.text.trim() !== ask)?.text ?? "";
  // A book, a colour, a language: the reasons are the ones the answer gave ("because ..."), if it gave any.
  if (!/\b(names?|title|call|tagline|slogan|brand|motto)\b/i.test(request)) {
    const because = /\b(?:because|since|as)\s+([^.!?]{8,200})/i.exec(answer.replace(/```[\s\S]*?```/g, " "));
    return because ? say("[I suggested it because {}.|Because {}.]", because[1].trim(), because[1].trim()) : null;
  }
  const name =
    /["“]([^"”]{2,60})["”]/.exec(answer)?.[1] ?? /\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){1,3})/u.exec(answer)?.[1];
  if (!name) return null;
  const subject = subjectOf(request) ?? "it";
  const reasons = nameReasons(subject).slice(0, 3);
  if (!reasons.length) return null;
  return reasons.flatMap((r) =>
    say('[I picked "{}" because {}|"{}" felt right: {}]', name, lowerFirst(r.text), name, lowerFirst(r.text)),
  );
}

/**
 * The items of a one-sentence list, "A, B and C" or "A or B", without its lead-in ("How about",
 * "You could try"); null when the sentence is not such a list.
 */
export function inlineItems(sentence: string): string[] | null {
  const body = sentence
    .trim()
    .replace(/[.!?]+$/, "")
    .replace(
      /^(?:(?:sure|ok|okay|of course)[,!.]?\s+)?(?:(?:you (?:could|might|can|should) (?:try|enjoy|visit|read|watch|use|consider)|how about|try|consider|maybe|perhaps|i(?:'d| would) (?:suggest|recommend)|(?:some |a few )?(?:good )?(?:options|ideas|examples|choices) (?:are|include)|here (?:are|is) [^:]{0,40}:|[^:]{0,60}:)\s+)/i,
      "",
    );
  // "Apple, banana, cherry.": three or more short parts list without a conjunction.
  const bare = body.split(/\s*,\s*/);
  if (
    !/\s(?:and|or)\s/.test(body) &&
    !(bare.length >= 3 && bare.every((p) => /^[\p{L}\d][\p{L}\d'+#-]*(?: [\p{L}\d'+#-]+){0,2}$/u.test(p)))
  )
    return null;
  const parts = body
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2 || parts.length > 12) return null;
  // "Good garden birds are the robin, ...": the first item starts after the verb that introduces the list.
  const lead = /^.{3,60}?\b(?:are|include|includes|were|would be)\s+(.+)$/.exec(parts[0]);
  if (lead && lead[1].split(/\s+/).length <= 4) parts[0] = lead[1];
  // "Oranges, kiwis and strawberries": the capital of "Oranges" only starts the sentence.
  if (
    parts.slice(1).every((p) => /^[a-z]/.test(p)) &&
    /^[A-Z][a-z]+(?:\s|$)/.test(parts[0]) &&
    !/^[A-Z][a-z]+\s+[A-Z]/.test(parts[0])
  )
    parts[0] = parts[0].charAt(0).toLowerCase() + parts[0].slice(1);
  if (
    parts.some(
      (p) =>
        p.split(/\s+/).length > 8 ||
        /^(directed|written|made|which|who|that|by|in|on|at|with|from|because|so|but|is|are|was|were)\b/i.test(p),
    )
  )
    return null;
  return parts;
}

/** "Which tip was about screens?": the item of the last answer that names it. */
function whichItemReplies(ask: string, answer: string): Filled[] | null {
  const m = new RegExp(
    `^(?:(?:and|so|ok)[,]?\\s+)?which (${ITEM})s? (?:was|is|were|are|talked|mentioned|said something|had|covered|dealt with)\\s*(?:about|the one about|mention(?:ed|ing)?|with|on)?\\s+(.{2,60}?)\\s*\\??$`,
    "i",
  ).exec(ask);
  if (!m) return null;
  const items = itemsOf(answer);
  const list = items.length === 1 ? (inlineItems(items[0]) ?? items) : items;
  const want = terms(m[2]);
  if (!want.length || list.length < 2) return null;
  const hits = list
    .map((item, i) => ({ item, i, n: termsMeet(want, item) }))
    .filter((h) => h.n > 0)
    .sort((a, b) => b.n - a.n);
  if (!hits.length) return null;
  const noun = m[1].toLowerCase() === "one" ? "item" : m[1].toLowerCase();
  const { item, i } = hits[0];
  return say("[That was {} {}: {}|{} {}: {}]", noun, String(i + 1), item, cap(noun), String(i + 1), item);
}

/** How many of the wanted stems a text holds ("moons" meets "moon", "colour" meets "coloured"). */
function termsMeet(want: readonly string[], text: string): number {
  const have = terms(text);
  return want.filter((w) =>
    have.some((h) => h === w || (w.length >= 4 && h.length >= 4 && (h.startsWith(w) || w.startsWith(h)))),
  ).length;
}

/** "What did you just say about its moons?": the sentences of the last answers that speak of it. */
function saidAboutReplies(ask: string, answers: readonly string[]): Filled[] | null {
  const m =
    /^(?:(?:and|so|sorry|wait|ok)[,]?\s+)?what (?:did|was it) you (?:just )?(?:say|said|mention|tell me|write|wrote)\s+(?:about|regarding|on)\s+(.{2,60}?)\s*(?:again|earlier|before)?\s*\??$/i.exec(
      ask,
    ) ??
    /^(?:(?:and|so|sorry)[,]?\s+)?what was (?:that|the bit|the part) about\s+(.{2,60}?)\s*(?:again)?\s*\??$/i.exec(ask);
  if (!m) return null;
  const want = terms(m[1].replace(/\b(its|their|his|her|the|that|this)\b/gi, ""));
  if (!want.length) return null;
  for (const answer of [...answers].reverse().slice(0, 3)) {
    const picked = itemsOf(answer).filter((s) => termsMeet(want, s) === want.length);
    if (picked.length) {
      const text = picked.slice(0, 2).join(" ");
      return say("[I said: {}|Here is what I said: {}|{}]", text, text, text);
    }
  }
  return null;
}

/** Words that open an instruction: the step a how-to sentence's clause is. */
const STEP_VERB =
  /^(?:then\s+|and\s+|finally\s+|next\s+)?(?:(?:always|never|also|just|only|don't|do not|try to)\s+)?(?:avoid|buy|plan|try|stick|drink|eat|limit|skip|cancel|compare|shop|walk|stretch|read|listen|practi[sc]e|ask|call|book|pack|wear|learn|aim|spend|save|sleep|exercise|add|boil|bring|put|pour|let|take|cool|peel|set|wait|spread|mix|stir|heat|cook|simmer|place|leave|remove|serve|cut|chop|fill|turn|press|open|close|click|select|choose|type|enter|save|run|install|plug|switch|rinse|wash|dry|fold|roll|bake|fry|drain|season|whisk|beat|melt|check|go|use|keep|start|make|get|insert|tap|write|send|sign|pick|fry|toast|slice|steep|brew|warm|preheat|grease|line|cover|blend|squeeze|sprinkle)\b/i;

/** A verb with its object ("ease it out", "loosen the roots"): a step whose verb the list above lacks. */
const VERB_OBJECT =
  /^(?:then\s+|and\s+)?(?!(?:the|a|an|it|this|that|they|you|your|some|in|on|at|for|with|if|when|until|or|but|so|about|around|over|under|from|to|each|every|all|both|more|less)\b)[a-z]+\s+(?:it|them|the|a|an|your|some|in|out|off|up|down|on|over|back|everything)\b/i;
const isStep = (p: string) => STEP_VERB.test(p) || VERB_OBJECT.test(p);

/** A how-to sentence as its steps, at the commas and "and"s that start a new instruction. */
function stepsOf(sentence: string): string[] {
  // Split with the separators kept: a part joined back says "and" where the sentence did ("cool and dark").
  const pieces = sentence
    .replace(/[.!]+$/, "")
    .split(/(,\s+(?:and\s+|then\s+)?|\s+and\s+(?=(?:then\s+)?[a-z]+\b)|;\s+)/i);
  const parts: string[] = [];
  const joins: string[] = [];
  for (let k = 0; k < pieces.length; k += 2) {
    const p = pieces[k].trim();
    if (!p) continue;
    parts.push(p);
    joins.push(k > 0 && /^\s+and\s+$/i.test(pieces[k - 1]) ? " and " : ", ");
  }
  const out: string[] = [];
  for (const [j, p] of parts.entries()) {
    // A part that is no instruction of its own ("medium", "the lid") stays with the step before it.
    // "bring a list and stick to it": a short step about the one before ("it") belongs with it.
    const about = joins[j] === " and " && /\b(?:it|them)\b/i.test(p) && p.split(/\s+/).length <= 4;
    if (out.length && (!isStep(p) || about))
      out[out.length - 1] += /^(?:or|if|until|for|with)\b/i.test(p) ? ` ${p}` : `${joins[j]}${p}`;
    else out.push(p.replace(/^(?:and|then)\s+/i, "").replace(/^./, (c) => c.toUpperCase()));
  }
  if (out.length >= 2 && isStep(parts[0])) return out;
  return [
    sentence
      .replace(/[.!]+$/, "")
      .replace(/^(?:then|and|finally|next),?\s+(?=[a-z])/i, "")
      .replace(/^./, (c) => c.toUpperCase()),
  ];
}

/** "Make it a list", "all caps", "alphabetical order": the last answer reshaped, nothing added. */
function reshapeReplies(ask: string, answer: string): Filled[] | null {
  const short = ask.length <= 80 && !/\b(poem|story|haiku|essay|code|function|new|another|different)\b/i.test(ask);
  if (!short) return null;
  const prose = answer.replace(/```[\s\S]*?```/g, " ").trim();
  if (!prose || prose.length > 1500) return null;
  const items = itemsOf(prose);
  // "2, 4, 7, 9" has no sentence of words, and is still a list.
  const list =
    items.length === 1 ? (inlineItems(items[0]) ?? items) : items.length ? items : (inlineItems(prose) ?? []);
  if (
    /^(?:(?:ok|okay|now|great|thanks|please|can you|could you)[,!.]?\s+)*(?:make (?:it|that|them) (?:into )?(?:a )?(?:bulleted |bullet |numbered )?list|(?:put|turn|format) (?:it|that|them|this) (?:into|as|in) (?:a )?(?:bulleted |bullet |numbered )?list|as a (?:bulleted |numbered )?list|(?:list|bullet) (?:them|those|it)|bullet points,? please)\b[\s,]*(?:please)?[.!?]*$/i.test(
      ask,
    ) &&
    // One sentence of advice is a list too: "Plan your meals, always bring a list and stick to it, and buy store brands".
    (list.length >= 2 || (items.length <= 4 && items.flatMap(stepsOf).length >= 2))
  ) {
    const numbered = /numbered/i.test(ask);
    // Instructions become their steps: "Boil water, put a bag in a mug, pour ... and let it steep" is four.
    const steps = items.length <= 4 ? items.flatMap(stepsOf) : list;
    if (steps.length > list.length && steps.length <= 10) list.splice(0, list.length, ...steps);
    const lines = list.map((item, i) => `${numbered ? `${i + 1}.` : "-"} ${cap(item.replace(/[.;,]+$/, ""))}`);
    return say("{}", lines.join("\n"));
  }
  const cased = caseAsked(ask);
  if (cased) return say("{}", cased === "upper" ? prose.toUpperCase() : prose.toLowerCase());
  const order =
    /^(?:(?:ok|okay|now|please|can you|could you|and)[,!.]?\s+)*(?:(?:put|sort|order|list|arrange|write|give me) (?:them|those|these|it|the list|the items|that)\s+)?(?:in\s+)?(alphabetical(?:ly)?|reverse alphabetical|reverse)\s*(?:order)?\b[\s,]*(?:please)?[.!?]*$/i.exec(
      ask,
    );
  // "now reverse it", "reverse the list", "flip the order": a list's order turned round, not one name spelt backwards.
  const turned =
    /^(?:(?:ok|okay|now|please|can you|could you|and|great|thanks)[,!.]?\s+)*(?:reverse|flip|invert|turn round|turn around)\s+(?:it|that|them|those|these|the list|the order|that list|the names|the items)(?:\s+(?:round|around|over))?(?:\s+(?:please|now|too|as well))?\s*[.!?]*$/i.test(
      ask,
    );
  if ((order || turned) && list.length >= 2) {
    const bare = list.map((x) => x.replace(/[.;,]+$/, ""));
    const key = (x: string) => x.replace(/^(the|a|an)\s+/i, "").toLowerCase();
    const sorted =
      !order || /^reverse$/i.test(order[1])
        ? [...bare].reverse()
        : [...bare].sort((a, b) => key(a).localeCompare(key(b)) * (/reverse/i.test(order[1]) ? -1 : 1));
    const listed = /^\s*([-*•]|\d{1,2}[.)])\s+/m.test(answer);
    // A numbered list stays numbered, counted afresh in its new order.
    const numbered = /^\s*\d{1,2}[.)]\s+/m.test(answer);
    const bare2 = (xs: string[]) => (xs.every((x) => /^[\d.,-]+$/.test(x)) ? xs.join(", ") : `${cap(list2(xs))}.`);
    return say("{}", listed ? sorted.map((x, i) => `${numbered ? `${i + 1}.` : "-"} ${x}`).join("\n") : bare2(sorted));
  }
  return null;
}

const UPPER = /\b(?:all[- ]?caps|caps(?: lock)?|capitals|capital letters|upper ?case|block (?:letters|capitals))\b/gi;
const LOWER = /\b(?:all )?(?:lower ?case(?: letters)?|small letters)\b/gi;
/**
 * The words a request to put the last reply in another case may hold besides the case itself:
 * "Great, now put it all in capital letters", "can you make the sign uppercase?". Any other word
 * ("the word 'hello' in caps", "the capital of France") makes it some other request.
 */
const CASE_FILLER = new Set(
  "ok okay now great perfect thanks thank you nice cool lovely good awesome and so please can could would you make put write turn convert change redo say type it that this those them the whole thing everything all of in into to as text poster sign note message slogan line lines rhyme poem verse card letter email answer reply version one same words again instead just also too but for me".split(
    " ",
  ),
);

/** "Great, now put it all in capital letters": the last reply in upper (or lower) case, else null. */
function caseAsked(ask: string): "upper" | "lower" | null {
  if (ask.length > 120 || /["“‘:]|'\S[^']*'/.test(ask)) return null;
  const upper = UPPER.test(ask);
  UPPER.lastIndex = 0;
  const lower = !upper && LOWER.test(ask);
  LOWER.lastIndex = 0;
  if (!upper && !lower) return null;
  // "And the capitals?" asks for capital cities: the case is asked only with "in", "all", "make"...
  if (
    upper &&
    !/\b(?:in|into|to)\s+(?:all\s+)?(?:caps|capitals|capital letters|upper ?case|block)|\ball[- ]?caps\b|\bcaps lock\b|\bupper ?case\b|\b(?:make|turn|convert|change|put|write|type)\b.*\b(?:caps|capitals|capital letters)\b/i.test(
      ask,
    )
  )
    return null;
  const rest = ask
    .replace(upper ? UPPER : LOWER, " ")
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter(Boolean);
  return rest.every((w) => CASE_FILLER.has(w)) ? (upper ? "upper" : "lower") : null;
}

function list2(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "What was my first question?", "What did I just ask?": the user's own earlier message, quoted. */
function ownMessageReplies(turns: readonly ConversationTurn[], ask: string): Filled[] | null {
  const m =
    /^(?:(?:and|so|sorry|wait|ok|okay|thanks|thank you|great|cool|hmm)[,!.]?\s+)*what (?:was|were) (?:my (first|last|previous|original|earlier) (?:question|message|request)|the (first|last|previous) thing i (?:said|asked|wrote|told)(?: you)?)\b|^(?:(?:and|so|sorry|wait|ok|okay|thanks|thank you|great|cool|hmm)[,!.]?\s+)*what did i (?:just |first )?(?:ask|say|write)(?: (?:to )?you)?\s*(?:first|before|earlier|last|just now)?\s*\??$/i.exec(
      ask,
    );
  if (!m) return null;
  // "...yesterday?", "...last time we talked?": another conversation, which no request carries.
  if (
    /\b(?:yesterday|last (?:week|night|time|session)|the other day|(?:an?|our|that) (?:earlier|previous|other|last|old) (?:chat|conversation|session))\b/i.test(
      ask,
    )
  )
    return say(
      "[I can't see other conversations: as the workbook's offline model, I only get the messages of this one.|I can't know that: I'm the workbook's offline model, and I only see the messages of this conversation, not earlier ones.]",
    );
  const users = turns.filter((t) => t.role === "user").map((t) => t.text.trim());
  const earlier = users.slice(0, -1);
  if (!earlier.length) return null;
  const first = /first|original/i.test(m[1] ?? m[2] ?? "") || /\bfirst\b/i.test(ask);
  const quoted = (first ? earlier[0] : earlier[earlier.length - 1]).replace(/\s+/g, " ").slice(0, 300);
  return first
    ? say('[Your first message was: "{}"|You first asked: "{}"]', quoted, quoted)
    : say('[You asked: "{}"|Your last message was: "{}"]', quoted, quoted);
}

const PLACES = Object.entries(ORDINALS).filter(([k]) => /^[a-z]+$/.test(k));

/**
 * "And the one before?", "What about the next one?" after an item was asked by its place: the
 * item beside it, in the list the earlier question asked about.
 */
function besideReplies(turns: readonly ConversationTurn[], ask: string): Filled[] | null {
  const m =
    /^(?:(?:and|ok|okay|so|what about|how about)[,]?\s+)*(?:what was |what's |and )?the (?:(one|tip|step|point|item|idea|line|name|reason|option) )?(before|after|previous|next)(?: (?:one|tip|step|point|item|idea|line|name|reason|option))?(?: (?:that|it))?(?: one)?\s*[?.!]*$/i.exec(
      ask,
    );
  if (!m) return null;
  const users = turns.map((t, i) => ({ t, i })).filter(({ t }) => t.role === "user");
  const prev = users[users.length - 2];
  if (!prev) return null;
  const word = new RegExp(`\\b(${PLACES.map(([k]) => k).join("|")}|last|final)\\b`, "i")
    .exec(prev.t.text)?.[1]
    ?.toLowerCase();
  const step = /\b(?:step|tip|point|item|number)\s+(\d{1,2})\b/i.exec(prev.t.text)?.[1];
  if (!word && !step) return null;
  let listAt = prev.i - 1;
  while (listAt >= 0 && turns[listAt].role !== "assistant") listAt--;
  if (listAt < 0) return null;
  const raw = itemsOf(turns[listAt].text);
  const items = raw.length === 1 ? (inlineItems(raw[0]) ?? raw) : raw;
  if (items.length < 2) return null;
  const at = step ? Number(step) : word && /last|final/.test(word) ? items.length : (ORDINALS[word ?? ""] ?? 0);
  const n = /before|previous/i.test(m[2]) ? at - 1 : at + 1;
  const noun = (m[1] ?? "one").toLowerCase();
  if (n < 1 || n > items.length)
    return say(
      "[There is no {} {} {}: it was {} of {} in my list.|Nothing comes {} that one: it was {} of {}.]",
      noun,
      m[2].toLowerCase(),
      "that",
      String(at),
      String(items.length),
      /before|previous/i.test(m[2]) ? "before" : "after",
      String(at),
      String(items.length),
    );
  const place = PLACES.find(([, v]) => v === n)?.[0] ?? `number ${n}`;
  const item = items[n - 1].replace(/\s+/g, " ").trim();
  return say("[The {} {} was: {}|{} {}: {}]", place, noun, item, cap(place), noun, item);
}

/** "Which is the largest?", "Add them up", "Sort them" after a list of numbers: worked out from the list itself. */
function numberItemsReplies(ask: string, answer: string): Filled[] | null {
  if (ask.length > 80) return null;
  // "8, 3, 15, 6." has no letters, so it is no sentence of itemsOf's: read as one inline list.
  const raw = /[a-z]/i.test(answer) ? itemsOf(answer) : [answer.trim()];
  const items = raw.length === 1 ? (inlineItems(raw[0]) ?? raw) : raw;
  const values = items.map((x) => x.trim().replace(/[.;]+$/, ""));
  if (values.length < 2 || !values.every((v) => /^-?\d[\d,]*(?:\.\d+)?$/.test(v))) return null;
  const nums = values.map((v) => Number(v.replace(/,/g, "")));
  const show = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: 4 });
  const extreme =
    /\bwhich\b[^?]{0,25}\b(?:is|was) (?:the )?(largest|biggest|highest|greatest|smallest|lowest|least)\b/i.exec(ask);
  if (extreme) {
    const big = /larg|big|high|great/i.test(extreme[1]);
    const n = big ? Math.max(...nums) : Math.min(...nums);
    return say("[{} is the {}.|The {} is {}.]", show(n), extreme[1].toLowerCase(), extreme[1].toLowerCase(), show(n));
  }
  if (
    /\b(?:what(?:'s| is) (?:the |their )?(?:sum|total)|add (?:them|those|these)(?: up| together)?|sum (?:them|those)(?: up)?)\b/i.test(
      ask,
    )
  ) {
    const sum = nums.reduce((a, b) => a + b, 0);
    return say("[They add up to {}.|The sum is {}: {}.]", show(sum), show(sum), nums.map(show).join(" + "));
  }
  if (/\b(?:what(?:'s| is) (?:the |their )?(?:average|mean))\b/i.test(ask)) {
    const mean = nums.reduce((a, b) => a + b, 0) / nums.length;
    return say("[The average is {}.|Their mean is {}.]", show(mean), show(mean));
  }
  const order =
    /\b(?:sort|order|put|arrange|list) (?:them|those|these)\b[^?]{0,40}|\bin (?:ascending|descending) order\b/i.exec(
      ask,
    );
  if (order && !/alphabetic/i.test(ask)) {
    const down =
      /descending|largest first|biggest first|highest first|(?:largest|biggest|highest) to (?:smallest|lowest)/i.test(
        ask,
      );
    const sorted = [...nums].sort((a, b) => (down ? b - a : a - b)).map(show);
    return say("{}", `${sorted.slice(0, -1).join(", ")} and ${sorted[sorted.length - 1]}.`);
  }
  return null;
}

/**
 * "What would it say about '1234'? Match or no match?" after the assistant gave a regex: the
 * pattern run on the string (JavaScript's RegExp, which reads ^, $, \\d and {n} as the answer wrote them).
 */
function regexTestReplies(ask: string, answer: string): Filled[] | null {
  if (!/\b(?:match(?:es)?|pass|fail|valid|accept(?:ed)?|work (?:for|on))\b/i.test(ask)) return null;
  const tested = [...ask.matchAll(/["'‘“]([^"'’”\n]{1,60})["'’”]/g)].map((m) => m[1]);
  if (tested.length !== 1) return null;
  const shown =
    /`([^`\n]{2,120})`/.exec(answer)?.[1] ??
    /(?:^|\s)(\^[^\s]{1,118}\$)(?=\s|[.,:;]|$)/.exec(answer)?.[1] ??
    /(?:^|\s)\/([^/\s]{2,118})\/[gimsuy]*(?=\s|[.,:;]|$)/.exec(answer)?.[1];
  if (!shown || !/[\\^$[\]{}+*?]/.test(shown)) return null;
  let re: RegExp;
  try {
    re = new RegExp(shown.replace(/^\/(.*)\/[gimsuy]*$/, "$1"));
  } catch {
    return null;
  }
  const ok = re.test(tested[0]);
  const [t, p] = [`'${tested[0]}'`, `\`${shown}\``];
  // Written out, not through a template: a pattern's brackets and bars are its own.
  return ok
    ? [
        { text: `Match: ${t} matches ${p}.`, weight: 1 },
        { text: `Yes, it matches: ${t} fits ${p}.`, weight: 0.8 },
      ]
    : [
        { text: `No match: ${t} does not match ${p}.`, weight: 1 },
        { text: `No, it doesn't match: ${t} fails ${p}.`, weight: 0.8 },
      ];
}

/** "How long should we do that for?", "How many times per leg?": the amount the last answer gave. */
function amountReplies(ask: string, answer: string): Filled[] | null {
  const m = /^(?:(?:and|so|ok|okay|um)[,]?\s+)*how (long|many times|often)\b([^?]{0,40})\??\s*$/i.exec(ask.trim());
  if (!m) return null;
  // The question points back at the answer: "that", "it", "each", or nothing new of its own.
  const own = m[2].toLowerCase().match(/[a-z]+/g) ?? [];
  if (
    own.some(
      (w) =>
        !/^(?:should|do|does|did|we|i|you|they|it|that|this|them|for|per|each|one|leg|side|hold|keep|go|on|the|a|an|be|is|are|time|times|again)$/.test(
          w,
        ),
    )
  )
    return null;
  const text = answer.replace(/```[\s\S]*?```/g, " ");
  const want =
    m[1].toLowerCase() === "long"
      ? /\b(?:for\s+)?((?:about|around|roughly|at least|up to|only)\s+)?((?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|half an?)(?:\s*(?:-|to)\s*\d+)?\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?))\b/gi
      : m[1].toLowerCase() === "often"
        ? /\b()((?:once|twice|three times|\d+ times|every)\s+(?:a|an|per|each)?\s*(?:day|week|month|hour|morning|evening|night|other day))\b/gi
        : /\b()((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+times)\b/gi;
  const found = [...text.matchAll(want)];
  if (found.length !== 1 && !(found.length > 1 && found.every((f) => f[2].toLowerCase() === found[0][2].toLowerCase())))
    return null;
  const amount = `${found[0][1] ?? ""}${found[0][2]}`.trim();
  const sentence = sentences(text).find((x) => x.includes(found[0][0].trim())) ?? "";
  return say("[{}, as I said: {}|{}: {}]", cap(amount), sentence.trim(), cap(amount), sentence.trim());
}

/** Replies to a follow-up about the assistant's last answer; null when the message is not one. */
export function followUpReplies(turns: readonly ConversationTurn[]): Filled[] | null {
  const ex = lastExchange(turns);
  if (!ex) return null;
  if (/\brepeat after me\b|^\s*(?:please\s+)?(?:say|repeat|echo)\s*[:"'“]/i.test(ex.ask)) return null;
  const question = [...turns].reverse().filter((t) => t.role === "user")[1]?.text ?? "";
  return (
    countReplies(ex.ask, ex.answer) ??
    regexTestReplies(ex.ask, ex.answer) ??
    amountReplies(ex.ask, ex.answer) ??
    oneWordReplies(ex.ask, ex.answer, question) ??
    whyChoiceReplies(turns, ex.ask, ex.answer) ??
    ownMessageReplies(turns, ex.ask) ??
    ownMessageReplies(turns, ex.ask) ??
    numberItemsReplies(ex.ask, ex.answer) ??
    besideReplies(turns, ex.ask) ??
    ordinalReplies(ex.ask, ex.answer, question) ??
    whichItemReplies(ex.ask, ex.answer) ??
    saidAboutReplies(ex.ask, ex.answers) ??
    reshapeReplies(ex.ask, ex.answer) ??
    repeatReplies(ex.ask, ex.answer) ??
    shorterReplies(ex.ask, ex.answer) ??
    recallReplies(ex.ask, ex.answers)
  );
}

export const followUp: Skill = {
  name: "follow-up",
  does: "answers follow-ups about its own last answer: the second tip, the last part again, shorter, who wrote that book",
  reply: ({ turns }) => {
    const texts = followUpReplies(turns);
    return texts ? { texts, exact: true } : null;
  },
};
