/**
 * Summaries in whole sentences: the words changed to avoid copying keep the grammar ("this old
 * station", never "that old station" or "comes back a new one"), bullets do not copy the text across
 * their joint, a sign-off is no point, and a two-sentence text still gives the three bullets asked.
 */
import { describe, expect, it } from "vitest";
import { complete, user } from "./helpers";

async function reply(prompt: string, seed = 7): Promise<string> {
  const r = await complete({ messages: [user(prompt)], seed });
  return r.choices[0].message.content ?? "";
}

/** The first run of `run` words the reply copies from the source, read across lines and bullet marks. */
function copied(text: string, source: string, run = 10): string | undefined {
  const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'-]*/gu) ?? []) as string[];
  const src = ` ${words(source).join(" ")} `;
  const w = words(text);
  for (let i = 0; i + run <= w.length; i++) {
    const piece = w.slice(i, i + run).join(" ");
    if (src.includes(` ${piece} `)) return piece;
  }
  return undefined;
}

const FERRY =
  "The island ferry will run twice as often from June, with boats leaving the harbour every hour instead of every two hours. The council said the extra crossings respond to complaints from commuters. Tickets will cost the same, and a new shelter is being built at the pier.";
const BAKERY =
  "Marta opened her bakery on the corner of Hill Street in 2019. Every morning she bakes sourdough loaves before sunrise, and her cinnamon buns sell out by nine.";
const NOTE =
  "Hi team, just confirming that the quarterly review has moved from Monday to Tuesday because the director is away. Please send your figures by Friday. Thanks, Omar";

describe("offline model: summaries keep their grammar", () => {
  it("a sentence cut to avoid copying keeps what was decided, not 'agreed on Monday to build.'", async () => {
    const text = await reply(
      "Summarize: The school board agreed on Monday to build a new sports hall next to the library by the end of next year. The hall will cost about 3 million pounds. Parents asked for more parking spaces.",
    );
    expect(text).toMatch(/sports hall/);
    expect(text).not.toMatch(/\bto [a-z]+\.|on Monday\./);
  });

  it("three bullets neither copy ten words across two bullets nor swap 'the' for 'that'", async () => {
    const text = await reply(`Give me 3 bullet points summarizing: ${FERRY}`);
    const bullets = text.split("\n").filter((l) => /^\s*[-*•]\s+/.test(l));
    expect(bullets, text).toHaveLength(3);
    expect(copied(text, FERRY), text).toBeUndefined();
    expect(text).not.toMatch(/\bthat (?:island|harbour|council|extra|pier)\b/i);
  });

  it("a two-sentence text still gives the three bullets asked, from its clauses", async () => {
    const text = await reply(`Summarize this in 3 bullet points: ${BAKERY}`);
    const bullets = text.split("\n").filter((l) => /^\s*[-*•]\s+/.test(l));
    expect(bullets, text).toHaveLength(3);
    expect(text).not.toMatch(/offline model/);
  });

  it("an email's sign-off is not a point, and 'just confirming that' is not what it says", async () => {
    const text = await reply(`Summarize this email as 3 bullet points: ${NOTE}`);
    expect(text).not.toMatch(/Thanks, Omar/);
    expect(text).not.toMatch(/confirming that/i);
    expect(text).toMatch(/review/);
  });

  it("two sentences asked of one exchange: what the user asked, then what the assistant said", async () => {
    const r = await complete({
      seed: 3,
      messages: [
        user("I'm learning to bake bread. Any advice?"),
        {
          role: "assistant",
          content: "Weigh your flour, use lukewarm water, and let the dough rise until it doubles.",
        },
        user("Give me a two-sentence summary of this chat."),
      ],
    });
    const text = r.choices[0].message.content ?? "";
    expect(text).not.toMatch(/offline model/);
    expect(text.split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(2);
    expect(text).toMatch(/bread/);
  });

  it("'Starting next month, ...' loses its time without leaving 'starting,' behind", async () => {
    const text = await reply(
      "tl;dr: Starting next week, the pool will open at 6am on weekdays instead of 7am. Swimmers asked for earlier lanes before work. Weekend hours stay the same.",
    );
    expect(text).not.toMatch(/\bstarting,/i);
    expect(text).toMatch(/pool/);
  });

  it("a word the text uses as a noun keeps its meaning: the spring fair is no 'spring reasonable'", async () => {
    const text = await reply(
      "Summarise: The parents' committee met on Thursday to organise the summer fair. They set the date for 4 July and chose the church hall. Entry will be free.",
    );
    expect(text).not.toMatch(/\bsummer reasonable\b/i);
    expect(text).toMatch(/summer fair|fair/i);
  });

  it("a modifier is dropped only before its noun: 'is famous for' and 'as much as' keep theirs", async () => {
    const text = await reply(
      "Summarise this: Venice is famous for its canals and its bridges as much as for its churches. Gondolas have carried people along the canals for centuries.",
    );
    expect(text).not.toMatch(/\bis for\b|\bas as\b/);
  });

  it("a conversation's 'Can they ...?' is reported as 'whether they can ...'", async () => {
    const r = await complete({
      seed: 3,
      messages: [
        user("What are Python generators?"),
        {
          role: "assistant",
          content: "A generator is a function that uses yield to produce values one at a time, pausing between them.",
        },
        user("Can they be reused after they finish?"),
        { role: "assistant", content: "No: once a generator is exhausted, you need to call the function again." },
        user("Summarize our conversation."),
      ],
    });
    const text = r.choices[0].message.content ?? "";
    expect(text).toMatch(/whether they can be reused/);
    expect(text).not.toMatch(/about Can they/);
  });
});

describe("a conversation's one-sentence summary keeps its subject and its grammar", () => {
  const garden = [
    user("I'd like to grow herbs on my windowsill. Which ones are easiest?"),
    {
      role: "assistant" as const,
      content: "Begin with hardy, forgiving herbs: basil, mint, parsley and chives all cope with a sunny sill.",
    },
    user("The pots are quite small."),
    {
      role: "assistant" as const,
      content: "That works for most herbs, but water small pots more often, since they dry out quickly.",
    },
    user("Sum up our chat in one sentence."),
  ];

  it("says what the user said first, the advice to its first full pause, and a statement as said", async () => {
    const text = (await complete({ messages: garden, seed: 3 })).choices[0].message.content ?? "";
    expect(text).toMatch(/herbs on their windowsill/);
    expect(text).toMatch(/begin with hardy, forgiving herbs/i);
    expect(text).toMatch(/said the pots are quite small/);
    expect(text).not.toMatch(/asked about The/);
    expect(text.split(/(?<=[.!?])\s+(?=[A-Z])/)).toHaveLength(1);
  });
});

describe("an aside is dropped only when nothing leans on it", () => {
  it("keeps 'the Parisii, on an island in the Seine, the Île de la Cité' whole or cuts it cleanly", async () => {
    const transcript =
      "user: Tell me about the town's origins.\nassistant: The town began as a fishing village of a Celtic tribe, the Veneti, on an island in the river, the Île Verte. Later it grew into a port.";
    const r = await complete({
      messages: [{ role: "system", content: "Summarize the conversation below in a few sentences." }, user(transcript)],
      seed: 2,
    });
    const text = r.choices[0].message.content ?? "";
    expect(text).not.toMatch(/Veneti the Île/);
  });
});
