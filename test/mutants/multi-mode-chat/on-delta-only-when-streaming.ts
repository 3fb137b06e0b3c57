// Mistake: calls onDelta only for streamed replies; without streaming the caller never hears of the reply.
import type { ChatCompletionCreateParamsBase } from "openai/resources/chat/completions";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override async wholeReply(
    request: ChatCompletionCreateParamsBase,
    options: Parameters<Reference["chat"]>[1] = {},
  ): Promise<string> {
    return super.wholeReply(request, { ...options, onDelta: undefined });
  }
}
