/**
 * A json_schema field holds the kind of value its name asks for, read from the prompt: a code, a
 * title and a surname, the noun a name stands beside, a count of the array beside it, a rating on
 * the schema's own scale, as many items as the prompt asks, and a question's own worked-out numbers.
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

const schema = (properties: Record<string, object>) => ({
  response_format: {
    type: "json_schema" as const,
    json_schema: {
      name: "x",
      strict: true,
      schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
    },
  },
});

async function fill(prompt: string, properties: Record<string, object>, seed = 3): Promise<Record<string, unknown>> {
  const reply = await complete({ messages: [user(prompt)], seed, temperature: 0, ...schema(properties) });
  return JSON.parse(reply.choices[0].message.content ?? "");
}

const str = { type: "string" };
const int = { type: "integer" };

describe("offline model: structured fields get the right kind of value", () => {
  it("reads a carrier's code before its number, an airport's code alone, and a date in the format described", async () => {
    const v = await fill("Save this booking: flight LH 402 from Frankfurt to Toronto YYZ on 3 June 2026", {
      carrier_code: str,
      arrival_airport_code: str,
      travel_date: { type: "string", description: "YYYY-MM-DD" },
    });
    expect(v).toEqual({ carrier_code: "LH", arrival_airport_code: "YYZ", travel_date: "2026-06-03" });
    const none = await fill("Log this trip: 'Train from Leeds to York at 10:04, platform 3.'", {
      airline_code: { type: ["string", "null"] },
      platform: int,
    });
    expect(none).toEqual({ airline_code: null, platform: 3 });
  });

  it("gives a doctor's title with the surname, and a pet's kind from the noun its name stands beside", async () => {
    const visit = await fill("Note this from the surgery: 'Your check-up with Dr. Lindqvist is on Monday at 14:30.'", {
      dentist: str,
      time: str,
    });
    expect(visit).toEqual({ dentist: "Dr. Lindqvist", time: "14:30" });
    const cat = await fill("Save this: 'My cousin's tabby, Marmalade, is 7 years old.'", {
      name: str,
      breed: str,
      age_years: int,
    });
    expect(cat).toEqual({ name: "Marmalade", breed: "tabby", age_years: 7 });
    const dog = await fill("Pull out the pet: 'Biscuit, a dachshund, sleeps all day on the sofa.'", { breed: str });
    expect(dog.breed).toBe("dachshund");
    const untold = await fill("Save this: 'Rex is 3 and loves the park.'", {
      name: str,
      breed: { type: ["string", "null"] },
    });
    expect(untold).toEqual({ name: "Rex", breed: null });
  });

  it("counts the array beside a count field, and gives as many items as the prompt asks", async () => {
    const list = await fill("make this packing list into data: passport, charger, sunglasses, 2 sandals", {
      count: int,
      items: { type: "array", items: str },
    });
    expect(list.count).toBe((list.items as string[]).length);
    expect(list.count).toBe(4);
    const tags = await fill(
      "Give 2 keywords for this note: 'Fixed the leaking tap, painted the fence and mowed the lawn before lunch.'",
      { keywords: { type: "array", items: str } },
    );
    expect(tags.keywords).toHaveLength(2);
  });

  it("rates on the schema's own scale, from its bounds or its description", async () => {
    const high = await fill("Rate this comment: 'absolutely fantastic service, thank you'", {
      rating: { type: "integer", minimum: 1, maximum: 10 },
    });
    expect(high.rating).toBe(10);
    const low = await fill("Rate this comment: 'the soup was cold and the waiter was rude'", {
      stars: { type: "integer", description: "0 (awful) to 4 (great)" },
    });
    expect(low.stars).toBeLessThanOrEqual(1);
  });

  it("fills a question's fields with its own numbers and the worked-out answer", async () => {
    const v = await fill("A bread recipe for 2 loaves needs 500 g of flour. How much flour do I need for 3 loaves?", {
      loaves: int,
      flour_grams: { type: "number" },
    });
    expect(v).toEqual({ loaves: 3, flour_grams: 750 });
  });
});
