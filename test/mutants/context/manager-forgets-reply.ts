// Mistake: returns the reply without storing it, so the next request lacks the assistant's turns.
import { ConversationManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class ConversationManager extends Base {
  override async getResponse(userInput: string): Promise<string> {
    this.addUserMessage(userInput);
    const client = (this as unknown as { client: import("openai").default }).client;
    const response = await client.chat.completions.create({ model: this.model, messages: [...this.messages] });
    return response.choices[0]?.message.content ?? "";
  }
}
