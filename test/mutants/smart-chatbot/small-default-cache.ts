// Mistake: the cache keeps 10 replies by default instead of 100.
import type OpenAI from "openai";
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  constructor(client: OpenAI, options: ConstructorParameters<typeof Reference>[1] = {}) {
    super(client, { cacheSize: 10, ...options });
  }
}
