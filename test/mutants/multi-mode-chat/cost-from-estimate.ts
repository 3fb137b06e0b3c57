// Mistake: counts the tokens itself instead of using the usage the API reported.
import type { ChatCompletionCreateParamsBase } from "openai/resources/chat/completions";
import { costUsd } from "../../../src/api/catalog";
import { countMessageTokens, countTokens } from "../../../src/api/tokens";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override addUsage(): void {}
  private estimate(request: ChatCompletionCreateParamsBase, reply: string) {
    const usage = {
      prompt_tokens: countMessageTokens(request.messages, this.model),
      completion_tokens: countTokens(reply, this.model),
    };
    this.totals.promptTokens += usage.prompt_tokens;
    this.totals.completionTokens += usage.completion_tokens;
    this.totals.costUsd += costUsd(this.model, usage);
  }
  protected override async wholeReply(
    request: ChatCompletionCreateParamsBase,
    options: Parameters<Reference["chat"]>[1] = {},
  ) {
    const text = await super.wholeReply(request, options);
    this.estimate(request, text);
    return text;
  }
  protected override async streamReply(
    request: ChatCompletionCreateParamsBase,
    options: Parameters<Reference["chat"]>[1] = {},
  ) {
    const text = await super.streamReply(request, options);
    this.estimate(request, text);
    return text;
  }
}
