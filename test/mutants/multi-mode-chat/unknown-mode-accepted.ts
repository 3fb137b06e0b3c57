// Mistake: setMode ignores a name it does not know instead of saying so.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override setMode(mode: string): void {
    if (mode in { creative: 1, precise: 1, balanced: 1 }) super.setMode(mode);
  }
}
