// Copies the list but writes the new content into the old system message object, which the caller still holds.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
export * from "../../../solutions/messages";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  const copy = [...messages];
  const first = copy[0];
  if (first && (first.role === "system" || first.role === "developer")) {
    (first as { content: string }).content = content;
    const rest = copy.slice(1).filter((m) => m.role !== "system" && m.role !== "developer");
    return [{ role: "system", content }, ...rest];
  }
  return [{ role: "system", content }, ...copy.filter((m) => m.role !== "system" && m.role !== "developer")];
}
