/** The workbook's helper module: every notebook starts with `import ... from "./src/workbook"`. */
export { createClient, currentBackend, type Backend, type BackendKind, type CreateClientOptions } from "./client";
export { MODELS, DEFAULT_MODEL, PRICES_AS_OF, PRICES_SOURCE, findModel, getModel, encodingForModel, costUsd, type ModelInfo } from "../api/catalog";
export { countTokens, countMessageTokens, encode, decode, contentText } from "../api/tokens";
export { todo, NotStartedError, isNotStarted } from "./todo";
export { workbookRoot } from "./env";
import { createClient } from "./client";

/** A client on the default backend, ready to use. */
export const client = createClient();
export { EXERCISES, findExercise, type ExerciseInfo } from "../course/exercises";
// Displays: HTML in a notebook, plain text anywhere else.
export { showHtml, showMarkdown, showSideBySide, type Panel } from "./display";
export { showTable, type TableOptions, type Align } from "./table";
export { showTranscript, type TranscriptMessage, type TranscriptOptions } from "./transcript";
export { showBarChart, type Bar, type BarChartOptions } from "./charts";
export { showTokens, tokenPieces, type TokenPiece } from "./tokenchips";
export { liveDisplay, type LiveDisplay } from "./live";
export { wire, WireLog, type WireExchange, type WireFrame, type WireRequest, type WireResponse } from "./wire";
export { showWire, type WireViewOptions } from "./wireview";
export { formatNumber, formatUsd, formatDuration, formatBytes, formatJson } from "./format";
export { escapeHtml } from "./html";
export { showStream, type StreamStats, type ShowStreamOptions } from "./streams";
export { gradeExercise, gradeExercises, runGraders, showGrade, showGradeSummary, statusLabel, nextStep, type ExerciseGrade, type TaskGrade, type GradeStatus, type GradeOptions } from "./grade";
