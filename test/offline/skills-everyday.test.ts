/**
 * Everyday asks a learner tries first, with prompts the course never uses: a slogan for a product,
 * a name for a pet, a height in feet and inches. Each reply does the job asked, in every phrasing
 * the sampler may pick.
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

/** Every reply of n choices at temperature 1 (so all phrasings show), with a fixed seed. */
const replies = async (prompt: string, n = 12) =>
  (await complete({ messages: [user(prompt)], n, seed: 11 })).choices.map((c) => c.message.content ?? "");

describe("creative forms fit what their subject is", () => {
  it("a slogan for a product, an app or a gadget never invites you 'to our' it", async () => {
    for (const prompt of ["Write a slogan for a reusable lunch box.", "Tagline for a meditation app, please"]) {
      const subject = /lunch box|meditation app/.exec(prompt)?.[0] ?? "";
      const all = await replies(prompt);
      for (const r of all) expect(r, prompt).not.toMatch(/\b(?:at|to) (?:our|your|the) (?:reusable|meditation)/i);
      expect(all.filter((r) => r.toLowerCase().includes(subject)).length, prompt).toBeGreaterThan(0);
    }
  });

  it("a place people visit keeps its welcome: a tagline for a climbing gym may say 'at our climbing gym'", async () => {
    const all = await replies("Write a tagline for a climbing gym.");
    expect(all.some((r) => /climbing gym|climb/i.test(r))).toBe(true);
  });

  it("a name for a pet or a creature comes with a reason about it, never about a shop's goods or service", async () => {
    for (const prompt of ["What should I name my tortoise?", "Give me a name for a friendly ghost."]) {
      for (const r of await replies(prompt, 8)) {
        expect(r, prompt).not.toMatch(/\b(?:service|goods|care|customers?)\b/i);
        expect(r, prompt).toMatch(/tortoise|ghost/i);
      }
    }
  });
});

describe("units told the way people say them", () => {
  it("a height said first, then asked of in feet and inches, keeps the inches", async () => {
    for (const r of await replies("My son is 1.5 m tall. How tall is that in feet and inches?", 4))
      expect(r).toMatch(/4 feet 11(?:\.1)? inches/);
  });

  it("hours in a year are a calendar year's, and a leap year has its own", async () => {
    for (const r of await replies("How many hours are in a year?", 3)) expect(r).toMatch(/\b8,?760 hours/);
    for (const r of await replies("How many minutes are in a leap year?", 3)) expect(r).toMatch(/\b527,?040 minutes/);
  });

  it("which of two units is bigger: one of each, side by side", async () => {
    for (const r of await replies("Which is longer, a yard or a metre?", 3)) expect(r).toMatch(/^A metre is longer/);
    for (const r of await replies("Is an ounce heavier than a gram?", 3)) expect(r).toMatch(/^Yes/);
  });

  it("a height in feet and inches: 172 cm is 5 feet 7.7 inches", async () => {
    for (const r of await replies("What is 172 cm in feet and inches?", 6)) expect(r).toMatch(/5 feet 7\.7 inches/);
  });
});

/** An honest decline, as the everyday suite reads one: it names the offline model and says it cannot. */
const DECLINE = /offline model[\s\S]*\b(can't|cannot)\b|\b(can't|cannot)\b[\s\S]*offline model/i;

describe("a learner's programming questions get their own passage or an honest decline, never a neighbour's", () => {
  it("what an API is, which language to learn, installing Python, how long learning takes", async () => {
    const cases: [string, RegExp][] = [
      ["Can you explain APIs to me?", /application programming interface/i],
      ["Which programming language should a beginner pick?", /No programming language is best/i],
      ["What's the way to install Python on a Mac?", /python\.org|brew install python/i],
      ["How many months does it take to learn JavaScript?", /few months|few weeks/i],
    ];
    for (const [prompt, answer] of cases) for (const r of await replies(prompt, 4)) expect(r, prompt).toMatch(answer);
  });

  it("a how-to the topic never explains is declined: it says nothing on installing Node or on a city it only names", async () => {
    for (const prompt of ["How do I uninstall Node.js?", "What is the population of Melbourne?"])
      for (const r of await replies(prompt, 4)) expect(r, prompt).toMatch(DECLINE);
  });
});

describe("short notes and the jokes people ask for by name", () => {
  it("a birthday wish or a thank-you note names the person and the reason the request gives, and invents nothing else", async () => {
    for (const r of await replies("Write a quick birthday message for my dad.", 6))
      expect(r).toMatch(/^Happy birthday, Dad!/);
    for (const r of await replies("Draft a thank-you note to my aunt for knitting me a scarf.", 6)) {
      expect(r).toMatch(/^Dear aunt,/);
      expect(r).toContain("Thank you so much for knitting me a scarf.");
    }
  });

  it("a knock-knock joke has its five lines; a riddle comes with its answer", async () => {
    for (const r of await replies("Got a knock knock joke for me?", 6)) {
      const lines = r.split("\n");
      expect(lines, r).toHaveLength(5);
      expect(lines[1]).toBe("Who's there?");
      expect(lines[3]).toBe(`${lines[2].replace(/\.$/, "")} who?`);
    }
    for (const r of await replies("Tell me a riddle, please.", 6)) expect(r).toMatch(/\?\n\n\S.*\.$/);
  });
});
