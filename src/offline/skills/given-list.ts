/**
 * Work on a list the user gives, wherever the instruction stands: "Here is my shopping list: eggs,
 * milk, bread. Sort it alphabetically.", "Turn this into a bullet list: buy milk, call mom",
 * "How many items are in this list: pens, paper, glue?", "Extract the numbers from: '3 cats, 2 dogs'".
 * The list is the user's own, so every answer is computed from it; an instruction it cannot
 * carry out is left to the other skills.
 */
import { wordsToNumber } from "../language/numbers";
import type { Filled } from "../language/templates";
import type { Skill, TextReplies } from "./skill";
import { namedSeparator } from "../language/separators";

type Op =
  | "sort"
  | "reverse-sort"
  | "bullets"
  | "numbered"
  | "lines"
  | "count"
  | "reverse"
  | "dedupe"
  | "numbers"
  | "average"
  | "sum"
  | "max"
  | "min";

/** Measures are summed or looked up, never counted as entries: "how many calories is that?" */
const MEASURES =
  /^(?:calories|kcal|grams?|kilos?|kg|pounds|lbs|ounces|minutes|hours|seconds|days|weeks|euros?|dollars?|pounds?|cents|letters|characters|words|syllables|vowels|consonants|times|percent|miles|km|metres|meters|litres|liters|ml)$/i;
const COUNT_OF_LIST =
  /\bhow many\s+(?:(?:of (?:them|those|these|the \w+)\s+)?(?:are|were|is)\s+(?:still\s+)?([a-z-]+)|([a-z-]+)\s+(?:is that|are there|are on (?:it|the list|my list|there)|did i (?:list|give|write|name|put down)|do i have))\s*\??\s*$/i;

const OPS: [RegExp, Op][] = [
  // Orders first: "Sort these numbers from smallest to largest" names numbers and "smallest" too.
  [
    /\bz\s*(?:to|-)\s*a\b|\breverse alphabetical|\bdescending\b|\b(?:largest|highest|biggest) to (?:smallest|lowest)\b/i,
    "reverse-sort",
  ],
  [
    /\b(?:sort|alphabeti[sz]e|a\s*(?:to|-)\s*z|alphabetical(?:ly)?|ascending|(?:smallest|lowest) to (?:largest|highest|biggest))\b/i,
    "sort",
  ],
  [/\b(?:extract|pull out|list|find|get|what are)\b[^.?!]{0,15}\b(?:numbers|digits|figures)\b/i, "numbers"],
  [/\b(?:average|mean)\b/i, "average"],
  // "Add these receipts up for me", "tot them up".
  [
    /\b(?:sum|total|add (?:them|these|it) up|add up|(?:add|tot) (?:(?:them|these|those|it|my|the)\s+)?(?:[a-z]+\s+)?up)\b/i,
    "sum",
  ],
  [/\b(?:largest|highest|biggest|greatest|maximum|max)\b/i, "max"],
  [/\b(?:smallest|lowest|least|minimum|min)\b/i, "min"],
  [/\b(?:remove|drop|delete|without)\b[^.?!]{0,15}\b(?:duplicates?|repeats?|repeated)\b|\bdedupe\b/i, "dedupe"],
  [/\breverse\b[^.?!]{0,15}\b(?:order|list)\b|\b(?:in )?reverse order\b/i, "reverse"],
  [/\bhow many\b[^.?!]{0,20}\b(?:items?|things|entries|names|elements|in (?:this|the|my) list)\b/i, "count"],
  // "How many ingredients is that?", "how many of them are unpaid?": the list's own entries counted.
  [COUNT_OF_LIST, "count"],
  // "can you count these for me: apples, bread, milk".
  [/\bcount (?:these|them|the items|the things|this list)\b/i, "count"],
  [/\bnumbered\b/i, "numbered"],
  [/\bbullet(?:ed)?(?:[- ]points?| list)?\b|\bbullets\b/i, "bullets"],
  [/\bone (?:per|on each|a) line\b|\beach on (?:its own|a new) line\b|\bseparate lines\b/i, "lines"],
  // "Put these in a list: ...", "Make a list: ...": a list with no other layout asked is numbered.
  [/\b(?:put|make|turn|format|write|arrange|lay out|give me)\b[^.?!]{0,40}\ba list\b/i, "numbered"],
];

/** The instruction around the list and the list itself, or null when the message holds no list. */
function split(
  message: string,
): { instruction: string; items: string[]; material: string; sentences?: boolean } | null {
  if (message.length > 1500) return null;
  const colon = /:\s*/.exec(message);
  if (!colon) return listSaid(message);
  const before = message.slice(0, colon.index);
  const rest = message.slice(colon.index + colon[0].length);
  // "Turn this recipe into 3 numbered steps: For the filling, mix ... Put ... Steam ...": a text of
  // several sentences is cut at its sentences, never at the commas of its first one.
  const sentences = rest
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (
    sentences.length >= 2 &&
    !sentences.some((x) => /\?$/.test(x)) &&
    /\b(?:into|as|in)\s+(?:[\w-]+\s+){0,4}(?:steps?|points?|bullets?|bullet points|numbered list|list)\b/i.test(before)
  )
    return {
      instruction: before,
      items: sentences.map((x) => x.replace(/[.!?]+$/, "")),
      material: rest,
      sentences: true,
    };
  // The list runs to the end of its sentence; what follows ("Sort it alphabetically.") is instruction.
  const quoted = /^["“'‘](.+?)["”'’](?=\s|[.?!]|$)/s.exec(rest);
  const end = quoted ? quoted[0].length : (/[.?!](?:\s|$)|\n\n/.exec(rest)?.index ?? rest.length);
  const body = (quoted ? quoted[1] : rest.slice(0, end)).trim();
  const after = rest.slice(end).replace(/^[.?!"”'’]+/, "");
  // "250, 1,180.50 and 99.99": a comma with no space after it, between digits and three more, groups thousands.
  const grouped = /,\s/.test(body) || /\d,\d{3}\.\d/.test(body);
  const items = (grouped ? body.replace(/\b\d{1,3}(?:,\d{3})+(?![\d])/g, (g) => g.replace(/,/g, "")) : body)
    .replace(/[.?!]+$/, "")
    // "I need milk, eggs": the items, not the need.
    .replace(/^(?:i|we)\s+(?:need|want|have|must buy|have to buy|should buy)\s+(?:to\s+)?/i, "")
    .split(/\s*(?:,|;|\n)\s*(?:and\s+|or\s+)?|\s+and\s+(?=[^,]*$)/)
    .map((i) => i.trim().replace(/^["'“‘]|["'”’]$/g, ""))
    .filter(Boolean);
  return { instruction: `${before} ${after}`, items, material: body };
}

/** "socks, a toothbrush, two books and sunscreen": the items of a list said in a sentence, without their articles. */
const itemsOf = (phrase: string): string[] =>
  phrase
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)/)
    .map((i) => i.trim().replace(/^(?:a|an|some|the|my)\s+/i, ""))
    .filter(Boolean);

/**
 * "For my trip I packed socks, a toothbrush, two books and sunscreen. How many kinds of item is that?":
 * a list said in a sentence, with no colon, when the question after it counts it.
 */
function listSaid(message: string): { instruction: string; items: string[]; material: string } | null {
  const m =
    /\b(?:i|we)(?:'ve| have)?\s+(?:packed|bought|got|ordered|brought|took|picked|grabbed|need|have|own|collected|planted)\s+(?:(?:some|a few)\s+)?([^.?!:]{3,400}?)[.!]\s+(how many\b[^?]*\?)\s*$/i.exec(
      message,
    );
  if (!m || !/\bhow many\b[^.?!]{0,20}\b(?:kinds?|types?|sorts?|different|items?|things)\b/i.test(m[2])) return null;
  const items = itemsOf(m[1]);
  // "two books" counts once as a kind, twice as items: a plain "how many items" is not asked of it.
  const kinds = /\b(?:kinds?|types?|sorts?|different)\b/i.test(m[2]);
  if (
    !kinds &&
    items.some((i) => /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|some)\b/i.test(i))
  )
    return null;
  return { instruction: `how many items ${m[2]}`, items, material: m[1] };
}

/**
 * "Here's my shopping list: flour, sugar, eggs" ... "How many ingredients is that?": a count asked
 * alone, of the list the user gave in the turn before.
 */
function earlierList(
  turns: readonly { role: string; text: string }[],
  lastUser: string,
): { instruction: string; items: string[]; material: string } | null {
  if (COUNT_OF_LIST.test(lastUser.trim())) {
    const before = turns.filter((t) => t.role === "user").at(-2)?.text;
    const found = before ? split(before) : null;
    return found && found.items.length >= 2 ? { ...found, instruction: lastUser } : null;
  }
  // "can you give my list back to me as a numbered list?": the last list the user gave, laid out or sorted.
  if (!MY_LIST.test(lastUser) || !opOf(lastUser)) return null;
  for (const text of turns
    .filter((t) => t.role === "user")
    .slice(-4, -1)
    .map((t) => t.text)
    .reverse()) {
    const found = (/:\s*\S/.test(text) ? split(text) : null) ?? listInSentence(text);
    if (found && found.items.length >= 3) {
      // "my six" over a list of five: not the list meant, or not read right; declined, never guessed.
      const n = countNamed(lastUser);
      return n === undefined || n === found.items.length ? { ...found, instruction: lastUser } : null;
    }
  }
  return null;
}

/** "So far I've got torch, sleeping bag, enamel mug, wellies and a waterproof.": the items of a list said in passing. */
function listInSentence(text: string): { instruction: string; items: string[]; material: string } | null {
  const m =
    /\b(?:i|we)(?:'ve| have)?\s+(?:got|packed|bought|need|have|want|ordered|invited|picked|planted|listed|chosen)\s+(?:(?:some|a few)\s+)?([^.?!:]{3,400}?)(?:[.!]|$)/i.exec(
      text,
    ) ??
    // "we're doing Jerusalem, Abide with Me and ...", "the rounds are Geography, Music and Film."
    /\b(?:(?:we|i)(?:'re| are|'m| am| will be|'ll be)\s+(?:doing|singing|playing|reading|visiting|seeing|cooking|making|learning|using|taking)|(?:they|these|those|the\s+[a-z]+)\s+(?:are|were|will be))\s+([^.?!:]{3,400}?)(?:[.!]|$)/i.exec(
      text,
    );
  if (!m || !/,/.test(m[1])) return null;
  let items = itemsOf(m[1]);
  // Names and titles ("The Hobbit", "Abide with Me") are kept whole, article and all, and "Skellig in
  // class" ends at the name: the words after it say where the list belongs, they are not an item's.
  const raw = m[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)/).map((i) => i.trim());
  if (raw.length === items.length && raw.every((i) => /^\p{Lu}/u.test(i))) {
    const last = raw.length - 1;
    raw[last] = raw[last].replace(/\s+(?:in|at|for|on|this|next|with|from|during|before|after)\s+\p{Ll}.*$/u, "");
    items = raw;
  }
  return items.every((i) => i.split(/\s+/).length <= 4) ? { instruction: "", items, material: m[1] } : null;
}

/** A request about the list the user gave before: "my list", "the list", "them". */
const MY_LIST =
  /\b(?:my|our|that|the)\s+(?:(?:shopping|packing|to-?do|guest|reading)\s+)?list\b|\b(?:sort|number|alphabeti[sz]e|order|put|arrange|list)\s+(?:them|those|these|(?:my|our|the|those|these)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}))\b/i;

/** "put my six in order": the count the user gives the list they said, checked against what they said. */
function countNamed(request: string): number | undefined {
  const m =
    /\b(?:my|our|the|those|these|all)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?))/i.exec(
      request,
    );
  if (!m) return undefined;
  return wordsToNumber(m[1]) ?? Number(m[1]);
}

const EACH_VALUE =
  /\b(?:symbols?|capitals?|atomic (?:numbers?|masses)|translations?|translate|plurals?|opposites?|synonyms?|antonyms?|meanings?|definitions?|define)\b/i;

/** Items short enough to be a list's entries; laid out as they are, an item may be a short task. */
const bare = (items: string[], words = 6) => items.every((i) => i.split(/\s+/).length <= words && i.length <= 60);
const LAYOUTS: ReadonlySet<Op> = new Set(["numbered", "bullets", "lines"]);

function opOf(instruction: string): Op | undefined {
  for (const [re, op] of OPS) if (re.test(instruction)) return op;
  return undefined;
}

const one = (text: string): Filled[] => [{ text, weight: 1 }];

// "as one comma-separated line" names a line but asks for the items side by side.
const ONE_LINE = /\b(?:one|a single|same) line\b|\bcomma[- ]?separated\b|\bseparated by commas\b|\bwith commas\b/i;

/** A computed list in the layout the instruction asks: side by side, numbered, bulleted or one per line. */
function laidOut(list: string[], instruction: string, listWord = true): string {
  // "separated by semicolons": the mark the instruction names, between the items on one line.
  const mark = namedSeparator(instruction);
  if (mark) return list.join(mark);
  if (ONE_LINE.test(instruction)) return list.join(", ");
  if (/\bnumbered\b/i.test(instruction)) return list.map((i, n) => `${n + 1}. ${i}`).join("\n");
  if (/\bbullet/i.test(instruction)) return list.map((i) => `- ${i}`).join("\n");
  if (/\blines?\b/i.test(instruction) || (listWord && /\blist\b/i.test(instruction))) return list.join("\n");
  return list.join(", ");
}

export const givenList: Skill = {
  name: "given-list",
  does: "sorts, counts, numbers, bullets or dedupes a list the user gives, or pulls the numbers out of a text",
  reply({ lastUser, turns, json, instructions }): TextReplies | null {
    if (json || instructions.format === "code") return null;
    const found = split(lastUser) ?? earlierList(turns, lastUser);
    if (!found) return null;
    // "Sort by length", "which word is longest": the words skill counts letters.
    if (
      /\b(?:length|size|letters?|characters?|vowels?|syllables?|longest|shortest|words? in)\b/i.test(found.instruction)
    )
      return null;
    const op = opOf(found.instruction);
    if (!op) return null;
    // "The symbols for these elements, one per line": a value for each item is asked, not the list laid out.
    if ((op === "lines" || op === "bullets" || op === "numbered") && EACH_VALUE.test(found.instruction)) return null;
    if (op === "numbers") {
      const numbers = found.material.match(/-?\d+(?:[.,]\d+)*/g) ?? [];
      if (!numbers.length) return { texts: one("There are no numbers in that text."), exact: true };
      return { texts: one(numbers.join(", ")), exact: true };
    }
    const items = found.items;
    const whole = "sentences" in found && found.sentences === true && LAYOUTS.has(op);
    // Three sentences asked as two steps would lose one: the steps are the text's sentences, or none.
    if (whole && instructions.count !== undefined && instructions.count !== items.length) return null;
    // "short steps" are not the text's long sentences copied out.
    if (whole && /\bshort\b/i.test(found.instruction) && items.some((i) => i.split(/\s+/).length > 14)) return null;
    if (items.length < 2 || items.length > 60 || (!whole && !bare(items, LAYOUTS.has(op) ? 8 : 6))) return null;
    const numeric = items.every((i) => /^-?\d+(?:\.\d+)?$/.test(i));
    if (op === "average" || op === "sum" || op === "max" || op === "min") {
      if (!numeric) return null;
      const values = items.map(Number);
      const sum = values.reduce((a, b) => a + b, 0);
      const round = (x: number) => Number(x.toFixed(2));
      const value =
        op === "average"
          ? round(sum / values.length)
          : op === "sum"
            ? round(sum)
            : op === "max"
              ? Math.max(...values)
              : Math.min(...values);
      const said =
        op === "average"
          ? `The average is ${value} (${items.join(" + ")} = ${round(sum)}, divided by ${values.length}).`
          : op === "sum"
            ? `The total is ${items.some((i) => /\.\d\d$/.test(i)) ? value.toFixed(2) : value}.`
            : `The ${op === "max" ? "largest" : "smallest"} is ${value}.`;
      return { texts: one(said), exact: true, fields: { [op === "average" ? "average" : op]: value, answer: value } };
    }
    const byName = (a: string, b: string) =>
      numeric ? Number(a) - Number(b) : a.localeCompare(b, "en", { sensitivity: "base" });
    switch (op) {
      case "count": {
        const asked = COUNT_OF_LIST.exec(found.instruction.trim());
        if (asked?.[2] && MEASURES.test(asked[2])) return null;
        // "How many of them are still unpaid?": the entries that say so, word for word.
        if (asked?.[1]) {
          const word = new RegExp(`(?<![\\p{L}-])${asked[1]}(?![\\p{L}-])`, "iu");
          const hits = items.filter((i) => word.test(i));
          if (!hits.length || hits.length === items.length) return null;
          return {
            texts: one(`${hits.length} of the ${items.length} are ${asked[1]}: ${hits.join(", ")}.`),
            exact: true,
            fields: { count: hits.length },
          };
        }
        const kinds = /\b(?:kinds?|types?|sorts?|different|unique|distinct)\b/i.test(found.instruction);
        // "How many different items is that?" over "pasta, tea, pasta": an item said twice is one kind.
        const seen = new Map<string, string>();
        for (const i of items) if (!seen.has(i.toLowerCase())) seen.set(i.toLowerCase(), i);
        const listed = kinds ? [...seen.values()] : items;
        const repeated = items.length - listed.length;
        const n = listed.length;
        // "How many clients is that?": the count said of the things asked about, not of "items".
        const noun = /\bhow many ([a-z]{3,20}s)\b/i.exec(found.instruction)?.[1]?.toLowerCase();
        const named =
          noun && !/^(?:items|things|ones|words|letters|times|kinds|types|sorts)$/.test(noun) ? noun : "items";
        return {
          texts: one(
            kinds
              ? `That's ${n} different kinds: ${listed.join(", ")}.${repeated ? ` (${items.length} on the list, counting ${repeated === 1 ? "one repeat" : `${repeated} repeats`}.)` : ""}`
              : `There are ${n} ${n === 1 ? "item" : named}: ${items.join(", ")}.`,
          ),
          exact: true,
          fields: { count: n },
        };
      }
      case "sort":
      case "reverse-sort": {
        const sorted = [...items].sort(byName);
        if (op === "reverse-sort") sorted.reverse();
        return { texts: one(laidOut(sorted, found.instruction)), exact: true };
      }
      case "reverse":
        return { texts: one(laidOut([...items].reverse(), found.instruction, false)), exact: true };
      case "dedupe": {
        const seen = new Set<string>();
        const kept = items.filter((i) => {
          const k = i.toLowerCase();
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
        return { texts: one(laidOut(kept, found.instruction, false)), exact: true };
      }
      case "numbered":
        return { texts: one(items.map((i, n) => `${n + 1}. ${i}`).join("\n")), exact: true };
      case "bullets":
        return { texts: one(items.map((i) => `- ${i}`).join("\n")), exact: true };
      case "lines":
        return { texts: one(items.join("\n")), exact: true };
    }
  },
};
