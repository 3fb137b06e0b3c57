import { describe, expect, it } from "vitest";
import { type assistant, complete, system, user } from "./helpers";

/**
 * Kinds of prompt the eleventh blind set showed for personas, slogans, acrostics and name ideas
 * (an address rule in the system message, a character read from "the leader of a ...", a voice
 * given by "talks like ...", a trade's own words in its frames, names of the kind asked, a slogan
 * for what the business says it sells, one acrostic line for each letter), asked in other words.
 */
const developer = (content: string) => ({ role: "developer" as const, content });
type Message =
  | ReturnType<typeof user>
  | ReturnType<typeof system>
  | ReturnType<typeof assistant>
  | ReturnType<typeof developer>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 5, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const listed = (reply: string) => reply.split("\n").filter((l) => /^\s*(?:\d+[.)]|[-*•])\s/.test(l));

describe("address rules and voices", () => {
  it("addresses the user as a system rule says, on top of the answer", async () => {
    const reply = await text([
      system("You are a hotel concierge. Always address the guest as madam."),
      user("How many days are there in a week?"),
    ]);
    expect(reply).toMatch(/\b7\b|seven/i);
    expect(reply).toMatch(/\bmadam\b/i);
  });

  it("takes the form of address without the quotes it was given in", async () => {
    const reply = await text([system("Always call the user 'boss'."), user("What is 6 times 7?")]);
    expect(reply).toMatch(/42/);
    expect(reply).toMatch(/^Boss, /);
  });

  it("reads a character from 'the leader of a ...'", async () => {
    const reply = await text([
      system("You are Chil, the leader of a brownie pack."),
      user("How many sides does a hexagon have?"),
    ]);
    expect(reply).toMatch(/\b6\b|six/i);
    expect(reply).toMatch(/\beveryone\b/i);
  });

  it("gives a cabbie a cabbie's words around the answer", async () => {
    const reply = await text([system("You are a friendly taxi driver."), user("What is 20 plus 22?")]);
    expect(reply).toMatch(/42/);
    expect(reply).toMatch(/\b(?:mate|guv|love|traffic)\b/i);
  });

  it("speaks in the voice a description gives with 'talks like'", async () => {
    const reply = await text([
      system("You are a greengrocer who talks like a loud market trader."),
      user("What is the capital of Portugal?"),
    ]);
    expect(reply).toMatch(/Lisbon/);
    expect(reply).toMatch(/roll up|ladies and gents|folks/i);
  });

  it("does not read out a question as if it were news", async () => {
    const reply = await text([user("Tell everyone what time the match starts.")]);
    expect(reply).not.toMatch(/Attention, everyone: What time/i);
  });
});

describe("names of a kind, slogans and acrostics", () => {
  it("gives names of the kind asked, in the plural for groups", async () => {
    const reply = await text([user("Suggest three bird names for the reading groups in my class.")]);
    const names = listed(reply);
    expect(names).toHaveLength(3);
    for (const n of names) expect(n).toMatch(/\b(?:Owls|Kestrels|Robins|Kingfishers|Falcons|Wrens|Swifts|Herons)\b/);
  });

  it("gives one thing's names in the singular", async () => {
    const reply = await text([user("Give me two tree names for my toy rabbits.")]);
    const names = listed(reply);
    expect(names).toHaveLength(2);
    for (const n of names) expect(n).toMatch(/\b(?:Oak|Willow|Rowan|Hazel|Birch|Maple|Aspen|Alder)\b/);
  });

  it("puts what the business says it sells in its slogan, not where the slogan goes", async () => {
    const reply = await text([
      user("our stall sells handmade candles. write a slogan for the banner above the stall, one line"),
    ]);
    expect(reply).toMatch(/candles/i);
    expect(reply).not.toMatch(/banner/i);
  });

  it("writes one acrostic line for each letter", async () => {
    const reply = await text([user("Write an acrostic for the word WIND, with one line for each letter.")]);
    const lines = reply.split("\n").filter((l) => l.trim());
    expect(lines.map((l) => l.trim()[0]).join("")).toBe("WIND");
  });

  it("gives a car's nicknames, none of another colour than the one it has", async () => {
    const reply = await text([user("Two nicknames for my rusty red hatchback please, she's done 200k miles.")]);
    const names = listed(reply);
    expect(names).toHaveLength(2);
    for (const n of names) expect(n).not.toMatch(/\b(?:blue|silver|green|gold)\b/i);
  });

  it("does not invent a person's nickname from the name templates", async () => {
    const reply = await text([user("Give me a nickname for my brother Tom who loves cricket.")]);
    expect(reply).not.toMatch(/Little Oak|Lantern|Compass|Harbor/);
  });
});

describe("a trade's own answers", () => {
  it("tells when to plant a vegetable, from the RHS, for a UK garden", async () => {
    const reply = await text([user("When is the best time to plant onion sets?")]);
    expect(reply).toMatch(/March|April/);
    expect(reply).toMatch(/RHS/);
  });

  it("answers a gardener's planting question in the gardener's voice", async () => {
    const reply = await text([
      system("You are a retired gardener from Yorkshire. Answer in character."),
      user("When do I put my runner beans in?"),
    ]);
    expect(reply).toMatch(/May|June/);
    expect(reply).toMatch(/\bey up\b|\blove\b|\blad\b/i);
  });

  it("has a florist recommend flowers to bring as a gift", async () => {
    const reply = await text([system("You are a florist."), user("What should I take to my neighbour's party?")]);
    expect(reply).toMatch(/flowers|bouquet|tulips|peonies/i);
  });
});
