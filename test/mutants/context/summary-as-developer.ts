// Mistake: carries the summary as a developer message, a second set of instructions with the authority of the first.
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
    if (i >= 0) messages[i] = { role: "developer", content: String(messages[i]!.content) };
  }
}
