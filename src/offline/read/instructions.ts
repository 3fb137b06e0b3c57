/** Reads the instructions the lesson uses from system/developer messages (and the last user message). */
import type { Persona } from "../corpus/all";
import type { ConversationTurn } from "./conversation";
import { requestedCount } from "../language/text";
import { readForm, readQA, type Form } from "./form";
import { requestedLanguage, writtenIn, type Requested } from "../language/languages";
import { readBookends, type Bookends } from "./bookends";

/** A message about code: "no explanation" there means the code alone. */
const CODE_ASKED =
  /\b(?:code|function|snippet|script|program|class|method|regex|sql|query|python|javascript|typescript|java|rust|golang|bash|shell|html|css|implement|refactor|debug|compile)\b|```/i;

export type OutputFormat = "text" | "markdown" | "bullets" | "code" | "json";

export interface Instructions {
  format: OutputFormat;
  persona?: Persona;
  language?: "python" | "typescript";
  /** Set when the request asks for a summary: the text to summarize. */
  /** `ask`: the request when it follows the text ("...\n\nSummarize the above in one sentence."). */
  summarize?: { text: string; conversation: boolean; ask?: string };
  brevity?: "sentence" | "short";
  /** verbosity "high": the answer goes on with a second passage on the same topic. */
  detail?: boolean;
  /** "List 3 ...": how many items. */
  count?: number;
  /** "Say this is a test": the words to say back. */
  echo?: string;
  /** "in five words": the most words the answer may have. */
  wordLimit?: number;
  /** "in capital letters", "all caps": the reply is written in upper case. */
  uppercase?: boolean;
  /** "in lowercase", "all lower case": the reply is written in lower case. */
  lowercase?: boolean;
  /** "as JSON with keys practice and why": the keys a JSON answer should use. */
  jsonKeys?: string[];
  /** The reply's shape: only the label, exactly N words or lines, one per line, a title... (read/form.ts). */
  form?: Form;
  /** "Answer in German", "Always reply in Spanish": the language the reply is asked to be in. */
  speak?: Requested;
  /** "Always end every answer with 'Enjoy your stay!'": words every reply starts or ends with. */
  bookends?: Bookends;
}

const isInstructionRole = (role: string) => role === "system" || role === "developer";

/**
 * A summary a system/developer message carries as context ("Previous conversation summary: ...",
 * "Summary of the earlier conversation: ..."): a label ending in a colon, then the summary.
 */
const CARRIED_SUMMARY =
  /(^|\n|[.!?]\s+)((?:here is |here's |this is )?(?:an? |the )?(?:[a-z-]+ ){0,3}summary(?: of [^:\n]{0,60}| so far)?)\s*:/i;
/** An instruction to write a summary, not a mention of one. */
const ASKS_FOR_SUMMARY =
  /\b(summari[sz]e|summarising|summarizing|sum (?:it |this |that |everything )?up|tl;?dr|recap|condense|boil (?:it |this |that )?down|in a nutshell)\b|\b(give|write|provide|produce|make|create|return|output|reply with|respond with|generate|need|want)\b[^.!?\n]{0,40}\b(?:summary|gist)\b|\b(?:can|could|may)\s+(?:i|we)\s+(?:get|have|see)\b[^.!?\n]{0,40}\bsummary\b|\b(?:the gist|main points|key points|key takeaways)\s+(?:of|from|in)\s+(?:this|the following|that|our|the (?:text|article|email|conversation|chat))\b/i;

/**
 * Splits a system/developer message into its instructions and the summary it carries as
 * context, if any: the summary is earlier conversation, not a request to summarize.
 */
export function splitCarriedSummary(text: string): { instruction: string; carried: string } {
  const m = CARRIED_SUMMARY.exec(text);
  if (!m || ASKS_FOR_SUMMARY.test(m[2])) return { instruction: text, carried: "" };
  const at = m.index + m[1].length;
  return { instruction: text.slice(0, at).trim(), carried: text.slice(at + m[0].length - m[1].length).trim() };
}

export function asksForSummary(text: string): boolean {
  return ASKS_FOR_SUMMARY.test(text);
}

export function readInstructions(turns: readonly ConversationTurn[], jsonResponse: boolean): Instructions {
  // Only the instructions of system/developer messages steer: a summary they carry is context.
  const system = turns
    .filter((t) => isInstructionRole(t.role))
    .map((t) => splitCarriedSummary(t.text).instruction)
    .join("\n");
  const lastUserIndex = findLastIndex(turns, (t) => t.role === "user");
  const lastUser = lastUserIndex >= 0 ? turns[lastUserIndex].text : "";
  // Form words inside quotes or inside the material to work on are content, not instructions:
  // "Count the words in 'write in all caps'" asks for a count, in the usual case.
  const userLead = withoutJsonQuestions(requestWords(firstLine(lastUser)));
  const both = `${requestWords(system)}\n${userLead}`;

  let format: OutputFormat = "text";
  if (
    jsonResponse ||
    /\b(in|as|with|return|returns|output|valid|only|into|using)\s+json\b|\bjson\s+(object|format|only|output|response|reply|document|array)\b|^\s*json\b/i.test(
      both,
    ) ||
    ASKS_JSON.test(userLead)
  )
    format = "json";
  else if (
    /\b(code only|only code|only the code|just the code|only with code)\b/i.test(both) ||
    // "Choose one for me: red, blue, green. No explanation." asks for the bare pick, not code.
    (/\b(no explanations?|without explanations?)\b/i.test(both) && CODE_ASKED.test(`${system}\n${lastUser}`))
  )
    format = "code";
  else if (/\bbullet|\bas a list\b|\bbulleted\b/i.test(both)) format = "bullets";
  else if (/\bmarkdown\b/i.test(both)) format = "markdown";

  const out: Instructions = { format };
  const bookends = readBookends(turns);
  if (bookends.start || bookends.end || bookends.address) out.bookends = bookends;
  if (format === "json") {
    const keys = readJsonKeys(both);
    if (keys.length) out.jsonKeys = keys;
  }
  const persona = readPersona(system) ?? (CHILD.test(userLead) ? "child" : undefined);
  if (persona) out.persona = persona;
  const userText = turns
    .filter((t) => t.role === "user")
    .map((t) => t.text)
    .join("\n");
  const language = readLanguage(`${userLead}\n${system}`) ?? readLanguage(userText);
  if (language) out.language = language;
  // "One sentence per line" lays the reply out; it does not cut it to one sentence.
  if (
    /\b(one|a single|1)\s+sentence\b(?!\s+(?:per|on (?:a|its own|a separate|a new))\s+line)|\bin a sentence\b/i.test(
      both,
    )
  )
    out.brevity = "sentence";
  else if (
    /\b(brief|briefly|concise|concisely|short|shortly|few words|one line(?! (?:each|apiece|per)\b)|tl;?dr|(two|2) sentences)\b/i.test(
      both,
    )
  )
    out.brevity = "short";
  if (
    /\b(?:in|using|with|all|only)\s+(?:all\s+)?(?:capital letters|caps|capitals|upper ?case|block letters)\b|\b(?:capital letters|upper ?case|block letters)\s+only\b|\ball[- ]caps\b|\bcaps lock\b|\bshout\b/i.test(
      both,
    ) &&
    !/\b(no|not|without|never|don't use)\b[^.]{0,20}\b(capital|caps|upper)/i.test(both) &&
    // "a function that returns the string in upper case" describes the code, not the reply.
    !/\b(?:string|text|words?|letters?|names?|input|it|them)\s+(?:in|into|to)\s+(?:all\s+)?(?:capital letters|caps|capitals|upper ?case)\b/i.test(
      both,
    )
  )
    out.uppercase = true;
  if (
    !out.uppercase &&
    /\b(?:in|using|with|all)\s+(?:all\s+)?lower ?case(?:\s+letters)?\b|\blower ?case only\b|\bno capital letters\b/i.test(
      both,
    ) &&
    // "a function that returns the string in lowercase" describes the code, not the reply.
    !/\b(?:string|text|words?|letters?|names?|input|it|them)\s+(?:in|into|to)\s+(?:all\s+)?lower ?case\b/i.test(both)
  )
    out.lowercase = true;
  const form = readForm(both);
  if (form) out.form = form;
  // The "Q: ... A: ..." template is quoted more often than not: it is read from the words as written.
  const qa = form?.qa ?? readQA(`${system}\n${firstLine(lastUser)}`);
  if (qa) out.form = { ...out.form, qa };
  // A quoted French sentence to classify or count is material: the request's own words say the language.
  const speak =
    requestedLanguage(both) ?? standingLanguage(turns.slice(0, lastUserIndex + 1)) ?? writtenIn(requestWords(lastUser));
  // "Antworte auf Englisch: Was ist ...?": English asked for a question written in another
  // language, which is then read in English like any other.
  if (speak && (!speak.english || writtenIn(lastUser))) out.speak = speak;
  const count = requestedCount(userLead);
  if (count) out.count = count;
  const echo = /^\s*(?:please\s+)?(?:say|repeat|echo)\b\s*[:,-]?\s*["'“]?([^"”\n]{1,200}?)["'”]?\s*[.!]?\s*$/i.exec(
    lastUser,
  );
  const limit =
    /\b(?:in|under|at most|no more than|maximum of|max|with|using|only)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+words?\b/i.exec(
      userLead,
    ) ??
    /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ]word\b/i.exec(userLead) ??
    // "Shorter please, three words max": the ceiling said after the count.
    /\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+words?\s+(?:max(?:imum)?|tops|or (?:less|fewer))\b/i.exec(
      userLead,
    ) ??
    // A system message's "Answer in at most 20 words" holds for every reply.
    /\b(?:in|under|at most|no more than|maximum of|max|with|using)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+words?\b/i.exec(
      system,
    ) ??
    // "Reply with a single word and nothing else", "One-word answers only": the rule for every reply.
    /\b(?:in|with|using|as)\s+(?:just\s+|only\s+)?(a single|a|one)\s+(?:single\s+)?word\b(?!\s+(?:for|of|that|which|per|each))/i.exec(
      `${system}\n${userLead}`,
    ) ??
    /\b(one|single)[- ]word\s+(?:answers?|repl(?:y|ies)|responses?)\b/i.exec(system);
  if (limit) {
    const names = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    const said = limit[1].toLowerCase();
    const n = /^\d+$/.test(said) ? Number(said) : /^(?:a|a single|single)$/.test(said) ? 1 : names.indexOf(said) + 1;
    if (n > 0) out.wordLimit = n;
  }
  const translated = echo ? translateGreeting(echo[1].trim()) : undefined;
  // "Repeat after me: ...", "Say exactly: ...": the rest of the message, word for word.
  const verbatim = VERBATIM.exec(lastUser);
  if (translated) out.echo = translated;
  else if (verbatim) {
    const said = lastUser
      .slice(verbatim[0].length)
      .trim()
      .replace(/^["“'‘](.*)["”'’]$/s, "$1");
    if (said && said.length <= 1000) out.echo = said;
  } else if (echo?.[1].trim() && !/\sin\s/i.test(echo[1]) && !/\s(?:like|as)\s+(?:a|an|the)\s/i.test(echo[1])) {
    const said = echo[1].trim();
    const quoted = /["'“]/.test(lastUser.slice(0, lastUser.indexOf(said)));
    // "Say hello" or "Say 'it works'" are echoes; "Say something about Paris" is a question.
    if (
      quoted ||
      (said.split(/\s+/).length <= 6 &&
        !/\b(about|something|anything|more|what|how|why|who|when|where|times|backwards?|letter by letter)\b/i.test(
          said,
        ))
    ) {
      out.echo = sentenceCase(greetingFor(said));
    }
  }

  const lead = firstLine(lastUser);
  if (asksForSummary(userLead)) {
    // "Summarise this in 30 words. ... goes to wants: eating out": a colon after the ask's own sentence is the text's.
    const asked = afterAsk(lead);
    const inText = asked !== "" && lead.indexOf(":") > lead.length - asked.length;
    const body = lastUser.slice(lead.length).trim() || (inText ? asked : afterColon(lead) || asked);
    const earlier = turns
      .slice(0, lastUserIndex)
      .some((t) => (t.role === "user" || t.role === "assistant") && t.text.trim() !== "");
    // "Summarize recursion in one sentence", first thing said: a topic to explain briefly, not a text.
    const aboutChat =
      /\b(?:conversation|chat|discussion|this|that|above|so far|we (?:talked|discussed|said)|thread|everything)\b/i.test(
        lead,
      );
    const pasted = body.length > 40 ? undefined : pastedText(turns.slice(0, lastUserIndex), lead);
    if (body.length > 40) out.summarize = { text: body, conversation: /\b(user|assistant)\s*:/i.test(body) };
    else if (pasted) out.summarize = { text: pasted, conversation: /\b(user|assistant)\s*:/i.test(pasted) };
    else if (earlier || aboutChat)
      out.summarize = { text: transcript(turns.slice(0, lastUserIndex)), conversation: true };
  } else if (tailAsk(lastUser) && asksForSummary(tailAsk(lastUser) as string)) {
    // "<paragraph>\n\nSummarize the paragraph above in one sentence.": the ask comes last, the text before it.
    const ask = tailAsk(lastUser) as string;
    const body = lastUser.slice(0, lastUser.lastIndexOf(ask)).trim();
    if (body.length > 40) out.summarize = { text: body, conversation: /\b(user|assistant)\s*:/i.test(body), ask };
  } else if (asksForSummary(system)) {
    if (lastUser.length > 200)
      out.summarize = { text: lastUser, conversation: /\b(user|assistant)\s*:/i.test(lastUser) };
    else out.summarize = { text: transcript(turns), conversation: true };
  }
  return out;
}

/** "those notes", "the email", "my letter": a text the user gave, not the talk about it. */
const GIVEN_TEXT =
  /\b(?:those|these|the|my|that|this|his|her|their|our)\s+(?:[\w'-]+\s+){0,2}?(?:notes?|e-?mails?|texts?|letters?|messages?|articles?|minutes|reports?|logs?|paragraphs?|passages?|memos?|documents?|handover|reviews?|posts?|story|statement|instructions|update|announcement|newsletter)\b/i;
const ABOUT_TALK = /\b(?:conversation|chat|discussion|we (?:talked|discussed|said)|thread|everything|so far)\b/i;
/** "Summarise it" after a text and "Got it": a pointer at what the user gave. */
const POINTER = /\b(?:it|that|this|them|those|these)\b/i;

/**
 * The text a summary asked after it is about: "Summarise those notes in two sentences" after the
 * user pasted the notes and the assistant said "Got it" summarises the notes, never the "Got it".
 * The last long user message, when the ask names a given text (or points at one and every reply
 * since only acknowledged it); undefined when the ask is about the conversation itself.
 */
function pastedText(before: readonly ConversationTurn[], lead: string): string | undefined {
  if (ABOUT_TALK.test(lead)) return undefined;
  // A text the ask names may be short ("that message": three lines); one only pointed at is a long paste.
  const named = GIVEN_TEXT.test(lead);
  const at = before.findLastIndex((t) => t.role === "user" && t.text.trim().length > (named ? 80 : 150));
  if (at < 0) return undefined;
  const replies = before.slice(at + 1).filter((t) => t.role === "assistant" && t.text.trim());
  const acknowledged = replies.every((t) => t.text.trim().length < 120);
  if (!(named || (POINTER.test(lead) && acknowledged))) return undefined;
  // Only user messages after it that add no text of their own: "Summarise those notes" reads the notes.
  if (before.slice(at + 1).some((t) => t.role === "user" && t.text.trim().length > 80)) return undefined;
  // "Night handover notes, paste from the porters' log: Lift 3 ...": the label says what follows; the notes follow.
  const text = before[at].text.trim();
  const label = /^[^.:?!\n]{3,80}:\s+(?=\S)/.exec(text);
  return label && text.length - label[0].length > 100 ? text.slice(label[0].length) : text;
}

/** A language rule a user set for the rest of the chat: "From now on, please reply only in Spanish." */
const STANDING_LANGUAGE =
  /\b(?:from now on|from here on|for the rest of|(?:going|moving) forward|only|always|every (?:reply|answer|message)|practi[cs]e my|practi[cs]ing|(?:my|the) (?:next|following) (?:questions?|answers?|repl(?:y|ies)|messages?)|until i say)\b/i;
/** "Back to English, please", "You can stop speaking French": the rule lifted. */
const BACK_TO_ENGLISH =
  /\b(?:back (?:to|in) english|(?:speak|answer|reply|write) (?:in )?english again|stop (?:speaking|answering|replying|writing) in \w+)\b/i;

/** The language an earlier user message asked every later reply to be in, the latest such rule first. */
function standingLanguage(earlier: readonly ConversationTurn[]): Requested | undefined {
  for (const t of [...earlier].reverse()) {
    if (t.role !== "user") continue;
    if (BACK_TO_ENGLISH.test(t.text)) return undefined;
    if (!STANDING_LANGUAGE.test(t.text)) continue;
    const asked = requestedLanguage(requestWords(t.text));
    if (asked) return asked.english ? undefined : asked;
  }
  return undefined;
}

/** The words that ask for the rest of the message to be said back exactly. */
const VERBATIM =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:(?:say|repeat|echo|copy)(?:\s+back)?(?:\s+after me)?(?:\s+(?:this|that|the following|my|these))?(?:\s+(?:sentence|phrase|text|line|words?|message))?(?:\s+(?:exactly|verbatim|word for word|back))?|(?:type|write|print)\s+(?:this|the following|these words)?\s*(?:exactly|verbatim|word for word)|repeat after me)\s*[:,-]\s*/i;

const GREETINGS: Record<string, Record<string, string>> = {
  hello: {
    french: "Bonjour !",
    spanish: "¡Hola!",
    german: "Hallo!",
    italian: "Ciao!",
    portuguese: "Olá!",
    dutch: "Hallo!",
    japanese: "こんにちは！",
    chinese: "你好！",
  },
  "thank you": {
    french: "Merci !",
    spanish: "¡Gracias!",
    german: "Danke!",
    italian: "Grazie!",
    portuguese: "Obrigado!",
    dutch: "Dank je!",
    japanese: "ありがとう！",
    chinese: "谢谢！",
  },
  goodbye: {
    french: "Au revoir !",
    spanish: "¡Adiós!",
    german: "Auf Wiedersehen!",
    italian: "Arrivederci!",
    portuguese: "Adeus!",
    dutch: "Tot ziens!",
    japanese: "さようなら！",
    chinese: "再见！",
  },
};

/** "good morning to me" -> "good morning!", "hello to my friend Anna" -> "hello, Anna!": said to someone, not about them. */
function greetingFor(said: string): string {
  const m =
    /^(.{2,40}?)\s+to\s+(?:me|us|everyone|everybody|(?:my|our)\s+[a-z]+(?:\s+([A-Z][a-z]{1,20}))?|([A-Z][a-z]{1,20}))\s*[.!]?$/.exec(
      said,
    );
  if (!m) return said;
  const name = m[2] ?? m[3];
  return `${m[1]}${name ? `, ${name}` : ""}!`;
}

/** "hello in French" -> "Bonjour !": the one kind of translation the lesson's examples ask for. */
function translateGreeting(phrase: string): string | undefined {
  const m = /^(hello|hi|thank you|thanks|goodbye|bye)\s+in\s+([a-z]+)[.!]?$/i.exec(phrase);
  if (!m) return undefined;
  const word = { hi: "hello", thanks: "thank you", bye: "goodbye" }[m[1].toLowerCase()] ?? m[1].toLowerCase();
  return GREETINGS[word]?.[m[2].toLowerCase()];
}

const KEY = `["'\`]?[A-Za-z_][\\w-]*["'\`]?`;
const KEY_LIST = `${KEY}(?:\\s*,\\s*(?:and\\s+|or\\s+)?${KEY}|\\s+(?:and|or)\\s+${KEY})*`;
const KEYS_AFTER = new RegExp(
  `\\b(?:keys?|fields?|properties|attributes)\\b\\s*(?:named|called)?\\s*:?\\s*(${KEY_LIST})`,
  "i",
);
const KEYS_BEFORE = new RegExp(`(?:^|\\s)(${KEY_LIST})\\s+(?:keys|fields|properties|key|field)\\b`, "i");
const KEYS_LISTED = new RegExp(
  `\\bjson\\b[^.?!:\\n]{0,40}?\\bwith\\s+(?:the\\s+|its\\s+|their\\s+)?(${KEY_LIST})\\s*(?:[.?!:]|$|\\bfor\\b|\\babout\\b|\\bof\\b)`,
  "i",
);
const NOT_KEYS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "with",
  "json",
  "object",
  "these",
  "those",
  "following",
  "two",
  "three",
  "four",
  "some",
  "its",
  "their",
  "each",
  "own",
  "named",
  "called",
]);

/** "Give me JSON with keys ...", "Convert this to JSON with fields ...": an imperative that asks for JSON. */
const ASKS_JSON =
  /^\s*(?:please\s+)?(?:(?:give|send|write|generate|produce|make)\s+(?:me\s+)?(?:back\s+)?(?:valid\s+|a\s+|an\s+|some\s+)?json\b|(?:convert|turn|change|transform|put|format|rewrite)\s+(?:(?:this|that|it|the following|the text|these|this text|this sentence)\b[^.?!\n]{0,20}\b)?(?:to|into)\s+(?:valid\s+|a\s+)?json\b)/i;

const JSON_REQUEST =
  /\b(?:as|in|into|to|using|with|return|returns|output|reply in|respond in|formatted as|give me|give|create|make|build|write|generate)\s+(?:valid\s+|a\s+|an\s+)?json\b(?:\s+(?:object|format|array|document))?(?:\s*,?\s*(?:with|using|having|containing|where)\b[^.?!\n]*)?/gi;

/**
 * "How do I make the model return JSON?" asks about JSON output; it does not ask for a JSON reply.
 * A how/why question, or "is there a way to...", that names JSON is the subject, not the form.
 */
const ABOUT_JSON =
  /(?:^|(?<=[.!?]\s))\s*(?:how\b|why\b|is there (?:a|any) way\b|what(?:'s| is) the (?:best |easiest |right |simplest )?way\b)[^.?!\n]*\bjson\b[^.?!\n]*(?:\?|$)/gi;

export function withoutJsonQuestions(text: string): string {
  return text.replace(ABOUT_JSON, " ");
}

/** True when the message's first line asks about getting JSON rather than for JSON. */
export function asksAboutJson(text: string): boolean {
  return text.split("\n")[0].search(ABOUT_JSON) >= 0;
}

/** The last message without its request for JSON: "as JSON with keys a and b" says how, not what about. */
export function withoutFormatRequest(text: string): string {
  if (asksAboutJson(text)) return text;
  const stripped = text
    .replace(JSON_REQUEST, " ")
    .replace(/\s+([.?!])/g, "$1")
    .trim();
  return /[a-z]{3}/i.test(stripped) ? stripped : text;
}

/** The key names a prompt asks a JSON answer to use: "with keys practice and why", "'name' and 'age' fields". */
export function readJsonKeys(text: string): string[] {
  // A skeleton in the prompt names the keys itself: {"name": ..., "why": ...}
  const skeleton = /\{\s*"[A-Za-z_][\w-]*"\s*:[^{}]*\}/.exec(text);
  if (skeleton) {
    const keys = [...skeleton[0].matchAll(/"([A-Za-z_][\w-]*)"\s*:/g)].map((k) => k[1]);
    if (keys.length) return [...new Set(keys)].slice(0, 8);
  }
  // "a JSON object for a book with title, author and year": two or more names listed right after the JSON ask.
  const listed = KEYS_LISTED.exec(text);
  const m =
    KEYS_AFTER.exec(text) ??
    KEYS_BEFORE.exec(text) ??
    (listed && /,|\band\b/.test(listed[1]) && !/\b(?:examples?|details?|more|code|comments?)\b/i.test(listed[1])
      ? listed
      : null);
  if (!m) return askedOf(text);
  const keys = m[1]
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
    .map((k) => k.replace(/["'`]/g, "").trim())
    .filter((k) => k && !NOT_KEYS.has(k.toLowerCase()));
  return [...new Set(keys)].slice(0, 8);
}

/** "In JSON, give me the name and atomic number of sodium": the things asked of it, as snake_case keys. */
const ASKED_OF =
  /\b(?:give|tell|show|list)\s+(?:me\s+)?(?:the\s+)?((?:[a-z]+ ){0,2}[a-z]+(?:(?:,\s*|,?\s+and\s+)(?:the\s+)?(?:[a-z]+ ){0,2}[a-z]+)+)\s+of\s+/i;

function askedOf(text: string): string[] {
  const m = ASKED_OF.exec(text);
  if (!m) return [];
  const keys = m[1]
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((k) =>
      k
        .replace(/^the\s+/i, "")
        .trim()
        .toLowerCase()
        .replace(/\s+/g, "_"),
    )
    .filter((k) => k && !NOT_KEYS.has(k));
  return keys.length >= 2 ? [...new Set(keys)].slice(0, 6) : [];
}

function sentenceCase(text: string): string {
  const t = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** "Explain it like I'm five": the voice styles.ts frames, with passages written for a child. */
const CHILD =
  /\b(five|5|six|6|seven|7)[- ]years?[- ]old\b|\b(a|to a) (child|kid|toddler)\b(?!['’-]|\s+(?:tickets?|seats?|prices?|fares?|menus?|portions?|sizes?|discounts?|rates?|care|support|locks?|proof|meals?|pass(?:es)?|bikes?|beds?))|\blike i'?m (five|5)\b|\beli5\b|\bchild of (five|5)\b/i;

function readPersona(system: string): Persona | undefined {
  if (!system) return undefined;
  if (CHILD.test(system)) return "child";
  if (
    /\bcoding assistant|programming assistant|commented code|code reviewer|software (engineer|developer)|senior developer/i.test(
      system,
    )
  )
    return "coding";
  if (/\bmedical|health|doctor|clinic|nurse|consult (a |your )?(medical )?professional/i.test(system)) return "medical";
  if (/\bwriting coach|creative writing|be encouraging|encouraging/i.test(system)) return "coach";
  if (/\btutor|teacher|teaching assistant/i.test(system)) return "tutor";
  return undefined;
}

function readLanguage(text: string): "python" | "typescript" | undefined {
  if (/\bpython|pythonic|decorators?\b/i.test(text)) return "python";
  if (/\b(typescript|javascript|node\.?js|ts|js)\b/i.test(text)) return "typescript";
  return undefined;
}

/** Verbs and nouns that say the text after a colon is material to work on, not more instructions. */
const WORKS_ON =
  /\b(summari[sz]e|summary|tl;?dr|count|translate|classify|label|categori[sz]e|tag|reverse|spell|repeat|say|echo|extract|pull out|parse|rewrite|reword|paraphrase|fix|correct|proofread|sort|analy[sz]e|review|sentence|text|phrase|message|email|paragraph|passage|article|tweet|this|the following|these)\b/i;

/**
 * The words of a request that can instruct: without quoted spans of two words or more and without
 * the material after a colon when the words before it say it is material ("Summarize this: ...",
 * "Count the words in: ...") or it is long. A quoted single word ("yes", "positive") stays: it is
 * an option the reply may be asked to use.
 */
export function requestWords(text: string): string {
  let out = text
    .slice(0, 4000)
    .replace(/["“«]([^"”»\n]{1,600}?)["”»]/g, (m, inner: string) => (/\S\s+\S/.test(inner) ? '"…"' : m))
    // An apostrophe inside a word ("s'il", "don't") does not close the quote.
    .replace(
      /(^|[\s(:,])['‘]((?:[^'’\n]|(?<=\p{L})['’](?=\p{L})){1,600}?)['’](?=[\s.,!?;:)]|$)/gu,
      (m, pre: string, inner: string) => (/\S\s+\S/.test(inner) ? `${pre}'…'` : m),
    );
  const colon = /:\s+/.exec(out);
  if (colon) {
    const head = out.slice(0, colon.index);
    const rest = out.slice(colon.index + colon[0].length);
    const restWords = rest.split(/\s+/).filter(Boolean).length;
    if ((WORKS_ON.test(head) && restWords >= 3) || restWords >= 25) out = `${head}: …`;
  }
  return out;
}

/** A short last line that points back at the text above it ("Summarize the paragraph above."). */
function tailAsk(text: string): string | undefined {
  const lines = text.trim().split(/\n+/);
  const last = lines[lines.length - 1]?.trim() ?? "";
  return lines.length > 1 && last.length <= 200 && /\b(?:above|this|that|the (?:text|paragraph|passage))\b/i.test(last)
    ? last
    : undefined;
}

function firstLine(text: string): string {
  const nl = text.indexOf("\n");
  return nl < 0 ? text : text.slice(0, nl);
}

function afterColon(line: string): string {
  const i = line.indexOf(":");
  return i < 0 ? "" : line.slice(i + 1).trim();
}

/** "Can you sum this up in 15 words? Our sales rose...": the text after the request's own sentence. */
function afterAsk(line: string): string {
  const m =
    /^[^.?!]{0,160}?\b(?:summari[sz]e|sum|tl;?dr|recap|condense|gist|summary)\b[^.?!]{0,80}[.?!]\s+(\S[\s\S]{40,})$/i.exec(
      line,
    );
  return m ? m[1].trim() : "";
}

/** The turns as "role: text" lines, without system and developer messages. */
function transcript(turns: readonly ConversationTurn[]): string {
  return turns
    .filter((t) => t.role === "user" || t.role === "assistant")
    .map((t) => `${t.role}: ${t.text}`)
    .join("\n");
}

function findLastIndex<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
