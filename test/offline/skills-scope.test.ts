/**
 * A system message that keeps the assistant to one subject is obeyed: a question off it gets a
 * polite refusal (in the system message's own words when it gives them), never the answer; a
 * question on it, or a greeting, goes on as usual.
 */
import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

const say = async (rule: string, question: string) =>
  (await complete({ messages: [system(rule), user(question)], temperature: 0 })).choices[0].message.content ?? "";

describe("a system message that keeps to one subject", () => {
  const cooking = "You are a kitchen helper. Only answer questions about cooking; politely decline anything else.";

  it("refuses a question off the subject instead of answering it", async () => {
    const reply = await say(cooking, "What is the capital of Chile?");
    expect(reply).not.toMatch(/Santiago/);
    expect(reply).toMatch(/cooking/);
  });

  it("uses the refusal the system message words itself", async () => {
    const rule =
      'You help with maths homework only. Do not answer questions unrelated to maths. Say "Let\'s stick to maths!"';
    expect(await say(rule, "Who painted the Mona Lisa?")).toBe("Let's stick to maths!");
  });

  it("answers a question on the subject, and a greeting, as usual", async () => {
    expect(await say("Only help with maths questions.", "What is 15 times 4?")).toMatch(/\b60\b/);
    expect(await say(cooking, "Hello!")).not.toMatch(/only|cooking/i);
  });
});
