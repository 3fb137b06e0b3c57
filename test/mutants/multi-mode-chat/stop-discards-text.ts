// Mistake: a stopped stream throws away the text that already arrived, and the question with it.
import type { ChatCompletionCreateParamsBase } from "openai/resources/chat/completions";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override async streamReply(
    request: ChatCompletionCreateParamsBase,
    options: Parameters<Reference["chat"]>[1] = {},
  ): Promise<string> {
    const text = await super.streamReply(request, options);
    if (options.signal?.aborted) throw new Error("Stopped.");
    return text;
  }
}
