import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

const text = async (params: Record<string, unknown>) => (await complete(params)).choices[0].message.content ?? "";
const TAGLINE = "Brewed with care, poured with heart.";

describe("offline model: the last message decides, earlier turns resolve what it leaves open", () => {
  it("a summary a system message carries is context, not a request to summarize", async () => {
    for (const carried of [
      "You are a helpful assistant. Previous conversation summary: the user asked about Python decorators and how they wrap functions.",
      "Summary of the earlier conversation: the user asked about Python decorators.",
    ]) {
      const ml = await text({ messages: [system(carried), user("Explain machine learning")], temperature: 0 });
      expect(ml, "a new question is answered, not summarized").toMatch(/^Machine learning/);
      expect(ml).not.toMatch(/The conversation was about/);
      // ...and the carried summary still tells a follow-up what "it" is.
      const example = await text({
        messages: [system(carried), user("Can you show me a simple example?")],
        temperature: 0,
      });
      expect(example).toContain("```python");
      expect(example).toContain("@");
    }
  });

  it("an instruction to summarize still summarizes, from the user or the system message", async () => {
    const history = [
      user("What's the capital of France?"),
      assistant("The capital of France is Paris, on the river Seine."),
    ];
    expect(
      await text({ messages: [system("Summarize this conversation."), ...history, user("Thanks!")], temperature: 0 }),
    ).toMatch(/^The user asked what the capital of France is; the assistant answered that .*Paris/);
    expect(
      await text({ messages: [...history, user("Please give me a short summary of our chat.")], temperature: 0 }),
    ).toMatch(/Paris/);
  });

  it("after a tagline, a new question gets its own answer, not another tagline", async () => {
    const after = (question: string, seed: number) =>
      text({ messages: [user("Write a tagline for a coffee shop"), assistant(TAGLINE), user(question)], seed });
    for (let seed = 1; seed <= 4; seed++) {
      expect(await after("Explain machine learning", seed)).toMatch(/machine learning/i);
      expect(await after("Tell me about Paris", seed)).toMatch(/Paris|France/);
      expect(await after("Give me some health tips", seed)).not.toMatch(/coffee|cup|brew/i);
      expect(await after("Thanks!", seed)).toMatch(/welcome|help/i);
    }
    expect(
      await text({
        messages: [user("Write a tagline for a coffee shop"), assistant(TAGLINE), user("Explain machine learning")],
        temperature: 0,
      }),
    ).toMatch(/^Machine learning/);
  });

  it("follow-ups that point back stay on topic", async () => {
    expect(
      await text({
        messages: [user("Write a tagline for a coffee shop"), assistant(TAGLINE), user("Give me another one.")],
        temperature: 0,
      }),
    ).not.toMatch(/machine|Paris/);
    const paris = [
      user("What's the capital of France?"),
      assistant("The capital of France is Paris."),
      user("Tell me more about it."),
    ];
    expect(await text({ messages: paris, temperature: 0.7, seed: 3 })).toMatch(/Paris|Seine|Louvre|French/);
  });
});
