// Mistake: counts only the visible completion tokens, leaving out the reasoning tokens the API billed.
import type OpenAI from "openai";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override addUsage(usage: OpenAI.CompletionUsage): void {
    const reasoning = usage.completion_tokens_details?.reasoning_tokens ?? 0;
    super.addUsage({ ...usage, completion_tokens: usage.completion_tokens - reasoning });
  }
}
