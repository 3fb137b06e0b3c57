/**
 * A question about a text the user pastes in the same message: "My notes: 'We launch on March 3.
 * Anna owns the website.' What's the launch date?". The answer is read from the one sentence of
 * the text that holds what is asked, by the kind of value the question wants (a date, a time, an
 * amount, a duration, a name, a place, a reason, a numbered thing such as a platform), and said
 * with that sentence as its source. When no single sentence holds it, or the value is not there,
 * the other skills (and the honest decline) have the message.
 */
import { sentences, stem, terms } from "../language/text";
import { AMOUNT, DATE, TIME } from "./extract";
import type { Skill, TextReplies } from "./skill";

type Want = "date" | "time" | "amount" | "duration" | "who" | "where" | "why" | "numbered" | "sentence";

const QUESTION =
  /(?:^|[.!:,]\s+|["”]\s*)((?:what|what's|whats|when|where|who|whom|whose|which|why|how)\b[^?"“”]{2,160}\?)/i;

/** The pasted text: a quotation of four words or more, else what follows "Note:" or "Text:" before the question. */
function materialOf(message: string, question: string): string | null {
  const quoted = /["“]([^"”]{15,1500})["”]/.exec(message);
  if (quoted && quoted[1].split(/\s+/).length >= 4) return quoted[1];
  const rest = message.replace(question, " ");
  const lead =
    /^\s*(?:[\w' -]{0,40}?)(?:note|notes|text|email|message|memo|reminder|recipe|sign|label|it|this)\s*(?:says|said|reads)?\s*:\s*(.{15,1500})$/is.exec(
      rest.trim(),
    );
  return lead ? lead[1].trim() : null;
}

function wantOf(question: string): { want: Want; noun?: string } {
  const q = question.toLowerCase();
  if (/\bwhat time\b|\bat what hour\b/.test(q)) return { want: "time" };
  if (/\b(?:date|day)\b|^when\b/.test(q))
    return {
      want: /\b(?:open|close|start|begin|end|leave|arrive)\w*\b/.test(q) && !/\bdate|day\b/.test(q) ? "time" : "date",
    };
  if (/\bhow long\b|\bfor how long\b|\bhow many (?:minutes|hours|days|weeks|months|years)\b/.test(q))
    return { want: "duration" };
  if (
    /\bhow much\b|\bwhat (?:does|do|did) [^?]{1,40} cost\b|\bwhat(?:'s| is) the (?:price|cost|budget|fee|total)\b|\bhow many\b/.test(
      q,
    )
  )
    return { want: "amount" };
  const numbered =
    /\b(?:which|what) (platform|gate|room|floor|seat|table|track|row|door|bus|line|channel|page|chapter|level|number)\b/.exec(
      q,
    );
  if (numbered) return { want: "numbered", noun: numbered[1] };
  if (/^(?:who|whom|whose)\b/.test(q)) return { want: "who" };
  if (/^where\b/.test(q)) return { want: "where" };
  if (/^why\b/.test(q)) return { want: "why" };
  return { want: "sentence" };
}

const ASKING = new Set(
  [
    "text",
    "note",
    "notes",
    "email",
    "message",
    "say",
    "says",
    "according",
    "read",
    "mean",
    "date",
    "time",
    "much",
    "many",
    "long",
    "cost",
    "price",
  ].map(stem),
);

/** The value of the kind asked, in the sentence, nearest the words the question shares with it. */
function valueIn(sentence: string, want: Want, near: string[], noun?: string): string | null {
  const all = (re: RegExp) => [
    ...sentence.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)),
  ];
  let found: RegExpMatchArray[] = [];
  switch (want) {
    case "date":
      found = all(DATE);
      break;
    case "time":
      found = all(TIME);
      break;
    case "amount":
      found = all(AMOUNT);
      if (!found.length) found = all(/\b\d[\d,]*(?:\.\d+)?(?:\s+[a-z]+)?/i);
      break;
    case "duration":
      found = all(
        /\b(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|ten|half an?)\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\b/i,
      );
      break;
    case "numbered":
      found = all(new RegExp(`\\b${noun}\\s+(?:no\\.?\\s*|number\\s+)?[A-Z]?\\d+[A-Z]?\\b`, "i"));
      break;
    case "who":
      found = all(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b/).filter(
        (m) => m.index !== 0 || !/^(?:The|A|An|This|It|We|They|He|She|Our|Your|Please|Hi|Dear)$/.test(m[0]),
      );
      break;
    case "where":
      found = all(/\b(?:in|at|from|to|near|on)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*/);
      break;
    case "why":
      found = all(/\b(?:because|since|due to|for|so that|as)\s+[^,.;]{3,80}/i);
      break;
    case "sentence":
      return null;
  }
  if (!found.length) return null;
  if (found.length === 1) return found[0][0].trim();
  // Several values: the one in the only clause that holds a word of the question
  // ("opens at 9 am and closes at 5 pm": "close" is in the second; "6 euros for children").
  const clauses = sentence.split(/,\s+|;\s+|\s+(?:and|but|while|whereas)\s+/);
  // The sentence's subject ("The museum", "Tickets") belongs to every clause, so it tells none apart.
  const subject = terms(sentence)[0];
  const telling = near.filter((w) => w !== subject);
  const owners = clauses.filter((c) => {
    const values = found.filter((m) => c.includes(m[0].trim()));
    if (values.length !== 1) return false;
    const lower = c.toLowerCase();
    return telling.some((w) => new RegExp(`\\b${w.slice(0, Math.max(4, w.length - 1))}`).test(lower));
  });
  if (owners.length !== 1) return null;
  return found.find((m) => owners[0].includes(m[0].trim()))?.[0].trim() ?? null;
}

function answer(message: string): string | null {
  if (message.length > 2000) return null;
  const q = QUESTION.exec(message);
  if (!q) return null;
  const question = q[1].trim();
  const material = materialOf(message, question);
  if (!material || material.includes(question)) return null;
  const { want, noun } = wantOf(question);
  const asked = terms(question).filter((t) => !ASKING.has(t));
  if (!asked.length) return null;
  const scored = sentences(material)
    .map((s) => {
      const own = new Set(terms(s));
      const hits = asked.filter((t) => own.has(t));
      return { s: s.trim(), hits };
    })
    .sort((a, b) => b.hits.length - a.hits.length);
  const best = scored[0];
  if (!best || best.hits.length === 0) return null;
  if (scored[1] && scored[1].hits.length === best.hits.length) {
    // A tie is settled only by the value asked: one of them must hold it.
    const holding = scored.filter((x) => x.hits.length === best.hits.length && valueIn(x.s, want, asked, noun));
    if (holding.length !== 1) return null;
    return said(holding[0].s, valueIn(holding[0].s, want, asked, noun));
  }
  if (want === "sentence") return best.hits.length >= Math.min(2, asked.length) ? said(best.s, null) : null;
  const value = valueIn(best.s, want, asked, noun);
  return value ? said(best.s, value) : null;
}

function said(sentence: string, value: string | null): string {
  const quote = sentence.replace(/\s+/g, " ").trim();
  if (!value) return `The text says: "${quote}"`;
  const v = value.replace(/[,;:]$/, "");
  return `${v.charAt(0).toUpperCase()}${v.slice(1)}. The text says: "${quote}"`;
}

export const fromText: Skill = {
  name: "from-text",
  does: "answers a question about a text pasted in the same message, from the sentence that says it",
  reply({ lastUser, json, summarizing, instructions }): TextReplies | null {
    if (json || summarizing || instructions.format === "code") return null;
    const text = answer(lastUser);
    return text ? { texts: [{ text, weight: 1 }], exact: true } : null;
  },
};
