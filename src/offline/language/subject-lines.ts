/**
 * Email subject lines from what the email is for: "an email asking my boss for a day off" is a
 * request ("Request for a day off"), "thanking a colleague for their help" a thank-you ("Thank you
 * for your help"), "telling my team the meeting moved to Friday" the news itself. A purpose the
 * reader cannot turn into a subject (an email "about" nothing it can name) gets none, so the
 * request is declined rather than answered with "Please note: an email asking...".
 */

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** "a day off" -> "day off": a subject line drops the leading article. */
const bare = (s: string) => s.replace(/^(?:a|an|the)\s+/i, "");
/** The reader of a thank-you is "you": "their help" -> "your help". */
const toYou = (s: string) =>
  s
    .replace(/\b(?:their|his|her)\b/gi, "your")
    .replace(/\b(?:them|him)\b/gi, "you")
    .replace(/\bthemselves\b/gi, "yourself");
/** A few words at most between the verb and its preposition: "asking my new manager for". */
const WHO = String.raw`(?:[\w'-]+\s+){0,4}?`;

/** Who an email goes to: "my team", "everyone", "the whole office". */
const AUDIENCE = String.raw`(?:everyone|everybody|all|them|him|her|you|us|people|(?:(?:my|our|the|all|a|an|all the|all my|all our)\s+)?(?:[\w'-]+\s+){0,2}?(?:boss|manager|team|colleagues?|coworkers?|co-workers?|clients?|customers?|teacher|professor|landlord|tenants?|staff|class|students|parents|department|office|friends?|family|neighbou?rs?|members|employees|group|users|subscribers))`;

type Purpose = { test: RegExp; lines: (x: string) => string[] };

/** The news said plainly, the way a subject line carries it; a bare topic ("new parking rules") is no update. */
const news = (x: string) => {
  const n = bare(x.replace(/^(?:about|on|regarding|re)\s+/i, ""));
  const told =
    /\b(?:is|are|was|were|will|has|have|had|can|moved|changed|cancell?ed|closed|opens?|starts?|ends?|\w+ed)\b/i.test(n);
  return told ? [cap(n), `Update: ${n}`, `Heads-up: ${n}`] : [cap(n)];
};

const PURPOSES: Purpose[] = [
  {
    test: new RegExp(
      String.raw`^(?:telling|informing|letting|to tell|to inform|to let|that tells|notifying)\s+${AUDIENCE}\s+(?:know\s+)?(?:that\s+)?(.+)$`,
      "i",
    ),
    lines: news,
  },
  {
    test: /^(?:announcing|to announce|that announces|sharing the news that)\s+(?:that\s+)?(.+)$/i,
    lines: (x) => [cap(bare(x)), `Announcement: ${bare(x)}`, `Update: ${bare(x)}`],
  },
  {
    test: new RegExp(
      String.raw`^(?:asking|requesting|to ask|to request|that asks|which asks)\s+${WHO}for\s+(.+)$`,
      "i",
    ),
    lines: (x) => [
      `Request for ${x}`,
      `Request: ${bare(x)}`,
      ...(bare(x).split(/\s+/).length <= 3 ? [`${cap(bare(x))} request`] : []),
    ],
  },
  {
    test: new RegExp(String.raw`^(?:asking|requesting|to ask|to request)\s+${WHO}to\s+(.+)$`, "i"),
    lines: (x) => [`Request to ${x}`, `Request: could you ${toYou(x)}?`],
  },
  {
    test: /^(?:asking|to ask|requesting|to request)\s+(?:about|whether|if)\s+(.+)$/i,
    lines: (x) => [`Question about ${x}`, `Quick question: ${x}`],
  },
  {
    test: new RegExp(
      String.raw`^(?:thanking|to thank|that thanks|saying (?:thank you|thanks) to)\s+${WHO}for\s+(.+)$`,
      "i",
    ),
    lines: (x) => [`Thank you for ${toYou(x)}`, `Thanks for ${toYou(x)}`, `Thank you for ${toYou(x)}!`],
  },
  {
    test: /^(?:thanking|to thank|saying (?:thank you|thanks))\b(?!.*\bfor\b)(.*)$/i,
    lines: () => ["Thank you", "Thank you!", "With thanks"],
  },
  {
    test: new RegExp(String.raw`^(?:apologi[sz]ing|to apologi[sz]e|saying sorry)\s+(?:to\s+${WHO})?for\s+(.+)$`, "i"),
    lines: (x) => [`Apologies for ${toYou(x)}`, `Sorry for ${toYou(x)}`],
  },
  {
    test: new RegExp(String.raw`^(?:inviting|to invite)\s+${WHO}to\s+(.+)$`, "i"),
    lines: (x) => [`You're invited to ${x}`, `Invitation: ${bare(x)}`, `Join us for ${x}`],
  },
  {
    test: new RegExp(String.raw`^(?:reminding|to remind)\s+${WHO}(?:about|of|that)\s+(.+)$`, "i"),
    lines: (x) => [`Reminder: ${bare(x)}`, `Friendly reminder: ${bare(x)}`],
  },
  {
    test: new RegExp(String.raw`^(?:reminding|to remind)\s+${WHO}to\s+(.+)$`, "i"),
    lines: (x) => [`Reminder: please ${toYou(x)}`, `Friendly reminder: ${toYou(x)}`],
  },
  {
    test: /^(?:a\s+)?reminder\s+(?:about|of|for|that)\s+(.+)$/i,
    lines: (x) => [`Reminder: ${bare(x)}`, `Friendly reminder: ${bare(x)}`],
  },
  {
    test: /^(?:following up|to follow up)\s+(?:on|about|regarding|after)\s+(.+)$/i,
    lines: (x) => [`Following up: ${bare(x)}`, `Follow-up on ${x}`],
  },
  {
    test: new RegExp(String.raw`^(?:congratulating|to congratulate)\s+${WHO}on\s+(.+)$`, "i"),
    lines: (x) => [`Congratulations on ${toYou(x)}!`, `Congratulations on ${toYou(x)}`],
  },
  {
    test: /^(?:confirming|to confirm)\s+(.+)$/i,
    lines: (x) => [`Confirmed: ${bare(x)}`, `Confirming ${x}`],
  },
  {
    test: /^(?:cancell?ing|to cancel)\s+(.+)$/i,
    lines: (x) => [`Cancelled: ${bare(x)}`, `Cancellation: ${bare(x)}`],
  },
  {
    test: /^(?:applying|to apply)\s+for\s+(.+)$/i,
    lines: (x) => [`Application for ${x}`, `Application: ${bare(x)}`],
  },
  {
    test: /^(?:resigning|to resign|(?:announcing|handing in|submitting)\s+my\s+(?:resignation|notice))\b(.*)$/i,
    lines: () => ["Resignation notice", "Letter of resignation"],
  },
  {
    test: /^(?:introducing|to introduce)\s+myself\b(.*)$/i,
    lines: () => ["Introducing myself", "Hello and a quick introduction"],
  },
  {
    test: /^(?:welcoming|to welcome)\s+.+?\s+to\s+(.+)$/i,
    lines: (x) => [`Welcome to ${x}!`, `Welcome to ${x}`],
  },
  {
    test: /^(?:sharing|sending|to share|to send|attaching)\s+(.+)$/i,
    lines: (x) => [`Sharing ${x}`, `${cap(bare(x))} attached`],
  },
];

/** A message that still says only what kind of writing it is ("an email asking..."): no subject in it yet. */
const CARRIER = /^(?:(?:an?|the|my|our|this)\s+)?(?:e-?mail|message|note|letter|newsletter|memo)\b\s*/i;
/** "to my boss", "to the whole team": who the email goes to says nothing of its subject. */
const TO_WHOM =
  /^to\s+(?:(?:my|our|the|a|an|all)\s+)?(?:[\w'-]+\s+){0,2}?(?:boss|manager|team|colleagues?|coworkers?|co-workers?|client|clients|customers?|teacher|professor|landlord|staff|class|everyone|hr|department|friends?|family|neighbou?rs?)\s*/i;

/** Words in -ing that name a thing: "meeting for the new hires" is news, not a purpose. */
const ING_NOUNS = new Set(
  "meeting morning evening wedding building training booking briefing opening closing parking offering painting spring ceiling reading hearing screening".split(
    " ",
  ),
);

/**
 * Subject lines for what an email is for, as "[a|b]"-free texts, the likeliest first; undefined
 * when the purpose is an -ing verb the reader does not know or only names the email itself.
 */
export function subjectLines(message: string): string[] | undefined {
  let m = message
    .replace(/[[\]{}|]/g, "")
    .trim()
    .replace(/[.!?]+$/, "");
  if (CARRIER.test(m)) m = m.replace(CARRIER, "").replace(TO_WHOM, "").trim();
  // "a job application email" is an email of that kind: its kind is the subject.
  m = m.replace(/^(?:(?:a|an|my|our|the)\s+)?(.{3,60}?)\s+e-?mail$/i, "$1");
  m = m.replace(/^(?:that|which)\s+(?:is\s+)?/i, "");
  for (const p of PURPOSES) {
    const found = p.test.exec(m);
    if (found) {
      const x = (found[1] ?? "").trim();
      if (p.test.source.includes("(.+)") && !x) continue;
      return p.lines(x).map((l) => l.replace(/\s+/g, " ").trim());
    }
  }
  // An -ing verb the list above does not read ("persuading my boss to..."), or the email and nothing else.
  const verb = /^(\w+ing)\s+(?:my|our|the|a|an|them|him|her|everyone|people|you|us|me|that|for)\b/i.exec(m);
  if (!m || (verb && !ING_NOUNS.has(verb[1].toLowerCase())) || CARRIER.test(m) || m.split(/\s+/).length > 12)
    return undefined;
  return news(m);
}
