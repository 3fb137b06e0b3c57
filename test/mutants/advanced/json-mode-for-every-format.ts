// Mistake: sends response_format json_object whatever format was asked for.
import type OpenAI from "openai";
export * from "../../../solutions/advanced";

const INSTRUCTIONS = {
  json: "Respond with valid JSON only.",
  markdown: "Format your response in Markdown (inside a JSON string).",
  bullet: "Respond with bullet points only (inside a JSON string).",
  code: "Respond with code only (inside a JSON string).",
};

export async function getStructuredResponse(client: OpenAI, prompt: string, format: "json" | "markdown" | "bullet" | "code"): Promise<string> {
  const response = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: INSTRUCTIONS[format] },
      { role: "user", content: prompt },
    ],
    response_format: { type: "json_object" },
  });
  return response.choices[0]?.message.content ?? "";
}
