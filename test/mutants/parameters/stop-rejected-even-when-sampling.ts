// Rejects stop and logit_bias on every reasoning model at every effort, ignoring samplingRules.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
import { findModel } from "../../../src/api/catalog";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference(params);
  const model = params.model ? findModel(params.model) : undefined;
  if (!model?.reasoning) return problems;
  for (const name of ["stop", "logit_bias"] as const) {
    const said = problems.some((p) => p.startsWith(`${name} is not supported`));
    if (params[name] != null && !said) problems.push(`${name} is not supported by ${model.id}.`);
  }
  return problems;
}
