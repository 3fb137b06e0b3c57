// Mistake: never summarizes nor trims, so the context grows until the API refuses it.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override async fitContext(): Promise<void> {}
}
