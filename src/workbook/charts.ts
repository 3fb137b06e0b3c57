import { emit, frame } from "./display";
import { formatNumber, formatUsd } from "./format";
import { el, escapeHtml, HUES, PRE_STYLE, rgba } from "./html";

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartOptions {
  title?: string;
  /** Shown after each value ("tokens", "ms", "%"); "$" formats the values as dollars. */
  unit?: string;
  /** The value of a full-length bar; default: the largest value. Larger values are cut at full length. */
  max?: number;
  /** Digits after the point in the value labels; default: as many as the number needs. */
  decimals?: number;
}

/** Horizontal bars, one per item, in the given order. Negative values are drawn in red by their size. */
export function showBarChart(data: readonly Bar[], options: BarChartOptions = {}): void {
  emit("html", barChartHtml(data, options), barChartText(data, options));
}

export function formatValue(value: number, options: Pick<BarChartOptions, "unit" | "decimals">): string {
  const { unit, decimals } = options;
  if (unit === "$") return decimals === undefined ? formatUsd(value) : `${value < 0 ? "-" : ""}$${formatNumber(Math.abs(value), decimals)}`;
  const number = formatNumber(value, decimals);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

/** Each bar's length as a fraction 0..1 of the longest. */
function fractions(data: readonly Bar[], max: number | undefined): number[] {
  const top = max ?? Math.max(0, ...data.map((d) => Math.abs(d.value)));
  return data.map((d) => (top > 0 && Number.isFinite(d.value) ? Math.min(1, Math.abs(d.value) / top) : 0));
}

export function barChartHtml(data: readonly Bar[], options: BarChartOptions = {}): string {
  const parts = fractions(data, options.max);
  const rows = data.map((d, i) => {
    const hue = d.value < 0 ? HUES.red : HUES.green;
    const width = `${(parts[i] * 100).toFixed(2)}%`;
    const bar = el("div", "wb-bar", `width:${width};min-width:${parts[i] > 0 ? 2 : 0}px;height:100%;background:${rgba(hue, 0.75)};border-radius:3px;`, "");
    return (
      el("div", "wb-bar-label", `${PRE_STYLE}max-width:280px;`, escapeHtml(d.label)) +
      el("div", "wb-bar-track", `background:rgba(127,127,127,0.12);border-radius:3px;height:16px;`, bar) +
      el("div", "wb-bar-value", "text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;", escapeHtml(formatValue(d.value, options)))
    );
  });
  const grid = el(
    "div",
    "wb-bars",
    "display:grid;grid-template-columns:max-content minmax(120px,1fr) max-content;gap:4px 10px;align-items:center;max-width:760px;",
    rows.join("") || el("div", "", "opacity:0.7;", "(no data)"),
  );
  return frame("wb-bar-chart", options.title, grid);
}

const BAR_CELLS = 32;
const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

/** A bar of `fraction` × BAR_CELLS character cells, in eighths of a cell. */
export function textBar(fraction: number, cells = BAR_CELLS): string {
  const eighths = Math.round(fraction * cells * 8);
  return "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
}

export function barChartText(data: readonly Bar[], options: BarChartOptions = {}): string {
  const parts = fractions(data, options.max);
  const labels = data.map((d) => (d.label.length > 30 ? d.label.slice(0, 29) + "…" : d.label));
  const width = Math.max(0, ...labels.map((l) => l.length));
  const lines = data.map((d, i) => {
    const bar = textBar(parts[i]);
    return `${labels[i].padEnd(width)}  ${bar.padEnd(BAR_CELLS)}  ${d.value < 0 ? "(negative) " : ""}${formatValue(d.value, options)}`;
  });
  if (data.length === 0) lines.push("(no data)");
  return (options.title ? options.title + "\n" : "") + lines.join("\n");
}
