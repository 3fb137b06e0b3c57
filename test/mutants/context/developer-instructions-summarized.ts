// Mistake: only a system message counts as the instructions; a developer message at index 0 is summarized away.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { SmartContextManager as Reference } from "../../../solutions/context";
export * from "../../../solutions/context";

export class SmartContextManager extends Reference {
  override async summarize(): Promise<void> {
    const messages = this.messages as ChatCompletionMessageParam[];
    const first = messages[0];
    // Treated like any turn: the reference then folds it into the transcript.
    if (first?.role === "developer") messages[0] = { role: "user", content: first.content as string };
    await super.summarize();
    if (messages[0]?.role === "user" && first?.role === "developer" && messages[0].content === first.content) {
      messages[0] = first;
    }
  }
}
