// Mistake: the lesson's summarize_context: keeps only the summary and the last two, losing the original system message.
import { contentText } from "../../../src/api/tokens";
import { SmartContextManager as Base } from "../../../solutions/context";
export * from "../../../solutions/context";

export class SmartContextManager extends Base {
  override async summarize(): Promise<void> {
    if (this.messages.length < 4) return;
    const history = this.messages
      .slice(0, -2)
      .map((m) => `${m.role}: ${contentText(m.content)}`)
      .join("\n");
    const client = (this as unknown as { client: import("openai").default }).client;
    const response = await client.chat.completions.create({
      model: this.model,
      messages: [{ role: "user", content: `Summarize this conversation concisely:\n${history}` }],
    });
    const summary = response.choices[0]?.message.content ?? "";
    (this as unknown as { latestSummary: string }).latestSummary = summary;
    this.messages.splice(0, this.messages.length - 2, {
      role: "developer",
      content: `Previous conversation summary: ${summary}`,
    });
  }
}
