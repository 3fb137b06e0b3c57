import { createRequire } from "node:module";
import { DEFAULT_MODEL } from "../src/api/catalog";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  barChartHtml,
  barChartText,
  lineChartHtml,
  lineChartSvg,
  lineChartText,
  niceCeiling,
  textBar,
} from "../src/workbook/charts";
import { htmlToText, sideBySideHtml, sideBySideText } from "../src/workbook/display";
import { formatBytes, formatDuration, formatJson, formatNumber, formatUsd } from "../src/workbook/format";
import { escapeHtml, svgOfImage } from "../src/workbook/html";
import { liveDisplay, statusScreen, statusScreenHtml } from "../src/workbook/live";
import { tableHtml, tableText } from "../src/workbook/table";
import { tokenPieces, tokensHtml, tokensText } from "../src/workbook/tokenchips";
import { countTokens } from "../src/api/tokens";
import {
  branchLayout,
  branchTreeHtml,
  branchTreeText,
  transcriptHtml,
  transcriptText,
  type TranscriptMessage,
} from "../src/workbook/transcript";
import {
  showBarChart,
  showHtml,
  showMarkdown,
  showSideBySide,
  showTable,
  showTokens,
  showTranscript,
} from "../src/workbook/index";

const ATTACK = `<img src=x onerror="alert('pwned')"> & <script>alert(1)</script>`;

/** Every display's HTML, for the checks that apply to all of them. */
function everyDisplay(content: string): string[] {
  return [
    tableHtml([{ name: content, n: 1 }], { caption: content }),
    transcriptHtml([{ role: "user", content }], { title: content }),
    barChartHtml([{ label: content, value: 1 }], { title: content }),
    lineChartHtml([{ name: content, values: [1, 2] }], { title: content, xLabel: content, labels: [content, content] }),
    sideBySideHtml([{ title: content, body: content }]),
    branchTreeHtml(branchLayout([{ id: content, messages: [{ role: "user", content }] }]), {
      title: content,
      current: content,
    }),
    statusScreenHtml(content, content),
    tokensHtml(content, tokenPieces(content)),
  ];
}

afterEach(() => vi.restoreAllMocks());

describe("HTML output", () => {
  it("escapes every character that could start markup", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("never lets content become markup, in any display", () => {
    for (const html of everyDisplay(ATTACK)) {
      // The only images are the displays' own pictures, SVG in a data URI, and they hold no markup of the content either.
      expect(html).not.toMatch(/<img(?! class="wb-[a-z-]+" src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+")/);
      for (const svg of svgOfImage(html)) expect(svg).not.toMatch(/<img|<script/);
      expect(html).not.toContain("<script");
      expect(htmlToText(html), "the content must still read as written").toContain(ATTACK);
    }
  });

  it("is self-contained: no scripts, style sheets or remote resources", () => {
    for (const html of everyDisplay("plain text")) {
      const ownImages = /src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+"/g;
      expect(html.replace(ownImages, "")).not.toMatch(/<script|<link|<style|@import|url\(|src=|https?:/i);
      for (const svg of svgOfImage(html)) {
        expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/<script|<style|url\(|href|https?:/i);
      }
      expect(html).toMatch(/^<div class="wb-[a-z-]+" style="/);
    }
  });

  it("keeps to colours that read on light and dark themes (inherited text, translucent fills)", () => {
    for (const html of everyDisplay("x")) {
      // No opaque page colours: backgrounds are rgba(); the only literal colour is white text on solid pills.
      expect(html).not.toMatch(/background:\s*#/i);
      for (const [, colour] of html.matchAll(/[^-]color:([^;"]+)/g))
        expect(colour).toMatch(/^(inherit|#fff|currentColor)$/);
    }
  });
});

describe("showTable", () => {
  const rows = [
    { model: "gpt-4o-mini", input: 0.15, context: 128000 },
    { model: "gpt-4.1", input: 2, context: 1047576, note: "two\nlines" },
  ];

  it("formats numbers for people and right-aligns numeric columns", () => {
    const html = tableHtml(rows);
    expect(html).toContain("1,047,576");
    expect(html).toMatch(/text-align:right[^>]*>128,000</);
    expect(html).toMatch(/text-align:left[^>]*>gpt-4o-mini</);
  });

  it("takes columns (order and subset), a caption and alignment from the options", () => {
    const text = tableText(rows, { columns: ["context", "model"], caption: "Models", align: { model: "right" } });
    expect(text.split("\n")).toEqual([
      "Models",
      "  context        model",
      "─────────  ───────────",
      "  128,000  gpt-4o-mini",
      "1,047,576      gpt-4.1",
    ]);
  });

  it("lists the union of keys by default and shows missing values as empty", () => {
    const html = tableHtml(rows);
    expect(html.match(/<th /g)).toHaveLength(4);
    expect(tableText(rows)).toContain("two↵lines");
    expect(tableText([])).toContain("(no rows)");
  });
});

describe("showTranscript", () => {
  const conversation: TranscriptMessage[] = [
    { role: "system", content: "You are terse." },
    { role: "developer", content: "Answer in French." },
    { role: "user", content: "Line one\n    indented line" },
    {
      role: "assistant",
      content: null,
      tool_calls: [
        { id: "call_1", type: "function", function: { name: "get_weather", arguments: '{"city":"Paris"}' } },
      ],
    },
    { role: "tool", tool_call_id: "call_1", content: '{"temp":21}' },
    { role: "assistant", content: "Il fait 21 °C.", refusal: null },
  ];

  it("styles each role distinctly", () => {
    const html = transcriptHtml(conversation);
    const bubbles = [...html.matchAll(/class="wb-msg wb-role-(\w+)" style="border-left:3px solid (rgba\([^)]*\))/g)];
    const colourOf = Object.fromEntries(bubbles.map((m) => [m[1], m[2]]));
    expect(Object.keys(colourOf).sort()).toEqual(["assistant", "developer", "system", "tool", "user"]);
    expect(new Set(Object.values(colourOf)).size).toBe(5);
  });

  it("keeps newlines and indentation, and shows tool calls, tool replies and refusals", () => {
    const html = transcriptHtml([
      ...conversation,
      { role: "assistant", content: null, refusal: "I can't help with that." },
    ]);
    // <br>, not a bare newline: an untrusted notebook's sanitizer may drop the pre-wrap style.
    expect(html).toContain("Line one<br>    indented line");
    expect(html).toContain("white-space:pre-wrap");
    expect(html).toContain("get_weather({&quot;city&quot;:&quot;Paris&quot;})");
    expect(html).toContain("reply to call_1");
    expect(html).toMatch(/refused:.*I can&#39;t help with that\./);
  });

  it("prints [role] lines as plain text, continuation lines aligned", () => {
    expect(transcriptText(conversation.slice(0, 3)).split("\n")).toEqual([
      "[system] You are terse.",
      "[developer] Answer in French.",
      "[user] Line one",
      "           indented line",
    ]);
    expect(transcriptText(conversation)).toContain('[assistant] → get_weather({"city":"Paris"})');
  });

  it("reads content parts, not only strings", () => {
    const text = transcriptText([
      {
        role: "user",
        content: [
          { type: "text", text: "What is this?" },
          { type: "image_url", image_url: { url: "https://example.com/cat.png" } },
        ],
      },
    ]);
    expect(text).toBe("[user] What is this?\n       [image: https://example.com/cat.png]");
  });
});

describe("showBarChart", () => {
  it("draws bars in proportion to the largest value, or to `max`", () => {
    const data = [
      { label: "a", value: 4 },
      { label: "b", value: 1 },
    ];
    // Each bar is an image of its track (320 wide) with the bar drawn over it.
    const lengths = (html: string) =>
      svgOfImage(html).map((svg) => [...svg.matchAll(/<rect width="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(lengths(barChartHtml(data))).toEqual([
      [320, 320],
      [320, 80],
    ]);
    expect(lengths(barChartHtml(data, { max: 8 }))).toEqual([
      [320, 160],
      [320, 40],
    ]);
    expect(lengths(barChartHtml([{ label: "over", value: 20 }], { max: 8 }))).toEqual([[320, 320]]);
    expect(barChartHtml(data)).toMatch(/^<div class="wb-bar-chart"[^>]*><table class="wb-bars"/);
  });

  it("labels values with decimals and units", () => {
    const data = [{ label: "a", value: 1234.5 }];
    expect(barChartText(data, { unit: "tokens", decimals: 1 })).toContain("1,234.5 tokens");
    expect(barChartText([{ label: "p", value: 42 }], { unit: "%" })).toContain("42%");
    expect(barChartText([{ label: "cost", value: 0.00015 }], { unit: "$" })).toContain("$0.00015");
  });

  it("draws unicode block bars in plain text, to an eighth of a cell", () => {
    expect(textBar(1, 4)).toBe("████");
    expect(textBar(0.5, 4)).toBe("██");
    expect(textBar(1 / 32, 4)).toBe("▏");
    const lines = barChartText(
      [
        { label: "long label", value: 2 },
        { label: "x", value: 1 },
      ],
      { title: "T" },
    ).split("\n");
    expect(lines[0]).toBe("T");
    expect(lines[1].indexOf("█")).toBe(lines[2].indexOf("█"));
  });
});

describe("showLineChart", () => {
  const series = [
    { name: "prompt tokens", values: [100, 250, 400] },
    { name: "total so far", values: [100, 350, 750] },
  ];

  it("draws a line per series, a dot per point, on an axis that starts at 0 and ends at a round number", () => {
    const html = lineChartSvg(series, { unit: "tokens", xLabel: "turn" });
    expect(svgOfImage(lineChartHtml(series, { unit: "tokens", xLabel: "turn" }))).toContain(html);
    expect(html.match(/<polyline /g)).toHaveLength(2);
    expect(html.match(/<circle /g)).toHaveLength(6);
    expect(html).toContain(">0 tokens</text>");
    expect(html).toContain(">1,000 tokens</text>");
    expect(html).toContain("<title>total so far, turn 3: 750 tokens</title>");
    expect(niceCeiling(750)).toBe(1000);
    expect(niceCeiling(180)).toBe(200);
    expect(niceCeiling(0)).toBe(1);
  });

  it("puts the higher value higher on the plot", () => {
    const ys = [...lineChartSvg([{ name: "s", values: [1, 3] }]).matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map(
      (m) => Number(m[1]),
    );
    expect(ys[1]).toBeLessThan(ys[0]);
  });

  it("reads as a table in plain text", () => {
    expect(lineChartText(series, { title: "Resending history", xLabel: "turn" }).split("\n")).toEqual([
      "Resending history",
      "turn  prompt tokens  total so far",
      "────  ─────────────  ────────────",
      "1               100           100",
      "2               250           350",
      "3               400           750",
    ]);
    expect(lineChartText([])).toContain("(no data)");
  });
});

describe("showBranchTree", () => {
  const ask = (content: string): TranscriptMessage => ({ role: "user", content });
  const say = (content: string): TranscriptMessage => ({ role: "assistant", content });
  const main = [ask("Tagline?"), say("Wake up."), ask("Another?"), say("Sip slowly.")];
  const bolder = [ask("Tagline?"), say("Wake up."), ask("Bolder?"), say("ROAR.")];
  const tea = [...bolder, ask("Tea menu?"), say("Steep dreams.")];

  it("finds each branch's parent and fork point from the messages alone", () => {
    const layout = branchLayout([
      { id: "main", messages: main },
      { id: "branch-1", messages: bolder },
      { id: "branch-2", messages: tea },
    ]);
    expect(layout.map((b) => [b.id, b.parent, b.forkAt])).toEqual([
      ["main", null, 0],
      ["branch-1", "main", 2],
      ["branch-2", "branch-1", 4],
    ]);
  });

  it("draws every message once: shared messages on the branch that owns them", () => {
    const layout = branchLayout([
      { id: "main", messages: main },
      { id: "branch-1", messages: bolder },
      { id: "branch-2", messages: tea },
    ]);
    expect(branchTreeHtml(layout).match(/<circle /g)).toHaveLength(4 + 2 + 2);
    expect(branchTreeText(layout, { current: "branch-2" }).split("\n")).toEqual([
      "main",
      "  user: Tagline?",
      "  assistant: Wake up.",
      "  user: Another?",
      "  assistant: Sip slowly.",
      "branch-1 (from main after 2 messages)",
      "  user: Bolder?",
      "  assistant: ROAR.",
      "branch-2 (current) (from branch-1 after 4 messages)",
      "  user: Tea menu?",
      "  assistant: Steep dreams.",
    ]);
  });
});

describe("showSideBySide", () => {
  it("puts each panel in its own card, titled", () => {
    const panels = [
      { title: "Pirate", body: "Arr!" },
      { title: "Poet", body: "Roses\nare red" },
    ];
    const html = sideBySideHtml(panels);
    expect(html.match(/class="wb-panel"/g)).toHaveLength(2);
    expect(html).toContain("display:flex");
    expect(sideBySideText(panels)).toMatch(/── Pirate ─+\nArr!\n\n── Poet ─+\nRoses\nare red/);
  });
});

describe("showTokens", () => {
  const text = "Hello, world! 你好 👋\n\tdone <b>";

  it("cuts the text where the tokenizer does, and the pieces join back to the text", () => {
    const pieces = tokenPieces(text);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.reduce((n, p) => n + p.ids.length, 0)).toBe(countTokens(text));
    expect(pieces.some((p) => p.ids.length > 1)).toBe(true); // the emoji needs two tokens for one character
  });

  it("shows every token as a chip, with the count", () => {
    const pieces = tokenPieces(text);
    const html = tokensHtml(text, pieces);
    expect(html.match(/class="wb-token"/g)).toHaveLength(pieces.length);
    expect(html).toContain(`${countTokens(text)} tokens`);
    expect(html).not.toContain("<b>");
    expect(htmlToText(html)).toContain("⇥done <b>");
    expect(tokensText("Hello world", tokenPieces("Hello world"))).toBe(
      `2 tokens · 11 characters · o200k_base (${DEFAULT_MODEL})\n[Hello][ world]\nids: 13225 2375`,
    );
  });
});

describe("number formats", () => {
  it("formats numbers and money for people", () => {
    expect(formatNumber(1234567)).toBe("1,234,567");
    expect(formatNumber(3.14159)).toBe("3.14");
    expect(formatNumber(0.000123)).toBe("0.000123");
    expect(formatNumber(2, 2)).toBe("2.00");
    expect(formatUsd(12.5)).toBe("$12.50");
    expect(formatUsd(0.5)).toBe("$0.50");
    expect(formatUsd(0.0123)).toBe("$0.0123");
    expect(formatUsd(0.00015)).toBe("$0.00015");
    expect(formatUsd(1234.567)).toBe("$1,234.57");
    expect(formatUsd(-2)).toBe("-$2.00");
    expect(formatDuration(87.4)).toBe("87 ms");
    expect(formatDuration(1234)).toBe("1.23 s");
    expect(formatBytes(2048)).toBe("2 kB");
  });

  it("lays out JSON compactly, a line per top-level field", () => {
    expect(formatJson({ model: "m", messages: [{ role: "user", content: "hi" }] })).toBe(
      '{\n  "model": "m",\n  "messages": [{"role": "user", "content": "hi"}]\n}',
    );
  });
});

describe("outside a notebook", () => {
  it("every show function prints plain text", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    showTable([{ a: 1 }]);
    showTranscript([{ role: "system", content: "Be brief." }]);
    showBarChart([{ label: "x", value: 1 }]);
    showSideBySide([{ title: "t", body: "b" }]);
    showTokens("Hi");
    showMarkdown("**bold**");
    showHtml("<p>a &amp; b</p><p>c</p>");
    const printed = log.mock.calls.map((c) => String(c[0]));
    expect(printed).toHaveLength(7);
    expect(printed[1]).toBe("[system] Be brief.");
    expect(printed[5]).toBe("**bold**");
    expect(printed[6]).toBe("a & b\nc");
    for (const text of printed.slice(0, 5)) expect(text).not.toMatch(/<\w/);
  });

  it("a live display prints its final text once, at done()", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const live = liveDisplay();
    live.update("Hel");
    live.update("Hello");
    expect(log).not.toHaveBeenCalled();
    live.done();
    live.done();
    expect(log.mock.calls).toEqual([["Hello"]]);
  });

  it("a live display that was never updated prints nothing at done()", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    liveDisplay().done();
    expect(log).not.toHaveBeenCalled();
  });

  it("a status screen keeps one status line below the reply: the newest one", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const screen = statusScreen();
    screen.write("Hel");
    screen.status("1 tokens · 0.1s");
    screen.write("lo");
    screen.status("2 tokens · 0.2s");
    expect(screen.done()).toEqual({ writes: 2, statusUpdates: 2 });
    expect(log.mock.calls).toEqual([["Hello\n2 tokens · 0.2s"]]);
  });

  it("htmlToText keeps the words", () => {
    expect(htmlToText("<table><tr><td>a</td><td>b</td></tr></table><br>x &lt;y&gt;")).toBe("a\tb\t\n\nx <y>");
  });
});

// tslab's executor is what runs notebook cells; loading it natively shares its modules with the kernel's.
describe("inside tslab", () => {
  it("every display sends its rich form and a text/plain twin in one message, and a live display updates one output", {
    timeout: 90_000,
  }, async () => {
    const require = createRequire(import.meta.url);
    const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };
    const { createConverter } = require("tslab/dist/converter") as typeof import("tslab/dist/converter");
    const { createExecutor } = require("tslab/dist/executor") as typeof import("tslab/dist/executor");
    const outputs: { data: Record<string, string>; displayId?: string; update: boolean }[] = [];
    jupyter.lastWriteDisplayData = (
      msg: { data: Record<string, string>; transient: { display_id?: string } },
      update: boolean,
    ) => outputs.push({ data: msg.data, displayId: msg.transient.display_id, update: !!update });
    const errors: string[] = [];
    const printed: string[] = [];
    const node = createConverter({ isJS: false, isBrowser: false });
    const executor = createExecutor(
      process.cwd(),
      { node, browser: node, close: () => node.close() },
      {
        log: (...args: unknown[]) => printed.push(args.join(" ")),
        error: (...args: unknown[]) => errors.push(args.join(" ")),
      },
    );
    const run = async (code: string) => {
      const before = outputs.length;
      expect(await executor.execute(code), `cell failed: ${code}\n${errors.join("\n")}`).toBe(true);
      return outputs.slice(before);
    };
    try {
      await run(
        `import * as wb from "./src/workbook/index"; import { liveDisplay } from "./src/workbook/live"; import { showLineChart } from "./src/workbook/charts"; import { showBranchTree } from "./src/workbook/transcript";`,
      );
      const [table] = await run(`wb.showTable([{ a: 1, b: "<i>x</i>" }])`);
      expect(Object.keys(table.data).sort()).toEqual(["text/html", "text/plain"]);
      // Wrapped so that MathJax leaves dollar amounts alone.
      expect(table.data["text/html"]).toMatch(/^<div class="tex2jax_ignore"><div class="wb-table"/);
      expect(table.data["text/html"]).toContain("&lt;i&gt;x&lt;/i&gt;");
      expect(table.data["text/plain"]).toBe(tableText([{ a: 1, b: "<i>x</i>" }]));

      // Each show function: one message, HTML and its own plain text, which says what the HTML says.
      const cells: [string, string | RegExp][] = [
        [`wb.showTranscript([{ role: "user", content: "Hi there" }])`, "[user] Hi there"],
        [`wb.showBarChart([{ label: "tokens", value: 42 }], { title: "T" })`, /^T\ntokens\s+█+\s+42$/],
        [`showLineChart([{ name: "per turn", values: [3, 5] }], { title: "L" })`, /^L\n.*per turn/],
        [`wb.showSideBySide([{ title: "Pirate", body: "Arr!" }])`, /── Pirate ─+\nArr!/],
        [
          `showBranchTree([{ id: "main", messages: [{ role: "user", content: "Hi" }] }], { current: "main" })`,
          "main (current)\n  user: Hi",
        ],
        [`wb.showTokens("Hello world")`, /^2 tokens · 11 characters/],
        [`wb.showHtml("<p>a &amp; b</p>")`, "a & b"],
        [`wb.showHtml("<svg><title>tree</title></svg>", "main ─ branch-1")`, "main ─ branch-1"],
      ];
      for (const [code, text] of cells) {
        const shown = await run(code);
        expect(shown, code).toHaveLength(1);
        expect(Object.keys(shown[0].data).sort(), code).toEqual(["text/html", "text/plain"]);
        expect(shown[0].data["text/plain"], code).toMatch(
          typeof text === "string" ? new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) : text,
        );
        expect(shown[0].data["text/plain"], code).not.toMatch(/<\w/);
      }
      const [md] = await run(`wb.showMarkdown("**bold**")`);
      expect(md.data).toEqual({ "text/markdown": "**bold**", "text/plain": "**bold**" });
      expect(printed, "in a notebook nothing is printed twice").toEqual([]);

      const live = await run(
        `const live = liveDisplay(); live.update("a"); await new Promise((r) => setTimeout(r, 60)); live.update("ab"); live.done();`,
      );
      expect(live.map((o) => o.update)).toEqual([false, true, true]);
      expect(new Set(live.map((o) => o.displayId)).size).toBe(1);
      expect(live[0].displayId).toMatch(/^[0-9a-f]{16}$/);
      expect(live[2].data["text/html"]).toContain(">ab</div>");
      expect(live[2].data["text/plain"]).toBe("ab");
    } finally {
      jupyter.lastWriteDisplayData = null;
      executor.close();
    }
  });
});
