// Mistake: the default maxContextTokens is 400 instead of 4000, so short chats already lose their start.
import type OpenAI from "openai";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  constructor(client: OpenAI, options: ConstructorParameters<typeof Reference>[1] = {}) {
    super(client, { maxContextTokens: 400, ...options });
  }
}
