// compareTemperatures defaults to a different list of temperatures.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/parameters";

export async function compareTemperatures(client: OpenAI, prompt: string, temperatures: number[] = [0, 0.7, 1.4]) {
  const results: { temperature: number; content: string }[] = [];
  for (const temperature of temperatures) {
    const r = await client.chat.completions.create({
      model: DEFAULT_MODEL,
      messages: [{ role: "user", content: prompt }],
      temperature,
      max_completion_tokens: 50,
    });
    results.push({ temperature, content: r.choices[0]?.message.content ?? "" });
  }
  return results;
}
