/**
 * What a learner relies on when a schema field or a tool's stock is read from a job's own words: staff
 * named by their job are staff, a job's drop-off and pick-up are where its verbs lead, and packs times
 * what each pack holds is weighed against what is needed.
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

async function schema(prompt: string, fields: Record<string, object>): Promise<Record<string, unknown>> {
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
  return JSON.parse(r.choices[0].message.content ?? "{}") as Record<string, unknown>;
}

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

const staffFields = {
  tone: { type: "string", enum: ["positive", "negative", "neutral"] },
  mentions_staff: { type: "boolean" },
};

describe("offline model: staff named by their job", () => {
  it("counts a waiter, a nurse or the man at the desk as staff", async () => {
    for (const text of [
      "Classify this review: 'The waiter at our table was rude and slow.'",
      "Classify this review: 'The man at the desk sorted our keys in a minute.'",
      "Classify this review: 'Our nurse Priya was kind.'",
    ])
      expect((await schema(text, staffFields)).mentions_staff).toBe(true);
  });

  it("says no staff when none is named", async () => {
    const out = await schema(
      "Classify this review: 'Lovely views from the top floor, the lift was slow.'",
      staffFields,
    );
    expect(out.mentions_staff).toBe(false);
  });
});

describe("offline model: where a job drops off and picks up", () => {
  const fields = { pickup: { type: "string" }, dropoff: { type: "string" }, boxes: { type: "integer" } };

  it("reads 'drop off at' and 'deliver to' as the drop-off, 'from' after a collection as the pick-up", async () => {
    const a = await schema(
      "Record this run: 'Pick up 3 boxes from 9 Mill Lane at 10:00, drop off at Leeds station.'",
      fields,
    );
    expect(a).toMatchObject({ pickup: "9 Mill Lane", dropoff: "Leeds station", boxes: 3 });
    const b = await schema(
      "Log this: 'Collect 4 boxes from the Old Mill and deliver them to 5 Park Road by noon.'",
      fields,
    );
    expect(b).toMatchObject({ pickup: "the Old Mill", dropoff: "5 Park Road" });
  });

  it("does not give the pick-up street as the delivery address", async () => {
    const out = await schema("Log this job: 'Collect a sofa from 4 High Street and take it to the Riverside depot.'", {
      pickup_address: { type: "string" },
      delivery_address: { type: "string" },
    });
    expect(out).toMatchObject({ pickup_address: "4 High Street", delivery_address: "the Riverside depot" });
  });
});

describe("offline model: packs times what each holds, against a need", () => {
  it("multiplies the packs by the count per pack and says whether it covers the need", async () => {
    const yes = await afterTool("Do we have ibuprofen 200mg tablets? Need a box of 30 for a patient.", {
      item: "ibuprofen 200mg tablets",
      packs: 3,
      tablets_per_pack: 16,
    });
    expect(yes).toMatch(/^Yes\b/);
    expect(yes).toContain("48 tablets");
    const no = await afterTool("Have we got size 4 nappies? We need 60.", { boxes: 2, nappies_per_box: 24 });
    expect(no).toMatch(/^No\b/);
    expect(no).toContain("12 short");
  });
});

describe("offline model: a date field shifted from the text's one date", () => {
  it("works out the date N days or weeks after, never copying the date given", async () => {
    const a = await schema(
      "The tomatoes were sown on 3 March 2026 and we transplant them 6 weeks after sowing. When is transplanting?",
      { sown_on: { type: "string" }, weeks: { type: "integer" }, transplant_date: { type: "string" } },
    );
    expect(a.transplant_date).toBe("2026-04-14");
    const b = await schema("Invoice dated 12 May 2026, payment due 30 days from the invoice date.", {
      invoice_date: { type: "string" },
      due_date: { type: "string" },
    });
    expect(b.due_date).toBe("2026-06-11");
  });

  it("declines a shifted date it cannot work out, or one the text says nothing of", async () => {
    const fields = { sown_on: { type: "string" }, transplant_date: { type: "string" } };
    const noYear = await schema("Sown on 3 March, we transplant 6 weeks after sowing.", fields);
    expect(noYear.transplant_date).toBe("unknown");
    const other = await schema("The apples were picked on 2 October 2025 and we press them 10 days after picking.", {
      picked_on: { type: "string" },
      racking_date: { type: "string" },
    });
    expect(other.racking_date).toBe("unknown");
  });
});
