/**
 * Load and soak of the offline server on loopback, bounded in count and time: concurrent streams,
 * streams aborted after their first chunk, and big prompts arriving together while a small
 * request is timed every 25 ms. `npm run bench -- soak` prints the figures; test/offline/soak.test.ts
 * runs a smaller round and checks that every answer was proper.
 */
import { spawn } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import OpenAI from "openai";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The offline server in its own process (scripts/offline-server.ts of `root`, this checkout by
 * default), so the load generator's own work does not share the server's event loop.
 */
async function serverProcess(root: string): Promise<{ baseURL: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/offline-server.ts", "--port", "0"], {
    cwd: root,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const baseURL = await new Promise<string>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`the offline server did not start:\n${out}`)), 60_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening at (http:\/\/\S+\/v1)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => reject(new Error(`the offline server exited (${code}):\n${out}`)));
  });
  return {
    baseURL,
    close: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
  };
}

export interface SoakOptions {
  streams: number;
  aborted: number;
  bigPrompts: number;
  /** Words per big prompt (about one token each). */
  bigWords: number;
  /** The model the big prompts go to (its context window decides whether they are answered or refused). */
  bigModel: string;
  /** The checkout whose server is measured (default: this one). */
  root?: string;
}

export interface SoakFigures {
  streamsCompleted: number;
  streamErrors: string[];
  abortedCleanly: number;
  bigAnswered: number;
  bigRefused: number;
  fiveHundreds: number;
  smallLatenciesMs: number[];
  afterwardsOk: boolean;
  seconds: number;
}

const small = { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: "Hi" }], max_completion_tokens: 5 };

export async function runSoak(options: SoakOptions): Promise<SoakFigures> {
  const started = performance.now();
  const server = await serverProcess(options.root ?? ROOT);
  const client = new OpenAI({ apiKey: "sk-soak-0000", baseURL: server.baseURL, maxRetries: 0, timeout: 120_000 });
  const figures: SoakFigures = {
    streamsCompleted: 0,
    streamErrors: [],
    abortedCleanly: 0,
    bigAnswered: 0,
    bigRefused: 0,
    fiveHundreds: 0,
    smallLatenciesMs: [],
    afterwardsOk: false,
    seconds: 0,
  };
  try {
    await client.chat.completions.create(small); // warm up: tokenizer and model tables

    const streams = Array.from({ length: options.streams }, async (_, i) => {
      try {
        const stream = await client.chat.completions.create({
          model: "gpt-4o-mini",
          messages: [{ role: "user", content: `Explain recursion, take ${i}` }],
          stream: true,
          max_completion_tokens: 60,
        });
        let finish: string | null = null;
        for await (const chunk of stream) finish = chunk.choices[0]?.finish_reason ?? finish;
        if (finish) figures.streamsCompleted++;
        else figures.streamErrors.push(`stream ${i} ended without a finish_reason`);
      } catch (error) {
        figures.streamErrors.push(`stream ${i}: ${(error as Error).message}`);
      }
    });
    const aborted = Array.from({ length: options.aborted }, async () => {
      const controller = new AbortController();
      try {
        const stream = await client.chat.completions.create(
          { model: "gpt-4o-mini", messages: [{ role: "user", content: "Tell me a long story" }], stream: true },
          { signal: controller.signal },
        );
        for await (const _ of stream) {
          controller.abort();
        }
        if (controller.signal.aborted) figures.abortedCleanly++;
      } catch (error) {
        if (error instanceof OpenAI.APIUserAbortError) figures.abortedCleanly++;
        else figures.streamErrors.push(`aborted stream: ${(error as Error).message}`);
      }
    });
    await Promise.all([...streams, ...aborted]);

    // Big prompts arrive together; a small request is timed every 25 ms until they are done.
    const word = "recursion ";
    const big = Array.from({ length: options.bigPrompts }, async (_, i) => {
      const response = await fetch(`${server.baseURL}/chat/completions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          model: options.bigModel,
          messages: [{ role: "user", content: `${i} ${word.repeat(options.bigWords)}` }],
          max_completion_tokens: 5,
        }),
      });
      await response.text();
      if (response.status >= 500) figures.fiveHundreds++;
      else if (response.status === 200) figures.bigAnswered++;
      else figures.bigRefused++;
    });
    let loading = true;
    const bigDone = Promise.all(big).finally(() => (loading = false));
    const probe = (async () => {
      while (loading) {
        const t = performance.now();
        const response = await fetch(`${server.baseURL}/chat/completions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(small),
        });
        await response.text();
        if (response.status >= 500) figures.fiveHundreds++;
        figures.smallLatenciesMs.push(performance.now() - t);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    await Promise.all([bigDone, probe]);

    const after = await client.chat.completions.create(small);
    figures.afterwardsOk = after.choices[0]?.finish_reason !== undefined;
  } finally {
    await server.close();
  }
  figures.seconds = (performance.now() - started) / 1000;
  return figures;
}

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

export function summary(f: SoakFigures): string[] {
  return [
    `streams completed            ${f.streamsCompleted} (errors: ${f.streamErrors.length})`,
    `streams aborted cleanly      ${f.abortedCleanly}`,
    `big prompts answered/refused ${f.bigAnswered}/${f.bigRefused}`,
    `5xx answers                  ${f.fiveHundreds}`,
    `small request under load     ${f.smallLatenciesMs.length} timed: median ${percentile(f.smallLatenciesMs, 50).toFixed(0)} ms, p95 ${percentile(f.smallLatenciesMs, 95).toFixed(0)} ms, max ${Math.max(...f.smallLatenciesMs).toFixed(0)} ms`,
    `server fine afterwards       ${f.afterwardsOk}`,
    `total                        ${f.seconds.toFixed(1)} s`,
  ];
}

export default async function main(): Promise<void> {
  // SOAK_ROOT=<another checkout> measures that checkout's server with the same load (the "before" figures).
  const root = process.env.SOAK_ROOT;
  // 8 prompts of about 160k tokens: over gpt-4o-mini's 128k window (refused), then within gpt-4.1-mini's 1M (answered).
  for (const bigModel of ["gpt-4o-mini", "gpt-4.1-mini"]) {
    console.log(
      `\n-- ${root ? `${root}: ` : ""}100 concurrent streams, 50 aborted, 8 prompts of ~160k tokens to ${bigModel}`,
    );
    const figures = await runSoak({ streams: 100, aborted: 50, bigPrompts: 8, bigWords: 160_000, bigModel, root });
    for (const line of summary(figures)) console.log(`  ${line}`);
    for (const e of figures.streamErrors.slice(0, 5)) console.log(`  ! ${e}`);
  }
}
