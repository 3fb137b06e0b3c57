/**
 * Word tasks, done on the text itself: counting letters, a given letter, vowels, characters or
 * words; spelling a word out or backwards; reversing words; sorting a list; the first, last,
 * longest or shortest; saying a word N times; palindromes and anagrams; and saying back exactly
 * what the user asked to be said (the echo that read/instructions.ts reads).
 */
import { digitsForWords } from "../language/numbers";
import { type Solved, phrased, registerSolver, solveParts, wantsOnlyYesNo } from "./computed";
import type { Skill, TextReplies } from "./skill";
import { solveVocabulary } from "./vocabulary-words";
import { solveNumberWords } from "./number-words";
import pluralize from "pluralize";

/** The text a task is about: quoted, else after "the word", else after a colon, else the last word. */
function subject(text: string, after?: RegExp): string | undefined {
  const quoted = /["“”'‘’`]([^"“”‘’`\n]{1,300}?)["“”'‘’`](?!\p{L})/u.exec(
    text.replace(/\b(\p{L}+)'s\b/gu, "$1\u0000s"),
  );
  if (quoted) return quoted[1].replace(/\u0000/g, "'").trim();
  // "the name of the largest ocean" asks for a name; it gives none.
  const word =
    /\bthe (?:word|name|string|text)\s+(?!(?:of|for|that|which|who|in|on|to)\b)([\p{L}\p{N}'-]{1,60})/iu.exec(text);
  if (word) return word[1];
  const colon = /:\s*(.{1,400}?)\s*$/su.exec(text);
  if (colon) return colon[1].replace(/[?.!]+$/, "").trim();
  if (after) {
    const m = after.exec(text);
    if (m) {
      const rest = text.slice(m.index + m[0].length).trim();
      // "how many letters does banana have": the word before the verb that ends the question.
      const w = /^([\p{L}\p{N}'-]{1,60})(?:\s+(?:have|has|contain|contains|got))?\s*[?.!]?\s*$/u.exec(rest);
      if (w) return w[1];
    }
  }
  return undefined;
}

const ONES =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
/** 0 to 99 in words: "forty-two". */
function inWords(n: number): string {
  if (n < 20) return ONES[n];
  return n % 10 ? `${TENS[Math.floor(n / 10)]}-${ONES[n % 10]}` : TENS[n / 10];
}

const letters = (s: string) => [...s].filter((c) => /\p{L}/u.test(c));
const wordsOf = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
const VOWELS = /[aeiouáàâäéèêëíìîïóòôöúùûü]/i;
/** A word, without the quotes around it: "necessary", "rock'n'roll". */
const WORD = String.raw`([\p{L}](?:[\p{L}'-]{0,58}[\p{L}])?)`;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** A list of items: "pear, apple, mango and kiwi", or words separated by spaces. */
function listOf(text: string): string[] {
  const body = text.replace(/[.?!]+$/, "").trim();
  const parts = /,|;|\n|\band\b|\bor\b/.test(body)
    ? body.split(/\s*(?:,|;|\n)\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    : body.split(/\s+/);
  return parts.map((p) => p.trim().replace(/^["'“‘]|["'”’]$/g, "")).filter(Boolean);
}

/** Words after "order" that name what the order is by: the sun, size, age, height, date, first/last. */
const ORDER_BY_PROPERTY =
  /\border\s+(?:of|by|from|according to|based on)\b|\b(?:from|by)\s+(?:the\s+)?(?:sun|size|age|height|weight|distance|date|year|length|population|speed|price|value)\b|\b(?:nearest|closest|farthest|furthest|biggest|largest|smallest|oldest|youngest|newest|earliest|latest|tallest|shortest|heaviest|lightest|longest|fastest|slowest|hottest|coldest)(?:\s+(?:one|planet))?\s+first\b|\bchronological(?:ly)?\b/i;

function solveWords(message: string, yesNoOnly = false): Solved | null {
  const t = message.replace(/[’‘]/g, "'").trim();
  if (t.length > 1500) return null;
  let m: RegExpExecArray | null;

  // "How many letters are in the alphabet?"
  if (/\bhow many letters\b[^?]{0,30}\b(?:english\s+)?alphabet\b/i.test(t))
    return {
      value: "26",
      texts: phrased([
        ["The English alphabet has 26 letters.", 0.6],
        ["26: A to Z.", 0.4],
      ]),
    };
  // "How many digits are in 4,502,391?": the digits of the number, its grouping commas not counted.
  m =
    /\bhow many digits\s+(?:are\s+)?(?:in|does|do|has)\s+(?:the\s+number\s+)?(-?\d{1,3}(?:,\d{3})+|-?\d+)(?:\s+(?:have|has|contain))?\s*\??\s*$/i.exec(
      t,
    );
  if (m) {
    const digits = m[1].replace(/[^\d]/g, "").length;
    return {
      value: String(digits),
      texts: phrased([
        [`${m[1]} has ${digits} digits.`, 0.6],
        [`There are ${digits} digits in ${m[1]}${/,/.test(m[1]) ? " (the commas only group them)" : ""}.`, 0.4],
      ]),
    };
  }
  // "What is the longest word in 'I love programming'?", "the shortest word in this sentence: ..."
  m = /\b(?:the\s+)?(longest|shortest)\s+word\s+(?:in|of)\b/i.exec(t);
  if (m) {
    const text = subject(t.slice(m.index + m[0].length)) ?? subject(t);
    const list: string[] = text ? [...wordsOf(text)] : [];
    if (list.length >= 2) {
      const longest = m[1].toLowerCase() === "longest";
      const best = list.reduce((a: string, b: string) =>
        (longest ? b.length > a.length : b.length < a.length) ? b : a,
      );
      const tied = list.filter((w) => w.length === best.length && w.toLowerCase() !== best.toLowerCase());
      const also = tied.length ? ` (tied with ${tied.map((w) => `"${w}"`).join(", ")})` : "";
      return {
        value: best,
        texts: phrased([
          [`"${best}", with ${count(best.length, "letter")}${also}.`, 0.6],
          [`The ${m[1].toLowerCase()} word is "${best}": ${count(best.length, "letter")}${also}.`, 0.4],
        ]),
      };
    }
  }
  // "Say the word banana exactly three times", "repeat 'hip' 3 times"
  m =
    /\b(?:say|repeat|write|type|print)\s+(?:the\s+word\s+)?["'“]?([\p{L}\p{N}' -]{1,40}?)["'”]?\s+(?:exactly\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+times\b/iu.exec(
      t,
    ) ??
    // "Say the word aboard exactly twice, nothing else."
    /\b(?:say|repeat|write|type|print)\s+(?:the\s+word\s+)?["'“]?([\p{L}\p{N}' -]{1,40}?)["'”]?\s+(?:exactly\s+)?(twice|thrice)\b/iu.exec(
      t,
    );
  if (m) {
    const names = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    const n = /^\d+$/.test(m[2])
      ? Number(m[2])
      : /^twice$/i.test(m[2])
        ? 2
        : /^thrice$/i.test(m[2])
          ? 3
          : names.indexOf(m[2].toLowerCase()) + 1;
    if (n < 1 || n > 50) return null;
    const word = m[1].trim();
    const text = Array.from({ length: n }, () => word).join(" ");
    return {
      value: text,
      texts: phrased([
        [text, 0.7],
        [`${cap(text)}.`, 0.3],
      ]),
    };
  }

  // Vowels / consonants: "How many vowels are in 'education'?"
  m = /\bhow many\s+(vowels|consonants)\b|\bcount\s+(?:the\s+)?(vowels|consonants)\b/i.exec(t);
  if (m) {
    const target = subject(t, /\b(?:in|does)\s+(?:the\s+word\s+)?/i);
    if (!target) return null;
    const kind = (m[1] ?? m[2]).toLowerCase();
    const found = letters(target).filter((c) => (kind === "vowels") === VOWELS.test(c));
    const n = found.length;
    const list = found.map((c) => c.toLowerCase()).join(", ");
    return {
      value: String(n),
      texts: phrased([
        [`"${target}" has ${count(n, kind.slice(0, -1))}${n ? `: ${list}` : ""}.`, 0.6],
        [`There are ${count(n, kind.slice(0, -1))} in "${target}".`, 0.4],
      ]),
    };
  }

  // A given letter: "How many r's are in strawberry?", "How many times does the letter s appear in 'mississippi'?"
  m =
    /\bhow many times\s+(?:(?:does|do|is|will)\s+)?(?:the\s+)?(?:letter\s+)?["']?(\p{L})["']?\s+(?:appear|occur|show up|shows up|come up|comes up|used)/iu.exec(
      t,
    ) ??
    /\bhow many\s+(?:letter\s+)?["']?(\p{L})["']?(?:'s|s)?["']?\s+(?:are\s+|is\s+)?(?:there\s+)?(?:in|does)\b/iu.exec(
      t,
    ) ??
    /\bcount\s+(?:the\s+)?(?:number of\s+)?(?:letter\s+)?["']?(\p{L})["']?(?:'s|s)?["']?\s+in\b/iu.exec(t) ??
    // "...and how many of them are the letter s?": the word the message quoted, given back by the words skill.
    /\bhow many of (?:them|those|its letters|the letters)\s+(?:are|is)\s+(?:the\s+letter\s+|an?\s+)?["']?(\p{L})["']?(?:'s)?(?![\p{L}])/iu.exec(
      t,
    );
  if (m) {
    const letter = m[1].toLowerCase();
    const rest = t.slice(m.index + m[0].length);
    const target = subject(rest, /^/) ?? subject(t, /\b(?:in|does)\s+(?:the\s+word\s+)?/i);
    if (!target || target.length > 400) return null;
    const n = [...target.toLowerCase()].filter((c) => c === letter).length;
    const shown = n === 1 ? `"${letter}"` : `${letter}'s`;
    return {
      value: String(n),
      texts: phrased([
        [`There ${n === 1 ? "is" : "are"} ${n} ${shown} in "${target}".`, 0.5],
        [`"${target}" has ${n} ${shown}.`, 0.3],
        [`${n}: ${spellOut(target, letter)}.`, 0.2],
      ]),
    };
  }

  // Letters / characters: "How many letters are in the word 'encyclopedia'?"
  m =
    /\bhow many\s+(letters|characters|chars)\b|\b(?:count|number of)\s+(?:the\s+)?(letters|characters)\b|\bhow long is (?:the word\s+)?["'“]/i.exec(
      t,
    );
  if (m) {
    const target = subject(t, /\b(?:in|is|does)\s+(?:the\s+word\s+)?/i);
    // "How many characters is that?" points at a text elsewhere (the whole message has it), not at "that".
    if (!target || /^(?:that|this|it|them|those|these)$/i.test(target)) return null;
    const kind = (m[1] ?? m[2] ?? "letters").toLowerCase().startsWith("char") ? "characters" : "letters";
    const noSpaces = /\b(?:without|excluding|not counting|no)\s+(?:the\s+)?spaces?\b/i.test(t);
    const n =
      kind === "letters"
        ? letters(target).length
        : noSpaces
          ? [...target].filter((c) => !/\s/.test(c)).length
          : [...target].length;
    const note = kind === "characters" && /\s/.test(target) ? (noSpaces ? " without spaces" : " including spaces") : "";
    return {
      value: String(n),
      texts: phrased([
        [`"${target}" has ${count(n, kind.slice(0, -1))}${note}.`, 0.6],
        [`There are ${count(n, kind.slice(0, -1))}${note} in "${target}".`, 0.4],
      ]),
    };
  }

  // Plurals and singulars, from pluralize's rules and its list of irregular words (mouse, mice; sheep, sheep).
  m = new RegExp(
    String.raw`\b(plural|singular)\s+(?:form\s+)?of\s+(?:the\s+word\s+)?["'“‘]?${WORD}["'”’]?\s*[?.!]*\s*$`,
    "iu",
  ).exec(t);
  if (m) {
    const word = m[2].toLowerCase();
    const plural = m[1].toLowerCase() === "plural";
    const out = plural ? pluralize.plural(word) : pluralize.singular(word);
    return {
      value: out,
      texts: phrased([
        [`The ${m[1].toLowerCase()} of "${word}" is "${out}".`, 0.6],
        [`"${out}".`, 0.2],
      ]),
    };
  }

  // "How many words start with the letter s in 'She sells sea shells'?": the words with that first or last letter.
  m =
    /\b(?:how many|count(?:\s+the)?)\s+words\b[^?:]{0,90}?\b(start|starts|starting|begin|begins|beginning|end|ends|ending)\s+(?:with|in)\s+(?:(?:the|a|an)\s+)?(?:letter\s+)?["'“‘]?(\p{L})["'”’]?(?![\p{L}'])/iu.exec(
      t,
    );
  if (m) {
    const text = subject(t.replace(m[0], " ")) ?? subject(t);
    const list = text ? wordsOf(text) : [];
    if (list.length < 2) return null;
    const letter = m[2].toLowerCase();
    const first = /^(?:start|begin)/i.test(m[1]);
    const kept = list.filter((w) => {
      const bare = w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      return first ? bare.startsWith(letter) : bare.endsWith(letter);
    });
    const how = first ? "start" : "end";
    const n = kept.length;
    const shown = kept.map((w) => `"${w}"`).join(", ");
    return {
      value: String(n),
      texts: phrased([
        [`${count(n, "word")} ${n === 1 ? `${how}s` : how} with "${letter}"${n ? `: ${shown}` : ""}.`, 0.6],
        [
          `There ${n === 1 ? "is" : "are"} ${count(n, "word")} that ${n === 1 ? `${how}s` : how} with "${letter}"${n ? `: ${shown}` : ""}.`,
          0.4,
        ],
      ]),
    };
  }

  // "the plural of mouse, child and cactus": each word of the list, in the order given.
  m =
    /\b(plural|singular)s?\s+(?:forms?\s+)?of\s+(?:the\s+words\s+|(?:these|the following|these words)\s*:?\s*)?((?:["'“‘]?[\p{L}][\p{L}'-]{0,30}["'”’]?\s*(?:,|\band\b|&|\/)\s*(?:and\s+)?){1,9}["'“‘]?[\p{L}][\p{L}'-]{0,30}["'”’]?)\s*[?.!]*\s*$/iu.exec(
      t,
    );
  if (m) {
    const plural = m[1].toLowerCase() === "plural";
    const words = m[2]
      .split(/\s*(?:,|\band\b|&|\/)\s*/i)
      .map((w) =>
        w
          .replace(/^["'“‘]|["'”’]$/g, "")
          .trim()
          .toLowerCase(),
      )
      .filter(Boolean);
    if (words.length >= 2 && words.every((w) => !/\s/.test(w))) {
      const pairs = words.map((w) => [w, plural ? pluralize.plural(w) : pluralize.singular(w)]);
      const kind = plural ? "plurals" : "singulars";
      return {
        value: pairs.map(([, o]) => o).join(", "),
        texts: phrased([
          [`The ${kind}: ${pairs.map(([w, o]) => `"${w}" becomes "${o}"`).join(", ")}.`, 0.6],
          [pairs.map(([w, o]) => `${w}: ${o}`).join("\n"), 0.4],
        ]),
      };
    }
  }

  // Words: "Count the words in this sentence: ...", "How many words are in 'to be or not to be'?"
  m = /\bhow many words\b|\bcount\s+(?:the\s+)?(?:number of\s+)?words\b|\bword count\b/i.exec(t);
  if (m) {
    const target = subject(t);
    if (!target) return null;
    const n = wordsOf(target).length;
    return {
      value: String(n),
      texts: phrased([
        [`That sentence has ${count(n, "word")}.`, 0.5],
        [`There are ${count(n, "word")} in it.`, 0.5],
      ]),
    };
  }

  // Reversing: "Spell 'necessary' backwards", "Reverse the string 'OpenAI'", "What word do you get if
  // you reverse 'stressed'?", "Reverse the order of these words: sun moon star", "reverse this sentence: ..."
  // "Reverse the letters of each word but keep the word order: cat dog": each word backwards, in place.
  if (
    /\b(?:backwards?|in reverse|reversed?|reversing)\b/i.test(t) &&
    /\b(?:each|every) word\b/i.test(t) &&
    !/\border of (?:the )?words\b(?![^.]*\bkeep)/i.test(t)
  ) {
    // "keep the word order: cat dog": the text after the colon, not "the word order".
    const target = /:\s*(\S.{0,300}?)\s*$/su.exec(t)?.[1]?.replace(/^["“'‘](.*)["”'’]$/, "$1") ?? subject(t);
    if (target && wordsOf(target).length >= 2) {
      const out = target.replace(/[\p{L}\p{N}'’-]+/gu, (w) => [...w].reverse().join(""));
      return {
        value: out,
        texts: phrased([
          [out, 0.6],
          [`Each word reversed: ${out}`, 0.4],
        ]),
      };
    }
  }
  if (/\b(?:backwards?|in reverse|reversed?|reversing)\b/i.test(t) && !/\balphabet(?:ical)?\b/i.test(t)) {
    const target =
      subject(t) ??
      new RegExp(String.raw`\b(?:spell|write|say|type|print)\s+${WORD}\s+(?:backwards?|in reverse)\b`, "iu").exec(
        t,
      )?.[1] ??
      new RegExp(String.raw`\breverse\s+${WORD}\s*[.?!]?\s*$`, "iu").exec(t)?.[1];
    // "List three planets in reverse order" asks for an order, not the word "order" backwards.
    if (target && !/^(it|this|that|them|these|the|order)$/i.test(target)) {
      const sentence = /\s/.test(target.trim());
      const byWords =
        /\b(?:order of (?:the |these |those )?(?:words|items|numbers|letters|names|elements)|words? order|reverse (?:the |these |this |my )?(?:words|list|items|sentence|numbers|names)|(?:words|items|numbers) in reverse)\b/i.test(
          t,
        ) && sentence;
      const out = byWords
        ? /,/.test(target)
          ? listOf(target).reverse().join(", ")
          : wordsOf(target).reverse().join(" ")
        : [...target].reverse().join("");
      if (byWords)
        return {
          value: out,
          texts: phrased([
            [out, 0.6],
            [`Reversed: ${out}`, 0.4],
          ]),
        };
      const spelledOut = [...out].map((c) => c.toUpperCase()).join("-");
      return {
        value: out,
        texts: phrased(
          sentence
            ? [
                [`Backwards: "${out}"`, 0.5],
                [`"${target}" reversed is "${out}".`, 0.5],
              ]
            : [
                [`${cap(target)} backwards is "${out}".`, 0.5],
                [`"${out}"`, 0.2],
                [`Backwards, ${target} is spelled ${spelledOut}: "${out}".`, 0.3],
              ],
        ),
      };
    }
  }

  // Spelling: "Spell the word rhythm letter by letter", "How do you spell necessary?"
  m =
    new RegExp(
      // "a spell is" is a noun: only the verb spells.
      String.raw`(?<!\b(?:a|an|the|this|that|my|your|magic)\s)\b(?:spell|spelling of)\s+(?!is\b|are\b|was\b|were\b)(?:out\s+)?(?:the\s+word\s+)?["'“]?${WORD}["'”]?(?:\s+(?:letter by letter|for (?:me|us|(?:my|our|the) [a-z]+)|out loud|please|out|in (?:capital letters|capitals|upper ?case|lower ?case)))*\s*[.?!]?\s*$`,
      "iu",
    ).exec(t) ??
    new RegExp(
      String.raw`\bhow (?:do you|do i|to|does one|would you) spell\s+(?:the\s+word\s+)?["'“]?${WORD}["'”]?\s*[.?!]?\s*$`,
      "iu",
    ).exec(t);
  if (m && !/^(it|this|that|them|out)$/i.test(m[1])) {
    const word = m[1];
    const spelled = [...word].map((c) => c.toUpperCase()).join("-");
    return {
      value: spelled,
      texts: phrased([
        [`${cap(word)} is spelled ${spelled}.`, 0.6],
        [`${spelled}.`, 0.4],
      ]),
    };
  }
  // "Print the word 'code' with spaces between the letters", "put dashes between the letters of 'cat'"
  m = /\b(spaces|dashes|hyphens|commas|dots)\s+between\s+(?:the\s+|its\s+|each\s+)?letters?\b/i.exec(t);
  if (m) {
    const target = subject(t);
    if (target) {
      const sep = { spaces: " ", dashes: "-", hyphens: "-", commas: ", ", dots: "." }[m[1].toLowerCase()] ?? " ";
      const out = [...target.replace(/\s+/g, "")].join(sep);
      return { value: out, texts: phrased([[out, 1]]) };
    }
  }

  // Case: "Make this uppercase: hello world", "Write 'good morning' in all caps", "Capitalize each word: ..."
  m =
    /\b(?:convert|change|turn|write|make|put|rewrite|transform|type|print|render|set|give me)\b[^:\n]{0,60}?\b(upper ?case|all caps|all capitals|capital letters|capitals|lower ?case|small letters|title case|sentence case)\b/i.exec(
      t,
    ) ??
    /\b(capitali[sz]e)\s+(?:each|every|all the|the first letter of each|the first letter of every)?\s*(?:word|words)?\b/i.exec(
      t,
    );
  // "Write your answer in all caps: what is 2 plus 2?" says how to answer, not what to convert.
  if (
    m &&
    /\b(?:your|the)\s+(?:answer|reply|response)\b|\b(?:answer|reply|respond)\s+in\b/i.test(
      t.slice(0, m.index + m[0].length),
    )
  )
    m = null;
  if (m) {
    const target = subject(t);
    if (target && target.length <= 400) {
      const how = m[1].toLowerCase();
      const out = /upper|caps|capital letters|capitals/.test(how)
        ? target.toUpperCase()
        : /lower|small/.test(how)
          ? target.toLowerCase()
          : /sentence/.test(how)
            ? cap(target.toLowerCase())
            : target.replace(/\p{L}[\p{L}']*/gu, (w) => cap(w.toLowerCase()));
      return { value: out, texts: phrased([[out, 1]]) };
    }
  }

  // "Give me the word 'rainbow' with each letter on a new line"
  if (/\b(?:each|every|one)\s+letter\s+(?:on|per)\s+(?:a\s+)?(?:new|its own|separate|different)?\s*line\b/i.test(t)) {
    const target = subject(t);
    if (target && target.length <= 100) {
      const out = letters(target).join("\n");
      return { value: out, texts: phrased([[out, 1]]) };
    }
  }

  // Removing and replacing: "Remove the vowels from 'programming'", "Replace every 'a' with 'o' in 'banana'"
  m =
    /\b(?:remove|delete|strip|take out|drop)\s+(?:all\s+)?(?:the\s+)?(vowels|consonants|spaces|punctuation|numbers|digits)\b/i.exec(
      t,
    );
  if (m) {
    const target = subject(t.slice(m.index + m[0].length)) ?? subject(t);
    if (target) {
      const what = m[1].toLowerCase();
      const keep = (c: string) =>
        what === "vowels"
          ? !VOWELS.test(c)
          : what === "consonants"
            ? !/\p{L}/u.test(c) || VOWELS.test(c)
            : what === "spaces"
              ? !/\s/.test(c)
              : what === "punctuation"
                ? !/[\p{P}]/u.test(c)
                : !/\d/.test(c);
      const out = [...target].filter(keep).join("");
      return {
        value: out,
        texts: phrased([
          [out, 0.6],
          [`Without the ${what}: ${out}`, 0.4],
        ]),
      };
    }
  }
  m =
    /\breplace\s+(?:every|each|all(?: the)?|the)?\s*["'“]?([\p{L}\p{N}]{1,20})["'”]?s?\s+with\s+["'“]?([\p{L}\p{N}]{0,20})["'”]?\s+in\s+(.{1,400})$/iu.exec(
      t,
    );
  if (m) {
    const target = subject(m[3]) ?? m[3].replace(/[?.!]+$/, "").trim();
    const out = target.split(m[1]).join(m[2]);
    return {
      value: out,
      texts: phrased([
        [out, 0.6],
        [`With every "${m[1]}" replaced by "${m[2]}": ${out}`, 0.4],
      ]),
    };
  }

  // Acronyms: "Make an acronym from 'as soon as possible'"
  // "Take the first letter of each word in 'Keep It Simple Stupid'", "the acronym for Portable Network Graphics".
  m = /\b(?:acronym|initials|abbreviation)\b|\bfirst letters?\s+of\s+(?:each|every|all the|the)\s+words?\b/i.exec(t);
  if (m && /\b(?:make|give|form|create|what(?:'s| is| do)|turn|take|put|join|combine|spell)\b/i.test(t)) {
    const target =
      subject(t) ??
      /\b(?:acronym|abbreviation|initials)\s+(?:for|of)\s+(?:the\s+)?([\p{L}][\p{L}' -]{2,80}?)\s*[?.!]*$/iu.exec(
        t,
      )?.[1];
    if (target && wordsOf(target).length >= 2) {
      const out = wordsOf(target)
        .map((w) => w.charAt(0).toUpperCase())
        .join("");
      return {
        value: out,
        texts: phrased([
          [out, 0.5],
          [`The acronym is ${out}.`, 0.5],
        ]),
      };
    }
  }

  // Sequences: "Count from 1 to 10", "Write the numbers from 1 to 20", "Count backwards from 10 to 1"
  m =
    /\b(?:count|write|list|print|give me|say|type)\s+(?:out\s+)?(?:(?:all\s+)?the\s+(?:numbers|integers)\s+(?:from\s+)?|(?:(?:backwards?|down)\s+)?from\s+)(-?\d{1,6})\s+(?:to|through|until|till|down to)\s+(-?\d{1,6})\b/i.exec(
      digitsForWords(t),
    );
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (Math.abs(b - a) > 200) return null;
    const step = b >= a ? 1 : -1;
    // "The numbers one to five in words": spelled out, when every one can be.
    const spelled = /\b(?:in|as)\s+words\b|\bspelled out\b|\bspell(?:ed)? them\b/i.test(t);
    if (spelled && (Math.min(a, b) < 0 || Math.max(a, b) > 99)) return null;
    const list = Array.from({ length: Math.abs(b - a) + 1 }, (_, i) =>
      spelled ? cap(inWords(a + i * step)) : String(a + i * step),
    );
    const out = list.join(", ");
    return {
      value: out,
      texts: phrased([
        [out, 0.6],
        [`${list.join(", ")}.`, 0.4],
      ]),
    };
  }
  // The alphabet: "Say the alphabet backwards"
  m =
    /\b(?:say|recite|write|type|list|print|give me|sing)\s+(?:me\s+)?(?:the\s+)?(?:whole\s+|english\s+)?alphabet\b(.{0,30})$/i.exec(
      t,
    );
  if (m) {
    const letters26 = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
    if (/backwards?|reverse/i.test(m[1])) letters26.reverse();
    const out = letters26.join(" ");
    return {
      value: out,
      texts: phrased([
        [out, 0.6],
        [letters26.join(", "), 0.4],
      ]),
    };
  }

  // Sorting: "Sort these words alphabetically: pear, apple, mango, kiwi"
  m =
    /\b(?:sort|order|arrange|put|alphabeti[sz]e|list)\b[^:\n]{0,60}?\b(alphabetical(?:ly)?|a to z|a-z|z to a|z-a|reverse alphabetical(?:ly)?|alphabeti[sz]e|ascending|descending|smallest to largest|largest to smallest|lowest to highest|highest to lowest|order)\b[^:\n]{0,40}:\s*(.{1,800})$/isu.exec(
      t,
    ) ??
    /\balphabeti[sz]e\b[^:\n]{0,40}:\s*(.{1,800})$/isu.exec(t) ??
    /\bsort\b\s*(?:these|the following|this|my|the)?\s*(?:numbers|words|names|items|list|values|fruits|animals|colou?rs)?\s*:\s*(.{1,800})$/isu.exec(
      t,
    );
  if (m) {
    const body = m[2] ?? m[1];
    const how = m[2] ? m[1].toLowerCase() : "alphabetical";
    const items = listOf(body);
    if (items.length < 2 || items.length > 200) return null;
    const numeric = items.every((i) => /^-?\d+(?:\.\d+)?$/.test(i));
    // "in order from the sun", "in order of size", "by age, oldest first": an order by a property of the
    // things, which the letters of their names are not.
    if (!numeric && how === "order" && ORDER_BY_PROPERTY.test(t.slice(0, t.indexOf(body)))) return null;
    const desc = /z to a|z-a|reverse|descending|largest to smallest|highest to lowest/.test(how);
    const sorted = [...items].sort((a, b) =>
      numeric ? Number(a) - Number(b) : a.localeCompare(b, "en", { sensitivity: "base" }),
    );
    if (desc) sorted.reverse();
    const out = sorted.join(", ");
    return {
      value: out,
      texts: phrased([
        [out, 0.5],
        [`${numeric ? "In order" : desc ? "From Z to A" : "Alphabetically"}: ${out}.`, 0.5],
      ]),
    };
  }

  // Longest / shortest: "Which is the longest word: cat, elephant, giraffe, dog?"
  m =
    /\b(?:which|what)(?:\s+(?:word|one|name|item))?(?:\s+of\s+(?:these|those|the following|the)(?:\s+(?:words|names|items))?)?(?:\s+is|'s)?\s+(?:the\s+)?(longest|shortest)(?:\s+(?:word|name|one))?\b[^:]*:\s*(.{1,600})$/isu.exec(
      t,
    ) ?? /\b(?:which|what)(?:\s+is|'s)?\s+(?:the\s+)?(longest|shortest)\b[^:]*:\s*(.{1,600})$/isu.exec(t);
  if (m) {
    const items = listOf(m[2]);
    if (items.length < 2) return null;
    const len = (s: string) => letters(s).length;
    const best = m[1].toLowerCase() === "longest" ? Math.max(...items.map(len)) : Math.min(...items.map(len));
    const winners = items.filter((i) => len(i) === best);
    const which = winners.length === 1 ? `"${winners[0]}"` : winners.map((w) => `"${w}"`).join(" and ");
    return {
      value: winners.join(", "),
      texts: phrased([
        [
          `${cap(winners.length === 1 ? which : `${which} tie`)}${winners.length === 1 ? " is the " + m[1].toLowerCase() : ` for ${m[1].toLowerCase()}`}, with ${count(best, "letter")}.`,
          0.6,
        ],
        [`The ${m[1].toLowerCase()} is ${which} (${count(best, "letter")}).`, 0.4],
      ]),
    };
  }

  // Comparing two: "Which word is longer, 'cat' or 'horse'?", "Which comes first alphabetically: pear or apple?"
  m =
    /\bwhich\s+(?:word\s+|one\s+|name\s+)?(?:is\s+|has\s+)?(longer|shorter|more letters|fewer letters|comes first|comes last|comes earlier|comes later)\b(?:\s+(?:alphabetically|in the alphabet|in alphabetical order|in the dictionary))?\s*[,:]?\s*(?:between\s+)?["'“]?([\p{L}](?:[\p{L}'-]{0,38}[\p{L}])?)["'”]?\s*,?\s+(?:or|and)\s+["'“]?([\p{L}](?:[\p{L}'-]{0,38}[\p{L}])?)["'”]?/iu.exec(
      t,
    );
  if (m) {
    const [a, b] = [m[2], m[3]];
    const how = m[1].toLowerCase();
    if (/longer|shorter|letters/.test(how)) {
      const [la, lb] = [letters(a).length, letters(b).length];
      if (la === lb) return one(`Neither: "${a}" and "${b}" both have ${count(la, "letter")}.`, "neither");
      const wantLong = /longer|more/.test(how);
      const win = la > lb === wantLong ? a : b;
      const lose = win === a ? b : a;
      return {
        value: win,
        texts: phrased([
          [
            `"${win}" is ${wantLong ? "longer" : "shorter"}: ${count(letters(win).length, "letter")} against ${letters(lose).length}.`,
            1,
          ],
        ]),
      };
    }
    const order = a.localeCompare(b, "en", { sensitivity: "base" });
    if (order === 0) return null;
    const first = order < 0 ? a : b;
    const win = /first|earlier/.test(how) ? first : first === a ? b : a;
    return {
      value: win,
      texts: phrased([[`"${win}" comes ${/first|earlier/.test(how) ? "first" : "last"} alphabetically.`, 1]]),
    };
  }

  // The nth word, the middle letter
  m =
    /\b(?:what(?:'s| is)\s+)?the\s+(first|second|third|fourth|fifth|last|(\d{1,2})(?:st|nd|rd|th))\s+word\s+(?:of|in)\b/i.exec(
      t,
    );
  if (m) {
    const target = subject(t.slice(m.index + m[0].length)) ?? subject(t);
    if (target) {
      const list = wordsOf(target);
      const o = m[1].toLowerCase();
      const i =
        o === "last"
          ? list.length - 1
          : m[2]
            ? Number(m[2]) - 1
            : ["first", "second", "third", "fourth", "fifth"].indexOf(o);
      if (i >= 0 && i < list.length)
        return {
          value: list[i],
          texts: phrased([
            [`The ${o} word is "${list[i]}".`, 0.6],
            [`"${list[i]}"`, 0.4],
          ]),
        };
    }
  }
  m = new RegExp(String.raw`\bmiddle\s+letter\s+(?:of|in)\s+(?:the\s+word\s+)?["'“]?${WORD}["'”]?`, "iu").exec(t);
  if (m) {
    const chars = letters(m[1]);
    if (chars.length % 2 === 0)
      return one(
        `"${m[1]}" has ${chars.length} letters, so it has two middle letters: ${chars[chars.length / 2 - 1]} and ${chars[chars.length / 2]}.`,
        `${chars[chars.length / 2 - 1]}${chars[chars.length / 2]}`,
      );
    const mid = chars[(chars.length - 1) / 2];
    return { value: mid, texts: phrased([[`The middle letter of "${m[1]}" is ${mid.toUpperCase()}.`, 1]]) };
  }

  // Letters by kind: "Which letter appears most in 'banana'?", "How many unique letters are in 'balloon'?",
  // "How many capital letters are in ...?", "What are the vowels in 'umbrella'?"
  m = /\bwhich\s+letters?\s+(?:appears?|occurs?|is used|comes up|shows up)\s+(?:the\s+)?most\b/i.exec(t);
  if (m) {
    const target = subject(t);
    if (target) {
      const freq = new Map<string, number>();
      for (const c of letters(target.toLowerCase())) freq.set(c, (freq.get(c) ?? 0) + 1);
      const top = Math.max(...freq.values());
      const winners = [...freq].filter(([, n]) => n === top).map(([c]) => c);
      const said = winners.map((c) => `"${c}"`).join(" and ");
      return {
        value: winners.join(", "),
        texts: phrased([
          [
            `${cap(said)} ${winners.length > 1 ? "appear" : "appears"} most, ${top} times each.`.replace(
              " each.",
              winners.length > 1 ? " each." : ".",
            ),
            1,
          ],
        ]),
      };
    }
  }
  m =
    /\bhow many\s+(unique|different|distinct|capital|uppercase|upper-case|lowercase|lower-case|small)\s+letters\b/i.exec(
      t,
    ) ??
    // "Count the capital letters in this sentence: '...'"
    /\bcount\s+(?:up\s+)?(?:all\s+)?(?:the\s+)?(unique|different|distinct|capital|uppercase|upper-case|lowercase|lower-case|small)\s+letters\b/i.exec(
      t,
    );
  if (m) {
    const target = subject(t);
    if (target) {
      const kind = m[1].toLowerCase();
      const chars = letters(target);
      const n = /unique|different|distinct/.test(kind)
        ? new Set(chars.map((c) => c.toLowerCase())).size
        : chars.filter((c) => (/capital|upper/.test(kind) ? c !== c.toLowerCase() : c !== c.toUpperCase())).length;
      return { value: String(n), texts: phrased([[`"${target}" has ${n} ${kind} letter${n === 1 ? "" : "s"}.`, 1]]) };
    }
  }
  m = /\bwhat\s+are\s+the\s+(vowels|consonants)\s+in\b/i.exec(t);
  if (m) {
    const target = subject(t.slice(m.index + m[0].length), /^/) ?? subject(t);
    if (target) {
      const vowels = m[1].toLowerCase() === "vowels";
      const found = letters(target).filter((c) => vowels === VOWELS.test(c));
      const list = found.map((c) => c.toLowerCase()).join(", ");
      return { value: list, texts: phrased([[`The ${m[1].toLowerCase()} in "${target}" are ${list || "none"}.`, 1]]) };
    }
  }

  // A word in a text: "Count how many times 'the' appears in: ..."
  m =
    /\bhow many times\s+(?:does|do|is)?\s*(?:the\s+word\s+)?["'“]([\p{L}'-]{2,40})["'”]\s+(?:appear|occur|show up|come up|used)|\bcount\s+(?:how many times\s+)?(?:the\s+word\s+)?["'“]([\p{L}'-]{2,40})["'”]\s+(?:appears|occurs|in)\b/iu.exec(
      t,
    );
  if (m) {
    const word = (m[1] ?? m[2]).toLowerCase();
    const after = t.slice(m.index + m[0].length);
    // "Here's a note: '...' How many times does 'the' appear in it?": the text quoted before the question.
    const before = [...t.slice(0, m.index).matchAll(/(?:^|[\s:(])["'“‘]([^"“”‘’]{10,3000}?)["'”’](?=[\s.,!?;:)]|$)/g)]
      .map((q) => q[1])
      .sort((a, b) => b.length - a.length)[0];
    const body =
      /:\s*(.+)$/s.exec(after)?.[1] ??
      subject(after) ??
      (/^\s*(?:in\s+)?(?:it|that|this|there)\b/i.test(after) ? before : undefined);
    if (body) {
      const n = wordsOf(body).filter((w) => w.toLowerCase() === word).length;
      return { value: String(n), texts: phrased([[`"${word}" appears ${n} time${n === 1 ? "" : "s"}.`, 1]]) };
    }
  }

  // First / last letter: "What is the first letter of 'banana'?"
  m = new RegExp(
    String.raw`\b(?:what(?:'s| is)?\s+)?(?:the\s+)?(first|last|second|third|fourth|fifth|(\d{1,2})(?:st|nd|rd|th))\s+letter\s+(?:of|in)\s+(?:the\s+word\s+)?["'“]?${WORD}["'”]?\s*[?.!]?\s*$`,
    "iu",
  ).exec(t);
  if (m && !/^(the\s+)?alphabet$/i.test(m[3])) {
    const word = m[3];
    const chars = letters(word);
    const ordinal = m[1].toLowerCase();
    const index =
      ordinal === "last"
        ? chars.length - 1
        : m[2]
          ? Number(m[2]) - 1
          : ["first", "second", "third", "fourth", "fifth"].indexOf(ordinal);
    if (index < 0 || index >= chars.length) return null;
    const letter = chars[index].toUpperCase();
    return {
      value: letter,
      texts: phrased([
        [`The ${ordinal} letter of "${word}" is ${letter}.`, 0.6],
        [`It's ${letter}.`, 0.4],
      ]),
    };
  }
  // The alphabet: "What is the 5th letter of the alphabet?", "What letter comes after Q?"
  m = /\b(?:the\s+)?(first|last|(\d{1,2})(?:st|nd|rd|th))\s+letter\s+of\s+the\s+(?:english\s+)?alphabet\b/i.exec(t);
  if (m) {
    const i = m[1].toLowerCase() === "first" ? 0 : m[1].toLowerCase() === "last" ? 25 : Number(m[2]) - 1;
    if (i < 0 || i > 25) return null;
    const letter = String.fromCharCode(65 + i);
    return { value: letter, texts: phrased([[`The ${m[1]} letter of the alphabet is ${letter}.`, 1]]) };
  }
  m =
    /\b(?:what|which) letter (?:comes|is|goes) (?:right\s+|just\s+)?(after|before)\s+["']?([a-z])["']?(?![a-z])/i.exec(
      t,
    );
  if (m) {
    const code = m[2].toUpperCase().charCodeAt(0) + (m[1].toLowerCase() === "after" ? 1 : -1);
    if (code < 65 || code > 90)
      return one(
        `Nothing: ${m[2].toUpperCase()} is the ${code < 65 ? "first" : "last"} letter of the alphabet.`,
        "none",
      );
    const letter = String.fromCharCode(code);
    return { value: letter, texts: phrased([[`${letter} comes ${m[1].toLowerCase()} ${m[2].toUpperCase()}.`, 1]]) };
  }

  // Palindromes and anagrams
  m = /\bis\s+(?:the\s+(?:word|phrase|name|number)\s+)?["'“]?([\p{L}\p{N}' ,-]{1,80}?)["'”]?\s+a\s+palindrome\b/iu.exec(
    t,
  );
  if (m) {
    const clean = letters(m[1]).join("").toLowerCase();
    const ok = clean.length > 0 && clean === [...clean].reverse().join("");
    return yesNo(
      ok,
      yesNoOnly,
      `"${m[1]}" ${ok ? "reads the same backwards" : `backwards is "${[...m[1]].reverse().join("")}"`}.`,
    );
  }
  m =
    /\bare\s+["'“]?([\p{L}]{1,40})["'”]?\s+and\s+["'“]?([\p{L}]{1,40})["'”]?\s+anagrams\b/iu.exec(t) ??
    /\bis\s+["'“]?([\p{L}]{1,40})["'”]?\s+an\s+anagram\s+of\s+["'“]?([\p{L}]{1,40})["'”]?/iu.exec(t);
  if (m) {
    const key = (s: string) => [...s.toLowerCase()].sort().join("");
    const ok = key(m[1]) === key(m[2]) && m[1].toLowerCase() !== m[2].toLowerCase();
    return yesNo(
      ok,
      yesNoOnly,
      ok ? `"${m[1]}" and "${m[2]}" use the same letters.` : `"${m[1]}" and "${m[2]}" do not use the same letters.`,
    );
  }

  return null;
}

function spellOut(word: string, letter: string): string {
  return [...word]
    .filter((c) => /\p{L}/u.test(c))
    .map((c) => (c.toLowerCase() === letter ? c.toUpperCase() : c.toLowerCase()))
    .join("-");
}

const one = (text: string, value: string): Solved => ({ value, texts: [{ text, weight: 1 }] });

function yesNo(ok: boolean, only: boolean, why: string): Solved {
  const word = ok ? "Yes" : "No";
  return { value: word, texts: [{ text: only ? `${word}.` : `${word}: ${why}`, weight: 1 }] };
}

registerSolver((text) => solveWords(text) ?? solveVocabulary(text) ?? solveNumberWords(text));

export const words: Skill = {
  name: "words",
  does: "word tasks (count, spell, reverse, sort, letters, say N times) and saying back what was asked",
  reply(input) {
    if (input.summarizing) return null;
    // "Say this is a test", "Repeat after me: ...": said back as written (a persona's voice, added
    // to every reply in reply/forms.ts, still frames it).
    const echo = input.instructions.echo;
    if (echo && !/\btimes\b/i.test(input.lastUser)) return { texts: [{ text: echo, weight: 1 }], exact: true };
    const yesNoOnly = wantsOnlyYesNo(input);
    let first: Solved | null = null;
    // A part that points back ("how many of them are the letter s?") is read with the word the message quotes.
    const quoted = /["“'‘]([\p{L}\p{N}' -]{1,60})["”'’](?!\p{L})/u.exec(input.lastUser)?.[1];
    const out = solveParts(input, (text) => {
      const pointsBack = quoted && !text.includes(quoted) && /\b(?:of them|of those|its letters)\b/i.test(text);
      const solved =
        solveWords(text, yesNoOnly) ??
        solveVocabulary(text) ??
        solveNumberWords(text) ??
        (pointsBack ? solveWords(`${text} (in "${quoted}")`, yesNoOnly) : null);
      first ??= solved;
      return solved;
    });
    if (out) return first ? withLimit(out, first, input.lastUser) : out;
    // "giraffe. can you spell it out letter by letter?", "AX-4471-QZ. How many characters is that?": the
    // word or code said first is what "it" and "that" stand for.
    const said = /^\s*["'“]?([\p{L}\p{N}][\p{L}\p{N}-]{0,39})["'”]?\s*[.!:]\s+(.{3,300})$/su.exec(input.lastUser);
    if (!said || !/\b(?:it|that|this)\b/i.test(said[2])) return null;
    const lastUser = said[2].replace(/\b(?:it|that|this)\b/i, said[1]);
    let solved: Solved | null = null;
    const again = solveParts({ ...input, lastUser }, (text) => {
      const found = solveWords(text, yesNoOnly);
      solved ??= found;
      return found;
    });
    return again && solved ? withLimit(again, solved, lastUser) : again;
  },
};

/**
 * "How many characters does it have? The site needs at least 12.": a count beside a limit the
 * message states is said against it (1 short), since that is what the user wants to know.
 */
function withLimit(out: TextReplies, solved: Solved, message: string): TextReplies {
  const n = Number(solved.value);
  const unit = /\b(characters|letters|words)\b/i.exec(solved.texts[0]?.text ?? "")?.[1];
  if (!Number.isInteger(n) || !unit) return out;
  const min =
    /\b(?:needs?|requires?|must (?:be|have)|has to (?:be|have)|should (?:be|have))\s+(?:at least|a minimum of|minimum)\s+(\d{1,4})\b|\bat least\s+(\d{1,4})\s+(?:characters|letters|words)\b|\bminimum (?:of |is )?(\d{1,4})\b/i.exec(
      message,
    );
  const max =
    /\b(?:at most|no more than|not more than|maximum (?:of |is )?|max(?:imum)?\s+(?:of\s+)?|up to|limit (?:is |of )?)(\d{1,4})\b/i.exec(
      message,
    );
  let note = "";
  if (min) {
    const lim = Number(min[1] ?? min[2] ?? min[3]);
    note =
      n >= lim
        ? ` That meets the minimum of ${lim}.`
        : ` That's ${lim - n} short of the ${lim} needed, so it is not long enough yet.`;
  } else if (max) {
    const lim = Number(max[1]);
    note = n <= lim ? ` That is within the limit of ${lim}.` : ` That's ${n - lim} over the limit of ${lim}.`;
  }
  if (!note) return out;
  return { ...out, texts: out.texts.map((t) => ({ ...t, text: `${t.text}${note}` })) };
}
