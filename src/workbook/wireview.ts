import { emit } from "./display";
import { formatBytes, formatDuration, formatJson, formatNumber } from "./format";
import { codeBlock, collapsible, el, escapeHtml, FAINT_LINE, HUES, LINE, MONO, pill, ROOT_STYLE } from "./html";
import type { WireExchange, WireFrame, WireLog } from "./wire";

export interface WireViewOptions {
  /** How many of the log's latest exchanges to show; default 1. */
  last?: number;
  /** How many SSE frames to show from the start of a stream (the last two are always shown); default 4. */
  frames?: number;
}

/** What the SDK sent and what came back, readable: a log's latest exchanges, or one exchange. */
export function showWire(log: WireLog | WireExchange | readonly WireExchange[], options: WireViewOptions = {}): void {
  const exchanges = pick(log, options.last ?? 1);
  emit("html", wireHtml(exchanges, options), wireText(exchanges, options));
}

function pick(log: WireLog | WireExchange | readonly WireExchange[], last: number): readonly WireExchange[] {
  // Duck-typed: a notebook can hold objects from a module loaded before the kernel restarted.
  const all = Array.isArray(log) ? log : "exchanges" in log ? log.exchanges : [log as WireExchange];
  return last > 0 ? all.slice(-last) : all;
}

const EMPTY =
  "No HTTP exchanges recorded yet: pass the log to a client, createClient({ wire: log }), and make a request.";
const LONG_LINES = 30;
const LONG_CHARS = 3000;
const TEXT_LINES = 40;
const TAIL_FRAMES = 2;

export function bodyText(body: unknown): string {
  if (body === undefined) return "(no body)";
  if (typeof body === "string") return body === "" ? "(empty body)" : body;
  return formatJson(body);
}

/** The frames to show: the first `head`, then the last two, with how many were skipped between. */
export function framesToShow(
  frames: readonly WireFrame[],
  head: number,
): { shown: WireFrame[]; skipped: number; at: number } {
  if (frames.length <= head + TAIL_FRAMES) return { shown: [...frames], skipped: 0, at: frames.length };
  return {
    shown: [...frames.slice(0, head), ...frames.slice(-TAIL_FRAMES)],
    skipped: frames.length - head - TAIL_FRAMES,
    at: head,
  };
}

function statusHue(status: number) {
  return status >= 400 ? HUES.red : status >= 300 ? HUES.amber : HUES.green;
}

function responseSummary(x: WireExchange): string {
  const parts: string[] = [];
  if (x.timing.headersMs !== undefined) parts.push(`headers after ${formatDuration(x.timing.headersMs)}`);
  if (x.timing.firstFrameMs !== undefined) parts.push(`first event after ${formatDuration(x.timing.firstFrameMs)}`);
  if (x.timing.totalMs !== undefined) parts.push(`complete after ${formatDuration(x.timing.totalMs)}`);
  if (x.response?.bodyBytes) parts.push(formatBytes(x.response.bodyBytes));
  const stream = x.response?.stream;
  if (stream)
    parts.push(`${formatNumber(stream.frames.length)} events${stream.state === "done" ? "" : `, ${stream.state}`}`);
  return parts.join(" · ");
}

// ---- HTML ------------------------------------------------------------------------------------

function headersHtml(headers: Record<string, string>): string {
  const rows = Object.entries(headers)
    .map(([name, value]) => {
      const cell = `padding:1px 8px 1px 0;vertical-align:top;border-bottom:1px solid ${FAINT_LINE};text-align:left;`;
      return `<tr>${el("td", "", cell + "opacity:0.75;white-space:nowrap;", escapeHtml(name))}${el("td", "", cell + "overflow-wrap:anywhere;", escapeHtml(value))}</tr>`;
    })
    .join("");
  const table = el(
    "table",
    "wb-wire-headers",
    `border-collapse:collapse;table-layout:auto;margin:2px 0 4px 0;font-family:${MONO};font-size:12px;color:inherit;`,
    `<tbody>${rows}</tbody>`,
  );
  return collapsible(`headers (${Object.keys(headers).length})`, table);
}

function bodyHtml(body: unknown, bytes: number): string {
  const text = bodyText(body);
  const lines = text.split("\n").length;
  if (lines <= LONG_LINES && text.length <= LONG_CHARS) return codeBlock(text, "wb-wire-body");
  return collapsible(
    `body · ${formatNumber(lines)} lines · ${formatBytes(bytes || text.length)}`,
    codeBlock(text, "wb-wire-body"),
  );
}

function framesHtml(frames: readonly WireFrame[], head: number): string {
  const { shown, skipped, at } = framesToShow(frames, head);
  const row = (f: WireFrame) =>
    el(
      "div",
      "wb-wire-frame",
      `display:flex;gap:8px;border-bottom:1px solid ${FAINT_LINE};padding:1px 0;`,
      el(
        "span",
        "",
        "opacity:0.6;white-space:nowrap;min-width:64px;text-align:right;",
        `+${escapeHtml(formatDuration(f.atMs))}`,
      ) + el("span", "", "white-space:pre-wrap;overflow-wrap:anywhere;", escapeHtml(f.text)),
    );
  const gap = el(
    "div",
    "wb-wire-skipped",
    "opacity:0.6;padding:2px 0 2px 72px;",
    `… ${formatNumber(skipped)} more event${skipped === 1 ? "" : "s"} …`,
  );
  const rows = shown.map((f, i) => (skipped > 0 && i === at ? gap : "") + row(f)).join("");
  return el(
    "div",
    "wb-wire-frames",
    `font-family:${MONO};font-size:12px;`,
    rows || el("div", "", "opacity:0.6;", "(no events yet)"),
  );
}

function sectionHtml(className: string, head: string, inner: string, hue: readonly [number, number, number]): string {
  const style = `border-left:3px solid rgba(${hue.join(",")},0.8);padding:4px 0 4px 10px;margin:4px 0;`;
  return el("div", className, style, el("div", "", "margin-bottom:3px;", head) + inner);
}

function exchangeHtml(x: WireExchange, options: WireViewOptions): string {
  const line =
    `${pill("request", HUES.blue)} <span style="font-family:${MONO};"><b>${escapeHtml(x.method)}</b> ${escapeHtml(x.url)}</span>` +
    (x.answeredBy ? ` <span style="opacity:0.7;">(${escapeHtml(x.answeredBy)})</span>` : "");
  const request = sectionHtml(
    "wb-wire-request",
    line,
    headersHtml(x.request.headers) +
      (x.request.body === undefined ? "" : bodyHtml(x.request.body, x.request.bodyBytes)),
    HUES.blue,
  );
  const res = x.response;
  let response = "";
  if (res) {
    const status = `${pill("response", statusHue(res.status))} <b style="font-family:${MONO};">${res.status} ${escapeHtml(res.statusText)}</b> <span style="opacity:0.7;">${escapeHtml(responseSummary(x))}</span>`;
    const body = res.stream ? framesHtml(res.stream.frames, options.frames ?? 4) : bodyHtml(res.body, res.bodyBytes);
    response = sectionHtml("wb-wire-response", status, headersHtml(res.headers) + body, statusHue(res.status));
  }
  const error = x.error
    ? el("div", "wb-wire-error", `color:rgb(${HUES.red.join(",")});font-weight:600;`, `✕ ${escapeHtml(x.error)}`)
    : "";
  const title = el(
    "div",
    "",
    `opacity:0.7;font-size:12px;border-bottom:1px solid ${LINE};margin-bottom:2px;`,
    `exchange #${x.seq} · ${escapeHtml(new Date(x.startedAt).toLocaleTimeString("en-GB"))}`,
  );
  return el("div", "wb-wire-exchange", "margin:0 0 10px 0;", title + request + response + error);
}

export function wireHtml(exchanges: readonly WireExchange[], options: WireViewOptions = {}): string {
  const inner = exchanges.length
    ? exchanges.map((x) => exchangeHtml(x, options)).join("")
    : el("div", "", "opacity:0.7;", escapeHtml(EMPTY));
  return el("div", "wb-wire", `${ROOT_STYLE}max-width:960px;`, inner);
}

// ---- plain text ------------------------------------------------------------------------------

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => "  " + l)
    .join("\n");
}

function clipLines(text: string): string {
  const lines = text.split("\n");
  if (lines.length <= TEXT_LINES) return text;
  return [...lines.slice(0, TEXT_LINES), `… ${lines.length - TEXT_LINES} more lines`].join("\n");
}

function headersText(headers: Record<string, string>): string {
  return Object.entries(headers)
    .map(([n, v]) => `${n}: ${v}`)
    .join("\n");
}

function exchangeText(x: WireExchange, options: WireViewOptions): string {
  const out = [
    `#${x.seq} → ${x.method} ${x.url}${x.answeredBy ? `  (${x.answeredBy})` : ""}`,
    indent(headersText(x.request.headers)),
  ];
  if (x.request.body !== undefined) out.push(indent(clipLines(bodyText(x.request.body))));
  const res = x.response;
  if (res) {
    out.push(`#${x.seq} ← ${res.status} ${res.statusText}  (${responseSummary(x)})`, indent(headersText(res.headers)));
    if (res.stream) {
      const { shown, skipped, at } = framesToShow(res.stream.frames, options.frames ?? 4);
      shown.forEach((f, i) => {
        if (skipped > 0 && i === at) out.push(`  … ${skipped} more event${skipped === 1 ? "" : "s"} …`);
        out.push(`  [+${formatDuration(f.atMs)}] ${f.text.replace(/\n/g, "\n  ")}`);
      });
    } else {
      out.push(indent(clipLines(bodyText(res.body))));
    }
  }
  if (x.error) out.push(`#${x.seq} ✕ ${x.error}`);
  return out.join("\n");
}

export function wireText(exchanges: readonly WireExchange[], options: WireViewOptions = {}): string {
  return exchanges.length ? exchanges.map((x) => exchangeText(x, options)).join("\n\n") : EMPTY;
}
