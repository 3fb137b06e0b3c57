// Mistake: only drops old turns; summary stays null and the old turns are simply forgotten.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override async summarize(): Promise<void> {}
}
