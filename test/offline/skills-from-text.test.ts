import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

const ask = async (content: string) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", temperature: 0, messages: [user(content)] }))
    .choices[0].message.content ?? "";

/** A question about a text pasted in the same message is answered from the sentence that says it. */
describe("a question about a pasted text", () => {
  it("reads a date, a time and a duration of the kind asked", async () => {
    const notes = 'Minutes: "The review is on 14 June. Sam books the room. The review takes 90 minutes."';
    expect(await ask(`${notes} What's the date of the review?`)).toMatch(/^14 June\b/);
    expect(await ask(`${notes} How long is the review?`)).toMatch(/^90 minutes\b/);
    expect(await ask('Reminder: "Dentist at 4:30 pm on Thursday." What time is the dentist?')).toMatch(/^4:30 pm\b/);
  });

  it("picks the value of the clause the question is about, or none", async () => {
    const sign = 'The sign says: "The pool opens at 7 am and closes at 9 pm."';
    expect(await ask(`${sign} When does the pool close?`)).toMatch(/^9 pm\b/);
    expect(await ask(`${sign} What time does the pool open?`)).toMatch(/^7 am\b/);
    expect(
      await ask('Menu: "Soup costs 5 euros for a bowl and 3 euros for a cup." How much is a cup of soup?'),
    ).toMatch(/^3 euros\b/);
  });

  it("names who and where, and quotes its source", async () => {
    const reply = await ask('Text: "Omar lives in Ghent and studies in Leuven." Where does Omar study?');
    expect(reply).toMatch(/^In Leuven\b/);
    expect(reply).toMatch(/The text says: "Omar lives in Ghent and studies in Leuven\."/);
    expect(await ask('From this email, who sends the invoices? "Priya sends the invoices. Leo pays them."')).toMatch(
      /^Priya\b/,
    );
  });

  it("declines when the text does not hold what is asked", async () => {
    expect(await ask('Note: "Buy milk and call Jo." What time does the bakery open?')).toMatch(/offline model/);
  });

  it("does not hear a child's ticket as a request to talk to a child", async () => {
    expect(await ask("How much is a child ticket usually, compared with an adult one?")).not.toMatch(
      /simple way to think|short and simple version|the easy way/,
    );
  });
});
