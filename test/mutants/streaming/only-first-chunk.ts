// streamResponse reads one chunk and stops, as if the stream were a single response.
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
  for await (const chunk of stream) {
    const text = chunk.choices[0]?.delta?.content ?? "";
    onDelta?.(text);
    return text;
  }
  return "";
}
