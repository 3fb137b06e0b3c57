import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

/**
 * Issue 16, forms on a learner's own prompts: JSON fields read from the text (a game's result, a
 * pet's age and breed, a forecast's kind, the dish being cooked), a count worked out from the
 * planets' order, a label set by the system message, plurals of a list of words, a table of the
 * countries named, a summary asked for after the text. One request at temperature 0 each.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system>;
const reply = async (messages: Message[], properties?: Record<string, object>) =>
  (
    await complete({
      messages,
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
  ).choices[0].message.content ?? "";
const json = async (prompt: string, properties: Record<string, object>) =>
  JSON.parse(await reply([user(prompt)], properties));
const int = { type: "integer" };
const str = { type: "string" };

describe("JSON fields read from the text", () => {
  it("reads a game's result whichever way it is written", async () => {
    const game = { winner: str, winner_score: int, loser: str, loser_score: int };
    expect(await json("Parse: 'Harriers edged the Comets 21-18 last night.'", game)).toEqual({
      winner: "Harriers",
      winner_score: 21,
      loser: "Comets",
      loser_score: 18,
    });
    expect(await json("Log this score: 'Full time: Wolves 0, Foxes 2'", game)).toMatchObject({
      winner: "Foxes",
      winner_score: 2,
      loser: "Wolves",
    });
  });

  it("takes an age in years as an age and the breed after it", async () => {
    const pet = await json("Record for my pet: he's Biscuit, a 7-year-old dachshund.", {
      name: str,
      age_years: int,
      breed: str,
    });
    expect(pet).toEqual({ name: "Biscuit", age_years: 7, breed: "dachshund" });
  });

  it("picks a forecast's kind by its noun and the food by its cooking verb", async () => {
    const sky = { type: "string", enum: ["sunny", "rainy", "snowy", "windy", "foggy"] };
    expect(
      (await json("Tag this forecast: 'Dense fog until noon near the coast.'", { condition: sky })).condition,
    ).toBe("foggy");
    const food = await json("Details please: 'Fry the onions for 8 minutes.'", { food: str, minutes: int });
    expect(food).toEqual({ food: "onions", minutes: 8 });
  });

  it("counts the planets inside the one a clue picks", async () => {
    const got = await json("What is the hottest planet, and how many planets are closer to the sun than it?", {
      planet: str,
      planets_closer_to_sun: int,
    });
    expect(got).toEqual({ planet: "Venus", planets_closer_to_sun: 1 });
  });
});

describe("labels, words and tables", () => {
  it("labels the user's whole message with the labels the system message sets", async () => {
    const filter = system("You sort messages. Answer with one word only: SPAM or HAM.");
    expect((await reply([filter, user("Can you send me the slides from Tuesday's meeting?")])).trim()).toBe("HAM");
    expect((await reply([filter, user("WINNER!! Claim your free prize now, click this link!")])).trim()).toBe("SPAM");
  });

  it("gives the plural of each word in a list", async () => {
    const got = await reply([user("what are the plurals of goose, woman and leaf?")]);
    expect(got).toMatch(/geese[\s\S]*women[\s\S]*leaves/);
  });

  it("makes a table of the countries named, with the columns asked for", async () => {
    const got = await reply([
      user("Put Canada, Mexico and Japan in a markdown table with their capital and currency."),
    ]);
    expect(got).toMatch(/^\| Country \| Capital \| Currency \|/);
    expect(got).toMatch(/\| Mexico \| Mexico City \| Mexican Peso[\s\S]*\| Japan \| Tokyo \|/);
  });

  it("summarizes a text whose ask comes after it", async () => {
    const text =
      "Our allotment society meets on the first Saturday of each month. Members swap seeds, share tools and plan the autumn show, where the heaviest marrow wins a silver cup.";
    const got = await reply([user(`${text}\n\nSum up the text above in one sentence.`)]);
    expect(got).toMatch(/^[^.!?]*(?:allotment|society|members|marrow)[^.!?]*[.!?]$/i);
  });
});
