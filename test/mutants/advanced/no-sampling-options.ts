// Mistake: sends the low temperature without samplingOptions(DEFAULT_MODEL), which a reasoning default model refuses.
import type OpenAI from "openai";
import { StructuredRequest, type Format } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends StructuredRequest {
  protected override request() {
    const { reasoning_effort: _dropped, ...rest } = super.request();
    return rest;
  }
}

export async function getStructuredResponse(client: OpenAI, prompt: string, format: Format): Promise<string> {
  return new Wrong(client, prompt, format).run();
}
