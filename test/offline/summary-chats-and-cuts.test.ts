import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/**
 * A pasted group chat ("Name: text" lines) is summarised as what the group decided and who does
 * what, with no speaker labels left in; a cut never ends inside a date, a number or a name; and
 * every point is a whole statement.
 */
const ask = async (prompt: string) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 7,
      temperature: 0,
      messages: [user(prompt)],
    })
  ).choices[0].message.content ?? "";

describe("a group chat is summarised as decisions and tasks", () => {
  it("what was settled, and who brings what, without 'Name:' labels", async () => {
    const reply = await ask(
      "Can you summarise this chat? What did we agree?\n\nMia: are we meeting for the book club on Tuesday or Wednesday?\nTom: Wednesday is better for me, I have football on Tuesday\nMia: ok Wednesday.\nJo: I will bring the snacks\nTom: I will send everyone the reading list",
    );
    expect(reply).toMatch(/Wednesday/);
    expect(reply).toMatch(/book club/);
    expect(reply).toMatch(/Jo will bring the snacks/);
    expect(reply).not.toMatch(/\b(?:Mia|Tom|Jo):/);
  });

  it("a task asked of someone and accepted is theirs; bullets are whole statements", async () => {
    const reply = await ask(
      "Summarize in 3 bullet points:\n\nKim: Hi team, the Q3 report is due on 30 September.\nLuis: I'll write the sales section.\nKim: Luis, can you also add the charts?\nLuis: Sure.\nAda: I'll proofread it by 28 September.",
    );
    const points = reply.split("\n").filter((l) => l.startsWith("- "));
    expect(points).toHaveLength(3);
    expect(reply).toMatch(/30 September/);
    expect(reply).toMatch(/Luis will write the sales section and add the charts/);
    expect(reply).not.toMatch(/Kim:|Hi team/);
  });
});

describe("a cut never splits a date or a time span", () => {
  it("a moved date keeps both days", async () => {
    const reply = await ask(
      "Summarize this in under 25 words: The school play has been moved from May 8 to May 22 because the hall is being painted, so tickets bought for May 8 are still valid.",
    );
    expect(reply).toMatch(/May 22/);
    expect(reply).not.toMatch(/\bMay\.|\bMay,/);
  });

  it("a clock time with no half of the day is not given one", async () => {
    const reply = await ask(
      "Give me a one sentence summary: Dear families, on Friday 6 June the choir will sing at the Town Hall. The bus leaves at 9:15 and we get back by 4:45. Please pack a snack.",
    );
    expect(reply).not.toMatch(/4:45am|9:15am/);
    expect(reply).not.toMatch(/\bthe Town\b(?! Hall)/);
  });
});
