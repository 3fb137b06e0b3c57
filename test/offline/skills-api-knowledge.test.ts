import { describe, expect, it } from "vitest";
import { complete, system, user } from "./helpers";
import { encode } from "../../src/api/tokens";
import { tokenCount } from "../../src/offline/skills/tokens";
import type { SkillInput } from "../../src/offline/skills/skill";

/**
 * The offline model says it knows how the Chat Completions API works: a learner's own question
 * about a parameter, a role, an error or the bill gets the passage about that thing (not the
 * tokens or context-window passage that shares a word), a token count is counted with the
 * request's model's tokenizer, a question about getting JSON is not an order to answer in JSON,
 * and what only the learner's account or today's price list knows is declined.
 */
const ask = async (question: string, extra: Record<string, unknown> = {}) =>
  (
    await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      temperature: 0,
      messages: [user(question)],
      ...extra,
    })
  ).choices[0].message.content ?? "";
const declined = (t: string) => /offline model/.test(t) && /can't|cannot|unable/.test(t);

describe("questions about the Chat Completions API reach the passage about what they ask", () => {
  it.each([
    ["So what exactly is the Chat Completions API?", /\/v1\/chat\/completions/],
    ["Does the API keep my earlier messages between calls?", /stateless/],
    ["What do developer messages do?", /developer is the newer name/],
    ["When do I send an assistant message myself?", /send back so it can see the conversation/],
    ["What should I use instead of max_tokens?", /max_completion_tokens caps/],
    ["My answer ended with finish_reason length, why?", /"length"/],
    ["What is the n parameter for?", /several alternative replies/],
    ["Will the same seed always give identical text?", /best effort/],
    ["What happens when the model hits a stop sequence?", /left out of the returned text/],
    ["How is presence_penalty different from frequency_penalty?", /grows with each repeat/],
    ["What do logprobs tell me?", /log probabilities/],
    ["How many alternatives can top_logprobs return?", /0 to 20/],
    ["What values does logit_bias accept?", /-100 to 100/],
    ["Explain how tool calling works", /tool_call_id/],
    ["Does the model execute my function for me?", /never runs or executes anything itself/],
    ["What does a 401 status mean?", /invalid API key/],
    ["Why am I getting error 429 from the API?", /rate_limit_exceeded/],
    ["How many retries does the openai SDK make by default?", /twice by default/],
    ["What does reasoning_effort change?", /less effort means faster/],
    ["Are hidden reasoning tokens billed?", /billed as output tokens/],
    ["What is prompt_tokens?", /prompt_tokens is what your messages cost/],
    ["How do I calculate what a request cost me?", /divide by a million/],
    ["What is the Responses API?", /previous_response_id/],
    ["How can I handle a 429 in my code?", /exponential backoff/],
    ["Show me how to stream a reply with the openai SDK in TypeScript", /for await \(const chunk of stream\)/],
    ["How can I count the tokens of a string in JavaScript?", /getEncoding\("o200k_base"\)/],
  ])("%s", async (question, want) => {
    const reply = await ask(question);
    expect(declined(reply), reply).toBe(false);
    expect(reply).toMatch(want);
  });
});

describe("a question about JSON output is not an order to answer in JSON", () => {
  it.each([
    "How do I get the model to return JSON?",
    "Is there any way to force valid JSON output from the model?",
    "Why does my model sometimes return broken JSON?",
  ])("%s", async (question) => {
    const reply = await ask(question);
    expect(reply.trim().startsWith("{")).toBe(false);
    expect(reply).toMatch(/response_format/);
  });

  it("still answers in JSON when the message asks for it", async () => {
    const reply = await ask("Reply in JSON. Which city is the capital of Ghana?");
    expect(() => JSON.parse(reply)).not.toThrow();
    expect(reply).toMatch(/Accra/);
  });
});

describe("token counts are counted with the request's model's tokenizer", () => {
  it("counts a quoted text and names the encoding", async () => {
    const reply = await ask('How many tokens is "Good morning, Lima!"?');
    const n = encode("Good morning, Lima!", "gpt-6-luna").length;
    expect(reply).toMatch(new RegExp(`\\b${n} tokens?\\b`));
    expect(reply).toMatch(/o200k_base/);
  });

  it("counts the text after a colon", async () => {
    const reply = await ask("Count the tokens in: reading a tokenizer is fun");
    const n = encode("reading a tokenizer is fun", "gpt-6-luna").length;
    expect(reply).toMatch(new RegExp(`\\b${n} tokens?\\b`));
  });

  it("uses the encoding of the model asked for (cl100k_base for gpt-3.5-turbo)", () => {
    const question = "How many tokens is 'tokenization matters'?";
    const input = {
      turns: [],
      lastUser: question,
      instructions: { format: "text" },
      ranked: [],
      json: false,
      summarizing: false,
    };
    const reply = tokenCount.reply({ ...input, model: "gpt-3.5-turbo" } as unknown as SkillInput);
    const text = reply && "texts" in reply ? reply.texts.map((t) => t.text).join("\n") : "";
    const n = encode("tokenization matters", "gpt-3.5-turbo").length;
    expect(text).toMatch(/cl100k_base/);
    expect(text).toMatch(new RegExp(`\\b${n} tokens?\\b`));
  });

  it("leaves a question about tokens with no text to count to the passages", async () => {
    expect(await ask("How many tokens does a word usually take?")).not.toMatch(/o200k_base/);
  });
});

describe("what the corpus cannot know is declined", () => {
  it.each([
    "What is the rate limit for my account?",
    "How much quota does my organization have left?",
    "What usage tier is my account on?",
    "How much does gpt-4o-mini cost right now?",
    "What is the price of gpt-5 per million tokens?",
    "What is the Assistants API?",
    "What is a credit score?",
  ])("%s", async (question) => {
    expect(declined(await ask(question))).toBe(true);
  });

  it("keeps a persona's instructions apart from a question about the system role", async () => {
    const r = await complete({
      model: "gpt-6-luna",
      reasoning_effort: "none",
      seed: 3,
      messages: [system("You are a patient tutor."), user("What is a system message for?")],
    });
    expect(r.choices[0].message.content ?? "").toMatch(/instructions/);
  });

  it("says what an API is when asked in any wording, never the tokens passage", async () => {
    for (const seed of [7, 8, 9]) {
      const r = await complete({ messages: [user("Explain what an API is to a beginner.")], seed, temperature: 1 });
      const text = r.choices[0].message.content ?? "";
      expect(text).toMatch(/application programming interface|one program .* another/i);
      expect(text).not.toMatch(/tokens?\b/i);
    }
  });
});
