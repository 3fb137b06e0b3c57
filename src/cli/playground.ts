/**
 * `npm run playground`: practice exercise 1 as an interactive tool for the request parameters.
 *   npm run playground              the reference solution (solutions/playground.ts)
 *   npm run playground -- --yours   your own (src/exercises/playground.ts)
 * Each prompt goes out with the current settings; each reply comes back with its finish_reason,
 * its usage and the parameters that produced it.
 */
import type OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import type { PlaygroundState } from "../exercises/playground";
import { costUsd, findModel, samplingOptions, samplingRules } from "../api/catalog";
import { formatNumber, formatUsd } from "../workbook/format";
import { isNotStarted } from "../workbook/todo";
import { createAppClient, warmUp } from "./backend";
import { describeError } from "./errors";
import { LineInput } from "./input";
import { loadTarget, notStartedMessage, parseAppArgs } from "./target";
import { Spinner, styles } from "./terminal";

type PlaygroundModule = typeof import("../exercises/playground");

const out = process.stdout;
const s = styles(out);

/**
 * The request the playground sends for `prompt`: every setting, under the API's own names, except the
 * sampling parameters the model refuses outright (gpt-5 and the o-series take no top_p or penalties,
 * not even their defaults).
 */
function playgroundRequest(state: PlaygroundState, prompt: string): ChatCompletionCreateParamsNonStreaming {
  const request = allSettings(state, prompt);
  if (!findModel(state.model)?.reasoning) return request;
  const rules = samplingRules(state.model, request.reasoning_effort ?? null);
  for (const name of ["temperature", "top_p", "presence_penalty", "frequency_penalty"] as const) {
    if (rules[name] === "rejected") delete request[name];
  }
  return request;
}

function allSettings(state: PlaygroundState, prompt: string): ChatCompletionCreateParamsNonStreaming {
  return {
    model: state.model,
    messages: [{ role: "user", content: prompt }],
    ...samplingOptions(state.model),
    temperature: state.temperature,
    top_p: state.top_p,
    max_completion_tokens: state.max_completion_tokens,
    presence_penalty: state.presence_penalty,
    frequency_penalty: state.frequency_penalty,
    n: state.n,
    // A reasoning model takes the sampling settings only at the effort samplingOptions names.
    ...samplingOptions(state.model),
    ...(state.seed !== undefined ? { seed: state.seed } : {}),
    ...(state.stop !== undefined && state.stop.length > 0 ? { stop: state.stop } : {}),
  };
}

function describeParameters(request: ChatCompletionCreateParamsNonStreaming): string {
  const { messages: _messages, ...parameters } = request;
  return Object.entries(parameters)
    .map(([name, value]) => `${name}=${typeof value === "string" && name === "model" ? value : JSON.stringify(value)}`)
    .join(" ");
}

const FINISH_NOTES: Record<string, string> = {
  stop: "the model ended the reply, or a stop sequence did",
  length: "cut off: max_completion_tokens was reached",
  content_filter: "held back by the content filter",
  tool_calls: "the model wants to call a tool",
};

function showReply(response: ChatCompletion, request: ChatCompletionCreateParamsNonStreaming, seconds: number): void {
  const total = response.choices.length;
  for (const choice of response.choices) {
    const note = FINISH_NOTES[choice.finish_reason] ?? "";
    out.write(
      `${s.bold(`── choice ${choice.index + 1} of ${total}`)} · finish_reason: ${s.bold(choice.finish_reason)}${note ? s.dim(` (${note})`) : ""}\n`,
    );
    out.write(`${choice.message.content ?? s.dim("(no text)")}\n`);
  }
  const usage = response.usage;
  if (usage) {
    const price = findModel(request.model) ? ` · ${formatUsd(costUsd(request.model, usage))}` : "";
    out.write(
      s.dim(
        `usage: ${formatNumber(usage.prompt_tokens)} prompt + ${formatNumber(usage.completion_tokens)} completion = ${formatNumber(usage.total_tokens)} tokens${price} · ${formatNumber(seconds, 2)} s\n`,
      ),
    );
  } else {
    out.write(s.dim(`usage: not reported by this backend · ${formatNumber(seconds, 2)} s\n`));
  }
  out.write(s.dim(`parameters: ${describeParameters(request)}\n`));
}

async function main(): Promise<number> {
  const args = parseAppArgs("Usage: npm run playground [-- --yours | --module <file>] [--model <id>]", ["model"]);
  const target = await loadTarget<PlaygroundModule>("playground", args);
  let setup: ReturnType<typeof createAppClient>;
  try {
    setup = createAppClient();
  } catch (error) {
    console.error(s.red(describeError(error, "")));
    return 1;
  }
  const { client, backend } = setup;
  const { applyPlaygroundCommand, DEFAULT_PLAYGROUND_STATE } = target.module;
  let state: PlaygroundState = DEFAULT_PLAYGROUND_STATE;
  try {
    // Through /set model, so the starting settings are checked against the model as every switch is.
    state = applyPlaygroundCommand(state, `/set model ${args.model ?? backend.model}`).state;
  } catch (error) {
    if (isNotStarted(error)) {
      console.error(notStartedMessage("playground", "playground", error));
      return 1;
    }
    throw error;
  }

  out.write(
    [
      `${s.bold("Parameter playground")} · ${target.label} (${target.file})`,
      `Backend: ${backend.description}`,
      "Type a prompt to send it with the current settings, /set <setting> <value> to change one, /show, /reset, /help; /quit or Ctrl-C leaves.",
      "",
    ].join("\n"),
  );
  await warmUp(client, backend, state.model, (text) => out.write(s.dim(text)));
  out.write(out.isTTY ? "\r\x1b[2K" : "\n");

  const input = new LineInput();
  const spinner = new Spinner(out);
  let busy: AbortController | null = null;
  let quitting = false;
  input.interrupt((atPrompt) => {
    if (busy) busy.abort();
    else if (atPrompt) {
      quitting = true;
      input.cancel();
    }
  });

  const prompt = () =>
    s.dim(
      `[${state.model} t=${state.temperature} top_p=${state.top_p} max=${state.max_completion_tokens} n=${state.n}]`,
    ) + ` playground ${s.bold("›")} `;
  try {
    for (;;) {
      const line = await input.ask(prompt());
      if (line === null || quitting) break;
      if (/^\/(quit|exit)\s*$/.test(line.trim())) break;
      let result: ReturnType<typeof applyPlaygroundCommand>;
      try {
        result = applyPlaygroundCommand(state, line);
      } catch (error) {
        out.write(
          s.yellow(
            isNotStarted(error)
              ? `Not implemented yet in ${target.file}: ${error.hint}\n`
              : `${describeError(error, backend.baseURL)}\n`,
          ),
        );
        continue;
      }
      state = result.state;
      if (result.reply) out.write(`${result.reply}\n`);
      if (result.prompt === undefined) continue;

      const request = playgroundRequest(state, result.prompt);
      busy = new AbortController();
      const started = performance.now();
      spinner.start(
        () => `asking ${state.model}… ${formatNumber((performance.now() - started) / 1000, 1)} s (Ctrl-C cancels)`,
      );
      try {
        const response = await (client as OpenAI).chat.completions.create(request, { signal: busy.signal });
        spinner.stop();
        showReply(response, request, (performance.now() - started) / 1000);
      } catch (error) {
        spinner.stop();
        out.write(
          busy.signal.aborted ? s.yellow("[cancelled]\n") : s.red(`${describeError(error, backend.baseURL)}\n`),
        );
      } finally {
        busy = null;
      }
    }
  } finally {
    spinner.stop();
    input.close();
  }
  out.write("\nBye.\n");
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(describeError(error, ""));
    process.exitCode = 1;
  },
);
