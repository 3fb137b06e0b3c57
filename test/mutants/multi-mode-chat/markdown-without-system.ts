// Mistake: the Markdown export leaves the system message out.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override toMarkdown(): string {
    return super
      .toMarkdown()
      .split("\n")
      .filter((line) => !line.startsWith("> **System:**"))
      .join("\n");
  }
}
