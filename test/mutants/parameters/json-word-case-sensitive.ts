// Looks for "json" in lower case only: a message that says "JSON" is reported.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const problems = reference(params);
  const lower = (params.messages ?? []).some((m) => typeof m.content === "string" && m.content.includes("json"));
  if (
    params.response_format?.type === "json_object" &&
    !lower &&
    !problems.some((p) => p.startsWith("response_format"))
  )
    problems.push('response_format json_object needs the word "json" in one of the messages.');
  return problems;
}
