/**
 * A table of rows the user gives: "a markdown table with two columns, Title and Author, for these
 * books: Pride and Prejudice (Jane Austen), Moby-Dick (Herman Melville)". Every cell is the user's
 * own text, so the table is only laid out, never filled in; a row that does not split into the
 * columns named leaves the request to the other skills.
 */
import { numberWord } from "../read/form";
import type { Skill } from "./skill";

const ASKS_TABLE = /\b(?:markdown\s+|md\s+|simple\s+|small\s+)?table\b/i;

/** The column names: "two columns, Title and Author,", "columns: Name, Age", "with columns Name and Age for". */
function columnsOf(message: string): string[] | null {
  const m =
    /\bcolumns?\b\s*(?:called|named|headed|:)?\s*,?\s*([^:]{3,120}?)\s*(?:,\s*)?(?=\bfor\b|\bwith\b|\bof\b|:|\.\s|$)/i.exec(
      message,
    );
  if (!m) return null;
  const names = m[1]
    .split(/\s*(?:,|\band\b|&|\|)\s*/)
    .map((c) => c.trim().replace(/^["'“‘]|["'”’]$/g, ""))
    .filter(Boolean);
  if (names.length < 2 || names.length > 5) return null;
  return names.every((c) => c.split(/\s+/).length <= 3 && /^[\p{L}\d]/u.test(c)) ? names : null;
}

/** The rows after the colon: "A (B)", "A - B", "A: B" or "A / B", one per item. */
function rowsOf(message: string, width: number): string[][] | null {
  const colon = message.indexOf(":", message.search(/\bcolumns?\b/i) + 8);
  if (colon < 0) return width === 2 ? saidRows(message) : null;
  const body = message
    .slice(colon + 1)
    .trim()
    .replace(/[.!]+$/, "");
  // Rows end at a line, a semicolon, or a comma after a bracket; plain commas when nothing else splits them.
  let items = body.includes("\n")
    ? body.split(/\n+/).map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, ""))
    : body.split(/(?<=\))\s*,\s*(?:and\s+)?|\s*;\s*/);
  if (items.length === 1) items = body.split(/\s*,\s*(?:and\s+)?|\s+and\s+(?=[^,]*$)/);
  const rows = items
    .map((i) => i.trim())
    .filter(Boolean)
    .map((i) => {
      const paren = /^(.+?)\s*\(([^()]+)\)$/.exec(i);
      if (paren) return [paren[1], paren[2]];
      const cells = i.split(/\s+[-–—]\s+|\s*:\s+|\s+\/\s+|\s*\|\s*/);
      // "Ridge Loop 5 km", "Tom 12": a name, then the amount that is its value.
      const amount = /^(.*?\p{L}.*?)\s+(-?[$€£]?\d[\d.,]*\s*(?:%|[\p{L}]{1,12}\.?)?)$/u.exec(i);
      return cells.length === 1 && width === 2 && amount ? [amount[1], amount[2]] : cells;
    })
    .map((cells) => cells.map((c) => c.trim()));
  if (rows.length < 1 || rows.length > 30 || rows.some((r) => r.length !== width || r.some((c) => !c))) return null;
  return rows;
}

/**
 * "...for our camp. Saturday is hiking and Sunday is canoeing.": with no colon, the sentences after
 * the ask give the rows as "A is B", each pair a row of two cells.
 */
function saidRows(message: string): string[][] | null {
  const at = message.search(/\bcolumns?\b/i);
  const end = message.slice(at).search(/[.!?]\s+(?=\S)/);
  if (end < 0) return null;
  const body = message
    .slice(at + end + 1)
    .trim()
    .replace(/[.!]+$/, "");
  const rows = body.split(/\s*[,;]\s*(?:and\s+)?|\.\s+|\s+and\s+/).map((part) => {
    const m = /^([\p{L}\d][^=]{0,40}?)\s+(?:is|are|=|was|will be)\s+(\S.{0,60})$/u.exec(part.trim());
    // "the lounge is a playroom": a cell is the thing named, without its article.
    const cell = (c: string) => {
      const bare = c.trim().replace(/^(?:the|a|an)\s+/i, "");
      return bare.charAt(0).toUpperCase() + bare.slice(1);
    };
    return m ? [cell(m[1]), cell(m[2])] : null;
  });
  if (rows.length < 1 || rows.length > 30 || rows.some((r) => r === null)) return null;
  return rows as string[][];
}

export const givenTable: Skill = {
  name: "given-table",
  does: "lays out rows the user gives as a markdown table with the columns the user names",
  reply({ lastUser, json }) {
    if (json || lastUser.length > 2000 || !ASKS_TABLE.test(lastUser)) return null;
    const columns = columnsOf(lastUser);
    if (!columns) return null;
    const rows = rowsOf(lastUser, columns.length);
    if (!rows) return null;
    // "for these three books" with four given: the count said and the rows must agree.
    const said = /\b(?:these|the|my|following)\s+(\w+)\s+\w+\s*:/i.exec(lastUser)?.[1];
    const n = said ? numberWord(said) : undefined;
    if (n && n !== rows.length) return null;
    const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
    const table = [line(columns), line(columns.map(() => "---")), ...rows.map(line)].join("\n");
    return { texts: [{ text: table, weight: 1 }], exact: true, asWritten: true };
  },
};
