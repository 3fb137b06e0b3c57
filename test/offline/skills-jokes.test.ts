import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/** A joke about any subject is shaped like one (a question and its punchline) and names the subject, at any temperature. */
const ask = async (prompt: string, temperature?: number) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 11,
      ...(temperature === undefined ? {} : { temperature }),
      messages: [user(prompt)],
    })
  ).choices[0].message.content ?? "";

describe("jokes about any subject", () => {
  it.each(["a garden gnome", "tax returns", "a rainy picnic"])("about %s", async (subject) => {
    for (const temperature of [0, undefined]) {
      const text = await ask(`Tell me a joke about ${subject}.`, temperature);
      expect(text, text).toMatch(/\?\s+\S/);
      expect(text.toLowerCase()).toContain(subject.replace(/^a /, "").split(" ")[0]);
    }
  });

  it("keeps a gerund subject whole ('learning to swim')", async () => {
    expect(await ask("Tell me a joke about learning to swim.", 0)).toContain("learning to swim");
  });

  it("a joke named by its subject ('a cycling joke') is about that subject's people, whoever it is for", async () => {
    const kind = await ask("got a cycling joke I can tell the new members at the club?", 0);
    expect(kind).toMatch(/\bcyclist\b/);
    expect(kind).not.toMatch(/\bmembers?\b/);
    expect(await ask("Tell me a joke about sailing.", 0)).toMatch(/\bsailor\b/);
  });
});

describe("knock-knock jokes", () => {
  it("one about a subject says the subject, or is declined; a riddle joke is not one", async () => {
    expect(await ask("Write a knock-knock joke about bananas", 0)).toMatch(/^Knock, knock\.[\s\S]*banana/);
    const none = await ask("Tell me a knock-knock joke about submarines", 0);
    expect(none).toMatch(/offline model/);
    expect(await ask("tell me a knock knock joke", 0)).toMatch(/^Knock, knock\.\nWho's there\?/);
  });
});
