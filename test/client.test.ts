import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { inspect } from "node:util";
import OpenAI from "openai";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, currentBackend } from "../src/workbook/client";
import { WireLog } from "../src/workbook/wire";
import { startOfflineServer } from "../src/offline/http/server";
import { loadDotEnv } from "../src/workbook/env";

const VARS = ["OPENAI_API_KEY", "OPENAI_BASE_URL", "WORKBOOK_BACKEND", "WORKBOOK_MODEL"] as const;
const saved = Object.fromEntries(VARS.map((v) => [v, process.env[v]]));

afterEach(() => {
  for (const v of VARS) {
    if (saved[v] === undefined) delete process.env[v];
    else process.env[v] = saved[v];
  }
});

function env(values: Partial<Record<(typeof VARS)[number], string>>) {
  for (const v of VARS) delete process.env[v];
  Object.assign(process.env, values);
}

describe("backend selection", () => {
  it("uses the offline model when nothing is set, and it answers through the real SDK", async () => {
    env({});
    expect(currentBackend().kind).toBe("offline");
    const reply = await createClient().chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Hello" }],
    });
    expect(reply.object).toBe("chat.completion");
    expect(reply.choices[0].message.role).toBe("assistant");
  });

  it("uses the real API when a key is set, and never shows the key", () => {
    env({ OPENAI_API_KEY: "sk-proj-SECRETSECRETSECRET1234" });
    const backend = currentBackend();
    expect(backend.kind).toBe("openai");
    expect(backend.baseURL).toBe("https://api.openai.com/v1");
    expect(JSON.stringify(backend)).not.toContain("SECRET");
  });

  it("uses a compatible server from OPENAI_BASE_URL, hiding credentials in the URL", () => {
    env({ OPENAI_BASE_URL: "http://user:hunter2@localhost:11434/v1" });
    const backend = currentBackend();
    expect(backend.kind).toBe("openai");
    expect(backend.description).toContain("localhost:11434");
    expect(backend.description).not.toContain("hunter2");
  });

  it("lets WORKBOOK_BACKEND force the offline model even with a key", () => {
    env({ OPENAI_API_KEY: "sk-test", WORKBOOK_BACKEND: "offline" });
    expect(currentBackend().kind).toBe("offline");
  });

  it("explains what to do with a bad WORKBOOK_BACKEND or a missing key", () => {
    env({ WORKBOOK_BACKEND: "local" });
    expect(() => currentBackend()).toThrow(/must be "offline" or "openai"/);
    // createClient never throws (importing the helper module must work): the first request says what to do.
    expect(() => createClient()).not.toThrow();
  });

  it("importing the helper module never throws, even with WORKBOOK_BACKEND=openai and no key", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        'import("./src/workbook/index.ts").then((m) => console.log(typeof m.showTable, String(m.client)))',
      ],
      {
        cwd: path.resolve(__dirname, ".."),
        env: { ...process.env, WORKBOOK_BACKEND: "openai", OPENAI_API_KEY: "", OPENAI_BASE_URL: "" },
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^function OpenAI client for https:\/\/api\.openai\.com\/v1 \(key \[redacted\]\)/);
  });

  it("reports a missing key or a bad setting on the first request, with what to do", async () => {
    env({ WORKBOOK_BACKEND: "openai" });
    const noKey = createClient();
    const failure = await noKey.chat.completions
      .create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "hi" }] })
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((failure as Error).message).toMatch(/set OPENAI_API_KEY in \.env \(see \.env\.example\)/);
    env({ WORKBOOK_BACKEND: "local" });
    const bad = await createClient()
      .models.list()
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);
    expect((bad as Error).message).toMatch(/WORKBOOK_BACKEND is "local", but it must be "offline" or "openai"/);
  });

  it("takes the default model from WORKBOOK_MODEL", () => {
    env({ WORKBOOK_MODEL: "gpt-4.1-nano" });
    expect(currentBackend().model).toBe("gpt-4.1-nano");
  });
});

describe("the key never shows", () => {
  const KEY = "sk-proj-SECRETSECRETSECRET1234";

  it("not in util.inspect (a notebook's display), JSON.stringify or String(), of the client or of what holds it", () => {
    env({ OPENAI_API_KEY: KEY });
    const client = createClient();
    const holder = { app: "chat", client, nested: [{ client }] };
    const shown = [
      inspect(client),
      inspect(holder, { depth: 6 }),
      inspect(client, { showHidden: false, depth: Infinity }),
      JSON.stringify(client),
      JSON.stringify(holder),
      String(client),
      `${client}`,
    ];
    for (const text of shown) {
      expect(text).not.toContain("SECRET");
      expect(text).toContain("[redacted]");
    }
    // The private options object the SDK keeps is covered too.
    const internal = (client as unknown as { _options: object })._options;
    expect(inspect(internal)).not.toContain("SECRET");
    expect(JSON.stringify(internal)).not.toContain("SECRET");
    // ...and the client still sends it.
    expect(client.apiKey).toBe(KEY);
  });

  it("drops credentials from OPENAI_BASE_URL, says so on the first request, and never prints them", async () => {
    env({ OPENAI_BASE_URL: "http://user:hunter2@127.0.0.1:9/v1", OPENAI_API_KEY: KEY });
    expect(currentBackend().baseURL).toBe("http://127.0.0.1:9/v1");
    const log = new WireLog();
    const client = createClient({ wire: log });
    const failure = (await client.models.list().catch((e: unknown) => e)) as Error;
    expect(failure.message).toMatch(/OPENAI_BASE_URL contains a user name or password/);
    for (const text of [failure.message, inspect(failure), inspect(client), JSON.stringify(log.exchanges)])
      expect(text).not.toMatch(/hunter2|SECRET/);
  });

  it("a cut stream is an APIConnectionError in process and over HTTP alike", async () => {
    env({ WORKBOOK_BACKEND: "offline" });
    const server = await startOfflineServer({ port: 0 });
    try {
      const clients = [createClient({ maxRetries: 0 })];
      env({ OPENAI_BASE_URL: server.baseURL });
      clients.push(createClient({ maxRetries: 0 }));
      for (const client of clients) {
        const stream = await client.chat.completions.create(
          { model: "gpt-4o-mini", messages: [{ role: "user", content: "Explain machine learning" }], stream: true },
          { headers: { "x-workbook-fault": "cut-stream" } },
        );
        const failure = await (async () => {
          for await (const _ of stream) void _;
        })().catch((e: unknown) => e);
        expect(failure, client.baseURL).toBeInstanceOf(OpenAI.APIConnectionError);
      }
    } finally {
      await server.close();
    }
  });
});

describe(".env", () => {
  it("is read when present, and the environment wins over it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wb-env-"));
    fs.writeFileSync(path.join(dir, ".env"), "WORKBOOK_MODEL=gpt-4.1-mini\nWORKBOOK_BACKEND=openai\n");
    env({ WORKBOOK_BACKEND: "offline" });
    loadDotEnv(dir);
    expect(process.env.WORKBOOK_MODEL).toBe("gpt-4.1-mini");
    expect(process.env.WORKBOOK_BACKEND).toBe("offline");
  });
});
