import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Answers worked out from the conversation itself: sums over what the user said (never a number
 * they said as the answer to a sum), follow-ups that ask about an item rather than for it, a how-to
 * put as its steps, and summaries that keep a text's key facts in the model's own words. Prompts are
 * this file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[]) =>
  (await complete({ messages: messages as never, seed: 3, temperature: 0 })).choices[0].message.content ?? "";
const told = (fact: string, ask: string): Message[] => [user(fact), assistant("Noted."), user(ask)];
const exchange = (ask: string, answer: string, next: string): Message[] => [user(ask), assistant(answer), user(next)];

describe("sums over what the user said", () => {
  it("the time between two clock times they gave", async () => {
    expect(
      await text(
        told(
          "I leave home at 7:15, the bus comes at 7:40 and class starts at 9.",
          "How long between the bus and class?",
        ),
      ),
    ).toMatch(/^1 hour and 20 minutes\b/);
    expect(await text(told("I start my shift at 8 and finish at 4.", "How many hours is my shift?"))).toMatch(
      /^8 hours\b/,
    );
  });

  it("a budget less what was spent, ages added up, a share per person", async () => {
    expect(
      await text(
        told("I have a budget of 250 pounds for the holiday.", "I spent 90 on the ferry. How much do I have left?"),
      ),
    ).toMatch(/^160 pounds left/);
    // Every amount of a spending counts, however it is listed.
    const spree = told(
      "I had 80 dollars for the fair. I spent 15 on rides, 6 on candy and 20 on a hat.",
      "What's left?",
    );
    expect(await text(spree)).toMatch(/^39 dollars left/);
    // What things cost, and each thing bought "for" an amount, are spent too; a price each is not yet an amount.
    const shop = "I have 90 euros. A scarf costs 25 and gloves cost 18. How much is left?";
    expect(await text([user(shop)])).toMatch(/\b47 euros left/);
    const market = "I had $30 and bought a plant for $8 and soil for $5. How much do I have left?";
    expect(await text([user(market)])).toMatch(/\b17 dollars left/);
    expect(await text([user("I have 60 pounds. Tickets cost 15 each and I need 2. How much is left?")])).not.toMatch(
      /\b(?:43|45) pounds left/,
    );
    expect(await text(told("My nephews are 3, 5 and 11.", "How old are they together?"))).toMatch(/^19\b/);
    expect(
      await text(told("We're having 9 guests for lunch.", "If each guest eats 3 dumplings, how many should I make?")),
    ).toMatch(/^27 dumplings/);
  });

  it("a weekly amount over some weeks, and the day before a stated date", async () => {
    expect(await text(told("I put 40 a week into savings.", "How much will I have after 6 weeks?"))).toMatch(
      /(?:^|= )240\b/,
    );
    expect(
      await text(told("The concert is on the 1st of June.", "I'll travel the day before. What date is that?")),
    ).toMatch(/31st of May/);
  });

  it("the place in the order the user gave, and the clock time asked", async () => {
    expect(
      await text(
        told("I'm flying to Lima first, then Cusco, and ending in La Paz.", "Which city am I visiting second?"),
      ),
    ).toMatch(/^Cusco\b/);
    expect(await text(told("My piano lesson is on Tuesday at 5pm.", "What time is my lesson?"))).toMatch(/5pm/);
  });

  it("never answers a sum with a number the user said", async () => {
    const reply = await text(told("I walk 4 km every day.", "How far will I have walked after 10 days?"));
    expect(reply).not.toMatch(/^4\b/);
  });
});

describe("follow-ups about an earlier list", () => {
  it("a question about the Nth item is not answered with its name", async () => {
    const reply = await text(
      exchange("Name three lakes.", "1. Lake Geneva\n2. Lake Como\n3. Lake Garda", "How deep is the second one?"),
    );
    expect(reply).not.toMatch(/^(?:The )?second one was/i);
  });

  it("the Nth item of a list the user gave", async () => {
    expect(
      await text(exchange("Remember my errands: post office, bank, pharmacy.", "Got it.", "What was the third one?")),
    ).toMatch(/pharmacy/);
  });

  it("a how-to as a numbered list is its steps", async () => {
    const reply = await text(
      exchange(
        "How do I repot a plant?",
        "Water the plant, ease it out of the old pot, loosen the roots and set it in a bigger pot with fresh soil. Then water it again.",
        "Can you make that a numbered list?",
      ),
    );
    expect(reply.split("\n").filter((l) => /^\d+\.\s/.test(l)).length).toBeGreaterThanOrEqual(4);
  });

  it("a cheaper alternative is never answered with an unrelated passage", async () => {
    const reply = await text(
      exchange("Suggest a present for my aunt, she loves baking.", "A stand mixer, about $250.", "Anything under $30?"),
    );
    expect(reply).not.toMatch(/logprobs|logit_bias|tokens/i);
  });
});

describe("summaries keep the key facts", () => {
  it("a notice's day and what to do, without its sign-off", async () => {
    const reply = await text([
      user(
        "tl;dr please: Dear residents, please note that the lifts in block B will be out of service next Monday from 8 a.m. to around 5 p.m. for repairs. Residents with heavy shopping may use the lift in block C. We apologise for any inconvenience. Kind regards, the estate office.",
      ),
    ]);
    expect(reply).toMatch(/Monday/);
    expect(reply).not.toMatch(/regards|estate office|apologise/i);
  });

  it("no article swaps that read as mistakes", async () => {
    const reply = await text([
      user(
        "Summarize in two sentences: Rosalind Franklin was a chemist born in London in 1920. Her X-ray images of DNA helped reveal its double helix structure. She also studied the structure of viruses.",
      ),
    ]);
    expect(reply).toMatch(/Rosalind Franklin/);
    expect(reply).not.toMatch(/\bone chemist\b|\bthis (?:X-ray|double)\b/);
  });

  it("bullets the request names each say their part", async () => {
    const reply = await text([
      user(
        "Summarize this in three bullets: when, what to bring, and what to send back. Dear families, the choir trip to the cathedral is on Friday 9 June. Singers should bring a packed lunch and their music folder. Please return the signed consent form by Monday.",
      ),
    ]);
    const bullets = reply.split("\n").filter((l) => l.startsWith("- "));
    expect(bullets).toHaveLength(3);
    expect(bullets[0]).toMatch(/Friday/);
    expect(bullets[1]).toMatch(/lunch|folder/);
    expect(bullets[2]).toMatch(/consent form/);
  });

  it("a headline for a pasted text is about the text", async () => {
    const reply = await text([
      user(
        "Write a headline (max 7 words) for this text: Hedgehogs are disappearing from British gardens. Fences stop them from moving between gardens, and fewer insects mean less food.",
      ),
    ]);
    expect(reply).toMatch(/Hedgehogs/);
    expect(reply.split(/\s+/).length).toBeLessThanOrEqual(7);
  });

  it("pros and cons as two headed lists", async () => {
    const reply = await text([
      user(
        "Summarize as 'Pros' and 'Cons': Living in the city centre saves time on commuting and the shops are close. However, rents are high and the streets are noisy at night.",
      ),
    ]);
    expect(reply).toMatch(/^Pros:\n- /);
    expect(reply).toMatch(/\nCons:\n- .*(?:rent|noisy)/);
  });

  it("a conversation's summary keeps the subject the user stated after a greeting", async () => {
    const reply = await text([
      user("Hi! I'm planning a barbecue for my neighbours on Sunday. What should I grill?"),
      assistant("Burgers, sausages and some vegetable skewers keep everyone happy."),
      user("Give me a one-sentence summary of this chat so far."),
    ]);
    expect(reply).toMatch(/barbecue/);
  });

  it("what was promised, not the courtesy", async () => {
    const reply = await text([
      user("Hello, my new kettle stopped working after a week."),
      assistant("I'm sorry to hear that. We'll send you a new kettle free of charge this week."),
      user("Summarize the customer's problem and what was promised, in one sentence."),
    ]);
    expect(reply).toMatch(/new kettle/);
    expect(reply).not.toMatch(/sorry to hear/i);
  });
});
