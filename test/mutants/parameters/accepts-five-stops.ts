// validateParams allows 5 stop sequences (an off-by-one: the API allows at most 4).
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const stop = params.stop;
  const problems = reference({ ...params, stop: undefined });
  if (Array.isArray(stop) && stop.length > 5) problems.push(`stop accepts at most 4 sequences, got ${stop.length}.`);
  return problems;
}
