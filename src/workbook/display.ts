/**
 * The bridge to tslab's display API. Every `show...` function renders HTML in a notebook and falls
 * back to plain text (console.log) anywhere else: vitest, tsx scripts, the CLI.
 */
import type * as Tslab from "tslab";
import { el, escapeHtml, FAINT_LINE, heading, LINE, PRE_STYLE, ROOT_STYLE, SHADE } from "./html";

type TslabModule = typeof Tslab;
let tslabModule: TslabModule | null | undefined;

/** tslab as the running kernel sees it, or null where there can be no kernel. */
export function tslab(): TslabModule | null {
  if (tslabModule === undefined) tslabModule = loadTslab();
  return tslabModule;
}

function loadTslab(): TslabModule | null {
  // In a notebook tslab compiles this file to CommonJS and hooks require("tslab") to the kernel's own
  // instance. Plain ES modules (tsx) have no require and never run in a kernel, so they skip loading
  // tslab and the TypeScript compiler it bundles (half a second).
  if (typeof require !== "function") return null;
  try {
    return require("tslab") as TslabModule;
  } catch {
    return null;
  }
}

/** tslab throws exactly this when no kernel is attached (tslab/dist/public.js). */
export function isNotReady(error: unknown): boolean {
  return error instanceof Error && error.message === "Not ready";
}

export type RichKind = "html" | "markdown";

/**
 * Shows `rich` as the cell's output when a kernel is attached, otherwise prints `text`.
 * Returns true when the rich form was shown.
 */
export function emit(kind: RichKind, rich: string, text: string): boolean {
  const display = tslab()?.display;
  if (display) {
    try {
      if (kind === "html") display.html(rich);
      else display.markdown(rich);
      return true;
    } catch (error) {
      if (!isNotReady(error)) throw error;
    }
  }
  console.log(text);
  return false;
}

/** Renders trusted HTML (escape any text you put in it with `escapeHtml`); outside a notebook, its text. */
export function showHtml(html: string): void {
  emit("html", html, htmlToText(html));
}

/** Renders Markdown; outside a notebook, prints it as it is (Markdown reads well as text). */
export function showMarkdown(md: string): void {
  emit("markdown", md, md);
}

/** A rough text version of HTML for terminals: tags dropped, block ends as newlines, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|li|tr|h[1-6]|summary|details|table|pre)>/gi, "\n")
    .replace(/<\/t[dh]>/gi, "\t")
    .replace(/<[^>]*>/g, "")
    .replace(/&(lt|gt|quot|#39|nbsp|amp);/g, (_, name: string) => ENTITY_TEXT[name])
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const ENTITY_TEXT: Record<string, string> = { lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " ", amp: "&" };

export interface Panel {
  title: string;
  body: string;
}

/** Panels next to each other (wrapping on narrow screens): one question under three system messages. */
export function showSideBySide(panels: readonly Panel[]): void {
  emit("html", sideBySideHtml(panels), sideBySideText(panels));
}

export function sideBySideHtml(panels: readonly Panel[]): string {
  const cards = panels.map((p) => {
    const title = el("div", "wb-panel-title", `font-weight:600;padding:6px 10px;background:${SHADE};border-bottom:1px solid ${FAINT_LINE};`, escapeHtml(p.title));
    const body = el("div", "wb-panel-body", `${PRE_STYLE}padding:8px 10px;`, escapeHtml(p.body));
    return el("div", "wb-panel", `flex:1 1 240px;min-width:200px;border:1px solid ${LINE};border-radius:6px;overflow:hidden;`, title + body);
  });
  return el("div", "wb-side-by-side", `${ROOT_STYLE}display:flex;flex-wrap:wrap;gap:10px;align-items:stretch;`, cards.join(""));
}

export function sideBySideText(panels: readonly Panel[]): string {
  return panels.map((p) => `── ${p.title} ${"─".repeat(Math.max(3, 60 - p.title.length))}\n${p.body}`).join("\n\n");
}

/** A titled block of HTML, the common outer shape of the displays. */
export function frame(className: string, title: string | undefined, inner: string, extraStyle = ""): string {
  return el("div", className, ROOT_STYLE + extraStyle, heading(title) + inner);
}
