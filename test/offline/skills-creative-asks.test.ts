import { describe, expect, it } from "vitest";
import { syllable } from "syllable";
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

/** A verse asked as the way to answer is written as that verse, or declined: never prose that ignores it. */
describe("verse as the way to answer", () => {
  const DECLINE = /offline model/;
  it("a fact asked of a system that answers in verse is declined, not said in prose", async () => {
    for (const rule of ["Answer every question as a haiku.", "Always reply in rhyming couplets."]) {
      const reply = await say([system(rule), user("What is the capital of Kenya?")], 0);
      expect(reply).toMatch(DECLINE);
      expect(reply).not.toMatch(/Nairobi/);
    }
  });

  it("a verse the templates can write under such a rule is written in its lines, five syllables first", async () => {
    const reply = await say(
      [system("You answer everything as a haiku."), user("Write a haiku about the autumn leaves")],
      0,
    );
    const lines = reply.split("\n").filter((l) => l.trim());
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/autumn leaves/i);
    expect(syllable(lines[0])).toBe(5);
  });

  it("'describe X in haiku form' is a haiku about X", async () => {
    const reply = await say("Describe the harbour in haiku form", 0);
    expect(reply.split("\n")).toHaveLength(3);
    expect(reply).toMatch(/harbour/i);
  });

  it("a poem about something the templates cannot hold is declined, not a poem about programming", async () => {
    for (const ask of [
      "Turn this into a poem: my train was cancelled and the rain came in sideways",
      "write a limerick my grandad would laugh at about his allotment shed falling down",
    ]) {
      const reply = await say(ask, 0);
      expect(reply).not.toMatch(/programming|terminal|cat sat/i);
    }
  });
});
