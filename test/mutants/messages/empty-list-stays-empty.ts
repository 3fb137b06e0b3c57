// Mistake: an empty list has nothing to put instructions in front of, so it comes back empty.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { withSystemMessage as reference } from "../../../solutions/messages";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  return messages.length === 0 ? [] : reference(messages, content);
}
