import { DEFAULT_MODEL, encodingForModel } from "../api/catalog";
import { emit, frame } from "./display";
import { formatNumber } from "./format";
import { el, escapeHtml, HUES, rgba } from "./html";
import { decode, encode } from "../api/tokens";

/** One chip: usually one token; several when a character's bytes are split across tokens. */
export interface TokenPiece {
  ids: number[];
  text: string;
}

const REPLACEMENT = "\uFFFD";

/** `text` cut where the model's tokenizer cuts it. The pieces' texts join back to `text`. */
export function tokenPieces(text: string, model: string = DEFAULT_MODEL): TokenPiece[] {
  const pieces: TokenPiece[] = [];
  let pending: number[] = [];
  for (const id of encode(text, model)) {
    pending.push(id);
    const piece = decode(pending, model);
    // A lone token can hold part of a multi-byte character (an emoji, most CJK); wait for the rest.
    if (piece.endsWith(REPLACEMENT) && pending.length < 8 && !text.includes(REPLACEMENT)) continue;
    pieces.push({ ids: pending, text: piece });
    pending = [];
  }
  if (pending.length) pieces.push({ ids: pending, text: decode(pending, model) });
  return pieces;
}

/** Every token of `text` as a coloured chip, with the count and the encoding used. */
export function showTokens(text: string, model: string = DEFAULT_MODEL): void {
  const pieces = tokenPieces(text, model);
  emit("html", tokensHtml(text, pieces, model), tokensText(text, pieces, model));
}

const CHIP_HUES = [HUES.blue, HUES.green, HUES.amber, HUES.violet, HUES.pink, HUES.cyan];

function summary(text: string, pieces: readonly TokenPiece[], model: string): string {
  const count = pieces.reduce((n, p) => n + p.ids.length, 0);
  const chars = [...text].length;
  return `${formatNumber(count)} token${count === 1 ? "" : "s"} · ${formatNumber(chars)} character${chars === 1 ? "" : "s"} · ${encodingForModel(model)} (${model})`;
}

/** Invisible characters made visible; a newline also breaks the line after its chip. */
function chipText(text: string): { shown: string; breaks: number } {
  const breaks = (text.match(/\n/g) ?? []).length;
  return { shown: text.replace(/\r/g, "␍").replace(/\n/g, "↵").replace(/\t/g, "⇥"), breaks };
}

export function tokensHtml(text: string, pieces: readonly TokenPiece[], model: string = DEFAULT_MODEL): string {
  const chips = pieces.map((piece, i) => {
    const { shown, breaks } = chipText(piece.text);
    const hue = CHIP_HUES[i % CHIP_HUES.length];
    const style = `display:inline-block;white-space:pre;background:${rgba(hue, 0.22)};border-bottom:2px solid ${rgba(hue, 0.7)};border-radius:3px;padding:0 2px;margin:0 1px 3px 0;min-width:4px;`;
    const title = `title="${piece.ids.length === 1 ? "token id" : "token ids"} ${piece.ids.join(", ")}"`;
    return el("span", "wb-token", style, escapeHtml(shown), title) + "<br>".repeat(breaks);
  });
  // Where styles are dropped (an untrusted notebook in the classic Notebook) the chips lose their
  // colours; a separator that only shows then keeps every token's edges visible.
  const separator = el("span", "wb-token-sep", "display:none;", "│");
  const head = el("div", "wb-token-count", "margin-bottom:6px;opacity:0.85;", escapeHtml(summary(text, pieces, model)));
  const body = el("div", "wb-token-chips", "line-height:1.7;font-size:14px;", chips.join(separator));
  return frame("wb-tokens", undefined, head + body);
}

export function tokensText(text: string, pieces: readonly TokenPiece[], model: string = DEFAULT_MODEL): string {
  const chips = pieces.map((p) => `[${chipText(p.text).shown}]`).join("");
  const ids = pieces.flatMap((p) => p.ids).join(" ");
  return `${summary(text, pieces, model)}\n${chips}\nids: ${ids}`;
}
