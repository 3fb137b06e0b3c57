/**
 * The v1 generator path, kept for the bench only: a passage is drawn first (choosePassage, a draw no
 * logprob reports), then ChoiceGenerator (bench/v1/generate.ts, the generator as of commit b998439)
 * follows it with fidelity 0.998 mixed with the n-gram model. Retrieval and composition are today's,
 * so the comparison measures the generator, not the content.
 */
import { ChoiceOutput, type PreparedChoice } from "../../src/offline/reply/chat";
import { composeAnswer } from "../../src/offline/reply/compose";
import { corpusTexts, type CorpusEntry } from "../../src/offline/corpus/all";
import { readInstructions, withoutFormatRequest } from "../../src/offline/read/instructions";
import { buildNgramModel, ngramModel, type NgramModel } from "../../src/offline/model/ngram";
import type { ConversationTurn } from "../../src/offline/read/conversation";
import { rankPassages, type Scored } from "../../src/offline/read/retrieval";
import { freshRandom, seededRandom, type Random } from "../../src/offline/model/rng";
import { summarize } from "../../src/offline/skills/summary";
import { messageText, type ChatRequest } from "../../src/offline/request/chat-request";
import { vocabularyFor } from "../../src/offline/model/vocab";
import { ChoiceGenerator } from "./generate";

const locals = new Map<string, NgramModel>();

export function prepareChoicesV1(req: ChatRequest): PreparedChoice[] {
  const vocab = vocabularyFor(req.model);
  const ngram = ngramModel(vocab, corpusTexts);
  const turns: ConversationTurn[] = req.messages.map((m) => ({ role: m.role, text: messageText(m) }));
  const instructions = readInstructions(turns, req.responseFormat.type !== "text");
  const lastUserIndex = turns.map((t) => t.role).lastIndexOf("user");
  const topicTurns =
    instructions.format === "json" && lastUserIndex >= 0
      ? turns.map((t, i) => (i === lastUserIndex ? { role: t.role, text: withoutFormatRequest(t.text) } : t))
      : turns;
  const ranked = rankPassages(topicTurns, { persona: instructions.persona, language: instructions.language });
  const summary = instructions.summarize
    ? summarize(instructions.summarize.text, {
        conversation: instructions.summarize.conversation,
        brevity: instructions.brevity,
        ranked,
      })
    : undefined;
  const lastUser = [...turns].reverse().find((t) => t.role === "user")?.text ?? "";
  const params = {
    temperature: req.temperature,
    topP: req.topP,
    presencePenalty: req.presencePenalty,
    frequencyPenalty: req.frequencyPenalty,
    logitBias: req.logitBias,
    topLogprobs: req.logprobs ? req.topLogprobs : -1,
  };
  const budget = req.maxTokens ?? req.info.maxOutputTokens;
  const out: PreparedChoice[] = [];
  for (let index = 0; index < req.n; index++) {
    const rng: Random = req.seed !== null ? seededRandom(`${req.seed}:${index}`) : freshRandom();
    const entry = choosePassage(ranked, req.temperature, req.topP, rng);
    const segments = composeAnswer({
      entry,
      ranked,
      instructions,
      responseFormat: req.responseFormat,
      summary,
      lastUser,
    });
    let local = locals.get(entry.topic.id);
    if (!local)
      locals.set(
        entry.topic.id,
        (local = buildNgramModel(
          vocab,
          entry.topic.passages.map((p) => p.text),
        )),
      );
    const gen = new ChoiceGenerator(vocab, ngram, segments, params, rng, local);
    out.push({
      index,
      output: new ChoiceOutput(gen, vocab, req.stop, budget, req.logprobs),
      reasoningTokens: 0,
      toolCalls: [],
      refusal: false,
    });
  }
  return out;
}

/** v1's passage draw (src/offline/retrieval.ts before v2). */
function choosePassage(ranked: readonly Scored[], temperature: number, topP: number, rng: Random): CorpusEntry {
  const best = ranked[0].score;
  const prefs = ranked
    .filter((r) => r.score >= best * 0.4)
    .slice(0, 24)
    .map((r) => ({
      entry: r.entry,
      logit: (10 * r.score) / best - (r.entry.topic.creative ? 0.3 : 1) * preferenceRank(r.entry),
    }))
    .sort((a, b) => b.logit - a.logit || a.entry.index - b.entry.index);
  if (temperature === 0 || prefs.length === 1) return prefs[0].entry;
  const spread = temperature > 0.9 && !prefs[0].entry.topic.creative ? 1 + 4 * (temperature - 0.9) : 1;
  const weights = prefs.map((p) => Math.exp((p.logit - prefs[0].logit) / (temperature * spread)));
  const total = weights.reduce((a, b) => a + b, 0);
  let keep = prefs.length;
  if (topP < 1) {
    let cum = 0;
    for (let i = 0; i < weights.length; i++) {
      cum += weights[i];
      if (cum >= topP * total) {
        keep = i + 1;
        break;
      }
    }
  }
  let mass = 0;
  for (let i = 0; i < keep; i++) mass += weights[i];
  let u = rng.next() * mass;
  for (let i = 0; i < keep; i++) {
    u -= weights[i];
    if (u < 0) return prefs[i].entry;
  }
  return prefs[keep - 1].entry;
}

function preferenceRank(entry: CorpusEntry): number {
  let rank = 0;
  for (const p of entry.topic.passages) {
    if (p === entry.passage) return rank;
    if (p.persona === entry.passage.persona) rank++;
  }
  return rank;
}
