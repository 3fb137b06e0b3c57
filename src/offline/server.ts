/**
 * The offline model over HTTP, for curl, the Python SDK or any OpenAI-compatible client:
 * the same handleRequest as in process, behind node:http on the loopback interface only.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { handleRequest, type OfflineOptions } from "./handler";

export const DEFAULT_PORT = 8787;
/** Bodies larger than this get a 413: a 100k-token prompt is well under 1 MB. */
const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface OfflineServer {
  /** http://127.0.0.1:<port>/v1, ready for OPENAI_BASE_URL. */
  baseURL: string;
  port: number;
  close(): Promise<void>;
}

export interface OfflineServerOptions extends OfflineOptions {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export function startOfflineServer(options: OfflineServerOptions = {}): Promise<OfflineServer> {
  const { port = DEFAULT_PORT, host = "127.0.0.1", ...offline } = options;
  const server = http.createServer((req, res) => {
    serve(req, res, host, offline).catch(() => {
      // The client went away or the socket broke: nothing left to answer.
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const actual = (server.address() as AddressInfo).port;
      resolve({
        baseURL: `http://${host}:${actual}/v1`,
        port: actual,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

async function serve(req: http.IncomingMessage, res: http.ServerResponse, host: string, options: OfflineOptions): Promise<void> {
  const aborter = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborter.abort(new Error("client disconnected"));
  });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      res.writeHead(413, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "Request body too large.", type: "invalid_request_error", param: null, code: "request_too_large" } }));
      req.resume();
      return;
    }
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks);
  const request = new Request(`http://${req.headers.host ?? host}${req.url ?? "/"}`, { method, headers, body, signal: aborter.signal });

  let response: Response;
  try {
    response = await handleRequest(request, options);
  } catch {
    res.destroy();
    return;
  }
  if (response.type === "error") {
    // Fault injection: a dropped connection.
    res.destroy();
    return;
  }
  const outHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => (outHeaders[name] = value));
  res.writeHead(response.status, outHeaders);
  res.flushHeaders();
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise((resolve) => res.once("drain", resolve));
      if (aborter.signal.aborted) break;
    }
    res.end();
  } catch {
    // A stream cut short (fault injection) or a client that left: drop the connection like a real server.
    res.destroy();
  } finally {
    if (aborter.signal.aborted) await reader.cancel().catch(() => undefined);
  }
}
