import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * What a learner relies on in a conversation: a count they kept changing over turns is worked out
 * (never one number they said), details they gave are read back, follow-ups work on the
 * assistant's own last turn, a rule or persona from the instructions holds on a question the model
 * can answer, and the language asked is the language of the reply. Prompts of our own.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system> | ReturnType<typeof assistant>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 3, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const developer = (content: string) => ({ role: "developer" as const, content }) as unknown as Message;

describe("counts and facts the user stated over several turns", () => {
  it("adds and takes away what came and went", async () => {
    const reply = await text([
      user("I baked 24 cookies this morning."),
      assistant("Yum!"),
      user("My kids ate 7 of them, and then I baked 12 more cookies."),
      assistant("Busy kitchen!"),
      user("How many cookies are left?"),
    ]);
    expect(reply).toMatch(/\b29\b/);
    expect(reply).not.toMatch(/^\s*24\b/);
  });

  it("declines a count whose numbers it cannot sign, rather than recalling one", async () => {
    const reply = await text([
      user("The shop had 50 tickets."),
      assistant("Ok."),
      user("Then 20 tickets and after that 5 tickets."),
      assistant("Ok."),
      user("How many tickets are left?"),
    ]);
    expect(reply).toMatch(/offline model/);
    expect(reply).not.toMatch(/\b(?:75|25|50)\b/);
  });

  it("the group less its part", async () => {
    const reply = await text([
      user("Our choir has 40 singers and 9 of them are tenors."),
      assistant("Noted."),
      user("How many singers are not tenors?"),
    ]);
    expect(reply).toMatch(/\b31\b/);
  });

  it("a total of the amounts one message gave", async () => {
    const reply = await text([
      user("The bikes cost €120, the helmets €45 and the locks €30."),
      assistant("Got it."),
      user("What's the total?"),
    ]);
    expect(reply).toMatch(/€195\b/);
  });

  it("what the user asked it to keep", async () => {
    const reply = await text([
      user("my gym locker code is 5521 dont let me forget"),
      assistant("Sure!"),
      user("ok what was it?"),
    ]);
    expect(reply).toMatch(/\b5521\b/);
  });

  it("where an event the user described is", async () => {
    const reply = await text([
      user("Heads up: the team lunch is on Friday at noon, at the Olive Tree cafe."),
      assistant("Noted."),
      user("Where is the team lunch again?"),
    ]);
    expect(reply).toMatch(/Olive Tree cafe/);
  });

  it("which listed entry fits a description", async () => {
    const reply = await text([
      user("Tickets: T-310 (broken printer), T-311 (password reset), T-312 (new laptop)."),
      assistant("Three tickets noted."),
      user("Which ticket was the password one?"),
    ]);
    expect(reply).toMatch(/T-311/);
  });

  it("who is next once someone cancelled", async () => {
    const reply = await text([
      user("Tomorrow's calls: Omar at 9am, Priya at 10 and Lars at 11."),
      assistant("Got it."),
      user("Priya cancelled. Who is after Omar now?"),
    ]);
    expect(reply).toMatch(/^Lars\b|\bLars is after Omar/);
  });
});

describe("follow-ups on the assistant's own last turn", () => {
  it("the item at a place said after it", async () => {
    const reply = await text([
      user("Name four oceans."),
      assistant("Pacific, Atlantic, Indian, Arctic."),
      user("Which one is third?"),
    ]);
    expect(reply).toMatch(/Indian/);
  });

  it("who made a listed item", async () => {
    const reply = await text([
      user("Three films for a rainy day?"),
      assistant("1. Paddington by Paul King\n2. Amelie by Jean-Pierre Jeunet\n3. Up by Pete Docter"),
      user("Who directed the second one?"),
    ]);
    expect(reply).toMatch(/Jean-Pierre Jeunet/);
  });

  it("the same question with a new value", async () => {
    const reply = await text([user("what's 30% of 90"), assistant("30% of 90 is 27."), user("now do 40%")]);
    expect(reply).toMatch(/\b36\b/);
  });

  it("converts the quantity asked, not the rounded answer", async () => {
    const reply = await text([
      user("Convert 3 miles to kilometres."),
      assistant("3 miles is about 4.83 kilometres."),
      user("And in metres?"),
    ]);
    expect(reply).toMatch(/4,?828\.03/);
  });

  it("runs the regex it gave on a string", async () => {
    const reply = await text([
      user("Regex for a 4-digit PIN?"),
      assistant("Use ^\\d{4}$ : exactly four digits."),
      user("Would '98765' match or not?"),
    ]);
    expect(reply).toMatch(/^No match/);
  });

  it("the amount its answer gave", async () => {
    const reply = await text([
      user("How do I calm down before a talk?"),
      assistant("Breathe in slowly through your nose, then out through your mouth, for about two minutes."),
      user("how long should I do it for?"),
    ]);
    expect(reply).toMatch(/two minutes/i);
  });
});

describe("rules and personas on questions the model can answer", () => {
  it("a start rule with a verdict says the verdict of the plain answer", async () => {
    const rule = "Every reply starts with 'RESULT:' followed by PASS or FAIL, then one sentence.";
    expect(await text([developer(rule), user("Is 9 an even number?")])).toMatch(/^RESULT: FAIL\b/);
    expect(await text([developer(rule), user("Is 13 a prime number?")])).toMatch(/^RESULT: PASS\b/);
  });

  it("an ask for help before the question is not a part left out", async () => {
    const reply = await text([
      system("You are a cheerful pirate captain."),
      user("Can you help me with my homework? What is 14 times 3?"),
    ]);
    expect(reply).toMatch(/\b42\b/);
    expect(reply).not.toMatch(/offline model/);
  });

  it("a notice to the audience named, with the sign-off", async () => {
    const reply = await text([
      developer("You write to parents for Oak Lane School. Always sign off with 'Best wishes, Oak Lane School'."),
      user("Tell the parents the school trip is moved to Thursday."),
    ]);
    expect(reply).toMatch(/parents/i);
    expect(reply).toMatch(/Thursday/);
    expect(reply).toMatch(/Best wishes, Oak Lane School\s*$/);
  });
});

describe("the language asked", () => {
  it("a standing rule for the next questions", async () => {
    const reply = await text([
      user("Please answer my next questions in Spanish, I'm practising."),
      assistant("¡Claro!"),
      user("What is the capital of Norway?"),
    ]);
    expect(reply).toMatch(/Oslo/);
    expect(reply).toMatch(/\b(?:la|es|respuesta)\b/i);
  });

  it("a leap year asked in German", async () => {
    expect(await text([user("Wie viele Tage hat ein Schaltjahr?")])).toMatch(/366/);
    expect(await text([user("Antwoord in het Nederlands: hoeveel dagen heeft een schrikkeljaar?")])).toMatch(/366/);
  });
});
