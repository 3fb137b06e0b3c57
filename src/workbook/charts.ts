import { emit, frame } from "./display";
import { formatNumber, formatUsd } from "./format";
import { el, escapeHtml, HUES, IMAGE_INK, PRE_STYLE, rgba, type Rgb, svgImage } from "./html";

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
  if (unit === "$")
    return decimals === undefined
      ? formatUsd(value)
      : `${value < 0 ? "-" : ""}$${formatNumber(Math.abs(value), decimals)}`;
  const number = formatNumber(value, decimals);
  if (!unit) return number;
  return unit === "%" ? `${number}%` : `${number} ${unit}`;
}

/** Each bar's length as a fraction 0..1 of the longest. */
function fractions(data: readonly Bar[], max: number | undefined): number[] {
  const top = max ?? Math.max(0, ...data.map((d) => Math.abs(d.value)));
  return data.map((d) => (top > 0 && Number.isFinite(d.value) ? Math.min(1, Math.abs(d.value) / top) : 0));
}

/** A bar's picture: its track and, over it, the bar, as long as its share of the track. */
const BAR_WIDTH = 320;
const BAR_HEIGHT = 14;

export function barImage(fraction: number, hue: Rgb, alt: string): string {
  const length = fraction > 0 ? Math.max(2, fraction * BAR_WIDTH) : 0;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${BAR_WIDTH}" height="${BAR_HEIGHT}" viewBox="0 0 ${BAR_WIDTH} ${BAR_HEIGHT}">` +
    `<rect width="${BAR_WIDTH}" height="${BAR_HEIGHT}" rx="3" fill="rgba(127,127,127,0.14)"/>` +
    `<rect width="${length.toFixed(1)}" height="${BAR_HEIGHT}" rx="3" fill="${rgba(hue, 0.75)}"/></svg>`;
  return svgImage(svg, BAR_WIDTH, BAR_HEIGHT, "wb-bar", alt);
}

/**
 * One row per item: label, bar, value. A table (not a grid) and bars drawn as images, so a
 * notebook opened untrusted, whose sanitizer may drop every style, still shows the chart.
 */
export function barChartHtml(data: readonly Bar[], options: BarChartOptions = {}): string {
  const parts = fractions(data, options.max);
  const cell = "border:none;background:transparent;padding:2px 10px 2px 0;vertical-align:middle;";
  const rows = data.map((d, i) => {
    const hue = d.value < 0 ? HUES.red : HUES.green;
    const value = formatValue(d.value, options);
    return el(
      "tr",
      "",
      "background:transparent;",
      el("td", "wb-bar-label", `${cell}${PRE_STYLE}text-align:left;max-width:280px;`, escapeHtml(d.label)) +
        el("td", "wb-bar-track", `${cell}line-height:0;`, barImage(parts[i], hue, value)) +
        el(
          "td",
          "wb-bar-value",
          `${cell}text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;`,
          escapeHtml(value),
        ),
    );
  });
  const body = rows.length
    ? el("table", "wb-bars", "border-collapse:collapse;border:none;margin:0;", `<tbody>${rows.join("")}</tbody>`)
    : el("div", "", "opacity:0.7;", "(no data)");
  return frame("wb-bar-chart", options.title, body);
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

export interface Series {
  name: string;
  /** One value per point on the x axis, in order. */
  values: readonly number[];
}

export interface LineChartOptions {
  title?: string;
  /** Shown after each value ("tokens", "ms", "%"); "$" formats the values as dollars. */
  unit?: string;
  /** What a point on the x axis is ("turn"); its labels are 1, 2, 3... unless `labels` says otherwise. */
  xLabel?: string;
  labels?: readonly string[];
  /** Top of the y axis; default: a round number above the largest value. */
  max?: number;
  decimals?: number;
}

/** Lines over a shared x axis (one per series, each with a dot per point): how values grow, turn by turn. */
export function showLineChart(series: readonly Series[], options: LineChartOptions = {}): void {
  emit("html", lineChartHtml(series, options), lineChartText(series, options));
}

const LINE_HUES = [HUES.blue, HUES.amber, HUES.green, HUES.violet, HUES.pink, HUES.cyan];

/** 1, 2 or 5 times a power of ten, at or above `value`: a y axis people can read. */
export function niceCeiling(value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value)!;
  return step * power;
}

function pointCount(series: readonly Series[]): number {
  return Math.max(0, ...series.map((s) => s.values.length));
}

function xLabels(series: readonly Series[], options: LineChartOptions): string[] {
  return Array.from({ length: pointCount(series) }, (_, i) => options.labels?.[i] ?? String(i + 1));
}

const [CHART_WIDTH, CHART_HEIGHT] = [640, 240];

/** The plot as a standalone SVG (axes, grid, a line and dots per series), drawn in `IMAGE_INK`. */
export function lineChartSvg(series: readonly Series[], options: LineChartOptions = {}): string {
  const n = pointCount(series);
  const top = options.max ?? niceCeiling(Math.max(0, ...series.flatMap((s) => s.values.filter(Number.isFinite))));
  // The left margin fits the longest y label (about 6.5 px per character at 11 px).
  const longestLabel = Math.max(...[0, 1, 2, 3, 4].map((k) => formatValue((top * k) / 4, options).length));
  const [width, height, left, right, topPad, bottom] = [
    CHART_WIDTH,
    CHART_HEIGHT,
    Math.ceil(12 + 6.5 * longestLabel),
    16,
    12,
    36,
  ];
  const plotW = width - left - right;
  const plotH = height - topPad - bottom;
  const x = (i: number) => left + (n === 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (v: number) => topPad + plotH - (Math.max(0, Math.min(v, top)) / top) * plotH;
  const grid: string[] = [];
  for (let k = 0; k <= 4; k++) {
    const value = (top * k) / 4;
    grid.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}" stroke="${IMAGE_INK}" stroke-opacity="${k === 0 ? 0.5 : 0.15}"/>` +
        `<text x="${left - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="${IMAGE_INK}" opacity="0.75">${escapeHtml(formatValue(value, options))}</text>`,
    );
  }
  const labels = xLabels(series, options);
  const every = Math.max(1, Math.ceil(n / 12));
  const ticks = labels
    .map((label, i) =>
      i % every === 0 || i === n - 1
        ? `<text x="${x(i).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11" fill="${IMAGE_INK}" opacity="0.75">${escapeHtml(label)}</text>`
        : "",
    )
    .join("");
  const axisName = options.xLabel
    ? `<text x="${left + plotW / 2}" y="${height - 4}" text-anchor="middle" font-size="11" fill="${IMAGE_INK}" opacity="0.75">${escapeHtml(options.xLabel)}</text>`
    : "";
  const lines = series.map((s, index) => {
    const colour = rgba(LINE_HUES[index % LINE_HUES.length], 0.9);
    const points = s.values.map((v, i) => [x(i), y(v)] as const).filter(([, py]) => Number.isFinite(py));
    const path = points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(" ");
    const dots = s.values
      .map((v, i) =>
        Number.isFinite(v)
          ? `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${colour}"><title>${escapeHtml(`${s.name}, ${options.xLabel ?? "point"} ${labels[i]}: ${formatValue(v, options)}`)}</title></circle>`
          : "",
      )
      .join("");
    return `<polyline points="${path}" fill="none" stroke="${colour}" stroke-width="2"/>${dots}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="sans-serif">${grid.join("")}${ticks}${axisName}${lines.join("")}</svg>`;
}

/** The plot is an image (see svgImage: untrusted notebooks drop inline SVG); the legend is text with swatches. */
export function lineChartHtml(series: readonly Series[], options: LineChartOptions = {}): string {
  if (pointCount(series) === 0)
    return frame("wb-line-chart", options.title, el("div", "", "opacity:0.7;", "(no data)"));
  const legend = series
    .map((s, index) => {
      const colour = rgba(LINE_HUES[index % LINE_HUES.length], 0.9);
      const swatch = svgImage(
        `<svg xmlns="http://www.w3.org/2000/svg" width="14" height="4"><rect width="14" height="4" fill="${colour}"/></svg>`,
        14,
        4,
        "wb-legend-swatch",
        "",
      );
      return el("span", "wb-legend-item", "margin-right:14px;white-space:nowrap;", `${swatch} ${escapeHtml(s.name)}`);
    })
    .join(" ");
  const plot = svgImage(lineChartSvg(series, options), CHART_WIDTH, CHART_HEIGHT, "wb-line-plot", options.title ?? "");
  return frame(
    "wb-line-chart",
    options.title,
    el("div", "wb-legend", "margin:0 0 4px 0;", legend) + el("div", "", "line-height:0;", plot),
    "max-width:680px;",
  );
}

/** The same numbers as a table: one row per point, one column per series. */
export function lineChartText(series: readonly Series[], options: LineChartOptions = {}): string {
  const labels = xLabels(series, options);
  const head = [options.xLabel ?? "", ...series.map((s) => s.name)];
  const rows = labels.map((label, i) => [
    label,
    ...series.map((s) => (i < s.values.length ? formatValue(s.values[i], options) : "")),
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join("  ")
      .trimEnd();
  const lines = [line(head), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)];
  if (rows.length === 0) lines.push("(no data)");
  return (options.title ? options.title + "\n" : "") + lines.join("\n");
}
