import { HttpResponse } from "msw";
import { describe, expect } from "vitest";
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { compareTemperatures, completeWithLimit, validateParams } from "#exercises/parameters";
import {
  DEFAULT_MODEL,
  getModel,
  MODELS,
  SAMPLING_DEFAULTS,
  samplingOptions,
  samplingRules,
} from "../../src/api/catalog";
import { exercise, task } from "../support/grading";
import {
  completion,
  onChatCompletions,
  replyWith,
  sentBodies,
  testClient,
  useMockServer,
  type SentRequest,
} from "../support/server";

useMockServer();

const show = (value: unknown) => JSON.stringify(value);
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Each reply names the temperature of the request it answers, so a result paired with the wrong request shows. */
const answerFor = (temperature: unknown) => `Answer to the request at temperature ${temperature}`;

/** Replies slowly to low temperatures and quickly to high ones: answers arrive in a different order than requests. */
function replyNamingTemperature(): void {
  onChatCompletions(async ({ request }) => {
    const body = (await request.json()) as SentRequest["body"];
    const temperature = typeof body.temperature === "number" ? body.temperature : 1;
    await delay(Math.max(0, 2 - temperature) * 15);
    return HttpResponse.json(completion(answerFor(body.temperature)));
  });
}

const base = (): ChatCompletionCreateParams => ({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] });

const accepts = (label: string, params: Partial<ChatCompletionCreateParams>) => {
  const problems = validateParams(params);
  expect(
    problems,
    `the API accepts ${label}, so validateParams should return []; it returned ${show(problems)}`,
  ).toEqual([]);
};

/** The parameter's name as a whole word ("n" must not match the n of "must"). */
const names = (parameter: string) => new RegExp(`(^|[^a-z_])${parameter}([^a-z_]|$)`, "i");

/** One problem, and its sentence names the parameter. */
const rejectsOnce = (label: string, params: Partial<ChatCompletionCreateParams>, parameter: string) => {
  const problems = validateParams(params);
  expect(
    problems.length,
    `the API rejects ${label}: validateParams should return exactly one problem; it returned ${show(problems)}`,
  ).toBe(1);
  expect(
    problems[0],
    `the problem for ${label} should name the parameter "${parameter}"; it said ${show(problems[0])}`,
  ).toMatch(names(parameter));
};

exercise("parameters", () => {
  describe("step 1: compareTemperatures", () => {
    task(
      "compareTemperatures sends one request per temperature, in the order given [one-per-temperature]",
      async () => {
        replyNamingTemperature();
        await compareTemperatures(testClient(), "Write a tagline for a coffee shop", [0.2, 1.3, 0.7]);
        const sent = sentBodies();
        expect(
          sent.length,
          `compareTemperatures(client, prompt, [0.2, 1.3, 0.7]) should send 3 requests, one per temperature; it sent ${sent.length}`,
        ).toBe(3);
        expect(
          sent.map((b) => b.temperature),
          "each request should carry its own temperature, in the order of the list (0.2, then 1.3, then 0.7)",
        ).toEqual([0.2, 1.3, 0.7]);
        for (const body of sent) {
          expect(
            body.model,
            `every request should use DEFAULT_MODEL (${DEFAULT_MODEL}); one used ${show(body.model)}`,
          ).toBe(DEFAULT_MODEL);
          expect(
            body.reasoning_effort,
            `with a temperature, every request should add ...samplingOptions(DEFAULT_MODEL) (reasoning_effort ${show(samplingOptions(DEFAULT_MODEL).reasoning_effort)})`,
          ).toBe(samplingOptions(DEFAULT_MODEL).reasoning_effort);
          expect(
            body.messages,
            `every request should send the prompt as one user message; one sent ${show(body.messages)}`,
          ).toEqual([{ role: "user", content: "Write a tagline for a coffee shop" }]);
        }
      },
    );

    task(
      "compareTemperatures limits every reply with max_completion_tokens: 50 (not the deprecated max_tokens) [limit-50]",
      async () => {
        replyNamingTemperature();
        await compareTemperatures(testClient(), "Write a tagline for a coffee shop", [0, 1]);
        for (const body of sentBodies()) {
          expect(
            body.max_tokens,
            "send the limit as max_completion_tokens: max_tokens is the deprecated name, and reasoning models reject it",
          ).toBeUndefined();
          expect(
            body.max_completion_tokens,
            `every request should set max_completion_tokens: 50; one sent ${show(body.max_completion_tokens)}`,
          ).toBe(50);
        }
      },
    );

    task(
      "compareTemperatures returns each answer next to the temperature that produced it [answers-paired]",
      async () => {
        replyNamingTemperature();
        const temperatures = [0.2, 1.3, 0.7];
        const result = await compareTemperatures(testClient(), "Write a tagline for a coffee shop", temperatures);
        expect(
          result,
          "the result should have one { temperature, content } per temperature, in the order of the list, each with the reply to that " +
            `temperature's request (here the replies say which temperature they answer; answers arrive in a different order than the requests); got ${show(result)}`,
        ).toEqual(temperatures.map((temperature) => ({ temperature, content: answerFor(temperature) })));
      },
    );

    task(
      "compareTemperatures uses [0, 0.5, 1, 1.5] when no temperatures are given [default-temperatures]",
      async () => {
        replyNamingTemperature();
        const result = await compareTemperatures(testClient(), "Write a tagline for a coffee shop");
        expect(
          sentBodies().map((b) => b.temperature),
          "without a list, compareTemperatures should ask at temperatures 0, 0.5, 1 and 1.5, in that order",
        ).toEqual([0, 0.5, 1, 1.5]);
        expect(
          result.map((r) => r.temperature),
          "the result should list the default temperatures 0, 0.5, 1, 1.5",
        ).toEqual([0, 0.5, 1, 1.5]);
      },
    );
  });

  describe("step 2: completeWithLimit", () => {
    task("completeWithLimit sends the limit as max_completion_tokens [limit-sent]", async () => {
      replyWith(completion("Machine learning is a branch of", { finishReason: "length" }));
      await completeWithLimit(testClient(), "Explain machine learning", 10);
      const sent = sentBodies();
      expect(sent.length, `completeWithLimit should send exactly one request; it sent ${sent.length}`).toBe(1);
      const body = sent[0]!;
      expect(body.max_tokens, "send the limit as max_completion_tokens, not the deprecated max_tokens").toBeUndefined();
      expect(
        body.max_completion_tokens,
        `completeWithLimit(client, prompt, 10) should send max_completion_tokens: 10; it sent ${show(body.max_completion_tokens)}`,
      ).toBe(10);
      expect(body.model, `use DEFAULT_MODEL (${DEFAULT_MODEL}); got ${show(body.model)}`).toBe(DEFAULT_MODEL);
      expect(body.messages, `send the prompt as one user message; got ${show(body.messages)}`).toEqual([
        { role: "user", content: "Explain machine learning" },
      ]);
    });

    task('completeWithLimit reports a reply cut off by the limit (finish_reason "length") [truncated]', async () => {
      replyWith(completion("Machine learning is a branch of", { finishReason: "length" }));
      const result = await completeWithLimit(testClient(), "Explain machine learning", 10);
      expect(
        result,
        `when finish_reason is "length", return the text, finishReason "length" and truncated: true; got ${show(result)}`,
      ).toEqual({
        content: "Machine learning is a branch of",
        finishReason: "length",
        truncated: true,
      });
    });

    task(
      "completeWithLimit reads truncation from finish_reason, not from the text [truncated-from-finish-reason]",
      async () => {
        // 11 tokens, no full stop, but the model chose to stop: not truncated.
        const finished = "Supervised learning, unsupervised learning, reinforcement learning";
        replyWith(completion(finished, { finishReason: "stop" }));
        const stopped = await completeWithLimit(testClient(), "Name the kinds of machine learning", 11);
        expect(
          stopped,
          'a reply with finish_reason "stop" is complete even when it fills the limit or ends without a full stop: truncated must be false ' +
            `(use finish_reason === "length", not the text's length or punctuation); got ${show(stopped)}`,
        ).toEqual({ content: finished, finishReason: "stop", truncated: false });

        // A reasoning model can spend the whole budget thinking and say nothing: still truncated.
        replyWith(completion("", { finishReason: "length", usage: { completion_tokens: 16 } }));
        const empty = await completeWithLimit(testClient(), "Explain machine learning", 16);
        expect(
          empty,
          'an empty reply with finish_reason "length" was cut off (a reasoning model can use the whole budget to think): ' +
            `truncated must be true; got ${show(empty)}`,
        ).toEqual({ content: "", finishReason: "length", truncated: true });
      },
    );

    task(
      'completeWithLimit passes other finish reasons through and turns null content into "" [other-finish-reasons]',
      async () => {
        const filtered = completion("", { finishReason: "content_filter" });
        filtered.choices[0]!.message.content = null;
        replyWith(filtered);
        const result = await completeWithLimit(testClient(), "Explain machine learning", 50);
        expect(
          result,
          `finish_reason "content_filter" with null content should give { content: "", finishReason: "content_filter", truncated: false }; got ${show(result)}`,
        ).toEqual({
          content: "",
          finishReason: "content_filter",
          truncated: false,
        });
      },
    );
  });

  describe("step 3: validateParams", () => {
    task(
      "validateParams returns [] for requests the API accepts, including the edges of every range [accepts-valid]",
      () => {
        accepts("a plain request", base());
        accepts("temperature 0", { ...base(), temperature: 0 });
        accepts("temperature 2 (the range includes 2)", { ...base(), temperature: 2 });
        accepts("temperature 1.5", { ...base(), temperature: 1.5 });
        accepts("top_p 0", { ...base(), top_p: 0 });
        accepts("top_p 1", { ...base(), top_p: 1 });
        accepts("n 1", { ...base(), n: 1 });
        accepts("n 128", { ...base(), n: 128 });
        accepts("presence_penalty -2 and frequency_penalty 2", {
          ...base(),
          presence_penalty: -2,
          frequency_penalty: 2,
        });
        accepts("4 stop sequences", { ...base(), stop: ["\n\n", "END", "###", "Q:"] });
        accepts("a single stop string", { ...base(), stop: "END" });
        accepts("top_logprobs 20 with logprobs: true", { ...base(), logprobs: true, top_logprobs: 20 });
        accepts("top_logprobs 0 with logprobs: true", { ...base(), logprobs: true, top_logprobs: 0 });
        accepts("logit_bias values of -100 and 100", { ...base(), logit_bias: { "1734": -100, "25": 100 } });
        accepts("max_completion_tokens 16384 on gpt-4o-mini (its maximum)", {
          ...base(),
          max_completion_tokens: 16_384,
        });
        accepts("max_tokens alone on gpt-4o-mini (deprecated, but accepted)", { ...base(), max_tokens: 100 });
        accepts("null for every optional parameter (null means the default)", {
          ...base(),
          temperature: null,
          top_p: null,
          n: null,
          stop: null,
          max_completion_tokens: null,
        });
        accepts("stream with stream_options", { ...base(), stream: true, stream_options: { include_usage: true } });
        accepts('json_object when a message says "JSON"', {
          model: "gpt-4o-mini",
          messages: [{ role: "user", content: "List three colors as JSON." }],
          response_format: { type: "json_object" },
        });
        accepts('json_object when only the system message says "json"', {
          model: "gpt-4o-mini",
          messages: [
            { role: "system", content: "Answer in json." },
            { role: "user", content: "List three colors." },
          ],
          response_format: { type: "json_object" },
        });
        accepts("a model the catalog does not know", {
          model: "my-local-llama",
          messages: [{ role: "user", content: "Hi" }],
          temperature: 0.7,
        });
        accepts("gpt-5 with the default temperature 1 and max_completion_tokens", {
          model: "gpt-5",
          messages: [{ role: "user", content: "Hi" }],
          temperature: 1,
          max_completion_tokens: 500,
        });
        accepts("gpt-5 with logprobs: false (only logprobs: true is refused)", {
          model: "gpt-5",
          messages: [{ role: "user", content: "Hi" }],
          logprobs: false,
        });
      },
    );

    task(
      "validateParams does not report what the API allows: temperature with top_p, and stream with n > 1 [allowed-combinations]",
      () => {
        accepts("temperature and top_p together (OpenAI advises changing one, but the API takes both)", {
          ...base(),
          temperature: 0.8,
          top_p: 0.9,
        });
        accepts("stream: true with n: 3 (each chunk's choices[i].index says which choice it continues)", {
          ...base(),
          stream: true,
          n: 3,
        });
      },
    );

    task("validateParams reports values outside each parameter's range [ranges]", () => {
      rejectsOnce("temperature 2.1", { ...base(), temperature: 2.1 }, "temperature");
      rejectsOnce("temperature -0.1", { ...base(), temperature: -0.1 }, "temperature");
      rejectsOnce("top_p 1.1", { ...base(), top_p: 1.1 }, "top_p");
      rejectsOnce("top_p -0.5", { ...base(), top_p: -0.5 }, "top_p");
      rejectsOnce("n 0", { ...base(), n: 0 }, "n");
      rejectsOnce("n 129", { ...base(), n: 129 }, "n");
      rejectsOnce("n 1.5", { ...base(), n: 1.5 }, "n");
      rejectsOnce("presence_penalty 2.5", { ...base(), presence_penalty: 2.5 }, "presence_penalty");
      rejectsOnce("frequency_penalty -2.1", { ...base(), frequency_penalty: -2.1 }, "frequency_penalty");
      rejectsOnce("top_logprobs 21", { ...base(), logprobs: true, top_logprobs: 21 }, "top_logprobs");
      rejectsOnce("a logit_bias of 101", { ...base(), logit_bias: { "1734": 101 } }, "logit_bias");
      rejectsOnce("a logit_bias of -101", { ...base(), logit_bias: { "25": 0, "1734": -101 } }, "logit_bias");
      const [bias] = validateParams({ ...base(), logit_bias: { "25": 5, "1734": 250 } });
      expect(
        bias,
        `the logit_bias sentence should name the token id whose bias is out of range (1734), so the learner knows which one to fix; it said ${show(bias)}`,
      ).toMatch(/(^|\D)1734(\D|$)/);
      rejectsOnce("max_completion_tokens 0", { ...base(), max_completion_tokens: 0 }, "max_completion_tokens");
      rejectsOnce("max_completion_tokens 2.5", { ...base(), max_completion_tokens: 2.5 }, "max_completion_tokens");
      rejectsOnce("max_tokens 0 on gpt-4o-mini", { ...base(), max_tokens: 0 }, "max_tokens");
      rejectsOnce(
        "max_completion_tokens 20000 on gpt-4o-mini (it writes at most 16384)",
        { ...base(), max_completion_tokens: 20_000 },
        "max_completion_tokens",
      );
    });

    task("validateParams allows at most 4 stop sequences [stop-limit]", () => {
      rejectsOnce("5 stop sequences", { ...base(), stop: ["a", "b", "c", "d", "e"] }, "stop");
    });

    task("validateParams requires logprobs: true for top_logprobs [top-logprobs]", () => {
      rejectsOnce("top_logprobs 5 without logprobs", { ...base(), top_logprobs: 5 }, "top_logprobs");
      rejectsOnce(
        "top_logprobs 5 with logprobs: false",
        { ...base(), logprobs: false, top_logprobs: 5 },
        "top_logprobs",
      );
    });

    task("validateParams reports parameters that clash or are missing [clashes]", () => {
      rejectsOnce("no messages", { model: "gpt-4o-mini" }, "messages");
      rejectsOnce("an empty messages list", { model: "gpt-4o-mini", messages: [] }, "messages");
      rejectsOnce("no model", { messages: [{ role: "user", content: "Hi" }] }, "model");
      rejectsOnce('model "" (an empty string names no model)', { ...base(), model: "" }, "model");
      rejectsOnce(
        "max_tokens and max_completion_tokens together",
        { ...base(), max_tokens: 100, max_completion_tokens: 100 },
        "max_tokens",
      );
      rejectsOnce(
        "stream_options without stream: true",
        { ...base(), stream_options: { include_usage: true } },
        "stream_options",
      );
      rejectsOnce(
        "stream_options with stream: false",
        { ...base(), stream: false, stream_options: { include_usage: true } },
        "stream_options",
      );
      const problems = validateParams({ ...base(), response_format: { type: "json_object" } });
      expect(
        problems.length,
        `json_object with no message mentioning JSON is rejected by the API: expected one problem, got ${show(problems)}`,
      ).toBe(1);
      expect(problems[0], `the problem should name response_format or messages; it said ${show(problems[0])}`).toMatch(
        /response_format|messages/i,
      );
    });

    task(
      "validateParams knows when a reasoning model takes sampling parameters: only at an effort that allows them [reasoning-models]",
      () => {
        const gpt5 = (extra: Partial<ChatCompletionCreateParams>): Partial<ChatCompletionCreateParams> => ({
          model: "gpt-5",
          messages: [{ role: "user", content: "Hi" }],
          ...extra,
        });
        rejectsOnce(
          "temperature 0.3 on gpt-5 (a reasoning model: see the catalog's reasoning flag)",
          gpt5({ temperature: 0.3 }),
          "temperature",
        );
        rejectsOnce("top_p 0.5 on gpt-5 (reasoning)", gpt5({ top_p: 0.5 }), "top_p");
        rejectsOnce(
          "frequency_penalty 0.5 on gpt-5 (reasoning)",
          gpt5({ frequency_penalty: 0.5 }),
          "frequency_penalty",
        );
        rejectsOnce("presence_penalty 0.5 on gpt-5 (reasoning)", gpt5({ presence_penalty: 0.5 }), "presence_penalty");
        const gpt5Rules = samplingRules("gpt-5");
        const atDefault = Object.fromEntries(
          Object.entries(SAMPLING_DEFAULTS).filter(
            ([name]) => gpt5Rules[name as keyof typeof SAMPLING_DEFAULTS] !== "rejected",
          ),
        );
        accepts(
          `gpt-5 with the sampling parameters samplingRules does not reject at their defaults (${show(atDefault)})`,
          gpt5(atDefault),
        );
        rejectsOnce(
          "max_tokens on gpt-5 (reasoning models take only max_completion_tokens)",
          gpt5({ max_tokens: 100 }),
          "max_tokens",
        );
        rejectsOnce(
          "logprobs: true on gpt-5 (reasoning models do not return logprobs)",
          gpt5({ logprobs: true }),
          "logprobs",
        );
        const luna = (extra: Partial<ChatCompletionCreateParams>): Partial<ChatCompletionCreateParams> => ({
          model: DEFAULT_MODEL,
          messages: [{ role: "user", content: "Hi" }],
          ...extra,
        });
        if (samplingOptions(DEFAULT_MODEL).reasoning_effort !== undefined) {
          accepts(
            `temperature 0.3 on ${DEFAULT_MODEL} with ...samplingOptions(DEFAULT_MODEL) (an effort at which it samples)`,
            luna({ temperature: 0.3, top_p: 0.5, ...samplingOptions(DEFAULT_MODEL) }),
          );
          rejectsOnce(
            `temperature 0.3 on ${DEFAULT_MODEL} at its default reasoning effort`,
            luna({ temperature: 0.3 }),
            "temperature",
          );
          rejectsOnce(
            `max_tokens on ${DEFAULT_MODEL}, even at reasoning_effort "none"`,
            luna({ max_tokens: 100, ...samplingOptions(DEFAULT_MODEL) }),
            "max_tokens",
          );
        }
      },
    );

    task(
      "validateParams applies the catalog's rules per model: reasoning_effort, verbosity, and what samplingRules rejects [model-rules]",
      () => {
        const on = (model: string, extra: Record<string, unknown>) =>
          ({ model, messages: [{ role: "user", content: "Hi" }], ...extra }) as Partial<ChatCompletionCreateParams>;
        const classic = MODELS.find((m) => !m.reasoning && m.verbosity.length === 1)!;
        const strict = MODELS.find((m) => m.reasoning && m.samplingEfforts.length === 0)!;
        const luna = getModel(DEFAULT_MODEL);
        const missingEffort = (["none", "minimal", "low", "medium", "high", "xhigh", "max"] as const).find(
          (e) => !strict.reasoningEfforts.includes(e),
        )!;
        rejectsOnce(
          `reasoning_effort "low" on ${classic.id} (it does not reason: reasoning: false in the catalog)`,
          on(classic.id, { reasoning_effort: "low" }),
          "reasoning_effort",
        );
        rejectsOnce(
          `reasoning_effort "${missingEffort}" on ${strict.id} (not in its reasoningEfforts: ${strict.reasoningEfforts.join(", ")})`,
          on(strict.id, { reasoning_effort: missingEffort }),
          "reasoning_effort",
        );
        rejectsOnce(
          `verbosity "low" on ${classic.id} (its catalog entry takes only ${classic.verbosity.join(", ")})`,
          on(classic.id, { verbosity: "low" }),
          "verbosity",
        );
        accepts(`verbosity "low" on ${strict.id} (in its catalog entry)`, on(strict.id, { verbosity: "low" }));
        accepts(
          `reasoning_effort "${strict.defaultReasoningEffort}" on ${strict.id}`,
          on(strict.id, { reasoning_effort: strict.defaultReasoningEffort }),
        );
        for (const name of ["stop", "logit_bias"] as const) {
          const value = name === "stop" ? ["END"] : { "1734": -100 };
          expect(samplingRules(strict.id)[name], `the catalog says ${strict.id} rejects ${name}`).toBe("rejected");
          rejectsOnce(`${name} on ${strict.id} (samplingRules: "rejected")`, on(strict.id, { [name]: value }), name);
          const low = samplingRules(luna.id, "low")[name];
          const check =
            low === "accepted"
              ? accepts
              : (l: string, p: Partial<ChatCompletionCreateParams>) => rejectsOnce(l, p, name);
          check(
            `${name} on ${luna.id} at reasoning_effort "low" (samplingRules: "${low}")`,
            on(luna.id, { reasoning_effort: "low", [name]: value }),
          );
          const none = samplingRules(luna.id, "none")[name];
          const checkNone =
            none === "accepted"
              ? accepts
              : (l: string, p: Partial<ChatCompletionCreateParams>) => rejectsOnce(l, p, name);
          checkNone(
            `${name} on ${luna.id} at reasoning_effort "none" (samplingRules: "${none}")`,
            on(luna.id, { reasoning_effort: "none", [name]: value }),
          );
        }
        accepts(
          `stop and logit_bias on ${classic.id}`,
          on(classic.id, { stop: ["END"], logit_bias: { "1734": -100 } }),
        );
      },
    );

    task("validateParams reports every problem, not just the first [every-problem]", () => {
      const problems = validateParams({ ...base(), temperature: 3, top_p: 2, n: 0 });
      expect(
        problems.length,
        `temperature 3, top_p 2 and n 0 are three problems; validateParams returned ${show(problems)}`,
      ).toBe(3);
      for (const name of ["temperature", "top_p", "n"]) {
        const found = problems.some((p) => names(name).test(p));
        expect(found, `one of the problems should name ${name}; got ${show(problems)}`).toBe(true);
      }
    });
  });
});
