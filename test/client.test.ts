import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createClient, currentBackend } from "../src/workbook/client";
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
    const reply = await createClient().chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hello" }] });
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
    env({ WORKBOOK_BACKEND: "openai" });
    expect(() => createClient()).toThrow(/OPENAI_API_KEY/);
  });

  it("takes the default model from WORKBOOK_MODEL", () => {
    env({ WORKBOOK_MODEL: "gpt-4.1-nano" });
    expect(currentBackend().model).toBe("gpt-4.1-nano");
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
