// Mistake: remembers the mode but sends only the model and the messages.
import type { ChatCompletionCreateParamsBase } from "openai/resources/chat/completions";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override wholeReply(
    request: ChatCompletionCreateParamsBase,
    options: Parameters<Reference["chat"]>[1] = {},
  ) {
    const { temperature: _t, top_p: _p, ...rest } = request;
    return super.wholeReply(rest, options);
  }
  protected override streamReply(
    request: ChatCompletionCreateParamsBase,
    options: Parameters<Reference["chat"]>[1] = {},
  ) {
    const { temperature: _t, top_p: _p, ...rest } = request;
    return super.streamReply(rest, options);
  }
}
