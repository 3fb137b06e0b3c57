import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

const text = async (params: Record<string, unknown>) => (await complete(params)).choices[0].message.content ?? "";
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("offline model: greetings and short instructions get a fitting short reply", () => {
  it("'Say hello in N words' greets in at most N words, a whole phrase", async () => {
    for (const [prompt, limit] of [
      ["Say hello in five words.", 5],
      ["Say hello in 3 words", 3],
      ["Write a one-word greeting.", 1],
      ["Say goodbye in five words.", 5],
    ] as const) {
      for (const params of [{ temperature: 0 }, { seed: 1 }, { seed: 2 }]) {
        const reply = await text({ messages: [user(prompt)], ...params });
        expect(wordCount(reply), `${prompt} -> ${reply}`).toBeLessThanOrEqual(limit);
        expect(reply, `${prompt} -> ${reply}`).toMatch(/^(Hello|Hi|Goodbye)\b/);
        expect(reply, "no list numbering, no dangling word").not.toMatch(/^\d\.|\b(how|can|and|the)\.$/i);
      }
    }
  });

  it("a short greeting stays a greeting after another topic, and the model can introduce itself", async () => {
    const reply = await text({
      messages: [
        user("Write a tagline for a coffee shop"),
        assistant("Brewed with care, poured with heart."),
        user("Say hello in five words."),
      ],
      temperature: 0,
    });
    expect(reply).toMatch(/^(Hello|Hi)\b/);
    expect(await text({ messages: [user("Introduce yourself in one sentence.")], temperature: 0 })).toMatch(
      /^I'm .*offline/,
    );
  });

  it("a word limit that cuts a passage ends on a whole phrase", async () => {
    const reply = await text({ messages: [user("Describe Paris in five words")], temperature: 0 });
    expect(wordCount(reply)).toBeLessThanOrEqual(5);
    expect(reply).not.toMatch(/\b(the|of|is|and)\.$/i);
  });
});
