// Mistake: fills the leftover budget with the tail of the first message that does not fit.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { contentText, countMessageTokens, decode, encode } from "../../../src/api/tokens";
import { trimToTokenBudget as trimWhole } from "../../../solutions/context";
export * from "../../../solutions/context";

export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  const kept = trimWhole(messages, maxTokens, model);
  const pinned =
    kept[0] === messages[0] && (messages[0]?.role === "system" || messages[0]?.role === "developer") ? 1 : 0;
  const nextIndex = messages.length - (kept.length - pinned) - 1;
  if (nextIndex < pinned) return kept;
  const next = messages[nextIndex];
  const room = maxTokens - countMessageTokens(kept, model) - 5;
  if (room <= 0) return kept;
  const tokens = encode(contentText(next.content), model);
  const partial = { ...next, content: decode(tokens.slice(-room), model) } as ChatCompletionMessageParam;
  return [...kept.slice(0, pinned), partial, ...kept.slice(pinned)];
}
