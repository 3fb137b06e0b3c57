/**
 * Serves the offline model over HTTP on the loopback interface:
 *
 *   npm run offline-server -- --port 8787 [--tps 30] [--ttft 300] [--fault 429*2]
 *
 * then point any OpenAI client at it, e.g. OPENAI_BASE_URL=http://127.0.0.1:8787/v1.
 * Pacing defaults come from WORKBOOK_OFFLINE_TPS and WORKBOOK_OFFLINE_TTFT_MS (0 = unpaced).
 */
import { DEFAULT_PORT, startOfflineServer, warmUp } from "../src/offline/index";
import { envVar, loadDotEnv } from "../src/workbook/env";
import { DEFAULT_MODEL } from "../src/api/catalog";
import { parseCommandLine } from "./lib/cli";

const USAGE = "Usage: npm run offline-server -- [--port N] [--tps tokens-per-second] [--ttft ms] [--fault 429*2]";

function number(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) {
    console.error(`${name} must be a number of 0 or more, not "${raw}".`);
    process.exit(2);
  }
  return n;
}

async function main() {
  loadDotEnv();
  const { values } = parseCommandLine(USAGE, {
    options: {
      port: { type: "string", short: "p" },
      tps: { type: "string" },
      ttft: { type: "string" },
      fault: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = number("--port", values.port, DEFAULT_PORT);
  const server = await startOfflineServer({
    port,
    tokensPerSecond: number("--tps / WORKBOOK_OFFLINE_TPS", values.tps ?? envVar("WORKBOOK_OFFLINE_TPS"), 0),
    timeToFirstTokenMs: number(
      "--ttft / WORKBOOK_OFFLINE_TTFT_MS",
      values.ttft ?? envVar("WORKBOOK_OFFLINE_TTFT_MS"),
      0,
    ),
    fault: values.fault,
  }).catch((error: NodeJS.ErrnoException) => {
    console.error(
      error.code === "EADDRINUSE" ? `Port ${port} is already in use: pick another with --port.` : error.message,
    );
    process.exit(1);
  });
  // Load the tokenizer before the first client arrives, so its first answer is as quick as the rest.
  warmUp();
  console.log(`Offline model listening at ${server.baseURL}`);
  console.log(`  OPENAI_BASE_URL=${server.baseURL} (any key works)`);
  console.log(
    `  curl ${server.baseURL}/chat/completions -H 'content-type: application/json' -d '{"model":"${DEFAULT_MODEL}","messages":[{"role":"user","content":"Hello"}]}'`,
  );
  console.log("Press Ctrl+C to stop.");
  const stop = async (signal: string) => {
    console.log(`\n${signal}: shutting down.`);
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

void main();
