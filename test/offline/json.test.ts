import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

const text = async (params: Record<string, unknown>) => (await complete(params)).choices[0].message.content ?? "";
const jsonMode = { response_format: { type: "json_object" } };

describe("offline model: JSON mode uses the keys the prompt names", () => {
  it("'List 3 Python best practices as JSON with keys practice and why' gives three items with exactly those keys", async () => {
    for (const params of [{ temperature: 0 }, { temperature: 1, seed: 2 }, { temperature: 2, seed: 3 }]) {
      const content = await text({
        messages: [user("List 3 Python best practices as JSON with keys practice and why")],
        ...jsonMode,
        ...params,
      });
      const value = JSON.parse(content);
      expect(value.items, content).toHaveLength(3);
      for (const item of value.items) {
        expect(Object.keys(item), content).toEqual(["practice", "why"]);
        expect(typeof item.practice === "string" && typeof item.why === "string").toBe(true);
      }
      if (params.temperature === 0) {
        expect(value.items[0].practice).toMatch(/PEP 8/);
        expect(value.items.some((i: { why: string }) => /runs the same way|document intent/.test(i.why))).toBe(true);
      }
    }
  });

  it("reads key names in their usual phrasings; a list without named keys gives {items: [...]}; the keys do not change the topic", async () => {
    const quoted = JSON.parse(
      await text({
        messages: [user("Write 3 taglines for a coffee shop as JSON with 'tagline' and 'rank' fields")],
        ...jsonMode,
        temperature: 0,
      }),
    );
    expect(quoted.items.map((i: object) => Object.keys(i))).toEqual([
      ["tagline", "rank"],
      ["tagline", "rank"],
      ["tagline", "rank"],
    ]);
    expect(quoted.items.map((i: { rank: number }) => i.rank)).toEqual([1, 2, 3]);
    expect(quoted.items[0].tagline).not.toMatch(/JSON/);
    const single = JSON.parse(
      await text({
        messages: [user("Tell me about Paris. Reply in JSON with keys title and summary.")],
        temperature: 0,
      }),
    );
    expect(Object.keys(single)).toEqual(["title", "summary"]);
    expect(single.summary).toMatch(/Paris/);
    const plain = JSON.parse(
      await text({ messages: [user("List 3 Python best practices as JSON")], ...jsonMode, temperature: 0 }),
    );
    expect(plain.items).toHaveLength(3);
  });

  it("stays valid JSON at any temperature with named keys", async () => {
    for (let seed = 1; seed <= 15; seed++) {
      const content = await text({
        messages: [user("Give 4 tips for better sleep in JSON with keys tip, why and priority")],
        ...jsonMode,
        temperature: 2,
        seed,
      });
      expect(() => JSON.parse(content), content).not.toThrow();
    }
  });

  it("'in JSON, give me the X and Y of Z' makes X and Y the keys, with numbers as numbers; a skill's answer has no made-up topic", async () => {
    const element = JSON.parse(
      await text({ messages: [user("In JSON, give me the symbol and atomic number of potassium.")], temperature: 0 }),
    );
    expect(element).toEqual({ symbol: "K", atomic_number: 19 });
    const planet = JSON.parse(
      await text({ messages: [user("Tell me the diameter and number of moons of Neptune, as JSON")], temperature: 0 }),
    );
    expect(Object.keys(planet)).toEqual(["diameter", "number_of_moons"]);
    expect(typeof planet.number_of_moons).toBe("number");
    const sum = JSON.parse(await text({ messages: [user("Reply in JSON: what is 15 times 4?")], temperature: 0 }));
    expect(sum.topic).toBeUndefined();
    expect(JSON.stringify(sum)).toMatch(/\b60\b/);
  });
});
