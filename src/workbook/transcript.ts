import type { ChatCompletionMessage, ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { emit, frame } from "./display";
import { el, escapeHtml, HUES, MONO, pill, PRE_STYLE, rgba, type Rgb, textLines } from "./html";

export type TranscriptMessage = ChatCompletionMessageParam | ChatCompletionMessage;

export interface TranscriptOptions {
  title?: string;
}

/** A conversation as chat bubbles, each role in its own colour; plain text is one "[role] ..." block each. */
export function showTranscript(messages: readonly TranscriptMessage[], options: TranscriptOptions = {}): void {
  emit("html", transcriptHtml(messages, options), transcriptText(messages, options));
}

/** What a bubble shows: the message's text, a refusal, a tool call, or a note about a non-text part. */
export interface Segment {
  kind: "text" | "refusal" | "call" | "note";
  text: string;
}

export const ROLE_HUES: Record<string, Rgb> = {
  system: HUES.slate,
  developer: HUES.violet,
  user: HUES.blue,
  assistant: HUES.green,
  tool: HUES.amber,
  function: HUES.amber,
};

// The SDK's unions are wide; reading them as a loose record keeps each case a one-liner.
type Loose = Record<string, unknown>;

export function segmentsOf(message: TranscriptMessage): Segment[] {
  const m = message as unknown as Loose;
  const out: Segment[] = [];
  const content = m.content;
  if (typeof content === "string") out.push({ kind: "text", text: content });
  else if (Array.isArray(content)) out.push(...content.map((part) => partSegment(part as Loose)));
  if (typeof m.refusal === "string") out.push({ kind: "refusal", text: m.refusal });
  for (const call of (m.tool_calls as Loose[] | undefined) ?? []) out.push({ kind: "call", text: callText(call) });
  const fn = m.function_call as Loose | null | undefined;
  if (fn) out.push({ kind: "call", text: `${String(fn.name)}(${String(fn.arguments ?? "")})` });
  const audio = m.audio as Loose | null | undefined;
  if (audio)
    out.push({
      kind: "note",
      text: typeof audio.transcript === "string" ? `audio reply: ${audio.transcript}` : "audio reply",
    });
  if (out.length === 0) out.push({ kind: "note", text: "(no content)" });
  return out;
}

function partSegment(part: Loose): Segment {
  switch (part.type) {
    case "text":
      return { kind: "text", text: String(part.text) };
    case "refusal":
      return { kind: "refusal", text: String(part.refusal) };
    case "image_url":
      return { kind: "note", text: `image: ${shorten(String((part.image_url as Loose | undefined)?.url ?? ""), 80)}` };
    case "input_audio":
      return { kind: "note", text: `audio input (${String((part.input_audio as Loose | undefined)?.format ?? "?")})` };
    case "file": {
      const file = (part.file as Loose | undefined) ?? {};
      return { kind: "note", text: `file: ${String(file.filename ?? file.file_id ?? "attached")}` };
    }
    default:
      return { kind: "note", text: shorten(JSON.stringify(part), 120) };
  }
}

function callText(call: Loose): string {
  const fn = call.function as Loose | undefined;
  if (fn) return `${String(fn.name)}(${String(fn.arguments ?? "")})`;
  const custom = call.custom as Loose | undefined;
  if (custom) return `${String(custom.name)}: ${String(custom.input ?? "")}`;
  return JSON.stringify(call);
}

function shorten(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + "…" : text;
}

/** Role, then the name or the tool call a message answers, as the bubble's header shows them. */
function headerOf(message: TranscriptMessage): { role: string; detail: string } {
  const m = message as unknown as Loose;
  const details: string[] = [];
  if (typeof m.name === "string") details.push(m.name);
  if (typeof m.tool_call_id === "string") details.push(`reply to ${m.tool_call_id}`);
  return { role: String(m.role), detail: details.join(" · ") };
}

function segmentHtml(segment: Segment): string {
  const text = textLines(segment.text);
  if (segment.kind === "text") return el("div", "wb-msg-text", PRE_STYLE, text);
  if (segment.kind === "refusal")
    return el(
      "div",
      "wb-msg-refusal",
      `${PRE_STYLE}font-style:italic;`,
      `<b style="font-style:normal;">refused:</b> ${text}`,
    );
  if (segment.kind === "call") {
    const style = `${PRE_STYLE}font-family:${MONO};font-size:12px;background:rgba(127,127,127,0.1);border-radius:4px;padding:3px 6px;margin:3px 0;`;
    return el("div", "wb-msg-call", style, `→ ${text}`);
  }
  return el("div", "wb-msg-note", `${PRE_STYLE}opacity:0.75;font-style:italic;`, `[${text}]`);
}

function bubbleHtml(message: TranscriptMessage): string {
  const { role, detail } = headerOf(message);
  const hue = ROLE_HUES[role] ?? HUES.slate;
  // Speakers sit on opposite sides, as in a chat app; instructions and tool output span the width.
  const indent = role === "user" ? "margin-left:48px;" : role === "assistant" ? "margin-right:48px;" : "";
  const style = `border-left:3px solid ${rgba(hue, 0.85)};background:${rgba(hue, 0.09)};border-radius:6px;padding:6px 10px;margin:6px 0;${indent}`;
  const head = el(
    "div",
    "wb-msg-head",
    "margin-bottom:3px;",
    pill(role, hue, "wb-role") +
      (detail ? ` <span style="opacity:0.7;font-size:12px;">${escapeHtml(detail)}</span>` : ""),
  );
  return el(
    "div",
    `wb-msg wb-role-${role.replace(/[^a-z0-9_-]/gi, "")}`,
    style,
    head + segmentsOf(message).map(segmentHtml).join(""),
  );
}

export function transcriptHtml(messages: readonly TranscriptMessage[], options: TranscriptOptions = {}): string {
  const body = messages.length ? messages.map(bubbleHtml).join("") : el("div", "", "opacity:0.7;", "(no messages)");
  return frame("wb-transcript", options.title, body, "max-width:760px;");
}

export function transcriptText(messages: readonly TranscriptMessage[], options: TranscriptOptions = {}): string {
  const blocks = messages.map((message) => {
    const { role, detail } = headerOf(message);
    const tag = `[${role}${detail ? " " + detail : ""}] `;
    const text = segmentsOf(message)
      .map((s) =>
        s.kind === "refusal"
          ? `(refused) ${s.text}`
          : s.kind === "call"
            ? `→ ${s.text}`
            : s.kind === "note"
              ? `[${s.text}]`
              : s.text,
      )
      .join("\n");
    // Continuation lines line up under the first, so a multi-line message stays one block.
    return tag + text.split("\n").join("\n" + " ".repeat(tag.length));
  });
  if (messages.length === 0) blocks.push("(no messages)");
  return (options.title ? options.title + "\n" : "") + blocks.join("\n");
}

/** One branch of a conversation: its id and every message on it, the shared past included. */
export interface BranchView {
  id: string;
  messages: readonly TranscriptMessage[];
}

export interface BranchTreeOptions {
  title?: string;
  /** The branch the app is on; its label is drawn bold. */
  current?: string;
}

/** Where each branch leaves its parent: the earlier branch it shares the longest past with. */
export interface BranchLayout {
  id: string;
  parent: string | null;
  /** How many of its first messages the branch shares with its parent. */
  forkAt: number;
  messages: readonly TranscriptMessage[];
}

/**
 * Lays out branches as a tree from their messages alone (no export format needed): a branch's
 * parent is the earlier branch with which it shares the most leading messages.
 */
export function branchLayout(branches: readonly BranchView[]): BranchLayout[] {
  const key = (m: TranscriptMessage) => JSON.stringify(m);
  const shared = (a: readonly TranscriptMessage[], b: readonly TranscriptMessage[]) => {
    let k = 0;
    while (k < a.length && k < b.length && key(a[k]) === key(b[k])) k++;
    return k;
  };
  return branches.map((branch, index) => {
    let parent: string | null = null;
    let forkAt = 0;
    for (const earlier of branches.slice(0, index)) {
      const k = shared(earlier.messages, branch.messages);
      if (parent === null || k >= forkAt) [parent, forkAt] = [earlier.id, k];
    }
    return { id: branch.id, parent, forkAt: parent === null ? 0 : forkAt, messages: branch.messages };
  });
}

/** Branches as a tree: a row per branch, a dot per message, starting where the branch leaves its parent. */
export function showBranchTree(branches: readonly BranchView[], options: BranchTreeOptions = {}): void {
  const layout = branchLayout(branches);
  emit("html", branchTreeHtml(layout, options), branchTreeText(layout, options));
}

const ROLE_LETTER: Record<string, string> = { system: "S", developer: "D", user: "U", assistant: "A", tool: "T" };

function firstText(message: TranscriptMessage): string {
  return segmentsOf(message)
    .map((s) => s.text)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

export function branchTreeHtml(layout: readonly BranchLayout[], options: BranchTreeOptions = {}): string {
  if (layout.length === 0)
    return frame("wb-branch-tree", options.title, el("div", "", "opacity:0.7;", "(no branches)"));
  const rowOf = new Map(layout.map((b, row) => [b.id, row]));
  const byId = new Map(layout.map((b) => [b.id, b]));
  // A shared message is drawn once, on the ancestor branch that owns it.
  const ownerRow = (b: BranchLayout, i: number): number =>
    b.parent !== null && i < b.forkAt ? ownerRow(byId.get(b.parent)!, i) : rowOf.get(b.id)!;
  const x = (i: number) => 24 + i * 56;
  const y = (row: number) => 24 + row * 46;
  const edges: string[] = [];
  const dots: string[] = [];
  const labels: string[] = [];
  for (const b of layout) {
    const row = rowOf.get(b.id)!;
    b.messages.forEach((m, i) => {
      if (i < b.forkAt) return;
      if (i > 0) {
        const [px, py] = [x(i - 1), y(ownerRow(b, i - 1))];
        edges.push(
          `<path d="M${px},${py} C${px},${y(row)} ${px},${y(row)} ${x(i)},${y(row)}" fill="none" stroke="currentColor" stroke-opacity="0.4" stroke-width="2"/>`,
        );
      }
      const role = String((m as { role: string }).role);
      const hue = rgba(ROLE_HUES[role] ?? HUES.slate, 0.95);
      dots.push(
        `<g><title>${escapeHtml(`${b.id} · ${role}: ${firstText(m)}`)}</title><circle cx="${x(i)}" cy="${y(row)}" r="11" fill="${hue}"/>` +
          `<text x="${x(i)}" y="${y(row) + 4}" text-anchor="middle" font-size="11" fill="#fff">${ROLE_LETTER[role] ?? "?"}</text></g>`,
      );
    });
    const end = Math.max(b.messages.length - 1, b.forkAt);
    const last = b.messages.length ? firstText(b.messages[b.messages.length - 1]) : "";
    const isCurrent = b.id === options.current;
    const label = `${b.id}${isCurrent ? " (current)" : ""}: ${last.length > 48 ? last.slice(0, 47) + "…" : last}`;
    labels.push(
      `<text x="${x(end) + 18}" y="${y(row) + 4}" font-size="12" fill="currentColor"${isCurrent ? ' font-weight="600"' : ""}>${escapeHtml(label)}</text>`,
    );
  }
  const width = x(Math.max(1, ...layout.map((b) => b.messages.length))) + 380;
  const svg = `<svg viewBox="0 0 ${width} ${y(layout.length - 1) + 26}" width="${width}" style="max-width:100%;display:block;color:inherit;" font-family="sans-serif" role="img">${edges.join("")}${dots.join("")}${labels.join("")}</svg>`;
  const legend = el(
    "div",
    "",
    "opacity:0.75;font-size:12px;margin-bottom:4px;",
    "U user · A assistant · S system · hover a dot to read its message",
  );
  return frame("wb-branch-tree", options.title, legend + svg, "overflow-x:auto;");
}

export function branchTreeText(layout: readonly BranchLayout[], options: BranchTreeOptions = {}): string {
  const blocks = layout.map((b) => {
    const from = b.parent === null ? "" : ` (from ${b.parent} after ${b.forkAt} message${b.forkAt === 1 ? "" : "s"})`;
    const head = `${b.id}${b.id === options.current ? " (current)" : ""}${from}`;
    const own = b.messages.slice(b.forkAt).map((m) => {
      const text = firstText(m);
      return `  ${String((m as { role: string }).role)}: ${text.length > 90 ? text.slice(0, 89) + "…" : text}`;
    });
    return [head, ...(own.length ? own : ["  (no messages of its own yet)"])].join("\n");
  });
  if (layout.length === 0) blocks.push("(no branches)");
  return (options.title ? options.title + "\n" : "") + blocks.join("\n");
}
