// Mistake: the default budget is 4096 tokens (a familiar context size) instead of 4000.
import type OpenAI from "openai";
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  constructor(client: OpenAI, options: ConstructorParameters<typeof Reference>[1] = {}) {
    super(client, { maxContextTokens: 4096, ...options });
  }
}
