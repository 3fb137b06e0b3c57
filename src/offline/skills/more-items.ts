/**
 * "Now make it four", "Add one more", "Two more, please", "Another one?" after a list or a pick
 * from a well-known set: more members of the set the request named (corpus/sets.ts, or a list
 * read from data), never one already given. A closed set that has no more members ("make it
 * five" primary colours) gets the honest count instead of an invented fifth.
 */
import { type KnownList, plainSet } from "../corpus/sets";
import { wordsToNumber } from "../language/numbers";
import type { Filled } from "../language/templates";
import type { ConversationTurn } from "../read/conversation";
import { dataList } from "./data-lists";
import { inlineItems, itemsOf } from "./follow-up-answer";
import type { Skill } from "./skill";

const LEAD = "^(?:(?:ok|okay|now|and|great|thanks|cool|nice|please|hmm|so|but)[,!.]?\\s+)*";
const N = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple(?: of)?|a few)";

/** "Make it four": the list's new length. */
const TOTAL = new RegExp(
  `${LEAD}(?:(?:can|could) you )?(?:make (?:it|that|them|the list) |(?:i (?:want|need)|give me|i said) )${N}(?: (?:items|of them|instead|in total|total))?(?: please)?\\s*[.!?]*$`,
  "i",
);
/** "Add one more", "two more please", "one more?": how many to add, and whether the whole list is wanted back. */
const MORE = new RegExp(
  `${LEAD}(?:(?:can|could) you |please )?(add|give me|name|list|tell me|i want|i need|what about|how about)?\\s*(?:me\\s+)?${N}\\s+more(?: (?:please|ones?|items?|of them|to the list|to it|[a-z]+s?))?(?:,? please)?\\s*[.!?]*$`,
  "i",
);
/** "Another one?", "Give me another", "any others?", "what else?" */
const ANOTHER = new RegExp(
  `${LEAD}(?:(?:can|could) you |please )?(?:(?:give me|name|tell me|what about|how about|pick|and)\\s+)?(?:another(?: one)?|one more|any others?|any more|others?|more|what else|an? (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?: one)?)(?: please)?\\s*[.!?]*$`,
  "i",
);

interface Asked {
  /** How many new items. */
  add?: number;
  /** The whole list's new length. */
  total?: number;
  /** The whole list back, with the new items at its end. */
  whole: boolean;
}

function count(word: string): number {
  if (/^a couple/i.test(word)) return 2;
  if (/^a few/i.test(word)) return 3;
  return /^\d+$/.test(word) ? Number(word) : (wordsToNumber(word.toLowerCase()) ?? 0);
}

/** What a message asks for more of; null when it is not such a message. */
export function readMore(text: string): Asked | null {
  const t = text.trim();
  if (t.length > 60) return null;
  let m = TOTAL.exec(t);
  if (m) return { total: count(m[1]), whole: true };
  m = MORE.exec(t);
  if (m) return { add: count(m[2]), whole: /^add$/i.test(m[1] ?? "") };
  if (ANOTHER.test(t)) return { add: 1, whole: false };
  return null;
}

/** The set a request named: a list read from data, an everyday set by its plural, or by its singular ("a fruit"). */
function namedSet(request: string): { set: KnownList; name: string } | null {
  const data = dataList(request);
  if (data) return { set: { test: /(?!)/, items: data.items, ordered: data.ordered }, name: "of those" };
  const plural = plainSet(request, (s) => s.test);
  if (plural) return { set: plural, name: plural.test.exec(request)?.[0] ?? "" };
  const one = plainSet(request, (s) =>
    s.one ? new RegExp(`\\b(?:a|an|one|any|another)\\s+(?:random\\s+)?(?:${s.one.source})`, "i") : undefined,
  );
  const word = one?.one?.exec(request)?.[0];
  return one ? { set: one, name: word ? `${word.toLowerCase()}s` : "" } : null;
}

/** The items an answer gave: its list lines, a one-sentence list, or a single pick ("How about a mango?"). */
function givenItems(answer: string): string[] {
  const items = itemsOf(answer);
  const list = items.length === 1 ? (inlineItems(items[0]) ?? items) : items;
  return list
    .map((x) =>
      x
        .trim()
        .replace(/[.!?;,]+$/, "")
        .replace(/^(?:how about|i pick|let's go with|another one:|sure[,!]?|ok[,!]?)\s+/i, "")
        .replace(/^(?:an?|the)\s+/i, ""),
    )
    .filter(Boolean);
}

const key = (x: string) =>
  x
    .toLowerCase()
    .replace(/^(?:an?|the)\s+/, "")
    .replace(/(?:es|s)$/, "");

function joined(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Replies to a request for more items of the set just listed; null when the conversation is not that. */
export function moreItemsReplies(turns: readonly ConversationTurn[]): { texts: Filled[]; declined?: boolean } | null {
  const talk = turns.filter((t) => t.role === "user" || t.role === "assistant");
  const last = talk[talk.length - 1];
  if (last?.role !== "user") return null;
  const asked = readMore(last.text);
  if (!asked) return null;
  // The request that named the set: the user's message before the chain of "more" requests.
  let r = talk.length - 2;
  while (r >= 0 && (talk[r].role !== "user" || readMore(talk[r].text))) r--;
  if (r < 0 || talk[talk.length - 2]?.role !== "assistant") return null;
  const request = talk[r].text;
  if (request.length > 300) return null;
  const named = namedSet(request);
  if (!named) return null;
  const { set } = named;
  const answers = talk.slice(r + 1, -1).filter((t) => t.role === "assistant");
  const given: string[] = [];
  for (const a of answers) for (const x of givenItems(a.text)) if (!given.some((g) => key(g) === key(x))) given.push(x);
  if (!given.length || given.length > 40) return null;
  // The answer must be the set's own members, else the list was of something else and more of the set would not fit.
  const members = new Set(set.items.map(key));
  if (!given.some((g) => members.has(key(g)))) return null;
  // An ordered set goes on after the last member given ("May and June", then July), wrapping round.
  const after = set.ordered ? Math.max(...given.map((g) => set.items.findIndex((x) => key(x) === key(g)))) + 1 : 0;
  const unused = [...set.items.slice(after), ...set.items.slice(0, after)].filter(
    (x) => !given.some((g) => key(g) === key(x)),
  );
  const want = asked.total !== undefined ? asked.total - given.length : (asked.add ?? 1);
  if (want <= 0) return null;
  const setName = named.name || "items";
  // The answer's own style: lower-case items after the first ("Apple, banana, cherry"), one per line, or numbered.
  const lower = given.length >= 2 && given.slice(1).every((g) => /^[a-z]/.test(g));
  const style = (x: string) => (lower ? x.charAt(0).toLowerCase() + x.slice(1) : x);
  if (unused.length < want) {
    if (set.ordered)
      return {
        texts: [
          {
            text: `There are only ${set.items.length} ${setName}: ${joined(set.items.map((x, k) => (k ? style(x) : x)))}.`,
            weight: 1,
          },
        ],
      };
    return {
      texts: [
        {
          text: `I can't add ${want === 1 ? "another" : `${want} more`} reliably: I'm the workbook's offline model, and my short list of ${setName} has no more I haven't given. With OPENAI_API_KEY set, a real model can go on.`,
          weight: 1,
        },
      ],
      declined: true,
    };
  }
  const lastAnswer = answers[answers.length - 1].text;
  const numbered = /^\s*\d{1,2}[.)]\s+/m.test(lastAnswer);
  const bulleted = /^\s*[-*•]\s+/m.test(lastAnswer);
  // Ordered sets go on in their order; open sets offer a few different draws.
  const draws: string[][] = [];
  for (let shift = 0; shift + want <= unused.length && draws.length < (set.ordered ? 1 : 4); shift++)
    draws.push(unused.slice(shift, shift + want));
  return {
    texts: draws.map((added, i) => {
      const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
      let text: string;
      if (asked.whole || asked.total !== undefined) {
        const all = [...given, ...added];
        text = numbered
          ? all.map((x, k) => `${k + 1}. ${cap(x)}`).join("\n")
          : bulleted
            ? all.map((x) => `- ${cap(x)}`).join("\n")
            : `${cap(joined(all.map((x, k) => (k ? style(x) : x))))}.`;
      } else
        text = numbered || bulleted ? added.map((x) => `- ${cap(x)}`).join("\n") : `${cap(joined(added.map(style)))}.`;
      return { text, weight: 0.8 ** i };
    }),
  };
}

export const moreItems: Skill = {
  name: "more-items",
  does: "more members of the set it just listed: 'make it four', 'add one more', 'another one?'",
  reply: ({ turns }) => {
    const found = moreItemsReplies(turns);
    if (!found) return null;
    return found.declined
      ? { texts: found.texts, asWritten: true, declined: true }
      : { texts: found.texts, exact: true };
  },
};
