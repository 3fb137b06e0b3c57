// Never checks verbosity: "low" on a model that takes only "medium" goes through.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return reference(params).filter((p) => !p.startsWith("verbosity"));
}
