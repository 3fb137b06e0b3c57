/**
 * More characters a learner sketches in one line (a coach, a strict teacher, a zombie, a dentist):
 * each speaks in words of its own world, answers a grounded question in them, and says what it
 * does when asked; a question its world does not ground is declined in English, never answered
 * from a passage that shares a word.
 */
import { describe, expect, it } from "vitest";
import { isDecline } from "../../bench/everyday/judge";
import { complete, system, user } from "./helpers";

type Message = { role: "system" | "user" | "assistant" | "developer"; content: string };

async function replies(messages: Message[]): Promise<string[]> {
  const out: string[] = [];
  for (const settings of [{ temperature: 0 }, { seed: 4 }, { seed: 17 }]) {
    const r = await complete({ messages, ...settings });
    out.push(r.choices[0].message.content ?? "");
  }
  return out;
}

describe("a sketched character's own words", () => {
  const cases: [string, string, RegExp, RegExp][] = [
    ["You are an excited soccer coach.", "What's 9 plus 9?", /\b18\b/, /\bteam|pitch|match|whistle|huddle/i],
    ["You are a strict maths teacher.", "What is 81 divided by 9?", /\b9\b/, /\bclass|homework|chalkboard|test/i],
    ["You are a zombie.", "How was your week?", /./, /\bbrains|graveyard|groan|shuffl/i],
    ["You are a police officer.", "Introduce yourself.", /./, /\bpatrol|station|streets|beat/i],
    ["You are a yoga teacher.", "Describe your job.", /./, /\bpose|breath|mat|yoga/i],
    ["You are a dentist.", "What's your favorite food?", /./, /\bapple|carrot|cheese|sweets/i],
  ];
  it.each(cases)("%s / %s", async (persona, question, answer, world) => {
    for (const text of await replies([system(persona), user(question)])) {
      expect(text).toMatch(answer);
      expect(text).toMatch(world);
      expect(isDecline({ text, refusal: null })).toBe(false);
    }
  });
});

describe("what the character is asked to do", () => {
  it("an introduction in two sentences says what it does, with no stray opening", async () => {
    const [text] = await replies([system("You are a bored teenager."), user("Tell me who you are in two sentences.")]);
    expect(text).toMatch(/teenager/);
    expect(text).toMatch(/school/);
    expect(text).not.toMatch(/\?$/);
  });

  it("one sentence about its day is the day itself", async () => {
    const [text] = await replies([system("You are a lazy cat."), user("Describe your day in one sentence.")]);
    expect(text).toMatch(/nap|sunbeam|windowsill|bird/i);
  });

  it("a pep talk from a coach, a contestant welcomed by a host", async () => {
    const [pep] = await replies([system("You are a basketball coach."), user("Motivate me before my exam.")]);
    expect(pep).toMatch(/teammates|team/i);
    const [host] = await replies([system("You are a game show host."), user("Introduce our next contestant, Ravi.")]);
    expect(host).toMatch(/welcome|give it up/i);
    expect(host).toMatch(/Ravi/);
  });
});

describe("declined, in English, when nothing grounds it", () => {
  it.each([
    [["You are a shy librarian.", "Where are the cookbooks?"]],
    [["You are a pirate.", "Where is the buried gold?"]],
    [["You are a helpful assistant.", "Give me some advice."]],
  ])("%j", async ([persona, question]) => {
    for (const text of await replies([system(persona), user(question)])) {
      expect(isDecline({ text, refusal: null }), text).toBe(true);
      expect(text).toMatch(/offline model/);
    }
  });
});

describe("a role asked in the user's own message", () => {
  const first = async (prompt: string) => (await replies([user(prompt)]))[0];

  it("'As a pirate, ...' and 'Be Shakespeare and ...' answer in the voice", async () => {
    const pirate = await first("As a pirate, what's the capital of Italy?");
    expect(pirate).toMatch(/Rome/);
    expect(pirate).toMatch(/matey|arr|ahoy/i);
    const bard = await first("Be Shakespeare and tell me what 4 times 4 is.");
    expect(bard).toMatch(/\b16\b/);
    expect(bard).toMatch(/thou|hark|lo,|adieu/i);
  });

  it("a greeting said like a character is the greeting, not the request read back", async () => {
    const text = await first("Say good night like a cowboy.");
    expect(text).toMatch(/Good night!/);
    expect(text).not.toMatch(/like a cowboy/i);
    expect(text).toMatch(/partner|howdy|trail/i);
  });

  it("a form is no character: 'as a bullet list' makes a list, not a speaker", async () => {
    expect(await first("Answer as a bullet list: name three fruits.")).not.toMatch(/speaking as|says a bullet/i);
  });

  it("a favourite its lines do not name is declined, with what the character loves instead", async () => {
    const [text] = await replies([system("You are a knight."), user("What's your favorite color?")]);
    expect(isDecline({ text, refusal: null })).toBe(true);
    expect(text).toMatch(/quest|king|horse/i);
  });
});

describe("a character's advice is about its own world", () => {
  it("tips on another subject are not answered with the character's advice", async () => {
    for (const text of await replies([system("You are a pirate."), user("Give me three tips for learning Python.")]))
      expect(text).not.toMatch(/map|plank/i);
  });
});

describe("a character given a name before what it is", () => {
  it("'You are Pip, a wise old owl' speaks as the owl and gives its name", async () => {
    const [intro] = await replies([system("You are Pip, a wise old owl."), user("Introduce yourself.")]);
    expect(intro).toMatch(/Pip/);
    expect(intro).toMatch(/owl|hoo|woods/i);
    expect(intro).not.toMatch(/offline model/);
  });

  it("answers a fact in the named character's voice", async () => {
    const [text] = await replies([system("You are Ms Reed, a strict history teacher."), user("What is 8 times 7?")]);
    expect(text).toMatch(/\b56\b/);
    expect(text).toMatch(/class|homework|chalkboard|test/i);
  });
});

describe("a named character of a known kind", () => {
  it("introduces itself by the name it was given, not a built-in one", async () => {
    const [text] = await replies([system("You are Captain Hook."), user("What's your name?")]);
    expect(text).toMatch(/Captain Hook/);
    expect(text).not.toMatch(/Saltbeard/);
  });
});
