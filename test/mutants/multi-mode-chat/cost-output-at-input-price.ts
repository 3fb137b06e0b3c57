// Mistake: prices every token, the completion tokens too, at the model's input price.
import type OpenAI from "openai";
import { findModel } from "../../../src/api/catalog";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override addUsage(usage: OpenAI.CompletionUsage): void {
    this.totals.promptTokens += usage.prompt_tokens;
    this.totals.completionTokens += usage.completion_tokens;
    const model = findModel(this.model);
    if (model) this.totals.costUsd += ((usage.prompt_tokens + usage.completion_tokens) * model.price.input) / 1_000_000;
  }
}
