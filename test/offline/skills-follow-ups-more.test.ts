import { describe, expect, it } from "vitest";
import { assistant, complete, user } from "./helpers";

/**
 * Follow-ups that lean on the assistant's last turn: explaining the joke it told (or saying
 * honestly it can't), reshaping a comma list, and more items of the same set. Prompts are this
 * file's own.
 */
type Message = Record<string, unknown>;
const text = async (messages: Message[], seed = 3) =>
  (await complete({ messages: messages as never, seed, temperature: 1 })).choices[0].message.content ?? "";
const exchange = (ask: string, answer: string, next: string): Message[] => [user(ask), assistant(answer), user(next)];

describe("explaining the joke just told", () => {
  it("names the double meaning of a known joke, never a new joke", async () => {
    const bike = await text(
      exchange("Tell me something funny.", "Why did the bicycle fall over? It was two tired.", "why is that funny?"),
    );
    expect(bike).toMatch(/too tired/);
    expect(bike).toMatch(/tyres|tires/);
    const cow = await text(
      exchange("Got a joke about cows?", "Where do cows go on a Saturday night? To the moo-vies.", "I don't get it"),
    );
    expect(cow).toMatch(/movies/);
    const riddle = await text(
      exchange("Give me a riddle.", "What has a neck but no head?\n\nA bottle.", "Explain it please."),
    );
    expect(riddle).toMatch(/neck/);
  });

  it("says honestly it can't explain a joke it doesn't know", async () => {
    const reply = await text(
      exchange("Tell me a joke.", "My wallet is like an onion: opening it makes me cry.", "What does that mean?"),
    );
    expect(reply).toMatch(/can't explain|not able to explain/);
    expect(reply).not.toMatch(/\?\s/);
  });
});

describe("reshaping a comma list without 'and'", () => {
  it("sorts, numbers and picks items of 'A, B, C.'", async () => {
    const veg = exchange("List some vegetables.", "Spinach, carrot, onion.", "in alphabetical order please");
    expect(await text(veg)).toMatch(/^Carrot, onion and spinach\.$/);
    const num = exchange("List some vegetables.", "Spinach, carrot, onion.", "as a numbered list");
    expect(await text(num)).toMatch(/1\. Spinach\n2\. Carrot\n3\. Onion/);
    const week = exchange(
      "Which days are the weekend and Friday?",
      "Friday, Saturday, Sunday.",
      "What was the second one?",
    );
    expect(await text(week)).toMatch(/Saturday/);
  });
});

describe("more items of the set just listed", () => {
  it("'make it N', 'add one more', 'two more' and 'another' give new members only", async () => {
    const four = await text(exchange("Give me three sports.", "Tennis, golf, rugby.", "now make it four"));
    const items = four.replace(/\.$/, "").split(/,\s*|\s+and\s+/);
    expect(items).toHaveLength(4);
    expect(items.slice(0, 3)).toEqual(["Tennis", "golf", "rugby"]);
    const another = await text(exchange("Name a shape.", "Triangle.", "Another one?"));
    expect(another).toMatch(/^(Circle|Square|Rectangle|Pentagon|Hexagon|Octagon|Oval)\.$/);
    const two = await text(exchange("Name two months.", "May and June.", "two more please"));
    expect(two).toBe("July and August.");
  });

  it("a closed set is not stretched, and a list of something else gets nothing added", async () => {
    expect(
      await text(exchange("What are the oceans?", "Pacific, Atlantic, Indian, Southern and Arctic.", "Add one more.")),
    ).toMatch(/only 5 oceans/);
    const joke = await text(
      exchange("Tell me a joke.", "What do you call a cow with no legs? Ground beef.", "one more?"),
    );
    expect(joke).not.toMatch(/Apple|Dog|Red/);
  });
});

describe("the same phrase in another language", () => {
  it("'And in Spanish?', 'How do you say it in German?' after a phrasebook translation", async () => {
    const base = [user('Translate "good night" into Italian.'), assistant("Buonanotte.")];
    expect(await text([...base, user("And in Spanish?")])).toMatch(/Buenas noches/);
    expect(await text([...base, user("how do you say it in German?")])).toMatch(/Gute Nacht/);
  });
});

describe("items by their place, relative to another", () => {
  const PACKING = "1. Passport\n2. Charger\n3. Sunscreen\n4. Snacks";
  it("the one before the last, and the one before or after the item just asked", async () => {
    expect(await text(exchange("What should I pack?", PACKING, "And the one before the last?"))).toMatch(/Sunscreen/);
    const asked = [
      user("What should I pack?"),
      assistant(PACKING),
      user("What was the third one?"),
      assistant("The third one was: Sunscreen"),
      user("and the one before?"),
    ];
    expect(await text(asked)).toMatch(/Charger/);
    const next = [...asked.slice(0, 4), user("What about the next one?")];
    expect(await text(next)).toMatch(/Snacks/);
    expect(await text(exchange("Name two oceans.", "The Arctic and the Southern.", "And a third?"))).toMatch(
      /Pacific|Atlantic|Indian/,
    );
  });
});

describe("a list of numbers, worked on", () => {
  it("largest, sum, average and order come from the list itself", async () => {
    const nums = (ask: string) => exchange("Give me some numbers.", "8, 3, 15, 6.", ask);
    expect(await text(nums("Which one is the smallest?"))).toMatch(/\b3\b/);
    expect(await text(nums("add them up"))).toMatch(/\b32\b/);
    expect(await text(nums("What's the average?"))).toMatch(/\b8\b/);
    expect(await text(nums("Sort them in descending order."))).toBe("15, 8, 6 and 3.");
  });

  it("'explain the second one' is not answered by repeating it", async () => {
    const tips = exchange(
      "Tips for focus?",
      "1. Silence your phone.\n2. Work in short blocks.\n3. Take a walk.",
      "Can you explain the second one?",
    );
    expect(await text(tips)).not.toMatch(/^(?:Sure, the )?second (?:one|tip) was/i);
  });
});

describe("one word, and the pun in a name", () => {
  it("one word is the answer's subject, not a place it mentions", async () => {
    const river = exchange(
      "What's the longest river in Africa?",
      "The Nile River is the longest river in Africa.",
      "One word answer please.",
    );
    expect(await text(river)).toBe("Nile.");
  });

  it("'what's the pun?' after a name is never a fresh joke", async () => {
    const reply = await text(exchange("Name my florist shop.", 'How about "Petal Pushers"?', "What's the pun?"));
    expect(reply).not.toMatch(/binary|dark mode|cache|SQL/);
  });
});

describe("the last answer's quantity in another unit", () => {
  it("'In Fahrenheit?' and 'In miles?' alone convert the answer", async () => {
    expect(await text(exchange("How hot is a sauna?", "About 80 °C.", "In Fahrenheit?"))).toMatch(/176 °F/);
    expect(await text(exchange("How long is the trail?", "It is 10 km.", "in miles?"))).toMatch(/6\.21 miles/);
  });
});

describe("what the last answer's phrase means", () => {
  it("'What does it mean?' after a phrasebook phrase, 'Explain please' after a known joke", async () => {
    expect(await text(exchange("Say thank you in German.", "Danke.", "What does it mean?"))).toMatch(
      /German for "thank you"/,
    );
    const dog = exchange("A dog joke?", "What do you call a dog magician? A labracadabrador.", "Explain please");
    expect(await text(dog)).toMatch(/abracadabra/);
  });
});

describe("another one of what was asked", () => {
  it("'another one?' after a riddle gives a different riddle", async () => {
    const first = "What has a neck but no head?\n\nA bottle.";
    const reply = await text(exchange("Got a riddle for me?", first, "Another one?"));
    expect(reply).not.toBe(first);
    expect(reply).toMatch(/\?\n\n\S/);
  });
});

describe("a numbered list written on one line", () => {
  it("is read item by item", async () => {
    const tips = exchange(
      "Tips for a cold?",
      "1. Rest well. 2. Drink warm tea. 3. Sleep early.",
      "What was the second tip?",
    );
    expect(await text(tips)).toMatch(/Drink warm tea/);
  });
});
