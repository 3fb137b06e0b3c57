/**
 * The offline model's speed: time to first token, tokens per second unpaced, and a 100k-token
 * prompt, in process (the SDK's fetch) and over HTTP (the offline server), each next to its floor:
 * js-tiktoken encoding the same text, which any OpenAI-compatible server must at least do.
 * Also the cold start: importing the helper module (lazy: no client, no model yet) and the first request.
 *
 * Goals (issue 3): first token under 5 ms for a short prompt, over 20,000 tokens/s unpaced,
 * a 100k-token prompt answered in under 1 s. Measured and printed here, never asserted in tests.
 */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { handleRequest } from "../src/offline/http/handler";
import { startOfflineServer } from "../src/offline/http/server";
import { TOPICS } from "../src/offline/corpus/all";
import { formatDuration } from "../src/workbook/format";
import { showTable } from "../src/workbook/table";
import { contentText, countMessageTokens, encoderFor } from "../src/api/tokens";
import { prepareChoices, type PreparedChoice } from "../src/offline/reply/chat";
import { validateChatRequest } from "../src/offline/http/validate";
import { prepareChoicesV1 } from "./v1/prepare";
import { DEV } from "./everyday/dev";

const MODEL = "gpt-4o-mini";
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SHORT: ChatCompletionMessageParam[] = [{ role: "user", content: "What's the capital of France?" }];

type Send = (body: object) => Promise<Response>;

const inProcess: Send = (body) =>
  handleRequest(
    new Request("https://api.openai.com/v1/chat/completions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );

function overHttp(baseURL: string): Send {
  return (body) =>
    fetch(`${baseURL}/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
}

/** Streams a request; returns the time to the first content token and to the end, and the tokens generated. */
async function stream(send: Send, body: object): Promise<{ ttft: number; total: number; tokens: number }> {
  const started = performance.now();
  const response = await send({ ...body, stream: true, stream_options: { include_usage: true } });
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let ttft = 0;
  let tail = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const text = decoder.decode(value, { stream: true });
    if (!ttft && /"delta":\{"content":"[^"]/.test(text)) ttft = performance.now() - started;
    tail = (tail + text).slice(-4096);
  }
  const total = performance.now() - started;
  const usage = /"usage":(\{"prompt_tokens".*?\}\})/.exec(tail);
  const tokens = usage ? JSON.parse(usage[1]).completion_tokens : 0;
  return { ttft, total, tokens };
}

async function complete(send: Send, body: object): Promise<{ total: number; tokens: number }> {
  const started = performance.now();
  const response = await send(body);
  const json = (await response.json()) as { usage?: { completion_tokens: number } };
  return { total: performance.now() - started, tokens: json.usage?.completion_tokens ?? 0 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median of `runs` timings of `fn` (ms), after one warm-up run. */
function timeSync(fn: () => void, runs = 20): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** About `target` tokens of conversation, made of the corpus's own prose so retrieval has work to do. */
function longConversation(target: number): ChatCompletionMessageParam[] {
  const texts = TOPICS.flatMap((t) => t.passages.map((p) => p.text));
  const messages: ChatCompletionMessageParam[] = [{ role: "system", content: "You are a helpful assistant." }];
  let i = 0;
  while (countMessageTokens(messages.slice(-1), MODEL) > 0 && i < 100_000) {
    const text = `${texts[i % texts.length]} (note ${i})`;
    messages.push({ role: i % 2 === 0 ? "user" : "assistant", content: text });
    i++;
    if (i % 50 === 0 && countMessageTokens(messages, MODEL) >= target) break;
  }
  messages.push({ role: "user", content: "Summarize this conversation." });
  return messages;
}

/**
 * First token over the everyday DEV prompts (skills, forms, declines, JSON), in process: the short
 * prompt above is one easy case, a learner's own prompt goes through every skill's reading first.
 */
async function everydayFirstTokens(): Promise<{ median: number; p90: number; max: number; slowest: string }> {
  const runs: { ms: number; id: string }[] = [];
  for (const round of [0, 1]) // the first round warms every skill's tables up
    for (const p of DEV) {
      const body = { model: "gpt-6-luna", reasoning_effort: "none", ...p.request, seed: 7 };
      const { ttft } = await stream(inProcess, body);
      if (round === 1 && ttft > 0) runs.push({ ms: ttft, id: p.id });
    }
  runs.sort((a, b) => a.ms - b.ms);
  return {
    median: runs[Math.floor(runs.length / 2)].ms,
    p90: runs[Math.floor(runs.length * 0.9)].ms,
    max: runs[runs.length - 1].ms,
    slowest: runs[runs.length - 1].id,
  };
}

/** Import and first-request costs, measured in fresh processes so nothing is cached. */
function coldStart(): Record<string, unknown>[] {
  const run = (code: string): Record<string, number> => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", code], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return JSON.parse(out.trim().split("\n").pop()!);
  };
  const helper = run(`
    const t0 = performance.now();
    const wb = await import("./src/workbook.ts");
    const t1 = performance.now();
    await wb.client.chat.completions.create({ model: "${MODEL}", messages: [{ role: "user", content: "Hello" }] });
    const t2 = performance.now();
    await wb.client.chat.completions.create({ model: "${MODEL}", messages: [{ role: "user", content: "Hello" }] });
    console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: performance.now() - t2 }));`);
  const offline = run(`
    const t0 = performance.now();
    await import("./src/offline/index.ts");
    console.log(JSON.stringify({ importMs: performance.now() - t0 }));`);
  const tiktoken = run(`
    const t0 = performance.now();
    await import("js-tiktoken");
    console.log(JSON.stringify({ importMs: performance.now() - t0 }));`);
  const floor = run(`
    const { getEncoding } = await import("js-tiktoken");
    const t0 = performance.now();
    getEncoding("o200k_base").encode("Hello");
    console.log(JSON.stringify({ ms: performance.now() - t0 }));`);
  return [
    {
      step: "import the helper module (no client, no model yet)",
      time: formatDuration(helper.importMs),
      note: "tsx transpiles on the fly; tslab compiles once per kernel",
    },
    {
      step: "the offline model's modules, imported alone",
      time: formatDuration(offline.importMs),
      note: "loaded by the first request; corpus is plain data, tables built on first use",
    },
    {
      step: "js-tiktoken's full package (every rank table), imported alone",
      time: formatDuration(tiktoken.importMs),
      note: "the workbook imports js-tiktoken/lite and one rank file per encoding instead",
    },
    {
      step: "first request (loads the model and one rank table, builds n-gram tables)",
      time: formatDuration(helper.firstMs),
      note: `floor: js-tiktoken loading o200k_base takes ${formatDuration(floor.ms)}`,
    },
    { step: "second request", time: formatDuration(helper.secondMs), note: "" },
  ];
}

async function measure(send: Send, long: ChatCompletionMessageParam[]) {
  for (let i = 0; i < 5; i++) await stream(send, { model: MODEL, messages: SHORT });
  const ttfts: number[] = [];
  for (let i = 0; i < 40; i++) ttfts.push((await stream(send, { model: MODEL, messages: SHORT })).ttft);
  // Many tokens in one request: 40 choices of a long greedy answer.
  const bulk = {
    model: MODEL,
    messages: [{ role: "user", content: "Explain recursion with an example" }],
    temperature: 0,
    n: 40,
  };
  const streamed: { tokens: number; seconds: number }[] = [];
  const whole: { tokens: number; seconds: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await stream(send, bulk);
    streamed.push({ tokens: s.tokens, seconds: (s.total - s.ttft) / 1000 });
    const c = await complete(send, bulk);
    whole.push({ tokens: c.tokens, seconds: c.total / 1000 });
  }
  const rate = (xs: { tokens: number; seconds: number }[]) => median(xs.map((x) => x.tokens / x.seconds));
  const longRuns: { ttft: number; total: number }[] = [];
  for (let i = 0; i < 3; i++) {
    const s = await stream(send, { model: MODEL, messages: long });
    const c = await complete(send, { model: MODEL, messages: long });
    longRuns.push({ ttft: s.ttft, total: c.total });
  }
  return {
    ttft: median(ttfts),
    streamRate: rate(streamed),
    wholeRate: rate(whole),
    longTtft: median(longRuns.map((r) => r.ttft)),
    longTotal: median(longRuns.map((r) => r.total)),
  };
}

type Prepare = (req: ReturnType<typeof validateChatRequest>) => PreparedChoice[];

/** The generator path alone, in process (no handler, no HTTP): what v2 costs against v1 on the same request. */
function generatorPath(prepare: Prepare, long: ChatCompletionMessageParam[]) {
  const request = (body: object) => validateChatRequest({ model: MODEL, ...body });
  const short = request({ messages: SHORT });
  const firstToken = timeSync(() => {
    const [c] = prepare(short);
    while (!c.output.finish && !c.output.step().text);
  }, 200);
  const rateOf = (body: object) => {
    const req = request(body);
    let tokens = 0;
    const ms = timeSync(() => {
      tokens = 0;
      for (const c of prepare(req)) {
        c.output.run();
        tokens += c.output.tokens;
      }
    }, 10);
    return tokens / (ms / 1000);
  };
  const greedy = rateOf({
    messages: [{ role: "user", content: "Explain recursion with an example" }],
    temperature: 0,
    n: 40,
  });
  const sampled = rateOf({
    messages: [{ role: "user", content: "Explain recursion with an example" }],
    temperature: 1,
    seed: 1,
    n: 40,
  });
  const creative = rateOf({
    messages: [{ role: "user", content: "Write a tagline for a coffee shop" }],
    temperature: 1,
    seed: 1,
    n: 40,
  });
  const longReq = request({ messages: long });
  const longMs = timeSync(() => prepare(longReq).forEach((c) => c.output.run()), 3);
  return { firstToken, greedy, sampled, creative, longMs };
}

function compareGenerators(long: ChatCompletionMessageParam[]) {
  // Alternate the two so that both run on an equally warm process.
  generatorPath(prepareChoicesV1, long);
  generatorPath(prepareChoices, long);
  const v1 = generatorPath(prepareChoicesV1, long);
  const v2 = generatorPath(prepareChoices, long);
  const ms = (x: number) => formatDuration(x);
  const rate = (x: number) => `${Math.round(x).toLocaleString("en-US")} tok/s`;
  const row = (measure: string, a: number, b: number, show: (x: number) => string, lowerIsBetter: boolean) => ({
    measure,
    v1: show(a),
    v2: show(b),
    "v2 cost": lowerIsBetter ? `${(b / a).toFixed(2)}x the time` : `${(a / b).toFixed(2)}x the time per token`,
  });
  showTable(
    [
      row("first token, short prompt (validate, compose, first step)", v1.firstToken, v2.firstToken, ms, true),
      row("tokens per second, 40 greedy choices", v1.greedy, v2.greedy, rate, false),
      row("tokens per second, 40 choices at temperature 1", v1.sampled, v2.sampled, rate, false),
      row("tokens per second, 40 taglines at temperature 1", v1.creative, v2.creative, rate, false),
      row("100k-token prompt, whole answer (no tokenizing of the prompt)", v1.longMs, v2.longMs, ms, true),
    ],
    {
      caption:
        "Generator v2 (one mixture over all candidate replies) against v1 (a hidden passage draw, then one passage), in process, same retrieval and content (medians)",
    },
  );
}

export default async function offlineBench(): Promise<void> {
  showTable(coldStart(), { caption: "Cold start (fresh processes)" });

  const enc = encoderFor(MODEL);
  const long = longConversation(100_000);
  const longTokens = countMessageTokens(long, MODEL);
  const longText = long.map((m) => contentText(m.content)).join("\n");
  const shortText = contentText(SHORT[0].content);
  // The floors: what js-tiktoken alone needs to encode the prompt, or the generated text.
  const shortFloor = timeSync(() => enc.encode(shortText), 200);
  const longFloor = timeSync(() => enc.encode(longText), 5);
  const sample = (await (
    await inProcess({
      model: MODEL,
      messages: [{ role: "user", content: "Explain recursion with an example" }],
      temperature: 0,
      n: 40,
    })
  ).json()) as {
    choices: { message: { content: string } }[];
  };
  const outputText = sample.choices.map((c) => c.message.content).join("");
  const outputTokens = enc.encode(outputText).length;
  const encodeRate = outputTokens / (timeSync(() => enc.encode(outputText), 10) / 1000);

  const local = await measure(inProcess, long);
  const everyday = await everydayFirstTokens();
  const server = await startOfflineServer({ port: 0 });
  let http: Awaited<ReturnType<typeof measure>>;
  try {
    http = await measure(overHttp(server.baseURL), long);
  } finally {
    await server.close();
  }

  const ms = (x: number) => formatDuration(x);
  const rate = (x: number) => `${Math.round(x).toLocaleString("en-US")} tok/s`;
  const slower = (x: number, floor: number) => `${(x / floor).toFixed(1)}x`;
  const ok = (pass: boolean) => (pass ? "yes" : "NO");
  showTable(
    [
      {
        measure: "first token, short prompt (stream)",
        "in process": ms(local.ttft),
        "over HTTP": ms(http.ttft),
        "js-tiktoken floor": ms(shortFloor),
        "in process / floor": slower(local.ttft, shortFloor),
        // The goal (issue 8) is in process; over HTTP adds the loopback round trip.
        goal: "< 5 ms in process",
        met: ok(local.ttft < 5),
      },
      {
        measure: `first token, ${DEV.length} everyday prompts: median`,
        "in process": ms(everyday.median),
        "over HTTP": "",
        "js-tiktoken floor": "",
        "in process / floor": "",
        goal: "< 5 ms in process",
        met: ok(everyday.median < 5),
      },
      {
        measure: `first token, everyday prompts: p90 / slowest (${everyday.slowest})`,
        "in process": `${ms(everyday.p90)} / ${ms(everyday.max)}`,
        "over HTTP": "",
        "js-tiktoken floor": "",
        "in process / floor": "",
        goal: "",
        met: "",
      },
      {
        measure: "tokens per second, unpaced (stream)",
        "in process": rate(local.streamRate),
        "over HTTP": rate(http.streamRate),
        "js-tiktoken floor": rate(encodeRate),
        "in process / floor": slower(encodeRate, local.streamRate),
        goal: "> 20,000 tok/s",
        met: ok(local.streamRate > 20_000 && http.streamRate > 20_000),
      },
      {
        measure: "tokens per second, unpaced (one JSON reply)",
        "in process": rate(local.wholeRate),
        "over HTTP": rate(http.wholeRate),
        "js-tiktoken floor": rate(encodeRate),
        "in process / floor": slower(encodeRate, local.wholeRate),
        goal: "> 20,000 tok/s",
        met: ok(local.wholeRate > 20_000 && http.wholeRate > 20_000),
      },
      {
        measure: `${longTokens.toLocaleString("en-US")}-token prompt: first token (stream)`,
        "in process": ms(local.longTtft),
        "over HTTP": ms(http.longTtft),
        "js-tiktoken floor": ms(longFloor),
        "in process / floor": slower(local.longTtft, longFloor),
        goal: "",
        met: "",
      },
      {
        measure: `${longTokens.toLocaleString("en-US")}-token prompt: whole answer`,
        "in process": ms(local.longTotal),
        "over HTTP": ms(http.longTotal),
        "js-tiktoken floor": ms(longFloor),
        "in process / floor": slower(local.longTotal, longFloor),
        goal: "< 1 s",
        met: ok(local.longTotal < 1000 && http.longTotal < 1000),
      },
    ],
    { caption: `Offline model, warm, ${MODEL} (medians; the floor is js-tiktoken encoding the same text)` },
  );
  compareGenerators(long);
}

if (process.argv[1] && /offline\.bench\.ts$/.test(process.argv[1])) await offlineBench();
