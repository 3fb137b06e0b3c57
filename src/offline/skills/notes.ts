/**
 * Short personal notes and the two joke forms people ask for by name: a birthday wish, a thank-you
 * note, congratulations or get-well wishes for the person and the reason the request gives, and
 * knock-knock jokes and riddles from a small list of traditional ones. Everything in the note comes
 * from the request (who, what for); nothing is invented about the people in it.
 */
import { expand, type Filled } from "../language/templates";
import type { Skill, SkillInput } from "./skill";

/** Traditional knock-knock jokes (folk jokes, no author). */
const KNOCK_KNOCK = [
  "Knock, knock.\nWho's there?\nLettuce.\nLettuce who?\nLettuce in, it's cold out here!",
  "Knock, knock.\nWho's there?\nBoo.\nBoo who?\nDon't cry, it's only a joke!",
  "Knock, knock.\nWho's there?\nCow says.\nCow says who?\nNo, silly, a cow says moo!",
  "Knock, knock.\nWho's there?\nOrange.\nOrange who?\nOrange you glad I didn't say banana?",
  "Knock, knock.\nWho's there?\nAtch.\nAtch who?\nBless you!",
];

/** Traditional riddles, each with its answer. */
const RIDDLES = [
  "What has keys but can't open a single lock?\n\nA piano.",
  "What gets wetter the more it dries?\n\nA towel.",
  "What has hands but can't clap?\n\nA clock.",
  "What has to be broken before you can use it?\n\nAn egg.",
  "What goes up but never comes down?\n\nYour age.",
  "What has a neck but no head?\n\nA bottle.",
];

const FAMILY: Record<string, string> = {
  mom: "Mom",
  mum: "Mum",
  mother: "Mom",
  dad: "Dad",
  father: "Dad",
  grandma: "Grandma",
  grandpa: "Grandpa",
  granny: "Granny",
  sister: "sis",
  brother: "bro",
};

/** Who the note is for: "my mom" -> Mom, "my friend Sara" -> Sara, "my neighbor" -> neighbor, "for Ana" -> Ana. */
function recipient(text: string): { name?: string; dear: string } | null {
  const own = /\b(?:for|to) (?:[Mm]y|[Oo]ur) ((?:best )?[a-z-]+)(?: ([A-Z][a-z]+))?/.exec(text);
  if (own) {
    if (own[2]) return { name: own[2], dear: own[2] };
    const family = FAMILY[own[1]];
    return family ? { name: family, dear: family } : { dear: own[1].replace(/^best /, "") };
  }
  const named = /\b(?:for|to) ([A-Z][a-z]+)\b/.exec(text);
  if (named && !/^(?:My|Our|The|A|An)$/.test(named[1])) return { name: named[1], dear: named[1] };
  // "My grandma turns 90 on Sunday ... Write her a birthday message": the one the request is about.
  const about = /\b[Mm]y ([a-z]+)\b/.exec(text);
  const family = about && FAMILY[about[1]];
  return family ? { name: family, dear: family } : null;
}

/** Words after the note's reason that say its form, not why: ", two sentences max", "in one sentence". */
const FORM_TAIL =
  /\s*[,;(-]?\s*(?:(?:in|with|using|at most|max(?:imum)?|no more than|under|keep it (?:to|under|short|brief))\s+)?(?:(?:\d{1,2}|one|two|three|four|five|a single|a few)\s+(?:short\s+)?(?:sentences?|lines?|words?)(?:\s+(?:max(?:imum)?|at most|or (?:fewer|less)|tops|only|long))?|short|brief|please|thanks)\s*[).!]?\s*$/i;

/** "turns 90", "is turning 40": the age the birthday is, from the request. */
function ageOf(text: string): string | undefined {
  const n = Number(/\b(?:turns|is turning|turning|will be)\s+(\d{1,3})\b/i.exec(text)?.[1]);
  if (!n) return undefined;
  const last = n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${last}`;
}

/** "she loves her garden", "he loves fishing": what the person loves, to wish them more of. */
function lovesOf(text: string): string | undefined {
  const m =
    /\b(?:she|he|they)\s+(?:really\s+)?(?:loves?|enjoys?|adores?)\s+((?:her|his|their)\s+)?([a-z]+(?:\s+[a-z]+)?)\b/i.exec(
      text,
    );
  if (!m) return undefined;
  const thing = m[2].replace(/\s+(?:and|on|so|but|the|a|an)$/i, "");
  return m[1] ? `your ${thing}` : thing;
}

/** How many sentences the note may have: "two sentences max", "in one sentence". */
function budgetOf(input: SkillInput): number | undefined {
  const f = input.instructions.form;
  return f?.sentences ?? f?.maxSentences ?? (input.instructions.brevity === "sentence" ? 1 : undefined);
}

/** "for watering my plants while I was away" -> "watering my plants while I was away". */
function reasonOf(text: string): string | null {
  const m = /\bthank(?:s|-you| you)?\b[^.?!]*?\bfor\s+((?:[a-z]+ing|the|your|all|helping|being)\b[^.?!]{2,80})/i.exec(
    text,
  );
  return m
    ? m[1]
        .replace(FORM_TAIL, "")
        .replace(/\s+(?:please|thanks)\s*$/i, "")
        .trim()
    : null;
}

function birthday(text: string, budget?: number): Filled[] {
  const r = recipient(text);
  const age = ageOf(text);
  const happy = `Happy ${age ? `${age} ` : ""}birthday`;
  const hello = r?.name ? `${happy}, ${r.name}!` : `${happy}!`;
  const loves = lovesOf(text);
  const wish = loves
    ? `[I hope your day is as lovely as you are, with plenty of time for ${loves}.|Wishing you a wonderful day, and many happy hours with ${loves}.]`
    : "[I hope your day is as warm and wonderful as you are.|Wishing you a day full of the things you love most.|May this year bring you health, laughter and plenty of good surprises.]";
  if (budget === 1)
    return expand(
      `${hello.replace(/!$/, "")}, [and ${loves ? `many happy hours with ${loves}` : "may this year bring you health, laughter and plenty of good surprises"}!|with love, and ${loves ? `plenty of time for ${loves}` : "wishes for a wonderful day"}!]`,
    );
  if (budget === 2) return expand(`${hello} ${wish}`);
  return expand(`${hello} ${wish} [Here's to another great year.|Enjoy every minute of it.|Have the best day.]`);
}

function thanks(text: string, budget?: number): Filled[] {
  const r = recipient(text);
  const why = reasonOf(text);
  const dear = r ? `Dear ${r.dear},` : "Hi,";
  const first = why ? `thank you so much for ${why}.` : "thank you so much.";
  const more = why
    ? "[It was a real help, and it meant a lot to me.|It made a real difference, and I'm very grateful.]"
    : "[It meant a lot to me.|I'm very grateful.]";
  const close = "[Let me know if I can ever return the favour.|I owe you one!]";
  const cap = (t: string) => `${t[0].toUpperCase()}${t.slice(1)}`;
  // A counted note is one paragraph, its greeting inside the first sentence ("Dear Ana, thank you ...").
  if (budget === 1) return expand(`${dear} ${first}`);
  if (budget === 2) return expand(`${dear} ${first} ${more}`);
  return expand(`${dear}\n\n${cap(first)} ${more}\n\n${close}`);
}

function congratulations(text: string): Filled[] {
  const r = recipient(text);
  const on = /\bon\s+(?:(?:your|her|his|their)\s+)?([a-z][a-z -]{2,40}?)(?=[.?!,]|$)/i.exec(text)?.[1];
  const hello = r?.name ? `Congratulations, ${r.name}!` : "Congratulations!";
  const what = on ? ` on your ${on}` : "";
  return expand(
    `${hello}[ I'm so happy for you${what}.| Well done${what}: you earned it.] [Wishing you all the best for what comes next.|Enjoy the moment.]`,
  );
}

/** "a knock-knock joke about bananas": the ones that say the subject (the orange's "banana"), else none. */
function knockKnock(text: string): Filled[] {
  const about = /\bknock[- ]knock(?:\s+jokes?)?\s+(?:about|on|with)\s+(?:an?\s+|the\s+|my\s+)?([a-z]{3,})/i.exec(
    text,
  )?.[1];
  const jokes = about
    ? KNOCK_KNOCK.filter((j) => j.toLowerCase().includes(about.toLowerCase().replace(/(?:es|s)$/, "")))
    : KNOCK_KNOCK;
  return jokes.map((j, i) => ({ text: j, weight: 0.85 ** i }));
}

function getWell(text: string): Filled[] {
  const r = recipient(text);
  const hello = r?.name ? `Dear ${r.name},` : "Hi,";
  return expand(
    `${hello} [I was sorry to hear you're not feeling well.|I'm thinking of you.] [Take all the time you need to rest, and I hope you feel better soon.|Wishing you a quick and easy recovery.]`,
  );
}

const ASKS: [RegExp, (text: string, budget?: number) => Filled[]][] = [
  [/\bknock[- ]knock\b/i, (text) => knockKnock(text)],
  [/\briddles?\b/i, () => RIDDLES.map((text, i) => ({ text, weight: 0.85 ** i }))],
  [/\bbirthday (?:message|wish(?:es)?|card|note|text|greeting)\b/i, birthday],
  [/\b(?:thank[- ]you|thanks) (?:note|message|card|letter|email|text)\b/i, thanks],
  [/\bcongratulat\w* (?:message|note|card|text)\b|\bcongratulate\b/i, congratulations],
  [/\bget[- ]well(?:[- ]soon)? (?:message|note|card|wishes|text)\b/i, getWell],
];

/** A riddle about something named, or a message in another form (a poem, a song), is not these. */
const NOT_THESE = /\b(?:riddles? (?:about|on)|poem|song|limerick|haiku|in (?:french|spanish|german|italian))\b/i;

export const notes: Skill = {
  name: "notes",
  does: "birthday, thank-you, congratulation and get-well notes for the person asked; knock-knock jokes and riddles",
  reply: (input) => {
    const { lastUser, json, summarizing } = input;
    if (json || summarizing || lastUser.length > 400 || NOT_THESE.test(lastUser)) return null;
    if (
      !/\b(?:write|compose|draft|give|tell|send|need|make|create|craft|suggest|share|know|have|got)\b/i.test(lastUser)
    )
      return null;
    const ask = ASKS.find(([re]) => re.test(lastUser));
    const texts = ask?.[1](lastUser, budgetOf(input));
    return texts?.length ? { texts } : null;
  },
};
