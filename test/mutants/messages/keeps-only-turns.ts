// Mistake: keeps only the user and assistant turns after the system message, so a carried summary (developer) is lost.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  return [{ role: "system", content }, ...messages.filter((m) => m.role === "user" || m.role === "assistant")];
}
