import { describe, expect, it } from "vitest";
import { validateChatRequest } from "../../src/offline/http/validate";
import { requestCandidates } from "../../src/offline/reply/chat";
import { countTokens } from "../../src/api/tokens";
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
    for (const reply of await everyReply([user("Do you know my iguana's name?")])) {
      expect(reply).toMatch(/haven't (told|mentioned)|don't know/i);
      expect(reply).not.toMatch(/\b[A-Z][a-z]+ is (its|your iguana's) name/);
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
    for (const reply of await everyReply(following(FILM, "Remind me, who was the director of that film?")))
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

  it("'shorter' of a reply with nothing to cut says so, and a cut never ends on 'of' or 'the'", async () => {
    const slogan = [user("A slogan for my café?"), assistant("Sip slowly, stay long."), user("Make it shorter")];
    for (const reply of await everyReply(slogan)) expect(reply).not.toMatch(/^(?:Shorter: )?sip slowly, stay long\.$/i);
    const long =
      "Recursion is when a function calls itself to solve a smaller piece of the same problem, until it reaches a base case it can answer directly.";
    for (const reply of await everyReply([user("What is recursion?"), assistant(long), user("shorter please")]))
      expect(reply).not.toMatch(/\b(?:of|the|a|in|into|and)\.$/);
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

  it("answers what was asked of the result: advice from the weather, a price's move, a field the question names", async () => {
    const cases: [string, string, RegExp][] = [
      [
        "Should I bring an umbrella in Oslo today?",
        '{"city":"Oslo","temp_c":6,"conditions":"Light rain"}',
        /^Yes\b.*umbrella.*6 °C/,
      ],
      [
        "Do I need a coat in Seville?",
        '{"location":"Seville","temperature":29,"description":"sunny"}',
        /leave the jacket|no\b/i,
      ],
      [
        "What should I wear in Chicago today?",
        '{"city":"Chicago","temp_f":28,"conditions":"snow showers"}',
        /warm coat.*28 °F/,
      ],
      [
        "Good day for a bike ride in Utrecht?",
        '{"city":"Utrecht","temperature":15,"conditions":"heavy rain"}',
        /^Not the best day/,
      ],
      [
        "How is TSLA doing?",
        '{"symbol":"TSLA","price":241.5,"currency":"USD","change":-3.2}',
        /\$241\.50( right now)?, down \$3\.20/,
      ],
      [
        "What's the UV index in Perth?",
        '{"city":"Perth","temperature":31,"conditions":"clear","uv_index":11}',
        /UV index is 11/,
      ],
      ["How far is the drive?", '{"duration_minutes":95,"distance_km":120}', /95 minutes.*120 km/],
    ];
    for (const [question, result, answer] of cases)
      for (const reply of await everyReply(round(question, result), { tools })) {
        expect(reply, `${question} ${result}`).toMatch(answer);
        expect(reply).not.toMatch(/[{}[\]"]/);
      }
  });

  it("a tool's plain-text answer is quoted as what the tool says", async () => {
    const reply = await text(round("What's the tide?", "High tide at 14:05"), { tools, temperature: 0 });
    expect(reply).toMatch(/High tide at 14:05/);
  });
});

const VOLCANO =
  "Iceland sits on the Mid-Atlantic Ridge, where two tectonic plates pull apart. Because the plates separate, magma rises easily, and the island has around thirty active volcanic systems. Eruptions can melt glaciers and cause sudden floods called jökulhlaups. Geothermal heat from the same activity warms most homes in the country. Visitors also come to see the lava fields and hot springs.";

describe("summaries are written, not extracted", () => {
  it("a conversation's summary says who asked what and what they got", async () => {
    const transcript = [
      "user: How do I keep basil alive indoors?",
      "assistant: Basil needs at least six hours of sun a day, so a south-facing window works best. Water it when the top of the soil feels dry.",
      "user: Can you give me a recipe that uses a lot of it?",
      "assistant: Here is a quick pesto:\n1. Blend two cups of basil leaves.\n2. Add garlic, pine nuts and parmesan.\n3. Stream in olive oil until smooth.",
    ].join("\n");
    const summary = await text([user(`Summarize this conversation:\n\n${transcript}`)], { temperature: 0 });
    expect(summary).toMatch(
      /^The user asked how to keep basil alive indoors; the assistant explained that basil needs/,
    );
    expect(summary).toMatch(/asked for a recipe that uses a lot of it; the assistant listed three points \(blend/);
    expect(summary).not.toMatch(/^(user|assistant):/m);
    // From the system message, over the turns themselves.
    const viaSystem = await text(
      [
        system("Summarize the conversation so far."),
        user("Who painted the Night Watch?"),
        assistant("The Night Watch was painted by Rembrandt in 1642."),
        user("Thanks"),
      ],
      { temperature: 0 },
    );
    expect(viaSystem).toMatch(/^The user asked who painted the Night Watch; the assistant answered that .*Rembrandt/);
  });

  it("a summary carried forward keeps the earlier summary and adds the new turns", async () => {
    const summary = await text(
      [
        system("You summarize conversations. At most 80 words."),
        user(
          "Summary so far: The user asked what a haiku is; the assistant explained its syllable pattern.\n\nSummarize this conversation:\n\nuser: What rhymes with moon?\nassistant: Words that rhyme with moon include June, spoon, tune and soon.",
        ),
      ],
      { temperature: 0 },
    );
    expect(summary).toMatch(/^The user asked what a haiku is[\s\S]*Then the user asked what rhymes with moon/);
    expect(summary.split(/\s+/).length).toBeLessThanOrEqual(80);
  });

  it("a text's summary compresses it in its own sentences, within the length asked", async () => {
    // Its names and numbers are the text's: nothing is introduced that the text does not say.
    const check = (reply: string) => {
      for (const name of reply.match(/(?<!^|[.!?]\s)\b[A-Z][\p{L}-]+/gu) ?? []) expect(VOLCANO, name).toContain(name);
      expect(reply).not.toContain(VOLCANO.split(". ")[0]);
    };
    const plain = await text([user(`Summarize this:\n\n${VOLCANO}`)], { temperature: 0 });
    expect(plain).toMatch(/^The text explains that Iceland sits on the Mid-Atlantic Ridge/);
    check(plain);
    const one = await text([user(`Summarize this in one sentence:\n\n${VOLCANO}`)], { temperature: 0 });
    expect(one.split(/(?<=\.)\s+/)).toHaveLength(1);
    check(one);
    const words = await text([user(`Sum this up in 12 words:\n\n${VOLCANO}`)], { temperature: 0 });
    expect(words.split(/\s+/).length).toBeLessThanOrEqual(12);
    expect(words).toMatch(/Iceland/);
    const three = await text([user(`Summarize in three sentences:\n\n${VOLCANO}`)], { temperature: 0 });
    expect(three.split(/(?<=\.)\s+/)).toHaveLength(3);
    check(three);
    const bullets = await text([user(`Summarize this in 2 bullet points:\n\n${VOLCANO}`)], { temperature: 0 });
    expect(bullets.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(2);
  });
});

describe("structured outputs hold the right kind of value in each field", () => {
  const obj = (props: Record<string, object>) => ({
    type: "object",
    properties: props,
    required: Object.keys(props),
    additionalProperties: false,
  });
  const str = { type: "string" };
  const int = { type: "integer" };
  const schemaReply = async (prompt: string, schema: object) =>
    JSON.parse(
      await text([user(prompt)], {
        temperature: 0,
        response_format: { type: "json_schema", json_schema: { name: "fields", strict: true, schema } },
      }),
    );

  it("names, places, emails, years and numbers come from the prompt", async () => {
    const contact = await schemaReply(
      "Pull out the contact details: Ingrid Dahl (ingrid.dahl@fjord.no) moved to Bergen, Norway in 2019 with 2 cats.",
      obj({ name: str, email: str, city: str, country: str, year: int, cats: int }),
    );
    expect(contact).toEqual({
      name: "Ingrid Dahl",
      email: "ingrid.dahl@fjord.no",
      city: "Bergen",
      country: "Norway",
      year: 2019,
      cats: 2,
    });
    const profile = await schemaReply(
      "Make a profile for a customer called Priya Nair, 35 years old, from Pune",
      obj({ name: str, age: int, city: str, email: str }),
    );
    expect(profile).toEqual({ name: "Priya Nair", age: 35, city: "Pune", email: "priya.nair@example.com" });
  });

  it("a city the question asks for comes from the answer; a source nobody gave is null", async () => {
    const capital = await schemaReply(
      "Which city is the capital of France?",
      obj({ city: str, country: str, source: { type: ["string", "null"] } }),
    );
    expect(capital).toEqual({ city: "Paris", country: "France", source: null });
    const cited = await schemaReply(
      "According to the World Bank, what is the capital of France?",
      obj({ city: str, source: { anyOf: [str, { type: "null" }] } }),
    );
    expect(cited.source).toBe("World Bank");
  });

  it("enums follow what the prompt says, never a paragraph in a short field", async () => {
    const review = await schemaReply(
      "Label this review: the soup was cold and the staff were rude.",
      obj({ sentiment: { type: "string", enum: ["positive", "neutral", "negative"] } }),
    );
    expect(review.sentiment).toBe("negative");
    const ticket = await schemaReply(
      "Checkout is broken for every customer, please fix it immediately",
      obj({ priority: { type: "string", enum: ["low", "medium", "high"] }, city: str }),
    );
    expect(ticket.priority).toBe("high");
    expect(ticket.city.split(/\s+/).length).toBeLessThanOrEqual(4);
  });

  it("a who-question the model cannot answer leaves the person unknown, and a nullable year null", async () => {
    const reply = await complete({
      messages: [user("Who wrote The Glass Orchard, and in which year?")],
      temperature: 0,
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "fields",
          strict: true,
          schema: obj({ author: str, year: { type: ["integer", "null"] } }),
        },
      },
    });
    const { content, refusal } = reply.choices[0].message;
    // The model's honest "I can't answer that" in the refusal field (fields that only said "unknown" would
    // look like an answer), or in a field: never a made-up name or year.
    if (content === null) expect(refusal).toMatch(/offline model/);
    else {
      const book = JSON.parse(content);
      expect(book.author).not.toBe("The Glass Orchard");
      expect(book.author).toMatch(/unknown|can't|cannot/i);
      expect(book.year === null || book.year === 0).toBe(true);
    }
  });

  it("JSON mode with named keys reads the values the same way", async () => {
    const reply = JSON.parse(
      await text(
        [user("Give me JSON with keys name, city and year for: Kenji Mori opened his shop in Osaka in 2011.")],
        {
          temperature: 0,
          response_format: { type: "json_object" },
        },
      ),
    );
    expect(reply).toMatchObject({ name: "Kenji Mori", city: "Osaka", year: 2011 });
  });
});

describe("reasoning tokens vary with the request and the effort; usage is what was generated", () => {
  const reasoningModel = "gpt-6-luna";
  const usageOf = async (content: string, extra: Record<string, unknown> = {}) =>
    (await complete({ model: reasoningModel, messages: [user(content)], seed: 11, ...extra })).usage!;
  const reasoningOf = async (content: string, extra: Record<string, unknown> = {}) =>
    (await usageOf(content, extra)).completion_tokens_details!.reasoning_tokens!;

  it("a harder or longer question thinks longer; a seeded request reports the same count again", async () => {
    const easy = await reasoningOf("Hi there");
    const hard = await reasoningOf(
      "Two trains leave towns 300 km apart at 80 km/h and 70 km/h. Why do they meet after 2 hours? Solve it step by step.",
    );
    expect(hard).toBeGreaterThan(2 * easy);
    expect(await reasoningOf("Hi there")).toBe(easy);
    // Default effort: no longer one fixed figure for every request.
    const counts = new Set<number>();
    for (const q of [
      "Name a fruit",
      "Explain recursion",
      "What is 17 * 23?",
      "Plan a three-day trip to Rome",
      "Why do cats purr?",
    ])
      counts.add(await reasoningOf(q));
    expect(counts.size).toBeGreaterThanOrEqual(4);
  });

  it("more effort, more reasoning; none thinks not at all", async () => {
    const q = "Compare bubble sort and merge sort and say which to use for a million items.";
    const by = async (reasoning_effort: string) => reasoningOf(q, { reasoning_effort });
    const efforts = ["none", "low", "medium", "high", "xhigh", "max"];
    const counts: number[] = [];
    for (const effort of efforts) counts.push(await by(effort));
    expect(counts[0]).toBe(0);
    for (let i = 1; i < counts.length; i++) expect(counts[i], efforts[i]).toBeGreaterThan(counts[i - 1]);
  });

  it("completion_tokens is the visible tokens plus the reasoning, and the cap covers both", async () => {
    const q = "Explain what an API is";
    const full = await usageOf(q);
    const reasoning = full.completion_tokens_details!.reasoning_tokens!;
    const visible = full.completion_tokens - reasoning;
    expect(visible).toBeGreaterThan(10);
    // Capped a few tokens into the visible answer: the reasoning is the same, the text stops at the cap.
    const capped = await complete({
      model: reasoningModel,
      messages: [user(q)],
      seed: 11,
      max_completion_tokens: reasoning + 5,
    });
    expect(capped.usage!.completion_tokens_details!.reasoning_tokens).toBe(reasoning);
    expect(capped.usage!.completion_tokens).toBe(reasoning + 5);
    expect(capped.choices[0].finish_reason).toBe("length");
    // n choices: the usage adds up each choice's own reasoning and text.
    const three = await complete({ model: reasoningModel, messages: [user(q)], seed: 11, n: 3 });
    const visibleAll = three.choices.reduce((a, c) => a + countTokens(c.message.content ?? "", reasoningModel), 0);
    const reasoningAll = three.usage!.completion_tokens_details!.reasoning_tokens!;
    expect(reasoningAll).toBeGreaterThan(reasoning);
    expect(three.usage!.completion_tokens).toBe(visibleAll + reasoningAll);
  });
});

describe("n > 1: choices differ as often as their probabilities say", () => {
  it("the share of identical choice pairs matches the sum of squared candidate probabilities", async () => {
    // A memory reply: a handful of phrasings with known weights, all short.
    const messages = [
      user("I have a ferret called Mango."),
      assistant("Lovely!"),
      user("So what is my ferret called?"),
    ];
    const req = validateChatRequest({ model: "gpt-4o-mini", messages });
    const weights = requestCandidates(req).candidates.map((c) => c.weight);
    const total = weights.reduce((a, w) => a + w, 0);
    const expected = weights.reduce((a, w) => a + (w / total) ** 2, 0);
    expect(weights.length).toBeGreaterThan(1);
    let same = 0;
    let pairs = 0;
    for (let seed = 1; seed <= 80; seed++) {
      const r = await complete({ messages, n: 5, seed });
      const texts = r.choices.map((c) => c.message.content);
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++) {
          pairs++;
          if (texts[i] === texts[j]) same++;
        }
    }
    // 800 pairs at fixed seeds: the share is a fixed number; 0.08 is over four standard errors.
    expect(Math.abs(same / pairs - expected)).toBeLessThan(0.08);
  });
});
