// Mistake: adds the question before the request and leaves it there when the request fails.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  override async chat(input: string, parameters?: Parameters<Reference["chat"]>[1]): Promise<string> {
    try {
      return await super.chat(input, parameters);
    } catch (error) {
      this.history = [...this.history, { role: "user", content: input }];
      throw error;
    }
  }
}
