/** The fast exact encoder (see bpeCore.ts) by model name, and the prompt count the offline model bills. */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { countMessageTokens, encoderFor } from "../workbook/tokens";
import { fastEncoderOf, type FastEncoder } from "./bpeCore";

export type { FastEncoder } from "./bpeCore";

export function fastEncoder(model: string): FastEncoder {
  return fastEncoderOf(encoderFor(model));
}

/** The Cookbook's prompt count: countMessageTokens, which uses the fast encoder. */
export function countPromptTokens(messages: readonly ChatCompletionMessageParam[], model: string): number {
  return countMessageTokens(messages, model);
}
