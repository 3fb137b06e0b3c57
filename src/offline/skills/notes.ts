/**
 * Short personal notes and the two joke forms people ask for by name: a birthday wish, a thank-you
 * note, congratulations or get-well wishes for the person and the reason the request gives, and
 * knock-knock jokes and riddles from a small list of traditional ones. Everything in the note comes
 * from the request (who, what for); nothing is invented about the people in it.
 */
import { expand, type Filled } from "../language/templates";
import type { Skill } from "./skill";

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
  return named && !/^(?:My|Our|The|A|An)$/.test(named[1]) ? { name: named[1], dear: named[1] } : null;
}

/** "for watering my plants while I was away" -> "watering my plants while I was away". */
function reasonOf(text: string): string | null {
  const m = /\bthank(?:s|-you| you)?\b[^.?!]*?\bfor\s+((?:[a-z]+ing|the|your|all|helping|being)\b[^.?!]{2,80})/i.exec(
    text,
  );
  return m ? m[1].replace(/\s+(?:please|thanks)\s*$/i, "").trim() : null;
}

function birthday(text: string): Filled[] {
  const r = recipient(text);
  const hello = r?.name ? `Happy birthday, ${r.name}!` : "Happy birthday!";
  return expand(
    `${hello} [I hope your day is as warm and wonderful as you are.|Wishing you a day full of the things you love most.|May this year bring you health, laughter and plenty of good surprises.] [Here's to another great year.|Enjoy every minute of it.|Have the best day.]`,
  );
}

function thanks(text: string): Filled[] {
  const r = recipient(text);
  const why = reasonOf(text);
  const dear = r ? `Dear ${r.dear},` : "Hi,";
  const body = why
    ? `thank you so much for ${why}. [It was a real help, and it meant a lot to me.|It made a real difference, and I'm very grateful.]`
    : "thank you so much. [It meant a lot to me.|I'm very grateful.]";
  return expand(
    `${dear}\n\n${body[0].toUpperCase()}${body.slice(1)}\n\n[Let me know if I can ever return the favour.|I owe you one!]`,
  );
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

function getWell(text: string): Filled[] {
  const r = recipient(text);
  const hello = r?.name ? `Dear ${r.name},` : "Hi,";
  return expand(
    `${hello} [I was sorry to hear you're not feeling well.|I'm thinking of you.] [Take all the time you need to rest, and I hope you feel better soon.|Wishing you a quick and easy recovery.]`,
  );
}

const ASKS: [RegExp, (text: string) => Filled[]][] = [
  [/\bknock[- ]knock\b/i, () => KNOCK_KNOCK.map((text, i) => ({ text, weight: 0.85 ** i }))],
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
  reply: ({ lastUser, json, summarizing }) => {
    if (json || summarizing || lastUser.length > 400 || NOT_THESE.test(lastUser)) return null;
    if (
      !/\b(?:write|compose|draft|give|tell|send|need|make|create|craft|suggest|share|know|have|got)\b/i.test(lastUser)
    )
      return null;
    const ask = ASKS.find(([re]) => re.test(lastUser));
    return ask ? { texts: ask[1](lastUser) } : null;
  },
};
