import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

type Message = ReturnType<typeof user> | ReturnType<typeof system>;
const say = async (messages: Message[] | string, temperature?: number) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      ...(temperature === undefined ? {} : { temperature }),
      messages: typeof messages === "string" ? [user(messages)] : messages,
    })
  ).choices[0].message.content ?? "";

/** A creative piece asked for is written, or declined: never advice about writing one, never names for another thing. */
describe("creative asks a learner tries first", () => {
  it("writes a story when asked for one, not advice on how to write one", async () => {
    for (const ask of [
      "Tell me a bedtime story.",
      [system("You are my grandpa."), user("Tell me a story.")],
    ] as const) {
      const reply = await say(ask as Message[] | string, 0);
      expect(reply).not.toMatch(/\bstructure helps\b|\bbeginning that sets up\b/);
    }
  });

  it("a story keeps the premise asked: the fear is faced, the skill is learnt, the wish comes true", async () => {
    const fear = await say("Write a short story about a hedgehog who is scared of thunder.", 0);
    expect(fear).toMatch(/hedgehog/i);
    expect(fear).toMatch(/afraid of thunder|scared of thunder/);
    const skill = await say("Tell me a story about a penguin learning to skate", 0);
    expect(skill).toMatch(/learn to skate/);
    expect(skill).toMatch(/could finally skate/);
    expect(await say("Write a story about a snail who wants to win a race", 0)).toMatch(/wanted to win a race/);
  });

  it("tells an eerie two-sentence story about a thing when none is named", async () => {
    const reply = await say("Give me a two-sentence scary story.", 0);
    expect(reply.split(/(?<=[.!?])\s+/).filter(Boolean)).toHaveLength(2);
    expect(reply).toMatch(/music box/);
  });

  it("names what it is asked to name, wherever the thing stands", async () => {
    const band = await say("Give me four band name ideas.", 0);
    expect(band).not.toMatch(/\b(?:Bean|Brew|Roast|Grind|Cup)\b/);
    expect(band.split("\n")).toHaveLength(4);
    const robots = await say("Brainstorm some robot names.", 0);
    expect(robots).not.toMatch(/\bcup club\b|\bshops?\b/i);
  });
});
