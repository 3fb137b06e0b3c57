// Mistake: when the request fails, the question stays in the history without an answer.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override async chat(input: string, options: Parameters<Reference["chat"]>[1] = {}): Promise<string> {
    try {
      return await super.chat(input, options);
    } catch (error) {
      this.current().entries.push({ message: { role: "user", content: input } });
      throw error;
    }
  }
}
