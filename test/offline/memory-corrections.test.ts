import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";
import { applyCorrections, readCorrection } from "../../src/offline/skills/corrections";

/**
 * A user correcting a fact they stated: the correction is acknowledged and every later answer
 * uses the new value. Prompts are this file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed = 2) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";

describe("corrections of stated facts", () => {
  it("reads what a correction changes, and only a plain value", () => {
    expect(readCorrection("Actually it's 7, not 6.")).toEqual({ to: "7", from: "6" });
    expect(readCorrection("oh wait, the dentist moved to 10am")).toEqual({ to: "10am" });
    expect(readCorrection("Sorry, I meant Thursday.")).toEqual({ to: "Thursday" });
    expect(readCorrection("Sorry about that.")).toBeNull();
    expect(readCorrection("Actually, what time is it?")).toBeNull();
  });

  it("leaves a message with two values of the kind alone", () => {
    const texts = ["I run 5 km on Mondays and 8 km on Fridays.", "Actually it's 6."];
    expect(applyCorrections(texts).texts[0]).toBe(texts[0]);
  });

  it("acknowledges the correction and answers later questions from it", async () => {
    const base: Message[] = [
      user("My dinner with Sam is at 7pm."),
      assistant("Sounds nice!"),
      user("Oops, make that 8pm."),
    ];
    expect(await text(base)).toMatch(/8pm/);
    const later = [...base, assistant("Noted."), user("When is my dinner with Sam?")];
    const reply = await text(later);
    expect(reply).toMatch(/8pm/);
    expect(reply).not.toMatch(/7pm/);
    const dogs = [
      user("I've got two dogs."),
      assistant("Nice!"),
      user("Actually it's three, not two."),
      assistant("Ok."),
      user("How many dogs do I have?"),
    ];
    expect(await text(dogs)).toMatch(/\b3 dogs\b|\bthree dogs\b/);
  });
});
