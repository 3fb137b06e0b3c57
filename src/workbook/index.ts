/**
 * The workbook's helper module: every notebook starts with `import ... from "./src/workbook"`, and
 * every exercise stub imports `todo` from it. About thirty names, grouped by the lesson that introduces
 * them; everything else stays reachable by its own path (src/workbook/<file>, src/api/, src/course/).
 *
 * Importing it is light: no client is created and the offline model is not loaded until the first
 * request, and a tokenizer's rank table only on the first count with that encoding.
 */
import * as catalog from "../api/catalog";
import * as tokens from "../api/tokens";
import * as course from "../course/exercises";
import * as charts from "./charts";
import * as clients from "./client";
import { lazyClient } from "./default-client";
import * as display from "./display";
import * as format from "./format";
import * as grading from "./grade";
import * as live from "./live";
import * as streams from "./streams";
import * as table from "./table";
import * as tokenchips from "./tokenchips";
import * as notStarted from "./todo";
import * as transcript from "./transcript";
import * as wires from "./wire";
import * as wireview from "./wireview";

// ---- 00 getting started: a client, the backend that answers, and the HTTP underneath -----------

/**
 * A client on the default backend (the offline model unless OPENAI_API_KEY is set), created on its
 * first request, not at import.
 * @example const reply = await client.chat.completions.create({ model: DEFAULT_MODEL, messages: [{ role: "user", content: "Hi" }] });
 */
export const client = lazyClient();

/**
 * A real `OpenAI` client on the backend the environment selects, with options of your own.
 * @example const noRetries = createClient({ maxRetries: 0, offline: { fault: "429*2" } });
 */
export const createClient = clients.createClient;

/**
 * Which backend answers, and a one-line description of it (never the key).
 * @example console.log(`Answering: ${currentBackend().description}`);
 */
export const currentBackend = clients.currentBackend;

/**
 * A recorder of every HTTP exchange of the clients you give it.
 * @example const log = wire(); const traced = createClient({ wire: log });
 */
export const wire = wires.wire;

/**
 * Shows recorded exchanges: method, URL, headers (key redacted), bodies, stream frames.
 * @example showWire(log, { last: 1 });
 */
export const showWire = wireview.showWire;

// ---- models, context windows and prices (00, 02, 04, 08) ---------------------------------------

/**
 * Every model the workbook knows: context window, output limit, encoding, prices.
 * @example showTable(MODELS.map((m) => ({ model: m.id, context: m.contextWindow })));
 */
export const MODELS = catalog.MODELS;

/**
 * The model the notebooks use unless told otherwise.
 * @example await client.chat.completions.create({ model: DEFAULT_MODEL, messages });
 */
export const DEFAULT_MODEL = catalog.DEFAULT_MODEL;

/**
 * The day the catalog's prices were copied from OpenAI's pricing page.
 * @example console.log(`prices as of ${PRICES_AS_OF}`);
 */
export const PRICES_AS_OF = catalog.PRICES_AS_OF;

/**
 * A model's catalog entry; throws with the list of known models for an unknown id.
 * @example getModel("gpt-4o-mini").contextWindow; // 128000
 */
export const getModel = catalog.getModel;

/**
 * A model's catalog entry, or undefined for a model the workbook does not know.
 * @example findModel(params.model)?.reasoning
 */
export const findModel = catalog.findModel;

/**
 * The sampling options a model accepts: `{ reasoning_effort: "none" }` for a reasoning model that samples only
 * at that effort, `{}` for a chat model.
 * @example await client.chat.completions.create({ model, messages, temperature: 0.7, ...samplingOptions(model) });
 */
export const samplingOptions = catalog.samplingOptions;

/**
 * What `model` takes at a reasoning effort (the one given, else its default), parameter by parameter:
 * "accepted", "default only" (only the value in SAMPLING_DEFAULTS) or "rejected"; throws for a model
 * the catalog does not know or an effort the model does not take.
 * @example samplingRules("gpt-5").temperature; // "default only"
 */
export const samplingRules = catalog.samplingRules;

/** The default value of each sampling parameter, the one "default only" allows: temperature 1, top_p 1, penalties 0. */
export const SAMPLING_DEFAULTS = catalog.SAMPLING_DEFAULTS;

/**
 * What a request cost in USD, from the `usage` the API reported.
 * @example costUsd(response.model, response.usage!)
 */
export const costUsd = catalog.costUsd;

// ---- tokens (02, 04) ---------------------------------------------------------------------------

/**
 * How many tokens a text is for a model (content only, no message framing).
 * @example countTokens("Hello, world!"); // 4
 */
export const countTokens = tokens.countTokens;

/**
 * The prompt tokens the API bills for a message list (framing and reply priming included).
 * @example countMessageTokens([{ role: "user", content: "Hi" }]); // 8
 */
export const countMessageTokens = tokens.countMessageTokens;

/**
 * The text of a message's content, whether a string or a list of parts.
 * @example contentText(messages[0].content)
 */
export const contentText = tokens.contentText;

/**
 * The token ids of a text under a model's encoding.
 * @example encode("temperature").length
 */
export const encode = tokens.encode;

/**
 * Shows a text as coloured token chips, with the count.
 * @example showTokens("Tokenization is not word splitting.");
 */
export const showTokens = tokenchips.showTokens;

// ---- displays (every notebook): HTML in a notebook, plain text anywhere else -------------------

/**
 * A table of rows (objects), with optional caption and column alignment.
 * @example showTable([{ temperature: 0, answer: "..." }], { caption: "One prompt, two temperatures" });
 */
export const showTable = table.showTable;

/**
 * A conversation as chat bubbles, one per message, coloured by role.
 * @example showTranscript(messages, { title: "What the model sees" });
 */
export const showTranscript = transcript.showTranscript;

/**
 * Panels next to each other, to compare answers.
 * @example showSideBySide([{ title: "before", body: a }, { title: "after", body: b }]);
 */
export const showSideBySide = display.showSideBySide;

/**
 * A horizontal bar chart.
 * @example showBarChart([{ label: "gpt-4o-mini", value: 0.6 }], { title: "USD per 1M output tokens" });
 */
export const showBarChart = charts.showBarChart;

/**
 * Renders Markdown (printed as it is outside a notebook).
 * @example showMarkdown("**bold** and a [link](https://platform.openai.com/docs)");
 */
export const showMarkdown = display.showMarkdown;

/**
 * Renders trusted HTML (escape model text first); its text outside a notebook.
 * @example showHtml("<b>done</b>");
 */
export const showHtml = display.showHtml;

/**
 * A price in USD, with as many decimals as small amounts need.
 * @example formatUsd(0.000123); // "$0.000123"
 */
export const formatUsd = format.formatUsd;

// ---- streaming (03, 06) ------------------------------------------------------------------------

/**
 * Renders a stream as it arrives, with tokens, time to first token and speed; returns the text and stats.
 * @example const stats = await showStream(() => client.chat.completions.create({ ...request, stream: true }));
 */
export const showStream = streams.showStream;

/**
 * One output that updates in place (a notebook display, a redrawn line in a terminal).
 * @example const view = liveDisplay(); view.update("thinking..."); view.update("thinking... done"); view.done();
 */
export const liveDisplay = live.liveDisplay;

// ---- exercises and grading (01-08) -------------------------------------------------------------

/**
 * Marks an exercise body you have not written yet: the graders report it as "not started".
 * @example export function withSystemMessage(...) { return todo("Return a new list ..."); }
 */
// The explicit type lets TypeScript see that code after a bare `todo(...)` call never runs.
export const todo: (hint?: string) => never = notStarted.todo;

/**
 * True for the error todo() throws: a try cell can tell "not started" from a real bug.
 * @example catch (e) { if (isNotStarted(e)) console.log("not started yet"); else throw e; }
 */
export const isNotStarted = notStarted.isNotStarted;

/**
 * The course's exercises, in order: name, title, notebook, what you write, hints.
 * @example showTable(EXERCISES.map((e) => ({ exercise: e.name, notebook: e.notebook })));
 */
export const EXERCISES = course.EXERCISES;

/**
 * Grades one exercise (or one step: `{ step: 3 }`) and shows what passes, what fails and the hint command.
 * @example await gradeExercise("messages");
 */
export const gradeExercise = grading.gradeExercise;

/**
 * Grades several exercises in one run and shows a summary with the next step.
 * @example const grades = await gradeExercises(EXERCISES.map((e) => e.name));
 */
export const gradeExercises = grading.gradeExercises;
