/**
 * A minimal JupyterLab 4 notebook app, assembled from JupyterLab's npm packages the way JupyterLab's
 * own examples/notebook does: one NotebookPanel with the standard renderers, MathJax and JupyterLab's
 * default sanitizer, a document manager and a kernel session, talking to any Jupyter server's REST
 * and websocket API (here Debian's classic Notebook server). The test driver (driver.ts) opens
 * `index.html?path=<notebook>&token=<token>` and works through `window.labBench`.
 */
import "./style";

import { SessionContextDialogs, Toolbar as AppToolbar } from "@jupyterlab/apputils";
import {
  CodeMirrorEditorFactory,
  CodeMirrorMimeTypeService,
  EditorExtensionRegistry,
  EditorLanguageRegistry,
  EditorThemeRegistry,
  ybinding,
} from "@jupyterlab/codemirror";
import { PageConfig } from "@jupyterlab/coreutils";
import { DocumentManager } from "@jupyterlab/docmanager";
import { DocumentRegistry } from "@jupyterlab/docregistry";
import { createMarkdownParser } from "@jupyterlab/markedparser-extension";
import { MathJaxTypesetter } from "@jupyterlab/mathjax-extension";
import {
  ExecutionIndicator,
  NotebookActions,
  NotebookModelFactory,
  NotebookPanel,
  NotebookWidgetFactory,
  StaticNotebook,
} from "@jupyterlab/notebook";
import { RenderMimeRegistry, standardRendererFactories } from "@jupyterlab/rendermime";
import { ServiceManager } from "@jupyterlab/services";
import { Toolbar } from "@jupyterlab/ui-components";
import type { IYText } from "@jupyter/ydoc";
import { BoxPanel, Widget } from "@lumino/widgets";

/** What the driver calls in the page. */
export interface LabBench {
  /** Resolves once the notebook's cells are rendered (its kernel may still be starting). */
  opened: Promise<void>;
  /** Resolves with the kernel's display name once the session has a kernel. */
  kernelReady(): Promise<string>;
  /** Runs every cell as Run All does; resolves true when every cell ran without an error. */
  runAll(): Promise<boolean>;
  /** Runs one cell (0-based index), as Shift+Enter on it does. */
  runCell(index: number): Promise<boolean>;
  /** Whether JupyterLab considers each code cell trusted (stored outputs of untrusted cells are sanitized). */
  trusted(): boolean[];
  /** Every cell's outputs as the notebook model holds them now (nbformat JSON). */
  outputs(): CellOutputs[];
}

export interface CellOutputs {
  type: string;
  tags: string[];
  source: string;
  outputs: Record<string, unknown>[];
}

declare global {
  interface Window {
    labBench: LabBench;
  }
}

const query = new URLSearchParams(window.location.search);
PageConfig.setOption("baseUrl", "/");
PageConfig.setOption("token", query.get("token") ?? "");
const notebookPath = query.get("path") ?? "";

function createApp(manager: ServiceManager.IManager): LabBench {
  const languages = new EditorLanguageRegistry();
  for (const language of EditorLanguageRegistry.getDefaultLanguages()) {
    if (["javascript", "typescript"].includes(language.name.toLowerCase())) languages.addLanguage(language);
  }
  const rendermime = new RenderMimeRegistry({
    initialFactories: standardRendererFactories,
    // JupyterLab typesets HTML outputs with MathJax too: two dollar signs in a table read as TeX.
    latexTypesetter: new MathJaxTypesetter(),
    markdownParser: createMarkdownParser(languages),
  });

  const docRegistry = new DocumentRegistry();
  const opener = {
    open: () => undefined,
    get opened() {
      return { connect: () => false, disconnect: () => false };
    },
  };
  const docManager = new DocumentManager({ registry: docRegistry, manager, opener });
  // The bench works on a copy of the workbook, but a save would still mark the copy trusted mid-run.
  docManager.autosave = false;

  const extensions = () => {
    const themes = new EditorThemeRegistry();
    for (const theme of EditorThemeRegistry.getDefaultThemes()) themes.addTheme(theme);
    const registry = new EditorExtensionRegistry();
    for (const factory of EditorExtensionRegistry.getDefaultExtensions({ themes })) registry.addExtension(factory);
    registry.addExtension({
      name: "shared-model-binding",
      factory: (options) => {
        const sharedModel = options.model.sharedModel as IYText;
        return EditorExtensionRegistry.createImmutableExtension(
          ybinding({ ytext: sharedModel.ysource, undoManager: sharedModel.undoManager ?? undefined }),
        );
      },
    });
    return registry;
  };
  const editorFactory = new CodeMirrorEditorFactory({ extensions: extensions(), languages });
  const sessionDialogs = new SessionContextDialogs();
  const widgetFactory = new NotebookWidgetFactory({
    name: "Notebook",
    modelName: "notebook",
    fileTypes: ["notebook"],
    defaultFor: ["notebook"],
    preferKernel: true,
    canStartKernel: true,
    rendermime,
    contentFactory: new NotebookPanel.ContentFactory({ editorFactory: editorFactory.newInlineEditor }),
    mimeTypeService: new CodeMirrorMimeTypeService(languages),
    // The kernel's name and state as JupyterLab's notebook toolbar shows them.
    toolbarFactory: (panel: NotebookPanel) => [
      { name: "spacer", widget: Toolbar.createSpacerItem() },
      { name: "kernelName", widget: AppToolbar.createKernelNameItem(panel.sessionContext, sessionDialogs) },
      { name: "executionProgress", widget: ExecutionIndicator.createExecutionIndicatorItem(panel) },
    ],
    // Every cell in the DOM (no virtual scrolling), so every output can be counted and photographed.
    notebookConfig: { ...StaticNotebook.defaultNotebookConfig, windowingMode: "none" },
  });
  docRegistry.addModelFactory(new NotebookModelFactory({}));
  docRegistry.addWidgetFactory(widgetFactory);

  const panel = docManager.open(notebookPath) as NotebookPanel;
  const main = new BoxPanel();
  main.id = "main";
  main.addClass("jp-ThemedContainer");
  BoxPanel.setStretch(panel, 1);
  main.addWidget(panel);
  Widget.attach(main, document.body);
  window.addEventListener("resize", () => main.update());

  const session = panel.sessionContext;
  return {
    opened: panel.context.ready.then(() => panel.revealed),
    kernelReady: async () => {
      await session.ready;
      return session.kernelDisplayName;
    },
    runAll: async () => {
      await session.ready;
      return NotebookActions.runAll(panel.content, session, sessionDialogs);
    },
    runCell: async (index: number) => {
      await session.ready;
      panel.content.activeCellIndex = index;
      panel.content.deselectAll();
      return NotebookActions.run(panel.content, session, sessionDialogs);
    },
    trusted: () => panel.content.widgets.filter((c) => c.model.type === "code").map((c) => c.model.trusted),
    outputs: () =>
      panel.content.widgets.map((cell) => {
        const json = cell.model.toJSON() as { outputs?: Record<string, unknown>[]; metadata?: { tags?: string[] } };
        return {
          type: cell.model.type,
          tags: json.metadata?.tags ?? [],
          source: cell.model.sharedModel.getSource(),
          outputs: json.outputs ?? [],
        };
      }),
  };
}

const manager = new ServiceManager();
window.labBench = {
  opened: manager.ready.then(() => {
    const bench = createApp(manager);
    Object.assign(window.labBench, bench);
    return bench.opened;
  }),
} as LabBench;
