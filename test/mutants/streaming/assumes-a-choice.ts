// streamResponse reads chunk.choices[0].delta without checking that the chunk has a choice.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/streaming";

export async function streamResponse(
  client: OpenAI,
  prompt: string,
  onDelta?: (text: string) => void,
): Promise<string> {
  const stream = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: "user", content: prompt }],
    stream: true,
  });
  let text = "";
  for await (const chunk of stream) {
    const piece = chunk.choices[0]!.delta.content;
    if (piece) {
      text += piece;
      onDelta?.(piece);
    }
  }
  return text;
}
