import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * The kinds blind11 found wrong in the number and fact families, asked in other words: a question
 * buried after remarks is the one answered (a price, not a date from "three years"); an order asked
 * by a property is never alphabetical; a pick stays among the options offered; a rule asking for the
 * answer or the label only is kept.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system> | ReturnType<typeof assistant>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 7, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const ask = (q: string) => text([user(q)]);

describe("a question buried in a long message", () => {
  it("answers the price asked, not a date from a span said in passing", async () => {
    const reply = await ask(
      "Our coffee has cost the same for the first time in four years, so we're finally changing it. A flat white is $4. If we raise it by 10%, what's the new price?",
    );
    expect(reply).toMatch(/\$4\.40/);
    expect(reply).not.toMatch(/20\d\d/);
  });

  it("cuts a price by a percentage", async () => {
    expect(await ask("My phone plan is $40 a month. If they cut it by 25%, what's the new price?")).toMatch(/\$30\b/);
  });

  it("counts days old from the birth to the date asked", async () => {
    const reply = await ask("Our kitten was born on 2026-02-14. How many days old will she be on 2026-06-01?");
    expect(reply).toMatch(/\b107 days\b/);
    expect(reply).toMatch(/14 February 2026/);
  });

  it("still answers a date a span asks for", async () => {
    expect(await ask("In 2 weeks I fly to Rome. What date is that?")).toMatch(/\b20\d\d\b/);
  });

  it("multiplies so many of a thing with so many in each", async () => {
    expect(await ask("We ran 5 buses today with 48 kids on each one. How many kids did we carry altogether?")).toMatch(
      /\b240\b/,
    );
  });

  it("divides into full groups with the remainder", async () => {
    const reply = await ask("I have 31 players and want teams of 6. How many full teams can I make?");
    expect(reply).toMatch(/\b5 full teams\b/);
    expect(reply).toMatch(/\b1 left over\b/);
  });
});

describe("an order by a property", () => {
  it("puts planets in order from the sun, not alphabetically", async () => {
    expect(await ask("Arrange these planets from nearest to the sun: Jupiter, Earth, Mercury")).toMatch(
      /Mercury, Earth, Jupiter/,
    );
  });

  it("puts planets in order of size", async () => {
    expect(await ask("Order these planets by size, biggest first: Mars, Jupiter, Earth")).toMatch(
      /Jupiter, Earth, Mars/,
    );
  });

  it("still sorts alphabetically when asked to", async () => {
    expect(await ask("sort these alphabetically: Uranus, Earth, Mars")).toMatch(/Earth, Mars, Uranus/);
  });
});

describe("facts around an aside", () => {
  it("sets Pluto aside and answers the farthest planet", async () => {
    expect(await ask("since pluto isn't a planet anymore, which one is the furthest out?")).toMatch(/^Neptune/);
  });

  it("names the element named after a planet", async () => {
    expect(await ask("hey, which element got its name from the planet Neptune? my kid asked")).toMatch(/neptunium/i);
  });

  it("says what an element is named after", async () => {
    expect(await ask("What is einsteinium named after?")).toMatch(/Albert Einstein/);
  });

  it("declines an element the table does not know to be named after something", async () => {
    const reply = await ask("which element is named after Saturn?");
    expect(reply).toMatch(/offline model/);
    expect(reply).not.toMatch(/Roman god/);
  });
});

describe("rules and offered options kept", () => {
  it("gives the bare answer when a system message asks for the answer only", async () => {
    expect(
      await text([system("You make quiz cards. Reply with the answer only, no sentence."), user("Capital of Kenya")]),
    ).toBe("Nairobi");
  });

  it("gives the label alone when exactly one label is asked", async () => {
    expect(
      await text([
        system("Reply with exactly one label: SPAM or NOT SPAM."),
        user("Congratulations! You won a free cruise, click here now!!!"),
      ]),
    ).toBe("SPAM");
  });

  it("picks among the colours offered earlier", async () => {
    const reply = await text([
      user("We have mugs in white, black and green."),
      assistant("Nice mugs! Want help choosing?"),
      user("yes please pick one for my mum, just one colour"),
    ]);
    expect(reply).toMatch(/\b(?:white|black|green)\b/i);
    expect(reply).not.toMatch(/\b(?:red|blue|yellow|purple|orange|pink)\b/i);
  });

  it("gives one rhyme when one word is asked", async () => {
    const reply = await ask("give me one word that rhymes with pipe");
    expect(reply).toMatch(/wipe|ripe|stripe|swipe|gripe/i);
    expect(reply.split(/\s+/).length).toBeLessThan(6);
  });
});

describe("word tasks and picks said another way", () => {
  it("takes the share of one amount that goes to someone", async () => {
    expect(
      await ask("We raised £800 at the bake sale and 25% goes to the school. How much does the school get?"),
    ).toMatch(/£200\b/);
  });

  it("says a word twice", async () => {
    expect((await ask("Say the word hello exactly twice, nothing else.")).toLowerCase()).toMatch(/^hello hello\.?$/);
  });

  it("finds the shortest of these words", async () => {
    expect(await ask("Which of these words is the shortest: window, cat, garden?")).toMatch(/\bcat\b/);
  });

  it("gives the plurals of these words", async () => {
    const reply = await ask("Give me the plurals of these: box, child, leaf");
    expect(reply).toMatch(/boxes/);
    expect(reply).toMatch(/children/);
    expect(reply).toMatch(/leaves/);
  });

  it("reads 'it' as the word said first in the message", async () => {
    const reply = await text([
      user("Spelling practice today."),
      assistant("Great! What word shall we do?"),
      user("elephant. can you spell it out letter by letter?"),
    ]);
    expect(reply).toMatch(/E-L-E-P-H-A-N-T/);
  });

  it("names the weekday of a holiday written with its date", async () => {
    expect(await ask("What day of the week is New Year's Day, January 1, 2027?")).toMatch(/Friday/);
  });

  it("draws a number from tickets numbered in a range", async () => {
    const reply = await ask("The seats are numbered 1 to 40. Choose one at random.");
    const n = Number(/\d+/.exec(reply)?.[0]);
    expect(n).toBeGreaterThanOrEqual(1);
    expect(n).toBeLessThanOrEqual(40);
  });
});

describe("lists from small sourced sets", () => {
  it("names sailing knots, one per line", async () => {
    const lines = (await ask("Give me 2 sailing knots, one per line.")).split("\n").filter((l) => l.trim());
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(l).toMatch(/bowline|hitch|knot|bend/i);
  });

  it("lists a plumber's tools as bullets, and knots as a speed stay a conversion", async () => {
    const tools = await ask("List 3 plumbing tools as bullet points.");
    expect(tools.split("\n").filter((l) => /^- /.test(l))).toHaveLength(3);
    expect(await ask("convert 20 knots to km/h")).toMatch(/37\.04/);
  });
});
