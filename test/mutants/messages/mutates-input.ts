// Edits the caller's array in place (unshift / assignment) and returns it.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  if (messages[0]?.role === "system") messages[0] = { role: "system", content };
  else messages.unshift({ role: "system", content });
  for (let i = messages.length - 1; i > 0; i--) if (messages[i]!.role === "system") messages.splice(i, 1);
  return messages;
}
