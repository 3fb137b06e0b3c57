/** What a notebook's cells hold, read the same way from an .ipynb file and from a page's model. */
import type { CellOutputs } from "../src/index";
import type { StoredOutput } from "../src/probe";

// The order both front ends prefer among the types the workbook sends (text/plain is the fallback).
const RICH_ORDER = ["text/html", "text/markdown", "image/svg+xml", "image/png", "image/jpeg"];

const text = (v: unknown) => (Array.isArray(v) ? v.join("") : typeof v === "string" ? v : "");

/** The rich outputs (anything shown as more than plain text), each with the type it should render as. */
export function richOutputs(cells: readonly CellOutputs[]): StoredOutput[] {
  return cells.flatMap((cell, c) =>
    cell.outputs.flatMap((o, i) => {
      const data = o.data as Record<string, unknown> | undefined;
      if (!data) return [];
      const mime = RICH_ORDER.find((m) => m in data);
      if (!mime) return [];
      return [{ cell: c, output: i, mime, html: mime === "text/html" ? text(data["text/html"]) : undefined }];
    }),
  );
}

export interface ErrorOutput {
  cell: number;
  ename: string;
  evalue: string;
}

/** Error outputs of cells that are not tagged to raise one. */
export function errorOutputs(cells: readonly CellOutputs[]): ErrorOutput[] {
  return cells.flatMap((cell, c) =>
    cell.tags.includes("raises-exception")
      ? []
      : cell.outputs
          .filter((o) => o.output_type === "error")
          .map((o) => ({ cell: c, ename: String(o.ename), evalue: String(o.evalue).slice(0, 300) })),
  );
}

const htmlOf = (cell: CellOutputs) =>
  cell.outputs.map((o) => text((o.data as Record<string, unknown> | undefined)?.["text/html"])).join("");

/** Cells whose stored output is a display that a stream updates in place. */
export function streamedCells(cells: readonly CellOutputs[]): number[] {
  return cells.flatMap((cell, c) => (/class="wb-(live|screen|stream)"/.test(htmlOf(cell)) ? [c] : []));
}

/** Cells that grade an exercise and show the result as a table. */
export function gradingCells(cells: readonly CellOutputs[]): number[] {
  return cells.flatMap((cell, c) => (/class="wb-grades?"/.test(htmlOf(cell)) ? [c] : []));
}

interface IpynbCell {
  cell_type: string;
  source: string | string[];
  metadata: { tags?: string[] };
  outputs?: Record<string, unknown>[];
}

export function cellsOfIpynb(json: { cells: IpynbCell[] }): CellOutputs[] {
  return json.cells.map((c) => ({
    type: c.cell_type,
    tags: c.metadata.tags ?? [],
    source: text(c.source),
    outputs: c.outputs ?? [],
  }));
}
