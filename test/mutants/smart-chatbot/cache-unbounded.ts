// Mistake: the cache never forgets anything, so it grows with every new request.
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override cacheSet(key: string, reply: string): void {
    this.cache.set(key, reply);
  }
}
