/** The chat app's /import rules (the reference solution's fromJSON): every field as strict as the app itself. */
import OpenAI from "openai";
import { describe, expect, it } from "vitest";
import { MultiModeChatApp } from "../../solutions/multi-mode-chat";

const client = new OpenAI({ apiKey: "sk-test-import-0000", baseURL: "http://127.0.0.1:9/v1", maxRetries: 0 });
const good = () => JSON.parse(new MultiModeChatApp(client, { maxContextTokens: 4000 }).exportConversation("json"));

describe("importing a conversation", () => {
  it("accepts what the app exports", () => {
    expect(() => MultiModeChatApp.fromJSON(client, JSON.stringify(good()))).not.toThrow();
  });

  it.each([
    [
      "maxContextTokens 1.5",
      (d: any) => (d.maxContextTokens = 1.5),
      /maxContextTokens.*whole number of tokens, at least 100/,
    ],
    ["maxContextTokens 50", (d: any) => (d.maxContextTokens = 50), /at least 100/],
    [
      "a branch id __proto__",
      (d: any) => d.branches.push({ id: "__proto__", parent: "main", messages: [] }),
      /id "__proto__"/,
    ],
    [
      "a branch id constructor",
      (d: any) => d.branches.push({ id: "constructor", parent: "main", messages: [] }),
      /id "constructor"/,
    ],
    ["fractional token usage", (d: any) => (d.usage.promptTokens = 2.5), /whole numbers/],
  ])("refuses %s with a message that says what is wrong", (_what, change, message) => {
    const data = good();
    change(data);
    expect(() => MultiModeChatApp.fromJSON(client, JSON.stringify(data))).toThrow(message);
  });
});
