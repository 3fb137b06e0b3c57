// Mistake: drops the carried summary along with the old instructions (anything that mentions a summary).
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { withSystemMessage as reference } from "../../../solutions/messages";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  return reference(messages, content).filter((m) => !String(m.content ?? "").includes("summary"));
}
