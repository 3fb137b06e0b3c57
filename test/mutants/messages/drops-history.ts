// Keeps only the last message after the system message, losing the conversation so far.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  const last = messages.filter((m) => m.role !== "system").at(-1);
  return last ? [{ role: "system", content }, last] : [{ role: "system", content }];
}
