/** Reference solution of the `parameters` exercise (see src/exercises/parameters.ts for the task). */
import type OpenAI from "openai";
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import {
  DEFAULT_MODEL,
  findModel,
  SAMPLING_DEFAULTS,
  samplingOptions,
  samplingRules,
  type ModelInfo,
  type ReasoningEffort,
  type Verbosity,
} from "../src/api/catalog";
import { contentText } from "../src/api/tokens";

export async function compareTemperatures(
  client: OpenAI,
  prompt: string,
  temperatures: number[] = [0, 0.5, 1, 1.5],
): Promise<{ temperature: number; content: string }[]> {
  const results: { temperature: number; content: string }[] = [];
  // One at a time: the answers stay paired with their temperatures and the rate limit stays happy.
  for (const temperature of temperatures) {
    const response = await client.chat.completions.create({
      model: DEFAULT_MODEL,
      messages: [{ role: "user", content: prompt }],
      temperature,
      // A reasoning model takes a temperature only at the effort samplingOptions names.
      ...samplingOptions(DEFAULT_MODEL),
      max_completion_tokens: 50,
    });
    results.push({ temperature, content: response.choices[0]?.message.content ?? "" });
  }
  return results;
}

export async function completeWithLimit(
  client: OpenAI,
  prompt: string,
  limit: number,
): Promise<{ content: string; finishReason: string; truncated: boolean }> {
  const response = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: "user", content: prompt }],
    max_completion_tokens: limit,
  });
  const choice = response.choices[0];
  const finishReason = choice?.finish_reason ?? "stop";
  return { content: choice?.message.content ?? "", finishReason, truncated: finishReason === "length" };
}

const isSet = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;
const isWhole = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value);

function checkRange(problems: string[], name: string, value: unknown, min: number, max: number): void {
  if (!isSet(value)) return;
  if (typeof value !== "number" || Number.isNaN(value)) {
    problems.push(`${name} must be a number between ${min} and ${max}, got ${JSON.stringify(value)}.`);
  } else if (value < min || value > max) {
    problems.push(`${name} must be between ${min} and ${max}, got ${value}.`);
  }
}

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems: string[] = [];
  const model = params.model ? findModel(params.model) : undefined;

  if (!params.model) problems.push('model is required: name the model that should answer, e.g. "gpt-4o-mini".');
  if (!Array.isArray(params.messages) || params.messages.length === 0) {
    problems.push("messages must be a non-empty list: send at least one message.");
  }

  checkRange(problems, "temperature", params.temperature, 0, 2);
  checkRange(problems, "top_p", params.top_p, 0, 1);
  checkRange(problems, "presence_penalty", params.presence_penalty, -2, 2);
  checkRange(problems, "frequency_penalty", params.frequency_penalty, -2, 2);

  if (isSet(params.n) && (!isWhole(params.n) || params.n < 1 || params.n > 128)) {
    problems.push(`n must be a whole number from 1 to 128, got ${params.n}.`);
  }

  if (Array.isArray(params.stop) && params.stop.length > 4) {
    problems.push(`stop accepts at most 4 sequences, got ${params.stop.length}.`);
  }

  if (isSet(params.top_logprobs)) {
    if (!isWhole(params.top_logprobs) || params.top_logprobs < 0 || params.top_logprobs > 20) {
      problems.push(`top_logprobs must be a whole number from 0 to 20, got ${params.top_logprobs}.`);
    }
    if (params.logprobs !== true) problems.push("top_logprobs needs logprobs: true.");
  }

  if (isSet(params.logit_bias)) {
    for (const [token, bias] of Object.entries(params.logit_bias)) {
      if (typeof bias !== "number" || bias < -100 || bias > 100) {
        problems.push(`logit_bias for token ${token} must be between -100 and 100, got ${bias}.`);
      }
    }
  }

  for (const name of ["max_completion_tokens", "max_tokens"] as const) {
    const value = params[name];
    if (!isSet(value)) continue;
    if (!isWhole(value) || value < 1) {
      problems.push(`${name} must be a whole number of at least 1, got ${value}.`);
    } else if (model && value > model.maxOutputTokens) {
      problems.push(
        `${name} is too large: ${model.id} writes at most ${model.maxOutputTokens} completion tokens, got ${value}.`,
      );
    }
  }
  if (isSet(params.max_tokens) && isSet(params.max_completion_tokens)) {
    problems.push("max_tokens and max_completion_tokens cannot both be set: use only max_completion_tokens.");
  }

  if (isSet(params.stream_options) && params.stream !== true) {
    problems.push("stream_options is only allowed with stream: true.");
  }

  if (params.response_format?.type === "json_object") {
    const mentionsJson = (params.messages ?? []).some((m) => /json/i.test(contentText(m.content)));
    if (!mentionsJson) {
      problems.push('response_format json_object needs the word "json" in one of the messages.');
    }
  }

  if (model) checkModelRules(problems, params, model);

  return problems;
}

/**
 * The rows that depend on the model: its reasoning efforts, its verbosity values, and what
 * samplingRules says it takes at the effort the request runs at (the catalog holds those facts).
 */
function checkModelRules(problems: string[], params: Partial<ChatCompletionCreateParams>, model: ModelInfo): void {
  const extra = params as { reasoning_effort?: ReasoningEffort | null; verbosity?: Verbosity | null };
  const effort = extra.reasoning_effort;
  if (isSet(extra.verbosity) && !model.verbosity.includes(extra.verbosity)) {
    problems.push(
      `verbosity "${extra.verbosity}" is not supported by ${model.id}: it takes ${model.verbosity.map((v) => `"${v}"`).join(", ")}.`,
    );
  }
  if (isSet(effort) && !model.reasoning) {
    problems.push(`reasoning_effort is not supported by ${model.id}: it is not a reasoning model.`);
    return;
  }
  if (isSet(effort) && !model.reasoningEfforts.includes(effort)) {
    problems.push(
      `reasoning_effort "${String(effort)}" is not supported by ${model.id}: it takes ${model.reasoningEfforts.map((e) => `"${e}"`).join(", ")}.`,
    );
    return; // the effort is wrong, so what the others may be is unknown
  }
  const rules = samplingRules(model.id, effort);
  const at = rules.reasoningEffort ? ` at reasoning_effort "${rules.reasoningEffort}"` : "";
  for (const [name, only] of Object.entries(SAMPLING_DEFAULTS) as [keyof typeof SAMPLING_DEFAULTS, number][]) {
    const value = params[name];
    if (!isSet(value) || rules[name] === "accepted") continue;
    if (rules[name] === "rejected" || value !== only) {
      const allowed = rules[name] === "rejected" ? "it is not allowed" : `only the default (${only}) is allowed`;
      problems.push(`${name} is not supported by ${model.id}${at}: ${allowed}, got ${value}.`);
    }
  }
  if (params.logprobs === true && rules.logprobs !== "accepted") {
    problems.push(`logprobs is not supported by ${model.id}${at}.`);
  }
  for (const name of ["stop", "logit_bias", "max_tokens"] as const) {
    if (isSet(params[name]) && rules[name] !== "accepted") {
      const hint = name === "max_tokens" ? ": use max_completion_tokens" : "";
      problems.push(`${name} is not supported by ${model.id}${at}${hint}.`);
    }
  }
}
