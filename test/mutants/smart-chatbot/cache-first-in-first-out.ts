// Mistake: evicts the oldest entry rather than the least recently used one (a hit does not count as a use).
import { SmartChatbot as Reference } from "../../../solutions/smart-chatbot";
export * from "../../../solutions/smart-chatbot";

export class SmartChatbot extends Reference {
  protected override cacheGet(key: string): string | undefined {
    return this.cache.get(key);
  }
}
