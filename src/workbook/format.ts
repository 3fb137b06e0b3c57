/** Number formats for people: fixed to en-US so notebooks and tests read the same everywhere. */

const LOCALE = "en-US";

/**
 * `1234567` -> "1,234,567", `3.14159` -> "3.14", `0.000123` -> "0.000123".
 * With `decimals`, exactly that many digits after the point.
 */
export function formatNumber(n: number, decimals?: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n > 0 ? "∞" : "-∞";
  if (decimals !== undefined) {
    return n.toLocaleString(LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }
  if (Number.isInteger(n)) return n.toLocaleString(LOCALE);
  const abs = Math.abs(n);
  if (abs < 1) return n.toLocaleString(LOCALE, { maximumSignificantDigits: 3 });
  return n.toLocaleString(LOCALE, { maximumFractionDigits: abs >= 1000 ? 0 : abs >= 100 ? 1 : 2 });
}

/**
 * Dollars with the precision a price needs: "$12.50", "$0.0123", and for the fractions of a cent
 * one call costs, three significant digits ("$0.000150" -> "$0.00015").
 */
export function formatUsd(n: number): string {
  if (!Number.isFinite(n)) return `$${formatNumber(n)}`;
  const sign = n < 0 ? "-" : "";
  const abs = Math.abs(n);
  let digits: string;
  if (abs === 0 || abs >= 1) {
    digits = abs.toLocaleString(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  } else if (abs >= 0.01) {
    digits = abs.toLocaleString(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 4 });
  } else {
    digits = abs.toLocaleString(LOCALE, { maximumSignificantDigits: 3, maximumFractionDigits: 20 });
  }
  return `${sign}$${digits}`;
}

/** `0.42` -> "0.42 ms", `87` -> "87 ms", `1234` -> "1.23 s", `125000` -> "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "?";
  if (ms < 1) return `${formatNumber(ms, 2)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${formatNumber(ms / 1000, 2)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1000)} s`;
}

/** `512` -> "512 B", `2048` -> "2 kB", `1_500_000` -> "1.5 MB" (decimal units, as HTTP tools show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${formatNumber(bytes / 1000, bytes < 10_000 ? 1 : 0).replace(/\.0$/, "")} kB`;
  return `${formatNumber(bytes / 1_000_000, 1).replace(/\.0$/, "")} MB`;
}

/**
 * JSON indented only where it has to be: a value that fits in `width` columns stays on one line,
 * so a message reads as `{"role": "user", "content": "Hi"}` instead of four lines. The outermost
 * object always gets a line per field, so a request body lists its parameters.
 */
export function formatJson(value: unknown, width = 88): string {
  return layout(value, "", 0, width, true);
}

function layout(value: unknown, indent: string, prefix: number, width: number, expand = false): string {
  const flat = oneLine(value);
  if (value === null || typeof value !== "object") return flat;
  if (!expand && indent.length + prefix + flat.length <= width) return flat;
  const inner = indent + "  ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + layout(v, inner, 0, width)).join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return "{}";
  const lines = entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layout(v, inner, k.length + 4, width)}`);
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

function oneLine(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : oneLine(v))).join(", ")}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`).join(", ")}}`;
}
