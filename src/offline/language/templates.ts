/**
 * Creative replies for subjects the corpus has no passages about: templates whose slots are
 * filled from the prompt ("a tagline for a gym" fills the place, the goods and the verbs of a
 * gym). Each slot offers several alternatives, so replies vary where a language model's would,
 * and every combination is a whole sentence on its own (slot fillers are written to fit every
 * template they can land in).
 *
 * Template syntax: `[a|b|c]` picks one alternative, `{slot}` takes the subject's value (first
 * letter capitalized when written `{Slot}`); a slot's value may itself hold `[a|b]` alternatives.
 */

import {
  APP_STEMS,
  APP_STEM_DEFAULT,
  JOKE_TEMPLATES,
  KNOWN_JOKES,
  ONE_SENTENCE_STORIES,
  THREE_SENTENCE_STORIES,
  EERIE_ONE_SENTENCE_STORIES,
  EERIE_THREE_SENTENCE_STORIES,
  CHEERFUL_STORIES,
  LIMERICKS,
  NAME_KINDS,
  STORIES,
  ANIMATE_STORIES,
  PREMISE_STORIES,
  ANIMATE,
  SUBJECT_LINES,
  TITLES,
  STORY_TITLES,
  HEADLINES,
  newsOf,
  ESSAY_TITLES,
  nounPhrase,
  subjectMessage,
  syllableCount,
  titleCase,
} from "./short-forms";
import { subjectLines } from "./subject-lines";

export type CreativeKind =
  | "tagline"
  | "name"
  | "haiku"
  | "poem"
  | "ideas"
  | "limerick"
  | "story"
  | "joke"
  | "title"
  | "subject";

interface Lexicon {
  /** What the place is, as the prompt would name it: "gym", "bookshop". */
  place: string;
  /** What it offers, plural or mass noun: "books", "bread". */
  goods: string;
  /** Adjectives that fit the goods. */
  adj: string;
  /** One unit of the goods or the activity: "page", "rep". */
  unit: string;
  /** What customers do there, imperative: "Read", "Train". */
  verb: string;
  /** Words for names: "Page|Chapter|Ink". */
  noun: string;
  /** Who it is for: "people who love a good story". */
  love: string;
}

/** Subjects the templates know a vocabulary for, matched on the subject's words. */
const DOMAINS: { test: RegExp; lex: Omit<Lexicon, "place"> }[] = [
  {
    test: /\b(coffee|caf[eé]|espresso|roaster[sy]?|barista)\b/i,
    lex: {
      goods: "[coffee|espresso]",
      adj: "[fresh|strong|honest]",
      unit: "cup",
      verb: "[Sip|Linger]",
      noun: "[Bean|Brew|Roast|Grind|Cup]",
      love: "[love a good cup|need their mornings to start well]",
    },
  },
  {
    test: /\b(tea|teas|teahouse|tearoom)\b/i,
    lex: {
      goods: "[tea|loose-leaf tea]",
      adj: "[fresh|fragrant|gentle]",
      unit: "cup",
      verb: "[Steep|Sip|Pause]",
      noun: "[Leaf|Kettle|Steep|Teapot|Willow]",
      love: "[take their time|love a quiet cup]",
    },
  },
  {
    test: /\b(book|books|bookshop|bookstore|library|librar(y|ies)|reading)\b/i,
    lex: {
      goods: "[books|stories]",
      adj: "[good|well-loved|second-hand]",
      unit: "[page|story|chapter]",
      verb: "[Read|Browse]",
      noun: "[Page|Chapter|Ink|Shelf|Story|Margin]",
      love: "[love a good story|read past midnight]",
    },
  },
  {
    test: /\b(gym|fitness|workout|training|crossfit|yoga|pilates|boxing)\b/i,
    lex: {
      goods: "[workouts|training]",
      adj: "[honest|hard|real]",
      unit: "[rep|step|session]",
      verb: "[Train|Lift|Move]",
      noun: "[Iron|Forge|Pulse|Summit|Motion|Grit]",
      love: "[want to get stronger|never skip leg day]",
    },
  },
  {
    test: /\b(bakery|bakeries|bread|baker|patisserie|pastr(y|ies)|cakes?)\b/i,
    lex: {
      goods: "[bread|pastries]",
      adj: "[fresh|warm|golden]",
      unit: "[loaf|crumb|slice]",
      verb: "[Taste|Share]",
      noun: "[Crust|Crumb|Oven|Loaf|Flour|Rye]",
      love: "[love the smell of fresh bread|cannot resist a warm croissant]",
    },
  },
  {
    test: /\b(flowers?|florist|plants?|garden(ing)?|nursery)\b/i,
    lex: {
      goods: "[flowers|plants]",
      adj: "[fresh|bright|seasonal]",
      unit: "[bloom|stem|petal]",
      verb: "[Grow|Bloom]",
      noun: "[Petal|Stem|Bloom|Fern|Meadow]",
      love: "[love something green on the windowsill|bring flowers for no reason]",
    },
  },
  {
    test: /\b(restaurant|bistro|diner|kitchen|pizza|pizzeria|food|burgers?|tacos?)\b/i,
    lex: {
      goods: "[food|home cooking]",
      adj: "[fresh|honest|simple]",
      unit: "[plate|bite|dish]",
      verb: "[Eat|Share]",
      noun: "[Table|Spoon|Ladle|Hearth|Olive]",
      love: "[love a long dinner|like to eat well]",
    },
  },
  {
    test: /\b(bikes?|bicycles?|cycling|cycle)\b/i,
    lex: {
      goods: "[bikes|bike repairs]",
      adj: "[honest|quick|solid]",
      unit: "[ride|mile|turn]",
      verb: "[Ride|Roll]",
      noun: "[Spoke|Chain|Gear|Pedal|Wheel]",
      love: "[would rather ride than drive|love an early ride]",
    },
  },
  {
    test: /\b(pets?|dogs?|cats?|vets?|veterinar\w*|grooming)\b/i,
    lex: {
      goods: "[care|treats]",
      adj: "[gentle|kind|careful]",
      unit: "[wag|visit|paw]",
      verb: "[Play|Cuddle]",
      noun: "[Paw|Whisker|Tail|Biscuit|Collar]",
      love: "[treat their pets like family|love a wagging tail]",
    },
  },
  {
    test: /\b(app|apps|software|startup|saas|platform|tool|tools|tech|website|code|coding)\b/i,
    lex: {
      goods: "[software|tools]",
      adj: "[simple|reliable|thoughtful]",
      unit: "[click|task|release]",
      verb: "[Build|Ship]",
      noun: "[Pixel|Signal|Orbit|Vector|Beacon]",
      love: "[have better things to do than paperwork|like their tools simple]",
    },
  },
];

const GENERIC: Omit<Lexicon, "place"> = {
  goods: "[service|care]",
  adj: "[honest|friendly|reliable]",
  unit: "[visit|detail|day]",
  verb: "[Visit|Stay]",
  noun: "[Oak|Lantern|Harbor|Compass|Juniper|North]",
  love: "[care about quality|like things done well]",
};

/** Tagline templates: every one reads as a sentence for every lexicon. */
const TAGLINES: string[] = [
  "[{Adj}] {goods}, [warm|friendly] [faces|welcomes]. ",
  "Where every {unit} [counts|matters|tells a story].",
  "[The neighbourhood's|Your town's] [favourite|friendliest] {place}.",
  "Come for the {goods}, stay for the [people|company|calm].",
  "[Made|Built] for people who {love}.",
  "{Verb} more. [Worry|Rush] less.",
  "Small {place}, big [heart|ideas|welcome].",
  "[{Adj}] {goods}, [done right|made with care|without the fuss].",
  "The [best|brightest] part of your [day|week|morning] [starts|happens] at [our|the] {place}.",
  "[Good|Better] days start at [our|your] {place}.",
];

/** Bolder taglines, for "even bolder", "punchier", "more daring". */
const BOLD: string[] = [
  "[No shortcuts.|No excuses.|No half measures.] Just [{adj}] {goods}.",
  "[Bold|Big] {goods} for [bold|big] [days|dreams|people].",
  "[Louder|Bolder|Braver] than your [Monday|alarm clock|to-do list].",
  "[Forget|Skip] the [ordinary|usual]. [Come|Step] [in|inside].",
  "{Verb} [like you mean it|without apology|all in].",
];

const NAMES: string[] = [
  "The [Little|Golden|Quiet|Corner|Wandering|Bright] {Noun}",
  "{Noun} & [Co.|Sons|Friends]",
  "{Noun} [House|Corner|Room|Works|Lab]",
  "[Open|Daily|Good|North] {Noun}",
];

/** Subjects that are a shop, a firm or a place of business: their names may say "& Co." or "House". */
const BUSINESS_SUBJECT =
  /\b(?:shop|store|caf[eé]|coffee|bakery|bakeries|restaurant|bistro|diner|bar|pub|salon|studio|agency|company|business|brand|firm|boutique|florist|gym|clinic|hotel|garage|brewery|market|stall|truck|kitchen|bookshop|bookstore|pizzeria|tearoom|teahouse|shop)\b/i;

/** Subjects people visit or join, so "at our {place}" reads true; anything else is a thing or a work. */
const PLACE_LIKE =
  /\b(?:club|team|school|academy|library|museum|park|community|society|charity|festival|camp|cent(?:er|re)|hall|church|office|hostel|farm|zoo|theatre|theater|cinema|spa|dojo|rink|pool|court|workshop|co-?working)\b/i;

/** Taglines for a product, an app or a work: nobody "starts the day at" a water bottle. */
const THING_TAGLINES: string[] = [
  "The only {place} you'll ever need.",
  "[Your|The] {place}, [made better|done right|without the fuss].",
  "[Made|Built] for people who {love}.",
  "[Good|Better] days start with [a|the right] {place}.",
  "Everything you want in a {place}. Nothing you don't.",
];

/** Names for anything that is not a business: short, evocative, none with a shop's word. */
const THING_NAMES: string[] = [
  "The [Little|Golden|Quiet|Wandering|Bright|Silver] {Noun}",
  "[Bright|North|Silver|Blue|Wild] {Noun}",
];

/** The middle and last lines of a nature haiku: seven syllables, then five. */
const HAIKU_REST =
  "[the street goes quiet below|I stop to watch for a while|the whole town slows down to look|and the whole world holds its breath]\n[and the night moves on|and all is quiet|then the wind returns|I walk home slowly]";

/** First-line frames by their own syllables, so the frame and the subject make five. */
const HAIKU_FRAMES: Record<number, string> = {
  1: "[Look: {x}|See {x}|Hush: {x}]",
  4: "[Night settles on {x}|Early light on {x}|Slowly, softly, {x}]",
  3: "[Soft light on {x}|Look up at {x}|Morning finds {x}]",
  2: "[Light on {x}|Dawn on {x}|Dusk on {x}]",
};

const HAIKU: string[] = [`${HAIKU_FRAMES[3]}\n${HAIKU_REST}`];

/**
 * A haiku's first line holds five syllables (3): a short subject gets a frame of the syllables
 * it lacks ("Soft light on the moon"), a longer one is the line itself ("The ocean at night"), a
 * longer still only its head. A setting the subject is in ("a dog playing in the snow") is the
 * middle line, so the snow is in the poem, not only the dog.
 */
function haikuFor(x: string, topic?: string): string[] {
  const own = SETTING.exec(x);
  const head = own && own.index > 0 ? x.slice(0, own.index).trim() : x;
  // The topic says the setting whole ("on a lily pad") where the subject was cut short ("on a lily").
  const told = topic ? SETTING.exec(topic.replace(/[.!?]+$/, ""))?.[1] : undefined;
  const where = told ?? (own && own.index > 0 ? own[1] : undefined);
  const lead = where ? SETTING_LEADS[7 - syllableCount(where)] : undefined;
  const rest = lead && where ? `${lead} ${where.toLowerCase()}\n${SETTING_ENDS}` : HAIKU_REST;
  const n = syllableCount(head);
  if (n <= 4) return [`${HAIKU_FRAMES[5 - n].replace(/\{x\}/g, head.replace(/[[\]|{}]/g, ""))}\n${rest}`];
  let line = n <= 7 ? head : head.split(/\s+(?:at|in|on|of|with|from|under|over|by|after|before|during)\s+/i)[0];
  if (syllableCount(line) > 7) line = `the ${line.split(/\s+/).slice(-2).join(" ")}`;
  return [`${line.charAt(0).toUpperCase()}${line.slice(1)}\n${rest}`];
}

/** "in the snow", "on the beach", "over the sea": where a haiku's subject is, at the end of its phrase. */
const SETTING =
  /\s((?:in|on|at|under|by|beside|through|across|near|over)\s+(?:the|a|an|my|our)\s+[a-z]+(?:\s+[a-z]+)?)\s*$/i;

/** Words before a setting that make a line of seven syllables, by their own syllables. */
const SETTING_LEADS: Record<number, string> = {
  1: "[out|still]",
  2: "[all day|alone]",
  3: "[for a while|once again]",
  4: "[all morning long|all afternoon]",
  5: "[over and over|on and on and on]",
};
/** Last lines of five syllables that suit any setting, day or night. */
const SETTING_ENDS = "[and all is quiet|the world holds its breath|and I smile at last]";

/** Programming haiku recombine line by line, each line a whole thought. */
const CODE_HAIKU: string[] = [
  "[Cursor blinks and waits|Coffee at midnight|The build fails again|Quiet terminal]\n[one missing bracket somewhere|I read the same line once more|the tests disagree with me|logs scroll past like falling rain]\n[the night grows longer|then I see the bug|and I smile at last|one commit to go]",
];

/** Brainstormed ideas, one per list item: each reads as a whole suggestion for every lexicon. */
const IDEAS: string[] = [
  "[Run|Host|Start] a [weekly|monthly] {unit} [club|evening|workshop] where regulars [meet|swap tips|learn from each other].",
  "[Offer|Introduce] a loyalty card: the tenth [visit|order] is [free|on the house].",
  "[Partner|Team up] with [a local school|the library next door|neighbouring shops] for a [summer|seasonal|charity] event.",
  "[Put|Set] a small [bench|table|chalkboard] outside so [passers-by|neighbours] [stop|linger|say hello].",
  "[Share|Post] a [behind-the-scenes|morning] [photo|story|video] every day on social media.",
  "[Try|Add] a [pay-what-you-can|pre-order|subscription] option for [busy|regular|loyal] customers.",
  "[Invite|Feature] a local [artist|musician|maker] [each month|every season] to [decorate|play in|take over] the {place}.",
  "[Ask customers to vote on|Let customers vote on|Let customers pick] [a new|the next] [special|recipe|product] [of the month|to add|to try].",
  "[Donate|Give] what is left at closing time to a [food bank|shelter|community fridge].",
  "[Hand out|Offer] free [tasters|samples|demonstrations] on [Saturday mornings|market days|opening week].",
  "[Open|Stay open] [an hour|a little] [earlier|later] on [weekdays|Fridays] for [commuters|night owls|early risers].",
  "[Teach|Run] a [beginners'|hands-on|weekend] class for [{love}|children and parents|anyone curious].",
];

const POEMS: string[] = [
  "[Here is|This is] a small song for {x},\n[for all the quiet days|for all the ordinary hours|for every quiet hour] it [fills|brings];\nwe [rarely|seldom] stop to [notice it|say its name],\nbut [look again|look closer]: it is [everything|a gift].",
  "I [went out|set out] to [look for|write about] {x}\n[and found it waiting|and found it there] [by the door|all along];\n[it asked for nothing|it did not hurry], [only time|only care],\nand [gave me back|left me with] [a quiet song|a better day].",
];

export interface CreativeRequest {
  kind: CreativeKind;
  /** The subject as the prompt names it: "gym", "the moon", "coffee shop". */
  subject: string;
  bold: boolean;
  /** The whole phrase the piece is about: "a cat who loves lasagna", "growing tomatoes on a balcony". */
  topic?: string;
  /** For a subject line: the news it carries ("the meeting moved to Friday"). */
  message?: string;
  /** How many pieces the message asks for in its own words ("5 of them", "give me three"). */
  count?: number;
  /** A story's sentences when asked for one or three (the templates' own length is two). */
  sentences?: 1 | 3;
  /** The business's own name ("a bakery called Golden Crust"): a slogan says it. */
  name?: string;
  /** The mood a story is asked in ("a scary story", "a funny one"): the templates must keep it. */
  mood?: "eerie" | "cheerful";
  /** A title for a story ("The Lost Puppy") or a news headline, not a blog post's "A Beginner's Guide to...". */
  titleOf?: "story" | "headline" | "essay";
  /** Pieces the conversation already holds (a joke told before "another one"): not given again. */
  told?: readonly string[];
  /** What the business says it sells ("fresh flatbreads"): a slogan names them. */
  goods?: string;
  /** The colour the message gives the thing to name ("she's a green estate"): no name says another. */
  colour?: string;
  /** Names of a kind ("four animal names"): the only names to give, each a member of that kind. */
  members?: readonly string[];
}

/** A joke's setup in bare words: "he didn't want" and "it didn't want" tell the same joke. */
const setupOf = (s: string) =>
  (
    s
      .split(/(?<=[?.!])\s/)[0]
      .toLowerCase()
      .match(/[a-z']+/g) ?? []
  )
    .filter((w) => !/^(?:he|she|it|they|the|a|an)$/.test(w))
    .join(" ");

const KIND_WORDS: [RegExp, CreativeKind][] = [
  [/\blimericks?\b/i, "limerick"],
  [/\b(?:a|an|one|two|three|\d)[- ](?:[\w-]+[- ]){0,2}?(?:story|stories|tale)\b/i, "story"],
  [/\b(?:jokes?|puns?)\b/i, "joke"],
  [/\b(?:subject lines?|e-?mail subjects?)\b/i, "subject"],
  [
    /\b(?:suggest|give me|write|need|come up with|propose|create|make|generate|think of|brainstorm)\b[^.?!\n]{0,30}?\b(?:titles?|headlines?)\b/i,
    "title",
  ],
  [/\b(?:few|two|three|four|five|\d) (?:short )?lines (?:about|on|of)\b/i, "poem"],
  [/\b(taglines?|slogans?|mottos?|catchphrases?)\b/i, "tagline"],
  [/\b(names?|nicknames?|brand names?)\b/i, "name"],
  // "What should I call my houseplant?": a name asked without the word.
  [/\b(?:what|how) (?:should|could|shall|can) (?:i|we) call (?:my|our|a|the)\b/i, "name"],
  [/\bhaikus?\b/i, "haiku"],
  [/\b(poems?|poetry|verses?)\b/i, "poem"],
  // "Brainstorm robot names": the ideas asked for are names.
  // "What is the main idea of this text?" asks what a text says, not for ideas.
  [
    /\b(brainstorm|(?<!\b(?:main|central|key|general|basic|big|whole|core|the)\s+)ideas?|suggestions?)\b(?![^.?!\n]*\bnames?\b)/i,
    "ideas",
  ],
];

/** "Write a tagline for a gym" -> tagline / gym; "a haiku about the moon" -> haiku / the moon. */
export function readCreative(text: string): {
  kind: CreativeKind;
  subject?: string;
  bold: boolean;
  topic?: string;
  message?: string;
  titleOf?: "story" | "headline" | "essay";
} | null {
  let kind: CreativeKind | undefined;
  let at = -1;
  for (const [re, k] of KIND_WORDS) {
    const m = re.exec(text);
    if (m && (at < 0 || m.index < at)) {
      kind = k;
      at = m.index;
    }
  }
  if (!kind) return null;
  // "three nicknames for my old taxi" asks for names; "What is New York's nickname?" asks a fact (below).
  // A nickname for a person ("my friend Sam") is no car's or pet's name: only things the name lists know.
  if (kind === "name" && /\bnicknames?\b/i.test(text)) {
    if (
      !NAME_KINDS.some((k) => k.test.test(text)) ||
      /\b(?:friend|mate|brother|sister|mum|dad|wife|husband|boyfriend|girlfriend|partner|boss|colleague|son|daughter|teacher)\b/i.test(
        text,
      )
    )
      return null;
    text = text.replace(/\bnick(names?)\b/gi, "$1");
  }
  // "What is my name?", "my name is Ana" and "What was the name of the innkeeper?" ask for no new names.
  // "Write the name of the largest ocean" asks for a fact's name, not name ideas.
  if (
    kind === "name" &&
    (/\b(?:what|which)(?:'s|\s+(?:is|was|were|are))\s+(?:the|his|her|their|its)\s+names?\b/i.test(text) ||
      /\bthe names? of (?:the|a|an)\b/i.test(text) ||
      // "Which gas do plants take in? Give the name and the chemical formula": a fact's name, not ideas.
      (/\b(?:give|tell|write|state|say)\s+(?:me\s+|us\s+)?(?:the|its|their)\s+names?\b(?!\s+(?:ideas?|suggestions?|for)\b)/i.test(
        text,
      ) &&
        !/\bnames?\s+for\b/i.test(text)))
  )
    return null;
  if (
    kind === "name" &&
    !/\bnames?\s+for\b|\bname (?:them|it|him|her|these|those|both|all three|all of them)\b|\b(suggest|give|write|list|brainstorm|come up with|needs?|ideas? for)\b[^.?!]*\bnames?\b|\bname (for|ideas)\b|\bnames? (ideas?|suggestions?)\b|\b(?:what|how) (?:should|could|shall|do|can) (?:i|we) (?:name|call)\b|\bhelp (?:me|us) name\b|^\s*(?:please\s+)?name (?:my|our)\b/i.test(
      text,
    )
  )
    return null;
  const bold = /\b(bold|bolder|boldest|daring|punchier|edgier|wilder|louder|braver)\b/i.test(text);
  // "What should I name my pet snake?": the thing to name follows the verb.
  const toName =
    kind === "name"
      ? /\b(?:name|call)\s+(?:(?:my|our|a|an|the|this|his|her|their)\s+)([a-z][a-z -]{1,40}?)(?=\s*(?:[?.!,;:]|$|\s+(?:and|please|give|with)\b))/i.exec(
          text,
        )
      : null;
  // "Give me five band name ideas": the thing to name stands right before "name".
  const before =
    kind === "name" && !toName && !subjectOf(text.slice(at))
      ? /\b([a-z]+)\s+names?\b/i.exec(text.slice(Math.max(0, at - 30)))
      : null;
  const named = before && !NOT_A_THING.test(before[1]) ? before[1].toLowerCase() : undefined;
  // "We just got three backyard chickens. Name them for us!": what "them" stands for was said before.
  const them =
    kind === "name" && /\bname (?:them|it|him|her|these|those|both|all three|all of them)\b/i.test(text)
      ? NAME_KINDS.map((k) => k.test.exec(text.slice(0, at))?.[0]).find(Boolean)
      : undefined;
  // "Write the firm's name backwards", "spell my name in capitals": a name that exists is worked on, not invented.
  if (
    kind === "name" &&
    /\b(?:the|my|our|your|his|her|its|their|this|that|[a-z]+'s)\s+(?:\w+\s+)?names?\b(?!\s+(?:ideas?|suggestions?|for)\b)/i.test(
      text,
    ) &&
    /\b(?:backwards?|reversed?|reverse|spell(?:ed|t)?|letters?|capitals|upper ?case|lower ?case|initials?|acronym|count|syllables?|translate|pronounce)\b/i.test(
      text,
    )
  )
    return null;
  // "Which planets are smaller than Earth? Name them.": "name them" of no thing one names lists them.
  if (
    kind === "name" &&
    !them &&
    /\bname (?:them|it|these|those|both|all three|all of them)\b/i.test(text) &&
    !/\bnames?\s+for\b|\b(suggest|give|write|brainstorm|come up with|needs?|ideas? for)\b[^.?!]*\bnames?\b|\bname (for|ideas)\b|\bnames? (ideas?|suggestions?)\b|\b(?:what|how) (?:should|could|shall|do|can) (?:i|we) (?:name|call)\b|\bhelp (?:me|us) name\b/i.test(
      text,
    )
  )
    return null;
  const subject = them
    ? them.toLowerCase()
    : toName && !subjectOf(text.slice(at))
      ? toName[1].toLowerCase()
      : (named ?? subjectOf(text.slice(at)) ?? mannerSubject(text));
  // "A title for my presentation on renewable energy" is about renewable energy.
  const topic = topicOf(text.slice(at))
    ?.replace(
      /^(?:(?:a|an|the|my|our|your)\s+)?(?:\w+\s+)?(?:essay|paper|report|talk|speech|presentation|blog post|post|article|story|book|video|podcast|newsletter|thesis|lecture|news story)\s+(?:on|about|of)\s+/i,
      "",
    )
    // "A title for my cooking blog": the blog is about cooking.
    .replace(
      /^(?:(?:a|an|the|my|our|your)\s+)((?:\w+\s+){0,2}?\w+)\s+(?:blog|podcast|channel|vlog|newsletter|website|column)$/i,
      "$1",
    );
  // "A subject line for an email congratulating my sister on her new job": the whole purpose, when it reads as one.
  const purpose = text
    .slice(at)
    .replace(/^\s*(?:e-?mail\s+)?subject(?:\s+lines?)?\s*(?:for|of|about)?\s*/i, "")
    .replace(/[.!?]+\s*$/, "");
  const message =
    kind === "subject" ? ((subjectLines(purpose) ? purpose : undefined) ?? subjectMessage(text.slice(at))) : undefined;
  const rest = text.slice(at);
  // "A headline for a news story" is a headline; "a title for an essay" is no blog post's "A Beginner's Guide".
  const titleOf =
    kind !== "title"
      ? undefined
      : /\bheadlines?\b/i.test(rest)
        ? ("headline" as const)
        : /\b(?:story|stories|tale|novel|book|poem|song|film|movie|play|fable)\b/i.test(rest)
          ? ("story" as const)
          : /\b(?:essays?|papers?|reports?|talks?|speech|presentations?|theses|thesis|dissertations?|lectures?)\b/i.test(
                rest,
              )
            ? ("essay" as const)
            : /\bnews\b/i.test(rest)
              ? ("headline" as const)
              : undefined;
  return {
    kind,
    subject,
    bold,
    ...(topic ? { topic } : {}),
    ...(message ? { message } : {}),
    ...(titleOf ? { titleOf } : {}),
  };
}

/**
 * "Describe the moon in haiku form": the form is how to say it, and what it is about is the verb's
 * object, before the form. "Explain recursion as a haiku" is not: a template verse names its
 * subject but explains nothing.
 */
function mannerSubject(text: string): string | undefined {
  const m =
    /^\s*(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:describe|write about|paint|picture|capture)\s+(.{2,60}?)\s+(?:as|in|into|in the form of|through|using|with)\s+(?:a|an|one)?\s*(?:short\s+|little\s+|tiny\s+|funny\s+)?(?:haikus?|limericks?|poems?|verses?|haiku form|limerick form|poem form|verse form|poetry)\b/i.exec(
      text,
    );
  const object = m?.[1].replace(/^(?:the|a|an|what|how)\s+(?=\w)/i, "").trim();
  return object && /[a-z]/i.test(object) && object.split(/\s+/).length <= 6 ? object : undefined;
}

/** The whole phrase a piece is about: after "about" (or "on", "of", "for"), up to the sentence's end. */
export function topicOf(text: string): string | undefined {
  const m =
    /\babout\s+([^.!?;:\n]{2,120})/i.exec(text) ?? /\b(?:on|of|for|featuring)\s+([^.!?;:\n]{2,120})/i.exec(text);
  if (!m) return undefined;
  const words = m[1]
    .split(
      /,\s|\s[-–—]\s|\s+(?:in|using|with)\s+(?:exactly\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/i,
    )[0]
    .trim()
    .split(/\s+/);
  const t = words
    .slice(0, 10)
    .join(" ")
    .replace(/\s+(please|thanks)$/i, "");
  return /[a-z]/i.test(t) ? t : undefined;
}

/** The thing after "for", "about" or "of": "a tagline for our new gym downtown" -> "new gym downtown". */
/** Words that stand before "names" without being the thing named ("good names", "five names"). */
const NOT_A_THING =
  /^(?:a|an|the|my|our|your|some|any|few|more|other|good|great|cool|fun|funny|catchy|creative|unique|short|possible|new|brand|first|last|best|nice|\d+|two|three|four|five|six|seven|eight|nine|ten|me|us|with|give|suggest|list|need|of|for)$/i;

export function subjectOf(text: string): string | undefined {
  const m = /\b(?:for|about|on|of)\s+(?:(?:a|an|the|our|my|your|his|her|their|this|that)\s+)?([^.,!?;:\n]+)/i.exec(
    text,
  );
  if (!m) return undefined;
  // "learning to swim" is one subject: a gerund keeps its "to".
  let s = m[1]
    .replace(/\b(\w+ing) to (\w+)/gi, "$1_TO_$2")
    .split(/\s+(?:and|that|which|who|with|in|to|please|using|so|as|formatted|numbered)\b|\s+-\s+/i)[0]
    .replace(/_TO_/g, " to ")
    .trim()
    .replace(/\s+/g, " ");
  s = s.replace(/^(small|little|new|local)\s+/i, (x) => x);
  const words = s.split(" ");
  if (words.length > 5)
    s = words
      .slice(0, 5)
      .join(" ")
      .replace(/(?:\s+(?:the|a|an|on|of|in|at|by|with|for|to|and|or|from|my|our|your))+$/i, "");
  return s && /[a-z]/i.test(s) ? s.toLowerCase() : undefined;
}

/** The article-bearing phrase a poem talks about: "the moon", "coffee", "autumn". */
function thing(subject: string, original: string): string {
  // The subject as the prompt spelled it: "my cat Luna", "Mondays" keep their capitals.
  const at = original.toLowerCase().indexOf(subject.toLowerCase());
  const spelled = at >= 0 ? original.slice(at, at + subject.length) : subject;
  const m = new RegExp(`\\b(the|a|an|my|our)\\s+${escape(subject)}`, "i").exec(original);
  return m ? `${m[1].toLowerCase()} ${spelled}` : spelled;
}

export function lexiconFor(subject: string): Lexicon {
  const domain = DOMAINS.find((d) => d.test.test(subject));
  return { place: placeOf(subject), ...(domain?.lex ?? GENERIC) };
}

/** "coffee shop next to a library" -> "coffee shop"; the place a tagline names. */
function placeOf(subject: string): string {
  return subject.split(/\s+(?:next|near|in|on|at|by|downtown)\b/i)[0].trim();
}

export interface Filled {
  text: string;
  weight: number;
}

/** Candidate texts for a creative request, weighted; at most `limit`. */
export function creativeTexts(req: CreativeRequest, original: string, limit = 160): Filled[] {
  const short = shortFormTexts(req);
  if (short) return short;
  const lex = req.goods ? { ...lexiconFor(req.subject), goods: req.goods } : lexiconFor(req.subject);
  const fill = (t: string) => fillSlots(t, lex, thing(req.subject, original));
  let templates: string[];
  switch (req.kind) {
    case "tagline":
      templates = req.bold
        ? BOLD
        : BUSINESS_SUBJECT.test(req.subject) || PLACE_LIKE.test(req.subject)
          ? TAGLINES
          : THING_TAGLINES;
      break;
    case "name":
      // "& Sons", "Corner" and "Works" name a shop: anything else gets the names of things.
      templates = BUSINESS_SUBJECT.test(req.subject) ? NAMES : THING_NAMES;
      break;
    case "haiku":
      templates = /\b(program\w*|code|coding|software|bugs?|debug\w*|computers?|developers?)\b/i.test(req.subject)
        ? CODE_HAIKU
        : haikuFor(thing(req.subject, original), req.topic);
      break;
    case "poem":
      templates = POEMS;
      break;
    case "ideas":
      templates = IDEAS;
      break;
    default:
      templates = [];
  }
  const perTemplate = Math.max(4, Math.floor(limit / templates.length));
  const out: Filled[] = [];
  templates.forEach((t, ti) => {
    // Earlier templates are slightly preferred: at temperature 0 the model has a favourite.
    const prior = 0.85 ** ti;
    for (const e of spread(expand(fill(t)), perTemplate))
      out.push({ text: anBeforeVowel(e.text.trim()), weight: prior * e.weight });
  });
  // A domain's goods name its subject ("bikes"); the generic "service" does not, so those taglines say the place.
  if (req.kind !== "tagline") return out;
  // "My food truck sells flatbreads": a slogan that never says what it sells is for any truck.
  const sold = req.goods?.toLowerCase();
  const fitting = sold ? out.filter((f) => f.text.toLowerCase().includes(sold)) : onSubject(out, req.subject, lex);
  if (!req.name) return fitting;
  // "A bakery called Golden Crust": its slogan says its name, in place of "our bakery" or before the line.
  const name = req.name;
  const ours = new RegExp(String.raw`\b(?:our|the|your)\s+${req.subject.replace(/[^\w\s'-]/g, "")}\b`, "i");
  return fitting.map((f) => ({
    ...f,
    text: ours.test(f.text)
      ? f.text.replace(ours, name)
      : `${name}: ${f.text.charAt(0).toLowerCase()}${f.text.slice(1)}`,
  }));
}

/** How much less likely a tagline is when it names neither the subject nor its goods. */
const OFF_SUBJECT = 0.1;

/** Taglines that name the subject or its goods win: "Quick repairs" alone could be for anything. */
function onSubject(pool: Filled[], subject: string, lex: Lexicon): Filled[] {
  const own = `${subject}`
    .toLowerCase()
    .split(/[^a-z'-]+/)
    .filter((w) => w.length > 2 && !/^(the|and|for|shop|store)$/.test(w));
  const stems = new Set(own.map((w) => w.replace(/s$/, "")));
  const fits = (f: Filled) =>
    f.text
      .toLowerCase()
      .split(/[^a-z'-]+/)
      .some((w) => stems.has(w.replace(/s$/, "")));
  // A slogan for a dentist must say "dentist": when some name the subject, only those are offered;
  // else those that name the subject's goods ("bikes" for a repair shop).
  const named = pool.filter(fits);
  if (named.length) return named;
  const goods = new Set(
    `${lex.goods} ${lex.noun}`
      .toLowerCase()
      .split(/[^a-z'-]+/)
      .filter((w) => w.length > 2)
      .map((w) => w.replace(/s$/, "")),
  );
  const ofGoods = pool.filter((f) =>
    f.text
      .toLowerCase()
      .split(/[^a-z'-]+/)
      .some((w) => goods.has(w.replace(/s$/, ""))),
  );
  return ofGoods.length ? ofGoods : pool.map((f) => (fits(f) ? f : { ...f, weight: f.weight * OFF_SUBJECT }));
}

/** A story that keeps the premise asked ("a robot learning to paint" learns to paint), or undefined. */
function premiseStory(subject: string): Filled[] | undefined {
  for (const { test, templates } of PREMISE_STORIES) {
    const m = test.exec(subject.trim().replace(/[.!?]+$/, ""));
    if (!m) continue;
    const who = m[1].replace(/^(?:The|My|Our|A|An)\b/, (a) => a.toLowerCase());
    // Two friends "were"; a grandpa is "they"; a dragon or a robot is "it".
    const plural = /^(?:two|three|four|five|some|many|\d+)\b|(?:friends|kids|children|people|siblings|twins)$/i.test(
      who,
    );
    const person =
      plural ||
      /\b(?:grandpa|grandma|granny|grandad|mum|mom|dad|boy|girl|man|woman|kid|child|teacher|friend|brother|sister|son|daughter|baby|king|queen|prince|princess|knight|wizard|farmer|doctor|student)\b/i.test(
        who,
      );
    const pro = person ? "they" : "it";
    const wish = m[2].replace(/^to\s+/i, "had always wanted to ").replace(/^of\s+/i, "had always dreamed of ");
    const what = m[2].replace(/^(?:to|of)\s+/i, "").replace(/\b(?:its|their|his|her)\b/g, person ? "their" : "its");
    return templates.flatMap((t) =>
      spread(
        expand(
          t
            .replace(
              /\{who\}/g,
              /^(?:my|our|the|a|an)\b/i.test(who) || person ? who : `${/^[aeiou]/i.test(who) ? "an" : "a"} ${who}`,
            )
            .replace(/\{was\}/g, plural ? "were" : "was")
            .replace(/\{what\}/g, what)
            .replace(/\{wish\}/g, wish)
            .replace(/\{pro\}/g, pro)
            .replace(/\{poss\}/g, person ? "their" : "its"),
        ),
        16,
      ),
    );
  }
  return undefined;
}

/** Colour words, for names that would contradict the colour a message gives. */
export const COLOURS =
  /\b(?:red|blue|green|yellow|orange|purple|pink|black|white|silver|grey|gray|gold|golden|brown)\b/i;

/** The short forms of short-forms.ts, filled for the request; undefined for the kinds written above. */
function shortFormTexts(req: CreativeRequest): Filled[] | undefined {
  const topic = req.topic ?? req.subject;
  const np = nounPhrase(topic);
  const head = req.subject.replace(/^(a|an|the|my|our|some)\s+/i, "");
  const single = head.replace(/([^s])s$/i, "$1");
  const fill = (t: string) =>
    t
      .replace(/\{Ax\}/g, capitalize(np.a))
      .replace(/\{ax\}/g, np.a)
      .replace(/\{The x\}/g, capitalize(np.the))
      .replace(/\{the x\}/g, np.the)
      .replace(/\{a x\}/g, `${/^[aeiou]/i.test(single) ? "an" : "a"} ${single}`)
      .replace(/\{xs\}/g, `${single}s`)
      .replace(/\{x\}/g, single)
      .replace(/\{pro\}/g, np.plural || np.person ? "they" : "it")
      .replace(/\{Pro\}/g, np.plural || np.person ? "They" : "It")
      .replace(/\{poss\}/g, np.plural || np.person ? "their" : "its")
      .replace(/\{Topic\}/g, titleCase(topic.replace(/^(a|an|the)\s+/i, "")))
      .replace(/\{News\}/g, titleCase(newsOf(topic)))
      .replace(/\{ATopic\}/g, titleCase(topic))
      .replace(
        /\{aTopic\}/g,
        titleCase(topic).replace(/^(?:A|An|The)\b/, (a) => a.toLowerCase()),
      )
      .replace(/\{Msg\}/g, capitalize(req.message ?? topic))
      .replace(/\{msg\}/g, req.message ?? topic);
  const all = (templates: string[]) =>
    templates.flatMap((t, i) =>
      spread(expand(fill(t)), 16).map((e) => ({ text: e.text.trim(), weight: 0.85 ** i * e.weight })),
    );
  switch (req.kind) {
    case "limerick":
      return all(LIMERICKS);
    case "story": {
      const premise = premiseStory(topic);
      if (premise) return premise;
      // "A story about a dragon" is about someone: a dragon does not "open itself after midnight".
      const eerie = req.mood === "eerie";
      if (req.sentences === 3) return all(eerie ? EERIE_THREE_SENTENCE_STORIES : THREE_SENTENCE_STORIES);
      if (req.sentences === 1) return all(eerie ? EERIE_ONE_SENTENCE_STORIES : ONE_SENTENCE_STORIES);
      if (eerie) return all(STORIES);
      if (req.mood === "cheerful" && !np.person && !ANIMATE.test(req.subject)) return all(CHEERFUL_STORIES);
      return all(np.person || ANIMATE.test(req.subject) ? ANIMATE_STORIES : STORIES);
    }
    case "joke": {
      // "A joke for my grandma who loves gardening": the joke is about what she loves, not about her.
      const loves = LOVES.exec(topic)?.[1];
      const about = loves ?? topic;
      const head =
        about
          .split(/\s+(?:for|who|that|with|in|on|at|from|about|and)\b/i)[0]
          .trim()
          .split(/\s+/)
          .at(-1) ?? about;
      const known =
        KNOWN_JOKES.find((k) => k.test.test(k.head ? head : about)) ??
        (loves ? KNOWN_JOKES.find((k) => !k.head && k.test.test(topic)) : undefined);
      const told = new Set((req.told ?? []).map(setupOf));
      const jokes = known
        ? known.jokes.filter((j) => !told.has(setupOf(j))).map((j, i) => ({ text: j, weight: 0.8 ** i }))
        : [];
      if (jokes.length) return jokes;
      if (loves) return shortFormTexts({ ...req, subject: loves, topic: loves });
      return all(JOKE_TEMPLATES);
    }
    case "title":
      return all(
        req.titleOf === "story"
          ? STORY_TITLES
          : req.titleOf === "headline"
            ? HEADLINES
            : req.titleOf === "essay"
              ? ESSAY_TITLES
              : TITLES,
      );
    case "subject": {
      const lines = subjectLines(req.message ?? topic);
      return lines ? lines.map((text, i) => ({ text, weight: 0.7 ** i })) : all(SUBJECT_LINES);
    }
    case "name": {
      if (req.members?.length) return req.members.map((text, i) => ({ text, weight: 0.9 ** i }));
      const kind = NAME_KINDS.find((k) => k.test.test(req.subject));
      if (!kind) return undefined;
      const kw = keyWordOf(req.subject, kind.test);
      const stem = APP_STEMS.find(([re]) => re.test(req.subject))?.[1] ?? APP_STEM_DEFAULT;
      // "she's a green estate": no "Blue Thunder" or "Silver Bullet" for a green car.
      const colour = req.colour ?? COLOURS.exec(req.topic ?? "")?.[0].toLowerCase();
      const clashes = (name: string) => (COLOURS.exec(name)?.[0].toLowerCase() ?? colour) !== colour;
      return kind.names.flatMap((t, i) =>
        expand(t.replace(/\{Kw\}/g, kw).replace(/\{Stem\}/g, stem))
          .filter((e) => !colour || !clashes(e.text))
          .map((e) => ({
            text: e.text.trim(),
            weight: 0.85 ** i * e.weight,
          })),
      );
    }
    default:
      return undefined;
  }
}

/** "my dad who loves fishing", "a friend who is into golf": what the one the piece is for loves. */
const LOVES =
  /\b(?:who|that)\s+(?:really\s+|just\s+)?(?:loves?|likes?|enjoys?|adores?|is (?:into|crazy about|mad about|obsessed with)|is a fan of)\s+([a-z][a-z ]{1,30}?)\s*$/i;

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The word a podcast or blog is about: "podcast about home gardening" -> "Gardening". */
function keyWordOf(subject: string, kind: RegExp): string {
  const words = subject
    .split(/\s+/)
    .filter(
      (w) => !kind.test(w) && !/^(a|an|the|my|our|about|for|on|of|new|weekly|daily|small|little|and|with)$/i.test(w),
    );
  const w = words.at(-1);
  return w ? capitalize(w.toLowerCase()) : "Curious";
}

function fillSlots(template: string, lex: Lexicon, x: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === "x") return x;
    const key = name.toLowerCase() as keyof Lexicon;
    const value = lex[key];
    if (value === undefined) return name;
    return name[0] === name[0].toUpperCase() ? capitalizeAlternatives(value) : value;
  });
}

function capitalizeAlternatives(value: string): string {
  return value.replace(/(^|\[|\|)([a-z])/g, (_, before: string, c: string) => before + c.toUpperCase());
}

/** All texts a template with [a|b] alternatives can give, each with its weight (first alternatives slightly favoured). */
export function expand(template: string): Filled[] {
  const m = /\[([^[\]]*)\]/.exec(template);
  if (!m) return [{ text: template.replace(/\s+([,.!?])/g, "$1"), weight: 1 }];
  const options = m[1].split("|");
  const out: Filled[] = [];
  options.forEach((o, i) => {
    const w = i === 0 ? 1.25 : 1;
    for (const rest of expand(template.slice(0, m.index) + o + template.slice(m.index + m[0].length)))
      out.push({ text: rest.text, weight: w * rest.weight });
  });
  return out;
}

/** At most `n` of the expansions, spread evenly over the list (the first one always kept). */
function spread(list: Filled[], n: number): Filled[] {
  if (list.length <= n) return list;
  const out: Filled[] = [];
  const step = list.length / n;
  for (let i = 0; i < n; i++) out.push(list[Math.floor(i * step)]);
  return out;
}

/** Why a name fits, for JSON answers with a "why" or "reason" key. */
const NAME_REASONS: string[] = [
  "It is [short|easy to say] and [easy to remember|friendly], and it [hints at|brings to mind] {goods} [at a glance|without spelling it out].",
  "It [sounds|feels] [warm|welcoming] and [personal|local], [the way|just as] a {place} should.",
];

/** Why a name fits something that is no shop: a pet, a dragon, a podcast offers no "goods". */
const THING_REASONS: string[] = [
  "It is [short|easy to say] and [easy to remember|has a ring to it], [which suits|a good fit for] {a x}.",
  "It [sounds|feels] [friendly|memorable] without trying too hard, [which suits|just right for] {a x}.",
];

export function nameReasons(subject: string): Filled[] {
  const lex = lexiconFor(subject);
  if (BUSINESS_SUBJECT.test(subject) || DOMAINS.some((d) => d.test.test(subject)))
    return NAME_REASONS.flatMap((t) => expand(fillSlots(t, lex, subject)));
  const bare = subject.replace(/^(?:a|an|the|my|our|your)\s+/i, "");
  const ax = `${/^[aeiou]/i.test(bare) ? "an" : "a"} ${bare}`;
  return THING_REASONS.flatMap((t) => expand(t.replace(/\{a x\}/g, ax)));
}

/** "a eco-friendly bottle" -> "an eco-friendly bottle". */
function anBeforeVowel(text: string): string {
  return text.replace(/\b([Aa]) (?=[aeio]|u(?!ni|se|sa|su|ti))/g, "$1n ");
}

/** Every template text with its slots left open ("{}"), for the seam check: these are corpus too. */
export function templateTexts(): string[] {
  const all = [
    ...TAGLINES,
    ...THING_TAGLINES,
    ...BOLD,
    ...NAMES,
    ...THING_NAMES,
    ...HAIKU,
    ...CODE_HAIKU,
    ...POEMS,
    ...NAME_REASONS,
    ...THING_REASONS.map((t) => t.replace(/\{a x\}/g, "{}")),
    ...[...LIMERICKS, ...STORIES, ...ANIMATE_STORIES, ...JOKE_TEMPLATES, ...TITLES, ...SUBJECT_LINES].map((t) =>
      t
        .replace(/\{(?:Ax|ax|a x|The x|the x|xs|x|Topic|Msg|msg)\}/g, "{}")
        .replace(/\{Pro\}/g, "It")
        .replace(/\{pro\}/g, "it")
        .replace(/\{poss\}/g, "its"),
    ),
    ...KNOWN_JOKES.flatMap((k) => k.jokes),
    ...NAME_KINDS.flatMap((k) => k.names.map((n) => n.replace(/\{Kw\}|\{Stem\}/g, "{}"))),
  ];
  const out: string[] = [];
  for (const t of all)
    for (const lex of [GENERIC, ...DOMAINS.map((d) => d.lex)])
      for (const e of spread(expand(fillSlots(t, { place: "{}", ...lex }, "{}")), 400)) out.push(e.text);
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
