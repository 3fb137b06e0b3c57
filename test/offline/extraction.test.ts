import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Structured outputs over a text the prompt gives: each field holds the right kind of value read
 * from that text (a list its items, a number the amount, a yes/no what the text says, an enum the
 * option its words point to), never a corpus passage's sentence.
 */
const schema = (properties: Record<string, object>) => ({
  response_format: {
    type: "json_schema" as const,
    json_schema: {
      name: "out",
      strict: true,
      schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
    },
  },
});

async function values(prompt: string, properties: Record<string, object>): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const params of [{ temperature: 0 }, { temperature: 1, seed: 4 }]) {
    const reply = await complete({ messages: [user(prompt)], ...schema(properties), ...params });
    out.push(JSON.parse(reply.choices[0].message.content ?? "null"));
  }
  return out;
}

const strings = { type: "array", items: { type: "string" } };

describe("structured outputs: values read from the prompt's own text", () => {
  it("fills a list with the items the text lists, and people with the names it gives", async () => {
    for (const v of await values("Pull out what I need to buy: 'We're out of rice, tomatoes, olive oil and coffee.'", {
      groceries: strings,
    }))
      expect(v.groceries).toEqual(["rice", "tomatoes", "olive oil", "coffee"]);
    for (const v of await values("Who is mentioned here? 'Yusuf called Hana and Pedro before the match.'", {
      people: strings,
    }))
      expect(v.people).toEqual(["Yusuf", "Hana", "Pedro"]);
  });

  it("reads amounts, reference numbers, senders, rooms and date ranges next to their words", async () => {
    for (const v of await values(
      "Parse this receipt: 'Order #A7731 from Brightside Books, total €42.80, paid on 9 April 2025.'",
      {
        order_number: { type: "string" },
        store: { type: "string" },
        amount: { type: "number" },
        date: { type: "string" },
      },
    )) {
      expect(v.order_number).toBe("A7731");
      expect(v.store).toBe("Brightside Books");
      expect(v.amount).toBe(42.8);
      expect(v.date).toMatch(/9 April 2025/);
    }
    for (const v of await values("Extract the stay: 'Check in 12 August, check out 15 August 2025, room 214.'", {
      check_in_date: { type: "string" },
      check_out_date: { type: "string" },
      room: { type: "string" },
    })) {
      expect(v.check_in_date).toMatch(/12 August/);
      expect(v.check_out_date).toMatch(/15 August/);
      expect(v.room).toBe("214");
    }
    for (const v of await values("I ordered 4 mugs at 6.25 each. Fill in the order.", {
      quantity: { type: "integer" },
      unit_price: { type: "number" },
      total: { type: "number" },
    }))
      expect(v).toEqual({ quantity: 4, unit_price: 6.25, total: 25 });
  });

  it("answers yes/no and enum fields from the text's words, and 'other' when nothing points", async () => {
    for (const v of await values(
      "Check this message: 'URGENT: you've won a prize, click here to claim your gift card'",
      {
        is_spam: { type: "boolean" },
      },
    ))
      expect(v.is_spam).toBe(true);
    for (const v of await values("Check this message: 'Hi Sam, lunch is moved to 1pm tomorrow.'", {
      is_spam: { type: "boolean" },
    }))
      expect(v.is_spam).toBe(false);
    const feelings = { type: "string", enum: ["joy", "anger", "sadness", "fear"] };
    for (const v of await values("What emotion is this? 'I'm so nervous about the exam tomorrow, I can't sleep.'", {
      emotion: feelings,
    }))
      expect(v.emotion).toBe("fear");
    const topics = { type: "string", enum: ["billing", "shipping", "other"] };
    for (const v of await values("Route this ticket: 'Can you tell me your opening hours?'", { topic: topics }))
      expect(v.topic).toBe("other");
  });

  it("keeps only the names of a list of names, and a titled person", async () => {
    for (const v of await values("Which instruments? 'Mateo plays Guitar, some Piano and a little Cello.'", {
      instruments: strings,
    }))
      expect(v.instruments).toEqual(["Guitar", "Piano", "Cello"]);
    for (const v of await values("Extract: 'Check-up with Dr. Lindqvist on 3 June at 08:40.'", {
      doctor: { type: "string" },
      time: { type: "string" },
    }))
      expect(v).toEqual({ doctor: "Dr. Lindqvist", time: "08:40" });
  });

  it("reads a JSON answer about the user from what they said earlier", async () => {
    const reply = await complete({
      messages: [user("Hey, I'm Noor and I live in Utrecht."), assistant("Hi Noor!"), user("Fill in my details.")],
      ...schema({ name: { type: "string" }, city: { type: "string" } }),
      temperature: 0,
    });
    expect(JSON.parse(reply.choices[0].message.content ?? "null")).toEqual({ name: "Noor", city: "Utrecht" });
  });

  it("never fills an extraction's field with a corpus passage", async () => {
    for (const v of await values("Extract the details: 'Yoga class with Mira, Saturday 9am, studio B.'", {
      title: { type: "string" },
      day: { type: "string" },
      instructor: { type: "string" },
      studio: { type: "string" },
      notes: { type: ["string", "null"] },
    })) {
      expect(v.day).toBe("Saturday");
      expect(v.studio).toBe("B");
      for (const x of Object.values(v)) if (typeof x === "string") expect(x.length).toBeLessThan(60);
    }
  });
});
