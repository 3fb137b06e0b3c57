// compareTemperatures sends every request at once and collects the answers in the order they come back.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/parameters";

export async function compareTemperatures(client: OpenAI, prompt: string, temperatures: number[] = [0, 0.5, 1, 1.5]) {
  const results: { temperature: number; content: string }[] = [];
  await Promise.all(
    temperatures.map(async (temperature) => {
      const r = await client.chat.completions.create({
        model: DEFAULT_MODEL,
        messages: [{ role: "user", content: prompt }],
        temperature,
        max_completion_tokens: 50,
      });
      results.push({ temperature, content: r.choices[0]?.message.content ?? "" });
    }),
  );
  return results;
}
