// Looks for "json" only in the user messages: a system message asking for JSON is not seen.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  const users = params.messages?.filter((m) => m.role === "user");
  const problems = reference({ ...params, messages: users?.length ? users : params.messages });
  // Only the json_object rule looks at the user messages; a list without them is judged as given.
  return problems.filter((p) => !p.startsWith("messages") || !users?.length);
}
