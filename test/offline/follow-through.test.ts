import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * A follow-up that works on the value of the last answer is asked again as a question that
 * stands alone, and only a skill that computes or looks up values may answer it. Prompts are
 * this file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed = 4) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";
const following = (question: string, answer: string, ask: string): Message[] => [
  user(question),
  assistant(answer),
  user(ask),
];

describe("follow-ups on the last answer's value", () => {
  it("computes on the number it gave, and converts its quantity", async () => {
    expect(await text(following("What is 14 times 6?", "14 times 6 is 84.", "Now divide that by 4."))).toMatch(
      /\b21\b/,
    );
    expect(await text(following("What is 14 times 6?", "84.", "And triple it?"))).toMatch(/\b252\b/);
    expect(await text(following("What is 9 times 8?", "9 times 8 is 72.", "And divided by 6?"))).toMatch(/\b12\b/);
    expect(await text(following("What is 9 times 8?", "72.", "Plus 8?"))).toMatch(/\b80\b/);
    expect(await text(following("What is 14 times 6?", "84.", "Is that an even number?"))).toMatch(/^Yes/);
    expect(
      await text(following("How long is the course?", "The course is 10 km long.", "What's that in miles?")),
    ).toMatch(/6\.2/);
  });

  it("asks about the name it gave, or the Nth item of its list", async () => {
    const capital = ["Which city is Ghana's capital?", "The capital of Ghana is Accra."] as const;
    expect(await text(following(...capital, "How many letters does it have?"))).toMatch(/\b5\b/);
    expect(await text(following(...capital, "What continent is it on?"))).toMatch(/Africa/);
    const three = ["Name three countries.", "Chile, Egypt and Norway."] as const;
    expect(await text(following(...three, "What's the capital of the third one?"))).toMatch(/Oslo/);
    const capitals = await text(following(...three, "What are their capitals?"));
    expect(capitals).toMatch(/Santiago[\s\S]*Cairo[\s\S]*Oslo/);
    expect(await text(following("What's the chemical symbol for iron?", "Fe.", "And for copper?"))).toMatch(/\bCu\b/);
    expect(await text(following("What's 30% of 90?", "30% of 90 is 27.", "And 40%?"))).toMatch(/\b36\b/);
    expect(await text(following("Convert 8 km to miles.", "8 km is about 4.97 miles.", "And 20 km?"))).toMatch(/12\.4/);
  });

  it("says yes to 'are you sure?' only when working it out again agrees", async () => {
    expect(await text(following("What is 6 times 7?", "6 times 7 is 42.", "Are you sure?"))).toMatch(/^Yes\. .*42/);
    expect(await text(following("What is 6 times 7?", "6 times 7 is 41.", "Are you sure?"))).not.toMatch(/^Yes/);
  });
});
