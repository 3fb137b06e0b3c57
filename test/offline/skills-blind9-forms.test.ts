import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * A form rule in the instructions governs every reply, facts too; a follow-up that reshapes the
 * last reply keeps all of it; the conversation says what "its" and "which one" mean; and labels,
 * closed sets and yes-or-no claims are answered from lists and tables the reader can check.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system> | ReturnType<typeof assistant>;
const developer = (content: string) => ({ role: "developer" as const, content });
const text = async (messages: (Message | ReturnType<typeof developer>)[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 3, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const ask = (prompt: string) => text([user(prompt)]);

describe("a form rule from the instructions governs fact replies", () => {
  it.each([
    [developer("Reply with a single word and nothing else."), "What is the capital of Norway?", /^Oslo\.?$/],
    [system("Answer in a single word."), "Which planet has the Great Red Spot?", /^Jupiter\.?$/],
    [system("One word answers only."), "What is the chemical symbol for silver?", /^Ag\.?$/],
    [system("You are a calculator. Reply with only the resulting number."), "81 / 9", /^9$/],
    [system("Respond with just the number."), "How many planets are in the solar system?", /^8$/],
  ])("%o: %s", async (rule, question, want) => {
    expect((await text([rule, user(question)])).trim()).toMatch(want);
  });

  it("an assistant to a teacher has no teacher's voice, and a one-per-line list keeps its lines", async () => {
    const reply = await text([
      system("You are a physics teacher's assistant. Follow formatting instructions exactly."),
      user("List three halogens, one per line, no extra text."),
    ]);
    const lines = reply.trim().split("\n");
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^(?:Fluorine|Chlorine|Bromine|Iodine|Astatine)$/);
  });
});

describe("follow-ups that reshape the last reply", () => {
  it("'three words max' cuts the slogan to its leading words", async () => {
    const reply = await text([
      user("A slogan for my bike repair shop, please."),
      assistant("Fast fixes, fair prices, happy riders!"),
      user("Shorter please, three words max."),
    ]);
    expect(reply.trim().split(/\s+/).length).toBeLessThanOrEqual(3);
    expect(reply).toMatch(/fixes/i);
  });

  it("'now put it all in capital letters' upper-cases the whole reply", async () => {
    const reply = await text([
      user("Write a two-line sign for the office fridge."),
      assistant("Label your lunch with your name,\nor someone else may stake a claim!"),
      user("Perfect, now put it all in capital letters."),
    ]);
    expect(reply).toBe("LABEL YOUR LUNCH WITH YOUR NAME,\nOR SOMEONE ELSE MAY STAKE A CLAIM!");
  });

  it("'and the capitals?' is no request for capital letters", async () => {
    const reply = await text([
      user("Name two countries in Europe."),
      assistant("Spain and Portugal."),
      user("and the capitals?"),
    ]);
    expect(reply).not.toMatch(/^SPAIN AND PORTUGAL/);
  });
});

describe("the conversation says what is asked", () => {
  it("'whats its capital city' after a country is named", async () => {
    const reply = await text([
      user("Our class project this week is about Peru."),
      assistant("Great choice! What would you like to know?"),
      user("whats its capital city"),
    ]);
    expect(reply).toMatch(/Lima/);
  });

  it("'which one comes right after Venus?' after a list of planets", async () => {
    const reply = await text([
      user("We're learning the planets in order."),
      assistant("Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune."),
      user("ok and which one comes right after Venus?"),
    ]);
    expect(reply).toMatch(/Earth/);
  });

  it("'which one of those is the lightest?' after the alkali metals", async () => {
    const reply = await text([
      user("Today we're covering the alkali metals."),
      assistant("They are lithium, sodium, potassium, rubidium, caesium and francium."),
      user("Which one of those is the lightest?"),
    ]);
    expect(reply).toMatch(/lithium/i);
  });

  it("'the capital of canada, which city is that again?'", async () => {
    expect(await ask("my sister is moving to the capital of canada, which city is that again?")).toMatch(/Ottawa/);
  });
});

describe("claims, labels and closed sets from checkable data", () => {
  it.each([
    ["Is Mars the fourth planet from the sun? Yes or no.", /^Yes\b/],
    ["Is Saturn the largest planet? Yes or no.", /^No\b/],
    ["Is a horse a mammal? yes or no", /^Yes\b/],
    ["Is a duck a mammal? yes or no", /^No\b/],
    ["Is a marathon longer than 25 miles? Yes or no.", /^Yes\b/],
    ["Is a marathon longer than 50 km? Yes or no.", /^No\b/],
  ])("%s", async (question, want) => {
    expect(await ask(question)).toMatch(want);
  });

  it.each([
    [
      "Label each customer message as one of: billing, booking, complaint. Reply with the label only.",
      "Can I reserve a room for two nights in May?",
      "booking",
    ],
    [
      "Label each customer message as one of: billing, booking, complaint. Reply with the label only.",
      "There's a refund missing from my card statement.",
      "billing",
    ],
    [
      "Classify the book from its description as fiction or nonfiction. Output just the label.",
      "A practical handbook of bread baking techniques.",
      "nonfiction",
    ],
    [
      "Classify the book from its description as fiction or nonfiction. Output just the label.",
      "An orphan finds a dragon egg and sets out on a quest.",
      "fiction",
    ],
  ])("%s / %s", async (rule, message, label) => {
    expect((await text([developer(rule), user(message)])).trim().toLowerCase()).toBe(label);
  });

  it("a ledger line as expense or income, by the verb that moved the money", async () => {
    expect((await ask('Expense or income? One word: "Paid £80 for the window cleaner."')).toLowerCase()).toMatch(
      /^expense\.?$/,
    );
  });

  it("the Baltic states and the Nordic countries are listed whole", async () => {
    const baltic = await ask("what are the baltic states?");
    for (const c of ["Estonia", "Latvia", "Lithuania"]) expect(baltic).toContain(c);
    const nordic = await ask("Name the Nordic countries, separated by commas.");
    for (const c of ["Denmark", "Finland", "Iceland", "Norway", "Sweden"]) expect(nordic).toContain(c);
  });

  it("a scale listed one note per item after a lead saying who it is for", async () => {
    const reply = await ask(
      "For my piano pupils: list the notes of the F major scale as a numbered list, one note per item.",
    );
    expect(reply).toBe("1. F\n2. G\n3. A\n4. Bb\n5. C\n6. D\n7. E");
  });

  it("a two-column table from the user's own rows, and hours laid on one line", async () => {
    const table = await ask(
      "Make a markdown table with columns Dish and Price for these: Soup 4 dollars, Salad 6 dollars.",
    );
    expect(table).toMatch(/\| Soup \| 4 dollars \|/);
    const line = await ask(
      "Put our shop hours on one line for the window: Monday to Saturday 9am to 6pm, closed Sunday.",
    );
    expect(line.split("\n")).toHaveLength(1);
    expect(line).toMatch(/9am to 6pm.*Sunday/);
  });
});
