// Mistake: only a system message counts as instructions, so a leading developer message stays beside the new one.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  return [{ role: "system", content }, ...messages.filter((m) => m.role !== "system")];
}
