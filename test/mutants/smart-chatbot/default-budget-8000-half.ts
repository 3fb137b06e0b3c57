// Mistake: a default budget of 8000 with summaries at 35%: the same first summary, a budget twice too large.
import type OpenAI from "openai";
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  constructor(client: OpenAI, options: ConstructorParameters<typeof Reference>[1] = {}) {
    super(client, { maxContextTokens: 8000, summarizeAt: 0.35, ...options });
  }
}
