/**
 * A learner tells the model something rather than asking: their news, a shortfall, an announcement
 * to pass on. The reply is made of the message's own words (grounded), never a decline and never an
 * unrelated passage; a persona says it in its voice.
 */
import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

async function say(messages: { role: "system" | "user"; content: string }[] | string): Promise<string> {
  const list = typeof messages === "string" ? [user(messages)] : messages;
  const r = await complete({ messages: list, temperature: 0 });
  return r.choices[0].message.content ?? "";
}

describe("news and announcements", () => {
  it("tells good news and a shortfall back in the second person", async () => {
    const good = await say("I finally fixed the leaking tap in the bathroom");
    expect(good).toMatch(/You finally fixed the leaking tap in the bathroom/);
    const short = await say("only did 10 pushups instead of 30 today... feel so lazy");
    expect(short).toMatch(/You did 10 pushups instead of 30 today/);
    expect(short).not.toMatch(/offline model/);
  });

  it("leaves a request or a worry beside the telling to the other skills", async () => {
    expect(await say("I'm starting a chess club. Suggest 3 names for it.")).not.toMatch(/You're starting a chess club/);
    expect(await say("I just failed my exam, I'm so stressed")).not.toMatch(/Every bit counts|still counts/);
  });

  it("passes an announcement on, in a town crier's voice when asked", async () => {
    expect(await say("announce that the bake sale moved to Friday")).toMatch(/everyone: The bake sale moved to Friday/);
    const crier = await say([system("You are a town crier."), user("tell everyone that the market opens at nine")]);
    expect(crier).toMatch(/Hear ye|Oyez|Hark/);
    expect(crier).toMatch(/market opens at nine/i);
  });
});

describe("small shapes of a reply", () => {
  it("a persona named by 'You play Tim, a nervous intern', a yes or no then a sentence, and a brolly is an umbrella", async () => {
    const tim = await say([
      system("You play Sam, a very nervous new waiter who apologises a lot."),
      user("Sam, what is 14 times 3?"),
    ]);
    expect(tim).toMatch(/\b42\b/);
    expect(tim).toMatch(/\b(?:sorry|um|uh|oh)\b/i);
    const dolphin = await say("yes or no first, then one sentence: is a dolphin a fish?");
    expect(dolphin).toMatch(/^No\.\s+\S.*mammal/);
  });
});

describe("what a joke is about", () => {
  it("is the word before 'joke', not who it is for", async () => {
    const joke = await say("tell me a fishing joke for my grandad's club newsletter");
    expect(joke).toMatch(/fisher/i);
    expect(joke).not.toMatch(/newsletter/i);
  });
});

describe("a review's tone", () => {
  it("reads a lumpy bed and a tiny room beside a great breakfast as mixed", async () => {
    const r = await say([
      system("You classify hotel reviews. Reply with exactly one word: positive, negative or mixed."),
      user("The room was tiny and the pillows were lumpy, but the staff were lovely."),
    ]);
    expect(r.trim().toLowerCase()).toMatch(/^mixed\.?$/);
  });
});
