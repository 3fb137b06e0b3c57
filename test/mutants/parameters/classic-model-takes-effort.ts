// Checks reasoning_effort only on reasoning models: a classic model sent an effort passes.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
import { findModel } from "../../../src/api/catalog";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const classic = params.model && findModel(params.model)?.reasoning === false;
  if (!classic) return reference(params);
  const { reasoning_effort: _ignored, ...rest } = params as { reasoning_effort?: unknown };
  return reference(rest as Partial<ChatCompletionCreateParams>);
}
