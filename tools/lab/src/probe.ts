/**
 * Injected into both front ends' pages (JupyterLab's and the classic Notebook's): finds each stored
 * output in the page and says whether it shows what the lesson needs. The stored HTML is parsed
 * inert (DOMParser runs nothing) and compared with what the front end rendered after sanitizing.
 */

export type FrontEnd = "lab" | "classic";

/** One output as the .ipynb stores it: `cell` counts every cell, `output` the cell's outputs. */
export interface StoredOutput {
  cell: number;
  output: number;
  /** The MIME type a front end should render: the richest one stored. */
  mime: string;
  /** The stored text/html, when there is one. */
  html?: string;
}

export interface OutputReport {
  cell: number;
  output: number;
  mime: string;
  /** What the page shows for it ("" when nothing). */
  renderedMime: string;
  /** Elements of the stored HTML, by tag, that the rendered output lacks. */
  lostTags: string[];
  /** Inline style declarations stored / still applied after sanitizing. */
  styles: { stored: number; kept: number };
  /** What the lesson needs that this output does not show. Empty: it shows what it should. */
  problems: string[];
}

const RICH_CLASSES: Record<string, string> = {
  output_html: "text/html",
  output_markdown: "text/markdown",
  output_svg: "image/svg+xml",
  output_png: "image/png",
  output_jpeg: "image/jpeg",
  output_latex: "text/latex",
  output_javascript: "application/javascript",
  output_error: "error",
  output_stream: "stream",
  output_text: "text/plain",
};

function cellElements(frontEnd: FrontEnd): Element[] {
  return frontEnd === "lab"
    ? [...document.querySelectorAll(".jp-Notebook .jp-Cell")]
    : [...document.querySelectorAll("#notebook-container > .cell")];
}

/** The element holding one output's rendering, and the MIME type the front end rendered it as. */
function outputElement(frontEnd: FrontEnd, cell: Element, index: number): { node: Element; mime: string } | null {
  if (frontEnd === "lab") {
    const child = cell.querySelectorAll(".jp-Cell-outputArea .jp-OutputArea-child")[index];
    const node = child?.querySelector(".jp-OutputArea-output");
    return node ? { node, mime: node.getAttribute("data-mime-type") ?? "" } : null;
  }
  const area = cell.querySelectorAll(".output_wrapper .output > .output_area")[index];
  const node = area?.querySelector(".output_subarea");
  if (!node) return null;
  const cls = [...node.classList].find((c) => c in RICH_CLASSES);
  return { node, mime: cls ? RICH_CLASSES[cls] : "" };
}

const normal = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

function tagCounts(root: ParentNode): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of root.querySelectorAll("*")) counts.set(e.localName, (counts.get(e.localName) ?? 0) + 1);
  return counts;
}

function styleCount(root: ParentNode): number {
  let n = 0;
  for (const e of root.querySelectorAll<HTMLElement>("[style]")) n += e.style.length;
  return n;
}

/** Whether an element takes up room on the page (zero-sized bars and collapsed charts do not). */
function visible(e: Element): boolean {
  const r = e.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/**
 * The chart's bars: each drawn as long as its value says. A bar drawn as an image must be there,
 * loaded and the size it was stored at; a bar drawn by a styled element must be as long as its
 * share of its track.
 */
function barProblems(stored: Document, rendered: Element): string[] {
  const problems: string[] = [];
  const tracks = [...stored.querySelectorAll(".wb-bar-chart .wb-bar-track")];
  const shown = [...rendered.querySelectorAll(".wb-bar-chart .wb-bar-track")];
  if (shown.length !== tracks.length) return [`${tracks.length} bars stored, ${shown.length} rendered`];
  tracks.forEach((track, i) => {
    const storedImage = track.querySelector("img.wb-bar");
    if (storedImage) {
      const image = shown[i].querySelector<HTMLImageElement>("img.wb-bar");
      const box = image?.getBoundingClientRect();
      if (!image?.complete || image.naturalWidth === 0 || !box || box.width < 40 || box.height < 4) {
        problems.push(`bar ${i + 1} is not drawn`);
      } else if (image.getAttribute("src") !== storedImage.getAttribute("src")) {
        problems.push(`bar ${i + 1} is not the stored picture`);
      }
      return;
    }
    const want =
      Number(/width:\s*([\d.]+)%/.exec(track.querySelector(".wb-bar")?.getAttribute("style") ?? "")?.[1]) / 100;
    const trackBox = shown[i].getBoundingClientRect();
    const barBox = shown[i].querySelector(".wb-bar")?.getBoundingClientRect();
    if (!barBox || barBox.height < 4 || trackBox.width < 40) {
      problems.push(
        `bar ${i + 1} is not drawn (${Math.round(barBox?.width ?? 0)}x${Math.round(barBox?.height ?? 0)} px)`,
      );
      return;
    }
    const got = barBox.width / trackBox.width;
    if (Math.abs(got - want) > 0.03 && Math.abs(barBox.width - want * trackBox.width) > 3) {
      problems.push(`bar ${i + 1} is ${(got * 100).toFixed(0)}% long, its value says ${(want * 100).toFixed(0)}%`);
    }
  });
  return problems;
}

/**
 * Line breaks: the stored HTML rendered as it was written (its styles but layout modes, off screen,
 * in the same output container) against what the front end shows. Fewer lines: lines ran together.
 */
function lineProblems(stored: Document, rendered: Element): string[] {
  const baseline = document.createElement("div");
  baseline.className = rendered.className;
  const width = rendered.getBoundingClientRect().width;
  baseline.setAttribute("style", `position:absolute;left:-100000px;top:0;width:${width}px;`);
  const copy = stored.body.cloneNode(true) as HTMLElement;
  for (const e of copy.querySelectorAll<HTMLElement>("*")) {
    for (const a of [...e.attributes]) if (a.name.startsWith("on")) e.removeAttribute(a.name);
    // Flex and grid items count as lines of their own in innerText; only breaks in the text should count.
    e.style.removeProperty("display");
  }
  baseline.append(...document.adoptNode(copy).childNodes);
  (rendered.parentElement ?? document.body).append(baseline);
  const lines = (e: HTMLElement) =>
    // biome-ignore lint/performance/useDomNodeTextContent: the lines as rendered are the point, which textContent ignores
    e.innerText
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean).length;
  const want = lines(baseline);
  const got = lines(rendered as HTMLElement);
  baseline.remove();
  return got < want ? [`lines run together: ${got} lines shown of ${want}`] : [];
}

/** Token chips: each token must stand apart from its neighbours (a background, a border or a box). */
function tokenProblems(rendered: Element): string[] {
  const chips = [...rendered.querySelectorAll(".wb-token")];
  // A visible separator next to a chip (line breaks aside) marks its edge.
  const separated = (chip: Element, step: "nextElementSibling" | "previousElementSibling") => {
    let next = chip[step];
    while (next?.localName === "br") next = next[step];
    return next?.classList.contains("wb-token-sep") === true && visible(next);
  };
  const plain = chips.filter((chip) => {
    if (separated(chip, "nextElementSibling") || separated(chip, "previousElementSibling")) return false;
    const s = getComputedStyle(chip);
    const background = s.backgroundColor !== "rgba(0, 0, 0, 0)" && s.backgroundColor !== "transparent";
    const border = Number.parseFloat(s.borderBottomWidth) > 0 || Number.parseFloat(s.borderLeftWidth) > 0;
    return !background && !border;
  });
  return plain.length > 0 ? [`${plain.length} of ${chips.length} token chips do not stand apart`] : [];
}

/** Line charts: the drawing is there and has a size. */
function lineChartProblems(rendered: Element): string[] {
  const charts = [...rendered.querySelectorAll(".wb-line-chart")];
  return charts.flatMap((chart, i) => {
    const drawing = chart.querySelector("svg, img");
    return drawing && visible(drawing) ? [] : [`line chart ${i + 1} has no drawing`];
  });
}

export async function inspectOutputs(frontEnd: FrontEnd, stored: readonly StoredOutput[]): Promise<OutputReport[]> {
  // Images (the charts' pictures) decode asynchronously: wait for them before measuring.
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  const cells = cellElements(frontEnd);
  const parser = new DOMParser();
  return stored.map((s) => {
    const found = cells[s.cell] ? outputElement(frontEnd, cells[s.cell], s.output) : null;
    const report: OutputReport = {
      cell: s.cell,
      output: s.output,
      mime: s.mime,
      renderedMime: found?.mime ?? "",
      lostTags: [],
      styles: { stored: 0, kept: 0 },
      problems: [],
    };
    if (!found) {
      report.problems.push("not rendered");
      return report;
    }
    if (found.mime !== s.mime) report.problems.push(`rendered as ${found.mime || "nothing"}, stored as ${s.mime}`);
    if (!visible(found.node)) report.problems.push("takes no room on the page");
    if (s.html === undefined || found.mime !== "text/html") return report;

    const doc = parser.parseFromString(s.html, "text/html");
    if (normal(doc.body.textContent) !== normal(found.node.textContent)) report.problems.push("text differs");
    const have = tagCounts(found.node);
    for (const [tag, n] of tagCounts(doc.body)) {
      if ((have.get(tag) ?? 0) < n) report.lostTags.push(`${tag} (${n - (have.get(tag) ?? 0)} of ${n})`);
    }
    if (report.lostTags.length > 0) report.problems.push(`elements removed: ${report.lostTags.join(", ")}`);
    report.styles = { stored: styleCount(doc.body), kept: styleCount(found.node) };
    report.problems.push(
      ...barProblems(doc, found.node),
      ...tokenProblems(found.node),
      ...lineChartProblems(found.node),
      ...lineProblems(doc, found.node),
    );
    return report;
  });
}

function cellOutputTexts(frontEnd: FrontEnd, cell: Element): string[] {
  const texts: string[] = [];
  for (let o = 0; ; o++) {
    const found = outputElement(frontEnd, cell, o);
    if (!found) return texts;
    texts.push(found.node.textContent ?? "");
  }
}

/** What each output position ("cell:output") showed over time, since its cell last cleared its outputs. */
export type OutputHistory = Record<string, string[]>;

let history: OutputHistory = {};
let observer: MutationObserver | null = null;
/** When the first output appeared after watchOutputs (ms since the page started loading). */
let firstOutputAt: number | null = null;

/**
 * Records every state each output passes through from now on (a MutationObserver sees each kernel
 * message's DOM change): a stream updated in place shows as one position with many states, a
 * stream that appends as many positions with one state each.
 */
export function watchOutputs(frontEnd: FrontEnd): void {
  history = {};
  firstOutputAt = null;
  observer?.disconnect();
  const cellSelector = frontEnd === "lab" ? ".jp-Cell" : ".cell";
  observer = new MutationObserver((mutations) => {
    const touched = new Set<Element>();
    for (const m of mutations) {
      const target = m.target instanceof Element ? m.target : m.target.parentElement;
      const cell = target?.closest(cellSelector);
      if (cell) touched.add(cell);
    }
    const cells = cellElements(frontEnd);
    for (const cell of touched) {
      const c = cells.indexOf(cell);
      if (c < 0) continue;
      const texts = cellOutputTexts(frontEnd, cell);
      for (const key of Object.keys(history)) {
        const [kc, ko] = key.split(":").map(Number);
        if (kc === c && ko >= texts.length) delete history[key];
      }
      texts.forEach((text, o) => {
        const key = `${c}:${o}`;
        history[key] ??= [];
        const states = history[key];
        if (states[states.length - 1] !== text) states.push(text);
        if (text.trim() && firstOutputAt === null) firstOutputAt = performance.now();
      });
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}

export function watchedOutputs(): { history: OutputHistory; firstOutputAt: number | null } {
  return { history, firstOutputAt };
}

/** Each listed cell's grade as the page shows it: the text of its visible grade display, or "" when none. */
export function gradesIn(frontEnd: FrontEnd, cellIndices: number[]): string[] {
  const cells = cellElements(frontEnd);
  return cellIndices.map((c) => {
    const grade = [...(cells[c]?.querySelectorAll(".wb-grade, .wb-grades") ?? [])].find(visible) as
      | HTMLElement
      | undefined;
    // biome-ignore lint/performance/useDomNodeTextContent: the grade's lines as rendered
    return grade?.innerText ?? "";
  });
}

declare global {
  interface Window {
    outputProbe: {
      inspectOutputs: typeof inspectOutputs;
      watchOutputs: typeof watchOutputs;
      watchedOutputs: typeof watchedOutputs;
      gradesIn: typeof gradesIn;
    };
  }
}

window.outputProbe = { inspectOutputs, watchOutputs, watchedOutputs, gradesIn };
