// Mistake: counts a content made of text parts as its JSON text, not as the text it holds.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { countChatTokens as reference } from "../../../solutions/context";
export * from "../../../solutions/context";

export function countChatTokens(messages: ChatCompletionMessageParam[], model: string): number {
  const flat = messages.map((m) =>
    Array.isArray(m.content) ? ({ ...m, content: JSON.stringify(m.content) } as ChatCompletionMessageParam) : m,
  );
  return reference(flat, model);
}
