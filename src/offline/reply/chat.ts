/**
 * One chat completion request, from a validated body to per-choice token streams: retrieval,
 * instructions, the candidate replies with their weights (compose.ts), then a generator per choice
 * that samples from their mixture, wrapped in a ChoiceOutput that applies max tokens, stop
 * sequences and UTF-8 assembly. Every choice shares the candidates; only its random stream differs.
 */
import { corpusTexts } from "../corpus/all";
import { routeAroundBans } from "../model/bans";
import { compileCandidates, type Candidate, type Segment } from "../model/candidates";
import { composeCandidates } from "./compose";
import { MixtureGenerator, type SamplingParams, type TokenSource, type TokenStep } from "../model/generate";
import { readInstructions, withoutFormatRequest } from "../read/instructions";
import { writeFromSchema, type AnswerContent } from "../request/json-schema";
import { ngramModel } from "../model/ngram";
import type { ConversationTurn } from "../read/conversation";
import { rankPassages } from "../read/retrieval";
import { freshRandom, randomId, seededRandom, type Random } from "../model/rng";
import { SegmentWriter } from "../model/segments";
import { summarize } from "../skills/summary";
import { sentences, terms } from "../language/text";
import { withoutLanguageRequest } from "../language/languages";
import { withoutGreeting } from "../language/small-talk";
import { withoutNamesOnly } from "../read/form";
import { splitRolePlay } from "../skills/styles";
import { messageText, type ChatRequest, type ToolSpec } from "../request/chat-request";
import { vocabularyFor, type Vocabulary } from "../model/vocab";
import { reasoningTokens as reasoningTokensFor } from "./reasoning";

export type FinishReason = "stop" | "length" | "tool_calls";

export interface TopLogprob {
  token: string;
  logprob: number;
  bytes: number[];
}

export interface LogprobEntry extends TopLogprob {
  top_logprobs: TopLogprob[];
}

export interface Delta {
  text: string;
  logprobs: LogprobEntry[];
}

/** Wraps a generator: counts tokens against the budget, holds back text that may start a stop sequence. */
export class ChoiceOutput {
  text = "";
  tokens = 0;
  finish: FinishReason | null = null;
  private pending = "";
  private entries: { entry: LogprobEntry; end: number }[] = [];
  private readonly decoder = new TextDecoder("utf-8");
  private readonly holdback: number;

  constructor(
    private readonly gen: TokenSource | null,
    private readonly vocab: Vocabulary,
    private readonly stops: readonly string[],
    private readonly budget: number | null,
    private readonly logprobs: boolean,
    private readonly completeReason: FinishReason = "stop",
  ) {
    this.holdback = stops.reduce((m, s) => Math.max(m, s.length), 0) - 1;
  }

  /** Generates one token and returns the text (and logprobs) that can be shown now. */
  step(): Delta {
    if (this.finish) return { text: "", logprobs: [] };
    if (!this.gen || (this.budget !== null && this.tokens >= this.budget)) return this.end("length");
    const s = this.gen.next();
    if (!s) return this.end(this.completeReason);
    this.tokens++;
    this.pending += this.decoder.decode(this.vocab.bytes(s.id), { stream: true });
    if (this.logprobs) this.entries.push({ entry: this.entry(s), end: this.text.length + this.pending.length });
    if (this.stops.length) {
      const tail = Math.min(this.text.length, this.holdback);
      const window = this.text.slice(this.text.length - tail) + this.pending;
      let cut = -1;
      for (const stop of this.stops) {
        const i = window.indexOf(stop);
        if (i >= 0 && (cut < 0 || i < cut)) cut = i;
      }
      if (cut >= 0) {
        const delta = this.emitUpTo(this.text.length - tail + cut);
        this.finish = "stop";
        this.pending = "";
        this.entries = [];
        return delta;
      }
      return this.emitUpTo(this.text.length + this.pending.length - this.holdback);
    }
    return this.emitUpTo(this.text.length + this.pending.length);
  }

  /** Runs to the end; for non-streaming replies. */
  run(): { text: string; logprobs: LogprobEntry[] } {
    const all: LogprobEntry[] = [];
    while (!this.finish) {
      const d = this.step();
      for (const e of d.logprobs) all.push(e);
    }
    return { text: this.text, logprobs: all };
  }

  private end(reason: FinishReason): Delta {
    this.pending += this.decoder.decode();
    const delta = this.emitUpTo(this.text.length + this.pending.length);
    this.finish = reason;
    return delta;
  }

  private emitUpTo(position: number): Delta {
    const take = position - this.text.length;
    if (take <= 0) return { text: "", logprobs: [] };
    const text = this.pending.slice(0, take);
    this.text += text;
    this.pending = this.pending.slice(take);
    let n = 0;
    while (n < this.entries.length && this.entries[n].end <= this.text.length) n++;
    const logprobs = this.entries.slice(0, n).map((e) => e.entry);
    this.entries = this.entries.slice(n);
    return { text, logprobs };
  }

  private entry(s: TokenStep): LogprobEntry {
    const v = this.vocab;
    const info = (id: number, logprob: number): TopLogprob => ({
      token: v.text(id),
      logprob,
      bytes: Array.from(v.bytes(id)),
    });
    return { ...info(s.id, s.logprob), top_logprobs: (s.top ?? []).map((t) => info(t.id, t.logprob)) };
  }
}

export interface PreparedChoice {
  index: number;
  output: ChoiceOutput;
  reasoningTokens: number;
  /** The calls the reply makes instead of content (several when the user names several subjects); empty for none. */
  toolCalls: { id: string; name: string }[];
  /** The reply is a refusal of a structured-output request: it goes in message.refusal, content is null. */
  refusal: boolean;
}

/** Everything one request generates, ready to be run to completion or streamed. */
export function prepareChoices(req: ChatRequest): PreparedChoice[] {
  const vocab = vocabularyFor(req.model);
  const ngram = ngramModel(vocab, corpusTexts);
  const { candidates: composed, tool, calls } = requestCandidates(req);
  const candidates = penalized(composed, vocab, req.presencePenalty, req.frequencyPenalty);
  const set = compileCandidates(vocab, routeAroundBans(candidates, vocab, req.logitBias));
  // As the API does, a refusal of a json_schema request is not content that would have to match the schema.
  const refusal =
    !tool &&
    req.responseFormat.type === "json_schema" &&
    candidates.length > 0 &&
    candidates.every((c) => c.source === "refusal");

  // A reasoning model that reasons takes only the default sampling settings, but samples more
  // conservatively inside; with reasoning_effort "none" it samples like a classic chat model.
  const fixedSampling = req.info.reasoning && req.reasoningEffort !== "none";
  const temperature = fixedSampling ? 0.6 : req.temperature;
  const topP = fixedSampling ? 1 : req.topP;
  const params: SamplingParams = {
    temperature,
    topP,
    presencePenalty: req.presencePenalty,
    frequencyPenalty: req.frequencyPenalty,
    logitBias: req.logitBias,
    topLogprobs: req.logprobs ? req.topLogprobs : -1,
  };
  const out: PreparedChoice[] = [];
  for (let index = 0; index < req.n; index++) {
    // Each choice thinks for its own number of tokens (reply/reasoning.ts); the thinking counts against the cap.
    const reasoningTokens = reasoningTokensFor(req, index);
    const budget = (req.maxTokens ?? req.info.maxOutputTokens) - reasoningTokens;
    const rng: Random = req.seed !== null ? seededRandom(`${req.seed}:${index}`) : freshRandom();
    const gen = budget > 0 ? new MixtureGenerator(vocab, ngram, set, params, rng) : null;
    out.push({
      index,
      output: new ChoiceOutput(gen, vocab, req.stop, Math.max(budget, 0), req.logprobs, tool ? "tool_calls" : "stop"),
      reasoningTokens: budget > 0 ? reasoningTokens : (req.maxTokens ?? reasoningTokens),
      toolCalls: tool ? Array.from({ length: calls }, () => ({ id: `call_${randomId(24)}`, name: tool.name })) : [],
      refusal,
    });
  }
  return out;
}

/**
 * Penalties at the level of whole replies. Per token they barely move this model, which is far surer of
 * each next word than a large model (a flat fee of 1.5 does not overturn odds of 500 to 1); a large
 * model would, at each repeated token, send some probability to a fresh word. Candidates that repeat
 * less stand in for those paths: each prior is multiplied by exp(-0.1 x the penalties its own free text
 * would pay, by OpenAI's formula). The per-token penalties still apply on top while generating.
 */
function penalized(candidates: Candidate[], vocab: Vocabulary, presence: number, frequency: number): Candidate[] {
  if ((presence === 0 && frequency === 0) || candidates.length < 2) return candidates;
  const fees = candidates.map((c) => {
    const counts = new Map<number, number>();
    let fee = 0;
    for (const seg of c.segments) {
      for (const id of vocab.encodeCached(seg.text)) {
        const n = counts.get(id) ?? 0;
        if (seg.kind === "free" && n > 0) fee += n * frequency + presence;
        counts.set(id, n + 1);
      }
    }
    return fee;
  });
  const least = Math.min(...fees);
  return candidates.map((c, i) => ({ ...c, weight: c.weight * Math.exp(-0.1 * (fees[i] - least)) }));
}

/** The replies a request may get, with their weights (and the tool it calls, if any): what every choice samples from. */
export function requestCandidates(req: ChatRequest): {
  candidates: Candidate[];
  tool: ToolSpec | null;
  /** How many calls of the tool each reply makes: their arguments are written one object after another. */
  calls: number;
} {
  // Few-shot examples are system messages named example_user / example_assistant: the name is kept.
  const lastAt = req.messages.map((m) => m.role).lastIndexOf("user");
  const turns: ConversationTurn[] = req.messages.map((m, i) => {
    const name = (m as { name?: unknown }).name;
    // "Hello, what's 12 times 4?" asks what follows the greeting.
    const text = i === lastAt ? withoutNamesOnly(withoutGreeting(messageText(m))) : messageText(m);
    return typeof name === "string" ? { role: m.role, text, name } : { role: m.role, text };
  });
  const jsonResponse = req.responseFormat.type !== "text";
  const instructions = readInstructions(turns, jsonResponse);
  // verbosity sets the default length; words in the prompt ("in one sentence") still win.
  if (req.verbosity === "low" && !instructions.brevity) instructions.brevity = "short";
  if (req.verbosity === "high" && !instructions.brevity) instructions.detail = true;
  // "as JSON with keys ..." says how to answer, not what about: it does not steer retrieval.
  const lastUserIndex = turns.map((t) => t.role).lastIndexOf("user");
  const formatFree =
    instructions.format === "json" && lastUserIndex >= 0
      ? turns.map((t, i) => (i === lastUserIndex ? { role: t.role, text: withoutFormatRequest(t.text) } : t))
      : turns;
  // "Answer in Japanese" says which language, not what about: Tokyo is not the topic.
  const topicTurns = instructions.speak
    ? formatFree.map((t) => (t.role === "assistant" ? t : { ...t, text: withoutLanguageRequest(t.text) }))
    : formatFree;
  const ranked = rankPassages(topicTurns, {
    persona: instructions.persona,
    language: instructions.language,
    speak: instructions.speak?.lang,
  });
  const summary = instructions.summarize
    ? summarize(instructions.summarize.text, {
        conversation: instructions.summarize.conversation,
        brevity: instructions.brevity,
        ranked,
        // The length asked ("in 20 words", "three bullet points") is in the request's instructions.
        ask: turns
          .filter((t) => t.role !== "assistant" && t.role !== "tool")
          .map((t) => t.text.split("\n")[0].slice(0, 500))
          .concat(instructions.summarize.ask ?? [])
          .join("\n"),
      })
    : undefined;
  const lastUser = [...turns].reverse().find((t) => t.role === "user")?.text ?? "";
  const lastTurn = turns[turns.length - 1];
  const tool = chooseTool(req, lastUser, lastTurn);
  if (tool) {
    const content = toolContent(ranked[0]?.entry.topic.title ?? "", lastUser);
    const segments = toolArguments(tool, content, req.parallelToolCalls);
    return {
      candidates: [{ segments: segments.flat(), weight: 1, source: `tool:${tool.name}` }],
      tool,
      calls: segments.length,
    };
  }
  // "Talk like a pirate: what is 5 times 5?": the role steers like a system message, the question is asked.
  const role = splitRolePlay(lastUser);
  const asked = role ? role.question : lastUser;
  const spoken = role
    ? turns.flatMap((t, i) =>
        i === lastUserIndex
          ? [
              { role: "system", text: role.role },
              { ...t, text: role.question },
            ]
          : [t],
      )
    : turns;
  return {
    candidates: composeCandidates({
      ranked,
      instructions,
      responseFormat: req.responseFormat,
      summary,
      model: req.model,
      // Skills read the question without "Answer in German:"; the language is applied to their replies.
      lastUser: instructions.speak ? withoutLanguageRequest(asked) : asked,
      turns: instructions.speak
        ? spoken.map((t) => (t.role === "user" ? { ...t, text: withoutLanguageRequest(t.text) } : t))
        : spoken,
    }),
    tool,
    calls: 0,
  };
}

/**
 * The arguments of each call: "Weather in Paris and Rome?" makes one call per city, as the API's
 * parallel tool calls do, when the tool takes one subject and each call's arguments name their own.
 */
function toolArguments(tool: ToolSpec, content: AnswerContent, parallel: boolean): Segment[][] {
  const write = (c: AnswerContent) => {
    const w = new SegmentWriter();
    writeFromSchema(w, tool.parameters, c);
    return w.done();
  };
  const query = content.query ?? "";
  const listed = parallel && !takesAList(tool.parameters) ? listedSubjects(query, content.entities ?? []) : null;
  const subjects = listed?.names ?? [];
  if (listed && subjects.length >= 2) {
    // Each call reads the question as if it named its subject alone: "weather in Rome?".
    const each = subjects.map((s) => {
      const alone = query.slice(0, listed.start) + s + query.slice(listed.end);
      return write({ ...content, title: s, query: alone, text: alone, entities: [s] });
    });
    if (
      each.every((segs, i) =>
        segs
          .map((g) => g.text)
          .join("")
          .includes(JSON.stringify(subjects[i]).slice(1, -1)),
      )
    )
      return each;
  }
  return [write(content)];
}

/** A tool with an array parameter takes all the subjects in one call. */
function takesAList(parameters: unknown): boolean {
  const props = (parameters as { properties?: Record<string, { type?: unknown }> } | undefined)?.properties ?? {};
  return Object.values(props).some((p) => p?.type === "array" || (Array.isArray(p?.type) && p.type.includes("array")));
}

/** The names the user lists side by side ("Paris, Rome and Oslo", "Paris or Rome"), at most five, and where the list stands. */
function listedSubjects(
  text: string,
  entities: readonly string[],
): { names: string[]; start: number; end: number } | null {
  const found = entities
    .map((e) => ({ e, at: text.indexOf(e) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at);
  let best: typeof found = [];
  let run: typeof found = [];
  for (const x of found) {
    const prev = run[run.length - 1];
    const between = prev ? text.slice(prev.at + prev.e.length, x.at) : "";
    if (prev && /^\s*(?:,|&|and|or|vs\.?|versus|,\s*and|,\s*or)\s*$/i.test(between) && !run.some((r) => r.e === x.e))
      run.push(x);
    else run = [x];
    if (run.length > best.length) best = [...run];
  }
  if (best.length < 2 || best.length > 5) return null;
  const last = best[best.length - 1];
  return { names: best.map((b) => b.e), start: best[0].at, end: last.at + last.e.length };
}

/** Everyday words that ask for what a tool's name or description says in other words. */
const RELATED: [RegExp, string][] = [
  [
    /\b(?:rain\w*|snow\w*|sunny|cloudy|windy|wind|storm\w*|warm|cold|hot|chilly|freezing|humid\w*|umbrella|jacket|coat|scarf|gloves|sunscreen|shorts|degrees|temperature|forecast)\b/i,
    "weather temperature forecast",
  ],
  [
    /\b(?:find|buy|shop\w*|cheap\w*|price\w*|under \$?\d+|looking for|sells?|stock)\b/i,
    "search product products catalogue catalog find",
  ],
  [/\b(?:what time|clock|o'clock|time zone|timezone)\b/i, "time timezone"],
  [/\b(?:e-?mail|mail|message)\b/i, "email send message"],
  [/\b(?:book|reserve|reservation|table for)\b/i, "book booking reserve reservation"],
];

/** A tool is called when the request requires it, or (auto) when the user's words name it. */
function chooseTool(req: ChatRequest, lastUser: string, lastTurn: ConversationTurn | undefined): ToolSpec | null {
  if (!req.tools.length || req.toolChoice === "none") return null;
  const named = req.tools.find((t) => t.name === req.toolChoice);
  if (named) return named;
  if (lastTurn?.role === "tool") return null;
  const userTerms = new Set(terms(lastUser));
  for (const [re, related] of RELATED) if (re.test(lastUser)) for (const t of terms(related)) userTerms.add(t);
  const scored = req.tools
    .map((t) => ({
      t,
      hits: terms(`${t.name.replace(/[_-]/g, " ")} ${JSON.stringify(t.parameters)}`).filter((w) => userTerms.has(w))
        .length,
    }))
    .sort((a, b) => b.hits - a.hits);
  if (req.toolChoice === "required") return scored[0].t;
  return scored[0].hits > 0 ? scored[0].t : null;
}

const NOT_NAMES = new Set([
  "What",
  "What's",
  "Whats",
  "Tell",
  "How",
  "Can",
  "Could",
  "Please",
  "Is",
  "Are",
  "Do",
  "Does",
  "Give",
  "Show",
  "The",
  "A",
  "I",
  "Write",
  "Explain",
  "Find",
  "Get",
  "Search",
  "Look",
  "Check",
  "When",
  "Where",
  "Why",
  "Who",
  "Which",
  "In",
  "For",
  "And",
  "Hi",
  "Hello",
  "Should",
  "Will",
  "Would",
  "Shall",
  "Did",
  "Has",
  "Have",
  "My",
  "It",
  "This",
  "That",
  "Let",
  "Any",
]);

function toolContent(title: string, lastUser: string): AnswerContent {
  const entities = (lastUser.match(/\b[A-Z][a-zà-ÿ'-]+(?:\s+[A-Z][a-zà-ÿ'-]+)*/g) ?? ([] as string[])).filter(
    (w) => !NOT_NAMES.has(w.split(" ")[0]),
  );
  const s = sentences(lastUser);
  return {
    title: entities[0] ?? title,
    text: lastUser,
    sentences: s.length ? s : [lastUser],
    points: s,
    entities,
    query: lastUser,
    search: searchQuery(lastUser),
  };
}

/** What to search for: "Find me running shoes under 80 dollars." -> "running shoes" (the price goes in its own field). */
function searchQuery(lastUser: string): string {
  const q = lastUser
    .replace(
      /^\s*(?:(?:hi|hey|hello)[,!]?\s+)?(?:please\s+)?(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:find|search(?: for)?|look(?: up| for)?|show|get|give|list|i(?:'m| am) looking for|i want|i need|do you have|any)(?:\s+me)?\s+/i,
      "",
    )
    .replace(
      /\s+(?:under|below|less than|for less than|cheaper than|up to|at most)\s+[$€£]?\d+(?:\.\d+)?\s*(?:dollars|euros|pounds|usd|eur|gbp|bucks)?/i,
      "",
    )
    .replace(/^(?:some|a|an|the|any)\s+/i, "")
    .replace(/\s*(?:,?\s*please)?\s*[?.!]+\s*$/, "")
    .trim();
  return q || lastUser;
}

export function usage(promptTokens: number, choices: readonly PreparedChoice[]) {
  let completion = 0;
  let reasoning = 0;
  for (const c of choices) {
    completion += c.output.tokens + c.reasoningTokens;
    reasoning += c.reasoningTokens;
  }
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completion,
    total_tokens: promptTokens + completion,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: reasoning,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}
