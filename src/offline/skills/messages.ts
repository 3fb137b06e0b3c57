/**
 * Everyday messages written in the learner's own voice: an email, a text or a tweet that asks for
 * something ("asking my boss for Friday off"), apologises, invites or announces. Every fact in the
 * message is the request's own (who, what, when); what only the learner knows is left as a
 * [placeholder], never made up.
 */
import { expand, type Filled } from "../language/templates";
import type { Skill, SkillInput, TextReplies } from "./skill";

type Kind = "email" | "message" | "tweet";
type Purpose =
  | { kind: "tell"; what: string }
  | { kind: "ask-for"; what: string }
  | { kind: "ask-to"; what: string }
  | { kind: "ask-whether"; what: string }
  | { kind: "apologise"; what: string }
  | { kind: "invite"; who?: string; what: string }
  | { kind: "announce"; what: string };

const REQUEST =
  /^\W*(?:(?:please|pls|hey|ok(?:ay)?)[,!]?\s+)?(?:(?:can|could|would|will) you\s+(?:please\s+)?)?(?:help me\s+)?(?:write|draft|compose|create|make)\s+(?:me\s+)?(?:a|an)\s+((?:(?:short|quick|brief|polite|formal|friendly|professional|casual|nice|simple|little|(?:one|two|three|four|five|\d)[- ](?:sentence|line))\s+)*)(e-?mail|message|text(?: message)?|whatsapp(?: message)?|slack message|tweet|post|social media post|announcement)\b\s*(.*)$/i;

/** A recipient the learner names: "to my boss", "for the team", "to my landlord". */
const RECIPIENT =
  /^(?:to|for)\s+(?:(my|our|the|a|an)\s+)?((?:[a-z]+\s+)?(?:boss|manager|supervisor|teacher|professor|tutor|landlord|landlady|team|colleagues?|coworkers?|co-workers?|neighbou?rs?|friends?|family|class|clients?|customers?|students?|parents?|mum|mom|dad|sister|brother|wife|husband|partner|girlfriend|boyfriend|grandma|grandpa|gran|granny|aunt|uncle|cousin|son|daughter|kids|roommates?|flatmates?|housemates?|coach|doctor|dentist|staff|employees|tenants?|members?|group|club|everyone|all))\b\s*/i;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const trimEnd = (s: string) =>
  s
    .replace(/\s*[,;(-]?\s*(?:please|thanks|thank you|pls)\s*[).!]*\s*$/i, "")
    .replace(
      /\s*(?:in|under|within|with|using|at most|no more than)\s+\d{1,4}\s+(?:characters|chars|words|sentences|lines)\b.*$/i,
      "",
    )
    .replace(/[\s.!?,;:]+$/, "")
    .trim();

/** "our new bakery opening on Saturday" -> "our new bakery is opening on Saturday". */
function asClause(what: string): string {
  const m =
    /^((?:our|my|the|a|an)\s+[^,]{2,60}?)\s+((?:re)?open(?:ing)?|launching|starting|closing|moving|coming|arriving|returning|going live|happening)\b(.*)$/i.exec(
      what,
    );
  if (!m) return what;
  const plural = /s$/.test(m[1].split(/\s+/).pop() ?? "") && !/ss$/.test(m[1]);
  const verb = m[2].toLowerCase() === "open" ? "opening" : m[2].toLowerCase();
  return `${m[1]} ${plural ? "are" : "is"} ${verb}${m[3]}`;
}

/** What the message is for, read from the words after its recipient. */
function purposeOf(rest: string): Purpose | null {
  const r = rest.replace(/^(?:that\s+is\s+|which\s+is\s+)/i, "");
  let m = /^(?:asking|to ask|requesting|to request)\s+(?:(?:him|her|them|if|whether)\s+)?(?:for\s+)?(.+)$/i.exec(r);
  if (m) {
    const what = trimEnd(m[1]);
    if (
      /^(?:if|whether)\b/i.test(
        r.replace(/^(?:asking|to ask)\s+(?:him|her|them)\s+/i, "").replace(/^(?:asking|to ask)\s+/i, ""),
      )
    )
      return { kind: "ask-whether", what };
    if (/^to\s+/i.test(what)) return { kind: "ask-to", what: what.replace(/^to\s+/i, "") };
    return /^(?:asking|to ask)\s+(?:(?:him|her|them)\s+)?for\b|^requesting\b|^to request\b/i.test(r)
      ? { kind: "ask-for", what }
      : /^[a-z]+\b/i.test(what) &&
          /^(?:fix|move|change|send|check|approve|sign|reschedule|confirm|let|help|call|pay|return|repair|extend|cancel|review|give|lend)\b/i.test(
            what,
          )
        ? { kind: "ask-to", what }
        : { kind: "ask-for", what };
  }
  m = /^(?:apologi[sz]ing|to apologi[sz]e|saying sorry|to say sorry)\s+(?:to\s+\w+\s+)?(?:for\s+)?(.+)$/i.exec(r);
  if (m) return { kind: "apologise", what: trimEnd(m[1]) };
  m = /^(?:inviting|to invite)\s+(.+?)\s+to\s+(.+)$/i.exec(r);
  if (m) return { kind: "invite", who: trimEnd(m[1]), what: trimEnd(m[2]) };
  m = /^(?:inviting (?:people|everyone|them)|as an invitation|invitation)\s+to\s+(.+)$/i.exec(r);
  if (m) return { kind: "invite", what: trimEnd(m[1]) };
  m =
    /^(?:saying|to say|telling (?:him|her|them|everyone|people)|to tell (?:him|her|them|everyone|people)|to let (?:him|her|them|everyone|people) know|letting (?:him|her|them|everyone|people) know)\s+(?:that\s+)?(.+)$/i.exec(
      r,
    );
  if (m && !/^(?:how|what|why|when|where|who)\b/i.test(m[1])) return { kind: "tell", what: trimEnd(m[1]) };
  m = /^(?:announcing|to announce|about)\s+(?:that\s+)?(.+)$/i.exec(r);
  if (m && !/^(?:how|what|why|when|where|who)\b/i.test(m[1])) return { kind: "announce", what: trimEnd(m[1]) };
  return null;
}

/** "my boss" -> "[Boss's name]"; "the team" -> "team". */
function greetingName(owner: string | undefined, who: string | undefined): string {
  if (!who) return "";
  const w = who.toLowerCase();
  if (/^(?:class|group|club|all|everyone|members)$/.test(w)) return "everyone";
  if (
    /^(?:team|staff|family|friends|colleagues|coworkers|co-workers|neighbou?rs|customers|clients|students|parents|employees|tenants|kids|roommates|flatmates|housemates)$/.test(
      w,
    )
  )
    return w;
  if (/^(?:mum|mom|dad|grandma|grandpa|gran|granny)$/.test(w)) return cap(w);
  return `⟦${cap(w.split(/\s+/).pop() ?? w)}'s name⟧`;
}

/** Closing lines that suit the news: a closure is no occasion to "can't wait". */
function afterNews(what: string): string {
  if (/\b(?:clos\w*|cancel\w*|delay\w*|postpon\w*|down|unavailable|shut|off sick|ill|broken|late)\b/i.test(what))
    return "[Thank you for your understanding.|Sorry for any inconvenience.]";
  if (/\b(?:open\w*|launch\w*|start\w*|new|party|sale|festival|concert|fair|event|celebrat\w*)\b/i.test(what))
    return "[We can't wait to see you!|Spread the word!]";
  return "[Please pass this on to anyone who needs to know.|Thanks for reading.]";
}

function subjectLine(p: Purpose): string {
  switch (p.kind) {
    case "tell":
      return cap(p.what);
    case "ask-for":
      return `Request for ${p.what}`;
    case "ask-to":
      return `Request: could you ${p.what}?`;
    case "ask-whether":
      return `Quick question`;
    case "apologise":
      return `Apologies for ${p.what}`;
    case "invite":
      return `Invitation: ${p.what}`;
    case "announce":
      return cap(p.what);
  }
}

function body(p: Purpose): string {
  switch (p.kind) {
    case "tell":
      return `[Just a quick note to say ${p.what}.|I wanted to let you know ${p.what}.]`;
    case "ask-for":
      return `[I'd like to ask for ${p.what}.|I'm writing to ask for ${p.what}.] [Please let me know if that works for you.|Could you let me know if that would be possible?]`;
    case "ask-to":
      return `[Could you please ${p.what}?|I wanted to ask if you could ${p.what}.] [Please let me know when would suit you.|Thank you in advance for your help.]`;
    case "ask-whether":
      return `[I wanted to ask ${/^(?:if|whether)\b/i.test(p.what) ? p.what : `whether ${p.what}`}.|Could you let me know ${/^(?:if|whether)\b/i.test(p.what) ? p.what : `whether ${p.what}`}?]`;
    case "apologise":
      return `[I'm sorry for ${p.what}.|Please accept my apologies for ${p.what}.] [Let me know if there is anything I can do to make up for it.|I'll make sure it doesn't happen again.]`;
    case "invite":
      return `[I'd love for you to come to ${p.what}.|You're invited to ${p.what}!] [Let me know if you can make it.|I hope you can join us!]`;
    case "announce":
      return `[${cap(asClause(p.what))}.|Some news: ${asClause(p.what)}.] ${afterNews(p.what)}`;
  }
}

function tweet(p: Purpose): string {
  switch (p.kind) {
    case "announce":
      return `[Big news: ${asClause(p.what)}!|${cap(asClause(p.what))}!] ${afterNews(p.what)}`;
    case "tell":
      return `${cap(p.what)}.`;
    case "invite":
      return `[${cap(p.what)}: who's in?|Join us for ${p.what}!] [Bring a friend!|Everyone welcome.|Hope to see you there!]`;
    case "apologise":
      return `[Sorry, everyone, for ${p.what}.|We're sorry for ${p.what}.] [Thanks for your patience.|We're on it.]`;
    default:
      return `[Quick ask: ${p.kind === "ask-to" ? `could someone ${p.what}` : p.what}?|Can anyone help? ${cap(p.what)}.]`;
  }
}

/** Placeholders stay in brackets: the template's own [a|b] alternatives are expanded first. */
const placeholders = (list: Filled[]): Filled[] =>
  list.map((f) => ({ ...f, text: f.text.replace(/⟦/g, "[").replace(/⟧/g, "]") }));

/** Written to one person, "tell him I'll call him tomorrow" says "you" to them. */
function toThem(p: Purpose, who: string | undefined): Purpose {
  if (!who || /s$/.test(who) || /^(?:team|staff|family|class|group|club|everyone|all)$/i.test(who)) return p;
  const what = p.what
    .replace(/\bhim\b/g, "you")
    .replace(/\bhis\b/g, "your")
    .replace(
      /\bher\b(?=\s+(?:tomorrow|today|tonight|later|soon|back|again|now|at|on|in|when|after|before|and|or|if)\b|\s*[.,!?]|\s*$)/g,
      "you",
    )
    .replace(/\bher\b/g, "your");
  return { ...p, what } as Purpose;
}

function write(kind: Kind, p: Purpose, to: { owner?: string; who?: string }, tone: string, budget?: number): Filled[] {
  return placeholders(draft(kind, toThem(p, to.who), to.owner, to.who, tone, budget));
}

/**
 * "A 3-line text to a customer saying I'll be late": the greeting, the news and a closing line, one
 * per line; two lines put the greeting before the news, one line is the news alone.
 */
function inLines(p: Purpose, to: { owner?: string; who?: string }, lines: number): Filled[] | null {
  if (lines < 1 || lines > 4 || p.kind === "invite") return null;
  const them = toThem(p, to.who);
  const name = greetingName(to.owner, to.who);
  const hello = name ? `Hi ${name},` : "Hi,";
  // A note to one person closes with thanks, unless the news puts them out ("late", "cancelled").
  const news = afterNews(them.what);
  const close = /^\[(?:Thank you for|Sorry)/.test(news) ? news : "[Thanks!|Thank you!]";
  return placeholders(
    expand(body(them)).map((f) => {
      const said = f.text.split(/(?<=[.!?])\s+/)[0];
      const lead = said.charAt(0).toLowerCase() + said.slice(1);
      const closing = expand(close)[hash(f.text) % expand(close).length].text;
      const all =
        lines === 1
          ? [said]
          : lines === 2
            ? [`${hello} ${/^I\b/.test(said) ? said : lead}`, closing]
            : [hello, said, closing, "⟦Your name⟧"].slice(0, lines);
      return { ...f, text: all.join("\n") };
    }),
  );
}

const hash = (s: string) => [...s].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

function draft(
  kind: Kind,
  p: Purpose,
  owner: string | undefined,
  who: string | undefined,
  tone: string,
  budget?: number,
): Filled[] {
  if (kind === "tweet") return expand(tweet(p));
  const name = greetingName(owner, who);
  if (budget !== undefined) {
    // "in 3 sentences": the message itself in that many sentences, the greeting inside the first.
    const hello = name ? `Hi ${name}, ` : "";
    return expand(body(p)).map((f) => {
      const said = f.text.split(/(?<=[.!?])\s+/).slice(0, budget);
      const lead = said[0] ? said[0].charAt(0).toLowerCase() + said[0].slice(1) : "";
      const first = hello && !/^I\b/.test(said[0] ?? "") ? lead : (said[0] ?? "");
      const thanks = said.length < budget ? [kind === "email" ? "Thank you." : "Thanks!"] : [];
      return { ...f, text: [`${hello}${first}`, ...said.slice(1), ...thanks].join(" ") };
    });
  }
  const formal = /formal|professional|polite/i.test(tone);
  const dear = (formal && /^⟦/.test(name)) || /^(?:customers|clients)$/.test(name);
  const hello = dear ? `Dear ${name},` : name ? `Hi ${name},` : formal ? "Hello," : "Hi,";
  // A text runs on after its greeting: "Hi Mom, just a quick note..."
  if (kind === "message")
    return expand(`${hello} ${body(p)}`).map((f) => ({
      ...f,
      text: f.text.replace(/^([^,]*, )([A-Z])(?=[a-z]|'[a-z]{2})/, (_, a: string, c: string) => a + c.toLowerCase()),
    }));
  const close = formal ? "[Kind regards|Best regards]" : "[Thanks|Best|Many thanks]";
  return expand(`Subject: ${subjectLine(p)}\n\n${hello}\n\n${body(p)}\n\n${close},\n⟦Your name⟧`);
}

export const messages: Skill = {
  name: "messages",
  does: "emails, texts and tweets in the learner's voice that ask, apologise, invite or announce, from the request's own facts",
  reply(input: SkillInput): TextReplies | null {
    if (input.json || input.summarizing || input.instructions.format === "code") return null;
    const m = REQUEST.exec(input.lastUser.trim());
    if (!m) return null;
    const tone = m[1] ?? "";
    const kind: Kind = /tweet|post/i.test(m[2]) ? "tweet" : /e-?mail/i.test(m[2]) ? "email" : "message";
    // "a tweet under 100 characters inviting...": the length is the form's, read by the instructions.
    let rest = m[3]
      .trim()
      .replace(
        /^(?:of\s+)?(?:under|in|within|with|at most|no more than|less than|fewer than)\s+\d{1,4}\s+(?:characters|chars|words)\s*,?\s*/i,
        "",
      );
    const to = RECIPIENT.exec(rest);
    if (to) rest = rest.slice(to[0].length);
    const purpose = purposeOf(rest);
    if (!purpose && to && !trimEnd(rest)) {
      // "Write an email to my teacher.": only the learner knows what it is for.
      const whom = `${to[1] ? `${to[1].toLowerCase() === "my" ? "your" : to[1].toLowerCase()} ` : ""}${to[2]}`;
      return {
        texts: expand(
          `[Happy to help. What should the ${m[2].toLowerCase()} to ${whom} say?|Sure: what is the ${m[2].toLowerCase()} to ${whom} about?] Tell me what you need (for example to ask for something, to apologise or to share some news) and I'll draft it.`,
        ),
        asWritten: true,
      };
    }
    if (!purpose || purpose.what.length < 2 || purpose.what.length > 160) return null;
    // A subject only the learner could name ("about the thing") is nothing to write from.
    if (/^(?:it|this|that|something|stuff|things?)$/i.test(purpose.what)) return null;
    const f = input.instructions.form;
    const lineWord = /\b(one|two|three|four|\d)[- ]line\b/i.exec(tone)?.[1]?.toLowerCase();
    const lines = lineWord ? Number(lineWord) || ["one", "two", "three", "four"].indexOf(lineWord) + 1 : f?.lines;
    if (lines !== undefined && kind === "message") {
      const texts = inLines(purpose, { owner: to?.[1], who: to?.[2] }, lines);
      return texts ? { texts, asWritten: true } : null;
    }
    const said = /\b(one|two|three|four|five|\d)[- ]sentence\b/i.exec(tone)?.[1]?.toLowerCase();
    const counted = said ? Number(said) || ["one", "two", "three", "four", "five"].indexOf(said) + 1 : undefined;
    const budget =
      counted ?? f?.sentences ?? f?.maxSentences ?? (input.instructions.brevity === "sentence" ? 1 : undefined);
    return {
      texts: write(kind, purpose, { owner: to?.[1], who: to?.[2] }, tone, budget),
      asWritten: budget !== undefined,
    };
  },
};
