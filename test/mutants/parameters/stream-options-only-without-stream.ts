// Rejects stream_options only when `stream` is missing: `stream: false` with stream_options goes through.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference(params);
  return params.stream === false ? problems.filter((p) => !p.includes("stream_options")) : problems;
}
