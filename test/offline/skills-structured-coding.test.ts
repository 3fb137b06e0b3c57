/**
 * What a learner relies on when trying their own structured, summary and coding prompts: JSON with
 * the keys they name is read from the text they give; a rating sits where the text's feeling puts
 * it; a one-sentence summary is a grammatical sentence; the everyday one-liners are written, simple
 * Python is worked out exactly, and a function whose name says "add" but subtracts is fixed.
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

async function reply(prompt: string, extra: Record<string, unknown> = {}, seed = 3): Promise<string> {
  const r = await complete({ messages: [user(prompt)], seed, ...extra });
  return r.choices[0].message.content ?? "";
}

const jsonObject = { response_format: { type: "json_object" } };

describe("offline model: JSON with the keys the prompt names", () => {
  it("reads the named keys from the text after the colon, in text and json_object mode", async () => {
    for (const extra of [{}, jsonObject]) {
      const v = JSON.parse(await reply("Turn this into JSON with fields name and age: Priya is 27 years old.", extra));
      expect(v).toEqual({ name: "Priya", age: 27 });
    }
    const order = JSON.parse(await reply('Return JSON with keys "product" and "price": The red umbrella costs $18.'));
    expect(order).toEqual({ product: "red umbrella", price: 18 });
  });

  it("takes the keys from an extraction ask, keeps a text's own labels, and lists a plural", async () => {
    const contact = JSON.parse(
      await reply("Extract the name, email and city as JSON: Omar Haddad lives in Cairo, email omar@haddad.net."),
    );
    expect(contact).toEqual({ name: "Omar Haddad", email: "omar@haddad.net", city: "Cairo" });
    const labelled = JSON.parse(await reply("Convert to JSON: Name: Lea, Age: 41, City: Ghent"));
    expect(labelled).toEqual({ name: "Lea", age: 41, city: "Ghent" });
    const hobbies = JSON.parse(
      await reply("Turn this into JSON with keys name and hobbies: Ravi likes tennis, cooking and chess."),
    );
    expect(hobbies).toEqual({ name: "Ravi", hobbies: ["tennis", "cooking", "chess"] });
  });

  it("names a work's title, not the words around it", async () => {
    const v = JSON.parse(
      await reply("Give me a JSON object with the fields title and year for this: The film Arrival came out in 2016."),
    );
    expect(v).toEqual({ title: "Arrival", year: 2016 });
  });

  it("stays JSON when it must refuse a made-up fact in json_object mode", async () => {
    const text = await reply("Return a JSON object describing a dog with name, breed and age.", jsonObject);
    const v = JSON.parse(text);
    expect(v.error, text).toBeTypeOf("string");
  });
});

describe("offline model: a schema's fields from the question or the text", () => {
  const fill = async (prompt: string, properties: Record<string, object>) =>
    JSON.parse(
      await reply(prompt, {
        response_format: {
          type: "json_schema",
          json_schema: {
            name: "x",
            strict: true,
            schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
          },
        },
      }),
    );

  it("a sum is the result, not the first operand", async () => {
    expect(await fill("What is the sum of 19 and 23?", { sum: { type: "integer" } })).toEqual({ sum: 42 });
  });

  it("reads colours, given and family names, a titled surname, a topic and a destination", async () => {
    expect(
      await fill("Extract the colours: 'We chose a pale blue sofa and red curtains.'", {
        colours: { type: "array", items: { type: "string" } },
      }),
    ).toEqual({ colours: ["pale blue", "red"] });
    expect(
      await fill("Split this name: 'Ana Sofia Ruiz'", {
        first_name: { type: "string" },
        last_name: { type: "string" },
      }),
    ).toEqual({ first_name: "Ana", last_name: "Sofia Ruiz" });
    expect(
      await fill("Extract the details: 'Meeting with Ms. Okafor on Tuesday about the new office.'", {
        person: { type: "string" },
        topic: { type: "string" },
      }),
    ).toEqual({ person: "Ms. Okafor", topic: "new office" });
    expect(
      await fill("Extract the trip: 'The bus leaves Porto at 7:00 and arrives in Braga at 8:10.'", {
        from: { type: "string" },
        to: { type: "string" },
      }),
    ).toEqual({ from: "Porto", to: "Braga" });
  });

  it("a field named for a language holds the translation", async () => {
    expect(await fill("Translate 'good night' into Spanish.", { spanish: { type: "string" } })).toEqual({
      spanish: "Buenas noches",
    });
  });
});

describe("offline model: ratings and labels over a given text", () => {
  it("puts strong praise at the top of the scale, a complaint at the bottom, 'okay' in the middle", async () => {
    expect(await reply("Rate 'This is the best phone I have ever owned!' from 1 to 5")).toMatch(/\b5 out of 5\b/);
    expect(await reply('Rate this review from 1 to 10: "Awful room, the shower was broken."')).toMatch(
      /\b1 out of 10\b/,
    );
    expect(await reply("Rate this from 1 to 5: 'It was okay, nothing special.'")).toMatch(/\b3 out of 5\b/);
  });

  it("reads counts, ages and names a plain extraction asks for", async () => {
    const text = await reply("Extract the name, age and the number of rooms: Ines is 52 and her flat has 4 rooms.");
    expect(text).toMatch(/Name: Ines/);
    expect(text).toMatch(/Age: 52/);
    expect(text).toMatch(/Number of rooms: 4/);
  });
});

describe("offline model: one-sentence summaries are grammatical", () => {
  it("names a subject once and keeps the second point whole", async () => {
    const text = await reply(
      "Summarize in one sentence: The school board met on Monday to review the new timetable. After a long discussion, they voted to accept it, and the changes will begin in September.",
    );
    expect(text).not.toMatch(/met to voted|,\.|\bmet to \w+ed\b/);
    expect(text).toMatch(/voted/);
    expect(text).toMatch(/September/);
  });

  it("reports a first-person text about its writer and never ends on a dangling word", async () => {
    const text = await reply(
      "TL;DR: I missed the bus this morning, so I walked to work and arrived twenty minutes late.",
    );
    expect(text).not.toMatch(/\bthat I\b/);
    expect(text).not.toMatch(/\b(?:next|the|a|to)\.$/);
  });
});

describe("offline model: everyday code", () => {
  it("writes the square, the double and the sum of two numbers with a reference", async () => {
    const square = await reply("Write a Python function that returns the square of a number.");
    expect(square).toMatch(/def square\(n\):\n\s+return n \* n/);
    expect(square).toMatch(/Reference: https:\/\/docs\.python\.org\//);
    const double = await reply("Write a JavaScript function that doubles a number.");
    expect(double).toMatch(/return n \* 2;/);
    expect(await reply("Write a function that adds two numbers in Python")).toMatch(/return a \+ b/);
  });

  it("defines a for loop and a variable instead of declining", async () => {
    expect(await reply("What is a for loop?")).toMatch(/for loop runs/i);
    expect(await reply("What is a variable in programming?")).toMatch(/A variable is a name/);
  });

  it("works out what simple Python prints, exactly as Python prints it", async () => {
    expect(await reply("What does this code print? print(len('banana'))")).toMatch(/`6`/);
    expect(await reply("What does this print? print(9 / 3)")).toMatch(/`3\.0`/);
    expect(await reply("What does this print? print(-7 // 2)")).toMatch(/`-4`/);
    expect(await reply("What will this output: xs = [4, 5, 6]; print(xs[-1])")).toMatch(/`6`/);
    // Outside the subset it does not guess.
    expect(await reply("What does this print? print(range(4))")).toMatch(/\bI cannot|can't/);
  });

  it("fixes an operator that contradicts the function's name", async () => {
    const text = await reply("Fix the bug: def multiply(x, y): return x + y");
    expect(text).toMatch(/return x \* y/);
  });
});
