import { Tiktoken, type TiktokenBPE } from "js-tiktoken/lite";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { DEFAULT_MODEL, encodingForModel, type EncodingName } from "./catalog";
import { fastEncoderOf } from "./bpe";

// Parsing a rank table takes about a second, so each encoding is built once, on first use, and
// shared by every copy of this module in the process (a notebook kernel loads one for the
// notebook's code and one for the offline model: see loadOfflineModel in src/workbook/client.ts).
const SHARED = Symbol.for("chat-completions-workbook/encoders");
const encoders: Map<EncodingName, Tiktoken> = ((globalThis as { [SHARED]?: Map<EncodingName, Tiktoken> })[SHARED] ??=
  new Map());

/**
 * The rank table of one encoding, loaded on first use: js-tiktoken's main entry loads all five
 * (a few hundred ms at import), the workbook's models use two. A synchronous require, because
 * countTokens() is synchronous; tslab's CommonJS, tsx and vitest all provide `require` here.
 */
function loadRanks(name: EncodingName): TiktokenBPE {
  const load =
    typeof require === "function"
      ? require
      : process.getBuiltinModule("node:module").createRequire(`${process.cwd()}/`);
  switch (name) {
    case "o200k_base":
      return load("js-tiktoken/ranks/o200k_base") as TiktokenBPE;
    case "cl100k_base":
      return load("js-tiktoken/ranks/cl100k_base") as TiktokenBPE;
  }
}

/**
 * js-tiktoken's encoder with its tables filled in one pass: its own constructor goes through an
 * object of 200,000 keys and a base64 decoder of its own, about three times slower. Same tables
 * (test/api/bpe.test.ts compares the ids with js-tiktoken's); its own constructor when the
 * internals are not where this expects them.
 */
function buildEncoder(ranks: TiktokenBPE): Tiktoken {
  const enc = new Tiktoken({ ...ranks, bpe_ranks: "" });
  const { rankMap, textMap } = enc as unknown as { rankMap?: unknown; textMap?: unknown };
  if (!(rankMap instanceof Map) || !(textMap instanceof Map)) return new Tiktoken(ranks);
  for (const line of ranks.bpe_ranks.split("\n")) {
    const parts = line.split(" ");
    const offset = Number.parseInt(parts[1] ?? "", 10);
    if (!Number.isFinite(offset)) continue;
    for (let i = 2; i < parts.length; i++) {
      const bytes = Buffer.from(parts[i]!, "base64");
      rankMap.set(bytes.join(","), offset + i - 2);
      textMap.set(offset + i - 2, bytes);
    }
  }
  return enc;
}

export function encoderFor(model: string = DEFAULT_MODEL): Tiktoken {
  const name = encodingForModel(model);
  let enc = encoders.get(name);
  if (!enc) {
    enc = buildEncoder(loadRanks(name));
    encoders.set(name, enc);
  }
  return enc;
}

/**
 * Token ids of `text` under the model's encoding: js-tiktoken's ids, from an exact encoder that
 * stays linear on one long unbroken word (js-tiktoken alone is quadratic there).
 */
export function encode(text: string, model: string = DEFAULT_MODEL): number[] {
  return fastEncoderOf(encoderFor(model)).encode(text);
}

export function decode(tokens: number[], model: string = DEFAULT_MODEL): string {
  return encoderFor(model).decode(tokens);
}

/** How many tokens `text` is for `model` (content only: no per-message overhead). */
export function countTokens(text: string, model: string = DEFAULT_MODEL): number {
  return encode(text, model).length;
}

/** Every token of a message is wrapped as <|start|>{role}<|message|>{content}<|end|>: 3 tokens of framing. */
export const TOKENS_PER_MESSAGE = 3;
/** A `name` field costs one token more. */
export const TOKENS_PER_NAME = 1;
/** Every reply is primed with <|start|>assistant<|message|>. */
export const REPLY_PRIMING_TOKENS = 3;

/** The text of a message's content, whether it is a string or a list of text parts. */
export function contentText(content: ChatCompletionMessageParam["content"]): string {
  if (content == null) return "";
  if (typeof content === "string") return content;
  return content.map((part) => ("text" in part && typeof part.text === "string" ? part.text : "")).join("");
}

/**
 * The prompt tokens the API bills for `messages`, by the OpenAI Cookbook's formula:
 * 3 per message, the tokens of every string field, 1 per name, and 3 to prime the reply.
 */
export function countMessageTokens(
  messages: readonly ChatCompletionMessageParam[],
  model: string = DEFAULT_MODEL,
): number {
  let total = REPLY_PRIMING_TOKENS;
  for (const message of messages) {
    total += TOKENS_PER_MESSAGE + countTokens(message.role, model) + countTokens(contentText(message.content), model);
    if ("name" in message && typeof message.name === "string") {
      total += TOKENS_PER_NAME + countTokens(message.name, model);
    }
  }
  return total;
}
