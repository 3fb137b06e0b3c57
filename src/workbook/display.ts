/**
 * The bridge to tslab's display API. Every `show...` function sends its HTML and a plain-text twin
 * in one display data message in a notebook, and prints the text anywhere else: vitest, tsx
 * scripts, the CLI.
 */
import type * as Tslab from "tslab";
import { el, escapeHtml, FAINT_LINE, heading, LINE, PRE_STYLE, ROOT_STYLE, SHADE, textLines } from "./html";

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

/**
 * One output in every form it has, keyed by MIME type: the rich form and always a `text/plain`
 * twin, so a front end that shows only text (a terminal client, `nbconvert --to markdown`, a diff
 * of the notebook) still shows the point.
 */
export type MimeBundle = Record<string, string>;

/** An output that a later publish replaces in place (Jupyter's display_id). */
export interface DisplayTarget {
  id: string;
  /** False for the first publish, which creates the output; true for the ones that replace it. */
  update: boolean;
}

type WriteDisplayData = (
  message: { data: MimeBundle; metadata: Record<string, unknown>; transient: { display_id?: string } },
  update: boolean,
) => void;
type JupyterModule = { lastWriteDisplayData: WriteDisplayData | null };

let jupyterModule: JupyterModule | null | undefined;

/**
 * tslab's kernel-side module, whose `lastWriteDisplayData` sends a display data message for the
 * running cell. tslab's public `display` sends one MIME type per message; talking to this module
 * directly lets one message carry the rich form and its text twin together.
 */
function jupyter(): JupyterModule | null {
  if (jupyterModule !== undefined) return jupyterModule;
  jupyterModule = null;
  if (tslab() === null) return null;
  // The kernel loaded tslab from its own install: find that instance among the loaded modules first.
  const cache = (require as NodeJS.Require).cache ?? {};
  for (const [file, mod] of Object.entries(cache)) {
    if (/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(file) && mod && "lastWriteDisplayData" in (mod.exports as object)) {
      jupyterModule = mod.exports as JupyterModule;
      if (jupyterModule.lastWriteDisplayData) return jupyterModule;
    }
  }
  try {
    jupyterModule ??= require("tslab/dist/jupyter") as JupyterModule;
  } catch {
    // no such file in this tslab: publish() falls back to tslab's public display
  }
  return jupyterModule;
}

/**
 * Sends every form of `bundle` in ONE display data message when a kernel is attached, and says
 * whether it did. With `target`, the output is created (update false) or replaced in place.
 */
export function publish(bundle: MimeBundle, target?: DisplayTarget): boolean {
  if (bundle["text/html"] !== undefined) bundle = { ...bundle, "text/html": withoutTex(bundle["text/html"]) };
  const write = jupyter()?.lastWriteDisplayData;
  if (typeof write === "function") {
    write({ data: bundle, metadata: {}, transient: target ? { display_id: target.id } : {} }, target?.update ?? false);
    return true;
  }
  return publishOneForm(bundle, target);
}

/**
 * JupyterLab and the classic Notebook run MathJax over HTML outputs, which reads any two dollar
 * signs as TeX ("costs $1.10 ... costs $1.00" turns into italic math). The workbook's HTML is never
 * TeX: MathJax skips an element of class tex2jax_ignore (its default in both front ends).
 */
function withoutTex(html: string): string {
  return `<div class="tex2jax_ignore">${html}</div>`;
}

/** The fallback for a tslab without its jupyter module: the richest form alone, through the public API. */
function publishOneForm(bundle: MimeBundle, target?: DisplayTarget): boolean {
  const module = tslab();
  if (!module) return false;
  const [mime, content] = Object.entries(bundle).find(([m]) => m !== "text/plain") ?? [
    "text/plain",
    bundle["text/plain"] ?? "",
  ];
  try {
    (target ? (fallbackDisplays[target.id] ??= module.newDisplay()) : module.display).raw(mime, content);
    return true;
  } catch (error) {
    if (!isNotReady(error)) throw error;
    return false;
  }
}

const fallbackDisplays: Record<string, Tslab.Display> = {};

export type RichKind = "html" | "markdown" | "svg";

const MIME: Record<RichKind, string> = { html: "text/html", markdown: "text/markdown", svg: "image/svg+xml" };

/**
 * Shows `rich` with `text` as its text/plain twin when a kernel is attached, otherwise prints
 * `text`. Returns true when the rich form was shown.
 */
export function emit(kind: RichKind, rich: string, text: string): boolean {
  if (publish({ [MIME[kind]]: rich, "text/plain": text })) return true;
  console.log(text);
  return false;
}

/**
 * Renders trusted HTML (escape any text you put in it with `escapeHtml`). `text` is what a
 * text-only front end or a terminal shows; default: the HTML's text with the tags dropped.
 */
export function showHtml(html: string, text: string = htmlToText(html)): void {
  emit("html", html, text);
}

/** Renders Markdown; outside a notebook, prints it as it is (Markdown reads well as text). */
export function showMarkdown(md: string): void {
  emit("markdown", md, md);
}

/** A rough text version of HTML for terminals: tags dropped, block ends as newlines, entities decoded. */
export function htmlToText(html: string): string {
  return (
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
      // Fallbacks shown only where styles are dropped (token separators) are not part of the text.
      .replace(/<span class="[^"]*" style="display:none;">[^<]*<\/span>/g, "")
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(p|div|li|tr|h[1-6]|summary|details|table|pre)>/gi, "\n")
      .replace(/<\/t[dh]>/gi, "\t")
      .replace(/<[^>]*>/g, "")
      .replace(/&(lt|gt|quot|#39|nbsp|amp);/g, (_, name: string) => ENTITY_TEXT[name])
      .replace(/\n{3,}/g, "\n\n")
      .trim()
  );
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
    const title = el(
      "div",
      "wb-panel-title",
      `font-weight:600;padding:6px 10px;background:${SHADE};border-bottom:1px solid ${FAINT_LINE};`,
      escapeHtml(p.title),
    );
    const body = el("div", "wb-panel-body", `${PRE_STYLE}padding:8px 10px;`, textLines(p.body));
    return el(
      "div",
      "wb-panel",
      `flex:1 1 240px;min-width:200px;border:1px solid ${LINE};border-radius:6px;overflow:hidden;`,
      title + body,
    );
  });
  return el(
    "div",
    "wb-side-by-side",
    `${ROOT_STYLE}display:flex;flex-wrap:wrap;gap:10px;align-items:stretch;`,
    cards.join(""),
  );
}

export function sideBySideText(panels: readonly Panel[]): string {
  return panels.map((p) => `── ${p.title} ${"─".repeat(Math.max(3, 60 - p.title.length))}\n${p.body}`).join("\n\n");
}

/** A titled block of HTML, the common outer shape of the displays. */
export function frame(className: string, title: string | undefined, inner: string, extraStyle = ""): string {
  return el("div", className, ROOT_STYLE + extraStyle, heading(title) + inner);
}
