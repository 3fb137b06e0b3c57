/** The workbook's helper module: every notebook starts with `import ... from "./src/workbook"`. */
export { createClient, currentBackend, type Backend, type BackendKind, type CreateClientOptions } from "./client";
export { MODELS, DEFAULT_MODEL, PRICES_AS_OF, PRICES_SOURCE, findModel, getModel, encodingForModel, costUsd, type ModelInfo } from "./catalog";
export { countTokens, countMessageTokens, encode, decode, contentText } from "./tokens";
export { todo, NotStartedError, isNotStarted } from "./todo";
export { workbookRoot } from "./env";
import { createClient } from "./client";

/** A client on the default backend, ready to use. */
export const client = createClient();
export { EXERCISES, findExercise, type ExerciseInfo } from "./exercises";
