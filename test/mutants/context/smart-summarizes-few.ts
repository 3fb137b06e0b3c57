// Mistake: summarize() runs even with fewer than 4 messages besides the instructions.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { SmartContextManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class SmartContextManager extends Base {
  override async summarize(): Promise<void> {
    const messages = this.messages as ChatCompletionMessageParam[];
    const first = messages[0];
    const keep = first && (first.role === "system" || first.role === "developer") ? 1 : 0;
    // Pads the conversation to four messages so the reference summarizes it anyway.
    const padding = Math.max(0, 4 - (messages.length - keep));
    const pad: ChatCompletionMessageParam[] = Array.from({ length: padding }, () => ({ role: "user", content: "" }));
    messages.splice(keep, 0, ...pad);
    await super.summarize();
    if (padding > 0 && messages.length === keep + 3) messages.splice(keep + 1, 0);
  }
}
