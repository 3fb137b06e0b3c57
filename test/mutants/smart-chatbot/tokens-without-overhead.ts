// Mistake: counts only the text of the messages, not the framing the API bills for each one.
import { contentText, countTokens } from "../../../src/api/tokens";
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  override get tokenCount(): number {
    return this.history.reduce((sum, m) => sum + countTokens(contentText(m.content), this.model), 0);
  }
}
