import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

const ask = async (content: string) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", temperature: 0, messages: [user(content)] }))
    .choices[0].message.content ?? "";

/** A list the learner pastes is worked on as given, wherever the instruction stands. */
describe("a list the user gives", () => {
  it("sorts it when the instruction follows the list", async () => {
    const reply = await ask("My packing list: towel, sunscreen, book, hat. Please sort it alphabetically.");
    expect(reply.split(/\n|,\s*/).map((s) => s.trim())).toEqual(["book", "hat", "sunscreen", "towel"]);
  });

  it("sorts numbers by value, in either direction", async () => {
    expect(await ask("Order these from largest to smallest: 12, 7, 30, 1")).toBe("30, 12, 7, 1");
    expect(await ask("Sort these numbers from smallest to largest: 12, 7, 30, 1")).toBe("1, 7, 12, 30");
  });

  it("bullets, numbers and counts the items", async () => {
    expect(await ask("Make this a bulleted list: water plants, feed cat, post letter.")).toBe(
      "- water plants\n- feed cat\n- post letter",
    );
    expect(await ask("How many items are on this list: rice, beans, salt, oil, tea?")).toMatch(/\b5 items\b/);
    // Counted as the things asked about.
    expect(await ask("How many guests is that: Ana, Ben, Cleo, Dev?")).toMatch(/\b4 guests\b/);
  });

  it("computes the average and total of the numbers given", async () => {
    expect(await ask("My test scores: 72, 88, 95, 81. What's the average?")).toMatch(/\b84\b/);
    expect(await ask("Expenses this week: 12, 30, 8. What is the total?")).toMatch(/\b50\b/);
  });

  it("pulls the numbers out of a quoted text, and reverses a list's order, not its letters", async () => {
    expect(await ask('Extract the numbers from: "Flat 4, 22 Hill Road, 3 bedrooms"')).toBe("4, 22, 3");
    expect(await ask("Reverse the order of this list: red, green, blue.")).toBe("blue, green, red");
  });
});

describe("asks that look like others", () => {
  it("never answers ideas for anything with a business's marketing ideas", async () => {
    for (const asked of ["Any ideas for a rainy Sunday with kids?", "I need gift ideas for my sister."])
      expect(await ask(asked)).not.toMatch(/loyalty card|regulars|passers-by|customers/i);
    expect(await ask("Give me 3 ideas to bring more customers into my flower shop.")).toMatch(/^1\. /);
  });

  it("reads 'the main idea of this text' as a question about the text, not a request for ideas", async () => {
    expect(
      await ask('What is the main idea here? "Cats sleep most of the day to save energy for hunting."'),
    ).not.toMatch(/loyalty card|regulars|passers-by/i);
  });

  it("does not label a text it is asked to rewrite", async () => {
    expect(await ask('Rewrite this more formally: "gonna be late, sorry!!"')).not.toMatch(/^Informal\b/);
  });
});

describe("a reply in emojis only", () => {
  it("greets in emoji, and says plainly what emoji cannot carry", async () => {
    const greet = await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      temperature: 0,
      messages: [
        { role: "system", content: "Only ever answer with emojis." },
        { role: "user", content: "Hi there!" },
      ],
    });
    expect(greet.choices[0].message.content).toMatch(/^\p{Extended_Pictographic}/u);
    expect(greet.choices[0].message.content).not.toMatch(/[a-z]/i);
    expect(await ask("Explain how sorting algorithms compare, in emojis only.")).toMatch(/offline model/);
  });
});

describe("a list the user gave in an earlier turn", () => {
  const later = async (said: string, ask: string) =>
    (await complete({ messages: [user(said), assistant("Noted!"), user(ask)], temperature: 0 })).choices[0].message
      .content ?? "";

  it("is given back in the layout or order asked, never a passage about lists", async () => {
    const said = "For the picnic I've got rugs, lemonade, sandwiches, a frisbee and sun cream.";
    expect(await later(said, "Could you give my list back as a numbered list?")).toBe(
      "1. rugs\n2. lemonade\n3. sandwiches\n4. frisbee\n5. sun cream",
    );
    expect(await later(said, "sort my list alphabetically please")).toMatch(
      /^frisbee\nlemonade\nrugs\nsandwiches\nsun cream$/,
    );
  });
});

describe("a text of several sentences turned into steps", () => {
  it("is cut at its sentences, never at the commas of its first one", async () => {
    const text =
      "Turn this into numbered steps: For the dressing, whisk oil with lemon and a pinch of salt. Toss the leaves in it. Scatter the seeds on top.";
    expect(await ask(text)).toBe(
      "1. For the dressing, whisk oil with lemon and a pinch of salt\n2. Toss the leaves in it\n3. Scatter the seeds on top",
    );
  });

  it("asked for fewer steps than it has sentences, it is declined rather than lose one", async () => {
    const text =
      "Turn this into 2 numbered steps: For the dressing, whisk oil with lemon and a pinch of salt. Toss the leaves in it. Scatter the seeds on top.";
    expect(await ask(text)).toMatch(/offline model/);
  });
});
