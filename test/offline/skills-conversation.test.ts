import { describe, expect, it } from "vitest";
import { assistant, complete, system, user } from "./helpers";

/**
 * Replies that come from the conversation itself: facts the user stated, follow-ups about the
 * assistant's own answer, and a tool's result said in words. Prompts here are this file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], extra: Record<string, unknown> = {}) =>
  (await complete({ messages: messages as never, ...extra })).choices[0].message.content ?? "";

/** Every reply the model gives over a few seeds at temperature 1: all must pass, not only the favourite. */
async function everyReply(messages: Message[], extra: Record<string, unknown> = {}): Promise<string[]> {
  const out: string[] = [];
  for (let seed = 1; seed <= 6; seed++) out.push(await text(messages, { seed, temperature: 1, ...extra }));
  return out;
}

const said = (fact: string, question: string): Message[] => [user(fact), assistant("Got it."), user(question)];

describe("memory: any fact the user stated earlier", () => {
  it("answers questions about names, pets, places, preferences and numbers it was told", async () => {
    const cases: [string, string, RegExp][] = [
      ["We adopted a puppy last week. I have a puppy called Pepper.", "What's my puppy's name?", /\bPepper\b/],
      ["I have a tortoise. Its name is Gus.", "what is my tortoise called?", /\bGus\b/],
      ["My brother is named Tobias.", "Who is my brother?", /\bTobias\b/],
      ["I live in Tromsø.", "Where do I live?", /Tromsø/],
      ["I'd rather not drink coffee. I prefer green tea.", "What do I prefer?", /\bgreen tea\b/],
      ["My favourite season is autumn.", "What's my favourite season?", /\bautumn\b/],
      ["My locker number is 318.", "What is my locker number?", /\b318\b/],
      ["I have three goldfish and a cat.", "How many goldfish do I have?", /\b3\b/],
      ["I work at Kestrel Labs.", "Where do I work?", /\bKestrel Labs\b/],
      ["I ride a green Vespa to work.", "What do I ride to work?", /\bgreen Vespa\b/],
      ["My email address is juno@example.net.", "What is my email address?", /juno@example\.net/],
    ];
    for (const [fact, question, answer] of cases) {
      for (const reply of await everyReply(said(fact, question))) {
        expect(reply, `${fact} / ${question}`).toMatch(answer);
        expect(reply).not.toMatch(/\b(I|me)\b.*\b(tortoise|puppy|brother)\b.*\b(I|me)\b/);
      }
    }
  });

  it("works out an age from a stated birthday or age, by the workbook's date", async () => {
    const year = Number(new Date().toISOString().slice(0, 4));
    const pinned = process.env.WORKBOOK_TODAY ? Number(process.env.WORKBOOK_TODAY.slice(0, 4)) : year;
    const born = said("I was born on 14 February 1988.", "How old will I be in 2040?");
    for (const reply of await everyReply(born)) expect(reply).toMatch(/\b52\b/);
    const now = await text(said("I was born in 1988.", "How old am I?"), { temperature: 0 });
    expect(now).toMatch(new RegExp(`\\b${pinned - 1988 - 1}\\b.*\\b${pinned - 1988}\\b`));
    const fromAge = await text(said("I'm 29 years old.", "How old will I be in 3 years?"), { temperature: 0 });
    expect(fromAge).toMatch(/\b32\b/);
  });

  it("says plainly what it was not told, instead of guessing", async () => {
    for (const reply of await everyReply([user("Do you know my parrot's name?")])) {
      expect(reply).toMatch(/haven't (told|mentioned)|don't know/i);
      expect(reply).not.toMatch(/\b[A-Z][a-z]+ is (its|your parrot's) name/);
    }
    const other = await text(said("I have a cat called Miso.", "What's my dog's name?"), { temperature: 0 });
    expect(other).toMatch(/haven't|don't know/i);
    expect(other).not.toMatch(/Miso/);
  });

  it("acknowledges a fact by saying it back, and leaves a statement with a task to the task", async () => {
    const ack = await text([user("I have a hamster named Biscuit.")], { temperature: 0 });
    expect(ack).toMatch(/Biscuit/);
    const task = await text([user("My name is Odile. Write a haiku about the sea.")], { temperature: 0 });
    expect(task).not.toMatch(/nice to meet you/i);
    const problem = await text([user("My build is failing.")], { temperature: 0 });
    expect(problem).not.toMatch(/noted|thanks for telling me/i);
  });

  it("'how do I ...' questions are not memory questions", async () => {
    const reply = await text(said("I live in Lyon.", "How do I reverse a string in Python?"), { temperature: 0 });
    expect(reply).not.toMatch(/You (told me|said|live)/);
  });
});

const TIPS =
  "Three ways to keep houseplants alive:\n1. Water only when the top of the soil is dry.\n2. Put them near a bright window without direct midday sun.\n3. Feed them once a month in spring and summer.";
const FILM =
  "You might enjoy Spirited Away, an animated film directed by Hayao Miyazaki and released in 2001. A girl wanders into a world of spirits and has to work in a bathhouse to free her parents.";

describe("follow-ups about the assistant's own last answer", () => {
  const following = (answer: string, question: string): Message[] => [
    user("Can you help me?"),
    assistant(answer),
    user(question),
  ];

  it("the Nth item of a list it gave, and says so when there is no such item", async () => {
    for (const reply of await everyReply(following(TIPS, "What was the second tip?")))
      expect(reply).toMatch(/bright window/);
    for (const reply of await everyReply(following(TIPS, "and the last one?"))) expect(reply).toMatch(/once a month/);
    expect(await text(following(TIPS, "What was the fourth tip?"), { temperature: 0 })).toMatch(/only gave 3/);
  });

  it("who, when: the name or year from its own answer", async () => {
    for (const reply of await everyReply(following(FILM, "Who directed that movie again?")))
      expect(reply).toMatch(/^(It was )?Hayao Miyazaki/);
    for (const reply of await everyReply(following(FILM, "When was it released again?"))) expect(reply).toMatch(/2001/);
  });

  it("repeats the part asked for, and says it shorter when asked", async () => {
    const last = await text(following(FILM, "Can you repeat the last part?"), { temperature: 0 });
    expect(last).toMatch(/bathhouse/);
    expect(last).not.toMatch(/Miyazaki/);
    const again = await text(following(FILM, "Say that again, please"), { temperature: 0 });
    expect(again).toMatch(/Spirited Away[\s\S]*bathhouse/);
    for (const reply of await everyReply(following(FILM, "Shorter please"))) {
      expect(reply).toMatch(/Spirited Away/);
      expect(reply.length).toBeLessThan(FILM.length / 2);
    }
    const list = await text(following(TIPS, "too long, make it shorter"), { temperature: 0 });
    expect(list).toMatch(/Water only[\s\S]*window[\s\S]*month/);
    expect(list.length).toBeLessThan(TIPS.length);
  });

  it("without an earlier answer, no follow-up answer is invented", async () => {
    const reply = await text([user("What was the second tip?")], { temperature: 0 });
    expect(reply).not.toMatch(/The second tip was/);
  });
});

describe("after a tool result, an answer in words", () => {
  const tools = [
    {
      type: "function",
      function: {
        name: "lookup",
        parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] },
      },
    },
  ];
  const round = (question: string, result: string): Message[] => [
    system("You are a helpful assistant."),
    user(question),
    {
      role: "assistant",
      content: null,
      tool_calls: [{ id: "call_9", type: "function", function: { name: "lookup", arguments: '{"q":"x"}' } }],
    },
    { role: "tool", tool_call_id: "call_9", content: result },
  ];

  it("reads the result's fields by what they mean, never dumping the JSON", async () => {
    const cases: [string, string, RegExp][] = [
      [
        "Is it cold in Oslo?",
        '{"location":"Oslo","temp":-3,"description":"Snow showers"}',
        /-3 °C.*snow showers.*Oslo|Oslo.*-3 °C/i,
      ],
      ["How warm is it in Miami?", '{"temperature_f": 88, "city": "Miami"}', /88 °F.*Miami|Miami.*88 °F/],
      [
        "What does the lamp cost?",
        '{"product":"Desk lamp","price":24.9,"currency":"EUR"}',
        /Desk lamp costs €24\.90|€24\.90/,
      ],
      [
        "Where is my parcel?",
        '{"tracking_number":"ZX81","status":"In transit"}',
        /ZX81 is in transit|ZX81: in transit/,
      ],
      ["How many seats are left?", '{"count": 4}', /\b4\b.*seats|seats.*\b4\b/],
      ["Find me a hotel", '{"error":"No hotels match those dates"}', /No hotels match those dates/],
      [
        "Any good bakeries nearby?",
        '[{"name":"Crumb & Co"},{"name":"Rise"},{"name":"Miette"}]',
        /3 results: Crumb & Co, Rise and Miette/,
      ],
    ];
    for (const [question, result, answer] of cases) {
      for (const reply of await everyReply(round(question, result), { tools })) {
        expect(reply, `${question} ${result}`).toMatch(answer);
        expect(reply).not.toMatch(/[{}[\]"]/);
        expect(reply).not.toMatch(/tool returned/i);
      }
    }
  });

  it("a tool's plain-text answer is quoted as what the tool says", async () => {
    const reply = await text(round("What's the tide?", "High tide at 14:05"), { tools, temperature: 0 });
    expect(reply).toMatch(/High tide at 14:05/);
  });
});
