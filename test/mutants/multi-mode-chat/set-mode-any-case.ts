// Mistake: setMode lower-cases the name, so "Creative" (not a mode) is taken as "creative".
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override setMode(mode: string): void {
    super.setMode(mode.toLowerCase());
  }
}
