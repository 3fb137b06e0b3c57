import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/**
 * Issue 16, forms on a learner's own prompts: a yes/no field read from the clause that names its
 * thing (a negation says no, nothing said is null or no reply), a signature's lines, a name's
 * parts, a ticket's priority, a note's shopping list, a tip and a day count as JSON fields, a
 * table of planets or elements, the "Q: ... A: ..." layout. One request at temperature 0 each.
 */
const reply = async (prompt: string, properties?: Record<string, object>) =>
  (
    await complete({
      messages: [user(prompt)],
      temperature: 0,
      ...(properties
        ? {
            response_format: {
              type: "json_schema",
              json_schema: {
                name: "t",
                strict: true,
                schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
              },
            },
          }
        : {}),
    })
  ).choices[0].message;
const json = async (prompt: string, properties: Record<string, object>) =>
  JSON.parse((await reply(prompt, properties)).content ?? "null");
const int = { type: "integer" };
const num = { type: "number" };
const str = { type: "string" };
const bool = { type: "boolean" };
const maybe = { type: ["string", "null"] };

describe("yes/no fields over a given text", () => {
  it("reads a negation in the clause that names the field's thing", async () => {
    expect(
      await json(
        "Extract the hotel booking: 'Seaview Inn, 3 nights. Breakfast is not included. Free parking included.'",
        {
          nights: int,
          breakfast_included: bool,
          parking_included: bool,
        },
      ),
    ).toEqual({ nights: 3, breakfast_included: false, parking_included: true });
  });

  it("reads 'no balcony' and 'pets are allowed' apart", async () => {
    const got = await json("Extract from this: 'Two bedrooms, no balcony, and pets are allowed.'", {
      has_balcony: bool,
      pets_allowed: bool,
    });
    expect(got).toEqual({ has_balcony: false, pets_allowed: true });
  });

  it("takes a standalone book for one in no series", async () => {
    const got = await json(
      "Extract the info: 'Just read Circe by Madeline Miller. 2018, 393 pages, a standalone novel.'",
      {
        title: str,
        author: str,
        part_of_series: bool,
      },
    );
    expect(got).toEqual({ title: "Circe", author: "Madeline Miller", part_of_series: false });
  });

  it("never defaults a yes the text does not give", async () => {
    const message = await reply("Pull out the movie info: 'Saw Arrival by Denis Villeneuve, 2016.'", {
      title: str,
      based_on_book: bool,
    });
    expect(message.content ?? "").not.toMatch(/"based_on_book": true/);
  });

  it("sees a deadline in 'before Friday' and a hazard in 'icy roads'", async () => {
    expect(
      await json("Triage: 'I was charged twice and need the refund before Friday.'", { mentions_deadline: bool }),
    ).toEqual({ mentions_deadline: true });
    expect(
      await json("Classify this forecast: 'Strong winds and icy roads tonight.'", { travel_warning: bool }),
    ).toEqual({ travel_warning: true });
  });
});

describe("parts of a text", () => {
  it("splits an email signature into its fields", async () => {
    const got = await json(
      "Extract the contact details from this signature. Use null for missing fields.\n\nCheers,\nPriya Nair\nHead of Marketing, Blue Harbor Foods\npriya@blueharbor.com",
      { name: str, job_title: str, company: str, email: str, phone: maybe },
    );
    expect(got).toEqual({
      name: "Priya Nair",
      job_title: "Head of Marketing",
      company: "Blue Harbor Foods",
      email: "priya@blueharbor.com",
      phone: null,
    });
  });

  it("never makes up an email the text does not hold", async () => {
    const got = await json(
      "Extract the contact info from this signature:\n\nRegards,\nJohn Park\nSoftware Engineer at Nimbus Labs",
      {
        name: str,
        email: maybe,
      },
    );
    expect(got).toEqual({ name: "John Park", email: null });
  });

  it("splits a name with and without a middle name", async () => {
    const parts = { first_name: str, middle_name: maybe, last_name: str };
    expect(await json("Split this full name into its parts, middle name null if none: 'Kwame Mensah'", parts)).toEqual({
      first_name: "Kwame",
      middle_name: null,
      last_name: "Mensah",
    });
    expect(await json("Split this name into first, middle and last: 'Maria Fernanda Lopez'", parts)).toEqual({
      first_name: "Maria",
      middle_name: "Fernanda",
      last_name: "Lopez",
    });
  });

  it("makes a shopping list of what ran out and what a pet needs", async () => {
    expect(
      await json("Turn this into a shopping list: 'we are out of butter, coffee and sugar, and the dog needs treats'", {
        items: { type: "array", items: str },
        count: int,
      }),
    ).toEqual({ items: ["butter", "coffee", "sugar", "dog treats"], count: 4 });
  });

  it("reads a recipe's dish, servings and ingredients", async () => {
    const got = await json(
      "Here is my chili recipe: 500 g beef, 2 onions, a tin of beans and chili powder. Feeds 6, ready in 90 minutes.",
      { dish: str, servings: int, vegetarian: bool, ingredients: { type: "array", items: str } },
    );
    expect(got).toEqual({
      dish: "chili",
      servings: 6,
      vegetarian: false,
      ingredients: ["500 g beef", "2 onions", "a tin of beans", "chili powder"],
    });
  });

  it("reads a listing's rent and currency", async () => {
    const got = await json("Parse this listing: 'Cosy studio in Leeds, 700 pounds per month, bills included.'", {
      city: str,
      rent: num,
      currency: { type: "string", enum: ["EUR", "USD", "GBP"] },
    });
    expect(got).toEqual({ city: "Leeds", rent: 700, currency: "GBP" });
  });

  it("rates a ticket that stops a whole team as high or urgent", async () => {
    const got = await json(
      "Triage this ticket: 'Nobody in the office can sign in and the invoices are due in an hour!'",
      {
        priority: { type: "string", enum: ["low", "medium", "high", "urgent"] },
      },
    );
    expect(["high", "urgent"]).toContain(got.priority);
  });
});

describe("worked answers as JSON fields", () => {
  it("gives a tip's figures their own fields", async () => {
    expect(
      await json("The dinner bill is $80 and we want to tip 18%. Work out the tip and the total.", {
        bill: num,
        tip_percent: num,
        tip: num,
        total: num,
      }),
    ).toEqual({ bill: 80, tip_percent: 18, tip: 14.4, total: 94.4 });
  });

  it("fills a day count and a weekday from a two-part question", async () => {
    expect(
      await json("How many days are there from 1 March 2026 to 1 April 2026, and what weekday is 1 April 2026?", {
        days: int,
        weekday: str,
      }),
    ).toEqual({ days: 31, weekday: "Wednesday" });
  });

  it("fills a planet's position, rings and moons", async () => {
    expect(
      await json("Give me Jupiter's position from the sun, its number of moons and whether it has rings.", {
        planet: str,
        position_from_sun: int,
        moons: int,
        has_rings: bool,
      }),
    ).toEqual({ planet: "Jupiter", position_from_sun: 5, moons: 95, has_rings: true });
  });
});

describe("layouts", () => {
  it("tables the named planets with the column asked", async () => {
    const text = (await reply("Put the number of moons of Jupiter and Saturn in a table.")).content ?? "";
    expect(text).toMatch(/^\| Planet \| Moons \|\n\| --- \| --- \|\n\| Jupiter \| 95 \|\n\| Saturn \| 274 \|$/);
  });

  it("tables the named elements with their symbols", async () => {
    const text =
      (await reply("Can you make a table with the chemical symbols of gold, silver and iron?")).content ?? "";
    expect(text).toContain("| Gold | Au |");
    expect(text).toContain("| Iron | Fe |");
  });

  it("answers under the Q: and A: labels asked", async () => {
    const text = (await reply("Answer in the format Q: ... A: ... — what's the capital city of Peru?")).content ?? "";
    expect(text).toMatch(/^Q: What's the capital city of Peru\?\nA: .*Lima/);
  });

  it("labels a clean, quick stay as positive", async () => {
    const text = (
      await reply(
        "Positive, negative or neutral? Only the label: 'The staff were attentive and the room was spotless.'",
      )
    ).content;
    expect(text).toBe("positive");
  });

  it("answers a yes/no from the clause of a sign that names the day", async () => {
    const closed = (
      await reply(
        "Based only on this note, is the pool open on Mondays? Yes or no. 'Tuesday to Sunday, 7 to 9. Closed Mondays.'",
      )
    ).content;
    expect(closed).toMatch(/^No\b/);
    const range = (
      await reply(
        "Is the museum open on Tuesdays? Answer yes or no: 'Opening hours: Tuesday to Sunday 10-5, closed Mondays.'",
      )
    ).content;
    expect(range).toMatch(/^Yes\b/);
  });

  it("checks a unit equality by converting it", async () => {
    expect((await reply("Is 1 mile the same as 2 km?")).content).toMatch(/^No\b.*1\.61/);
    expect((await reply("Does 1 litre equal 1000 millilitres? Only yes or no.")).content).toBe("Yes.");
  });

  it("splits a one-sentence answer at its result for two sentences", async () => {
    const text = (await reply("Explain in exactly two sentences why the sky looks blue.")).content ?? "";
    expect(text.split(/(?<=\.)\s+/)).toHaveLength(2);
    expect(text).toMatch(/scatter/);
  });

  it("reads 'no' as denying only the thing after it", async () => {
    expect(
      await json("Extract from this: 'Free wifi and no pool. Breakfast and parking are not included.'", {
        has_wifi: bool,
        has_pool: bool,
        parking_included: bool,
      }),
    ).toEqual({ has_wifi: true, has_pool: false, parking_included: false });
  });

  it("labels a flooding room urgent", async () => {
    const text = (
      await reply("Label this as urgent or not urgent, just the label: 'Smoke is coming from the kitchen, come now!'")
    ).content;
    expect(text).toBe("urgent");
  });
});
