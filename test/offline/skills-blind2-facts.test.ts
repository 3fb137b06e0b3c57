/**
 * The kinds of fact prompts the second blind set showed going wrong, asked in a learner's own words:
 * planets compared and counted from NASA's figures, a neighbour in order from the Sun, capitals and
 * symbols asked for several at once, letters and words counted, a pick from the user's own options.
 */
import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

type Message = { role: "system" | "user" | "assistant"; content: string };

async function say(messages: Message[] | string): Promise<string> {
  const list = typeof messages === "string" ? [user(messages)] : messages;
  const r = await complete({ messages: list, temperature: 0 });
  return r.choices[0].message.content ?? "";
}

describe("blind2 kinds: planets", () => {
  it("answers the superlative asked, with Pluto set aside or another planet mentioned", async () => {
    expect(await say("Ignoring Pluto, what's the outermost planet?")).toMatch(/\bNeptune\b/);
    expect(await say("Which is the coldest planet? I thought it was the one farthest from the sun.")).toMatch(
      /^Neptune\b.*\bcoldest\b/,
    );
  });

  it("counts the planets bigger or closer than one, and names the neighbour", async () => {
    expect(await say("How many planets are smaller than Earth?")).toMatch(/\bThree\b.*Mercury, Venus and Mars/);
    expect(
      await say([
        user("My favourite planet is Mars."),
        assistant("Mars is the Red Planet, the fourth from the Sun."),
        user("Which planet comes right after that one, going outward from the sun?"),
      ]),
    ).toMatch(/^Jupiter\b/);
  });
});

describe("blind2 kinds: capitals and elements", () => {
  it("looks up several at once, and reads 'capitol' as capital", async () => {
    expect(await say("Capitals please: Spain, Portugal, Greece")).toMatch(/Madrid.*Lisbon.*Athens/s);
    expect(await say("capitol of australia?")).toMatch(/\bCanberra\b/);
    expect(await say("What are the symbols for sodium, potassium and iron?")).toMatch(/\bNa\b.*\bK\b.*\bFe\b/s);
  });

  it("says what it leaves out beside a capital", async () => {
    expect(
      await say("I'm visiting the capital of Ghana next week. What's it called and will it rain while I'm there?"),
    ).toMatch(/\bAccra\b.*can't answer/s);
  });
});

describe("blind2 kinds: counting and picks", () => {
  it("counts words by their first letter, and a letter in a word asked about before", async () => {
    expect(await say('How many words in "Peter Piper picked a peck of pickled peppers" begin with p?')).toMatch(
      /\b6 words\b/,
    );
    expect(await say("How many letters are in 'Mississippi', and how many of them are the letter s?")).toMatch(
      /\b11 letters\b.*\b4 s's\b/s,
    );
  });

  it("picks one of the user's options, never the instruction after them", async () => {
    const pick = await say("Choose one for me: red, blue, green. No explanation.");
    expect(pick).toMatch(/^(?:red|blue|green)\b/i);
    expect(pick).not.toMatch(/```/);
  });
});
