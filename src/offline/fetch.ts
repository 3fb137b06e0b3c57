import { handleRequest, type OfflineOptions } from "./handler";

/**
 * A `fetch` for the SDK's `fetch` option that answers from the offline model in this process.
 * The SDK still builds the request, parses SSE and raises its own error classes.
 */
export function createOfflineFetch(options: OfflineOptions = {}): typeof globalThis.fetch {
  return async (input, init) => handleRequest(new Request(input, init), options);
}
