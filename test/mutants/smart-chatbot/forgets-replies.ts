// Mistake: returns the reply without adding it to the history, so the model never sees its own answers.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  override async chat(input: string, parameters?: Parameters<Reference["chat"]>[1]): Promise<string> {
    const reply = await super.chat(input, parameters);
    this.history = this.history.slice(0, -1);
    return reply;
  }
}
