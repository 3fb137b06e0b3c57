// Mistake: keeps 20 messages by default instead of 10.
import type OpenAI from "openai";
import { ConversationManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class ConversationManager extends Base {
  constructor(client: OpenAI, options: { model?: string; maxHistory?: number } = {}) {
    super(client, { maxHistory: 20, ...options });
  }
}
