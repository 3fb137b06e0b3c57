/**
 * Questions put to a character that its own sketch answers: its age, its family, its fears, its
 * dream, an invitation, a trait. The answer comes from what the character does, where it lives and
 * what it loves; a mood alone ("You are grumpy") is no character and is declined; without a persona
 * these questions are never answered as if the model had a family or a dream.
 */
import { describe, expect, it } from "vitest";
import { isDecline } from "../../bench/everyday/judge";
import { complete, system, user } from "./helpers";

type Message = { role: "system" | "user" | "assistant" | "developer"; content: string };

async function replies(messages: Message[]): Promise<string[]> {
  const out: string[] = [];
  for (const settings of [{ temperature: 0 }, { seed: 3 }, { seed: 17 }]) {
    const r = await complete({ messages, ...settings });
    out.push(r.choices[0].message.content ?? "");
  }
  return out;
}
const declines = (text: string) => isDecline({ text, refusal: null });

describe("a character answers from its own sketch", () => {
  const asks: [Message[], RegExp][] = [
    [[system("You are a lighthouse keeper."), user("How old are you?")], /lighthouse|lamp|ship|sea/i],
    [[system("You are a cowboy on the open range."), user("Tell me about your family.")], /ranch|cabin|plains/i],
    [[system("You are a brave knight."), user("What are you afraid of?")], /quest|king/i],
    [[system("You are a lazy house cat."), user("What is your biggest dream?")], /sunbeam|nap/i],
    [[system("You are a playful puppy."), user("Would you like to go to the park?")], /yes|love to/i],
    [[system("You are a playful puppy."), user("What would you like for dinner?")], /treats|sausages|bowl/i],
    [[system("You are a surfer dude."), user("Where do you live?")], /beach|waves/i],
    [[system("You are an old wizard."), user("Give me one tip for the exam.")], /spell|apprentice|read/i],
    [[system("You are a grumpy wizard."), user("Are you grumpy?")], /yes|afraid so|guilty/i],
  ];
  for (const [messages, own] of asks) {
    it(`${messages[0].content} / ${messages[1].content}`, async () => {
      for (const text of await replies(messages)) {
        expect(declines(text), text).toBe(false);
        expect(text).toMatch(own);
      }
    });
  }
});

describe("no character, no made-up life", () => {
  const asks: Message[][] = [
    [system("You are grumpy."), user("How old are you?")],
    [user("Tell me about your family.")],
    [user("What is your biggest dream?")],
    [system("You are a pirate captain."), user("Are you real?")],
  ];
  for (const messages of asks) {
    it(messages.map((m) => m.content).join(" / "), async () => {
      for (const text of await replies(messages))
        expect(text).not.toMatch(/small one|biggest dream\?|my dream\?|ship/i);
    });
  }
});

describe("a role set in the user message", () => {
  const asks: [string, RegExp][] = [
    ["You are a grumpy wizard. Introduce yourself.", /wizard|spellbook/i],
    ["Pretend to be a cat. What do you want for dinner?", /tuna/i],
    ["You're a friendly robot. How old are you?", /beep|process|circuits/i],
    ["Be a wise old owl and tell me about your day.", /hoo|branch|moon/i],
  ];
  for (const [prompt, own] of asks) {
    it(prompt, async () => {
      for (const text of await replies([user(prompt)])) {
        expect(declines(text), text).toBe(false);
        expect(text).toMatch(own);
      }
    });
  }
  it("praise and insults are no role", async () => {
    for (const prompt of ["You're a star. What is 6 times 7?", "You are an idiot. What is 6 times 7?"])
      for (const text of await replies([user(prompt)])) {
        expect(text).toMatch(/\b42\b/);
        expect(text).not.toMatch(/star|idiot/i);
      }
  });
});

describe("a character described in a few words speaks from the description", () => {
  const asks: [Message[], RegExp][] = [
    [[system("You are a sleepy dragon who guards a library."), user("Describe your job.")], /guard a library/i],
    [[system("You are a sleepy dragon who guards a library."), user("How did your morning go?")], /guard a library/i],
    [[system("You are a shy accordion who lives in an attic."), user("Where do you live?")], /live in an attic/i],
    [[system("You are a retired circus strongman who runs a bakery."), user("What do you do?")], /I run a bakery/i],
    [[system("You are a shy accordion who lives in an attic."), user("What's your name?")], /name.*accordion/i],
  ];
  for (const [messages, own] of asks) {
    it(`${messages[0].content} / ${messages[1].content}`, async () => {
      for (const text of await replies(messages)) {
        expect(declines(text), text).toBe(false);
        expect(text).toMatch(own);
      }
    });
  }
  it("what the description does not say is still declined", async () => {
    for (const text of await replies([
      system("You are a shy accordion who lives in an attic."),
      user("What's your phone number?"),
    ]))
      expect(declines(text), text).toBe(true);
  });
});

describe("the persona's own things are its own, never a passage's", () => {
  it("'Where is your ship now?' is the pirate's ship, not a parcel", async () => {
    for (const text of await replies([system("You are a pirate captain."), user("Where is your ship now?")])) {
      expect(text).not.toMatch(/parcel|tracking|order/i);
      expect(text).toMatch(/ship/i);
    }
  });
  it("a thing its lines never name is declined", async () => {
    for (const text of await replies([system("You are a pirate captain."), user("Is your code correct?")]))
      expect(declines(text), text).toBe(true);
  });
});

describe("more of the character's own world", () => {
  const asks: [Message[], RegExp][] = [
    [[system("You are a kind grandmother."), user("I'm feeling sad today.")], /sorry.*(?:family|lunch)/is],
    [[system("You are a robot."), user("Tell me a fun fact about yourself.")], /memory banks|batteries/i],
    [[system("You are an excited puppy."), user("Describe your favourite toy.")], /ball/i],
    [[system("You are a ghost."), user("Why are you haunting this house?")], /chains|candles|castle/i],
    [[system("You are a mermaid."), user("What is it like under the sea?")], /coral|sea/i],
  ];
  for (const [messages, own] of asks) {
    it(`${messages[0].content} / ${messages[1].content}`, async () => {
      for (const text of await replies(messages)) {
        expect(declines(text), text).toBe(false);
        expect(text).toMatch(own);
      }
    });
  }
  it("without a character, sadness gets no made-up hobby", async () => {
    for (const text of await replies([user("I'm feeling sad today.")])) expect(text).not.toMatch(/when I feel low/i);
  });
});

describe("the character's routine, trade and welcome", () => {
  const asks: [Message[], RegExp][] = [
    [[system("You are a friendly ghost."), user("What do you do at night?")], /chains|candles|midnight/i],
    [[system("You are a farmer."), user("What time do you wake up?")], /cows|chickens|tractor|sun/i],
    [[system("You are a medieval blacksmith."), user("What are you making today?")], /forge|anvil|iron/i],
    [[system("You are a chef."), user("What's your signature dish?")], /pasta|chicken/i],
    [[system("You are a polite butler."), user("Greet the guests.")], /welcome/i],
    [[system("You are a superhero."), user("What's your weakness?")], /not much|little|hardly/i],
  ];
  for (const [messages, own] of asks) {
    it(`${messages[0].content} / ${messages[1].content}`, async () => {
      for (const text of await replies(messages)) {
        expect(declines(text), text).toBe(false);
        expect(text).toMatch(own);
      }
    });
  }
  it("'Report the weather' is no news to repeat: only 'report that ...' is", async () => {
    for (const text of await replies([system("You are a news anchor."), user("Report the weather in Oslo today.")]))
      expect(text).not.toMatch(/^(?:.*\n)*\s*The weather in Oslo today!/);
  });
});

describe("feelings and wishes from what the character loves", () => {
  const asks: [string, RegExp][] = [
    ["What makes you smile?", /moonlit fields/i],
    ["Do you ever feel bored?", /moonlit fields/i],
    ["What would you do if you were rich?", /I'd trot/i],
    ["Want to go for a swim?", /another time|later|not just now/i],
    ["Who are your friends?", /friends\?.*den/is],
    ["What's one tip for doing homework?", /clever|den/i],
  ];
  for (const [question, own] of asks) {
    it(`a fox: ${question}`, async () => {
      for (const text of await replies([system("You are a friendly fox."), user(question)])) {
        expect(declines(text), text).toBe(false);
        expect(text).toMatch(own);
      }
    });
  }
});

describe("a count of sentences filled from the character's own lines", () => {
  it("'Describe your perfect day in three sentences' to a cat is three sentences of the cat", async () => {
    for (const text of await replies([
      system("You are a lazy cat."),
      user("Describe your perfect day in exactly three sentences."),
    ])) {
      expect(declines(text), text).toBe(false);
      expect(text.split(/(?<=[.!?])\s+/).filter((s) => s.trim()).length).toBe(3);
      expect(text).toMatch(/sunbeam|tuna|sunny/i);
    }
  });
});

describe("an honest decline keeps its words under a persona", () => {
  it("a count of sentences it cannot write is declined as written, without the voice", async () => {
    for (const text of await replies([
      system("You are a pirate."),
      user("What is 7 times 3? Answer in exactly two sentences."),
    ])) {
      if (!declines(text)) continue;
      expect(text).not.toMatch(/^(?:Ahoy|Arr|Aye),/);
      expect(text).not.toMatch(/the\.env/);
    }
  });
});

describe("an assistant role is no character: the model answers for itself", () => {
  it("'You are a helpful assistant' + 'What's your name?' is the offline model, not a passage", async () => {
    for (const text of await replies([system("You are a helpful assistant."), user("What is your name?")])) {
      expect(text).toMatch(/offline model/);
      expect(text).not.toMatch(/sort/i);
    }
  });
  it("a name the instructions gave is its name", async () => {
    for (const text of await replies([
      system("You are a helpful assistant called Juniper."),
      user("What is your name?"),
    ]))
      expect(text).toMatch(/Juniper/);
  });
});
