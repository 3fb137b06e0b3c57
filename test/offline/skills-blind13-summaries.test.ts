import { describe, expect, it } from "vitest";
import { fragment } from "../../src/offline/skills/summary";
import { complete, user } from "./helpers";

/**
 * The kinds blind12 showed in summaries: a summary is never a broken fragment. Each of its sentences
 * is a whole clause (a finite verb, no preposition straight before a verb, no end on a function word,
 * no relative clause standing alone); a leading "Owing to X," goes before anything is cut inside a
 * clause; a deadline or a day is moved rather than cut; a job note says the job. When no whole
 * sentence fits, the reply declines. Prompts are this file's own.
 */
const text = async (prompt: string) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      temperature: 0,
      messages: [user(prompt)] as never,
    })
  ).choices[0].message.content ?? "";

const DECLINE = /\b(?:cannot|can't)\b[\s\S]*offline model/i;

describe("summaries: the structural guard", () => {
  it("calls a sentence with no main clause a fragment", () => {
    expect(fragment("Because of the storm on Friday 3 March.")).toBe(true);
    expect(fragment("The text says that invoices for need to be paid by Friday.")).toBe(true);
    expect(fragment("It adds that everyone who arrives.")).toBe(true);
    expect(fragment("The car park behind the leisure centre, and members can park at the school.")).toBe(true);
    expect(fragment("The museum shop near the entrance.")).toBe(true);
  });

  it("keeps whole clauses, imperatives and a verb's particle", () => {
    expect(fragment("People who cycle report they save money.")).toBe(false);
    expect(fragment("Finely chop one chilli and stir them in.")).toBe(false);
    expect(fragment("On Monday, Mrs Patel rang about her kitchen tap.")).toBe(false);
    expect(fragment("The text says that readers should come in on Saturday.")).toBe(false);
    expect(fragment("Apples, pears, and bananas are fruit.")).toBe(false);
  });
});

describe("summaries: compressed without breaking a clause", () => {
  it("drops a leading 'Owing to X,' and keeps the main clause", async () => {
    const reply = await text(
      "Summarise this for passengers in under 15 words: Owing to roadworks on Station Road, the number 12 bus will stop at the library instead of the market for the next two weeks. Please allow extra time for your journey. Evening services are not affected.",
    );
    expect(reply).toMatch(/\blibrary\b/);
    expect(reply).not.toMatch(/^Owing to/);
    expect(reply.split(/\s+/).length).toBeLessThanOrEqual(14);
  });

  it("keeps a claim's deadline instead of cutting it, and leaves no 'for need'", async () => {
    const reply = await text(
      "TL;DR in two sentences: Hi team, just a reminder that expense claims for this quarter need to be submitted to finance by noon on Friday the 12th. Claims that arrive after that will go into the next quarter. Receipts must be attached to every claim. Questions go to Priya, not to this inbox.",
    );
    expect(reply).toMatch(/Friday/);
    expect(reply).toMatch(/expense claims/);
    expect(reply).not.toMatch(/\bfor need/);
  });

  it("says the job a note asks for, with the day moved before the caller", async () => {
    const reply = await text(
      "Sum up this job note in one sentence: Mrs Patel rang on Monday about her kitchen tap. The washer needs replacing and the cold pipe under the sink needs tightening. She wondered whether we could also look at the bathroom extractor fan, which we can, but it adds an hour to the job. She'll be in all day Thursday.",
    );
    expect(reply).toMatch(/Patel/);
    expect(reply).toMatch(/washer|pipe/);
    expect(reply).not.toMatch(DECLINE);
  });

  it("drops a car park's place before cutting its verb away", async () => {
    const reply = await text(
      "Summarise this in under 20 words: Because of the marathon on Sunday 14 May, the car park behind the leisure centre will be closed all day. Members can park at the school on Elm Lane instead. The pool opens as normal.",
    );
    expect(reply).toMatch(/car park (?:will be|is) (?:shut|closed)/);
    expect(fragment(reply)).toBe(false);
  });

  it("says 'asked whether', never 'requested whether'", async () => {
    const reply = await text(
      "Summarise this in one sentence: Ms Novak brought in a wool coat on Friday. The lining is torn and needs replacing. She asked whether we could replace the plain buttons with brass ones, which costs ten pounds more.",
    );
    expect(reply).not.toMatch(/requested whether|renew/);
  });
});

describe("summaries: reports and logs", () => {
  it("says the harm an incident report is about, at the end of a chain of what happened", async () => {
    const reply = await text(
      'Summarise this accident note in one sentence: "At about 10:40 on Saturday a boy of nine was playing on the climbing frame in the park. He lost his grip on the top bar, slid down the side of the frame and bruised his left wrist. A parent gave first aid and called his mother. He went home at 11:15."',
    );
    expect(reply).toMatch(/wrist/);
  });

  it("never passes pasted log lines off as sentences", () => {
    expect(fragment("The text explains that 7:15pm Van 2: dropped off at Mill Street.")).toBe(true);
    expect(fragment("Kim will open at 8 but have, Ade will close.")).toBe(true);
    expect(fragment("Cost: £5 a head.")).toBe(false);
  });
});
