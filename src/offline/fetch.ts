import { handleRequest, type OfflineOptions } from "./handler";

/**
 * A `fetch` for the SDK's `fetch` option that answers from the offline model in this process.
 * The SDK still builds the request, parses SSE and raises its own error classes.
 */
export function createOfflineFetch(options: OfflineOptions = {}): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await handleRequest(new Request(input, init), options);
    // Response.error() stands for a dropped connection (fault injection), as fetch reports it.
    if (response.type === "error") throw new TypeError("fetch failed", { cause: new Error("offline model: connection reset (fault injection)") });
    return response;
  };
}
