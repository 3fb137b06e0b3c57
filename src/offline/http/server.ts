/**
 * The offline model over HTTP, for curl, the Python SDK or any OpenAI-compatible client:
 * the same handleRequest as in process, behind node:http on the loopback interface only.
 */
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { ApiError, baseHeaders, requestId } from "../request/errors";
import { handleRequest, MAX_BODY_BYTES, tooLarge, type OfflineOptions } from "./handler";

export const DEFAULT_PORT = 8787;
const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

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
    const { port: actual } = server.address() as AddressInfo;
    serve(req, res, host, actual, offline).catch(() => {
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

async function serve(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  host: string,
  port: number,
  options: OfflineOptions,
): Promise<void> {
  const aborter = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) aborter.abort(new Error("client disconnected"));
  });
  // On loopback, only loopback names: a web page that rebinds its own name to 127.0.0.1 is refused.
  if (!hostAllowed(req.headers.host, host))
    return refuse(
      req,
      res,
      new ApiError(
        400,
        `Invalid Host header '${req.headers.host ?? ""}': the offline server answers on ${host} only.`,
        "invalid_request_error",
        null,
        "invalid_host",
      ),
    );
  let url: URL;
  try {
    url = new URL(req.url ?? "/", `http://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}:${port}`);
  } catch {
    return refuse(
      req,
      res,
      new ApiError(400, `Invalid URL (${req.method ?? "GET"} ${req.url ?? ""})`, "invalid_request_error"),
    );
  }
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return refuse(req, res, tooLarge(declared));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return refuse(req, res, tooLarge(size));
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      try {
        headers.append(name, v);
      } catch {
        // A header value fetch's Headers will not hold: the request can do without it.
      }
    }
  }
  const method = req.method ?? "GET";
  const body = method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks);
  let request: Request;
  try {
    request = new Request(url, { method, headers, body, signal: aborter.signal });
  } catch (error) {
    return refuse(req, res, new ApiError(400, `Invalid request: ${(error as Error).message}`, "invalid_request_error"));
  }

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

function hostAllowed(header: string | undefined, host: string): boolean {
  if (!LOOPBACK.has(host)) return true;
  if (header === undefined) return true;
  try {
    return LOOPBACK.has(new URL(`http://${header}`).hostname);
  } catch {
    return false;
  }
}

/** An error envelope before the request is read: the connection closes, so no unread body is drained. */
function refuse(req: http.IncomingMessage, res: http.ServerResponse, error: ApiError): void {
  const id = requestId();
  res.writeHead(error.status, {
    "content-type": "application/json",
    connection: "close",
    ...baseHeaders(id, performance.now()),
  });
  res.end(JSON.stringify(error.toJSON(), null, 2) + "\n");
  req.resume();
}
