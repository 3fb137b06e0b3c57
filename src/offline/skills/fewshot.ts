/**
 * Few-shot prompting: examples given as user/assistant turns (or as system messages named
 * example_user / example_assistant) before the real question steer the reply. Short example
 * replies drawn from a few values are labels: the reply is one of them, in the examples' exact
 * wording. Longer replies that copy parts of their input follow the pattern the examples share
 * (a prefix and suffix around the input, a change of case, fields rearranged).
 */
import type { ConversationTurn } from "../read/conversation";
import type { Filled } from "../language/templates";
import { stem, terms, words } from "../language/text";

interface Example {
  input: string;
  output: string;
}

/** The example pairs before the last user message (at least two), or null when there are none. */
export function examplesOf(turns: readonly ConversationTurn[]): { examples: Example[]; query: string } | null {
  const last = findLast(turns, (t) => t.role === "user");
  if (last < 0) return null;
  const examples: Example[] = [];
  for (let i = 0; i < last; i++) {
    const t = turns[i];
    const next = turns[i + 1];
    if (!next) break;
    if (isExampleInput(t) && isExampleOutput(next)) {
      examples.push({ input: t.text.trim(), output: next.text.trim() });
      i++;
    }
  }
  if (examples.length < 2) return null;
  return { examples, query: turns[last].text.trim() };
}

const isExampleInput = (t: ConversationTurn & { name?: string }) =>
  t.role === "user" || (t.role === "system" && t.name === "example_user");
const isExampleOutput = (t: ConversationTurn & { name?: string }) =>
  t.role === "assistant" || (t.role === "system" && t.name === "example_assistant");

/** Replies that follow the examples, weighted; null when the examples show no pattern this model can follow. */
export function fewShotReplies(turns: readonly ConversationTurn[]): Filled[] | null {
  const found = examplesOf(turns);
  if (!found) return null;
  const { examples, query } = found;
  const system = turns
    .filter((t) => t.role === "system" || t.role === "developer")
    .map((t) => t.text)
    .join("\n");
  // A conversation is not a set of examples: labels do not end like sentences, or the instructions ask to classify.
  const outputs = examples.map((e) => e.output);
  const labelled =
    /\b(classif\w*|categor\w*|label\w*|sentiment|tag|tags|intent|topic of each)\b/i.test(system) ||
    outputs.every((o) => !/[.!?]$/.test(o));
  if (new Set(outputs).size === 1 && !labelled) return null;
  // A pattern that copies its input explains the examples better than labels that merely look short.
  return transform(examples, query) ?? (labelled ? classify(examples, query) : null);
}

const POSITIVE = new Set(
  "love loved great good excellent amazing awesome wonderful fantastic happy perfect perfectly best enjoy enjoyed like liked nice brilliant delightful fast friendly helpful recommend beautiful pleased glad superb works clean tasty delicious remembered spotless tidy quick quickly comfortable comfy cozy cosy spacious smooth smoothly easy effortless efficient lovely stunning gorgeous welcoming attentive cheerful reliable sturdy impressed impressive bargain painless generous charming"
    .split(" ")
    .map(stem),
);
const NEGATIVE = new Set(
  "hate hated bad terrible awful worst horrible poor broken broke slow rude disappointing disappointed waste useless sad angry annoying boring never refund crash crashes crashed fails failed failure ugly cold late dirty pricey expensive overpriced nobody noisy died dead stopped leaked leaking cracked missing wrong lost stale flimsy defective faulty unusable unreliable cramped smelly filthy unfriendly unhelpful overcooked burnt soggy bland lukewarm delayed confusing mouldy moldy stained damaged ignored lumpy tiny uncomfortable thin loud greasy sticky shabby worn tired musty draughty drafty"
    .split(" ")
    .map(stem),
);

/** How a review reads: its positive and negative words, and a turn ("but") between them. */
export function toneOf(text: string): { tone: number; mixed: boolean } {
  const w = words(text).map(stem);
  // "never worked", "not great": a praise word after a negation is a complaint.
  const negated = (i: number) =>
    w.slice(Math.max(0, i - 2), i).some((x) => /^(?:never|not|no|n't|hardly|barely)$/.test(x));
  const flipped = w.filter((x, i) => POSITIVE.has(x) && negated(i)).length;
  const softened = w.filter((x, i) => NEGATIVE.has(x) && negated(i)).length;
  const pos = w.filter((x, i) => POSITIVE.has(x) && !negated(i)).length + softened;
  const neg =
    w.filter((x, i) => NEGATIVE.has(x) && !negated(i)).length +
    flipped +
    (!flipped && !softened && /\b(not|n't)\b/i.test(text) ? 1.5 : 0);
  return { tone: pos - neg, mixed: pos > 0 && neg > 0 };
}

/**
 * "Classify the sentiment" with no examples: the model labels the review in words of its own, the
 * way a model does before few-shot examples fix the label set and the format.
 */
export function zeroShotSentiment(turns: readonly ConversationTurn[]): Filled[] | null {
  const last = findLast(turns, (t) => t.role === "user");
  if (last < 0 || examplesOf(turns)) return null;
  const system = turns
    .filter((t) => t.role === "system" || t.role === "developer")
    .map((t) => t.text)
    .join("\n");
  const query = turns[last].text;
  // "What's the tone of this message?" asks for a tone (impatient, warm), which a sentiment label is not;
  // "positive or negative tone" is a sentiment.
  const asks = `${system}\n${query}`;
  if (!/\b(sentiment|positive or negative)\b/i.test(asks) && !/\btone of\b[^?]*\b(?:positive|negative)\b/i.test(asks))
    return null;
  const review = query.replace(/^[^:\n]*\b(sentiment|classify|review)\b[^:\n]*:\s*/i, "");
  const { tone, mixed } = toneOf(review);
  // "as positive, negative or neutral": the labels offered are the only ones to answer with.
  const instruction = `${system}\n${query.slice(0, query.length - review.length)}`;
  const offered = ["positive", "negative", "neutral", "mixed"].filter((l) =>
    new RegExp(`\\b${l}\\b`, "i").test(instruction),
  );
  const allowed = (l: string) => offered.length < 2 || offered.includes(l);
  const leaning = tone > 0 ? "positive" : tone < 0 ? "negative" : "neutral";
  const label =
    mixed && allowed("mixed") ? "mixed" : allowed(leaning) ? leaning : allowed("neutral") ? "neutral" : offered[0];
  const why =
    mixed && label !== "mixed"
      ? `it praises one thing but complains about more, so it leans ${label}`
      : mixed
        ? "it praises one thing and complains about another"
        : tone > 0
          ? "the customer sounds pleased"
          : tone < 0
            ? "the customer is unhappy"
            : "it states facts without praise or complaint";
  return [
    { text: `The sentiment of this review is ${label}: ${why}.`, weight: 0.4 },
    {
      text: `${label.charAt(0).toUpperCase()}${label.slice(1)}. ${why.charAt(0).toUpperCase()}${why.slice(1)}.`,
      weight: 0.3,
    },
    { text: `This review is ${label}.`, weight: 0.2 },
    { text: `Sentiment: ${label}`, weight: 0.1 },
  ];
}

/**
 * Labels: the examples' replies are short and repeat (or there are few of them). The label whose
 * examples share most words with the question wins; sentiment labels also read the question's tone.
 */
function classify(examples: Example[], query: string): Filled[] | null {
  const outputs = examples.map((e) => e.output);
  if (outputs.some((o) => o.split(/\s+/).length > 4)) return null;
  const labels = [...new Set(outputs)];
  if (labels.length > Math.max(2, examples.length - 1) && labels.length > 6) return null;
  const q = new Set(terms(query));
  const { tone, mixed } = toneOf(query);
  const scores = labels.map((label) => {
    let score = 0;
    for (const e of examples) {
      if (e.output !== label) continue;
      for (const t of new Set(terms(e.input))) if (q.has(t)) score += 1;
    }
    const l = label.toLowerCase();
    if (/positive|good|happy|yes|pos\b|👍/.test(l)) score += 2 * tone;
    if (/negative|bad|unhappy|angry|no\b|neg\b|👎/.test(l)) score -= 2 * tone;
    if (/neutral/.test(l)) score += 1.5 - Math.abs(tone);
    if (/mixed/.test(l)) score += mixed ? 2.5 + Math.abs(tone) : 1.5 - Math.abs(tone);
    for (const w of words(label)) if (q.has(stem(w))) score += 1.5;
    return score;
  });
  const best = Math.max(...scores);
  return labels.map((label, i) => ({ text: label, weight: Math.exp(2 * (scores[i] - best)) }));
}

type Case = "same" | "upper" | "lower" | "title";

function applyCase(text: string, c: Case): string {
  if (c === "upper") return text.toUpperCase();
  if (c === "lower") return text.toLowerCase();
  if (c === "title") return text.replace(/\b\p{L}/gu, (m) => m.toUpperCase());
  return text;
}

/** The case change and the fixed text around a copy of the input that every example shares. */
function transform(examples: Example[], query: string): Filled[] | null {
  for (const c of ["same", "upper", "lower", "title"] as Case[]) {
    let prefix: string | null = null;
    let suffix: string | null = null;
    let ok = true;
    for (const e of examples) {
      const copy = applyCase(e.input, c);
      const at = e.output.indexOf(copy);
      if (at < 0) {
        ok = false;
        break;
      }
      const p = e.output.slice(0, at);
      const s = e.output.slice(at + copy.length);
      if ((prefix !== null && p !== prefix) || (suffix !== null && s !== suffix)) {
        ok = false;
        break;
      }
      prefix = p;
      suffix = s;
    }
    if (ok && prefix !== null && suffix !== null) return [{ text: prefix + applyCase(query, c) + suffix, weight: 1 }];
  }
  return fields(examples, query);
}

const SPLIT = /\s*(?:,|;|\||\t|\s-\s|:)\s*/;

/** "Ada Lovelace, 1815" -> '{"name": "Ada Lovelace", "born": 1815}': the input's fields, placed where the examples place theirs. */
function fields(examples: Example[], query: string): Filled[] | null {
  let template: string | null = null;
  for (const e of examples) {
    const parts = e.input.split(SPLIT).filter(Boolean);
    if (parts.length < 2) return null;
    let t = e.output;
    // Longest fields first, so "New York" is replaced before "York".
    const order = parts.map((p, i) => ({ p, i })).sort((a, b) => b.p.length - a.p.length);
    for (const { p, i } of order) {
      if (!t.includes(p)) return null;
      t = t.split(p).join(`\u0000${i}\u0000`);
    }
    if (template !== null && t !== template) return null;
    template = t;
  }
  const parts = query.split(SPLIT).filter(Boolean);
  if (template === null) return null;
  const needed = Math.max(...[...template.matchAll(/\u0000(\d+)\u0000/g)].map((m) => Number(m[1])));
  if (parts.length <= needed) return null;
  return [{ text: template.replace(/\u0000(\d+)\u0000/g, (_, i: string) => parts[Number(i)]), weight: 1 }];
}

function findLast<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}
