// Mistake: treats the catalog's prices as USD per 1K tokens, so every cost is 1000 times too high.
import type OpenAI from "openai";
import { costUsd } from "../../../src/api/catalog";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override addUsage(usage: OpenAI.CompletionUsage): void {
    this.totals.promptTokens += usage.prompt_tokens;
    this.totals.completionTokens += usage.completion_tokens;
    this.totals.costUsd += costUsd(this.model, usage) * 1000;
  }
}
