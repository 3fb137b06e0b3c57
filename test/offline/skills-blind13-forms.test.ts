import { describe, expect, it } from "vitest";
import { type assistant, complete, system, user } from "./helpers";

/**
 * The kinds blind13 showed in labels, exact counts, layout and languages: a label over a given text
 * is the one its words point to, or an honest "I can't", never the schema's first option; a system
 * message's own labels ("urgent or routine") are the reply's words. Prompts are this file's own.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof assistant> | ReturnType<typeof system>;
const reply = async (messages: Message[] | string, extra: Record<string, unknown> = {}) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      temperature: 0,
      messages: (typeof messages === "string" ? [user(messages)] : messages) as never,
      ...extra,
    })
  ).choices[0].message;
const text = async (messages: Message[] | string, extra: Record<string, unknown> = {}) =>
  (await reply(messages, extra)).content ?? "";

const DECLINE = /\b(?:cannot|can't|don't know)\b/i;

const labelled = (options: string[]) => ({
  response_format: {
    type: "json_schema",
    json_schema: {
      name: "card",
      strict: true,
      schema: {
        type: "object",
        properties: { kind: { type: "string", enum: options } },
        required: ["kind"],
        additionalProperties: false,
      },
    },
  },
});

describe("labels: a given text's label, by its own words", () => {
  const CARD = labelled(["complaint", "compliment", "question"]);

  it("reads thanks as a compliment, not the schema's first option", async () => {
    const out = await text(
      "Sort this note from the library suggestions tray: 'The new reading lamps are lovely, thank you so much!'",
      CARD,
    );
    expect(JSON.parse(out)).toEqual({ kind: "compliment" });
  });

  it("reads a fault as a complaint, and a bare question as a question", async () => {
    const broken = await text(
      "Sort this note from the library suggestions tray: 'The photocopier on floor 2 has been broken all week.'",
      CARD,
    );
    expect(JSON.parse(broken)).toEqual({ kind: "complaint" });
    const asked = await text(
      "Sort this note from the library suggestions tray: 'Do you open earlier during exam season?'",
      CARD,
    );
    expect(JSON.parse(asked)).toEqual({ kind: "question" });
  });

  it("gives no label at all when nothing in the text points to one", async () => {
    const message = await reply("Sort this note from the library suggestions tray: 'I visited on a Wednesday.'", CARD);
    expect(message.content ?? "").not.toMatch(/"complaint"|"compliment"|"question"/);
    expect(message.refusal ?? message.content ?? "").toMatch(DECLINE);
  });

  it("rates a job that can wait as routine and one that cannot as urgent, in a schema", async () => {
    const JOB = labelled(["urgent", "routine"]);
    const later = await text("Rate this job: 'Move the spare chairs to room 4 sometime next week.'", JOB);
    expect(JSON.parse(later)).toEqual({ kind: "routine" });
    const now = await text("Rate this job: 'The delivery van is blocking the ambulance bay right now.'", JOB);
    expect(JSON.parse(now)).toEqual({ kind: "urgent" });
  });

  it("uses the system message's own labels, 'urgent or routine'", async () => {
    const rule = system("Sort each maintenance request as urgent or routine. Reply with the label only.");
    expect((await text([rule, user("Repaint the bike shed doors when you get a chance.")])).trim()).toBe("routine");
    expect((await text([rule, user("Water is pouring through the ceiling in the kitchen, come now.")])).trim()).toBe(
      "urgent",
    );
  });
});

describe("languages: a two-part answer in another language", () => {
  it("keeps both values, never the first alone", async () => {
    const out = await text(
      "Answer in Italian: our pipes are tin-lined, so what is tin's chemical symbol and its atomic number?",
    );
    expect(out).toMatch(/\bSn\b/);
    expect(out).toMatch(/\b50\b/);
  });
});
