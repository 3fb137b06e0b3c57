import { describe, expect, it } from "vitest";
import { getModel } from "../../src/api/catalog";
import { countMessageTokens } from "../../src/api/tokens";
import { assistant, complete, post, system, user } from "./helpers";
import { schemaErrors } from "./schema";

const text = async (params: Record<string, unknown>) => (await complete(params)).choices[0].message.content ?? "";

describe("offline model: answers that follow the conversation and its instructions", () => {
  it("keeps 'Tell me more about it.' on the topic of the earlier turns, and asks back without them", async () => {
    const history = [
      system("You are a helpful assistant."),
      user("What's the capital of France?"),
      assistant("The capital of France is Paris."),
      user("Tell me more about it."),
    ];
    for (let seed = 1; seed <= 5; seed++)
      expect(await text({ messages: history, seed })).toMatch(/Paris|Seine|Louvre|French/);
    expect(await text({ messages: [user("Tell me more about it.")], temperature: 0 })).toMatch(
      /what does "it" refer to|what do you mean by "it"|what "it" refers to/,
    );
  });

  it("answers the lesson's decorator conversation turn by turn", async () => {
    const first = await text({
      messages: [system("You are a helpful Python tutor."), user("What are Python decorators?")],
      temperature: 0,
    });
    expect(first).toMatch(/decorator/i);
    const turn2 = [
      system("You are a helpful Python tutor."),
      user("What are Python decorators?"),
      assistant(first),
      user("Can you show me a simple example?"),
    ];
    const example = await text({ messages: turn2, temperature: 0 });
    expect(example).toContain("```python");
    expect(example).toContain("@");
    const turn3 = [...turn2, assistant(example), user("How do they differ from regular functions?")];
    expect(await text({ messages: turn3, temperature: 0 })).toMatch(/regular function/i);
  });

  it("lets the system message steer the same question", async () => {
    const q = user("How do I improve my writing?");
    expect(
      await text({
        messages: [system("You are a helpful coding assistant. Always provide commented code."), q],
        temperature: 0,
      }),
    ).toMatch(/```ts\n[\s\S]*\/\//);
    expect(
      await text({
        messages: [system("You are a medical information assistant. Always remind users to consult professionals."), q],
        temperature: 0,
      }),
    ).toMatch(/doctor|professional/i);
    expect(
      await text({
        messages: [system("You are a creative writing coach. Be encouraging and provide specific feedback."), q],
        temperature: 0,
      }),
    ).toMatch(/progress|important step|courage/i);
  });

  it("writes haiku, taglines and code when asked", async () => {
    expect((await text({ messages: [user("Write a haiku about programming")] })).split("\n")).toHaveLength(3);
    expect(await text({ messages: [user("Write a sorting function")], temperature: 0 })).toMatch(/```ts[\s\S]*sort/);
    expect(await text({ messages: [user("Say this is a test")] })).toBe("This is a test.");
  });

  it("follows format instructions: JSON, markdown, bullet points, code only", async () => {
    const ask = (instruction: string) =>
      text({ messages: [system(instruction), user("List 3 Python best practices")], temperature: 0.3, seed: 1 });
    const json = JSON.parse(await ask("Respond with valid JSON only."));
    expect(json.items).toHaveLength(3);
    expect(await ask("Format your response in markdown.")).toMatch(/^## .+\n\n1\. /);
    const bullets = (await ask("Respond with bullet points only.")).split("\n");
    expect(bullets).toHaveLength(3);
    expect(bullets.every((b) => b.startsWith("- "))).toBe(true);
    expect(await ask("Respond with code only, no explanations.")).toMatch(/^```python\n[\s\S]*```$/);
  });

  it("json_object mode always gives valid JSON, even at temperature 2", async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const content = await text({
        messages: [system("Reply in JSON."), user("Explain recursion with an example")],
        response_format: { type: "json_object" },
        temperature: 2,
        seed,
      });
      expect(() => JSON.parse(content), content).not.toThrow();
    }
  });

  it("json_schema answers validate against the schema", async () => {
    const schemas: Record<string, any>[] = [
      {
        type: "object",
        properties: {
          city: { type: "string" },
          country: { type: "string", enum: ["France", "Italy"] },
          population: { type: "integer", minimum: 0 },
          facts: { type: "array", items: { type: "string" }, minItems: 2, maxItems: 4 },
          capital: { type: "boolean" },
        },
        required: ["city", "country", "population", "facts", "capital"],
        additionalProperties: false,
      },
      {
        type: "object",
        $defs: {
          step: {
            type: "object",
            properties: { explanation: { type: "string" }, output: { type: "string", maxLength: 20 } },
            required: ["explanation", "output"],
            additionalProperties: false,
          },
        },
        properties: {
          steps: { type: "array", items: { $ref: "#/$defs/step" } },
          final_answer: { type: "string" },
          confidence: { type: "number", minimum: 0, maximum: 1 },
          code: { type: "string", pattern: "^[A-Z]{2}[0-9]$" },
          note: { anyOf: [{ type: "string" }, { type: "null" }] },
        },
        required: ["steps", "final_answer", "confidence", "code", "note"],
        additionalProperties: false,
      },
    ];
    for (const schema of schemas) {
      for (const temperature of [0, 1, 2]) {
        const content = await text({
          messages: [user("Tell me about Paris")],
          temperature,
          seed: 5,
          response_format: { type: "json_schema", json_schema: { name: "answer", strict: true, schema } },
        });
        const value = JSON.parse(content);
        expect(schemaErrors(value, schema), content).toEqual([]);
      }
    }
  });

  it("rejects a strict schema that leaves an object open", async () => {
    const reply = await post({
      model: "gpt-4o-mini",
      messages: [user("hi")],
      response_format: {
        type: "json_schema",
        json_schema: {
          name: "x",
          strict: true,
          schema: { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
        },
      },
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(/'additionalProperties' is required to be supplied and to be false/);
  });

  it("summarizes the conversation it is given: who asked what, and what they got", async () => {
    const transcript =
      "user: What are Python decorators?\nassistant: A decorator in Python is a function that takes another function and returns a new function that adds behaviour.\n" +
      "user: Can you show me a simple example?\nassistant: A timer decorator records the start time, calls the function and prints how long it took.";
    const summary = await text({
      messages: [user(`Summarize this conversation concisely:\n${transcript}`)],
      temperature: 0,
    });
    expect(summary).toMatch(
      /^The user asked what Python decorators are; the assistant (explained|answered) that a decorator/,
    );
    expect(summary).toMatch(/They then asked for a simple example/);
    expect(summary.length).toBeLessThan(transcript.length);
    const viaSystem = await text({
      messages: [
        system("Summarize this conversation."),
        user("What's the capital of France?"),
        assistant("The capital of France is Paris, on the river Seine."),
        user("Thanks!"),
      ],
      temperature: 0,
    });
    expect(viaSystem).toMatch(/Paris/);
  });

  it("reports the real response shape, and usage by the Cookbook formula for each model's encoding", async () => {
    const messages = [
      system("You are a helpful assistant."),
      user("What's the capital of France?"),
      { role: "user" as const, content: "Thanks", name: "ada" },
    ];
    // Models still served on the pinned test date (WORKBOOK_TODAY): both encodings' formula is checked in test/api.
    for (const model of ["gpt-4o-mini", "gpt-4.1-mini", "gpt-5-nano", "gpt-6-luna"]) {
      const r = await complete({ model, messages });
      expect(r.id).toMatch(/^chatcmpl-/);
      expect(r.object).toBe("chat.completion");
      expect(r.model).toBe(model);
      expect(r.system_fingerprint).toMatch(/^fp_[0-9a-f]+$/);
      expect(r.choices[0].message).toMatchObject({ role: "assistant", refusal: null, annotations: [] });
      expect(r.usage!.prompt_tokens).toBe(countMessageTokens(messages, model));
      expect(r.usage!.total_tokens).toBe(r.usage!.prompt_tokens + r.usage!.completion_tokens);
      expect(r.usage!.prompt_tokens_details).toEqual({ cached_tokens: 0, audio_tokens: 0 });
      expect(r.usage!.completion_tokens_details!.reasoning_tokens! > 0).toBe(getModel(model).reasoning);
    }
  });

  it("calls a tool when the request requires it, with arguments from the tool's schema", async () => {
    const tools = [
      {
        type: "function",
        function: {
          name: "get_weather",
          parameters: {
            type: "object",
            properties: { city: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
            required: ["city", "unit"],
            additionalProperties: false,
          },
        },
      },
    ];
    const r = await complete({
      messages: [user("What's the weather in Paris?")],
      tools: tools as never,
      tool_choice: "required",
      seed: 2,
    });
    const call = r.choices[0].message.tool_calls![0];
    expect(r.choices[0].finish_reason).toBe("tool_calls");
    expect(call.type === "function" && JSON.parse(call.function.arguments)).toEqual({ city: "Paris", unit: "celsius" });
  });
});
