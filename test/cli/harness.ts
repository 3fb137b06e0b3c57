/**
 * Drives the terminal apps the way a learner does: a real process (node + tsx), lines on stdin,
 * Ctrl-C as SIGINT, everything it prints collected. `fakeApi()` is a small OpenAI-compatible server
 * on loopback for what the offline model never does: slow streams, a rejected key, rate limits.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The environment every app run starts from: offline, unpaced, no colors, nothing from the caller's .env. */
export function appEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !/^(OPENAI_|WORKBOOK_)/.test(k)) env[k] = v;
  return {
    ...env,
    NO_COLOR: "1",
    WORKBOOK_BACKEND: "offline",
    WORKBOOK_OFFLINE_TPS: "0",
    WORKBOOK_OFFLINE_TTFT_MS: "0",
    // Set (empty) so a developer's .env cannot switch the backend under the test.
    OPENAI_API_KEY: "",
    OPENAI_BASE_URL: "",
    ...extra,
  };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class AppRun {
  output = "";
  readonly exited: Promise<Exit>;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly listeners = new Set<() => void>();

  constructor(command: string, args: string[], env: Record<string, string>) {
    this.child = spawn(command, args, { cwd: ROOT, env, stdio: "pipe" });
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString("utf8");
      for (const listener of this.listeners) listener();
    };
    this.child.stdout.on("data", collect);
    this.child.stderr.on("data", collect);
    this.exited = new Promise((resolve) => this.child.on("close", (code, signal) => resolve({ code, signal })));
  }

  /** `app` is "chat" or "playground"; runs src/cli/<app>.ts the way `npm run <app>` does, without npm. */
  static start(app: "chat" | "playground", options: { args?: string[]; env?: Record<string, string> } = {}): AppRun {
    return new AppRun(
      process.execPath,
      ["--import", "tsx", `src/cli/${app}.ts`, ...(options.args ?? [])],
      appEnv(options.env),
    );
  }

  send(line: string): void {
    this.child.stdin.write(`${line}\n`);
  }

  write(raw: string): void {
    this.child.stdin.write(raw);
  }

  end(): void {
    this.child.stdin.end();
  }

  /** Ctrl-C, as a terminal delivers it to a program whose input is not a terminal. */
  interrupt(): void {
    this.child.kill("SIGINT");
  }

  kill(): void {
    this.child.kill("SIGKILL");
  }

  /** Resolves once the output (after `from`) matches; rejects with the output so far after `timeoutMs` (default 90 s: a busy machine starts slowly). */
  waitFor(pattern: RegExp | string, options: { from?: number; timeoutMs?: number } = {}): Promise<number> {
    const from = options.from ?? 0;
    const find = () => {
      const rest = this.output.slice(from);
      if (typeof pattern === "string") {
        const i = rest.indexOf(pattern);
        return i === -1 ? -1 : from + i + pattern.length;
      }
      const m = pattern.exec(rest);
      return m ? from + m.index + m[0].length : -1;
    };
    return new Promise((resolve, reject) => {
      const check = () => {
        const at = find();
        if (at !== -1) {
          cleanup();
          resolve(at);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`Timed out waiting for ${String(pattern)}. Output so far:\n${this.output}`));
      }, options.timeoutMs ?? 90_000);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }
}

/** Lines that only a crash prints: a stack frame or an uncaught error. */
export const STACK_TRACE = /^\s+at .+(\(|:\d+:\d+)|Uncaught|UnhandledPromiseRejection|node:internal/m;

// ---- a scripted OpenAI-compatible server ---------------------------------------------------------

export interface FakeApi {
  baseURL: string;
  /** Bodies of the chat completion requests received. */
  bodies: Record<string, unknown>[];
  close(): Promise<void>;
}

const chunk = (id: string, delta: object, finish: string | null = null) => ({
  id,
  object: "chat.completion.chunk",
  created: Math.floor(Date.now() / 1000),
  model: "gpt-4o-mini",
  choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
});

/**
 * The "#wrap" reply, streamed one character at a time: long words that end at the right margin
 * of 40, 80 and 120 columns, accented letters, wide CJK characters and emoji.
 */
export const WRAP_TEXT =
  "A base case, which stops the recursion, breaks the problem into a smaller one: every whole number n! is n times (n-1)!. " +
  "Supercalifragilisticexpialidocious antidisestablishmentarianism pneumonoultramicroscopicsilicovolcanoconiosis " +
  "naïve café résumé déjà-vu — 日本語のテキストは幅が二文字分です。再帰は自分自身を呼び出します。 🙂🚀 done: the whole problem, n!";

/**
 * Answers by the last user message: "#wrap" the WRAP_TEXT above, "#401" a rejected key (echoing the key it was sent, as a
 * careless server might), "#429" a rate limit, "#500" a server error, "#slow" a reply streamed at
 * ten words a second; anything else a short reply, streamed or not as asked.
 */
export async function fakeApi(): Promise<FakeApi> {
  const bodies: Record<string, unknown>[] = [];
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    req.on("end", () => {
      const body = raw
        ? (JSON.parse(raw) as {
            stream?: boolean;
            stream_options?: { include_usage?: boolean };
            messages?: { role: string; content: string }[];
          })
        : {};
      bodies.push(body as Record<string, unknown>);
      const last = [...(body.messages ?? [])].reverse().find((m) => m.role === "user")?.content ?? "";
      const error = (
        status: number,
        message: string,
        type: string,
        code: string | null,
        headers: Record<string, string> = {},
      ) => {
        res.writeHead(status, {
          "content-type": "application/json",
          "x-request-id": `req_fake_${status}`,
          "retry-after-ms": "1",
          ...headers,
        });
        res.end(JSON.stringify({ error: { message, type, param: null, code } }));
      };
      if (last.includes("#401")) {
        const key = (req.headers.authorization ?? "").replace(/^Bearer /, "");
        return error(
          401,
          `Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          "invalid_request_error",
          "invalid_api_key",
        );
      }
      if (last.includes("#429")) {
        return error(
          429,
          "Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.",
          "requests",
          "rate_limit_exceeded",
          {
            "retry-after": "20",
          },
        );
      }
      if (last.includes("#500"))
        return error(
          500,
          "The server had an error while processing your request. Sorry about that!",
          "server_error",
          null,
        );

      const words = last.includes("#wrap")
        ? Array.from(WRAP_TEXT)
        : last.includes("#slow")
          ? Array.from({ length: 200 }, (_, i) => ` word${i + 1}`)
          : ["Hello", " from", " the", " fake", " API."];
      const usage = { prompt_tokens: 21, completion_tokens: words.length, total_tokens: 21 + words.length };
      if (!body.stream) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            id: "chatcmpl-fake",
            object: "chat.completion",
            created: Math.floor(Date.now() / 1000),
            model: "gpt-4o-mini",
            choices: [
              {
                index: 0,
                message: { role: "assistant", content: words.join(""), refusal: null },
                logprobs: null,
                finish_reason: "stop",
              },
            ],
            usage,
          }),
        );
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream" });
      const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);
      send(chunk("chatcmpl-fake", { role: "assistant", content: "" }));
      let i = 0;
      const delay = last.includes("#slow") ? 100 : last.includes("#wrap") ? 2 : 0;
      const next = () => {
        if (res.destroyed) return;
        if (i < words.length) {
          send(chunk("chatcmpl-fake", { content: words[i++] }));
          setTimeout(next, delay);
          return;
        }
        send(chunk("chatcmpl-fake", {}, "stop"));
        if (body.stream_options?.include_usage) send({ ...chunk("chatcmpl-fake", {}), choices: [], usage });
        res.end("data: [DONE]\n\n");
      };
      next();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    bodies,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A loopback port with nothing listening on it. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
