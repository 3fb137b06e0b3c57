/**
 * Word tasks, done on the text itself: counting letters, a given letter, vowels, characters or
 * words; spelling a word out or backwards; reversing words; sorting a list; the first, last,
 * longest or shortest; saying a word N times; palindromes and anagrams; and saying back exactly
 * what the user asked to be said (the echo that read/instructions.ts reads).
 */
import { type Solved, phrased, registerSolver, solveParts, wantsOnlyYesNo } from "./computed";
import { readStyle } from "./styles";
import type { Skill } from "./skill";

/** The text a task is about: quoted, else after "the word", else after a colon, else the last word. */
function subject(text: string, after?: RegExp): string | undefined {
  const quoted = /["“”'‘’`]([^"“”‘’`\n]{1,300}?)["“”'‘’`](?!\p{L})/u.exec(
    text.replace(/\b(\p{L}+)'s\b/gu, "$1\u0000s"),
  );
  if (quoted) return quoted[1].replace(/\u0000/g, "'").trim();
  const word = /\bthe (?:word|name|string|text)\s+([\p{L}\p{N}'-]{1,60})/iu.exec(text);
  if (word) return word[1];
  const colon = /:\s*(.{1,400}?)\s*$/su.exec(text);
  if (colon) return colon[1].replace(/[?.!]+$/, "").trim();
  if (after) {
    const m = after.exec(text);
    if (m) {
      const rest = text.slice(m.index + m[0].length).trim();
      const w = /^([\p{L}\p{N}'-]{1,60})\s*[?.!]?\s*$/u.exec(rest);
      if (w) return w[1];
    }
  }
  return undefined;
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

function solveWords(message: string, yesNoOnly = false): Solved | null {
  const t = message.replace(/[’‘]/g, "'").trim();
  if (t.length > 1500) return null;
  let m: RegExpExecArray | null;

  // "Say the word banana exactly three times", "repeat 'hip' 3 times"
  m =
    /\b(?:say|repeat|write|type|print)\s+(?:the\s+word\s+)?["'“]?([\p{L}\p{N}' -]{1,40}?)["'”]?\s+(?:exactly\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+times\b/iu.exec(
      t,
    );
  if (m) {
    const names = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    const n = /^\d+$/.test(m[2]) ? Number(m[2]) : names.indexOf(m[2].toLowerCase()) + 1;
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
    /\bhow many times\s+(?:does|do|is|will)\s+(?:the\s+)?(?:letter\s+)?["']?(\p{L})["']?\s+(?:appear|occur|show up|come up|used)/iu.exec(
      t,
    ) ??
    /\bhow many\s+(?:letter\s+)?["']?(\p{L})["']?(?:'s|s)?["']?\s+(?:are\s+|is\s+)?(?:there\s+)?(?:in|does)\b/iu.exec(
      t,
    ) ??
    /\bcount\s+(?:the\s+)?(?:number of\s+)?(?:letter\s+)?["']?(\p{L})["']?(?:'s|s)?["']?\s+in\b/iu.exec(t);
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
    if (!target) return null;
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

  // Spelling: "Spell 'necessary' backwards", "Spell the word rhythm letter by letter", "reverse the word hello"
  m =
    new RegExp(
      String.raw`\bspell\s+(?:out\s+)?(?:the\s+word\s+)?["'“]?${WORD}["'”]?\s+(backwards?|in reverse|reversed)\b`,
      "iu",
    ).exec(t) ??
    /\b(?:reverse|write backwards|flip)\s+(?:the\s+)?(?:word|name|string|letters(?: of)?(?: the word)?)\s+["'“]?([\p{L}\p{N}'-]{1,60})["'”]?(?=\s*[.?!]?\s*$)/iu.exec(
      t,
    ) ??
    /\bwhat is\s+["'“]([\p{L}\p{N}'-]{1,60})["'”]\s+(backwards|reversed|spelled backwards)\b/iu.exec(t);
  if (m) {
    const word = m[1];
    const reversed = [...word].reverse().join("");
    return {
      value: reversed,
      texts: phrased([
        [`${cap(word)} backwards is "${reversed}".`, 0.5],
        [`"${reversed}"`, 0.2],
        [`Backwards, ${word} is spelled ${[...reversed].map((c) => c.toUpperCase()).join("-")}: "${reversed}".`, 0.3],
      ]),
    };
  }
  m =
    new RegExp(
      String.raw`\b(?:spell|spelling of)\s+(?:out\s+)?(?:the\s+word\s+)?["'“]?${WORD}["'”]?(?:\s+(?:letter by letter|for me|out loud|please))*\s*[.?!]?\s*$`,
      "iu",
    ).exec(t) ??
    new RegExp(String.raw`\bhow (?:do you|do i|to|does one) spell\s+["'“]?${WORD}["'”]?\s*[.?!]?\s*$`, "iu").exec(t);
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
  // "Reverse the order of these words: sun moon star", "reverse this sentence: ..."
  m =
    /\breverse\s+(?:the\s+)?(?:order of\s+)?(?:these|the|this|my|following)?\s*(words?|sentence|list|items|text|string|letters)\b[^:]*:\s*(.{1,400})$/isu.exec(
      t,
    );
  if (m) {
    const body = m[2].trim();
    const byWords = /words|sentence|list|items/i.test(m[1]) && /order|words|list|items/i.test(t);
    const out = byWords
      ? /,/.test(body)
        ? listOf(body).reverse().join(", ")
        : wordsOf(body).reverse().join(" ")
      : [...body].reverse().join("");
    return {
      value: out,
      texts: phrased([
        [out, 0.6],
        [`Reversed: ${out}`, 0.4],
      ]),
    };
  }

  // Sorting: "Sort these words alphabetically: pear, apple, mango, kiwi"
  m =
    /\b(?:sort|order|arrange|put|alphabeti[sz]e|list)\b[^:\n]{0,60}?\b(alphabetical(?:ly)?|a to z|a-z|z to a|z-a|reverse alphabetical(?:ly)?|alphabeti[sz]e|ascending|descending|smallest to largest|largest to smallest|lowest to highest|highest to lowest|order)\b[^:\n]{0,40}:\s*(.{1,800})$/isu.exec(
      t,
    ) ?? /\balphabeti[sz]e\b[^:\n]{0,40}:\s*(.{1,800})$/isu.exec(t);
  if (m) {
    const body = m[2] ?? m[1];
    const how = m[2] ? m[1].toLowerCase() : "alphabetical";
    const items = listOf(body);
    if (items.length < 2 || items.length > 200) return null;
    const numeric = items.every((i) => /^-?\d+(?:\.\d+)?$/.test(i));
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
    /\b(?:which|what)(?:\s+is|'s)?\s+(?:the\s+)?(longest|shortest)\s+(?:word|name|one)\b[^:]*:\s*(.{1,600})$/isu.exec(
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
  m = /\bwhat letter comes (after|before)\s+["']?([a-z])["']?\b/i.exec(t);
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
  m = /\bis\s+["'“]?([\p{L}\p{N}' ,-]{1,80}?)["'”]?\s+a\s+palindrome\b/iu.exec(t);
  if (m) {
    const clean = letters(m[1]).join("").toLowerCase();
    const ok = clean.length > 0 && clean === [...clean].reverse().join("");
    return yesNo(
      ok,
      yesNoOnly,
      `"${m[1]}" ${ok ? "reads the same backwards" : `backwards is "${[...m[1]].reverse().join("")}"`}.`,
    );
  }
  m = /\bare\s+["'“]?([\p{L}]{1,40})["'”]?\s+and\s+["'“]?([\p{L}]{1,40})["'”]?\s+anagrams\b/iu.exec(t);
  if (m) {
    const key = (s: string) => [...s.toLowerCase()].sort().join("");
    const ok = key(m[1]) === key(m[2]) && m[1].toLowerCase() !== m[2].toLowerCase();
    return yesNo(
      ok,
      yesNoOnly,
      ok ? `"${m[1]}" and "${m[2]}" use the same letters.` : `"${m[1]}" and "${m[2]}" do not use the same letters.`,
    );
  }

  // Case: "Convert 'hello world' to uppercase", "write HELLO in lowercase"
  m =
    /\b(?:convert|change|turn|write|make|put)\s+["'“]([^"”'\n]{1,300})["'”]\s+(?:to|in|into)\s+(upper ?case|lower ?case|capital letters|title case)\b/i.exec(
      t,
    );
  if (m) {
    const how = m[2].toLowerCase();
    const out = /upper|capital/.test(how)
      ? m[1].toUpperCase()
      : /lower/.test(how)
        ? m[1].toLowerCase()
        : m[1].replace(/\p{L}+/gu, (w) => cap(w.toLowerCase()));
    return { value: out, texts: phrased([[out, 1]]) };
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

registerSolver((text) => solveWords(text));

export const words: Skill = {
  name: "words",
  does: "word tasks (count, spell, reverse, sort, letters, say N times) and saying back what was asked",
  reply(input) {
    if (input.summarizing) return null;
    const system = input.turns
      .filter((t) => t.role === "system" || t.role === "developer")
      .map((t) => t.text)
      .join("\n");
    // "Say this is a test", "Repeat after me: ...": said back as written (a voice asked for in a
    // system message frames it instead, in the passages' path).
    const echo = input.instructions.echo;
    if (echo && !/\btimes\b/i.test(input.lastUser) && !readStyle(system, input.lastUser))
      return { texts: [{ text: echo, weight: 1 }], exact: true };
    const yesNoOnly = wantsOnlyYesNo(input);
    return solveParts(input, (text) => solveWords(text, yesNoOnly));
  },
};
