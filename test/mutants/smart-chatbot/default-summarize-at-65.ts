// Mistake: summarizes at 65% of the budget by default instead of 70%.
import type OpenAI from "openai";
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  constructor(client: OpenAI, options: ConstructorParameters<typeof Reference>[1] = {}) {
    super(client, { summarizeAt: 0.65, ...options });
  }
}
