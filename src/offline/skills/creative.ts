/**
 * Creative requests in a conversation: what kind of piece (tagline, names, haiku, poem), about
 * what, and how bold. Follow-ups ("Give me one more, even bolder.", "Now one for our tea menu.")
 * inherit the kind and subject of the request before them; a system message that names a
 * business ("You help a small coffee shop with its marketing.") gives the subject when the user
 * names none.
 */
import type { ConversationTurn } from "../read/conversation";
import {
  COLOURS,
  readCreative,
  subjectOf,
  type CreativeKind,
  type CreativeRequest,
  type Filled,
} from "../language/templates";
import { declineTexts, thingAsked } from "./decline";
import { subjectLines } from "../language/subject-lines";
import { ACROSTIC_LINES } from "../corpus/acrostic-lines";
import { NAME_KINDS } from "../language/short-forms";
import { expand } from "../language/templates";
import { nameSetOf } from "../corpus/name-sets";

const SAME_KIND =
  /\b(?:the )?same (?:kind|sort|type|style|form|thing)(?: of (?:poem|thing|piece|one|verse))?\b|\b(?:another|one more|a new) (?:one )?like (?:that|it|this|the last one)\b|\bin the same (?:style|form|way)\b/i;
const FOR_LISTENER =
  /\bfor\s+((?:my|our|a|the)\s+(?:little\s+|young\s+)?(?:son|daughter|kids?|children|child|niece|nephew|grandson|granddaughter|grandchildren|class|students|toddler|baby|boy|girl|brother|sister))\b/i;
const FOLLOW_UP =
  /\b(another|one more|more|again|next|bolder|different|else|try|new one|one for|others?|alternatives?)\b/i;
const BUSINESS =
  /\b(?:small |little |local |new |family )?((?:[a-z-]+ )?(?:shop|store|caf[eé]|bakery|gym|bookshop|bookstore|restaurant|bistro|studio|salon|agency|brand|startup|company|business|bar|pub|florist|boutique|clinic|hotel|garage|brewery|bakehouse))\b/i;

/** The creative request the last user message makes, alone or through the turns before it. */
const EERIE = /\b(?:horror|scary|creepy|spooky|eerie|mystery|mysterious|ghost|haunted|chilling|halloween)\b/i;
const CHEERFUL = /\b(?:funny|happy|cheerful|bedtime|silly|romantic|love|kids?|children)\b/i;

/** Words before "joke" that say what kind of joke, not what it is about. */
const FORM_ADJECTIVE =
  /^(?:funny|short|quick|silly|good|little|bad|scary|cute|clean|corny|cheesy|lame|great|nice|simple|another|random|original|bedtime|knock|sentence|line|word|favourite|favorite|spooky|creepy|happy|sad|long|tiny|best|worst|dirty|dark|witty|dad|knock-knock|pun|clever|classic|famous|some|this|that|with|your|their|about|tell|write|give|make|want|need|please)$/i;
/** "a gardening joke": the jokes are about a gardener ("Why did the gardener..."), not "the gardening". */
function doer(word: string): string {
  if (!/ing$/.test(word) || word.length < 6) return word;
  const own: Record<string, string> = {
    cooking: "cook",
    sailing: "sailor",
    nursing: "nurse",
    cycling: "cyclist",
    acting: "actor",
    accounting: "accountant",
    engineering: "engineer",
  };
  if (own[word]) return own[word];
  return `${word.slice(0, -3)}er`;
}

/** "... for my retirement club newsletter", "... for my kids": the readers, after the form. */
const FOR_AUDIENCE = /\b(?:jokes?|puns?|limericks?|haikus?|poems?|riddles?)\s+for\s+(?:my|our|the|a|an)\b/i;

export function creativeRequest(turns: readonly ConversationTurn[]): CreativeRequest | null {
  const users = turns.filter((t) => t.role === "user").map((t) => t.text);
  const last = users[users.length - 1];
  if (last === undefined) return null;
  const own = readCreative(last);
  // A knock-knock joke is its own form: the riddle templates are not one (skills/notes.ts has them).
  if (own?.kind === "joke" && /\bknock[- ]knock\b/i.test(last)) return null;
  let kind: CreativeKind | undefined = own?.kind;

  // "a slogan for it": a pronoun points back to the business told before the ask, never a subject itself.
  let subject =
    own?.kind === "tagline" && own.subject && /^(?:it|this|that|them|these|those|one|mine|ours)$/i.test(own.subject)
      ? undefined
      : own?.subject;
  // "a gardening joke for my retirement club newsletter": the word before the form is what it is about;
  // the "for ..." after it is who reads it.
  const before =
    kind && /^(?:joke|story|poem|haiku|limerick|riddle)$/.test(kind)
      ? /\b([a-z]{3,20})\s+(?:jokes?|puns?|limericks?|haikus?|poems?|riddles?)\b/i.exec(last)?.[1]?.toLowerCase()
      : undefined;
  // "a sailing joke I can use to warm up nervous beginners": with no "about", the word before the form is the subject.
  if (before && !FORM_ADJECTIVE.test(before) && (FOR_AUDIENCE.test(last) || !/\babout\b/i.test(last)))
    subject = doer(before);
  // "a joke about sailing" is about a sailor: "Why did the sailing ..." says nothing.
  else if (kind === "joke" && subject && /^[a-z]+ing$/i.test(subject)) subject = doer(subject.toLowerCase());
  let topic = own?.topic;
  let message = own?.message;
  const bold = own?.bold ?? /\b(bold|bolder|daring|punchier|edgier|wilder|braver)\b/i.test(last);
  // "Now do the same kind of poem, but about rain": the form is the earlier piece's (a haiku), the subject new.
  if (SAME_KIND.test(last))
    for (let i = users.length - 2; i >= 0; i--) {
      const earlier = readCreative(users[i]);
      if (!earlier) continue;
      kind = earlier.kind;
      subject ??= newSubject(last) ?? earlier.subject;
      break;
    }
  if (!kind) {
    // A follow-up only continues a creative exchange: "Give me another one." after a tagline.
    if (!FOLLOW_UP.test(last) || last.split(/\s+/).length > 14) return null;
    for (let i = users.length - 2; i >= 0 && !kind; i--) {
      const earlier = readCreative(users[i]);
      if (earlier) {
        kind = earlier.kind;
        const fresh = newSubject(last);
        subject ??= fresh ?? earlier.subject;
        if (!fresh) topic ??= earlier.topic;
        message ??= earlier.message;
      }
    }
    if (!kind) return null;
  }
  if (kind === "subject") subject ??= message;
  // "A bedtime story for my son": the son is who listens, not what the story is about.
  if (
    kind === "story" &&
    subject &&
    FOR_LISTENER.test(last) &&
    (FOR_LISTENER.exec(last)?.[1] ?? "")
      .toLowerCase()
      .endsWith(subject.toLowerCase().replace(/^(?:my|our|a|the)\s+/, ""))
  )
    subject = undefined;
  subject ??= systemSubject(turns);
  // "A slogan for the side of the truck", "for the chalkboard outside": where the slogan goes, not what it is about.
  // With nothing told about the business, the thing it goes on is what is named ("the side of my van": the van).
  const placed = kind === "tagline" && subject && PLACEMENT.test(subject) ? subject : undefined;
  if (placed) subject = undefined;
  // "I'm opening a small bike repair shop. Give me a slogan": the business is told before the ask.
  if ((kind === "tagline" || kind === "name") && !subject) subject = ownBusiness(last) ?? soldBy(last)?.business;
  if (placed && !subject)
    subject = /\b(?:of|on|outside|above|for)\s+(?:(?:the|my|our|a|an)\s+)?([a-z][a-z -]{1,30})$/i.exec(placed)?.[1];
  const goods = kind === "tagline" ? soldBy(last)?.goods : undefined;
  // The ideas templates are a business's ways to win customers: "ideas for a rainy weekend" or a gift are not.
  if (
    kind === "ideas" &&
    !(subject && BUSINESS.test(subject)) &&
    !/\b(?:customers?|marketing|promot\w+|attract\w*|regulars)\b/i.test(last)
  )
    return null;
  // "Our trivia night team needs a name": the thing to name is said before the ask, not after it.
  if (kind === "name" && !subject)
    subject = NAME_KINDS.map((k) => k.test.exec(last)?.[0])
      .find(Boolean)
      ?.toLowerCase();
  // The story templates are eerie: a scary story, or a two-sentence one (their shape), about nothing
  // named gets a thing such stories are told about.
  if (
    kind === "story" &&
    !subject &&
    (EERIE.test(last) || /\b(?:two|2)[- ]sentences?\b/i.test(last)) &&
    !CHEERFUL.test(last)
  )
    subject = "old music box";
  // A story or a joke about nothing in particular is the corpus's own; a title needs a topic.
  if (!subject && (kind === "story" || kind === "joke" || kind === "title" || kind === "subject")) return null;
  // "A subject line for an email persuading my boss...": a purpose no subject line is read from is declined.
  if (kind === "subject" && (!message || !subjectLines(message))) return null;
  if (!subject) {
    // "Write a haiku" gets the corpus's own subject; "turn this into a poem: the bus was late..."
    // names something the templates cannot hold, and a poem about programming would not be it.
    if ((kind === "haiku" || kind === "poem" || kind === "limerick") && !asksForAnyPiece(last)) return null;
    subject = kind === "haiku" || kind === "poem" ? "programming" : kind === "limerick" ? "cat" : "coffee shop";
  }
  // "We just got three backyard chickens. Name them": one name for each.
  const each =
    kind === "name" && /\bname (?:them|these|those|both|all three|all of them)\b/i.test(last)
      ? new RegExp(
          `\\b(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:[a-z-]+\\s+){0,2}${subject.replace(/[^a-z ]/gi, "")}`,
          "i",
        ).exec(last)
      : null;
  const count =
    countAsked(last) ??
    (each ? (/^\d+$/.test(each[1]) ? Number(each[1]) : COUNT_WORDS[each[1].toLowerCase()]) : undefined) ??
    (/\bname (?:both|them both)\b|\bname the two\b/i.test(last) ? 2 : undefined);
  // "A three-sentence story", "a one-sentence story": the story templates come in those lengths too.
  const told =
    kind === "story"
      ? /\b(one|1|three|3)[- ]sentences?\b|\b(?:in|of|with)\s+(?:exactly\s+)?(one|1|three|3)\s+sentences?\b/i.exec(last)
      : null;
  const sentences = told ? (/^(?:one|1)$/i.test(told[1] ?? told[2]) ? 1 : 3) : undefined;
  const brand =
    kind === "tagline"
      ? /\b(?:called|named)\s+["“']?((?:[A-Z][\w'&-]*)(?:\s+(?:&\s+)?[A-Z][\w'&-]*){0,3})/.exec(last)?.[1]
      : undefined;
  const mood =
    kind !== "story"
      ? undefined
      : EERIE.test(last) && !CHEERFUL.test(last)
        ? "eerie"
        : CHEERFUL.test(last)
          ? "cheerful"
          : undefined;
  const colour = kind === "name" ? COLOURS.exec(last)?.[0].toLowerCase() : undefined;
  // "Four animal names for the sixes": names of that kind, the plural for groups ("The Foxes").
  const ofKind = kind === "name" ? nameSetOf(last) : undefined;
  const group = ofKind && (ofKind.group || users.some((u) => nameSetOf(`animal names ${u}`)?.group));
  const members = ofKind
    ? group && ofKind.set.groups[0] !== ofKind.set.ones[0]
      ? ofKind.set.groups.map((g) => `The ${g}`)
      : ofKind.set.ones
    : undefined;
  return {
    kind,
    subject,
    bold,
    ...(members ? { members } : {}),
    ...(goods ? { goods } : {}),
    ...(colour ? { colour } : {}),
    ...(sentences ? { sentences } : {}),
    ...(mood ? { mood } : {}),
    ...(brand ? { name: brand } : {}),
    ...(topic ? { topic } : {}),
    ...(message ? { message } : {}),
    ...(count ? { count } : {}),
    ...(own?.titleOf ? { titleOf: own.titleOf } : {}),
    // "Give me another one" after a joke: what was already told is not told again, whoever wrote it.
    ...(kind === "joke" && !own ? { told: turns.filter((t) => t.role === "assistant").map((t) => t.text) } : {}),
  };
}

/** Words that ask for a piece and say nothing of what it is about. */
const ANY_PIECE =
  /^(?:write|give|make|compose|create|tell|show|share|send|me|us|a|an|one|another|short|little|quick|nice|cute|simple|random|funny|silly|lovely|beautiful|good|great|sweet|new|original|please|pls|plz|can|could|would|will|you|i|we|want|need|like|love|some|haikus?|poems?|limericks?|verses?|poetry|just|now|ok|okay|hey|hi|hello|thanks|thank|the|any|kind|sort|of|something|rhyming|today|quickly|really|again|more|for|yo|hmm|go|on|then|and|do|to|try|your|own|choice|favou?rite|fun|three|five|lines?|syllables?|classic|traditional|style|japanese|english|in|with|mind|surprise)$/i;

/** "Write a haiku", "a limerick pls": a piece asked for with nothing named for it to be about. */
function asksForAnyPiece(text: string): boolean {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).every((w) => ANY_PIECE.test(w));
}

const COUNT_WORDS: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** "5 of them", "give me three", "I need 4": how many pieces, said in a way the form reader does not read. */
function countAsked(text: string): number | undefined {
  const m =
    /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+of them\b/i.exec(text) ??
    // "Two nicknames for my hatchback": the count that opens the message.
    /^\s*(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z-]+\s+)?(?:nick)?names\b/i.exec(text) ??
    // "names for a blue budgie, 4 please": the count said last, on its own.
    /,\s*(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:please|pls|of those|ideas|options)?\s*[.!]?\s*$/i.exec(
      text,
    ) ??
    // "3 more?", "two different ones": a follow-up's count.
    /\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more|others?|other ones|different ones|new ones)\b/i.exec(
      text,
    ) ??
    /\b(?:give me|i need|i want|suggest|list|send me|need)\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\b(?!\s*(?:%|percent|minutes?|hours?|days?|words?|lines?|sentences?|characters?))/i.exec(
      text,
    );
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : COUNT_WORDS[m[1].toLowerCase()];
  return n >= 2 && n <= 10 ? n : undefined;
}

/** "I'm opening a bike repair shop", "I run a plant nursery": the business the user says is theirs. */
function ownBusiness(text: string): string | undefined {
  const m =
    /\b(?:i'?m|i am|we'?re|we are)\s+(?:opening|starting|launching|running|setting up)\s+(?:a|an|my|our)\s+([a-z][a-z' -]{2,40}?)(?=\s*(?:[.,!?;:]|$|\s+(?:and|in|on|at|near|next|called|that|which|with|selling|serving|making|offering|for|where)\b))/i.exec(
      text,
    ) ??
    /\b(?:i|we)\s+(?:run|own|opened|started|manage|have)\s+(?:a|an)\s+([a-z][a-z' -]{2,40}?)(?=\s*(?:[.,!?;:]|$|\s+(?:and|in|on|at|near|next|called|that|which|with|selling|serving|making|offering|for|where)\b))/i.exec(
      text,
    );
  if (!m) return undefined;
  const s = m[1].replace(/^(?:(?:small|little|new|local|tiny|family)\s+)+/i, "").toLowerCase();
  return BUSINESS.test(s) || s.split(/\s+/).length <= 3 ? s : undefined;
}

/** Where a slogan is put: the side of a van, a chalkboard, a sign, a mug. */
const PLACEMENT =
  /^(?:(?:the|a|an|my|our)\s+)?(?:side|front|back|window|door|sign|signs|signboard|board|chalkboard|blackboard|banner|awning|sticker|shopfront|storefront|sandwich board|a-board|t-?shirts?|mugs?|bags?|tote bags?|flyers?|leaflets?|posters?|business cards?|menu board)\b(?:\s+(?:of|on|outside|above|for)\b.*|\s+outside)?$/i;

/** Words that praise what is sold ("fresh", "homemade") rather than name it. */
const PRAISE =
  /^(?:(?:fresh|freshly made|homemade|home-made|hot|local|organic|handmade|hand-made|artisan|the best|great|delicious|tasty|proper|real|authentic|traditional)\s+)+/i;

/** "My food truck sells fresh flatbreads from a wood-fired oven": the business and what it sells. */
function soldBy(text: string): { business: string; goods: string } | undefined {
  const m =
    /\b(?:my|our)\s+([a-z][a-z' -]{1,30}?)\s+(?:sells|serves|makes|bakes|does|offers|specialises in|specializes in)\s+([a-z][a-z' -]{2,40}?)(?=\s*(?:[.,!?;:]|$|\s+(?:from|with|in|at|on|for|to|made|cooked|baked|every|all|out)\b))/i.exec(
      text,
    );
  if (!m) return undefined;
  const goods = m[2].replace(PRAISE, "").trim().toLowerCase();
  const business = m[1].replace(/^(?:(?:small|little|new|local|tiny|family)\s+)+/i, "").toLowerCase();
  return goods.length > 2 && goods.split(/\s+/).length <= 5 ? { business, goods } : undefined;
}

/** "Now one for our tea menu." names a new subject for the same kind of piece. */
function newSubject(text: string): string | undefined {
  if (!/\b(for|about)\b/i.test(text)) return undefined;
  return subjectOf(text);
}

function systemSubject(turns: readonly ConversationTurn[]): string | undefined {
  for (const t of turns) {
    if (t.role !== "system" && t.role !== "developer") continue;
    const m = BUSINESS.exec(t.text);
    if (m) return m[1].toLowerCase().replace(/^(a|an|the|our|my)\s+/, "");
  }
  return undefined;
}

/** Short forms the templates do not write: asked for one, the model says so rather than write another form. */
const UNWRITTEN =
  /\b(acrostics?|sonnets?|raps?|rap (?:verse|song)|riddles? (?:about|on)|tongue[- ]twisters?|songs?|lyrics|jingles?|ballads?|odes?|villanelles?|free verse|essays?|speeches|speech|toasts?|eulogy|eulogies|cover letters?|fables?|fairy tales?|screenplays?|scripts? for a (?:play|film|movie|video)|dialogues?)\b/i;

const NUMBER: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};
const num = (w: string) => (/^\d+$/.test(w) ? Number(w) : (NUMBER[w.toLowerCase()] ?? 0));

/** The sentence or line count a creative kind's templates always have. */
const SHAPE: Partial<Record<CreativeKind, { unit: RegExp; n: number; also?: number[] }>> = {
  story: { unit: /sentences?/, n: 2, also: [1, 3] },
  limerick: { unit: /lines?/, n: 5 },
  haiku: { unit: /lines?/, n: 3 },
};

/**
 * Why the templates cannot write what the last message asks, or null when they can: a form they do
 * not hold (a sonnet, a riddle, an acrostic), or a shape other than theirs (a three-sentence story,
 * a six-line poem). Then the honest reply is a decline, never the nearest form.
 */
export function creativeOutOfReach(turns: readonly ConversationTurn[]): string | null {
  const last = [...turns].reverse().find((t) => t.role === "user")?.text ?? "";
  if (last.length > 600) return null;
  // "...then translate it into French": the templates write English only, and half the ask is no answer.
  if (
    /\b(?:then|and(?: then)?|also)\s+translate\s+(?:it|that|this|them|the (?:poem|haiku|story|limerick))\b/i.test(last)
  )
    return "translation";
  const form = UNWRITTEN.exec(last);
  // "A title for an essay", "a subject line for a cover letter": the short form is asked, not the piece.
  const kind = readCreative(last)?.kind;
  if (
    form &&
    (kind === "title" || kind === "subject") &&
    form.index > last.search(/\b(?:titles?|headlines?|subject)\b/i)
  )
    return null;
  const writes =
    /\b(?:write|compose|make up|create|tell me|give me|come up with|craft|draft|i need|can you do)\b/i.test(last);
  if (form && writes) return form[1].toLowerCase();
  const req = creativeRequest(turns);
  if (req?.kind === "tagline" && !req.goods && !req.name && sloganOffSubject(last, req.subject, turns))
    return "slogan for that";
  const shape = req && SHAPE[req.kind];
  if (!shape) return null;
  const m =
    /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[- ](sentences?|lines?)\b/i.exec(last) ??
    /\b(?:in|of|with|using)\s+(?:exactly\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(sentences?|lines?)\b/i.exec(
      last,
    );
  if (!m || !shape.unit.test(m[2].toLowerCase())) return null;
  return num(m[1]) === shape.n || shape.also?.includes(num(m[1])) ? null : `${req.kind} in ${m[1]} ${m[2]}`;
}

/** Words that ask for a slogan and say nothing of what it is for. */
const SLOGAN_WORDS =
  /^(?:taglines?|slogans?|mottos?|catchphrases?|catchy|punchy|snappy|memorable|one|sentence|line|word|words)$/i;

/** A cause, a drive or an event: a slogan for it says what it asks people to do, which no template holds. */
const UNDERTAKING =
  /\b(?:campaigns?|drives?|appeals?|fundrais\w*|initiatives?|causes?|movements?|petitions?|awareness|recruit\w*|volunteers?|posters?|flyers?|leaflets?|protests?|elections?|votes?|charity|charities)\b/i;

/**
 * A slogan must be about what it is for. "We need helpers for the school fair: a slogan for the flyer"
 * names no business the templates read, and the slogan they fall back on is a coffee shop's ("Come in
 * cold, leave warm."); "a slogan for a campaign to save the park" reads a bare "campaign", and "The campaign,
 * made better." says nothing of what it asks. Both are declined: the templates cannot say what the thing asks
 * people to do.
 */
function sloganOffSubject(last: string, subject: string, turns: readonly ConversationTurn[]): boolean {
  // "a recycling campaign" says what it is about; a bare "campaign" or "poster" does not.
  const own = (subject.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter(
    (w) => !/^(?:the|our|my|your|new|big|little|small|local)$/.test(w),
  );
  if (own.length && own.every((w) => UNDERTAKING.test(w))) return true;
  if (subject !== "coffee shop") return false;
  const told = [last, ...turns.filter((t) => t.role === "system" || t.role === "developer").map((t) => t.text)].join(
    " ",
  );
  if (/\b(?:coffee|caf[eé]s?|espresso|latte|barista)\b/i.test(told)) return false;
  return !(last.toLowerCase().match(/[a-z]+/g) ?? []).every((w) => ANY_PIECE.test(w) || SLOGAN_WORDS.test(w));
}

const SCOPE =
  "I can write a few short forms from templates (limericks, haiku, two-sentence stories, short jokes, slogans, name ideas), but not that one.";

/** The decline for a creative request out of reach. */
export function creativeDecline(last: string): Filled[] {
  return declineTexts(thingAsked(last) ?? { kind: "task", text: "write that piece" }, false, SCOPE);
}

/** "An acrostic poem using the word SUMMER", "an acrostic for my name, ANNA": the word to spell. */
const ACROSTIC =
  /\bacrostic\b[^.?!\n]{0,60}?\b(?:using|with|for|on|of|about|from|spelling|spells?|out of|word|name)\s+(?:(?:the|my|our|his|her)\s+)?(?:(?:word|name)\s*[:,]?\s+)?["'“‘]?([A-Za-z]{2,12})["'”’]?(?=[\s.,!?]|$)|\b["'“‘]?([A-Z]{2,12})["'”’]?\s+(?:as\s+)?(?:an?\s+)?acrostic\b/;

/** An acrostic of the word asked, a line per letter from the line bank; null when none is asked. */
export function acrosticReply(last: string): Filled[] | null {
  const m = ACROSTIC.exec(last);
  const word = m?.[1] ?? m?.[2];
  if (!word || /^(?:poem|the|a|an|my|word|name|about|me|it)$/i.test(word)) return null;
  const seen: Record<string, number> = {};
  const lines: string[] = [];
  for (const ch of word.toLowerCase()) {
    const pair = ACROSTIC_LINES[ch];
    if (!pair) return null;
    const i = seen[ch] ?? 0;
    seen[ch] = i + 1;
    lines.push(pair[i % 2]);
  }
  return expand(lines.join("\n"));
}
