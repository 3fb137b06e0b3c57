import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Summaries keep what a reader of a notice needs (the change, the new day and time, the text's own
 * list) in sentences that are whole, and follow-ups work on what was said in the conversation:
 * an arrival time, an average, a recipe scaled, the last answer as a list, another joke not told yet.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof assistant>;
const text = async (messages: Message[]) =>
  (await complete({ model: "gpt-6-luna", reasoning_effort: "none", seed: 7, temperature: 0, messages })).choices[0]
    .message.content ?? "";
const ask = (prompt: string) => text([user(prompt)]);
const sentences = (t: string) => t.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).filter((s) => /\w/.test(s));
const bullets = (t: string) => t.split("\n").filter((l) => /^\s*[-*•]\s+\S/.test(l));

describe("summaries keep the change and its new time", () => {
  it("a cancelled class and the one offered instead, in one sentence", async () => {
    const reply = await ask(
      "Summarize in one sentence: Hi all, the yoga class on Monday 6 May at 18:00 is cancelled because the hall is booked. We can offer you Tuesday 7 May at 19:30 instead. Please reply if you can't make it.",
    );
    expect(sentences(reply)).toHaveLength(1);
    expect(reply).toMatch(/Tuesday 7 May/);
    expect(reply).toMatch(/7:30pm/);
  });

  it("a 24-hour closing time is said the way a reader says it", async () => {
    const reply = await ask(
      "Give me a one-line summary: The pharmacy on King Street will close at 17:00 instead of 19:00 on Saturdays from next month. Prescriptions can still be collected online.",
    );
    expect(reply).toMatch(/5pm/);
    expect(reply).not.toMatch(/\n/);
  });

  it("a title's full stop ends no sentence, and a move is no span of days", async () => {
    const reply = await ask(
      "Summarize this in one sentence: Dear Ms. Patel, Dr. Evans has moved your appointment from Tuesday to Thursday 9 March at 11:00. Please arrive ten minutes early.",
    );
    // Either order keeps the move: "from Tuesday to Thursday 9 March", "to Thursday 9 March at 11:00 instead of Tuesday".
    expect(reply).toMatch(/from Tuesday to Thursday 9 March|to Thursday 9 March at 11:00 instead of Tuesday/);
    expect(reply).not.toMatch(/between Tuesday/);
  });

  it("a voicemail's greeting is not its point", async () => {
    const reply = await ask(
      'Summarize this voicemail in 12 words or fewer: "Hi, it\'s Dana from the garage. Your car is ready to collect any time after 3pm on Friday. Thanks!"',
    );
    expect(reply).toMatch(/car/);
    expect(reply).toMatch(/Friday/);
    expect(reply.split(/\s+/).length).toBeLessThanOrEqual(12);
  });
});

describe("a text's own list survives its summary", () => {
  it("'you will need the following: ...' keeps every item", async () => {
    const reply = await ask(
      "Summarize this in one sentence: You will need the following for the hike: a rain jacket, a map, two litres of water and a snack. We meet at the car park at 8:00.",
    );
    for (const item of ["rain jacket", "map", "water", "snack"]) expect(reply).toContain(item);
  });

  it("'what to bring: ...' is said as what to bring", async () => {
    const reply = await ask(
      "tl;dr: What to bring to the swim lesson: a towel, goggles, a swimming cap and a bottle of water. The lesson starts at 16:15.",
    );
    for (const item of ["towel", "goggles", "swimming cap"]) expect(reply).toContain(item);
    expect(reply).toMatch(/4:15pm/);
  });
});

describe("pros and cons as asked", () => {
  it("one sentence for the pros and one for the cons", async () => {
    const reply = await ask(
      "Summarize the pros and cons of this review, one sentence for the pros and one for the cons: The headphones are comfortable and the sound is great. However, the battery dies after four hours and the case feels cheap.",
    );
    const two = sentences(reply);
    expect(two).toHaveLength(2);
    expect(two[0]).toMatch(/comfortable/);
    expect(two[1]).toMatch(/battery/);
  });

  it("two bullets, one for the good and one for the bad", async () => {
    const reply = await ask(
      "Summarize this review as two bullet points, one for the good and one for the bad: The café has friendly staff and tasty cakes. But the chairs are hard and it gets very noisy at lunchtime.",
    );
    const points = bullets(reply);
    expect(points).toHaveLength(2);
    expect(points[0]).toMatch(/friendly|cakes/);
    expect(points[1]).toMatch(/noisy|hard/);
  });
});

describe("headlines and chat summaries", () => {
  it("a headline that sums up an announcement says where the move goes", async () => {
    const reply = await ask(
      "Write a headline that sums up this announcement: The farmers' market is moving from the church square to the old railway yard this spring. Opening times stay the same.",
    );
    expect(reply).toMatch(/Market/);
    expect(reply).toMatch(/Railway Yard/);
  });

  it("exactly three bullet points of a two-question chat", async () => {
    const reply = await text([
      user("My phone battery dies by lunchtime. It's two years old."),
      assistant(
        "Lower the screen brightness and turn off background app refresh. Check which apps use the most battery in settings.",
      ),
      user("Is a new battery worth it?"),
      assistant("Yes, for a two-year-old phone a new battery usually makes it feel new again."),
      user("Summarize this chat in exactly three bullet points."),
    ]);
    expect(bullets(reply)).toHaveLength(3);
    expect(reply).toMatch(/battery/);
  });

  it("a bare 'Help?' is reported as asking for help with what was said", async () => {
    const reply = await text([
      user("I spend too much on takeaways every week. Help?"),
      assistant("Try planning three simple dinners each weekend and cooking a double batch so you have leftovers."),
      user("Sum up our chat in one sentence."),
    ]);
    expect(reply).toMatch(/asked for help/);
    expect(reply).toMatch(/takeaways/);
    expect(sentences(reply)).toHaveLength(1);
  });

  it("what the user said is reported once", async () => {
    const reply = await text([
      user("My garden is full of slugs."),
      assistant("Beer traps and copper tape around pots keep slugs away without chemicals."),
      user("Can I get a one-sentence summary of this chat?"),
    ]);
    expect(reply).toMatch(/garden is full of slugs/);
    expect(reply).not.toMatch(/and said/);
  });
});

describe("follow-ups on what was said", () => {
  it("an arrival time from a departure and a journey time", async () => {
    const reply = await text([
      user("Our bus leaves at 10:40 and the journey takes 3 hours 15 minutes."),
      assistant("That's a long ride! Bring snacks."),
      user("What time do we arrive?"),
    ]);
    expect(reply).toMatch(/13:55/);
  });

  it("no duration said: the start time is not given as the end", async () => {
    const reply = await text([
      user("The concert starts at 20:00."),
      assistant("Have fun!"),
      user("When will it finish?"),
    ]);
    expect(reply).toMatch(/how long/);
    expect(reply).not.toMatch(/^At 20:00/);
  });

  it("hours and minutes after a time are both counted", async () => {
    expect(await ask("What time is it 1 hour 50 minutes after 09:20?")).toMatch(/11:10/);
  });

  it("another joke is not one already told in other words", async () => {
    const reply = await text([
      user("Tell me a joke about cats."),
      assistant("Why did the cat sit on the computer? Because she wanted to keep an eye on the mouse!"),
      user("another one"),
    ]);
    expect(reply).not.toMatch(/sit on the computer/);
    expect(reply).toMatch(/cat|meow|purr/i);
  });

  it("one sentence of advice as a bullet list", async () => {
    const reply = await text([
      user("How can I study better?"),
      assistant("Study in short blocks, take a break every 30 minutes, and test yourself instead of rereading."),
      user("put that in a bullet list"),
    ]);
    expect(bullets(reply)).toHaveLength(3);
  });

  it("the average of scores the user gave", async () => {
    const reply = await text([
      user("My last three quiz results were 14, 17 and 20."),
      assistant("Nice improvement!"),
      user("What's my average?"),
    ]);
    expect(reply).toMatch(/^17\b/);
  });

  it("a recipe's amount scaled to the number wanted", async () => {
    const reply = await text([
      user("My cake recipe makes 12 slices and uses 180 g sugar."),
      assistant("Sounds lovely."),
      user("How much sugar do I need for 18 slices?"),
    ]);
    expect(reply).toMatch(/270 g/);
  });

  it("a name after its description is what 'what about' asks", async () => {
    const reply = await text([
      user("What's the capital of France?"),
      assistant("The capital of France is Paris."),
      user("And what about its neighbour to the east, Germany?"),
    ]);
    expect(reply).toMatch(/Berlin/);
  });
});
