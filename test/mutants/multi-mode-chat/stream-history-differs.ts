// Mistake: a streamed reply is returned but stored as the list of its pieces, one message each.
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  override async chat(input: string, options: Parameters<Reference["chat"]>[1] = {}): Promise<string> {
    if (!options.stream) return super.chat(input, options);
    const pieces: string[] = [];
    const text = await super.chat(input, {
      ...options,
      onDelta: (t) => {
        pieces.push(t);
        options.onDelta?.(t);
      },
    });
    const branch = this.current();
    branch.entries.pop();
    for (const piece of pieces) branch.entries.push({ message: { role: "assistant", content: piece } });
    return text;
  }
}
