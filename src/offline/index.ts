/**
 * The offline model's public face: code outside src/offline imports from here, so the folder's
 * inside can move without breaking the helper module, the apps, tests or benches.
 */
export { createOfflineFetch } from "./http/fetch";
export { type FaultKind, type FaultSpec, handleRequest, type OfflineOptions, warmUp } from "./http/handler";
export { DEFAULT_PORT, type OfflineServer, type OfflineServerOptions, startOfflineServer } from "./http/server";
