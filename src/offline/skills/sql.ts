/**
 * Beginner SQL, read and written by rule: "What does this SQL do? SELECT COUNT(*) FROM orders WHERE
 * status = 'shipped'" is said in plain English clause by clause, and "a table students with columns
 * id, name and age: the names of all students older than 18" is written as one SELECT over the
 * columns the message names. Only one table, one condition and the clauses of SQLite's SELECT page
 * (https://www.sqlite.org/lang_select.html) are read; anything else is left to the coding skill's decline.
 */
import type { Skill } from "./skill";

const REF = "https://www.sqlite.org/lang_select.html";

const OPS: Record<string, string> = {
  "=": "is",
  "!=": "is not",
  "<>": "is not",
  ">": "is greater than",
  "<": "is less than",
  ">=": "is at least",
  "<=": "is at most",
};

/** "SELECT ... FROM t [WHERE c op v] [ORDER BY c [ASC|DESC]] [LIMIT n];" in plain English. */
function explainSelect(sql: string): string | null {
  const m =
    /^\s*select\s+(distinct\s+)?(.+?)\s+from\s+([A-Za-z_]\w*)(?:\s+where\s+([A-Za-z_]\w*)\s*(=|!=|<>|>=|<=|>|<)\s*('[^']*'|-?\d+(?:\.\d+)?))?(?:\s+order\s+by\s+([A-Za-z_]\w*)(?:\s+(asc|desc))?)?(?:\s+limit\s+(\d+))?\s*;?\s*$/i.exec(
      sql,
    );
  if (!m) return null;
  const [, distinct, what, table, col, op, value, order, dir, limit] = m;
  const cols = what.trim();
  const agg = /^(count|sum|avg|min|max)\s*\(\s*(\*|[A-Za-z_]\w*)\s*\)$/i.exec(cols);
  let head: string;
  if (agg) {
    const f = agg[1].toLowerCase();
    const of = agg[2] === "*" ? "rows" : `\`${agg[2]}\` values`;
    head =
      f === "count"
        ? agg[2] === "*"
          ? `It counts the rows of the \`${table}\` table`
          : `It counts the rows of \`${table}\` whose \`${agg[2]}\` is not NULL`
        : `It gives the ${{ sum: "total", avg: "average", min: "smallest", max: "largest" }[f]} of the ${of} in \`${table}\``;
  } else if (cols === "*") head = `It returns every column of the rows of the \`${table}\` table`;
  else if (/^[A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*$/.test(cols)) {
    const list = cols.split(/\s*,\s*/).map((c) => `\`${c}\``);
    const said = list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}` : list[0];
    head = `It returns the ${said} column${list.length > 1 ? "s" : ""} of the rows of the \`${table}\` table${distinct ? ", each different value once" : ""}`;
  } else return null;
  const whereSaid = col ? `${agg ? "" : ", only the rows"} whose \`${col}\` ${OPS[op]} ${value}` : "";
  const sorted = order
    ? `, sorted by \`${order}\` ${/desc/i.test(dir ?? "") ? "from highest to lowest" : "from lowest to highest"}`
    : "";
  const capped = limit ? `, at most ${limit} of them` : "";
  return `${head}${whereSaid}${sorted}${capped}.`;
}

/** "A table students with columns id, name and age": the table and its columns. */
function tableOf(text: string): { table: string; columns: string[] } | null {
  const m =
    /\btable\s+(?:called\s+|named\s+)?[`"']?([A-Za-z_]\w*)[`"']?\s+(?:with|that has|has)\s+(?:the\s+)?columns?\s+([\w\s,`"']+?)(?:[.:;]|\s+(?:write|give|and i|how|can|please)\b|$)/i.exec(
      text,
    );
  if (!m) return null;
  const columns = m[2]
    .replace(/[`"']/g, "")
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((c) => c.trim())
    .filter((c) => /^[A-Za-z_]\w*$/.test(c));
  return columns.length ? { table: m[1], columns } : null;
}

/** Comparisons said in words, and the column each one is about when the table has it. */
const COMPARE: [RegExp, string, string[]][] = [
  [/\bolder than\s+(\d+)/i, ">", ["age"]],
  [/\byounger than\s+(\d+)/i, "<", ["age"]],
  [/\b(?:more expensive|pricier|costing more) than\s+\$?(\d+(?:\.\d+)?)/i, ">", ["price", "cost"]],
  [/\b(?:cheaper|less expensive|costing less) than\s+\$?(\d+(?:\.\d+)?)/i, "<", ["price", "cost"]],
  [/\b(?:at least|aged at least)\s+(\d+)\s+years? old/i, ">=", ["age"]],
];

/** "a table called users (column is age)", "from the orders table": the table, and any columns named apart from it. */
function tableNamed(text: string): { table: string; columns: string[] } | null {
  const listed = tableOf(text);
  if (listed) return listed;
  const m =
    /\btable\s+(?:is\s+)?(?:called|named)\s+[`"']?([A-Za-z_]\w*)/i.exec(text) ??
    /\b(?:from|in|on)\s+(?:the\s+|a\s+|my\s+)?[`"']?([A-Za-z_]\w*)[`"']?\s+table\b/i.exec(text);
  if (!m) return null;
  const columns = [
    ...text.matchAll(/\bcolumns?\s+(?:is\s+|are\s+|called\s+|named\s+)?[`"']?([A-Za-z_]\w*)/gi),
    ...text.matchAll(/[`"']?([A-Za-z_]\w*)[`"']?\s+columns?\b/gi),
  ]
    .map((c) => c[1])
    .filter((c) => !/^(?:the|a|an|is|are|called|named|one|that|this|which)$/i.test(c));
  return { table: m[1], columns };
}

function writeSelect(text: string): string | null {
  const t = tableNamed(text);
  if (!t || !/\b(?:sql|query)\b/i.test(text)) return null;
  const ask =
    /\b(?:gets?|returns?|selects?|lists?|shows?|finds?|fetch(?:es)?)\s+(?:me\s+)?(?:the\s+|all\s+(?:the\s+)?)?([a-z_]+?)s?\s+of\s+(?:all\s+)?(?:the\s+)?/i.exec(
      text,
    );
  const col = ask
    ? t.columns.find((c) => c.toLowerCase() === ask[1].toLowerCase() || `${c.toLowerCase()}s` === ask[1].toLowerCase())
    : undefined;
  // "all users older than 30" from the users table: whole rows.
  const rows = new RegExp(
    String.raw`\b(?:gets?|returns?|selects?|lists?|shows?|finds?|fetch(?:es)?)\s+(?:me\s+)?(?:all\s+|every\s+|the\s+)(?:the\s+)?(?:${t.table}|${t.table.replace(/s$/, "")}|rows|records|entries)\b`,
    "i",
  ).exec(text);
  if (!col && !rows) return null;
  const rest = text.slice((ask && col ? ask : rows)?.index ?? 0);
  const found = COMPARE.map(([re, op, cols]) => ({ m: re.exec(rest), op, cols })).filter((c) => c.m);
  if (found.length !== 1) return null;
  const { m, op, cols } = found[0];
  const by = t.columns.find((c) => cols.includes(c.toLowerCase())) ?? (t.columns.length ? undefined : cols[0]);
  if (!by || !m) return null;
  return `SELECT ${col ?? "*"}\nFROM ${t.table}\nWHERE ${by} ${op} ${m[1]};`;
}

/** "sql to count how many customers we have in each city, table is called customers": a count per group. */
function writeGroupCount(text: string): string | null {
  const t = tableNamed(text);
  if (!t || !/\b(?:sql|query)\b/i.test(text)) return null;
  const m =
    /\b(?:count(?:s|ing)?|how many|number of)\b[^.?!]{0,50}?\b(?:in|per|for|by)\s+(?:each|every)\s+([a-z_]+)/i.exec(
      text,
    );
  if (!m) return null;
  const group = m[1].toLowerCase();
  const col = t.columns.find((c) => c.toLowerCase() === group) ?? group;
  return `SELECT ${col}, COUNT(*) AS ${t.table.toLowerCase()}_count\nFROM ${t.table}\nGROUP BY ${col};`;
}

export const sql: Skill = {
  name: "sql",
  does: "explains a one-table SELECT in plain English, or writes one from the table and columns the message gives",
  reply({ lastUser, json }) {
    if (json || lastUser.length > 800) return null;
    const quoted = /\b(select\s[\s\S]+?\bfrom\b[\s\S]*?)(?:```|$|;\s*$|;\s*\n|;(?=\s*[A-Z]))/i.exec(lastUser);
    if (quoted && /\b(?:what does|explain|in plain english|what is this|mean)\b/i.test(lastUser)) {
      const said = explainSelect(quoted[1].replace(/`/g, "").trim());
      if (said)
        return {
          texts: [
            { text: `${said}\n\nReference: ${REF}`, weight: 0.6 },
            {
              text: `In plain English: ${said.charAt(0).toLowerCase()}${said.slice(1)}\n\nReference: ${REF}`,
              weight: 0.4,
            },
          ],
          exact: true,
        };
      return null;
    }
    const grouped = writeGroupCount(lastUser);
    if (grouped) {
      const tail = `\n\n\`\`\`sql\n${grouped}\n\`\`\`\n\n\`GROUP BY\` makes one row per value of the column, and \`COUNT(*)\` counts the rows in each.\n\nReference: ${REF}`;
      return {
        texts: [
          { text: `Here's the query:${tail}`, weight: 0.5 },
          { text: `This does it:${tail}`, weight: 0.5 },
        ],
        exact: true,
      };
    }
    const written = writeSelect(lastUser);
    if (!written) return null;
    const tail = `\n\n\`\`\`sql\n${written}\n\`\`\`\n\n\`WHERE\` keeps only the rows that match; ${/^SELECT \*/.test(written) ? "`SELECT *` returns every column of them" : "`SELECT` picks the column to return"}.\n\nReference: ${REF}`;
    return {
      texts: [
        { text: `Here's the query:${tail}`, weight: 0.5 },
        { text: `This does it:${tail}`, weight: 0.5 },
      ],
      exact: true,
    };
  },
};
