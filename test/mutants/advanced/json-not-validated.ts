// Mistake: trusts JSON mode and returns whatever came back, valid or not.
import type OpenAI from "openai";
import { getStructuredResponse as solution } from "../../../solutions/advanced";
export * from "../../../solutions/advanced";

export async function getStructuredResponse(client: OpenAI, prompt: string, format: "json" | "markdown" | "bullet" | "code"): Promise<string> {
  if (format !== "json") return solution(client, prompt, format);
  const response = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Respond with valid JSON only." },
      { role: "user", content: prompt },
    ],
    response_format: { type: "json_object" },
  });
  return response.choices[0]?.message.content ?? "";
}
