/**
 * A small VT100/xterm screen, enough to render what the apps write (text, CR/LF, cursor moves,
 * save/restore, erase, scroll regions) into rows of characters, with the lines that scrolled off
 * the top kept as scrollback. It follows xterm where terminals differ in ways that matter here:
 * writing the last column leaves the cursor there with a pending wrap, the next printable
 * character wraps first, and any cursor move or restore (ESC 8) cancels that pending wrap.
 */

export interface ScreenLine {
  text: string;
  /** The line continues on the next one because the terminal wrapped it (not a newline). */
  wrapped: boolean;
}

interface Cell {
  ch: string;
}

export class VirtualTerminal {
  readonly scrollback: ScreenLine[] = [];
  private grid: Cell[][];
  private wrappedRows: boolean[];
  private row = 0;
  private col = 0;
  private pendingWrap = false;
  private saved = { row: 0, col: 0 };
  private top = 0;
  private bottom: number;

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.grid = Array.from({ length: rows }, () => this.blank());
    this.wrappedRows = Array(rows).fill(false);
    this.bottom = rows - 1;
  }

  write(data: string): void {
    for (let i = 0; i < data.length; i++) {
      const code = data.codePointAt(i)!;
      const ch = String.fromCodePoint(code);
      if (code > 0xffff) i++;
      if (code === 0x1b) {
        i = this.escape(data, i);
        continue;
      }
      switch (code) {
        case 0x0d:
          this.col = 0;
          this.pendingWrap = false;
          continue;
        case 0x0a:
          this.lineFeed();
          this.pendingWrap = false;
          continue;
        case 0x08:
          this.col = Math.max(0, this.col - 1);
          this.pendingWrap = false;
          continue;
        case 0x07:
          continue;
        case 0x09:
          this.col = Math.min(this.columns - 1, (Math.floor(this.col / 8) + 1) * 8);
          continue;
      }
      if (code < 0x20) continue;
      this.print(ch, width(code));
    }
  }

  /** Scrollback and screen, top to bottom, trailing blanks trimmed. */
  lines(): ScreenLine[] {
    const screen = this.grid.map((cells, r) => this.line(cells, this.wrappedRows[r]!));
    return [...this.scrollback, ...screen];
  }

  private print(ch: string, w: number): void {
    if (w === 0) {
      // A combining mark joins the character before it.
      const at = this.pendingWrap ? this.col : Math.max(0, this.col - 1);
      this.grid[this.row]![at]!.ch += ch;
      return;
    }
    if (this.pendingWrap || this.col + w > this.columns) {
      this.wrappedRows[this.row] = true;
      this.col = 0;
      this.lineFeed();
    }
    this.pendingWrap = false;
    this.grid[this.row]![this.col]!.ch = ch;
    if (w === 2) this.grid[this.row]![this.col + 1]!.ch = "";
    this.col += w;
    if (this.col >= this.columns) {
      this.col = this.columns - 1;
      this.pendingWrap = true;
    }
  }

  private lineFeed(): void {
    if (this.row === this.bottom) this.scrollUp();
    else if (this.row < this.rows - 1) this.row++;
  }

  private scrollUp(): void {
    const line = this.grid[this.top]!;
    const wrapped = this.wrappedRows[this.top]!;
    if (this.top === 0) this.scrollback.push(this.line(line, wrapped));
    this.grid.splice(this.top, 1);
    this.wrappedRows.splice(this.top, 1);
    this.grid.splice(this.bottom, 0, this.blank());
    this.wrappedRows.splice(this.bottom, 0, false);
  }

  /** A wrapped line keeps its trailing spaces: they are text that reached the margin. */
  private line(cells: Cell[], wrapped: boolean): ScreenLine {
    const text = cells.map((c) => c.ch).join("");
    return { text: wrapped ? text : text.replace(/ +$/, ""), wrapped };
  }

  private blank(): Cell[] {
    return Array.from({ length: this.columns }, () => ({ ch: " " }));
  }

  private moveTo(row: number, col: number): void {
    this.row = Math.max(0, Math.min(this.rows - 1, row));
    this.col = Math.max(0, Math.min(this.columns - 1, col));
    this.pendingWrap = false;
  }

  /** Handles the sequence starting at `i` (ESC) and returns the index of its last character. */
  private escape(data: string, i: number): number {
    const next = data[i + 1];
    if (next === "7") {
      this.saved = { row: this.row, col: this.col };
      return i + 1;
    }
    if (next === "8") {
      this.moveTo(this.saved.row, this.saved.col);
      return i + 1;
    }
    if (next === "]") {
      const bel = data.indexOf("\x07", i);
      return bel === -1 ? data.length : bel;
    }
    if (next !== "[") return i + 1;
    let j = i + 2;
    while (j < data.length && !/[@-~]/.test(data[j]!)) j++;
    const params = data.slice(i + 2, j);
    const final = data[j];
    if (params.startsWith("?") || params.startsWith(">")) return j;
    const n = params.split(";").map((p) => (p === "" ? NaN : Number(p)));
    const arg = (k: number, d: number) => (Number.isFinite(n[k]) && n[k]! > 0 ? n[k]! : d);
    switch (final) {
      case "A":
        this.moveTo(this.row - arg(0, 1), this.col);
        break;
      case "B":
        this.moveTo(this.row + arg(0, 1), this.col);
        break;
      case "C":
        this.moveTo(this.row, this.col + arg(0, 1));
        break;
      case "D":
        this.moveTo(this.row, this.col - arg(0, 1));
        break;
      case "G":
        this.moveTo(this.row, arg(0, 1) - 1);
        break;
      case "H":
      case "f":
        this.moveTo(arg(0, 1) - 1, arg(1, 1) - 1);
        break;
      case "J": {
        const mode = Number.isFinite(n[0]) ? n[0] : 0;
        const rows =
          mode === 2
            ? [...this.grid.keys()]
            : mode === 0
              ? [...this.grid.keys()].filter((r) => r > this.row)
              : [...this.grid.keys()].filter((r) => r < this.row);
        for (const r of rows) this.grid[r] = this.blank();
        if (mode === 0) this.eraseLine(0);
        break;
      }
      case "K":
        this.eraseLine(Number.isFinite(n[0]) ? n[0]! : 0);
        break;
      case "r":
        this.top = arg(0, 1) - 1;
        this.bottom = Math.min(this.rows - 1, arg(1, this.rows) - 1);
        this.moveTo(0, 0);
        break;
      default:
        break;
    }
    return j;
  }

  private eraseLine(mode: number): void {
    const line = this.grid[this.row]!;
    const [from, to] = mode === 0 ? [this.col, this.columns] : mode === 1 ? [0, this.col + 1] : [0, this.columns];
    for (let c = from; c < to; c++) line[c] = { ch: " " };
    if (mode !== 1) this.wrappedRows[this.row] = false;
  }
}

/** Columns a character takes in xterm: wide East Asian characters and emoji 2, marks 0. */
function width(code: number): number {
  const ch = String.fromCodePoint(code);
  if (/^[\p{Mn}\p{Me}\p{Cf}]$/u.test(ch)) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xff00 && code <= 0xff60) ||
    /^\p{Emoji_Presentation}$/u.test(ch)
  )
    return 2;
  return 1;
}
