/**
 * "List three fruits, one per line", "a numbered list of the first five months", "the colours of
 * the rainbow": well-known sets of everyday things, as plain data. Ordered sets (days, months,
 * planets) come in their order; for open sets (fruits, sea animals) several different picks are
 * candidates, so draws vary. The list's layout (lines, bullets, numbers) is the form's job
 * (reply/forms.ts); this skill only says which items.
 */
import type { Filled } from "../language/templates";
import { numberWord } from "../read/form";
import { dataList } from "./data-lists";
import { declineTexts, thingAsked } from "./decline";
import { type KnownList, plainSet } from "../corpus/sets";
import { answerFact, severalCapitals } from "./fact-answers";
import type { Skill, SkillInput } from "./skill";

/** A request for items, not a question about them: "list", "name", "give me", "write", "what are". */
const ASKS =
  // "For my choir handout: list the notes of ...": who it is for, then the ask.
  /^\s*(?:for\s+[^:?\n]{2,60}:\s*)?(?:(?:can|could|would|will) you\s+)?(?:please\s+)?(?:list|name|give me|tell me|write(?: down)?|show me|what are)\b|\b(?:a |an )?(?:bullet(?:ed)?|numbered) list of\b/i;
const N = "(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|some)";

/** A request for an ordered set the other way round: "in reverse order", "from farthest to closest". */
const REVERSED =
  /\breversed?\b|\bbackwards?\b|\bz-?a order\b|\bfrom (?:the )?(?:farthest|furthest|outermost)\b[^.?!]{0,30}\bto\b/i;

/** How many the request asks for: "three fruits", "the first five months"; undefined for all. */
function howMany(text: string, list: KnownList): number | undefined {
  const first = new RegExp(`\\b(?:first|last)\\s+${N}\\b`, "i").exec(text);
  // A list read from data has no pattern of its own: the number the request leads with.
  const lead = new RegExp(
    `^\\s*(?:please\\s+)?(?:list|name|give me|tell me|write(?: down)?|show me|what are)\\s+(?:exactly\\s+|only\\s+|just\\s+)?${N}\\b`,
    "i",
  );
  const n =
    first ?? new RegExp(`\\b${N}\\s+(?:[\\w-]+\\s+){0,3}?(?:${list.test.source})`, "i").exec(text) ?? lead.exec(text);
  if (!n) return undefined;
  if (/^(a few|some)$/i.test(n[1])) return Math.min(list.items.length, list.ordered ? list.items.length : 5);
  return numberWord(n[1]);
}

/** Different picks of `count` items from an open set: the first the favourites, the others rotated. */
function picks(items: readonly string[], count: number): Filled[] {
  const out: Filled[] = [];
  const seen = new Set<string>();
  for (let shift = 0; shift < items.length && out.length < 6; shift += 2) {
    const chosen = Array.from({ length: count }, (_, i) => items[(shift + i) % items.length]);
    if (new Set(chosen).size < count) continue;
    const text = chosen.join("\n");
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ text, weight: 0.8 ** out.length });
  }
  return out.length ? out : [{ text: items.slice(0, count).join("\n"), weight: 1 }];
}

/** The items a request asks for from a set, in the set's order or as a few different picks. */
function listReplies(lastUser: string, list: KnownList): Filled[] | null {
  const asked = howMany(lastUser, list);
  const count = Math.min(asked ?? (list.ordered ? list.items.length : 5), list.items.length);
  if (!count) return null;
  // "The last three months" are October to December.
  // "Three planets in reverse order" start from the far end: Neptune, Uranus, Saturn.
  const last = list.ordered && (/\blast\s+(?:\d|[a-z]+\s+)/i.test(lastUser) || REVERSED.test(lastUser));
  const chosen = last ? list.items.slice(-count) : list.items.slice(0, count);
  // An open set is drawn from its familiar head: five countries of Asia are not its five least known.
  const drawn = list.ordered
    ? [{ text: chosen.join("\n"), weight: 1 }]
    : picks(list.items.slice(0, Math.max(count + 4, 8)), count);
  return drawn.map((d) => ({ ...d, text: arranged(d.text.split("\n"), lastUser) }));
}

/** The order and separator asked for: "in alphabetical order", "in reverse order", "separated by commas". */
function arranged(items: string[], ask: string): string {
  const out = [...items];
  if (/\balphabetical(?:ly)?\b|\ba-?z order\b|\bsorted\b/i.test(ask)) out.sort((a, b) => a.localeCompare(b));
  if (REVERSED.test(ask)) out.reverse();
  const inline =
    /\bcomma[- ]separated\b|\bseparated by (?:a )?commas?\b|\bwith commas\b|\bon (?:one|a single) line\b|\bin (?:one|a single) line\b/i.test(
      ask,
    );
  if (inline) return out.join(", ");
  if (/\bwithout (?:any )?(?:numbers|numbering|bullets)\b|\bno (?:numbers|numbering)\b|\bunnumbered\b/i.test(ask))
    return out.join("\n");
  // No layout asked: a numbered list, as a chat model writes one (forms.ts re-lays it when a layout is asked).
  const laidOut =
    /\bper line\b|\blines?\b|\bbullet|\bnumbered\b|\bdash(?:es)?\b|\bhyphens?\b|\bcommas?\b|\beach on\b|\bin a list\b|\bas a list\b/i;
  return laidOut.test(ask) || out.length < 2 ? out.join("\n") : out.map((item, i) => `${i + 1}. ${item}`).join("\n");
}

/**
 * Sets read from data (countries of a continent, elements of a family, planets of a kind): asked
 * before the fact lookups, so "Name two planets with rings" is a list, not Saturn's passage.
 */
export const dataLists: Skill = {
  name: "data-lists",
  does: "lists read from data: countries and capitals of a continent, elements of a family, planets of a kind",
  reply({ lastUser }) {
    // Asked for JSON too: the list fills the schema's array (reply/compose.ts), never a passage's sentences.
    if (lastUser.length > 300 || !ASKS.test(lastUser)) return null;
    const data = dataList(lastUser);
    if (data === undefined) return null;
    // "The capitals of Spain, Portugal and Italy": each one is a fact (facts.ts), not a set to list.
    if (data === null && severalCapitals(lastUser)) return null;
    // "The three biggest planets": places in an order the planets table sorts by (facts.ts).
    if (data === null && answerFact(lastUser)?.key.startsWith("planets:rank")) return null;
    // A set the data names but cannot give exactly ("countries that border Germany"): no guess.
    if (data === null)
      return {
        texts: declineTexts(thingAsked(lastUser) ?? { kind: "task", text: "list those" }, false),
        asWritten: true,
        declined: true,
      };
    const texts = listReplies(lastUser, { test: /(?!)/, items: data.items, ordered: data.ordered });
    return texts ? { texts, exact: true } : null;
  },
};

/** Words found by how they sound or what they mean: no word list here holds rhymes, synonyms or opposites. */
const WORD_RELATIONS =
  /\b(?:words?|things?)\s+that\s+rhymes?\s+with\b|\brhymes?\s+(?:for|with)\b|\brhyming words\b|\bsynonyms?\b|\bantonyms?\b|\bopposites?\s+of\b/i;

/** "Which days of the week begin with T?": a set filtered by a letter, the set's name and the filter kept. */
const LETTER_QUESTION =
  /^\s*(?:which|what)\s+((?:[a-z]+\s+){0,4}?(?:start|begin|end)s?\s+with\s+(?:the\s+letter\s+|an?\s+)?["'“‘]?[a-z]["'”’]?\s*[?.!]?)\s*$/i;

export const lists: Skill = {
  name: "lists",
  does: "well-known sets of everyday things (days, months, colours, continents, fruits, sea animals...)",
  reply({ lastUser: said, turns }) {
    const asked = packingFor(said, turns);
    // "Which months start with J?" asks for the members with that letter: a list, asked as a question.
    const byLetter = LETTER_QUESTION.exec(asked);
    const lastUser = byLetter ? `List the ${byLetter[1]}` : asked;
    if (lastUser.length > 300) return null;
    // "Four words that rhyme with light", "What rhymes with light?" drew a poem's lines: honestly out of reach.
    // A poem asked to rhyme is the creative skill's.
    if (
      WORD_RELATIONS.test(lastUser) &&
      !/\b(?:poem|song|verse|limerick|haiku|story|rap|lyrics?|couplet)\b/i.test(lastUser) &&
      (ASKS.test(lastUser) || /^\s*(?:what|which|any|some)\b|\bwords?\b/i.test(lastUser))
    )
      return {
        texts: declineTexts(thingAsked(lastUser) ?? { kind: "task", text: "find those words" }, false),
        asWritten: true,
        declined: true,
      };
    // Asked for JSON too: the list fills the schema's array (reply/compose.ts), never a passage's sentences.
    if (!ASKS.test(lastUser)) return null;
    const list = plainSet(lastUser, (set) => set.test);
    if (!list && byLetter) {
      // "Which months start with Q?": the set is known and none of it has that letter, which is the answer.
      const filter =
        /\s*(?:that\s+|which\s+)?((?:start|begin|end)s?)\s+with\s+(?:the\s+letter\s+|an?\s+)?["'“‘]?([a-z])["'”’]?\s*[?.!]?\s*$/i.exec(
          lastUser,
        );
      const whole = filter ? plainSet(lastUser.slice(0, filter.index), (set) => set.test) : null;
      const name = whole ? whole.test.exec(lastUser)?.[0] : undefined;
      if (filter && name)
        return {
          texts: [
            {
              text: `None: no ${name.toLowerCase()} ${/^end/i.test(filter[1]) ? "end" : "start"} with ${filter[2].toUpperCase()}.`,
              weight: 1,
            },
          ],
          exact: true,
        };
    }
    if (!list) return twoSets(lastUser);
    const texts = listReplies(lastUser, list);
    return texts ? { texts, exact: true } : null;
  },
};

const PACK_FOR_WHAT =
  /\b(?:things|items|essentials)\s+(?:(?:that\s+)?(?:i|we)\s+(?:should|need to|must|ought to|have to)\s+|(?:should|must|do)\s+(?:i|we)\s+)?(?:always\s+)?(?:pack|bring|take)\b(?!\s+(?:for|to|on)\b)/i;
const COUNT_SAID =
  /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:main|key|essential|basic|most important)\s+)?(?:things|items|essentials)\b/i;
const LAYOUT_SAID =
  /\b(?:one per line|each on its own line|numbered(?: list)?|(?:as )?a bullet(?:ed)? list|bullet points|comma[- ]separated)\b/i;

/**
 * "First proper day hike this weekend." ... "List the 4 things I should always pack": the trip is the
 * one the user named earlier (a hike or a beach day), asked as the set corpus/sets.ts lists for it,
 * with the count and the layout the message says.
 */
function packingFor(message: string, turns: SkillInput["turns"]): string {
  if (!PACK_FOR_WHAT.test(message) || message.length > 200) return message;
  const earlier = turns.filter((t) => t.role === "user").slice(0, -1);
  const trip = earlier
    .map((t) => /\b(day hike|hike|hiking|trek|beach day|beach|seaside)\b/i.exec(t.text)?.[1])
    .findLast(Boolean);
  if (!trip) return message;
  const count = COUNT_SAID.exec(message)?.[1];
  const layout = LAYOUT_SAID.exec(message)?.[0];
  const place = /^hiking$/i.test(trip) ? "a hike" : `a ${trip.toLowerCase()}`;
  return `List ${count ? `${count} ` : ""}things to pack for ${place}${layout ? `, ${layout}` : ""}.`;
}

/** "List three fruits, then three vegetables": each set on its own line, headed by its name. */
function twoSets(lastUser: string): { texts: Filled[]; exact: true } | null {
  const m =
    /^(.*?\b(?:list|name|give me|tell me|write(?: down)?|show me|what are)\b)(.+?)(?:,\s*|\s+)(?:and then|then|and|plus|as well as|followed by)\s+(.+)$/i.exec(
      lastUser,
    );
  if (!m) return null;
  const lines: string[] = [];
  for (const part of [m[2], m[3]]) {
    const asked = `${m[1]} ${part.trim()}`;
    const set = plainSet(asked, (s) => s.test);
    const texts = set ? listReplies(asked, set) : null;
    const name = set ? set.test.exec(asked)?.[0] : undefined;
    if (!texts || !name) return null;
    const items = texts[0].text.split("\n").map((l) => l.replace(/^\d+\.\s+/, ""));
    lines.push(`${name.charAt(0).toUpperCase()}${name.slice(1)}: ${items.join(", ")}`);
  }
  return { texts: [{ text: lines.join("\n"), weight: 1 }], exact: true };
}
