/**
 * What a learner relies on when the answer is a comparison or a list as it stands now: a tool's reading
 * against an earlier one or against a limit answers yes or no, a stock of none names the thing, a
 * request's thing and place are pulled out of a message, and an item the user took off a list stays off.
 */
import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

async function afterTool(question: string, result: unknown): Promise<string> {
  const r = await complete({
    messages: [
      user(question),
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "t1", type: "function", function: { name: "lookup", arguments: "{}" } }],
      },
      { role: "tool", tool_call_id: "t1", content: JSON.stringify(result) },
    ],
    temperature: 0,
    seed: 5,
  });
  return r.choices[0].message.content ?? "";
}

async function extract(prompt: string, fields: Record<string, string>): Promise<Record<string, unknown>> {
  const properties = Object.fromEntries(Object.entries(fields).map(([k, t]) => [k, { type: t }]));
  const r = await complete({
    messages: [user(prompt)],
    temperature: 0,
    seed: 5,
    response_format: {
      type: "json_schema",
      json_schema: {
        name: "details",
        strict: true,
        schema: { type: "object", properties, required: Object.keys(fields), additionalProperties: false },
      },
    },
  });
  return JSON.parse(r.choices[0].message.content ?? "{}") as Record<string, unknown>;
}

async function chat(...turns: string[]): Promise<string> {
  const messages = turns.map((t, i) => (i % 2 ? assistant(t) : user(t)));
  const r = await complete({ messages, temperature: 0, seed: 5 });
  return r.choices[0].message.content ?? "";
}

describe("offline model: a reading now against an earlier one", () => {
  it("says yes and by how much when it went the way asked", async () => {
    const text = await afterTool("Is the puppy heavier than last month?", { weight_kg: 9.4, last_month_kg: 8.1 });
    expect(text).toMatch(/^Yes\b/);
    expect(text).toContain("1.3 kg");
  });

  it("says no when it went the other way", async () => {
    const text = await afterTool("Did we sell more than last week?", { sales: 380, sales_last_week: 410 });
    expect(text).toMatch(/^No\b.*down 30/);
  });

  it("says no change when the two are equal", async () => {
    const text = await afterTool("Has the subscriber count gone up since yesterday?", {
      subscribers: 905,
      yesterday_subscribers: 905,
    });
    expect(text).toMatch(/^No\b.*same/);
  });
});

describe("offline model: a reading against its limit", () => {
  it("says no when the value is over the limit", async () => {
    const text = await afterTool("Can we put the kayaks out this afternoon?", {
      wind_knots: 19,
      gusts_knots: 26,
      kayak_limit_knots: 12,
    });
    expect(text).toMatch(/^No\b/);
    expect(text).toMatch(/over the kayak limit of 12 knots/);
  });

  it("says yes when the value is within it", async () => {
    const text = await afterTool("Can the kettle go on this socket?", { load_amps: 8, socket_limit_amps: 13 });
    expect(text).toMatch(/^Yes\b.*under/);
  });

  it("answers 'too ...' by whether the limit is broken", async () => {
    const text = await afterTool("Is the music too loud for the quiet hours?", { noise_db: 51, quiet_limit_db: 45 });
    expect(text).toMatch(/^Yes\b.*over/);
  });

  it("reads 'cold enough' against a maximum", async () => {
    const text = await afterTool("Is the chest freezer cold enough?", { temp_c: -12, max_safe_temp_c: -18 });
    expect(text).toMatch(/^No\b/);
    expect(text).not.toMatch(/below freezing/);
  });

  it("keeps a forecast's own high out of it", async () => {
    const text = await afterTool("Is it too hot for a run?", { temp_c: 21, temp_max_c: 24, conditions: "sunny" });
    expect(text).not.toMatch(/limit|maximum/);
  });
});

describe("offline model: a stock count names the thing", () => {
  it("says none are left, by name", async () => {
    const text = await afterTool("have we got any lemons left?", { item: "lemons", quantity: 0, unit: "pieces" });
    expect(text).toMatch(/^No\b.*lemons/);
  });

  it("says how many are left, by name", async () => {
    const text = await afterTool("any croissants left?", { item: "croissants", quantity: 6, unit: "croissants" });
    expect(text).toMatch(/^Yes\b.*6 croissants/);
  });

  it("reads a '<thing>_left' field", async () => {
    const text = await afterTool("Are there any seats left for the matinee?", { show: "matinee", seats_left: 0 });
    expect(text).toMatch(/^No\b.*seats/);
  });
});

describe("offline model: a request's thing and place", () => {
  it("pulls out what is asked for and where it goes", async () => {
    const json = await extract(
      "Get the booking details from this: 'Hey, Kofi here, I'd like a small fox on my left forearm, maybe 3 hours.'",
      { client: "string", design: "string", placement: "string", hours: "integer" },
    );
    expect(json).toEqual({ client: "Kofi", design: "small fox", placement: "left forearm", hours: 3 });
  });

  it("keeps a place said with 'of my'", async () => {
    const json = await extract("Extract this: 'This is Ines, could I get a fern on the side of my ribs?'", {
      client: "string",
      design: "string",
      placement: "string",
    });
    expect(json.placement).toBe("side of my ribs");
    expect(json.design).toBe("fern");
  });

  it("never takes the writer's name for the location", async () => {
    const json = await extract("Get the details: 'Hi it's Farid, a table for six on the patio at 7 please.'", {
      name: "string",
      party_size: "integer",
      location: "string",
    });
    expect(json.name).toBe("Farid");
    expect(json.party_size).toBe(6);
    expect(json.location).not.toBe("Farid");
  });
});

describe("offline model: who and where in a customer's message", () => {
  it("takes the signed name, not an initialism, and the user's own room", async () => {
    const json = await extract(
      "Extract the job: 'Could you put a new light in my hallway? It's for a CCTV camera. - Morag'",
      {
        client: "string",
        location: "string",
      },
    );
    expect(json).toEqual({ client: "Morag", location: "hallway" });
  });

  it("never gives the writer as the recipient", async () => {
    const json = await extract("Fill in: 'Dev speaking, I want a box of chocolates sent to my gran in York.'", {
      customer: "string",
      item: "string",
      recipient: "string",
    });
    expect(json.customer).toBe("Dev");
    expect(json.recipient).not.toBe("Dev");
    expect(json.item).toBe("box of chocolates");
  });
});

describe("offline model: an item taken off a list stays off", () => {
  it("leaves out what was dropped", async () => {
    const text = await chat(
      "Orders I need to ship today: ORD-71, ORD-88, ORD-93.",
      "Noted.",
      "ORD-88 got cancelled, take it off.",
      "Done.",
      "Which orders do I still have to ship?",
    );
    expect(text).toContain("ORD-71");
    expect(text).toContain("ORD-93");
    expect(text).toMatch(/ORD-88[^.]*\boff\b/);
  });

  it("reads back a whole list of names, not the first", async () => {
    const text = await chat("My nieces are Maya, Isla and Ruby.", "Lovely.", "What are my nieces called?");
    expect(text).toMatch(/Maya, Isla and Ruby/);
  });

  it("news about an item is not a removal", async () => {
    const text = await chat(
      "My nieces are Maya, Isla and Ruby.",
      "Lovely.",
      "Isla skipped her swim class and Ruby no longer does ballet.",
      "Oh well.",
      "What are my nieces called?",
    );
    expect(text).toMatch(/Maya, Isla and Ruby/);
  });

  it("a dropped name leaves a list said with 'are'", async () => {
    const text = await chat(
      "My suppliers are Freshco, Dairyline and Bakewell.",
      "Noted.",
      "Drop Dairyline, we closed that account.",
      "Okay.",
      "Who are my suppliers?",
    );
    expect(text).toMatch(/Freshco and Bakewell/);
    expect(text).toMatch(/Dairyline off/);
  });

  it("keeps an item the user said not to drop", async () => {
    const text = await chat(
      "Orders I need to ship today: ORD-71, ORD-88, ORD-93.",
      "Noted.",
      "Don't drop ORD-88, it's urgent.",
      "Okay.",
      "Which orders do I still have to ship?",
    );
    if (/ORD-71/.test(text)) expect(text).toMatch(/ORD-71.*ORD-88.*ORD-93/);
  });
});

describe("a tool's result weighed against what the user says they need, or priced for the amount asked", () => {
  it("enough or not, and by how much", async () => {
    const short = await afterTool("Is there enough sugar for the jam? I need 3 kg.", {
      item: "sugar",
      quantity_kg: 1.2,
    });
    expect(short).toMatch(/^No\b/);
    expect(short).toMatch(/1\.8 kg short/);
    expect(await afterTool("Do I have enough paint? I need about 5 litres.", { item: "paint", quantity_l: 8 })).toMatch(
      /^Yes\b/,
    );
  });

  it("a price per unit times the amount asked", async () => {
    expect(await afterTool("What would 4 nights cost?", { room: "double", price_per_night_eur: 95 })).toMatch(/€380/);
  });
});
