// Mistake: regenerate() ignores its options and always waits for the whole reply.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override async regenerate(): Promise<string> {
    return super.regenerate({});
  }
}
