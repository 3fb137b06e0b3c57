import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * The kinds of prompt the seventh blind set found declined or wrong in its forms: a mark from two
 * the instructions allow, a list given back on one line, a pick among things named earlier, lists
 * and tables the data or the user's own words fill, and word tasks a table computes. Prompts are
 * this file's own, one request at temperature 0 each.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system> | ReturnType<typeof assistant>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 3, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const ask = (prompt: string) => text([user(prompt)]);

describe("a mark from the two the instructions allow", () => {
  const marker = system("You check answers for a pub quiz. Reply only RIGHT or WRONG.");
  it.each([
    ["Question: how many sides does an octagon have? Answer: 8", "RIGHT"],
    ["Question: what is 9 times 6? Answer: 56", "WRONG"],
    ["Question: capital city of Kenya? Answer: Mombasa", "WRONG"],
    ["Question: what is the chemical symbol for iron? Answer: Fe", "RIGHT"],
  ])("%s", async (asked, mark) => {
    expect((await text([marker, user(asked)])).trim()).toBe(mark);
  });

  it("gives no mark to a question nothing works out", async () => {
    const reply = await text([marker, user("Question: what is the nicest colour? Answer: green")]);
    expect(reply).not.toMatch(/^(?:RIGHT|WRONG)$/);
  });
});

describe("a category from those the message lists", () => {
  it("keeps a two-word category whole", async () => {
    expect(
      await ask(
        "Sort this expense. Reply with just the category (transport, office supplies or housing): 'Ink cartridges'",
      ),
    ).toBe("office supplies");
  });
});

describe("lists given back in the layout asked", () => {
  it("keeps a sorted list on one line when asked for a comma-separated line", async () => {
    expect(
      await ask("sort these a to z and give them back on one comma-separated line: pears, kale, figs, dates"),
    ).toBe("dates, figs, kale, pears");
  });

  it("numbers a sorted list when asked for numbers", async () => {
    expect(await ask("sort alphabetically as a numbered list: walnut, almond, pecan")).toBe(
      "1. almond\n2. pecan\n3. walnut",
    );
  });
});

describe("picks", () => {
  it("keeps the label and width of a labelled range", async () => {
    expect(await ask("Pick one ticket at random between T-010 and T-040 for the prize draw.")).toMatch(
      /\bT-0(?:[1-3]\d|40)\b/,
    );
  });

  it("picks among the list the user gave in an earlier turn", async () => {
    const reply = await text([
      user("Saturday chores: the gutters, the shed, the windows and the hedge."),
      assistant("That's a busy Saturday!"),
      user("just pick one for me to start with"),
    ]);
    const named = ["gutters", "shed", "windows", "hedge"].filter((c) => reply.includes(c));
    expect(named).toHaveLength(1);
  });
});

describe("lists and tables from data or the user's words", () => {
  it("computes a scale's notes, each letter once", async () => {
    expect(await ask("list the notes of the D major scale, one per line")).toBe("D\nE\nF#\nG\nA\nB\nC#");
    expect(await ask("what are the notes of the F major scale?")).toMatch(/\bBb\b/);
  });

  it("names the Grand Tours", async () => {
    const reply = await ask("list the three grand tours of cycling");
    expect(reply).toMatch(/Giro d'Italia/);
    expect(reply).toMatch(/Vuelta a España/);
  });

  it("lays out a markdown table of the user's own rows", async () => {
    const reply = await ask("make a markdown table with columns Player and Score: Ana - 12, Ben - 9, Cleo - 15");
    expect(reply.split("\n")).toHaveLength(5);
    expect(reply).toMatch(/^\| Player \| Score \|/);
    expect(reply).toMatch(/\| Cleo \| 15 \|/);
  });

  it("writes quiz questions with their answers from the data", async () => {
    const reply = await text([
      user("Need a few questions for the kids' quiz at the club."),
      assistant("Sure, what topic?"),
      user("Space. Give me 4, numbered."),
    ]);
    expect(reply.split("\n")).toHaveLength(4);
    expect(reply).toMatch(/^1\. .+\?/);
    expect(reply).toMatch(/Answer:/);
  });

  it("finds the packing list of a trip named earlier", async () => {
    const reply = await text([
      user("Taking the kids to the beach tomorrow."),
      assistant("Sounds fun!"),
      user("give me 3 things we should bring, one per line"),
    ]);
    expect(reply.split("\n")).toHaveLength(3);
    expect(reply).toMatch(/Sunscreen|Sunglasses|hat|Water|towel/);
  });
});

describe("a text message in the lines asked", () => {
  it("writes greeting, news and closing on three lines", async () => {
    const reply = await ask("Write a 3-line text message to a client saying the parcel will arrive on Thursday.");
    const lines = reply.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Hi\b/);
    expect(reply).toMatch(/parcel will arrive on Thursday/);
  });
});

describe("word tasks and facts a table holds", () => {
  it("says a number in words", async () => {
    expect(await ask("how do I write 2,315 in words?")).toMatch(/two thousand three hundred fifteen/i);
    expect(await ask("how do I write 86 on a cheque?")).toMatch(/Eighty-six and 00\/100/);
  });

  it("unscrambles an anagram among the kind named", async () => {
    expect(await ask("unscramble this, it's a fruit: 'mpul'")).toMatch(/\bplum\b/);
  });

  it("compares two mountains by height", async () => {
    expect(await ask("Is Mont Blanc taller than the Matterhorn? yes or no")).toMatch(/^Yes\b/);
    expect(await ask("is Ben Nevis higher than Kilimanjaro? yes or no")).toMatch(/^No\b/);
  });

  it("reads a hedged fact question as the fact", async () => {
    expect(await ask("is a peanut really a nut? yes or no")).toMatch(/^No\b/);
  });
});
