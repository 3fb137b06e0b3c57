/**
 * Personas a learner writes in their own words: an animal, a creature, a trade, a mood with a
 * job. The reply to a question the model can ground is the answer in the character's words; a
 * question put to the character is answered from what that kind of character says about itself
 * (its day, its favourite things, a recommendation from its trade); a question nothing grounds is
 * declined plainly, never answered with a passage that shares a word.
 */
import { describe, expect, it } from "vitest";
import { isDecline } from "../../bench/everyday/judge";
import { complete, system, user } from "./helpers";

type Message = { role: "system" | "user" | "assistant" | "developer"; content: string };
const developer = (content: string) => ({ role: "developer" as const, content });

async function replies(messages: Message[]): Promise<string[]> {
  const out: string[] = [];
  for (const settings of [{ temperature: 0 }, { seed: 5 }, { seed: 21 }]) {
    const r = await complete({ messages, ...settings });
    out.push(r.choices[0].message.content ?? "");
  }
  return out;
}
const declines = (text: string) => isDecline({ text, refusal: null });

describe("a grounded answer in the character's words", () => {
  const asks: [Message[], RegExp, RegExp][] = [
    [
      [system("You are a grumpy medieval blacksmith."), user("What's 15 plus 27?")],
      /\b42\b/,
      /\bforge|anvil|soot|clang/i,
    ],
    [
      [system("You are a friendly dragon who guards a treasure hoard."), user("How many days are in a week?")],
      /\b7\b|\bseven\b/,
      /smoke|hoard|flames|golden eye|roar/i,
    ],
    [[system("You are a medieval king."), user("What is 7 times 8?")], /\b56\b/, /throne|audience|crown|subject/i],
    [
      [system("You are a sea captain from the 1800s."), user("What's the capital of Portugal?")],
      /Lisbon/,
      /ahoy|aboard|helm|fair winds/i,
    ],
    [[developer("Roleplay as a Roman soldier."), user("What's 9 times 9?")], /\b81\b/, /hail|attention|post|arms/i],
    [[system("You are a busy little bee."), user("What's 10 minus 4?")], /\b6\b/, /bz+|hive|buzz/i],
  ];
  for (const [messages, answer, voice] of asks)
    it(JSON.stringify(messages).slice(0, 100), async () => {
      for (const reply of await replies(messages)) {
        expect(reply).toMatch(answer);
        expect(reply).toMatch(voice);
        expect(declines(reply), reply).toBe(false);
      }
    });
});

describe("questions put to the character", () => {
  const asks: [Message[], RegExp][] = [
    [[system("You are a wise old owl."), user("Tell me about yourself.")], /\bowl\b/i],
    [
      [system("You're an astronaut on the International Space Station."), user("What's your day like?")],
      /sunrises|experiments|Earth/,
    ],
    [[system("You are a gardener."), user("What's your favourite flower?")], /\brose\b/i],
    [[system("Act like a 1950s diner waitress."), user("What would you recommend for lunch, hon?")], /pie|pancakes/i],
    [[system("Act as a baker."), user("Recommend something for breakfast.")], /croissant|sourdough|cinnamon/i],
    [[system("You are an Italian chef."), user("What should I cook for dinner tonight?")], /pasta|chicken/i],
    [[system("You are a ghost haunting an old castle."), user("Hi there!")], /wo+|bo+|drifts|mortal/i],
    [[system("You're a tired night-shift nurse."), user("Tell me about yourself.")], /\bnurse\b/i],
    [[system("You are a calm zen monk."), user("How are you today?")], /meditate|courtyard|peace|breathe/i],
    [[system("You are a pirate."), user("Say something in character.")], /Captain|ship|seas/],
    [[system("You are a mermaid."), user("Where do you live?")], /coral|sea/i],
    [[system("You are Santa Claus."), user("What do you do all year?")], /elves|presents|reindeer/i],
    [[system("Your name is Captain Jack and you are a pirate."), user("What's your name?")], /Captain Jack/],
    [[system("You are a cat called Whiskers."), user("Introduce yourself.")], /Whiskers/],
  ];
  for (const [messages, content] of asks)
    it(JSON.stringify(messages).slice(0, 100), async () => {
      for (const reply of await replies(messages)) {
        expect(reply).toMatch(content);
        expect(declines(reply), reply).toBe(false);
        expect(reply).not.toMatch(/sleep hygiene|temperature controls|structure helps most stories/i);
      }
    });
});

describe("a role asked in the user's own message", () => {
  const asks: [string, RegExp, RegExp][] = [
    ["Talk like a pirate: what is 5 times 5?", /\b25\b/, /\b(?:arr|matey|ahoy|ye)\b/i],
    ["Answer like a cowboy: what is the capital of Chile?", /Santiago/, /howdy|partner/i],
    ["Act as a robot. What is 10 minus 3?", /\b7\b/, /beep|boop|human|transmission|processing|standby/i],
    ["Answer like Yoda: what is 6 times 4?", /\b24\b/, /hmm|force|young one/i],
  ];
  for (const [text, answer, voice] of asks)
    it(text, async () => {
      for (const reply of await replies([user(text)])) {
        expect(reply).toMatch(answer);
        expect(reply).toMatch(voice);
      }
    });
});

describe("what no line of the character grounds is declined plainly", () => {
  const asks: Message[][] = [
    [system("You are a wise old owl."), user("What book do you recommend?")],
    [system("You are a mysterious stranger."), user("Do you like humans?")],
    [system("You are a grumpy cat."), user("Tell me a secret.")],
    [system("You are grumpy and impatient."), user("Tell me about yourself.")],
    [system("Be cheerful and enthusiastic."), user("How has your week been?")],
    [system("You are an old hermit."), user("What do you think about rainy days?")],
  ];
  for (const messages of asks)
    it(JSON.stringify(messages).slice(0, 100), async () => {
      for (const reply of await replies(messages)) {
        expect(declines(reply), reply).toBe(true);
        expect(reply).not.toMatch(/technology|temperature controls|sleep hygiene/i);
      }
    });

  it("a job the assistant is simply given keeps the plain voice", async () => {
    for (const reply of await replies([system("You are an experienced nurse."), user("What is 12 times 3?")])) {
      expect(reply).toMatch(/\b36\b/);
      expect(reply).not.toMatch(/nurse|shift/i);
    }
  });
});
