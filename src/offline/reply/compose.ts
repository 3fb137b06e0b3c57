/** Turns the chosen passage and the request's instructions into the segments the generator follows. */
import type { CorpusEntry } from "../corpus/all";
import { FIDELITY, type Candidate, type Segment } from "../model/candidates";
import type { Instructions } from "../read/instructions";
import type { ResponseFormatSpec } from "../request/chat-request";
import { answerableFromPrompt, inventedBy, writeFromSchema, type AnswerContent } from "../request/json-schema";
import { headPhrase, itemsOf, materialOf } from "../request/field-values";
import type { Scored } from "../read/retrieval";
import { SegmentWriter } from "../model/segments";
import { codeBlocks, sentences, terms } from "../language/text";
import { paraphraseParts } from "../model/paraphrase";
import { splitCarriedSummary } from "../read/instructions";
import { firstReply, lastResort } from "../skills/registry";
import type { SkillReply } from "../skills/skill";
import { declineTexts, partialRequest, thingAsked, type Partial } from "../skills/decline";
import { NO_SUMMARY } from "../skills/summary";
import { contentWords, groundedFirst } from "../read/grounding";
import { shapeReplies } from "./forms";
import { PARTS, partsAnswered, withTheRest } from "./rest-of-message";
import { askedAlone, type Flags } from "./one-question";
import { listedJson } from "./listed-json";
import { detectLanguage } from "../language/languages";
import { corpusEntries } from "../corpus/all";
import type { ConversationTurn } from "../read/conversation";
import { creativeTexts, nameReasons, type CreativeRequest, type Filled } from "../language/templates";
import { unwantedNames } from "../language/short-forms";

export interface ComposeInput {
  entry: CorpusEntry;
  ranked: readonly Scored[];
  instructions: Instructions;
  responseFormat: ResponseFormatSpec;
  /** The summary of the text the request gave, when it asked for one. */
  summary?: string;
  /** The user's last message, for list detection. */
  lastUser: string;
  /** The request's model: the token-count skill uses its tokenizer. */
  model?: string;
}

const MEDICAL_REMINDER =
  "Please remember that this is general information, not medical advice: talk to a doctor, pharmacist or other qualified professional about your own situation.";

/** A's Candidate: one whole reply with its prior probability. */
export type ComposedCandidate = Candidate;

export type CandidateInput = Omit<ComposeInput, "entry"> & {
  /** The whole conversation: follow-ups, stated facts, few-shot examples and creative requests read it. */
  turns?: readonly ConversationTurn[];
  /** Set when this is one question of a longer message, asked alone (reply/one-question.ts). */
  alone?: boolean;
};

/** How many ranked passages may each become a candidate reply. */
const TOP_K = 24;

/**
 * Every reply the model may give to this request, weighted: the retrieval mixture of kNN-LM
 * (passages weighted by a softmax of their relevance), where each topic also ranks its passages
 * by preference, like a model with favourite answers.
 */
export function composeCandidates(input: CandidateInput): ComposedCandidate[] {
  const turns = input.turns ?? [{ role: "user", text: input.lastUser }];
  const asWritten: Flags = { value: false };
  const chosen = chooseCandidates({ ...input, turns }, turns, asWritten);
  return finish(chosen, input, turns, asWritten.value, asWritten.answer);
}

function chooseCandidates(
  input: CandidateInput,
  turns: readonly ConversationTurn[],
  asWritten: Flags,
): ComposedCandidate[] {
  const json = wantsJson(input);
  const asked = {
    turns,
    lastUser: input.lastUser,
    instructions: input.instructions,
    ranked: input.ranked,
    json,
    schema: input.responseFormat.type === "json_schema",
    summarizing: input.summary !== undefined,
    model: input.model,
  };
  const whole = firstReply(asked);
  // "... how much each? and how much each with a tip?": the parts skills answer, when none answers the whole.
  const byParts = whole ? null : partsAnswered(asked);
  const found = whole ?? (byParts ? { skill: PARTS, reply: byParts } : null);
  if (process.env.OFFLINE_TRACE) console.error("[trace] skill:", found?.skill.name ?? "none");
  // "Convert this to JSON with fields name and age: Maria is 34.": the named keys are a schema over the text.
  const named = keyedExtraction(input);
  const keyed = named ?? input;
  // A skill that looked nothing up (a memory note, a chat reply) has no values for a schema over the user's own text.
  const given =
    found && !("fields" in found.reply && found.reply.fields)
      ? (extractsFrom(keyed) ?? (named ? shortMaterial(input.lastUser) : undefined))
      : undefined;
  // Keys named over a given text are read from it: "a JSON object with name and age: Tom is 12" is no naming task.
  const explicit = named && (materialOf(input.lastUser) ?? shortMaterial(input.lastUser));
  if (given && found && (explicit || !("creative" in found.reply))) return extractionCandidates(given, keyed);
  if (found) {
    const { skill } = found;
    const reply: SkillReply = withTheRest(found, asked) ?? found.reply;
    if ("declined" in reply && reply.declined) asWritten.declined = true;
    else asWritten.skill = true;
    asWritten.value = "asWritten" in reply && reply.asWritten === true;
    // The skill's bare value, so "answer in Italian" can say it in an Italian sentence (reply/language.ts).
    if ("fields" in reply) asWritten.answer = reply.fields?.answer;
    if ("creative" in reply) return normalize(mergeSame(creativeCandidates(reply.creative, turns, input)));
    const plain = reply.asWritten
      ? { ...input, instructions: { format: "text" as const }, responseFormat: { type: "text" as const } }
      : input;
    return textCandidates(reply.texts, plain, skill.name, reply.exact ? FIDELITY.CODE : undefined, reply.fields);
  }
  // A summary the compressor could say only in broken sentences is declined, never given as a fragment.
  if (input.summary === NO_SUMMARY) {
    asWritten.value = true;
    asWritten.declined = true;
    const task = { kind: "task" as const, text: "summarize that in the length you asked without breaking a sentence" };
    return json
      ? refusals(input.lastUser, input)
      : textCandidates(declineTexts(task, false), { ...input, instructions: { format: "text" } }, "decline");
  }
  // No skill replied: a passage answers only if it grounds the question, else the honest "I can't".
  // A text to summarize holds questions of its own ("user: What are decorators?"): none is asked of the model.
  const part = json || input.summary !== undefined ? null : partialRequest(turns);
  if (part) {
    asWritten.value = true; // the answered part already has its form; the note must survive it
    asWritten.declined = true;
    return partialCandidates(part, input);
  }
  // A schema over a text the prompt gives is filled from that text alone, never from a passage.
  const material = given ?? extractsFrom(keyed) ?? (named ? shortMaterial(input.lastUser) : undefined);
  if (material) return extractionCandidates(material, keyed);
  // An extraction or a label over the prompt's own text is grounded in the prompt: no decline.
  const nothing = answerableFromPrompt(input.responseFormat, input.lastUser) ? null : lastResort.reply(asked);
  const declined = nothing && "texts" in nothing ? declinedCandidates(nothing.texts, input) : null;
  // "whats the capital of australia? i always mix it up with sydney lol": the question, asked alone, may be answered.
  const alone =
    declined && !input.alone
      ? askedAlone(input, turns, (one, oneTurns, flags) => chooseCandidates(one, oneTurns, flags))
      : null;
  if (alone) {
    asWritten.value = alone.asWritten;
    asWritten.answer = alone.answer;
    return alone.candidates;
  }
  if (declined) {
    asWritten.value = true;
    asWritten.declined = true; // the decline says what the model is: no form or voice rewrites it
    return declined;
  }
  // JSON over material the message gives, which no passage grounds: the list it gives, or JSON that says why not.
  if (nothing && input.responseFormat.type !== "json_schema") {
    asWritten.value = true;
    const listed = listedJson(input.lastUser);
    if (listed)
      return [
        { segments: new SegmentWriter().fixed(JSON.stringify(listed, null, 2)).done(), weight: 1, source: "listed" },
      ];
    asWritten.declined = true;
    return refusals(input.lastUser, input);
  }
  return passageCandidates({ ...input, ranked: groundedFirst(turns, input.ranked) });
}

/** The request's last word on every candidate: form, persona voice, language, capitals (reply/forms.ts). */
function finish(
  chosen: ComposedCandidate[],
  input: CandidateInput,
  turns: readonly ConversationTurn[],
  asWritten: boolean,
  answer?: string | number,
): ComposedCandidate[] {
  let list = chosen;
  const system = turns
    .filter((t) => t.role === "system" || t.role === "developer")
    .map((t) => splitCarriedSummary(t.text).instruction)
    .join("\n");
  // A JSON answer that had to make up a fact (a year, a yes) is refused instead (request/json-schema.ts).
  if (list.some((c) => INVENTED.has(c.segments[0]))) {
    const grounded = list.filter((c) => !INVENTED.has(c.segments[0]));
    list = grounded.length ? normalize(grounded) : refusals(input.lastUser, input);
  }
  const shaped = shapeReplies(list, {
    instructions: input.instructions,
    json: wantsJson(input),
    asWritten,
    system,
    lastUser: input.lastUser,
    summarizing: input.summary !== undefined,
    answer,
  });
  return shaped === list ? list : normalize(mergeSame(shaped));
}

/** Segments (their first) of JSON answers that hold a made-up fact. */
const INVENTED = new WeakSet<Segment>();

function refusals(question: string, input: CandidateInput): ComposedCandidate[] {
  // JSON asked without a schema stays JSON: the asked keys null, and an "error" that says why.
  const json = wantsJson(input) && input.responseFormat.type !== "json_schema";
  return normalize(
    declineTexts(thingAsked(question), false).map((f) => {
      const w = new SegmentWriter();
      if (json) {
        w.fixed("{");
        for (const key of input.instructions.jsonKeys ?? [])
          if (key !== "error") w.fixed(`${JSON.stringify(key)}: null, `);
        w.fixed('"error": ').jsonString(f.text).fixed("}");
      } else w.prose(f.text);
      return { segments: w.done(), weight: f.weight, source: "refusal" };
    }),
  );
}

/** Two questions, one grounded: the passages answer that one, and a note names what is left out. */
function partialCandidates(part: Partial, input: CandidateInput): ComposedCandidate[] {
  const answers = passageCandidates({ ...input, ranked: part.ranked, lastUser: part.answered });
  const out: ComposedCandidate[] = [];
  for (const c of answers.slice(0, 40))
    for (const n of part.note)
      out.push({
        segments: [...c.segments, ...new SegmentWriter().prose(`\n\n${n.text}`).done()],
        weight: c.weight * n.weight,
        source: c.source,
      });
  return normalize(mergeSame(out));
}

/**
 * The decline in the requested form: prose (bullets or markdown would add nothing), or JSON that
 * says so: {"error": ...} beside the asked keys set to null, or a schema's fields null where allowed.
 */
function declinedCandidates(texts: Filled[], input: CandidateInput): ComposedCandidate[] | null {
  const { responseFormat, instructions } = input;
  // A schema that shapes its strings (a pattern, a format) asks for a made-up value of that shape,
  // not for knowledge: the schema writer fills it as before.
  if (responseFormat.type === "json_schema" && /"(?:pattern|format)"\s*:/.test(JSON.stringify(responseFormat.schema)))
    return null;
  if (responseFormat.type === "text" && instructions.format !== "json")
    return textCandidates(texts, { ...input, instructions: { format: "text" } }, "decline");
  // JSON asked about material the prompt gives (extract, label, make a profile of...) is filled from
  // the prompt: only a question the model cannot answer is declined.
  if (!asksQuestion(input.lastUser) || GIVES_MATERIAL.test(input.lastUser)) return null;
  return normalize(
    mergeSame(
      texts.map((f) => {
        const w = new SegmentWriter();
        if (responseFormat.type === "json_schema") {
          writeFromSchema(w, responseFormat.schema, {
            title: f.text,
            text: f.text,
            sentences: [f.text],
            points: [],
            query: input.lastUser,
            unknown: true,
          });
          const segments = w.done();
          // With no field that can say why or "unknown" (numbers only, say), any value would be invented:
          // the API's refusal field carries the decline instead (reply/chat.ts).
          const written = segments.map((x) => x.text).join("");
          // Fields that only say "unknown" are no decline a reader can see: the refusal field says it instead.
          if (!written.includes(f.text.slice(0, 24)) || inventedBy(w).length)
            return { segments: new SegmentWriter().prose(f.text).done(), weight: f.weight, source: "refusal" };
          return { segments, weight: f.weight, source: "decline" };
        }
        w.fixed("{");
        for (const key of instructions.jsonKeys ?? []) if (key !== "error") w.fixed(`${JSON.stringify(key)}: null, `);
        w.fixed('"error": ').jsonString(f.text).fixed("}");
        return { segments: w.done(), weight: f.weight, source: "decline" };
      }),
    ),
  );
}

/** The text a json_schema request asks to extract from or label, when it gives one. */
function extractsFrom(input: CandidateInput): string | undefined {
  if (input.responseFormat.type !== "json_schema" || input.summary !== undefined) return undefined;
  const material = materialOf(input.lastUser);
  if (material)
    return GIVES_MATERIAL.test(input.lastUser) || answerableFromPrompt(input.responseFormat, input.lastUser)
      ? material
      : undefined;
  // "I bought 3 notebooks at Paper Planet.", "Book a table for 4 at 7pm": a message that tells rather
  // than asks is itself the text to fill the schema from.
  const said = input.lastUser.trim();
  if (!asksQuestion(said) && !ASKS_KNOWLEDGE.test(said) && said.length <= 600) {
    // "Fill in my profile", "Put that in JSON": what was said earlier is the text.
    const earlier = (input.turns ?? [])
      .slice(0, -1)
      .filter((t) => t.role === "user" || t.role === "assistant")
      .map((t) => t.text)
      .join("\n");
    const ownContent = /\d|\b(?!JSON\b)[A-Z][a-z]+\s+[A-Z]|['"“‘]/.test(said.replace(/^\S+/, ""));
    if (earlier && !ownContent && said.split(/\s+/).length <= 10) return earlier;
    return said;
  }
  return undefined;
}

/** Keys whose values are counts or amounts: numbers in the JSON, not strings. */
const NUMBER_VALUED =
  /^(?:age|price|cost|amount|total|quantity|qty|count|number|rank|score|rating|year|population|salary|weight|height|pages|rooms|guests|people|seats|minutes|hours|days|moons|mass|diameter|radius|atomic_\w+|(?:number|num|count)_?of_?\w+|\w+_(?:count|number|total|price|age|mass))$/i;

/**
 * A JSON reply with keys the prompt names ("as JSON with fields name and age") over a text the
 * prompt gives: the same request as a json_schema of those keys, so the values are read from the
 * text like a schema's. Undefined for a question (it is answered, not extracted) or no keys.
 */
function keyedExtraction(input: CandidateInput): CandidateInput | undefined {
  if (input.responseFormat.type === "json_schema" || input.summary !== undefined || !wantsJson(input)) return undefined;
  const numeric = new Set<string>();
  const keys = input.instructions.jsonKeys ?? extractKeys(input.lastUser, numeric) ?? labelledKeys(input.lastUser);
  if (!keys?.length) return undefined;
  // "Describe Paris in JSON with the keys: name, country": the text after the colon is the key list.
  const material = materialOf(input.lastUser);
  if (material) {
    const own = terms(material).filter((t) => !keys.some((k) => terms(k.replace(/_/g, " ")).includes(t)));
    if (own.length < 2) return undefined;
  }
  const properties: Record<string, unknown> = {};
  const pairs = labelledPairs(input.lastUser);
  for (const k of keys)
    properties[k] =
      pairs && k in pairs
        ? { type: typeof pairs[k] === "number" ? "number" : "string" }
        : numeric.has(k) || NUMBER_VALUED.test(k) || NUMERIC_KEY.test(k)
          ? { type: "number" }
          : // "the ingredients", "hobbies": a plural asks for the list the text gives.
            /^(?:[a-z]+_)*[a-z]{3,}(?<![su])s$/.test(k) && !/(?:news|status|address|class|glass|series)$/.test(k)
            ? { type: "array", items: { type: "string" } }
            : { type: "string" };
  const schema = { type: "object", properties, required: [...keys], additionalProperties: false };
  return { ...input, responseFormat: { type: "json_schema", schema } };
}

/** "Convert to JSON: Name: Ana, Age: 29, City: Lisbon": the labels and values the text pairs, in order. */
function labelledPairs(message: string): Record<string, string | number> | undefined {
  const material = materialOf(message);
  if (!material) return undefined;
  const out: Record<string, string | number> = {};
  let covered = 0;
  for (const m of material.matchAll(/(?:^|[,;\n]\s*)([A-Za-z][A-Za-z ]{0,24}?)\s*[:=]\s*([^,;\n:]{1,80})/g)) {
    const key = m[1].trim().toLowerCase().replace(/\s+/g, "_");
    const raw = m[2].trim().replace(/[.]$/, "");
    out[key] = /^-?\d+(?:\.\d+)?$/.test(raw) ? Number(raw) : raw;
    covered += m[0].length;
  }
  // The pairs are the whole text, not a colon inside a sentence.
  return Object.keys(out).length >= 2 && covered >= material.length * 0.8 ? out : undefined;
}

function labelledKeys(message: string): string[] | undefined {
  const pairs = labelledPairs(message);
  return pairs ? Object.keys(pairs) : undefined;
}

/** "...with name and age: Tom is 12.": a text after the ask's colon too short for materialOf. */
function shortMaterial(message: string): string | undefined {
  const m = /^[^:\n]{3,160}\bjson\b[^:\n]{0,120}:\s*(\S[^\n]{2,})$/i.exec(message.trim());
  return m && /[\p{L}\p{N}]/u.test(m[1]) ? m[1].trim() : undefined;
}

/**
 * "Extract the name, email and city as JSON: ...": the things to extract are the keys, in snake
 * case ("phone number" -> phone_number); "the number of study rooms" is a number field study_rooms.
 */
function extractKeys(message: string, numeric: Set<string>): string[] | undefined {
  const m =
    /^\s*(?:please\s+)?(?:extract|pull out|pick out|get|find|identify|list|give me)\s+(?:me\s+)?(?:the\s+|all\s+(?:the\s+)?)?([a-z][a-z ,'&-]{1,80}?)\s+(?:(?:from|in|out of)\s+(?:this|the following|the|my)?\s*(?:text|sentence|message|email|note|line|passage)?\s*)?(?:as|in|into)\s+(?:valid\s+|a\s+)?json\b/i.exec(
      message,
    );
  if (!m) return undefined;
  const keys: string[] = [];
  for (const raw of m[1].split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)) {
    const phrase = raw
      .replace(/^(?:the|all|any|their|his|her|its)\s+/i, "")
      .replace(/\s+(?:from|in|out of|of)\s+(?:this|that|the|my|these|those|our)\b.*$/i, "")
      .trim();
    const counted = /^(?:number|count|amount) of\s+(?:the\s+)?(.+)$|^how many\s+(.+)$/i.exec(phrase);
    const key = (counted ? (counted[1] ?? counted[2]) : phrase)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_|_$/g, "");
    if (!key || keys.includes(key)) continue;
    if (counted) numeric.add(key);
    keys.push(key);
  }
  return keys.length && keys.length <= 8 ? keys : undefined;
}

/** A request for knowledge or writing, not a text to extract from. */
const ASKS_KNOWLEDGE =
  /^(?:please\s+|can you\s+|could you\s+)?(?:tell|give|list|name|describe|explain|write|show|summari[sz]e|translate|define|compare|suggest|recommend|generate|create|make|find|invent|design|draft|compose|convert|calculate|compute|rate|rank|pick|choose|what|who|when|where|which|why|how|is|are|do|does)\b/i;

/** The schema's fields filled from the prompt's text (request/json-schema.ts `extracted`). */
function extractionCandidates(material: string, input: CandidateInput): ComposedCandidate[] {
  if (input.responseFormat.type !== "json_schema") return [];
  const w = new SegmentWriter();
  writeFromSchema(w, input.responseFormat.schema, {
    title: headPhrase(material) ?? "Reply",
    text: material,
    sentences: sentences(material),
    points: itemsOf(material),
    query: input.lastUser,
    material,
    // "Name: Ana, Age: 29": the values the text labels itself.
    fields: labelledPairs(input.lastUser),
  });
  const segments = w.done();
  if (inventedBy(w).length && segments[0]) INVENTED.add(segments[0]);
  return [{ segments, weight: 1, source: "extract" }];
}

// A clock's colon ("9:15") gives no text to work on, nor a question after it ("for my son's badge: which gas...?").
const GIVES_MATERIAL =
  /\b(extract|pull out|parse|label|classify|categori[sz]e|tag)\b|(?<!\d):(?!\d{2}\b)\s*(?!["“'‘]?(?:who|what|which|when|where|why|how|is|are|do|does|did|can|could|should)\b[^\n:"”]*\?)\S[^\n]{20,}/i;

function asksQuestion(text: string): boolean {
  return (
    /\?\s*$/.test(text.trim()) ||
    /^\s*(who|what|when|where|which|how|why)\b/i.test(text) ||
    // "Give me a recipe for pancakes": a request for knowledge, not material to fill from.
    /^\s*(?:please\s+)?(?:give me|tell me|list|name|suggest|recommend|explain|describe|show me|write me)\b(?![^:]*:)/i.test(
      text,
    )
  );
}

/** The reply must be JSON: a response_format, or an instruction that asks for it. */
function wantsJson(input: CandidateInput): boolean {
  return input.instructions.format === "json" || input.responseFormat.type !== "text";
}

/** Whole replies written from templates (memory, clarifying questions), rendered in the requested format. */
function textCandidates(
  texts: Filled[],
  input: CandidateInput,
  source: string,
  fidelity?: number,
  fields?: Record<string, string | number>,
): ComposedCandidate[] {
  return normalize(
    mergeSame(
      texts.map((f) => ({
        segments:
          fidelity !== undefined && input.instructions.format === "text" && input.responseFormat.type === "text"
            ? new SegmentWriter().free(f.text, { fidelity }).done()
            : render(
                {
                  title: "Reply",
                  text: f.text,
                  sentences: sentences(f.text),
                  points: sentences(f.text),
                  fields,
                  // A computed list is whole: a bullet list of the seven colours shows seven.
                  ...(fidelity !== undefined ? { count: input.instructions.count ?? sentences(f.text).length } : {}),
                },
                input,
                {
                  creative: false,
                },
              ),
        weight: f.weight,
        source: `${source}`,
      })),
    ),
  );
}

function passageCandidates(input: CandidateInput): ComposedCandidate[] {
  const history = (input.turns ?? []).some((t) => t.role === "assistant");
  // "There is nothing earlier" is only ever said when there is nothing earlier.
  const ranked = history
    ? input.ranked.filter((r) => !(r.entry.topic.fallback && /nothing earlier/.test(r.entry.passage.text)))
    : input.ranked;
  if (ranked.length === 0) throw new Error("empty corpus");
  const best = ranked[0].score;
  // Other topics stay in the mix only when they match nearly as well: a question is answered on its own topic.
  const prefs = ranked
    .filter((r) => r.score >= best * (r.entry.topic === ranked[0].entry.topic ? 0.4 : 0.75))
    .slice(0, TOP_K)
    .map((r) => ({
      entry: r.entry,
      logit: (10 * r.score) / best - (r.entry.topic.creative ? 0.3 : 0.5) * preferenceRank(r.entry),
    }));
  const top = Math.max(...prefs.map((p) => p.logit));
  // "Answer briefly" prefers the prose passages to the ones built around a code sample.
  const brief = input.instructions.brevity !== undefined && input.instructions.format !== "code";
  // Brief, a passage is its answering sentence: one that says what is asked beats one that does not.
  const held = prefs.map((p) => (brief ? briefScore(p.entry.passage.text, input.lastUser) : 0));
  const most = Math.max(0, ...held);
  const raw = prefs.map((p, i) => ({
    entry: p.entry,
    w: Math.exp(p.logit - top) * (brief && codeBlocks(p.entry.passage.text).length ? 0.1 : 1) * 0.3 ** (most - held[i]),
  }));
  const out = normalize(
    mergeSame(
      raw.map(({ entry, w }) => ({
        segments: withDetail(composeAnswer({ ...input, entry }), entry, input),
        weight: w,
        source: `passage:${entry.topic.id}#${entry.topic.passages.indexOf(entry.passage)}`,
      })),
    ),
  );
  // The likeliest replies come in a few phrasings, as a language model's would.
  return normalize(mergeSame(out.flatMap((c, i) => (i < PHRASINGS.length ? varyPhrasing(c, PHRASINGS[i]) : [c]))));
}

/** verbosity "high": a plain-text answer goes on with the topic's next passage for the same persona. */
function withDetail(segments: Segment[], entry: CorpusEntry, input: CandidateInput): Segment[] {
  if (
    !input.instructions.detail ||
    input.instructions.format !== "text" ||
    input.responseFormat.type !== "text" ||
    entry.topic.creative
  )
    return segments;
  // The passage of the same topic that matches the question best, after this one.
  const next = input.ranked.find(
    (r) =>
      r.entry.topic === entry.topic &&
      r.entry.passage !== entry.passage &&
      r.entry.passage.persona === entry.passage.persona &&
      r.entry.passage.text !== entry.passage.text,
  )?.entry.passage;
  if (!next) return segments;
  return [...segments, ...new SegmentWriter().prose(`\n\n${next.text}`).done()];
}

/** Swap points of the likeliest passage replies, best first: 2^8 + 2^4 + 2^3 phrasings at most. */
const PHRASINGS = [8, 4, 3];

/** A candidate in its alternative phrasings (swaps in its prose, never in code, fixed text or other languages). */
function varyPhrasing(c: ComposedCandidate, maxPoints: number): ComposedCandidate[] {
  const parts: number[] = [];
  c.segments.forEach((s, i) => {
    if (s.kind === "free" && s.fidelity !== FIDELITY.CODE && !codeBlocks(s.text).length && !detectLanguage(s.text))
      parts.push(i);
  });
  if (!parts.length) return [c];
  return paraphraseParts(
    parts.map((i) => c.segments[i].text),
    maxPoints,
  ).map((v) => ({
    segments: c.segments.map((s, k) => (parts.includes(k) ? { ...s, text: v.texts[parts.indexOf(k)] } : s)),
    weight: c.weight * v.weight,
    source: c.source,
  }));
}

/** Candidates that would write the same text are one candidate: their weights add up. */
function mergeSame(list: ComposedCandidate[]): ComposedCandidate[] {
  const byText = new Map<string, ComposedCandidate>();
  for (const c of list) {
    const key = c.segments.map((s) => `${s.kind}:${s.text}`).join("\u0000");
    const seen = byText.get(key);
    if (seen) seen.weight += c.weight;
    else byText.set(key, { ...c });
  }
  return [...byText.values()];
}

function normalize(list: ComposedCandidate[]): ComposedCandidate[] {
  const total = list.reduce((a, c) => a + c.weight, 0);
  return list.map((c) => ({ ...c, weight: c.weight / total })).sort((a, b) => b.weight - a.weight);
}

/** A passage's place among its topic's passages for the same persona: 0 is the favourite. */
function preferenceRank(entry: CorpusEntry): number {
  if (entry.topic.distinct) return 0;
  let rank = 0;
  for (const p of entry.topic.passages) {
    if (p === entry.passage) return rank;
    if (p.persona === entry.passage.persona) rank++;
  }
  return rank;
}

/**
 * The sentence a brief answer starts from: the one holding more of the question's content words
 * than the opening does, unless it leans on the sentence before it ("It", "This").
 */
/** How many of the question's content words a passage's best prose sentence holds (its code aside). */
function briefScore(text: string, question: string): number {
  const asked = new Set(contentWords(question).map((c) => c.stem));
  const prose = sentences(text.replace(/```[\s\S]*?```/g, " "));
  return Math.max(0, ...prose.map((s) => new Set(terms(s).filter((t) => asked.has(t))).size));
}

function answeringSentence(list: readonly string[], question: string): number {
  const asked = new Set(contentWords(question).map((c) => c.stem));
  if (!asked.size || list.length < 2) return 0;
  const score = (s: string) => new Set(terms(s).filter((t) => asked.has(t))).size;
  let best = 0;
  for (let i = 1; i < list.length; i++)
    if (
      score(list[i]) > score(list[best]) &&
      !/^(?:it|this|that|these|those|they|he|she|its|their|so|but|and)\b/i.test(list[i])
    )
      best = i;
  return best;
}

export function composeAnswer(input: ComposeInput): Segment[] {
  const creative = input.entry.topic.creative === true && !input.summary;
  return render(answerContent(input), input, { creative, entry: input.entry, code: () => findCode(input) });
}

export interface RenderOptions {
  /** Verse and taglines are followed a little more loosely than prose. */
  creative: boolean;
  /** The passage the content came from, for markdown emphasis. */
  entry?: CorpusEntry;
  /** The code an answer in "code only" format shows, if any. */
  code?: () => string | undefined;
}

/** Content in the format the request asks for: JSON (schema, named keys, or a plain object), bullets, markdown, code or prose. */
export function render(content: AnswerContent, input: CandidateInput, options: RenderOptions): Segment[] {
  const w = new SegmentWriter();
  const { instructions, responseFormat } = input;
  const creative = options.creative;
  // Creative variety comes from the candidates themselves; the text is followed as closely as prose.
  const verse = FIDELITY.PROSE;
  void creative;

  if (responseFormat.type === "json_schema") {
    writeFromSchema(w, responseFormat.schema, content.query ? content : { ...content, query: input.lastUser });
    const segments = w.done();
    if (inventedBy(w).length && segments[0]) INVENTED.add(segments[0]);
    return segments;
  }
  if (
    (responseFormat.type === "json_object" || instructions.format === "json") &&
    instructions.jsonKeys &&
    !input.summary
  ) {
    writeWithKeys(w, instructions.jsonKeys, { ...content, query: content.query ?? input.lastUser }, wantsList(input));
    const segments = w.done();
    // A key filled with a made-up fact (a year no text gives) is refused, as with a schema.
    if (inventedBy(w).length && segments[0]) INVENTED.add(segments[0]);
    return segments;
  }
  if (responseFormat.type === "json_object" || instructions.format === "json") {
    w.fixed("{");
    if (input.summary && instructions.jsonKeys?.length) {
      // "as JSON with title and summary": a title named from the text's subject, the summary, its points.
      instructions.jsonKeys.forEach((key, i) => {
        w.fixed(`${i > 0 ? ", " : ""}${JSON.stringify(key)}: `);
        if (/^(?:title|headline|heading|subject|topic|name)$/i.test(key)) w.jsonString(summaryTitle(content.text));
        else if (/points|bullets|takeaways|highlights|facts|items/i.test(key)) {
          w.fixed("[");
          sentences(content.text).forEach((x, k) => {
            if (k > 0) w.fixed(", ");
            w.jsonString(x);
          });
          w.fixed("]");
        } else w.jsonString(content.text);
      });
    } else if (input.summary) {
      w.fixed('"summary": ').jsonString(content.text);
    } else {
      // "Reply" is the writer's placeholder for a skill's answer: no topic rather than a made-up one.
      if (content.title !== "Reply") w.fixed(`"topic": ${JSON.stringify(content.title)}, `);
      if (wantsList(input) && content.points.length > 0) {
        w.fixed('"items": [');
        content.points.slice(0, content.count ?? 5).forEach((p, i) => {
          if (i > 0) w.fixed(", ");
          w.jsonString(p);
        });
        w.fixed("]");
      } else {
        w.fixed('"answer": ').jsonString(content.text);
      }
    }
    w.fixed("}");
    return w.done();
  }
  switch (instructions.format) {
    case "code": {
      const code = options.code?.();
      if (code) return w.free(code, { fidelity: FIDELITY.CODE }).done();
      // Prose asked for as "code only": the points as comments, never a neighbour's unrelated code.
      const lines =
        content.count || content.points.length ? content.points.slice(0, content.count ?? 6) : content.sentences;
      const lang = codeLanguage(input.lastUser);
      const mark = lang === "sql" ? "--" : lang === "python" || lang === "bash" ? "#" : "//";
      return w
        .free(
          `\`\`\`${lang}\n${lines.map((p, i) => `${mark} ${lines.length > 1 ? `${i + 1}. ` : ""}${p}`).join("\n")}\n\`\`\``,
          {
            fidelity: verse,
          },
        )
        .done();
    }
    case "bullets": {
      // A summary already in headed lists ("Pros:" then its bullets) is the form asked, kept whole.
      if (input.summary && /^[^\n-][^\n]{0,30}:\n- /m.test(input.summary))
        return w.free(input.summary, { fidelity: verse }).done();
      const items =
        content.count || content.points.length ? content.points.slice(0, content.count ?? 6) : content.sentences;
      return w.free(items.map((p) => `- ${p}`).join("\n"), { fidelity: verse }).done();
    }
    case "markdown": {
      w.fixed(`## ${content.title}\n\n`);
      if (wantsList(input) && content.points.length) {
        return w
          .free(
            content.points
              .slice(0, content.count ?? 6)
              .map((p, i) => `${i + 1}. ${p}`)
              .join("\n"),
            { fidelity: verse },
          )
          .done();
      }
      const paragraphs = content.text.split(/\n\n+/);
      const entry = options.entry;
      if (!entry || codeBlocks(content.text).length || content.points.length === 0 || creative)
        return w.prose(entry ? emphasize(content.text, entry) : content.text, verse).done();
      return w
        .prose(emphasize(paragraphs[0], entry))
        .free(`\n\n**Key points**\n\n${content.points.map((p) => `- ${p}`).join("\n")}`)
        .done();
    }
    default:
      if (content.count && content.points.length && wantsList(input)) {
        return w
          .free(
            content.points
              .slice(0, content.count)
              .map((p, i) => `${i + 1}. ${p}`)
              .join("\n"),
            { fidelity: verse },
          )
          .done();
      }
      return w.prose(content.text, verse).done();
  }
}

/**
 * The whole sentences a passage opens with that fit in `limit` words (at least half of it, or its
 * first sentence), and keep every word of the question the passage has; or null.
 */
function openingWithin(text: string, limit: number, question: string): string | null {
  if (codeBlocks(text).length) return null;
  const said = new Set(terms(text));
  const asked = terms(question).filter((t) => said.has(t));
  let out = "";
  for (const s of sentences(text)) {
    const next = out ? `${out} ${s}` : s;
    if (wordCount(next) > limit) break;
    out = next;
  }
  const kept = new Set(terms(out));
  if (!asked.every((t) => kept.has(t))) return null;
  return out && (wordCount(out) * 2 >= limit || out === sentences(text)[0]) ? out : null;
}

function answerContent(input: ComposeInput): AnswerContent {
  const { entry, instructions } = input;
  if (input.summary) {
    const s = sentences(input.summary);
    return { title: "Summary", text: input.summary, sentences: s, points: s, count: instructions.count };
  }
  let p = entry.passage;
  if (instructions.wordLimit && !instructions.echo) {
    // A passage of the same topic that fits the limit, else the chosen one cut at the limit.
    const limit = instructions.wordLimit;
    // The chosen passage's opening sentences, when they fit: they answer what was asked. Another
    // passage of the topic ("Vienna has two million people") may not.
    // A greeting answers nothing, so "Say hello in five words" takes the fullest greeting, not "Hello!".
    const opening = entry.topic.id === "greetings" ? null : openingWithin(p.text, limit, input.lastUser);
    if (opening)
      return {
        title: entry.topic.title,
        text: opening,
        sentences: sentences(opening),
        points: [opening],
        count: instructions.count,
      };
    // The fullest passage that fits: "in five words" reads best with about five words.
    let fits: Scored | undefined;
    for (const r of input.ranked) {
      if (r.entry.topic !== entry.topic) continue;
      const n = wordCount(r.entry.passage.text);
      if (n <= limit && (!fits || n > wordCount(fits.entry.passage.text))) fits = r;
    }
    if (fits) p = fits.entry.passage;
    else {
      const text = limitWords(p.text, limit);
      return { title: entry.topic.title, text, sentences: [text], points: [text], count: instructions.count };
    }
  }
  if (instructions.echo)
    return {
      title: entry.topic.title,
      text: instructions.echo,
      sentences: [instructions.echo],
      points: [instructions.echo],
      count: instructions.count,
    };
  let text = p.text;
  const prose = sentences(text);
  // "In one sentence" and "briefly" keep the first sentences of prose; a code sample goes unless code was asked for.
  // A passage already short (a sentence or two and a small example) is brief as it is.
  const alreadyBrief = instructions.brevity === "short" && prose.length <= 3 && text.length < 700;
  if (
    instructions.brevity &&
    !alreadyBrief &&
    !entry.topic.creative &&
    prose.length &&
    (instructions.brevity === "sentence" || !codeBlocks(text).length || instructions.format !== "code")
  ) {
    // A sentence that introduces the dropped code ("...like this:") goes with it.
    const kept = prose.filter((x) => !/:$/.test(x));
    const list = kept.length ? kept : prose;
    // "What is a base case? In one sentence.": the sentence that says it, not the passage's opening.
    const from = answeringSentence(list, input.lastUser);
    text = list.slice(from, from + (instructions.brevity === "sentence" ? 1 : 2)).join(" ");
  }
  if (instructions.persona === "medical" && !/doctor|professional|pharmacist|clinician|physician/i.test(text)) {
    text = `${text}\n\n${MEDICAL_REMINDER}`;
  }
  let points = p.points ?? [];
  if (entry.topic.creative) {
    // A list of taglines is several taglines: the chosen one first, then its siblings by relevance.
    const siblings = input.ranked
      .filter((r) => r.entry.topic === entry.topic && r.entry !== entry)
      .map((r) => r.entry.passage.text);
    points = [p.text, ...siblings];
  } else if (points.length === 0) {
    points = prose;
  }
  return {
    title: entry.topic.title,
    text,
    sentences: prose.length ? prose : [text],
    points,
    count: instructions.count,
  };
}

const NUMERIC_KEY =
  /^(rank|index|id|number|priority|order|position|count|score|rating|year|age|step|confidence|importance)$/i;
const REASON_KEY = /why|reason|because|rationale|benefit|purpose|impact|motivation/i;
const DETAIL_KEY = /explanation|description|detail|example|how|summary|answer|text|definition|meaning|body|content/i;

/**
 * JSON with the keys the prompt named: a list request gives {"items": [{...}, ...]}, one object
 * per point; anything else one object. Keys that ask why get the reason the passage gives.
 */
function writeWithKeys(w: SegmentWriter, keys: readonly string[], content: AnswerContent, list: boolean): void {
  if (!list || content.points.length === 0) {
    const properties: Record<string, unknown> = {};
    for (const k of keys)
      properties[k] = {
        type:
          NUMERIC_KEY.test(k) || NUMBER_VALUED.test(k) || typeof content.fields?.[k] === "number" ? "number" : "string",
      };
    writeFromSchema(w, { type: "object", properties }, content);
    return;
  }
  const points = content.points.slice(0, content.count ?? 5);
  w.fixed('{"items": [');
  points.forEach((point, i) => {
    w.fixed(i > 0 ? ", {" : "{");
    const related = relatedSentence(point, content.sentences);
    let first = true;
    keys.forEach((key, k) => {
      w.fixed(`${k > 0 ? ", " : ""}${JSON.stringify(key)}: `);
      if (NUMERIC_KEY.test(key)) {
        w.fixed(String(/confidence/i.test(key) ? 0.9 : i + 1));
        return;
      }
      let value: string;
      if (REASON_KEY.test(key)) value = reasonIn(related) ?? related;
      else if (DETAIL_KEY.test(key) || !first) value = related === point ? (reasonIn(related) ?? related) : related;
      else value = point;
      first = false;
      w.jsonString(value);
    });
    w.fixed("}");
  });
  w.fixed("]}");
}

/** The sentence of the passage that shares the most words with a point (the point itself if none). */
function relatedSentence(point: string, all: readonly string[]): string {
  const mine = new Set(terms(point));
  let best = point;
  let bestHits = 0;
  for (const s of all) {
    let hits = 0;
    for (const t of new Set(terms(s))) if (mine.has(t)) hits++;
    if (hits > bestHits) {
      best = s;
      bestHits = hits;
    }
  }
  return best;
}

/** The "because" part of a sentence: after a colon, ", so", "because" or "so that". */
function reasonIn(sentence: string): string | undefined {
  const m = /(?::\s+|,?\s+so that\s+|,\s+so\s+|\s+because\s+|;\s+)(.{12,})$/.exec(sentence);
  if (!m) return undefined;
  const r = m[1].trim();
  return r.charAt(0).toUpperCase() + r.slice(1);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

const DANGLING =
  /\s+(?:a|an|the|and|or|but|of|to|in|on|at|for|with|by|from|is|are|was|be|can|how|what|that|which|who|it|its|your|my|our|their|this|as|so|if|when|where|you|i|we|they)$/i;

/** The first `limit` words, ending where a sentence ends when one does, never on a dangling "the". */
function limitWords(text: string, limit: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= limit) return text;
  const head = words.slice(0, limit);
  for (let n = head.length; n >= Math.max(1, Math.ceil(limit / 2)); n--)
    if (/[.!?]$/.test(head[n - 1])) return head.slice(0, n).join(" ");
  let cut = head.join(" ");
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, "");
  cut = cut.replace(/[,;:\-–—]+$/, "");
  return /[.!?]$/.test(cut) ? cut : `${cut}.`;
}

function wantsList(input: CandidateInput): boolean {
  // "How many items, and what's the total? JSON with keys items and total": a count asked, not a list.
  const keys = new Set((input.instructions.jsonKeys ?? []).map((k) => k.toLowerCase()));
  const asked = input.lastUser.replace(/\bhow many items\b/gi, "");
  return (
    input.instructions.count !== undefined ||
    [...asked.matchAll(/\b(list|tips|ways|steps|examples|practices|ideas|items|taglines|suggestions)\b/gi)].some(
      (m) => !keys.has(m[1].toLowerCase()),
    )
  );
}

/** A short title for a summary: its first subject ("The text says that the city council met ..." -> "City council"). */
function summaryTitle(summary: string): string {
  const words = summary
    .replace(/^(?:the text|it)\s+(?:says|explains|adds|notes)\s+(?:that\s+)?/i, "")
    .replace(/^(?:the|a|an|this|these|our|their)\s+/i, "")
    .split(/\s+/);
  const head: string[] = [];
  const AUX = /^(?:is|are|was|were|has|have|had|will|can|could|should|may|might|must)$/i;
  for (const [i, w] of words.slice(0, 6).entries()) {
    if (/^(?:met|went|got|\w+ed|to|on|in|at|for|and|with|,)$/i.test(w) || AUX.test(w)) break;
    // "scooters are": a plural before its verb is the noun; "lets users": an -s word before a noun is the verb.
    if (/^\w{3,}s$/i.test(w) && !AUX.test(words[i + 1] ?? "") && i > 0) break;
    head.push(w.replace(/[,.;:]+$/, ""));
    if (/[,.;:]$/.test(w)) break;
  }
  const title = head.join(" ");
  return title ? title.charAt(0).toUpperCase() + title.slice(1) : "Summary";
}

/** The first code block that answers: from the chosen passage, else from the next relevant one with code. */
function findCode(input: ComposeInput): string | undefined {
  // Only the answering passage's own code: a neighbour's code answers another question.
  const own = codeBlocks(input.entry.passage.text);
  return own.length ? own.join("\n\n") : undefined;
}

/** The language a "code only" reply is written in: the one the request names, else Python. */
function codeLanguage(request: string): string {
  if (/\b(typescript|ts)\b/i.test(request)) return "ts";
  if (/\b(javascript|js|node)\b/i.test(request)) return "js";
  if (/\bsql\b/i.test(request)) return "sql";
  if (/\b(bash|shell)\b/i.test(request)) return "bash";
  return "python";
}

/** Markdown answers bold the topic's first keyword where it first appears in the prose. */
function emphasize(text: string, entry: CorpusEntry): string {
  const fence = text.indexOf("```");
  const head = fence < 0 ? text : text.slice(0, fence);
  const tail = fence < 0 ? "" : text.slice(fence);
  for (const k of entry.topic.keywords) {
    const re = new RegExp(`\\b(${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})\\b`, "i");
    if (re.test(head)) return head.replace(re, "**$1**") + tail;
  }
  return text;
}

/** How much of a creative reply's probability the corpus's own pieces keep when they fit the subject. */
const CORPUS_SHARE = 0.5;
/** How many different lists a "five names" or "three taglines" request offers. */
const LISTS = 64;

/**
 * A tagline, names, a haiku or a poem for the subject the conversation names: template fillings,
 * plus the corpus's own pieces when they are about that subject (coffee taglines, programming haiku).
 * Pieces the assistant already gave in this conversation are not offered again.
 */
const TITLES: Record<CreativeRequest["kind"], string> = {
  name: "Names",
  tagline: "Taglines",
  haiku: "Haiku",
  poem: "Poem",
  ideas: "Ideas",
  limerick: "Limerick",
  story: "Story",
  joke: "Jokes",
  title: "Titles",
  subject: "Subject lines",
};

function creativeCandidates(
  req: CreativeRequest,
  turns: readonly ConversationTurn[],
  input: CandidateInput,
): ComposedCandidate[] {
  const json = wantsJson(input);
  const said = new Set(turns.filter((t) => t.role === "assistant").map((t) => t.text.trim()));
  let pool: Filled[] = creativeTexts(req, input.lastUser);
  const own = corpusPieces(req);
  if (own.length && !req.bold) {
    const t = pool.reduce((a, f) => a + f.weight, 0);
    const o = own.reduce((a, f) => a + f.weight, 0);
    pool = [
      ...pool.map((f) => ({ text: f.text, weight: (f.weight / t) * (1 - CORPUS_SHARE) })),
      ...own.map((f) => ({ text: f.text, weight: (f.weight / o) * CORPUS_SHARE })),
    ];
  }
  // "Give me 3 different ones": no item of an earlier list again, nor a kind the user ruled out ("no food names").
  const flat = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const items = new Set(
    [...said].flatMap((t) => t.split(/\n+/).map((l) => flat(l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "")))),
  );
  const unwanted = req.kind === "name" ? unwantedNames(input.lastUser) : undefined;
  const fresh = pool.filter((f) => !said.has(f.text) && !items.has(flat(f.text)));
  if (fresh.length) pool = fresh;
  const allowed = unwanted ? pool.filter((f) => !unwanted(f.text)) : pool;
  if (allowed.length) pool = allowed;
  const count =
    input.instructions.count ??
    req.count ??
    ((req.kind === "name" && /\bnames\b|\bname ideas\b/i.test(input.lastUser)) || req.kind === "ideas" ? 5 : undefined);
  const title = `${TITLES[req.kind]} for ${req.subject}`;
  const source = `template:${req.kind}`;
  if (count && count > 1) {
    return pickLists(pool, count, req.subject).map(({ items, weight }) => ({
      segments: render(
        { title, text: items.join("\n"), sentences: items, points: items, count },
        { ...input, instructions: { ...input.instructions, count } },
        { creative: true },
      ),
      weight,
      source: `${source}-list`,
    }));
  }
  const reasons = req.kind === "name" ? nameReasons(req.subject) : [];
  // "...and rate its coziness from 1 to 10": the piece, then the rating it asked for.
  const rate =
    /\brate (?:its|the|it|how)?\s*([a-z]+)?[^.?!]{0,20}?(?:from|on a scale of|out of)\s*(?:1|one)\s*(?:to|-)\s*(10|ten|5|five)\b/i.exec(
      input.lastUser,
    );
  if (rate && input.instructions.format === "text" && input.responseFormat.type === "text") {
    const label =
      rate[1] && !/^(it|its|the|from)$/i.test(rate[1]) ? rate[1].charAt(0).toUpperCase() + rate[1].slice(1) : "Rating";
    const top = /10|ten/.test(rate[2]) ? 10 : 5;
    const scores = top === 10 ? [8, 9, 7] : [4, 5, 3];
    pool = pool.flatMap((f) =>
      scores.map((n, i) => ({ text: `${f.text}\n\n${label}: ${n}/${top}`, weight: f.weight * [0.5, 0.3, 0.2][i] })),
    );
  }
  return pool.map((f, i) => ({
    // A name is the title of its own answer; JSON "why" keys get a reason it fits.
    segments: render(
      req.kind === "name"
        ? {
            title: f.text,
            // In prose the name leads its reason; JSON keeps them apart (title, why).
            text: json ? reasons[i % reasons.length].text : `${f.text}. ${reasons[i % reasons.length].text}`,
            sentences: [reasons[i % reasons.length].text],
            points: [f.text],
          }
        : { title, text: f.text, sentences: [f.text], points: [f.text] },
      input,
      { creative: true },
    ),
    weight: f.weight,
    source,
  }));
}

/** The corpus's own creative passages when they are about the request's subject. */
function corpusPieces(req: CreativeRequest): Filled[] {
  const topic =
    req.kind === "tagline" && /\b(coffee|caf[eé]|espresso)\b/i.test(req.subject)
      ? "taglines"
      : req.kind === "haiku" && /\b(program\w*|code|coding|software|bugs?|debug\w*)\b/i.test(req.subject)
        ? "haiku"
        : null;
  if (!topic) return [];
  return corpusEntries()
    .filter((e) => e.topic.id === topic)
    .map((e, i) => ({ text: e.passage.text, weight: 0.93 ** i }));
}

/**
 * Different lists of `count` items, each item drawn by its weight from what the earlier items left
 * (a fixed pseudo-random walk, so the lists are the same on every call): the lists split at every
 * item, as a model writing a list item by item would.
 */
function pickLists(pool: Filled[], count: number, subject: string): { items: string[]; weight: number }[] {
  // Every haiku about rain says "rain": the subject's own words may repeat.
  const ignore = new Set(subject.toLowerCase().split(/[^a-z'-]+/));
  const sorted = [...pool].sort((a, b) => b.weight - a.weight);
  const cumulative: number[] = [];
  let total = 0;
  for (const f of sorted) cumulative.push((total += f.weight));
  const lists: { items: string[]; weight: number }[] = [];
  const seen = new Set<string>();
  let state = 12345;
  const rand = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const draw = () => {
    const u = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return sorted[lo];
  };
  for (let attempt = 0; lists.length < LISTS && attempt < LISTS * 2; attempt++) {
    const items: string[] = [];
    const used = new Set<string>();
    let weight = 1;
    // The first list takes the favourites in order; the others draw by weight.
    for (let k = 0; items.length < count && k < count * 12; k++) {
      const pick = attempt === 0 ? sorted[k % sorted.length] : draw();
      const own = keyWords(pick.text, ignore);
      if (items.includes(pick.text) || own.some((w) => used.has(w))) continue;
      items.push(pick.text);
      for (const w of own) used.add(w);
      weight *= pick.weight;
    }
    const key = items.join("\n");
    if (items.length === count && !seen.has(key)) {
      seen.add(key);
      lists.push({ items, weight });
    }
  }
  return lists.length ? lists : [{ items: sorted.slice(0, count).map((f) => f.text), weight: 1 }];
}

/** Items of one list share no word of their own: five names that all say "Page" read as one. */
function keyWords(text: string, ignore: ReadonlySet<string>): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z'-]+/)
    .filter(
      (w) =>
        w.length > 1 &&
        !ignore.has(w) &&
        !/^(the|and|with|your|every|where|from|that|this|for|a|an|of|to|in|is|it|our|you|on|at|i|my|me|by|up)$/.test(w),
    );
}
