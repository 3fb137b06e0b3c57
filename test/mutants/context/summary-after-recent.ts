// Mistake: appends the summary after the two messages it keeps, instead of right after the instructions.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { SmartContextManager as Reference } from "../../../solutions/context";
export * from "../../../solutions/context";

export class SmartContextManager extends Reference {
  override async summarize(): Promise<void> {
    await super.summarize();
    const messages = this.messages as ChatCompletionMessageParam[];
    const i = messages.findIndex(
      (m) => m.role === "user" && String(m.content).startsWith("Previous conversation summary:"),
    );
    if (i >= 0) messages.push(...messages.splice(i, 1));
  }
}
