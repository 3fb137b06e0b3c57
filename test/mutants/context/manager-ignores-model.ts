// Mistake: ConversationManager always asks DEFAULT_MODEL, whatever model it was given.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
import { ConversationManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class ConversationManager extends Base {
  override async getResponse(userInput: string): Promise<string> {
    this.addUserMessage(userInput);
    const client = (this as unknown as { client: OpenAI }).client;
    const response = await client.chat.completions.create({ model: DEFAULT_MODEL, messages: [...this.messages] });
    const reply = response.choices[0]?.message.content ?? "";
    this.addAssistantMessage(reply);
    return reply;
  }
}
