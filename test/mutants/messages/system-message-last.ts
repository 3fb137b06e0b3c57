// Appends the system message at the end, after the user's messages.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  return [...messages.filter((m) => m.role !== "system"), { role: "system", content }];
}
