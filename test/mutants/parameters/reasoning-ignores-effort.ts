// Mistake: treats every reasoning model as default-only, so the default model's temperature with reasoning_effort "none" is reported.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { findModel } from "../../../src/api/catalog";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference(params);
  const model = params.model ? findModel(params.model) : undefined;
  if (
    model?.reasoning &&
    typeof params.temperature === "number" &&
    params.temperature !== 1 &&
    !problems.some((p) => p.startsWith("temperature"))
  ) {
    problems.push(`temperature is not supported by the reasoning model ${model.id}.`);
  }
  return problems;
}
