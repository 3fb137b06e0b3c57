// Mistake: prices every reply with costUsd(), which throws for a model the catalog does not know (a local server).
import type OpenAI from "openai";
import { costUsd } from "../../../src/api/catalog";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override addUsage(usage: OpenAI.CompletionUsage): void {
    this.totals.promptTokens += usage.prompt_tokens;
    this.totals.completionTokens += usage.completion_tokens;
    this.totals.costUsd += costUsd(this.model, usage);
  }
}
