import { emit } from "./display";
import { formatNumber } from "./format";
import { el, escapeHtml, FAINT_LINE, LINE, PRE_STYLE, ROOT_STYLE, textLines } from "./html";

export type Align = "left" | "right" | "center";

export interface TableOptions {
  /** Which keys to show, in order; default: every key, in the order they first appear. */
  columns?: string[];
  caption?: string;
  /** Per column; default: numbers right, everything else left. */
  align?: Partial<Record<string, Align>>;
}

type Row = Record<string, unknown>;

/** A table of objects, one row each. */
export function showTable(rows: readonly Row[], options: TableOptions = {}): void {
  emit("html", tableHtml(rows, options), tableText(rows, options));
}

/** A cell as people read it: numbers with separators, objects as compact JSON, nothing for null. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "bigint") return value.toLocaleString("en-US");
  if (typeof value === "string") return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

function columnsOf(rows: readonly Row[], options: TableOptions): string[] {
  if (options.columns) return options.columns;
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function alignOf(rows: readonly Row[], column: string, options: TableOptions): Align {
  const asked = options.align?.[column];
  if (asked) return asked;
  const values = rows.map((r) => r[column]).filter((v) => v !== null && v !== undefined);
  const numeric = values.length > 0 && values.every((v) => typeof v === "number" || typeof v === "bigint");
  return numeric ? "right" : "left";
}

export function tableHtml(rows: readonly Row[], options: TableOptions = {}): string {
  const columns = columnsOf(rows, options);
  const aligns = columns.map((c) => alignOf(rows, c, options));
  const pad = "padding:4px 10px;vertical-align:top;";
  const head = columns
    .map((c, i) =>
      el(
        "th",
        "",
        `${pad}text-align:${aligns[i]};font-weight:600;border-bottom:1px solid ${LINE};white-space:nowrap;`,
        escapeHtml(c),
      ),
    )
    .join("");
  const body = rows
    .map((row) => {
      const cells = columns.map((c, i) => {
        const style = `${pad}${PRE_STYLE}text-align:${aligns[i]};border-bottom:1px solid ${FAINT_LINE};max-width:560px;font-variant-numeric:tabular-nums;`;
        return el("td", "", style, textLines(cellText(row[c])));
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("");
  const empty =
    rows.length === 0
      ? `<tr><td colspan="${Math.max(1, columns.length)}" style="${pad}opacity:0.7;">(no rows)</td></tr>`
      : "";
  const caption = options.caption
    ? el(
        "caption",
        "wb-caption",
        "caption-side:top;text-align:left;font-weight:600;padding:0 0 6px 0;",
        escapeHtml(options.caption),
      )
    : "";
  const table = el(
    "table",
    "",
    "border-collapse:collapse;table-layout:auto;margin:0;font-size:inherit;color:inherit;",
    `${caption}<thead><tr>${head}</tr></thead><tbody>${body}${empty}</tbody>`,
  );
  return el("div", "wb-table", `${ROOT_STYLE}overflow-x:auto;`, table);
}

const MAX_TEXT_CELL = 60;

export function tableText(rows: readonly Row[], options: TableOptions = {}): string {
  const columns = columnsOf(rows, options);
  const aligns = columns.map((c) => alignOf(rows, c, options));
  const cells = rows.map((row) => columns.map((c) => clip(cellText(row[c]).replace(/\r?\n/g, "↵"))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => fit(v, widths[i], aligns[i]))
      .join("  ")
      .trimEnd();
  const lines = [line(columns), widths.map((w) => "─".repeat(w)).join("  "), ...cells.map(line)];
  if (rows.length === 0) lines.push("(no rows)");
  return (options.caption ? options.caption + "\n" : "") + lines.join("\n");
}

function clip(text: string): string {
  return text.length > MAX_TEXT_CELL ? text.slice(0, MAX_TEXT_CELL - 1) + "…" : text;
}

function fit(text: string, width: number, align: Align): string {
  const room = width - text.length;
  if (align === "right") return " ".repeat(room) + text;
  if (align === "center") return " ".repeat(Math.floor(room / 2)) + text + " ".repeat(Math.ceil(room / 2));
  return text + " ".repeat(room);
}
