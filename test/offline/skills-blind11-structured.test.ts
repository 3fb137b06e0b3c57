/**
 * What a learner relies on in a schema reply, after a tool and in a one-line list: a total is worked
 * out (never one of the prompt's own amounts), a field holds the text's value for it (the first name
 * of "Smith, John", where a job goes), a rule in the instructions weighs a tool's reading, quantities
 * are added up when the question asks how many of a thing, and a line keeps the order and mark asked.
 */
import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";

async function schema(prompt: string, fields: Record<string, object>): Promise<Record<string, unknown> | string> {
  const r = await complete({
    messages: [user(prompt)],
    temperature: 0,
    seed: 5,
    response_format: {
      type: "json_schema",
      json_schema: {
        name: "answer",
        strict: true,
        schema: { type: "object", properties: fields, required: Object.keys(fields), additionalProperties: false },
      },
    },
  });
  const m = r.choices[0].message;
  return m.content ? (JSON.parse(m.content) as Record<string, unknown>) : (m.refusal ?? "");
}

async function afterTool(question: string, result: unknown, rules?: string): Promise<string> {
  const r = await complete({
    messages: [
      ...(rules ? [system(rules)] : []),
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

async function text(prompt: string): Promise<string> {
  const r = await complete({ messages: [user(prompt)], temperature: 0, seed: 5 });
  return r.choices[0].message.content ?? "";
}

const num = { type: "number" };
const str = { type: "string" };

describe("offline model: a total in a schema is worked out", () => {
  it("adds a fixed part to a rate times the units", async () => {
    const got = await schema("Hiring a bike is £4 to start plus £2.50 per hour. What do 3 hours cost?", {
      hours: num,
      total_pounds: num,
    });
    expect(got).toEqual({ hours: 3, total_pounds: 11.5 });
  });

  it("says the same sum in words", async () => {
    expect(await text("An electrician charges $60 call-out plus $40 per hour. What does a 2 hour job cost?")).toMatch(
      /\$140\b/,
    );
  });

  it("declines rather than give one of the prompt's amounts as the total", async () => {
    const got = await schema("A cleaner charges 11 euros per room. What do 6 rooms cost?", {
      rooms: num,
      total_euros: num,
    });
    expect(typeof got === "string" ? got : JSON.stringify(got)).not.toMatch(/"total_euros":\s*(?:11|6)\b/);
  });

  it("pay, earnings and wages are results too: never the hourly rate", async () => {
    const got = await schema("A lifeguard worked 30 hours at £14 an hour. Work out the gross pay.", {
      hours: num,
      hourly_rate: num,
      gross_pay: num,
    });
    expect(typeof got === "string" ? got : JSON.stringify(got)).not.toMatch(/"gross_pay":\s*(?:14|30)\b/);
  });
});

describe("offline model: a schema field holds the text's value for it", () => {
  it("reads 'Surname, Given' and the number after 'no.'", async () => {
    const got = await schema("Pull the fields from this line: 'Ahmed, Sara - joined 04/02/2019 - Badge no. 5120'", {
      first_name: str,
      last_name: str,
      badge_number: { type: "integer" },
    });
    expect(got).toEqual({ first_name: "Sara", last_name: "Ahmed", badge_number: 5120 });
  });

  it("takes a destination from where the text sends something", async () => {
    const got = await schema("Log this porter job: 'Wheelchair from the lobby needs taking to X-ray straight away.'", {
      destination: str,
    });
    expect(got).toEqual({ destination: "X-ray" });
  });

  it("logs a harvest: what the amount is of, and the one amount in the field's unit", async () => {
    const got = await schema("Log this: dug up 4.2 kg of potatoes from bed 6 on Saturday.", {
      crop: str,
      weight_kg: num,
      bed: { type: "integer" },
    });
    expect(got).toEqual({ crop: "potatoes", weight_kg: 4.2, bed: 6 });
  });

  it("never fills a knowledge field with an invented name", async () => {
    const got = await schema("For my son's homework: which gas do we breathe out? Give the name and the formula.", {
      gas: str,
      formula: str,
    });
    expect(got).toEqual({ gas: "Carbon dioxide", formula: "CO2" });
  });
});

describe("offline model: a tool's result weighed and added up", () => {
  it("weighs a reading against a rule the instructions set", async () => {
    const reply = await afterTool(
      "Can the beginners take the dinghies out now?",
      { wind_knots: 18, gusts_knots: 25 },
      "You run the sailing club desk. Safety rule: no dinghies launch when the wind is over 12 knots.",
    );
    expect(reply).toMatch(/^No\b/);
    expect(reply).toMatch(/\b18 knots\b/);
  });

  it("adds up the quantities of the rows the question names", async () => {
    const reply = await afterTool("How many scones have we sold today altogether?", {
      sales: [
        { item: "fruit scone", qty: 11 },
        { item: "cheese scone", qty: 5 },
        { item: "flapjack", qty: 8 },
      ],
    });
    expect(reply).toMatch(/\b16\b/);
    expect(reply).not.toMatch(/\b24\b/);
  });

  it("still counts the rows when the question asks how many orders", async () => {
    const reply = await afterTool("How many orders came in?", {
      orders: [
        { item: "tea", qty: 2 },
        { item: "cake", qty: 3 },
      ],
    });
    expect(reply).toMatch(/\b2\b/);
    expect(reply).not.toMatch(/\b5\b/);
  });
});

describe("offline model: a list on one line", () => {
  it("keeps the order asked and the commas", async () => {
    expect(
      await text("Put these in alphabetical order on one line, separated by commas: swede, leek, chard, beans"),
    ).toBe("beans, chard, leek, swede");
  });

  it("makes a table of the pairs the sentences after the ask give", async () => {
    const table = await text(
      "Make a markdown table with two columns, Day and Chore, for the kids. Monday is bins and Tuesday is dishes.",
    );
    expect(table).toMatch(/\|\s*Day\s*\|\s*Chore\s*\|/);
    expect(table).toMatch(/\|\s*Monday\s*\|\s*Bins\s*\|/);
    expect(table).toMatch(/\|\s*Tuesday\s*\|\s*Dishes\s*\|/);
  });

  it("puts the mark the instruction names between the items", async () => {
    expect(
      await text("Put these on one line separated by semicolons: mop the floor, feed the cat, post the letter"),
    ).toBe("mop the floor; feed the cat; post the letter");
  });
});
