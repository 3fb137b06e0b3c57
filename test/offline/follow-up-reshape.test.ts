import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Follow-ups answered from the assistant's own earlier turn: a numbered step, an item of a
 * one-sentence list, what it said about something, its answer reshaped (list, caps, order) or
 * translated from the phrasebook, and a title or year it named. Prompts are this file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed = 5) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";
const following = (answer: string, ask: string): Message[] => [user("Help me out?"), assistant(answer), user(ask)];

const STEPS = "1. Rinse the rice.\n2. Add two cups of water.\n3. Simmer for fifteen minutes.\n4. Let it rest.";
const BIRDS = "Good garden birds to look for are the robin, the wren and the blackbird.";
const MOON =
  "The Moon is about 384,400 km away. Its surface is covered in craters from old impacts. The same side always faces Earth.";
const PLAY = "You could see Waiting for Godot, written by Samuel Beckett and first staged in 1953.";

describe("follow-ups about the assistant's earlier turn", () => {
  it("a numbered step, an item of an inline list, the item about something", async () => {
    expect(await text(following(STEPS, "What was step 3?"))).toMatch(/Simmer for fifteen minutes/);
    expect(await text(following(STEPS, "what was step two again?"))).toMatch(/two cups of water/);
    expect(await text(following(BIRDS, "What was the second one?"))).toMatch(/wren/);
    expect(await text(following(BIRDS, "Only the last one, please."))).toMatch(/blackbird/);
    expect(await text(following(STEPS, "Which step was about water?"))).toMatch(/Step 2: Add two cups/);
  });

  it("what it said about something, and a title or year it named", async () => {
    const craters = await text(following(MOON, "What did you just say about its surface?"));
    expect(craters).toMatch(/craters/);
    expect(craters).not.toMatch(/384,400/);
    expect(await text(following(PLAY, "What was that play called again?"))).toMatch(/Waiting for Godot/);
    expect(await text(following(PLAY, "Who wrote it?"))).toMatch(/Samuel Beckett/);
  });

  it("'why did you suggest it?' gives the answer's own reasons, and name reasons only for a name", async () => {
    const book = following(
      "You might enjoy Middlemarch by George Eliot, a novel of a small English town.",
      "Why did you recommend that book?",
    );
    expect(await text(book)).not.toMatch(/felt right|easy to remember/);
    const tool = following(
      "Git is a good first tool because every team uses it and mistakes can be undone.",
      "Why did you suggest Git?",
    );
    expect(await text(tool)).toMatch(/every team uses it/);
  });

  it("reshapes or translates the last answer, and says so when the phrasebook lacks it", async () => {
    const listed = await text(following(BIRDS, "Make it a list."));
    expect(listed.split("\n")).toHaveLength(3);
    expect(listed).toMatch(/^- the robin\n- the wren\n- the blackbird$|^- The robin/);
    expect(await text(following("Sea, sky and sand.", "Put them in alphabetical order."))).toMatch(
      /^sand, sea and sky\.$/i,
    );
    expect(await text(following("Quiet harbour at dawn.", "Make it all caps."))).toBe("QUIET HARBOUR AT DAWN.");
    expect(await text(following("Good night!", "Translate that into Italian."))).toMatch(/Buonanotte/);
    expect(await text(following(MOON, "Translate that into Portuguese."))).toMatch(/offline model/);
  });
});
