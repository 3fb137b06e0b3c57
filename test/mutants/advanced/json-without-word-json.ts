// Mistake: JSON mode with an instruction that never says "JSON" (the API answers 400).
import type OpenAI from "openai";
import { getStructuredResponse as solution } from "../../../solutions/advanced";
export * from "../../../solutions/advanced";

export async function getStructuredResponse(client: OpenAI, prompt: string, format: "json" | "markdown" | "bullet" | "code"): Promise<string> {
  if (format !== "json") return solution(client, prompt, format);
  const response = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Respond with a machine-readable object only." },
      { role: "user", content: prompt },
    ],
    response_format: { type: "json_object" },
  });
  const content = response.choices[0]?.message.content ?? "";
  JSON.parse(content);
  return content;
}
