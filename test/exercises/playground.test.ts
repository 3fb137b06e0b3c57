import { expect } from "vitest";
import { DEFAULT_PLAYGROUND_STATE, applyPlaygroundCommand, type PlaygroundState } from "#exercises/playground";
import { findModel, MODELS } from "../../src/api/catalog";
import { exercise, task } from "../support/grading";
import { useMockServer } from "../support/server";
import { DEFAULT_MODEL } from "../../src/api/catalog";

useMockServer();

const show = (x: unknown) => JSON.stringify(x);
const start = (): PlaygroundState => ({ ...DEFAULT_PLAYGROUND_STATE });

/** Applies `line` and checks that nothing changed, returning the reply. */
function rejected(line: string, state: PlaygroundState = start()): string {
  const before = structuredClone(state);
  const result = applyPlaygroundCommand(state, line);
  expect(result.state, `"${line}" should leave the settings unchanged; they became ${show(result.state)}`).toEqual(
    before,
  );
  expect(
    state,
    `"${line}" changed the state object it was given: return a new one instead (or the same one, untouched)`,
  ).toEqual(before);
  expect(result.prompt, `"${line}" is a command, not a prompt: the result should have no prompt`).toBeUndefined();
  expect(typeof result.reply, `"${line}" should come back with a reply (a string) that says what is wrong`).toBe(
    "string",
  );
  return result.reply;
}

exercise("playground", () => {
  task("a line without a slash is a prompt to send, with the settings unchanged [prompt]", () => {
    const state = start();
    const result = applyPlaygroundCommand(state, "  Write a haiku about tokens  ");
    expect(
      result.prompt,
      `"  Write a haiku about tokens  " should come back as prompt "Write a haiku about tokens" (trimmed); got ${show(result.prompt)}`,
    ).toBe("Write a haiku about tokens");
    expect(result.state, "sending a prompt should not change the settings").toEqual(DEFAULT_PLAYGROUND_STATE);
    const blank = applyPlaygroundCommand(state, "   ");
    expect(blank.prompt, "a blank line is not a prompt: the result should have no prompt").toBeUndefined();
  });

  task("/set changes one setting and confirms it, without touching the old state [set]", () => {
    const state = start();
    const frozen = DEFAULT_PLAYGROUND_STATE;
    const one = applyPlaygroundCommand(frozen, "/set temperature 1.2");
    expect(
      one.state.temperature,
      `"/set temperature 1.2" should set temperature to 1.2; got ${show(one.state.temperature)}`,
    ).toBe(1.2);
    expect({ ...one.state, temperature: 1 }, "/set temperature should change only temperature").toEqual(
      DEFAULT_PLAYGROUND_STATE,
    );
    expect(
      one.reply,
      `the reply should confirm the new value (mention "temperature" and "1.2"); got ${show(one.reply)}`,
    ).toMatch(/temperature[\s\S]*1\.2/);
    expect(
      DEFAULT_PLAYGROUND_STATE.temperature,
      "the state you were given must not change: return a new object ({ ...state, temperature: 1.2 })",
    ).toBe(1);

    const cases: [string, keyof PlaygroundState, unknown][] = [
      ["/set top_p 0.5", "top_p", 0.5],
      ["/set max_completion_tokens 50", "max_completion_tokens", 50],
      ["/set presence_penalty -1.5", "presence_penalty", -1.5],
      ["/set frequency_penalty 2", "frequency_penalty", 2],
      ["/set n 3", "n", 3],
      ["/set seed 42", "seed", 42],
      ["/set model gpt-4.1-mini", "model", "gpt-4.1-mini"],
      ["/set temperature 0", "temperature", 0],
      // The edges of every range are valid values.
      ["/set temperature 2", "temperature", 2],
      ["/set top_p 0", "top_p", 0],
      ["/set top_p 1", "top_p", 1],
      ["/set presence_penalty -2", "presence_penalty", -2],
      ["/set frequency_penalty -2", "frequency_penalty", -2],
      ["/set n 1", "n", 1],
      ["/set n 128", "n", 128],
      ["/set max_completion_tokens 1", "max_completion_tokens", 1],
      [
        `/set max_completion_tokens ${findModel(DEFAULT_MODEL)!.maxOutputTokens}`,
        "max_completion_tokens",
        findModel(DEFAULT_MODEL)!.maxOutputTokens,
      ],
      ["/set seed 0", "seed", 0],
      ["/set seed -3", "seed", -3],
    ];
    for (const [line, key, value] of cases) {
      const result = applyPlaygroundCommand(state, line);
      expect(
        result.state[key],
        `"${line}" should set ${key} to ${show(value)}; got ${show(result.state[key])}`,
      ).toEqual(value);
      expect(result.prompt, `"${line}" is a command, not a prompt`).toBeUndefined();
    }
    const local = applyPlaygroundCommand({ ...start(), model: "my-local-llama" }, "/set max_completion_tokens 1000000");
    expect(
      local.state.max_completion_tokens,
      "a model the catalog does not know has no upper bound for max_completion_tokens (only its server knows it)",
    ).toBe(1_000_000);
  });

  task("/set stop takes up to 4 sequences and /set seed off or /set stop off removes them [stop-and-seed]", () => {
    const withStop = applyPlaygroundCommand(start(), "/set stop END ###");
    expect(
      withStop.state.stop,
      `"/set stop END ###" should set stop to ["END", "###"]; got ${show(withStop.state.stop)}`,
    ).toEqual(["END", "###"]);
    const reply = rejected("/set stop a b c d e", withStop.state);
    expect(
      reply,
      `five stop sequences are too many (the API takes 1 to 4): the reply should say 4; got ${show(reply)}`,
    ).toMatch(/4/);
    rejected("/set stop", withStop.state);
    const four = applyPlaygroundCommand(start(), "/set stop a b c d");
    expect(four.state.stop, `four stop sequences are fine; got ${show(four.state.stop)}`).toEqual(["a", "b", "c", "d"]);
    const off = applyPlaygroundCommand(withStop.state, "/set stop off");
    expect(off.state.stop, `"/set stop off" should remove stop; got ${show(off.state.stop)}`).toBeUndefined();
    const seeded = applyPlaygroundCommand(start(), "/set seed 7").state;
    const unseeded = applyPlaygroundCommand(seeded, "/set seed off").state;
    expect(unseeded.seed, `"/set seed off" should remove seed; got ${show(unseeded.seed)}`).toBeUndefined();
  });

  task("out-of-range values leave the settings unchanged and the reply gives the valid range [out-of-range]", () => {
    const cases: [string, RegExp, string][] = [
      ["/set temperature 2.5", /\b0\b[\s\S]*\b2\b/, "0 to 2"],
      ["/set temperature -0.1", /\b0\b[\s\S]*\b2\b/, "0 to 2"],
      ["/set top_p 1.5", /\b0\b[\s\S]*\b1\b/, "0 to 1"],
      ["/set presence_penalty 3", /-2\b[\s\S]*\b2\b/, "-2 to 2"],
      ["/set frequency_penalty -2.5", /-2\b[\s\S]*\b2\b/, "-2 to 2"],
      ["/set n 0", /\b1\b[\s\S]*\b128\b/, "1 to 128"],
      ["/set n 129", /\b1\b[\s\S]*\b128\b/, "1 to 128"],
      ["/set max_completion_tokens 0", /\b1\b/, "at least 1"],
      [
        "/set max_completion_tokens 1000000",
        /128,?000/,
        `at most 128000, ${DEFAULT_MODEL}'s maxOutputTokens in the catalog`,
      ],
    ];
    for (const [line, range, words] of cases) {
      const reply = rejected(line);
      expect(
        reply,
        `"${line}" is out of range: the reply should give the valid range (${words}); got ${show(reply)}`,
      ).toMatch(range);
    }
  });

  task("values that are not numbers, or not whole where they must be, are rejected [not-a-number]", () => {
    for (const line of [
      "/set temperature hot",
      "/set temperature",
      "/set top_p NaN",
      "/set temperature Infinity",
      "/set n 2.5",
      "/set max_completion_tokens 10.5",
      "/set seed 1.5",
    ]) {
      const reply = rejected(line);
      expect(reply.length, `"${line}" should get a reply that says what a valid value is`).toBeGreaterThan(0);
    }
  });

  task("an unknown setting is rejected and the reply lists the settings [unknown-setting]", () => {
    const reply = rejected("/set temprature 1");
    for (const name of [
      "temperature",
      "top_p",
      "max_completion_tokens",
      "presence_penalty",
      "frequency_penalty",
      "n",
    ]) {
      expect(
        reply,
        `"/set temprature 1" names no setting: the reply should list the valid ones (missing "${name}"); got ${show(reply)}`,
      ).toContain(name);
    }
    rejected("/set max_tokens 100");
    rejected("/set");
  });

  task("/reset puts every parameter back to its default and keeps the model [reset]", () => {
    let state = start();
    for (const line of [
      "/set model gpt-4.1-mini",
      "/set temperature 0.2",
      "/set n 4",
      "/set seed 9",
      "/set stop END",
      "/set top_p 0.3",
    ]) {
      state = applyPlaygroundCommand(state, line).state;
    }
    const result = applyPlaygroundCommand(state, "/reset");
    expect(
      result.state,
      `/reset should give back DEFAULT_PLAYGROUND_STATE with the model kept (gpt-4.1-mini); got ${show(result.state)}`,
    ).toEqual({
      ...DEFAULT_PLAYGROUND_STATE,
      model: "gpt-4.1-mini",
    });
    expect(result.prompt, "/reset is a command, not a prompt").toBeUndefined();
  });

  task("/show lists the settings, /help lists the commands, and unknown commands are refused [show-help]", () => {
    let state = start();
    for (const line of [
      "/set temperature 0.4",
      "/set n 3",
      "/set presence_penalty 0.5",
      "/set frequency_penalty -0.5",
      "/set seed 11",
      "/set stop END",
    ])
      state = applyPlaygroundCommand(state, line).state;
    const shown = applyPlaygroundCommand(state, "/show");
    expect(shown.state, "/show should not change the settings").toEqual(state);
    for (const [name, value] of [
      ["temperature", "0.4"],
      ["top_p", "1"],
      ["max_completion_tokens", "256"],
      ["model", DEFAULT_MODEL],
      ["n", "3"],
      ["presence_penalty", "0.5"],
      ["frequency_penalty", "-0.5"],
      ["seed", "11"],
      ["stop", "END"],
    ]) {
      expect(shown.reply, `/show should list ${name} with its value ${value}; got ${show(shown.reply)}`).toMatch(
        new RegExp(`${name}[^\\n]*${value.replace(".", "\\.")}`),
      );
    }
    const help = applyPlaygroundCommand(state, "/help");
    expect(help.state, "/help should not change the settings").toEqual(state);
    for (const command of ["/set", "/show", "/reset", "/help"]) {
      expect(help.reply, `/help should mention ${command}; got ${show(help.reply)}`).toContain(command);
    }
    const unknown = rejected("/temperature 1", state);
    expect(
      unknown,
      `"/temperature 1" is not a command: the reply should say so (e.g. "Unknown command"); got ${show(unknown)}`,
    ).toMatch(/unknown|not a command|no command/i);
  });

  task("a model that takes only the default sampling settings refuses others, as the API does [model-sampling]", () => {
    const gpt5: PlaygroundState = { ...start(), model: "gpt-5" };
    for (const line of [
      "/set temperature 0.2",
      "/set top_p 0.5",
      "/set presence_penalty 1",
      "/set frequency_penalty -1",
    ]) {
      const reply = rejected(line, gpt5);
      expect(
        reply,
        `gpt-5 takes only the default ${line.split(" ")[1]}: the reply to "${line}" should say so and name the model; got ${show(reply)}`,
      ).toMatch(/gpt-5/);
    }
    const byDefault = MODELS.find(
      (m) => m.reasoning && m.defaultReasoningEffort !== null && m.samplingEfforts.includes(m.defaultReasoningEffort),
    );
    if (byDefault) {
      const sampled = applyPlaygroundCommand({ ...start(), model: byDefault.id }, "/set temperature 0.2");
      expect(
        sampled.state.temperature,
        `${byDefault.id} runs at reasoning_effort "${byDefault.defaultReasoningEffort}" by default, an effort at which it samples: "/set temperature 0.2" should set it`,
      ).toBe(0.2);
    }
    const back = applyPlaygroundCommand(gpt5, "/set temperature 1");
    expect(back.state.temperature, "the default itself (temperature 1) is fine on gpt-5").toBe(1);
    const ok = applyPlaygroundCommand(start(), "/set temperature 0.2");
    expect(
      ok.state.temperature,
      `${DEFAULT_PLAYGROUND_STATE.model} takes a temperature (with samplingOptions): "/set temperature 0.2" should set it; got ${show(ok.state)}`,
    ).toBe(0.2);
  });

  task(
    "switching the model checks the settings again: what the new model refuses goes back to what it takes [model-switch]",
    () => {
      const long: PlaygroundState = { ...start(), model: "gpt-4.1", max_completion_tokens: 30_000 };
      const max = findModel("gpt-4o-mini")!.maxOutputTokens;
      const switched = applyPlaygroundCommand(long, "/set model gpt-4o-mini");
      expect(switched.state.model, "/set model gpt-4o-mini should switch the model").toBe("gpt-4o-mini");
      expect(
        switched.state.max_completion_tokens,
        `gpt-4o-mini writes at most ${max} tokens: max_completion_tokens 30000 should come down to ${max}; got ${show(switched.state.max_completion_tokens)}`,
      ).toBe(max);
      expect(
        switched.reply,
        `the reply should say that max_completion_tokens changed; got ${show(switched.reply)}`,
      ).toMatch(/max_completion_tokens/);
      expect(long.max_completion_tokens, "the state you were given must not change").toBe(30_000);

      const warm: PlaygroundState = {
        ...start(),
        model: "gpt-4.1",
        temperature: 0.2,
        top_p: 0.5,
        presence_penalty: 1,
        frequency_penalty: -1,
      };
      const reasoning = applyPlaygroundCommand(warm, "/set model gpt-5");
      expect(
        {
          temperature: reasoning.state.temperature,
          top_p: reasoning.state.top_p,
          presence_penalty: reasoning.state.presence_penalty,
          frequency_penalty: reasoning.state.frequency_penalty,
        },
        `gpt-5 takes only the defaults: temperature and top_p back to 1, the penalties back to 0; got ${show(reasoning.state)}`,
      ).toEqual({ temperature: 1, top_p: 1, presence_penalty: 0, frequency_penalty: 0 });
      expect(reasoning.reply, `the reply should say that temperature changed; got ${show(reasoning.reply)}`).toMatch(
        /temperature/,
      );

      const unknown = applyPlaygroundCommand(warm, "/set model my-local-llama");
      expect(
        unknown.state,
        "a model the catalog does not know keeps every setting (only its server knows its limits)",
      ).toEqual({ ...warm, model: "my-local-llama" });
    },
  );
});
