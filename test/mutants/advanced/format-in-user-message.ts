// Mistake: glues the instruction onto the prompt instead of sending it as a system message.
import type OpenAI from "openai";
export * from "../../../solutions/advanced";

const INSTRUCTIONS = {
  json: "Respond with valid JSON only.",
  markdown: "Format your response in Markdown.",
  bullet: "Respond with bullet points only.",
  code: "Respond with code only.",
};

export async function getStructuredResponse(client: OpenAI, prompt: string, format: "json" | "markdown" | "bullet" | "code"): Promise<string> {
  const response = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `${prompt}\n\n${INSTRUCTIONS[format]}` }],
    ...(format === "json" ? { response_format: { type: "json_object" as const } } : {}),
  });
  const content = response.choices[0]?.message.content ?? "";
  if (format === "json") JSON.parse(content);
  return content;
}
