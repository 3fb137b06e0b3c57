/** Follow-up questions ("What about Rome?", "And its population?") read against the turns before them. */
import type { ConversationTurn } from "./conversation";

/**
 * The last question rewritten against the turns before it, for retrieval: "What about Rome?" after
 * "What's the capital of France?" asks "What's the capital of Rome?"; "And its population?" after
 * an answer about Paris asks about Paris's population. Returns null when nothing needs resolving.
 */
export function resolveFollowUp(turns: readonly ConversationTurn[]): string | null {
  const lastIndex = findLast(turns, (t) => t.role === "user");
  if (lastIndex < 0) return null;
  const last = turns[lastIndex].text.trim();
  const prevUser = findLast(turns.slice(0, lastIndex), (t) => t.role === "user");
  if (prevUser < 0) return null;
  const previous = turns[prevUser].text;
  const about = /^\s*(?:and\s+|ok(?:ay)?,?\s+|so\s+)?(?:what|how) about\s+(?:the\s+)?(.+?)\s*\??\s*$/i.exec(last);
  if (about) {
    const entity = mainEntity(previous);
    const target = about[1];
    if (entity && new RegExp(`\\b${escape(entity)}\\b`, "i").test(previous))
      return previous.replace(new RegExp(`\\b${escape(entity)}\\b`, "i"), target);
    return `${previous} ${target}`;
  }
  // "Which one comes straight after Mars?" after a list of planets: which planet.
  const one =
    /^\s*(?:(?:and|ok(?:ay)?|so|now)[,]?\s+)*(which|what)\s+one(?:\s+of\s+(?:those|them|these|the\s+\w+))?\s+((?:is|was|comes?|came|has|had|lies|sits)\b.+?)\s*\??\s*$/i.exec(
      last,
    );
  if (one) {
    const kind = kindTalkedAbout(turns.slice(0, lastIndex));
    if (kind) return `${one[1].charAt(0).toUpperCase()}${one[1].slice(1).toLowerCase()} ${kind} ${one[2]}?`;
  }
  const its =
    /^\s*(?:and\s+|ok(?:ay)?,?\s+|so\s+)?(?:what about\s+|what['’]?s\s+|what is\s+|what are\s+|tell me\s+)?(?:its|their)\s+(.+?)\s*\??\s*$/i.exec(
      last,
    );
  if (its) {
    const entity = lastEntity(turns.slice(0, lastIndex));
    if (entity) return `What is the ${its[1]} of ${entity}?`;
  }
  return null;
}

/** Kinds of thing a list in the conversation may hold, plural and singular. */
const KINDS: [RegExp, string][] = [
  [/\bplanets\b/i, "planet"],
  [/\bhalogens\b/i, "halogen"],
  [/\bnoble gases\b/i, "noble gas"],
  [/\balkali metals\b/i, "alkali metal"],
  [/\belements\b/i, "element"],
  [/\bcountries\b/i, "country"],
  [/\bcities\b/i, "city"],
  [/\bcontinents\b/i, "continent"],
  [/\boceans\b/i, "ocean"],
];

/** The kind of thing the latest turns talk about ("the halogens are ..."), singular, else undefined. */
function kindTalkedAbout(turns: readonly ConversationTurn[]): string | undefined {
  for (const t of [...turns].reverse().slice(0, 3)) {
    const found = KINDS.find(([re]) => re.test(t.text));
    if (found) return found[1];
  }
  return undefined;
}

/** The entity a question is about: its last capitalized word group that is not its first word. */
function mainEntity(question: string): string | undefined {
  const found = [...question.matchAll(/(?<!^)(?<![.?!]\s)\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)/gu)]
    .map((m) => m[1])
    .filter((w) => w !== "I");
  if (found.length) return found[found.length - 1];
  const of = /\b(?:of|about|in|for)\s+(?:the\s+)?([a-z][\w-]+)\s*\??\s*$/i.exec(question);
  return of?.[1];
}

/** The entity the last exchange was about: what the answer's first sentence names that the question did not, else the question's. */
function lastEntity(turns: readonly ConversationTurn[]): string | undefined {
  const a = findLast(turns, (t) => t.role === "assistant");
  const u = findLast(turns, (t) => t.role === "user");
  const question = u >= 0 ? turns[u].text : "";
  if (a >= 0) {
    const first = turns[a].text.split(/(?<=[.!?])\s+/)[0];
    const names = [...first.matchAll(/\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)/gu)]
      .map((m) => m[1])
      .filter(
        (w) =>
          !/^(The|A|An|It|This|That|I|You|What|How|Why|And|Its|In|On|Yes|No|Sure|Here|There|Great|Good|Lovely|Nice|Okay|Ok|Absolutely|Certainly|Wonderful|Excellent|Perfect|Thanks|Hello|Hi|Well|Oh|Fantastic|Awesome|Cool|Glad|Happy|Of)$/.test(
            w,
          ),
      );
    const fresh = names.filter((n) => !question.includes(n));
    if (fresh.length) return fresh[0];
    if (names.length) return names[0];
  }
  return mainEntity(question);
}

function findLast<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const UNIT =
  "square (?:metres?|meters?|feet|foot|kilometres?|kilometers?|miles?|yards?)|sq\\.? ?(?:m|ft|km)|hectares?|acres?|yards?|tonnes?|stones?|cups?|tablespoons?|teaspoons?|°\\s?[CF]|degrees? (?:celsius|fahrenheit)|km\\/h|mph|kilometres?|kilometers?|km|miles?|metres?|meters?|feet|foot|ft|centimetres?|centimeters?|cm|inch(?:es)?|kilograms?|kg|pounds?|lbs?|grams?|g|ounces?|oz|litres?|liters?|gallons?|ml|m";

/** The number an answer gives: the one after "is" or "=", else the first with a unit, else the last. */
function answerNumber(answer: string): string | undefined {
  const text = answer.replace(/```[\s\S]*?```/g, " ");
  const num = `(-?\\d[\\d,]*(?:\\.\\d+)?)(\\s*(?:${UNIT})\\b)?`;
  const after = [
    ...text.matchAll(
      new RegExp(`\\b(?:is|are|=|equals|makes|comes to|gives)\\s+(?:about\\s+|roughly\\s+|around\\s+)?${num}`, "gi"),
    ),
  ];
  if (after.length) {
    const m = after[after.length - 1];
    return `${m[1]}${m[2] ?? ""}`.trim();
  }
  const withUnit = new RegExp(`(?<![\\w.])${num}`, "gi");
  const all = [...text.matchAll(withUnit)];
  const unit = all.find((m) => m[2]);
  const m = unit ?? all[all.length - 1];
  return m ? `${m[1]}${m[2] ?? ""}`.trim() : undefined;
}

/** The name an answer gives that the question did not: "Canberra" in "The capital of Australia is Canberra." */
function answerName(answer: string, question: string): string | undefined {
  const first = answer.split(/(?<=[.!?])\s+/)[0] ?? "";
  const names = [...first.matchAll(/\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)/gu)]
    .map((m) => m[1])
    .filter(
      (w) =>
        !/^(The|A|An|It|This|That|I|You|What|How|Why|And|Its|In|On|Yes|No|Sure|Here|There|NASA|IAU|Got|Noted|Okay|Ok|OK|Great|Done|Right|Alright|Certainly|Understood|Will|Remembered)$/.test(
          w,
        ) &&
        // "It's easy to remember": a contraction opens a sentence, it names nothing.
        !/^(?:It|That|This|There|Here|What|Let|He|She|I|You|We|They)'\w+$/.test(w),
    );
  return names.find((n) => !question.includes(n)) ?? names[0];
}

/** "Remember this word for me: lactose", "my word is tulip": the word the user named, unquoted. */
function namedWord(question: string): string | undefined {
  return /\b(?:word|term|name)\b(?:\s+(?:for me|for today|of the day|is|was|here))*\s*(?:[:=\-–]|\bis\b|\bwas\b)\s*([\p{L}][\p{L}'-]*)\s*[.!]?\s*$/iu.exec(
    question.trim(),
  )?.[1];
}

/** A value the user gave as a thing to check: quoted, or a token of letters and digits ("sunflower42"). */
function givenToken(question: string): string | undefined {
  const quoted = /["“'‘`]([^"”'’`\n]{1,40})["”'’`]/.exec(question);
  if (quoted && !/\s/.test(quoted[1].trim())) return quoted[1].trim();
  const mixed = [
    ...question.matchAll(/(?<![\w@.])([A-Za-z][\w!@#$%^&*-]*\d[\w!@#$%^&*-]*|\d+[A-Za-z][\w!@#$%^&*-]*)(?![\w@])/g),
  ];
  return mixed.length === 1 ? mixed[0][1] : undefined;
}

const OPS =
  /\b(divide|divided|multiply|multiplied|times|double|triple|halve|half|square|squared|cube|plus|minus|add|subtract|take away|percent|%|round|sqrt|square root|odd|even|prime|divisible)\b/i;
const WORD_TASK =
  /\b(letters?|vowels?|consonants?|characters?|backwards?|reverse|spell|uppercase|lowercase|syllables?|anagram)\b/i;

/**
 * A follow-up that works on the value of the assistant's last answer, rewritten as a question
 * that stands alone: "Now divide that by 3." after "... is 48." asks "Now divide 48 by 3.";
 * "What's that in miles?" after "42.195 km" asks "What is 42.195 km in miles?"; "How many
 * letters does it have?" after "... is Canberra." asks about Canberra; "What's the capital of
 * the second one?" names the item. "What are their capitals?" becomes one question per item.
 * Null when the message points back to nothing such an answer holds.
 */
export function referBack(
  turns: readonly ConversationTurn[],
  items: (answer: string) => string[],
): (string[] & { alternatives?: boolean }) | null {
  const lastIndex = findLast(turns, (t) => t.role === "user");
  if (lastIndex < 0) return null;
  const ask = turns[lastIndex].text.trim();
  // A share of the answer ("half of what's left") is said with a few more words.
  const share = /\b(?:half|third|quarter|%)\s+of\b/i.test(ask);
  if (ask.length > (share ? 140 : 120) || ask.split(/\s+/).length > (share ? 18 : 14)) return null;
  const a = findLast(turns.slice(0, lastIndex), (t) => t.role === "assistant" && t.text.trim() !== "");
  if (a < 0) return null;
  const answer = turns[a].text;
  const u = findLast(turns.slice(0, a), (t) => t.role === "user");
  const question = u >= 0 ? turns[u].text : "";
  const bare = ask.replace(/^(?:(?:and|now|ok|okay|so|great|thanks|then|cool)[,!.]?\s+)+/i, "");
  const POINTER = /\b(that number|that result|the result|that answer|the answer|that|it|this)\b/i;
  // "What's that in miles?", "How tall is it in feet?": the answer's quantity in another unit.
  const unitTo = new RegExp(`\\b(?:in|to|into)\\s+(${UNIT}|fahrenheit|celsius|kelvin)\\s*\\??\\.?$`, "i").exec(bare);
  // "In Fahrenheit?", "To miles?": nothing but the unit, so the answer's quantity is meant.
  if (unitTo && (POINTER.test(bare) || /^(?:what about\s+|how about\s+)?(?:in|to|into)\s+\S+\s*\??\.?$/i.test(bare))) {
    // "Convert 2 acres to square metres." then "And in hectares?": the quantity asked, not the answer's rounding of it.
    const given = new RegExp(`(?<![\\w.])(-?\\d[\\d,]*(?:\\.\\d+)?\\s*(?:${UNIT}))\\s+(?:to|in|into)\\b`, "i").exec(
      question,
    );
    if (given) return [`What is ${given[1]} in ${unitTo[1]}?`];
    const n = answerNumber(answer);
    if (n && new RegExp(`(?:${UNIT})$`, "i").test(n)) return [`What is ${n} in ${unitTo[1]}?`];
  }
  // "food's about 400 on top. how much is left over then?" after "... you have 1,140 left": a cost taken off the answer.
  const spent =
    /\b(\d[\d,.]*)\s+(?:on top|more|extra|as well)\b|\b(?:spend|spent|pay|paying|costs?)\s+(?:about\s+|around\s+)?(\d[\d,.]*)/i.exec(
      bare,
    );
  if (spent && /\bleft\b|\bremain/i.test(bare) && /\bleft\b|\bremain/i.test(answer)) {
    const n = answerNumber(answer)?.replace(/\s*[^\d.,-].*$/, "");
    if (n) return [`What is ${n} minus ${spent[1] ?? spent[2]}?`];
  }
  // "if they pay half of what's left, how much will they still owe?" after "... £150 is still owed": the rest of the rest.
  const part =
    /\b(half|a third|one third|a quarter|one quarter|(\d{1,2})\s*%)\s+of\s+(?:what(?:'s| is) left|the rest|the remainder|what(?:'s| is) (?:still )?owed|it|that)\b/i.exec(
      bare,
    );
  if (part && /\b(?:still|left|remain\w*|owe|owed|outstanding)\b/i.test(bare)) {
    const n = answerNumber(answer)?.replace(/\s*[^\d.,-].*$/, "");
    const f = part[2] ? Number(part[2]) / 100 : /half/i.test(part[1]) ? 1 / 2 : /third/i.test(part[1]) ? 1 / 3 : 1 / 4;
    if (n && !Number.isNaN(Number(n.replace(/,/g, "")))) {
      const whole = Number(n.replace(/,/g, ""));
      const paid = Math.round(whole * f * 100) / 100;
      return [`What is ${n} minus ${paid}?`];
    }
  }
  // "now do 9 times 8": a new sum, asked in full.
  const sum =
    /^(?:(?:ok(?:ay)?|great|thanks|cool|and)[,!.]?\s+)*(?:now\s+)?(?:do|try|work out|calculate)\s+(-?\d[\d,.]*\s*(?:times|plus|minus|divided by|multiplied by|x|\*|\+|-|\/)\s*-?\d[\d,.]*)\s*[?.!]?$/i.exec(
      ask,
    );
  if (sum) return [`What is ${sum[1]}?`];
  if (OPS.test(bare)) {
    const n = answerNumber(answer)?.replace(/\s*[^\d.,-].*$/, "");
    if (!n) return null;
    if (POINTER.test(bare)) return [bare.replace(POINTER, n)];
    // "Now divide by 3", "Add 10": the answer is what the operation works on.
    // "And divided by 4?", "times 3?", "plus 10?": the operation alone, on the answer.
    const tail = /^(divided by|multiplied by|times|plus|minus|over)\s+(-?\d[\d.,]*)\s*\??\.?$/i.exec(bare);
    if (tail) return [`What is ${n} ${tail[1].toLowerCase()} ${tail[2]}?`];
    const op = /^(divide|multiply)\s+(by\s+.+)$/i.exec(bare) ?? /^(add|subtract)\s+(.+)$/i.exec(bare);
    if (op)
      return [
        /^(add|subtract)$/i.test(op[1])
          ? `${op[1]} ${op[2].replace(/[.?!]+$/, "")} ${/add/i.test(op[1]) ? "to" : "from"} ${n}`
          : `${op[1]} ${n} ${op[2]}`,
      ];
    return null;
  }
  // "how many letters does my word have": the word the user gave earlier is the one meant.
  const MY_WORD =
    /\b(?:my|the|that|this|our)\s+(?:(?:favou?rite|chosen|secret|new|own)\s+)?word(?:\s+(?:for|of)\s+(?:today|the day))?\b/i;
  if (WORD_TASK.test(bare) && (POINTER.test(bare) || MY_WORD.test(bare))) {
    // "My word for today is 'planet'." / "Got it: your word is 'planet'.": the one quoted word given, not the reply's first name.
    const quoted = (t: string) => {
      const all = [...t.matchAll(/["“'‘]([\p{L}][\p{L}-]{0,40})["”'’](?!\p{L})/gu)].map((m) => m[1]);
      return new Set(all).size === 1 ? all[0] : undefined;
    };
    const given = quoted(answer) ?? quoted(question);
    if (given) {
      const pointers = new RegExp(`${MY_WORD.source}|\\b(?:it|that|this)\\b`, "gi");
      const letters =
        /^how many (letters|vowels|consonants|characters|syllables) (?:does|do|is|are)\s+(?:it|that|this)\s*(?:have|has|in it)?\s*\??$/i.exec(
          bare,
        );
      if (letters) return [`How many ${letters[1]} are in the word "${given}"?`];
      return [bare.replace(pointers, `"${given}"`)];
    }
  }
  if (WORD_TASK.test(bare) && POINTER.test(bare)) {
    // "giraffe. can you spell it out?", "AX-4471-QZ. How many characters is that?": the word said first.
    const own = /^\s*["'“]?([\p{L}\p{N}][\p{L}\p{N}-]{0,39})["'”]?\s*[.!:]\s+(.+)$/su.exec(bare);
    if (own) return [own[2].replace(POINTER, `"${own[1]}"`)];
    const name =
      givenToken(question) ??
      namedWord(question) ??
      answerName(answer, question) ??
      (answer.trim().split(/\s+/).length === 1 ? answer.trim().replace(/[.!]$/, "") : undefined);
    if (!name) return null;
    const letters =
      /^how many (letters|vowels|consonants|characters|syllables) (?:does|do|is|are)\s+(?:it|that|this)\s*(?:have|has|in it)?\s*\??$/i.exec(
        bare,
      );
    if (letters) return [`How many ${letters[1]} are in the word "${name}"?`];
    return [bare.replace(POINTER, `"${name}"`)];
  }
  // "And 20%?" after "What's 15% of 80?", "And 10 km?" after "Convert 5 km to miles.": the same question, another value.
  // "now do 20%", "try 30%", "same for 12": the same asking words.
  const redo =
    /^(?:(?:ok(?:ay)?|great|thanks|cool|and)[,!.]?\s+)*(?:now\s+)?(?:do|try|same (?:for|with)|work out|calculate|now)\s+(.+?)\s*[?.!]?$/i.exec(
      ask,
    );
  const swap = /^(?:and|what about|how about)\s+(-?\d[\d,]*(?:\.\d+)?)\s*(%|[a-z°]+)?\s*\??$/i.exec(
    redo ? `and ${redo[1]}` : ask,
  );
  if (swap) {
    const unit = swap[2] ?? "";
    const numbers = [...question.matchAll(/(-?\d[\d,]*(?:\.\d+)?)\s*(%|[a-z°]+)?/gi)];
    const same = unit
      ? numbers.filter((m) => (m[2] ?? "").toLowerCase() === unit.toLowerCase())
      : numbers.length === 1
        ? numbers
        : [];
    if (same.length !== 1) return null;
    const at = same[0].index ?? 0;
    // "now do 10" after "Convert 5 km to miles": the new number keeps the question's unit.
    const kept = unit ? "" : (same[0][0].slice(same[0][1].length) ?? "");
    return [
      `${question.slice(0, at)}${swap[1]}${unit === "%" ? "%" : unit ? ` ${unit}` : kept}${question.slice(at + same[0][0].length).replace(/^(?=[^\s?.!,])/, " ")}`,
    ];
  }
  // "And for silver?" after "What's the chemical symbol for gold?": the same question about another thing.
  const other = /^(?:what about |how about )?(for|of|in) ([\p{L}][\p{L} '-]{0,30}?)\s*\??$/iu.exec(bare);
  if (other && /^(and|what about|how about)\b/i.test(ask)) {
    const re = new RegExp(
      `\\b${other[1]}\\s+(?:the\\s+)?[\\p{L}'-]+(?:\\s+[A-Z][\\p{L}'-]+)*(?=\\s*[?.!]?\\s*$)`,
      "iu",
    );
    if (re.test(question)) return [question.replace(re, `${other[1]} ${other[2]}`)];
    return null;
  }
  // "and south korea?" after "What's the capital of Japan?", "And an ant?" after "How many legs does
  // a spider have?": the same question about another thing, put where the first thing was.
  const instead = anotherThing(ask, question, answer);
  if (instead) return [instead];
  // "What's the capital of the second one?"
  const nth = /\bthe (first|second|third|fourth|fifth|last) one\b/i.exec(bare);
  if (nth && /^(what|which|who|where|when|how)\b/i.test(bare)) {
    const list = items(answer);
    const k = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5 }[nth[1].toLowerCase() as "first"] ?? list.length;
    if (list.length >= 2 && k <= list.length) return [bare.replace(nth[0], list[k - 1].replace(/^the\s+/i, ""))];
    return null;
  }
  // "What are their capitals?": one question per item of the list.
  const each = /^what (?:are|were|is) (?:their|the) ([a-z]+?)s?(?: of (?:them|those|these|each))?\s*\??$/i.exec(bare);
  if (each && (/\btheir\b/i.test(bare) || /\bof (?:them|those|these|each)\b/i.test(bare))) {
    const list = items(answer);
    if (list.length >= 2 && list.length <= 8)
      return list.map((x) => `What is the ${each[1]} of ${x.replace(/^the\s+/i, "")}?`);
    return null;
  }
  // "How many moons does it have?": a data question about what the answer named.
  if (/^(how|what|which|where|when|who|is|does)\b/i.test(bare) && /\b(it|its)\b/i.test(bare)) {
    // The name the answer gave first, then the others it names: the first a skill answers is meant.
    const name = answerName(answer, question);
    if (!name) return null;
    const first = answer.split(/(?<=[.!?])\s+/)[0] ?? "";
    const others = [...first.matchAll(/\b([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*)/gu)]
      .map((m) => m[1])
      .filter((n) => n !== name && !/^(The|A|An|It|This|That|I|You|Yes|No|Sure|Here|There)$/.test(n));
    const asked = [name, ...others].map((n) => bare.replace(/\bits\b/i, `${n}'s`).replace(/\bit\b/i, n));
    return Object.assign(asked, { alternatives: true });
  }
  return null;
}

const NOT_A_THING =
  /\b(?:it|its|that|this|them|they|those|these|then|why|how|what|who|when|where|which|you|me|i|is|are|was|do|does|did|can|could|should|would|will|more|another|one|else|again|so|too|also|thanks|please)\b/i;

/**
 * "and X?" after a question about one thing: the question asked again with X in that thing's place.
 * The thing is the question's name that is not its first word ("Japan", "HTML"), else the "a/the
 * noun" the answer repeats ("a spider"). Undefined when the message is more than a bare name.
 */
function anotherThing(ask: string, question: string, answer: string): string | undefined {
  const m =
    /^(?:(?:ok(?:ay)?|so|now|hmm)[,!.]?\s+)?(?:and|what about|how about)\s+(?:for\s+)?((?:the|a|an)\s+)?([\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,3})\s*\?*\s*$/iu.exec(
      ask,
    );
  if (
    !m ||
    NOT_A_THING.test(m[2]) ||
    question.length > 160 ||
    !/\?\s*$|^(?:what|how|who|where|when|which|convert|name|give|tell)\b/i.test(question)
  )
    return undefined;
  const target = m[2].trim();
  const named = [...question.matchAll(/(?<!^)(?<![.?!]\s)\b([A-Z][\p{L}'-]*[A-Z]?[\p{L}'-]*(?:\s+[A-Z][\p{L}'-]+)*)/gu)]
    .map((x) => x[1])
    .filter((w) => w !== "I" && !/^(?:What|How|Who|Where|When|Which)$/.test(w));
  if (named.length === 1) return question.replace(named[0], target);
  if (named.length > 1) return undefined;
  const said = answer.toLowerCase();
  const nouns = [...question.matchAll(/\b(a|an|the)\s+([a-z][a-z-]+)\b/g)].filter((x) => said.includes(x[2]));
  if (nouns.length !== 1) return undefined;
  const article = m[1]?.trim() ?? (nouns[0][1] === "the" ? "the" : /^[aeiou]/i.test(target) ? "an" : "a");
  return question.replace(nouns[0][0], `${article} ${target}`);
}
