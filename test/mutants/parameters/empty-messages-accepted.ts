// Checks that messages is there, not that it holds a message: [] goes through.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  if (Array.isArray(params.messages) && params.messages.length === 0)
    return reference({ ...params, messages: [{ role: "user", content: "json" }] }).filter(
      (p) => !p.startsWith("response_format"),
    );
  return reference(params);
}
