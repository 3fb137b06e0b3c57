// validateParams treats every model like gpt-4o-mini, so gpt-5's restrictions go unreported.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return reference({ ...params, model: params.model === "gpt-5" ? "gpt-4.1" : params.model });
}
