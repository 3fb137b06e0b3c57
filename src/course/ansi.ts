/**
 * The workbook's one ANSI colour helper (terminal summary, `npm run hint`, the apps): colours only
 * on a terminal, never with NO_COLOR (https://no-color.org) or TERM=dumb.
 */
import type { Line, Tone } from "./render";

export interface Colors {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
}

/** Whether a stream should get colours. */
export function wantsColor(out: { isTTY?: boolean } = process.stdout): boolean {
  return Boolean(out.isTTY) && !process.env.NO_COLOR && process.env.TERM !== "dumb";
}

/** Colour functions, switched on or off once: `colors(wantsColor(process.stdout))`. */
export function colors(enabled: boolean): Colors {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    green: wrap(32, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    magenta: wrap(35, 39),
  };
}

/** A renderer's styled lines (render.ts) as terminal text. */
export function paintLines(lines: readonly Line[], c: Colors): string[] {
  const paint: Record<Tone, (s: string) => string> = {
    passed: c.green,
    failing: c.red,
    failed: c.red,
    "in progress": c.yellow,
    "not started": c.dim,
    "not graded": c.magenta,
    dim: c.dim,
    bold: c.bold,
    code: c.cyan,
  };
  return lines.map((line) =>
    line
      .map((s) => (s.tone && s.text ? paint[s.tone](s.text) : s.text))
      .join("")
      .trimEnd(),
  );
}
