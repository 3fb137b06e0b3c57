// Mistake: the json instruction never says "JSON", which the API refuses in JSON mode.
import type OpenAI from "openai";
import { StructuredRequest, type Format } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends StructuredRequest {
  protected override messages() {
    const messages = super.messages();
    return this.format === "json"
      ? [{ role: "system" as const, content: "Answer with one object of keys and values." }, messages[1]!]
      : messages;
  }
}

export async function getStructuredResponse(client: OpenAI, prompt: string, format: Format): Promise<string> {
  return new Wrong(client, prompt, format).run();
}
