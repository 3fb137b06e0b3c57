import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * The kinds blind14 showed in memory and arithmetic: one reading of several said earlier is that
 * reading alone ("the 1pm one"), or declined when no part holds it; lengths said one by one are added
 * up even when a size describes the thing ("15mm copper"), never that size converted. Prompts are this
 * file's own. A list said in a sentence earlier ("we're singing A, B and C") and asked back by its count
 * ("put my four in order") is that list sorted, titles whole, or declined when the count is not its own.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof assistant>;
const text = async (messages: Message[] | string) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      temperature: 0,
      messages: (typeof messages === "string" ? [user(messages)] : messages) as never,
    })
  ).choices[0].message.content ?? "";

const DECLINE = /\b(?:cannot|can't|don't know|haven't told)\b/i;

describe("memory: one reading of several", () => {
  const said = [
    user("Greenhouse temps today: 12.5 degrees at 7am, 19.2 at 1pm and 15.0 at 8pm."),
    assistant("Noted: 12.5°C at 7am, 19.2°C at 1pm and 15.0°C at 8pm. A warm afternoon."),
  ];
  it("gives the one asked for, alone", async () => {
    const reply = await text([...said, user("what was the 1pm one again? lost my notebook")]);
    expect(reply).toMatch(/19\.2/);
    expect(reply).not.toMatch(/12\.5|15\.0/);
  });
  it("gives the last reading, not the remark after the readings", async () => {
    const reply = await text([...said, user("what was the last one again?")]);
    expect(reply).toMatch(/15\.0/);
    expect(reply).not.toMatch(/warm afternoon/i);
  });
  it("declines one that no reading holds", async () => {
    const reply = await text([...said, user("what was the 3pm one again?")]);
    expect(reply).toMatch(DECLINE);
    expect(reply).not.toMatch(/12\.5|19\.2|15\.0/);
  });
});

describe("arithmetic: lengths added up beside a size", () => {
  it("adds the runs, not the pipe's size", async () => {
    const reply = await text(
      "need 15mm copper for four runs: 2.1m, 3.25m, 0.9m and 1.5m. how many metres is that all together",
    );
    expect(reply).toMatch(/7\.75/);
    expect(reply).not.toMatch(/0\.01/);
  });
  it("adds stretches beside an inch size", async () => {
    const reply = await text("buying 4 inch drainpipe for three stretches, 6m, 4.5m and 2m. how many metres in total?");
    expect(reply).toMatch(/12\.5/);
  });
});

describe("layout: the user's own list said earlier", () => {
  const said = [
    user("For Sunday we are singing Jerusalem, Abide with Me, Amazing Grace and Be Thou My Vision."),
    assistant("A fine set, everyone knows those."),
  ];
  it("sorts 'my four' as a numbered list", async () => {
    const reply = await text([...said, user("put my four in alphabetical order as a numbered list")]);
    expect(reply).toBe("1. Abide with Me\n2. Amazing Grace\n3. Be Thou My Vision\n4. Jerusalem");
  });
  it("keeps a title's article and drops where the list belongs", async () => {
    const reply = await text([
      user("This term we're reading Holes, Wonder, Matilda, The Hobbit and Skellig in class."),
      assistant("Lovely choices."),
      user("can you put those five in alphabetical order, numbered"),
    ]);
    expect(reply).toBe("1. Holes\n2. Matilda\n3. Skellig\n4. The Hobbit\n5. Wonder");
  });
  it("declines a count that is not the list's", async () => {
    const reply = await text([...said, user("put my six in alphabetical order as a numbered list")]);
    expect(reply).toMatch(DECLINE);
    expect(reply).not.toMatch(/^1\./m);
  });
});

describe("summaries: a noun kept, a sentence with no verb declined", () => {
  const email =
    "sum this up in 2 sentences for the crew: Hello, just confirming the details for our move on Tuesday 3 June. We are leaving 14 Mill Lane (a ground floor house) and going to 9 Bridge Street. Please take care with the grandfather clock in the hall, it is very old. I have arranged for the neighbours to keep the drive clear. Thanks, Anna";
  it("never swaps 'our move' for a verb's synonym nor gives a sentence with no verb", async () => {
    const reply = await text(email);
    expect(reply).not.toMatch(/\bshift\b/i);
    expect(reply).not.toMatch(/the details for our \w+ (?:on )?\w+ \d/i);
  });
});
