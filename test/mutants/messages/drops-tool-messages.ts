// Mistake: keeps only user and assistant messages after the instructions, so tool results vanish.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { withSystemMessage as reference } from "../../../solutions/messages";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  return reference(messages, content).filter((m) => m.role !== "tool");
}
