/**
 * Building blocks for the displays' HTML. Every style is inline (JupyterLab's sanitizer, GitHub and
 * VS Code drop <style> elements in some modes), text takes `currentColor`, and backgrounds are
 * semi-transparent, so one rendering reads on light and dark themes alike.
 *
 * A notebook opened from a fresh clone is untrusted, and its stored HTML is sanitized: JupyterLab
 * keeps most inline styles but drops inline <svg>; the classic Notebook drops every style. So what
 * a lesson needs must not hang on a style alone: pictures are SVG images (an <img> with a data URI,
 * which both keep), line breaks are <br>, and rows are tables (npm run test:lab checks all three).
 */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and attribute values: model output never becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A colour as red, green, blue (0-255), so it can be used at any transparency. */
export type Rgb = readonly [number, number, number];

export function rgba([r, g, b]: Rgb, alpha = 1): string {
  return `rgba(${r},${g},${b},${alpha})`;
}

export const HUES = {
  slate: [100, 116, 139],
  violet: [139, 92, 246],
  blue: [59, 130, 246],
  green: [16, 163, 127],
  amber: [217, 119, 6],
  red: [220, 38, 38],
  pink: [219, 39, 119],
  cyan: [8, 145, 178],
} as const satisfies Record<string, Rgb>;

export const MONO = "ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace";
export const LINE = "rgba(127,127,127,0.35)";
export const FAINT_LINE = "rgba(127,127,127,0.18)";
export const SHADE = "rgba(127,127,127,0.08)";

/** Styles every display's outer element shares: its own size, the notebook's colours. */
export const ROOT_STYLE = "font-size:13px;line-height:1.45;color:inherit;margin:4px 0;max-width:100%;";
/** Text exactly as the model wrote it: newlines and runs of spaces kept, long words broken. */
export const PRE_STYLE = "white-space:pre-wrap;overflow-wrap:anywhere;word-break:break-word;margin:0;";

/** One element; `style` and `className` may be empty. Children are HTML, already escaped. */
export function el(tag: string, className: string, style: string, children: string, attrs = ""): string {
  const cls = className ? ` class="${className}"` : "";
  const st = style ? ` style="${escapeHtml(style)}"` : "";
  return `<${tag}${cls}${st}${attrs ? " " + attrs : ""}>${children}</${tag}>`;
}

/** A title line above a display. */
export function heading(title: string | undefined): string {
  if (!title) return "";
  return el("div", "wb-title", "font-weight:600;margin:0 0 6px 0;", escapeHtml(title));
}

/** A small label with a solid colour and white text: readable on any background. */
export function pill(text: string, hue: Rgb, className = "wb-pill"): string {
  const style = `display:inline-block;background:${rgba(hue, 0.9)};color:#fff;border-radius:9px;padding:0 8px;font-size:11px;font-weight:600;line-height:18px;letter-spacing:0.02em;`;
  return el("span", className, style, escapeHtml(text));
}

/** Content hidden behind a summary line: for bodies too long to show by default. */
export function collapsible(summary: string, body: string, open = false): string {
  const sum = el("summary", "", "cursor:pointer;opacity:0.85;", summary);
  return `<details class="wb-details"${open ? " open" : ""} style="margin:2px 0;">${sum}${body}</details>`;
}

/** Escaped text whose line breaks survive sanitizing (a style that keeps "\n" may be dropped; <br> is not). */
export function textLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, "<br>");
}

/**
 * A picture as an <img> holding its SVG as a data URI: sanitizers that drop inline <svg> (and
 * every style) keep it, and it draws the same everywhere. An image does not inherit the page's
 * colours, so its text and lines use `IMAGE_INK`, which reads on light and dark backgrounds.
 */
export function svgImage(svg: string, width: number, height: number, className: string, alt: string): string {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
  return `<img class="${className}" src="${src}" width="${width}" height="${height}" alt="${escapeHtml(alt)}">`;
}

/** The SVG inside an `svgImage` (for tests and checks). */
export function svgOfImage(html: string): string[] {
  return [...html.matchAll(/src="data:image\/svg\+xml;base64,([^"]+)"/g)].map((m) =>
    Buffer.from(m[1], "base64").toString("utf8"),
  );
}

export const IMAGE_INK = "rgb(128,128,128)";

/** A monospaced block of escaped text. */
export function codeBlock(text: string, className = "wb-code"): string {
  const style = `${PRE_STYLE}font-family:${MONO};font-size:12px;background:${SHADE};border:1px solid ${FAINT_LINE};border-radius:4px;padding:6px 8px;max-height:480px;overflow:auto;`;
  // <pre>, not a styled <div>: indentation is the point of a code block, and a sanitizer that drops the style keeps <pre>.
  return el("pre", className, style, escapeHtml(text));
}
