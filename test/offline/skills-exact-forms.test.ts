import { describe, expect, it } from "vitest";
import { readInstructions } from "../../src/offline/read/instructions";
import { shapeText } from "../../src/offline/reply/forms";
import { complete, user } from "./helpers";

/**
 * A grounded topic asked in an exact length: the passage's first sentence cut where a phrase ends,
 * to exactly N words, only the passage's own words in order. No clean cut of N, an honest decline.
 */
const reply = async (prompt: string, extra: Record<string, unknown> = {}) =>
  (await complete({ messages: [user(prompt)], ...extra })).choices[0].message.content ?? "";
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
const shape = (prompt: string, text: string) =>
  shapeText(text, readInstructions([{ role: "user", text: prompt }], false), prompt, "passage:x#0");

describe("exact word counts on grounded topics", () => {
  it("cuts before a trailing phrase, never on a dangling word or past a negation", () => {
    const p = "Sum it up in exactly 6 words.";
    expect(shape(p, "A heron is a wading bird that hunts fish in shallow water.")).toEqual({
      text: "A heron is a wading bird.",
      met: true,
    });
    // "that" would end on "of": no clean cut of six.
    expect(shape(p, "The kernel is the heart of the operating system that runs.").met).toBe(false);
    // Cut to "Lead is not used in" it would say something else: not cut.
    expect(shape("In exactly 4 words.", "Lead is not used in paint any more.").met).toBe(false);
  });

  for (const [settings, label] of [
    [{ seed: 11, temperature: 0 }, "t=0"],
    [{ seed: 23 }, "default"],
  ] as const) {
    it(`answers from the passage in exactly N words (${label})`, async () => {
      const ml = await reply("Tell me in exactly 8 words what machine learning is.", settings);
      expect(words(ml)).toBe(8);
      expect(ml).toMatch(/^Machine learning is a \w+ of building software\.$/);
      const rec = await reply("What's recursion? Use exactly 8 words.", settings);
      expect(words(rec)).toBe(8);
      expect(rec).toMatch(/^Recursion is when a function/);
      // No clean cut of five words in the Paris passages: the sketch's words say it, never a passage cut mid-phrase.
      const paris = await reply("Sum up Paris in exactly 5 words.", settings);
      expect(words(paris)).toBe(5);
      expect(paris).toMatch(/^Paris: /);
    });
  }
});

describe("layout on grounded topics", () => {
  it("reads paragraphs and one sentence per line as forms", () => {
    const form = (p: string) => readInstructions([{ role: "user", text: p }], false);
    expect(form("Tell me about owls in 2 short paragraphs.").form?.paragraphs).toBe(2);
    const perLine = form("Explain tides, one sentence per line.");
    expect(perLine.form?.sentencePerLine).toBe(true);
    // Laid out one per line, not cut to one sentence.
    expect(perLine.brevity).toBeUndefined();
  });

  it("shares a reply's sentences out into the paragraphs asked, in order", () => {
    const p = "Describe owls in two paragraphs.";
    expect(shape(p, "Owls hunt at night. They fly silently. Most eat mice.")).toEqual({
      text: "Owls hunt at night. They fly silently.\n\nMost eat mice.",
      met: true,
    });
    expect(shape("Describe owls in three paragraphs.", "Owls hunt at night. They fly silently.").met).toBe(false);
    expect(shape(p, "- Owls hunt.\n- They fly.").met).toBe(false);
  });

  for (const seed of [3, 9]) {
    it(`a grounded topic in paragraphs and one sentence per line (seed ${seed})`, async () => {
      const two = await reply("Explain machine learning in 2 short paragraphs", { seed, temperature: 0 });
      expect(two.split(/\n\s*\n/)).toHaveLength(2);
      expect(two).toMatch(/^Machine learning is/);
      const lines = (await reply("Explain recursion, one sentence per line.", { seed })).split("\n");
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const l of lines) expect(l).toMatch(/^[A-Z].*[.!?]$/);
      expect(lines[0]).toMatch(/^Recursion/);
    });
  }
});

describe("the length asked draws no passage", () => {
  it("'in two sentences' does not pull a joke with 'two' over the health passage", async () => {
    for (const seed of [5, 8]) {
      const r = await reply("In exactly two sentences, sum up the benefits of walking.", { seed });
      expect(r).not.toMatch(/can.t|cannot/i);
      expect(r).toMatch(/activity|walking/i);
      expect(r.match(/[.!?](\s|$)/g)).toHaveLength(2);
    }
  });
});

describe("a fact the corpus holds, in exactly N words", () => {
  it("says the fact's short phrasing when the passage has no cut of that length", async () => {
    for (const settings of [{ seed: 4, temperature: 0 }, { seed: 17 }]) {
      expect(await reply("In exactly three words, what is the capital of Italy?", settings)).toBe("It is Rome.");
      const six = await reply("Which city is the capital of Norway? Use exactly six words.", settings);
      expect(words(six)).toBe(6);
      expect(six).toContain("Oslo");
    }
  });
});

describe("titles fit what they title", () => {
  it("a story's title names its subject; a headline says the news; neither is a how-to", async () => {
    for (const seed of [2, 6, 13]) {
      const story = await reply("Suggest a title for a story about a lost kitten.", { seed });
      expect(story).toMatch(/^(?:The Lost Kitten|The Story of a Lost Kitten|A Tale of a Lost Kitten)$/);
      const news = await reply("Write a headline about a new library opening downtown.", { seed });
      expect(news).toBe("New Library Opens Downtown");
    }
  });
});

describe("lower case asked", () => {
  it("writes the reply in lower case, code and a described function aside", async () => {
    const form = (p: string) => readInstructions([{ role: "user", text: p }], false);
    expect(form("Name the four seasons in lowercase, one per line.").lowercase).toBe(true);
    expect(form("Write a function that returns the text in lowercase.").lowercase).toBeUndefined();
    for (const seed of [1, 21]) {
      const r = await reply("Name the four seasons in lowercase, one per line.", { seed });
      expect(r.split("\n")).toHaveLength(4);
      expect(r).toBe(r.toLowerCase());
      expect(r).toMatch(/spring/);
    }
  });
});

describe("an everyday subject described as a list", () => {
  it("bullet points, a numbered list, a two-sentence description, each from the sketch", async () => {
    for (const seed of [3, 30]) {
      const bullets = (await reply("Use exactly 4 bullet points to describe the sun.", { seed })).split("\n");
      expect(bullets).toHaveLength(4);
      for (const b of bullets) expect(b).toMatch(/^- [A-Z].*\.$/);
      const numbered = (await reply("Give me three facts about bees as a numbered list.", { seed })).split("\n");
      expect(numbered.map((l) => l.slice(0, 3))).toEqual(["1. ", "2. ", "3. "]);
      expect(numbered.join(" ")).toMatch(/\bbees?\b/i);
      const two = await reply("Give me a two-sentence description of a forest.", { seed });
      expect(two).not.toContain("\n");
      expect(two.match(/[.!?](\s|$)/g)).toHaveLength(2);
      expect(two).toMatch(/forest/i);
    }
  });
});

describe("more everyday subjects sketched", () => {
  it("a river, the sky, a desert in a set length", async () => {
    const river = await reply("Describe a river in exactly two sentences.", { seed: 12, temperature: 0 });
    expect(river.match(/[.!?](\s|$)/g)).toHaveLength(2);
    expect(river).toMatch(/^A river is/);
    const sky = await reply("Write exactly 9 words about the sky.", { seed: 12 });
    expect(words(sky)).toBe(9);
    expect(words(await reply("Describe the desert in three words.", { seed: 12 }))).toBe(3);
  });
});

describe("one number per line", () => {
  it("counting laid out one number per line", async () => {
    expect(await reply("Count from one to four, one number per line.", { seed: 5 })).toBe("1\n2\n3\n4");
  });
});

describe("a decline names the task, not the layout", () => {
  it("no dangling 'as' where 'as bullet points' was", async () => {
    const r = await reply("Give me 4 tips for learning the violin as bullet points.", { seed: 2 });
    expect(r).toMatch(/^(?:I cannot|Sorry, I can't|I can't)[^.]*violin\./);
    expect(r).not.toMatch(/\bas\.\s/);
  });
});

describe("a counted list only from a passage about it", () => {
  it("'reasons to drink water' is no list of headache points; walking's benefits still are listed", async () => {
    for (const seed of [4, 19]) {
      const water = await reply("Give me exactly 4 reasons to drink more water.", { seed });
      expect(water).not.toMatch(/headache/i);
      // Benefits, not the activity guidelines ("Aim for 150 minutes a week") the health passage lists.
      const walking = await reply("Give me 2 benefits of walking.", { seed });
      expect(walking).toMatch(/heart|weight/);
      expect(walking).not.toMatch(/150 minutes|Aim for/);
    }
  });
});

describe("N sentences, one per line", () => {
  it("each line a whole sentence, never a code passage's bare lines run together", () => {
    const p = "Answer in two sentences, one per line.";
    expect(shape(p, "Owls hunt at night. They fly silently. Most eat mice.")).toEqual({
      text: "Owls hunt at night.\nThey fly silently.",
      met: true,
    });
    expect(shape(p, "It has:\n- a signature\n- a docstring").text).not.toMatch(/signature A docstring/);
  });
});

describe("characters or less", () => {
  it("reads 'N characters or less' as at most N, and a passage says it in its first sentence", () => {
    const form = (p: string) => readInstructions([{ role: "user", text: p }], false).form;
    expect(form("Describe a kite in 25 characters or less.")?.maxChars).toBe(26);
    // A passage's later sentence answers nothing on its own: no cut from it.
    expect(
      shape(
        "Answer in under 40 characters.",
        "Kites are light frames covered in cloth that fly on the wind. The other difference is timing.",
      ).met,
    ).toBe(false);
  });

  it("an everyday subject in N characters or less", async () => {
    const r = await reply("Describe the wind in 45 characters or less.", { seed: 9 });
    expect(r.length).toBeLessThanOrEqual(45);
    expect(r).toMatch(/wind|breezy|gusty|air/i);
  });
});
