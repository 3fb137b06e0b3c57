/**
 * Everyday messages in the learner's voice: the email, text or tweet asked for, saying what the
 * request said (who, what, when) and leaving what only the learner knows as a [placeholder].
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

const say = async (prompt: string, seed = 3) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed, messages: [user(prompt)] })).choices[0].message
    .content ?? "";

describe("messages skill", () => {
  it("an email that asks: a subject line, the request in the writer's words, a placeholder for each name", async () => {
    const text = await say("Could you draft an email to my supervisor asking for Thursday afternoon off?");
    expect(text).toMatch(/^Subject: .*Thursday afternoon off/);
    expect(text).toContain("[Supervisor's name]");
    expect(text).toMatch(/ask for Thursday afternoon off/);
    expect(text).toMatch(/\[Your name\]\s*$/);
  });

  it("a text to one person says 'you' to them, in the sentences asked", async () => {
    const text = await say("Write a one-sentence text to my brother saying I'll meet him at the station.");
    expect(text).toMatch(/^Hi \[Brother's name\], /);
    expect(text).toMatch(/meet you at the station/);
    expect(text.split(/(?<=[.!?])\s+/)).toHaveLength(1);
  });

  it("a tweet announcing or inviting says the news the request gave, in a line", async () => {
    const news = await say("Write a tweet announcing our new library café opening next Tuesday.");
    expect(news).toMatch(/library café is opening next Tuesday/i);
    expect(news).not.toMatch(/\n|Subject/);
    expect(await say("write a tweet inviting the neighbours to a street party on Saturday")).toMatch(
      /street party on Saturday/,
    );
  });

  it("an apology or bad news gets no cheerful closing", async () => {
    const text = await say("Write an email to the team announcing that the lift is out of order until Friday.");
    expect(text).toMatch(/lift is out of order until Friday/);
    expect(text).not.toMatch(/can't wait|Spread the word/);
  });

  it("a message with no purpose asks what it is for, instead of writing about something else", async () => {
    const text = await say("Write an email to my landlord.");
    expect(text).toMatch(/\?/);
    expect(text).toMatch(/landlord/);
    expect(text).not.toMatch(/Subject:/);
  });

  it("'missing class' in an apology is no programming class", async () => {
    expect(await say("Write a short email to my tutor apologising for missing class on Monday.")).toMatch(
      /missing class on Monday/,
    );
  });
});
