import { describe, expect, it } from "vitest";
import { assistant, complete, type system, user } from "./helpers";

/**
 * The kinds blind9 showed in conversations, tools, extraction and code: a title before a surname
 * is part of the name, a failed build is a result (not a tool error), a sum over what the user said
 * is worked out (not said back), an "and X?" asks the last question about X, and small functions
 * with a formula or a string rule are written, with the context around the request left out.
 */
type Message = ReturnType<typeof user> | ReturnType<typeof system> | ReturnType<typeof assistant> | object;
const text = async (messages: Message[], extra: Record<string, unknown> = {}) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      temperature: 0,
      messages: messages as never,
      ...extra,
    })
  ).choices[0].message.content ?? "";

const toolTrip = (question: string, name: string, result: object): Message[] => [
  user(question),
  {
    role: "assistant",
    content: null,
    tool_calls: [{ id: "c1", type: "function", function: { name, arguments: "{}" } }],
  },
  { role: "tool", tool_call_id: "c1", content: JSON.stringify(result) },
];
const tools = (name: string) => ({
  tools: [{ type: "function", function: { name, parameters: { type: "object", properties: {} } } }],
});

const schema = (props: Record<string, object>) => ({
  response_format: {
    type: "json_schema",
    json_schema: {
      name: "x",
      strict: true,
      schema: { type: "object", properties: props, required: Object.keys(props), additionalProperties: false },
    },
  },
});

describe("names with a title", () => {
  it("keeps the surname with the title", async () => {
    const reply = await text([
      user("Hello, I'm Coach Okonkwo. I train the under-10s on Saturdays."),
      assistant("Hi Coach Okonkwo!"),
      user("what's my name?"),
    ]);
    expect(reply).toMatch(/Coach Okonkwo/);
  });

  it("knows the surname but not a first name", async () => {
    const messages = [user("This is Dr. Lindqvist from the clinic."), assistant("Hello!")];
    expect(await text([...messages, user("what's my last name?")])).toMatch(/Lindqvist/);
    expect(await text([...messages, user("what's my first name?")])).not.toMatch(/first name is Dr/);
  });
});

describe("a tool result that reports a failure", () => {
  it("answers that the deploy failed, with the reason", async () => {
    const reply = await text(
      toolTrip("did the deploy to staging go through?", "get_deploy", {
        environment: "staging",
        status: "failed",
        reason: "health check timed out",
      }),
      tools("get_deploy"),
    );
    expect(reply).toMatch(/^No\b/);
    expect(reply).toMatch(/failed/);
    expect(reply).toMatch(/health check timed out/);
    expect(reply).not.toMatch(/didn't work|error/i);
  });

  it("says a passed build passed", async () => {
    const reply = await text(
      toolTrip("did the build on dev pass?", "get_build", { branch: "dev", status: "passed" }),
      tools("get_build"),
    );
    expect(reply).toMatch(/^Yes\b.*passed/);
  });

  it("still says a real tool error is one", async () => {
    const reply = await text(
      toolTrip("what's the weather in Bergen?", "get_weather", { status: "error", message: "city not found" }),
      tools("get_weather"),
    );
    expect(reply).toMatch(/city not found/);
  });
});

describe("sums over what the user said", () => {
  it("works out a weekly spend from a price and a daily count", async () => {
    const reply = await text([
      user("Cat litter is $9 a bag and we use 2 bags a week."),
      assistant("Noted."),
      user("what do we spend on cat litter per week?"),
    ]);
    expect(reply).toMatch(/\$18\b/);
  });
});

describe("groups over what the user said", () => {
  it("adds up the groups of one list", async () => {
    const reply = await text([
      user("Our orchestra has 14 violins, 5 cellos, 3 flutes and 2 drummers."),
      assistant("Great mix!"),
      user("How many players is that altogether?"),
    ]);
    expect(reply).toMatch(/^24 players/);
  });

  it("rounds the groups needed up, with the total said earlier", async () => {
    const reply = await text([
      user("Our scout camp has 38 kids this summer."),
      assistant("Sounds fun!"),
      user("Each tent sleeps 4. Well, 4 kids per tent. How many tents do we need?"),
    ]);
    expect(reply).toMatch(/\b10 tents\b/);
  });
});

describe("follow-ups about another thing", () => {
  it.each([
    [["What's the chemical symbol for tin?", "The chemical symbol for tin is Sn."], "and lead?", /\bPb\b/],
    [["How many legs does a beetle have?", "A beetle has 6 legs."], "and a crab?", /\b10\b|\bten\b/i],
    [["Convert 3 km to miles.", "3 km is about 1.86 miles."], "now do 8", /4\.97/],
  ])("%j then %s", async ([question, answer], ask, want) => {
    expect(await text([user(question), assistant(answer), user(ask)])).toMatch(want);
  });

  it("shortens to the words asked and upper-cases the whole rhyme", async () => {
    const short = await text([
      user("A motto for my bike repair shop?"),
      assistant("Fixed fast, ridden far, every single day."),
      user("shorter, four words max"),
    ]);
    expect(short.split(/\s+/).length).toBeLessThanOrEqual(4);
    const caps = await text([
      user("Two lines for our book club flyer?"),
      assistant("Grab a chair and bring a friend,\nstories wait around the bend!"),
      user("Perfect, now put it all in capital letters."),
    ]);
    expect(caps).toMatch(/AROUND THE BEND/);
  });
});

describe("extraction", () => {
  it("reads the breed from 'she's a ...'", async () => {
    const reply = await text(
      [user("Extract the booking: 'can Pepper come Friday at 3pm? she's a dachshund'")],
      schema({ dog: { type: "string" }, breed: { type: "string" }, day: { type: "string" } }),
    );
    expect(JSON.parse(reply).breed).toBe("dachshund");
  });

  it("reads a dozen and the flower named", async () => {
    const reply = await text(
      [user("Someone phoned for half a dozen white lilies. Fill in the order form.")],
      schema({ flower: { type: "string" }, color: { type: "string" }, quantity: { type: "integer" } }),
    );
    expect(JSON.parse(reply)).toEqual({ flower: "lilies", color: "white", quantity: 6 });
  });

  it("counts a bill's items by their quantities", async () => {
    const reply = await text(
      [user("I bought 3 candles at $4 each and 2 cards at $2.50 each. How many items, and the total?")],
      schema({ items: { type: "integer" }, total: { type: "number" } }),
    );
    expect(JSON.parse(reply)).toEqual({ items: 5, total: 17 });
  });
});

describe("HTTP status codes", () => {
  it("says what a status code means, in prose and as JSON", async () => {
    expect(await text([user("what does http status 410 mean?")])).toMatch(/Gone.*client error/);
    const reply = await text(
      [user("What does HTTP status 502 mean?")],
      schema({ code: { type: "integer" }, meaning: { type: "string" }, is_error: { type: "boolean" } }),
    );
    expect(JSON.parse(reply)).toEqual({ code: 502, meaning: "Bad Gateway", is_error: true });
  });
});

describe("small functions", () => {
  it.each([
    [
      "Write a JS function makeSlug(title) that lowercases a title and replaces spaces with dashes",
      /replace\(\/\\s\+\/g, "-"\)/,
    ],
    ["We run a bakery. Write a Python function for a 10 percent tip on a bill", /\* percent \/ 100/],
    ["Write a function catYears(age) that multiplies the age by 6", /age \* 6/],
    ["write a js function celsiusToFahrenheit(c) for my weather app", /9\) \/ 5 \+ 32/],
  ])("%s", async (ask, want) => {
    expect(await text([user(ask)])).toMatch(want);
  });

  it("works out a string plus a number", async () => {
    expect(await text([user("what does '2' + 2 give in javascript?")])).toMatch(/"22"/);
  });
});
