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
  it("a height in feet and inches: 172 cm is 5 feet 7.7 inches", async () => {
    for (const r of await replies("What is 172 cm in feet and inches?", 6)) expect(r).toMatch(/5 feet 7\.7 inches/);
  });
});
